// JSON bytes into Lua values as the parser reads them (see nodeum_json_lua.h). The grammar is
// CJSON's (`nj_parse`); this file is its Lua sink. It runs inside a protected call, so that a
// memory error while building leaves through `lua_pcall`, never across a Swift frame.
#include "nodeum_json_lua.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

/// How deep values may sit (as the bridge's `LuaState.maxJSONDepth`).
#define MAX_LUA_DEPTH 200
/// How deep the grammar reads (as `APIValue.parse`).
#define MAX_GRAMMAR_DEPTH 512
/// Keys remembered: the first KEY_SLOTS members of objects at the first KEY_DEPTHS depths.
#define KEY_DEPTHS 8
#define KEY_SLOTS 32

typedef struct builder {
    lua_State *L;
    int options;
    void *null;
    /// The stack index of the array metatable.
    int metatable;
    /// Containers around the value being read.
    int depth;
    /// Set once a value sits deeper than MAX_LUA_DEPTH: nothing more is built, the grammar
    /// is still checked to the end (a text that is no JSON says so first).
    int too_deep;
    /// The size of the last object and array closed at each depth: siblings tend to share
    /// a shape, so a table made with that size rarely grows.
    int object_size[MAX_LUA_DEPTH + 3];
    int array_size[MAX_LUA_DEPTH + 3];
    /// The member being read at each depth (from 0).
    int member[MAX_LUA_DEPTH + 3];
    /// The stack index of a table holding the key strings last made at each depth and member
    /// place, and their bytes: the objects of a list repeat their keys in the same order, so a
    /// key is mostly the one at its place in the object before, pushed again without hashing.
    int keys;
    const char *key_bytes[KEY_DEPTHS][KEY_SLOTS];
    size_t key_length[KEY_DEPTHS][KEY_SLOTS];
} builder;

/// Pushes bytes as a string, ill-formed UTF-8 repaired unless the text was checked whole.
static void push_text(builder *b, const unsigned char *s, size_t n) {
    lua_State *L = b->L;
    if ((b->options & NODEUM_JSON_STRICT_UTF8) || nj_first_invalid_utf8(s, n) == n) {
        lua_pushlstring(L, (const char *)s, n);
        return;
    }
    luaL_Buffer buffer;
    char *out = luaL_buffinitsize(L, &buffer, 3 * n);
    luaL_pushresultsize(&buffer, nj_repair_utf8(s, n, (unsigned char *)out));
}

static void push_string(builder *b, const unsigned char *s, size_t n, int escaped) {
    if (!escaped) {
        push_text(b, s, n);
        return;
    }
    lua_State *L = b->L;
    luaL_Buffer buffer;
    char *out = luaL_buffinitsize(L, &buffer, n);
    size_t m = nj_unescape(s, n, (unsigned char *)out);
    if ((b->options & NODEUM_JSON_STRICT_UTF8) || nj_first_invalid_utf8((unsigned char *)out, m) == m) {
        luaL_pushresultsize(&buffer, m);
        return;
    }
    luaL_pushresultsize(&buffer, m);
    size_t length;
    const char *text = lua_tolstring(L, -1, &length);
    luaL_Buffer repaired;
    char *fixed = luaL_buffinitsize(L, &repaired, 3 * length);
    luaL_pushresultsize(&repaired, nj_repair_utf8((const unsigned char *)text, length, (unsigned char *)fixed));
    lua_remove(L, -2);
}

static void push_float(builder *b, const unsigned char *s, size_t n) {
    lua_State *L = b->L;
    char text[128];
    if (n < sizeof text) {
        memcpy(text, s, n);
        text[n] = 0;
        if (lua_stringtonumber(L, text) == 0) lua_pushnumber(L, strtod(text, NULL));
        return;
    }
    lua_pushlstring(L, (const char *)s, n);
    const char *copy = lua_tostring(L, -1);
    if (lua_stringtonumber(L, copy) == 0) lua_pushnumber(L, strtod(copy, NULL));
    lua_remove(L, -2);
}

static void on_scalar(void *context, int kind, const unsigned char *bytes, size_t length, int escaped, int64_t integer,
                      int where) {
    builder *b = context;
    if (b->too_deep) return;
    if (where != NJ_AT_TOP && b->depth > MAX_LUA_DEPTH) {
        b->too_deep = 1;
        return;
    }
    lua_State *L = b->L;
    switch (kind) {
    case NJ_NULL:
        // In an object the member is left out (`on_member` drops its key).
        if (where == NJ_IN_ARRAY) lua_pushlightuserdata(L, b->null);
        else if (where == NJ_AT_TOP) lua_pushnil(L);
        break;
    case NJ_FALSE: lua_pushboolean(L, 0); break;
    case NJ_TRUE: lua_pushboolean(L, 1); break;
    case NJ_INTEGER: lua_pushinteger(L, (lua_Integer)integer); break;
    case NJ_FLOAT: push_float(b, bytes, length); break;
    default: push_string(b, bytes, length, escaped); break;
    }
}

static void on_key(void *context, const unsigned char *bytes, size_t length, int escaped, int depth) {
    builder *b = context;
    if (b->too_deep) return;
    int place = b->member[depth];
    if (depth >= KEY_DEPTHS || place >= KEY_SLOTS || escaped) {
        push_string(b, bytes, length, escaped);
        return;
    }
    lua_State *L = b->L;
    int slot = depth * KEY_SLOTS + place + 1;
    const char *known = b->key_bytes[depth][place];
    if (known && b->key_length[depth][place] == length && memcmp(known, bytes, length) == 0) {
        lua_rawgeti(L, b->keys, slot);
        return;
    }
    push_string(b, bytes, length, escaped);
    lua_pushvalue(L, -1);
    lua_rawseti(L, b->keys, slot);  // keeps the string, so its bytes stay where they are
    // The string as made (a repaired key's bytes differ from the raw ones and never match them).
    b->key_bytes[depth][place] = lua_tolstring(L, -1, &b->key_length[depth][place]);
}

