// Coroutines whose Swift calls suspend: the scheduler resumes top-level tasks; a Swift call
// inside a user coroutine yields a marker that `coroutine.resume`/`wrap` pass on up to the
// scheduler (OpenResty's way), and the scheduler's answer flows back down the same chain.
// The chain of resumes also tells an interrupt which coroutine is running.
#include <stdlib.h>
#include "nodeum_lua.h"
#include "nodeum_runtime.h"

static void push_frame(nodeum_runtime *rt, lua_State *co, int propagate, int task) {
    if (rt->depth < NODEUM_MAX_NESTING) {
        rt->chain[rt->depth].co = co;
        rt->chain[rt->depth].propagate = propagate;
        rt->chain[rt->depth].task = task;
    }
    rt->depth++;
}

static void pop_frame(nodeum_runtime *rt) { rt->depth--; }

static const nodeum_resume_frame *top_frame(nodeum_runtime *rt) {
    if (rt->depth <= 0 || rt->depth > NODEUM_MAX_NESTING) return NULL;
    return &rt->chain[rt->depth - 1];
}

int nodeum_resume(lua_State *co, lua_State *from, int nargs, int *nresults, int propagate) {
    nodeum_runtime *rt = nodeum_rt(co);
    if (rt->interrupted) nodeum_arm_interrupt(co);
    push_frame(rt, co, propagate, 1);
    int status = lua_resume(co, from, nargs, nresults);
    pop_frame(rt);
    if (rt->interrupted && from != NULL) nodeum_arm_interrupt(from);
    return status;
}

int nodeum_can_suspend(lua_State *L) {
    const nodeum_resume_frame *f = top_frame(nodeum_rt(L));
    return f != NULL && f->co == L && f->propagate && lua_isyieldable(L);
}

static int is_task(lua_State *L) {
    const nodeum_resume_frame *f = top_frame(nodeum_rt(L));
    return f != NULL && f->co == L && f->task;
}

static int is_marker(lua_State *co) {
    return lua_islightuserdata(co, -1) && lua_touserdata(co, -1) == nodeum_suspend_marker();
}

/// Resumes co with the top `narg` values of L. Returns the count of values moved onto L,
/// or -1 with the error on top of L; sets *suspended (nothing moved) when co yielded the
/// marker of a suspended Swift call.
static int resume_once(lua_State *L, lua_State *co, int narg, int *suspended) {
    nodeum_runtime *rt = nodeum_rt(L);
    int nres;
    *suspended = 0;
    if (!lua_checkstack(co, narg)) {
        lua_pushliteral(L, "too many arguments to resume");
        return -1;
    }
    lua_xmove(L, co, narg);
    int propagate = nodeum_can_suspend(L);
    if (rt->interrupted) nodeum_arm_interrupt(co);
    push_frame(rt, co, propagate, 0);
    int status = lua_resume(co, L, narg, &nres);
    pop_frame(rt);
    if (rt->interrupted) nodeum_arm_interrupt(L);
    if (status == LUA_OK || status == LUA_YIELD) {
        if (status == LUA_YIELD && nres == 1 && is_marker(co)) {
            lua_pop(co, 1);
            *suspended = 1;
            return 0;
        }
        if (!lua_checkstack(L, nres + 1)) {
            lua_pop(co, nres);
            lua_pushliteral(L, "too many results to resume");
            return -1;
        }
        lua_xmove(co, L, nres);
        return nres;
    }
    lua_xmove(co, L, 1);
    return -1;
}

static int resume_k(lua_State *L, int status, lua_KContext ctx);

