// Swift functions as Lua functions: one trampoline calls the Swift dispatcher, then raises,
// yields or returns on Swift's behalf, so that no longjmp crosses a Swift frame.
#include "nodeum_lua.h"

#include <stdint.h>

static nodeum_dispatcher g_dispatcher;
static nodeum_releaser g_releaser;

static const char *const BOX_METATABLE = "nodeum.SwiftFunction";
static char g_suspend_marker;

void nodeum_set_swift_hooks(nodeum_dispatcher dispatcher, nodeum_releaser releaser) {
    g_dispatcher = dispatcher;
    g_releaser = releaser;
}

void *nodeum_suspend_marker(void) { return &g_suspend_marker; }

/// Continues a suspended Swift call: the scheduler resumed with (true, results...) or
/// (false, error). `ctx` is the stack height below the yielded marker.
static int resume_continuation(lua_State *L, int status, lua_KContext ctx) {
    (void)status;
    int base = (int)ctx;
    if (!lua_toboolean(L, base + 1)) {
        lua_pushvalue(L, base + 2);
        return lua_error(L);
    }
    return lua_gettop(L) - (base + 1);
}

static int trampoline(lua_State *L) {
    void *box = *(void **)lua_touserdata(L, lua_upvalueindex(1));
    int r = g_dispatcher(L, box);
    if (r >= 0) return r;
    if (r == NODEUM_RAISE) return lua_error(L);
    if (r == NODEUM_SUSPEND) return lua_yieldk(L, 1, (lua_KContext)(lua_gettop(L) - 1), resume_continuation);
    return luaL_argerror(L, NODEUM_ARGERROR_BASE - r, lua_tostring(L, -1));
}

/// `__gc` of a box: hands the Swift closure back to Swift once.
static int box_gc(lua_State *L) {
    void **slot = (void **)lua_touserdata(L, 1);
    if (slot != NULL && *slot != NULL) {
        void *box = *slot;
        *slot = NULL;
        if (g_releaser) g_releaser(box);
    }
    return 0;
}

void nodeum_pushswiftfunction(lua_State *L, void *box) {
    void **slot = (void **)lua_newuserdatauv(L, sizeof(void *), 0);
    *slot = box;
    if (luaL_newmetatable(L, BOX_METATABLE)) {
        lua_pushcfunction(L, box_gc);
        lua_setfield(L, -2, "__gc");
        lua_pushliteral(L, "Swift function");
        lua_setfield(L, -2, "__name");
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
    }
    lua_setmetatable(L, -2);
    lua_pushcclosure(L, trampoline, 1);
}