static void on_open(void *context, int object, size_t offset, int depth) {
    builder *b = context;
    (void)offset;
    if (b->too_deep) return;
    if (depth - 1 > MAX_LUA_DEPTH) {
        b->too_deep = 1;
        return;
    }
    lua_State *L = b->L;
    luaL_checkstack(L, 4, "JSON nested too deeply for the Lua stack");
    b->member[depth] = 0;
    if (object) lua_createtable(L, 0, b->object_size[depth]);
    else lua_createtable(L, b->array_size[depth], 0);
    b->depth = depth;
}

static void on_close(void *context, int object, size_t count, int depth) {
    builder *b = context;
    if (b->too_deep) return;
    int size = count > 1024 ? 1024 : (int)count;
    if (object) {
        b->object_size[depth] = size;
    } else {
        b->array_size[depth] = size;
        lua_pushvalue(b->L, b->metatable);
        lua_setmetatable(b->L, -2);
    }
    b->depth = depth - 1;
}

static void on_member(void *context, int null, size_t start, size_t end, int depth) {
    builder *b = context;
    (void)start; (void)end; (void)depth;
    if (b->too_deep) return;
    b->member[depth]++;
    if (null) lua_pop(b->L, 1);
    else lua_rawset(b->L, -3);
}

static void on_element(void *context, size_t index, size_t start, size_t end, int depth) {
    builder *b = context;
    (void)start; (void)end; (void)depth;
    if (b->too_deep) return;
    lua_rawseti(b->L, -2, (lua_Integer)index);
}

typedef struct job {
    const unsigned char *text;
    size_t length;
    const nodeum_json_range *ranges;
    size_t count;
    int items;
    int options;
    const char *metatable;
    void *null;
    nj_error *error;
    int status;
} job;

static void push_array_metatable(lua_State *L, const char *name) {
    if (luaL_newmetatable(L, name)) {
        lua_pushliteral(L, "array");
        lua_setfield(L, -2, "__jsontype");
    }
}

static int decode_main(lua_State *L) {
    job *j = lua_touserdata(L, 1);
    lua_settop(L, 0);
    push_array_metatable(L, j->metatable);
    builder b;
    memset(&b, 0, sizeof b);
    b.L = L;
    b.options = j->options;
    b.null = j->null;
    b.metatable = 1;
    lua_createtable(L, KEY_DEPTHS * KEY_SLOTS, 0);
    b.keys = 2;
    nj_sink sink = {&b, on_scalar, on_key, on_open, on_close, on_member, on_element};
    if (!j->items) {
        if (nj_parse(j->text, j->length, &sink, NJ_AT_TOP, 0, MAX_GRAMMAR_DEPTH, j->error)) {
            j->status = NODEUM_JSON_INVALID;
            return 0;
        }
    } else {
        lua_createtable(L, j->count > 0x7fffffff ? 0x7fffffff : (int)j->count, 0);
        for (size_t k = 0; k < j->count && !b.too_deep; k++) {
            nodeum_json_range r = j->ranges[k];
            b.depth = 1;
            if (nj_parse(j->text + r.start, r.length, &sink, NJ_IN_ARRAY, 1, MAX_GRAMMAR_DEPTH, j->error)) {
                j->error->offset += r.start;
                j->status = NODEUM_JSON_INVALID;
                return 0;
            }
            if (!b.too_deep) lua_rawseti(L, 3, (lua_Integer)(k + 1));
        }
        lua_pushvalue(L, 1);
        lua_setmetatable(L, 3);
    }
    if (b.too_deep) {
        j->status = NODEUM_JSON_TOO_DEEP;
        return 0;
    }
    return 1;
}

static int run(lua_State *L, job *j) {
    int top = lua_gettop(L);
    if (!lua_checkstack(L, 4)) return NODEUM_JSON_LUA_ERROR;
    lua_pushcfunction(L, decode_main);
    lua_pushlightuserdata(L, j);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) return NODEUM_JSON_LUA_ERROR;
    if (j->status != NODEUM_JSON_OK) {
        lua_settop(L, top);
        return j->status;
    }
    return NODEUM_JSON_OK;
}

int nodeum_json_decode(lua_State *L, const char *text, size_t length, int options, const char *array_metatable,
                       void *null, nj_error *error) {
    const unsigned char *bytes = (const unsigned char *)text;
    if (options & NODEUM_JSON_STRICT_UTF8) {
        size_t bad = nj_first_invalid_utf8(bytes, length);
        if (bad != length) {
            error->offset = bad;
            strcpy(error->message, "invalid UTF-8");
            return NODEUM_JSON_INVALID;
        }
    }
    job j = {bytes, length, NULL, 0, 0, options, array_metatable, null, error, NODEUM_JSON_OK};
    return run(L, &j);
}

int nodeum_json_decode_items(lua_State *L, const char *text, const nodeum_json_range *ranges, size_t count, int options,
                             const char *array_metatable, void *null, nj_error *error) {
    job j = {(const unsigned char *)text, 0, ranges, count, 1, options, array_metatable, null, error, NODEUM_JSON_OK};
    return run(L, &j);
}