/// Finishes `coroutine.resume`: passes a suspension on, or returns true/false plus values.
/// An interrupt is not returned as a value: it goes on up.
static int finish_resume(lua_State *L, int r, int suspended) {
    if (suspended) {
        lua_pushlightuserdata(L, nodeum_suspend_marker());
        return lua_yieldk(L, 1, 0, resume_k);
    }
    if (r < 0 && (nodeum_rt(L)->interrupted || nodeum_rt(L)->exiting)) return lua_error(L);
    if (r < 0) {
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushboolean(L, 1);
    lua_insert(L, -(r + 1));
    return r + 1;
}

/// Back from the scheduler: hands its answer (stack above the coroutine) down to co.
static int resume_k(lua_State *L, int status, lua_KContext ctx) {
    (void)status;
    (void)ctx;
    lua_State *co = lua_tothread(L, 1);
    int suspended;
    int r = resume_once(L, co, lua_gettop(L) - 1, &suspended);
    return finish_resume(L, r, suspended);
}

static int co_resume(lua_State *L) {
    lua_State *co = lua_tothread(L, 1);
    luaL_argexpected(L, co, 1, "coroutine");
    int suspended;
    int r = resume_once(L, co, lua_gettop(L) - 1, &suspended);
    return finish_resume(L, r, suspended);
}

static int wrap_k(lua_State *L, int status, lua_KContext ctx);

/// Finishes a call of a wrapped coroutine, raising its errors as lcorolib's `auxwrap` does.
static int finish_wrap(lua_State *L, lua_State *co, int r, int suspended) {
    if (suspended) {
        lua_pushlightuserdata(L, nodeum_suspend_marker());
        return lua_yieldk(L, 1, 0, wrap_k);
    }
    if (r < 0) {
        int stat = lua_status(co);
        if (stat != LUA_OK && stat != LUA_YIELD) {
            stat = lua_resetthread(co);
            lua_xmove(co, L, 1);
        }
        if (stat != LUA_ERRMEM && lua_type(L, -1) == LUA_TSTRING) {
            luaL_where(L, 1);
            lua_insert(L, -2);
            lua_concat(L, 2);
        }
        return lua_error(L);
    }
    return r;
}

static int wrap_k(lua_State *L, int status, lua_KContext ctx) {
    (void)status;
    (void)ctx;
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    int suspended;
    int r = resume_once(L, co, lua_gettop(L), &suspended);
    return finish_wrap(L, co, r, suspended);
}

static int wrap_call(lua_State *L) {
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    int suspended;
    int r = resume_once(L, co, lua_gettop(L), &suspended);
    return finish_wrap(L, co, r, suspended);
}

static int co_wrap(lua_State *L) {
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State *co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    lua_pushcclosure(L, wrap_call, 1);
    return 1;
}

/// A scheduler task is the script's main line: yielding from it is yielding from outside
/// any coroutine, as in `lua`.
static int co_yield(lua_State *L) {
    if (is_task(L)) {
        lua_pushliteral(L, "attempt to yield from outside a coroutine");
        return lua_error(L);
    }
    return lua_yield(L, lua_gettop(L));
}

// MARK: - pcall and xpcall that let an interrupt through

/// lbaselib's `finishpcall`, except that an error raised while an interrupt is pending
/// propagates: a script's `pcall` must not swallow Ctrl-C.
static int finish_pcall(lua_State *L, int status, lua_KContext extra) {
    if (status != LUA_OK && status != LUA_YIELD) {
        if (nodeum_rt(L)->interrupted || nodeum_rt(L)->exiting) return lua_error(L);
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - (int)extra;
}

static int protected_call(lua_State *L) {
    luaL_checkany(L, 1);
    lua_pushboolean(L, 1);
    lua_insert(L, 1);
    int status = lua_pcallk(L, lua_gettop(L) - 2, LUA_MULTRET, 0, 0, finish_pcall);
    return finish_pcall(L, status, 0);
}

static int protected_call_with_handler(lua_State *L) {
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);
    int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finish_pcall);
    return finish_pcall(L, status, 2);
}

static int task_body_k(lua_State *L, int status, lua_KContext ctx) {
    (void)status;
    (void)ctx;
    return lua_gettop(L);
}

int nodeum_task_body(lua_State *L) {
    lua_callk(L, lua_gettop(L) - 1, LUA_MULTRET, 0, task_body_k);
    return lua_gettop(L);
}

static int co_isyieldable(lua_State *L) {
    lua_State *co = lua_isnone(L, 1) ? L : lua_tothread(L, 1);
    luaL_argexpected(L, co != NULL, 1, "coroutine");
    lua_pushboolean(L, lua_isyieldable(co) && !is_task(co));
    return 1;
}

static int co_running(lua_State *L) {
    int ismain = lua_pushthread(L);
    lua_pushboolean(L, ismain || is_task(L));
    return 2;
}

/// loslib's `os.exit`, except that with `close` inside a coroutine (a scheduler task) it
/// unwinds to the host first — closing the task's to-be-closed variables, as lua.c's main
/// chunk would have — and the host closes the state and exits.
static int os_exit(lua_State *L) {
    int status;
    if (lua_isboolean(L, 1))
        status = lua_toboolean(L, 1) ? EXIT_SUCCESS : EXIT_FAILURE;
    else
        status = (int)luaL_optinteger(L, 1, EXIT_SUCCESS);
    if (lua_toboolean(L, 2)) {
        nodeum_runtime *rt = nodeum_rt(L);
        if (L != rt->main) {
            rt->exiting = 1;
            rt->exit_status = status;
            lua_pushnil(L);  /* the error object: to-be-closed variables see no error, as under lua_close */
            return lua_error(L);
        }
        lua_close(L);
    }
    exit(status);
    return 0;
}

int nodeum_exit_requested(lua_State *L, int *status) {
    nodeum_runtime *rt = nodeum_rt(L);
    if (rt->exiting) *status = rt->exit_status;
    return rt->exiting;
}

void nodeum_open_coroutine_bridge(lua_State *L) {
    static const luaL_Reg functions[] = {
        {"resume", co_resume}, {"wrap", co_wrap},       {"yield", co_yield},
        {"isyieldable", co_isyieldable}, {"running", co_running}, {NULL, NULL},
    };
    if (lua_getglobal(L, "coroutine") == LUA_TTABLE) luaL_setfuncs(L, functions, 0);
    lua_pop(L, 1);
    lua_pushcfunction(L, protected_call);
    lua_setglobal(L, "pcall");
    lua_pushcfunction(L, protected_call_with_handler);
    lua_setglobal(L, "xpcall");
    if (lua_getglobal(L, "os") == LUA_TTABLE) {
        lua_pushcfunction(L, os_exit);
        lua_setfield(L, -2, "exit");
    }
    lua_pop(L, 1);
}
