// Writes guarded: a hook that runs before Lua code writes to the process's stdout or stderr
// (`print`, `io.write`, `file:write` on io.stdout/io.stderr), so that a line drawn on the
// terminal meanwhile (a progress line) is erased first and never glued to the output. The
// wrappers call the original C functions on the same stack: error messages and tracebacks
// are the ones lua gives.
#include "nodeum_lua.h"
#include <string.h>

static nodeum_write_hook guard_hook = NULL;
static lua_CFunction orig_print = NULL, orig_io_write = NULL, orig_file_write = NULL;
// The last byte Lua code wrote to stdout or stderr was not a newline: a partial line.
static volatile int partial_line = 0;

static FILE *stream_at(lua_State *L, int idx) {
    luaL_Stream *s = (luaL_Stream *)luaL_testudata(L, idx, LUA_FILEHANDLE);
    return (s != NULL && s->closef != NULL) ? s->f : NULL;
}

// Runs the hook, and notes whether the strings about to be written end a line.
static void before(lua_State *L, int first, FILE *f) {
    if (f != stdout && f != stderr) return;
    if (guard_hook != NULL) guard_hook();
    int top = lua_gettop(L);
    for (int i = top; i >= first; i--) {
        size_t len = 0;
        if (lua_type(L, i) == LUA_TSTRING || lua_type(L, i) == LUA_TNUMBER) {
            if (lua_type(L, i) == LUA_TNUMBER) { partial_line = 1; return; }
            const char *s = lua_tolstring(L, i, &len);
            if (len > 0) { partial_line = s[len - 1] != '\n'; return; }
        } else {
            return;  // not written: the original raises its own error
        }
    }
}

static int guarded_print(lua_State *L) {
    if (guard_hook != NULL) guard_hook();
    partial_line = 0;  // print ends its line
    return orig_print(L);
}

static int guarded_io_write(lua_State *L) {
    lua_getfield(L, LUA_REGISTRYINDEX, "_IO_output");
    FILE *f = stream_at(L, -1);
    lua_pop(L, 1);
    before(L, 1, f);
    return orig_io_write(L);
}

static int guarded_file_write(lua_State *L) {
    before(L, 2, stream_at(L, 1));
    return orig_file_write(L);
}

// Replaces t[name] (a C function) by `wrapper`; answers the original, or NULL.
static lua_CFunction wrap(lua_State *L, int t, const char *name, lua_CFunction wrapper) {
    t = lua_absindex(L, t);
    lua_getfield(L, t, name);
    lua_CFunction f = lua_tocfunction(L, -1);
    lua_pop(L, 1);
    if (f == NULL || f == wrapper) return f == wrapper ? NULL : f;
    lua_pushcfunction(L, wrapper);
    lua_setfield(L, t, name);
    return f;
}

int nodeum_guard_writes(lua_State *L, nodeum_write_hook hook) {
    guard_hook = hook;
    int top = lua_gettop(L);
    int done = 0;
    lua_pushglobaltable(L);
    lua_CFunction f = wrap(L, -1, "print", guarded_print);
    if (f != NULL) { orig_print = f; done++; }
    if (lua_getfield(L, -1, "io") == LUA_TTABLE) {
        f = wrap(L, -1, "write", guarded_io_write);
        if (f != NULL) { orig_io_write = f; done++; }
    }
    // The methods of every file handle: io.stdout's metatable's __index.
    if (luaL_getmetatable(L, LUA_FILEHANDLE) == LUA_TTABLE && lua_getfield(L, -1, "__index") == LUA_TTABLE) {
        f = wrap(L, -1, "write", guarded_file_write);
        if (f != NULL) { orig_file_write = f; done++; }
    }
    lua_settop(L, top);
    return done;
}

int nodeum_partial_line(void) { return partial_line; }

void nodeum_set_partial_line(int open) { partial_line = open != 0; }
