// Reads and writes from Swift that may run a metamethod (`__index`, `__newindex`,
// `__tostring`), each under `lua_pcall`: an error the metamethod raises unwinds to the
// `lua_pcall` here, never through a Swift frame.
#include "nodeum_lua.h"

/// t[k] with t at 1 and k at 2.
static int get_table(lua_State *L) {
    lua_gettable(L, 1);
    return 1;
}

/// t[k] = v with t at 1, k at 2, v at 3.
static int set_table(lua_State *L) {
    lua_settable(L, 1);
    return 0;
}

/// The `__tostring` of the value at 1, or nothing.
static int call_tostring(lua_State *L) {
    return luaL_callmeta(L, 1, "__tostring") ? 1 : 0;
}

int nodeum_pgettable(lua_State *L, int t) {
    t = lua_absindex(L, t);
    if (!lua_checkstack(L, 2)) {
        lua_pop(L, 1);
        lua_pushliteral(L, "stack overflow");
        return LUA_ERRMEM;
    }
    lua_pushcfunction(L, get_table);
    lua_insert(L, -2);
    lua_pushvalue(L, t);
    lua_insert(L, -2);
    return lua_pcall(L, 2, 1, 0);
}

int nodeum_psettable(lua_State *L, int t) {
    t = lua_absindex(L, t);
    if (!lua_checkstack(L, 2)) {
        lua_pop(L, 2);
        lua_pushliteral(L, "stack overflow");
        return LUA_ERRMEM;
    }
    lua_pushcfunction(L, set_table);
    lua_insert(L, -3);
    lua_pushvalue(L, t);
    lua_insert(L, -3);
    return lua_pcall(L, 3, 0, 0);
}

int nodeum_tostring_meta(lua_State *L, int i) {
    i = lua_absindex(L, i);
    if (!lua_checkstack(L, 3)) return 0;
    lua_pushcfunction(L, call_tostring);
    lua_pushvalue(L, i);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK || lua_type(L, -1) != LUA_TSTRING) {
        lua_pop(L, 1);
        return 0;
    }
    return 1;
}
