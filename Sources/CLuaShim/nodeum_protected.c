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

/// Calls f(t, the n values on top) under `lua_pcall`: the n values give way to its nresults
/// results, or to what it raised; returns the status.
static int pcall_on(lua_State *L, int t, lua_CFunction f, int n, int nresults) {
    t = lua_absindex(L, t);
    if (!lua_checkstack(L, 2)) {
        lua_pop(L, n);
        lua_pushliteral(L, "stack overflow");
        return LUA_ERRMEM;
    }
    lua_pushcfunction(L, f);
    lua_insert(L, -(n + 1));
    lua_pushvalue(L, t);
    lua_insert(L, -(n + 1));
    return lua_pcall(L, n + 1, nresults, 0);
}

int nodeum_pgettable(lua_State *L, int t) { return pcall_on(L, t, get_table, 1, 1); }

int nodeum_psettable(lua_State *L, int t) { return pcall_on(L, t, set_table, 2, 0); }

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
