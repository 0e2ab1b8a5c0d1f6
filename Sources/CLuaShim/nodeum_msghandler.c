// The runner's message handler: lua.c's traceback, keeping the original error value.
#include "nodeum_lua.h"

int nodeum_msghandler(lua_State *L) {
    lua_settop(L, 1);
    lua_createtable(L, 0, 3); /* 2: the answer */
    lua_pushvalue(L, 1);
    lua_setfield(L, 2, "error");
    const char *msg = lua_tostring(L, 1);
    if (msg == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) {
            lua_setfield(L, 2, "message"); /* that is the message; no traceback, as lua.c */
            return 1;
        }
        lua_settop(L, 2);
        msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1)); /* 3 */
    } else {
        lua_pushvalue(L, 1); /* 3 */
    }
    luaL_traceback(L, L, msg, 1); /* 4 */
    lua_setfield(L, 2, "traceback");
    lua_setfield(L, 2, "message");
    lua_settop(L, 2);
    return 1;
}
