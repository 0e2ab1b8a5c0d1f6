// The C side of the Swift bridge to Lua: Lua's macros that Swift cannot see, and the
// trampolines that raise Lua errors and yield after Swift code has returned, so that no
// longjmp ever crosses a Swift frame. Every symbol is prefixed `nodeum_`.
#ifndef NODEUM_LUA_H
#define NODEUM_LUA_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

// MARK: - Macros made functions

/// `LUA_REGISTRYINDEX` is a macro expression Swift cannot import.
static inline int nodeum_registryindex(void) { return LUA_REGISTRYINDEX; }
/// `lua_pcall` is a macro over `lua_pcallk`.
static inline int nodeum_pcall(lua_State *L, int nargs, int nresults, int msgh) {
    return lua_pcall(L, nargs, nresults, msgh);
}
/// `lua_pop` is a macro.
static inline void nodeum_pop(lua_State *L, int n) { lua_pop(L, n); }
/// `lua_newtable` is a macro.
static inline void nodeum_newtable(lua_State *L) { lua_newtable(L); }
/// `lua_tostring` is a macro; this one also gives the length (strings may hold zeros).
static inline const char *nodeum_tolstring(lua_State *L, int i, size_t *len) { return lua_tolstring(L, i, len); }
/// `lua_tonumber` is a macro.
static inline lua_Number nodeum_tonumber(lua_State *L, int i, int *isnum) { return lua_tonumberx(L, i, isnum); }
/// `lua_tointeger` is a macro.
static inline lua_Integer nodeum_tointeger(lua_State *L, int i, int *isnum) { return lua_tointegerx(L, i, isnum); }
/// `lua_insert` is a macro over `lua_rotate`.
static inline void nodeum_insert(lua_State *L, int i) { lua_insert(L, i); }
/// `lua_remove` is a macro over `lua_rotate`.
static inline void nodeum_remove(lua_State *L, int i) { lua_remove(L, i); }
/// `lua_replace` is a macro over `lua_copy`.
static inline void nodeum_replace(lua_State *L, int i) { lua_replace(L, i); }
/// `luaL_typename` is a macro.
static inline const char *nodeum_typename(lua_State *L, int i) { return luaL_typename(L, i); }
/// `lua_isnoneornil` is a macro.
static inline int nodeum_isnoneornil(lua_State *L, int i) { return lua_isnoneornil(L, i); }
/// `lua_pushliteral`/`lua_pushglobaltable` are macros.
static inline void nodeum_pushglobaltable(lua_State *L) { lua_pushglobaltable(L); }
/// `luaL_getmetatable` is a macro.
static inline int nodeum_getmetatable_named(lua_State *L, const char *name) { return luaL_getmetatable(L, name); }
/// `luaL_loadbuffer` is a macro over `luaL_loadbufferx`.
static inline int nodeum_loadbuffer(lua_State *L, const char *s, size_t len, const char *name) {
    return luaL_loadbufferx(L, s, len, name, NULL);
}
/// `lua_gc` is variadic: switches the collector to generational mode, as lua.c does.
static inline void nodeum_gc_generational(lua_State *L) { lua_gc(L, LUA_GCGEN, 0, 0); }
/// The version banner lua.c prints (`LUA_COPYRIGHT` is a macro).
static inline const char *nodeum_lua_copyright(void) { return LUA_COPYRIGHT; }

// MARK: - States: memory cap and interrupts

/// Creates a state whose allocator counts its memory and refuses to grow beyond a cap
/// (0: no cap). Opens nothing. NULL when the state cannot be created.
lua_State *nodeum_newstate(void);
/// Sets the cap on the state's memory, in bytes; 0 removes it.
void nodeum_set_memory_limit(lua_State *L, size_t limit);
/// The bytes the state holds now.
size_t nodeum_memory_used(lua_State *L);
/// Closes a state made by `nodeum_newstate` and frees its bookkeeping.
void nodeum_close(lua_State *L);

/// Asks the running Lua code to stop with the error "interrupted!". Safe from a signal
/// handler or any thread: sets a flag and a hook on the main thread and on the coroutine
/// now running (hooks are per coroutine). The flag stays set until `nodeum_clear_interrupt`.
void nodeum_interrupt(lua_State *L);
/// True while an interrupt is pending.
int nodeum_interrupt_pending(lua_State *L);
/// Clears a pending interrupt (the runner does it before each chunk).
void nodeum_clear_interrupt(lua_State *L);
/// Marks whether a chunk runs: while one does, a second SIGINT before the first was raised
/// ends the process (as lua.c's handler restores the default action); at the prompt it does not.
void nodeum_set_running(lua_State *L, int running);
/// Installs a SIGINT handler that interrupts L (lua.c's `laction`) and records the calling
/// thread as L's thread; returns 0 on success. The handler only ever touches L on that
/// thread: a SIGINT delivered elsewhere is forwarded to it with `pthread_kill`.
int nodeum_catch_sigint(lua_State *L);
/// Restores SIGINT's previous action.
void nodeum_release_sigint(void);
/// Interrupts L from any thread: directly on L's own thread, through a SIGINT sent to that
/// thread otherwise (requires `nodeum_catch_sigint`). Wakes `nodeum_wait_wakeup` too.
void nodeum_request_interrupt(lua_State *L);

/// Wakes a `nodeum_wait_wakeup` of L's state (async-signal-safe; any thread).
void nodeum_wakeup(lua_State *L);
/// Blocks until `nodeum_wakeup` or a SIGINT, at most `seconds`; 1 when woken, 0 on timeout.
int nodeum_wait_wakeup(lua_State *L, double seconds);

// MARK: - Swift functions

/// What the Swift dispatcher returns when the error value is on top of the stack.
#define NODEUM_RAISE (-1)
/// What it returns to suspend the coroutine: the yield marker is on top of the stack.
#define NODEUM_SUSPEND (-2)
/// Returned for `bad argument #n`: `NODEUM_ARGERROR_BASE - n`, with the detail on top.
#define NODEUM_ARGERROR_BASE (-1000)

/// The one Swift entry point every Swift function goes through: it calls the Swift
/// closure held by `box` and returns a result count or one of the codes above.
typedef int (*nodeum_dispatcher)(lua_State *L, void *box);
/// Releases a box when Lua collects the function that held it.
typedef void (*nodeum_releaser)(void *box);
/// Registers the dispatcher and the releaser (once per process).
void nodeum_set_swift_hooks(nodeum_dispatcher dispatcher, nodeum_releaser releaser);
/// Pushes a Lua function that calls the Swift closure held by `box` (a retained pointer,
/// released through the releaser when the function is collected or the state closes).
void nodeum_pushswiftfunction(lua_State *L, void *box);

/// The light userdata that a suspended Swift call yields, so resumers can recognise it.
void *nodeum_suspend_marker(void);

// MARK: - Coroutines that suspend through nesting

/// Resumes `co` from `from` as the scheduler does, recording it as the running coroutine
/// and as one whose suspensions may yield to the scheduler (`propagate`).
int nodeum_resume(lua_State *co, lua_State *from, int nargs, int *nresults, int propagate);
/// True when a Swift call in L may suspend by yielding: L is the innermost running
/// coroutine and every resumer above it, up to the scheduler, can pass the yield on.
int nodeum_can_suspend(lua_State *L);
/// Replaces `coroutine.resume`, `wrap`, `yield`, `isyieldable` and `running` with versions
/// that pass a suspended Swift call's yield through user coroutines to the scheduler and
/// track the running coroutine for interrupts; and `pcall`/`xpcall` with versions that do
/// not swallow an interrupt.
void nodeum_open_coroutine_bridge(lua_State *L);
/// The bottom function of a scheduler task: calls the function below its arguments (yields
/// allowed), so that tracebacks end with "[C]: in ?" as they do under lua.c's pmain.
int nodeum_task_body(lua_State *L);
/// True (with the status) once `os.exit(status, true)` was called inside a coroutine: the
/// host should stop running Lua, close the state and exit with that status.
int nodeum_exit_requested(lua_State *L, int *status);

// MARK: - Running chunks

/// A message handler for `lua_pcall` that adds a traceback, as lua.c's `msghandler`, but
/// keeps the original error too: it returns a table {error=, message=, traceback=}, where
/// traceback is lua.c's text (message plus "stack traceback:") and is absent, as in lua.c,
/// for an error object that has its own `__tostring`.
int nodeum_msghandler(lua_State *L);
// MARK: - Protected access (nodeum_protected.c)

/// Calls the `__tostring` of the value at `i` under `lua_pcall`, on L itself: for a coroutine
/// that has just failed, its frames are still there, so `debug.getinfo` sees the levels lua.c's
/// message handler would (1 the metamethod, 2 a C function, 3 `error`, 4 the caller). Pushes
/// the string and returns 1; else (no `__tostring`, one that raised or gave no string) pushes
/// nothing and returns 0.
int nodeum_tostring_meta(lua_State *L, int i);
/// `lua_gettable` under `lua_pcall`: replaces the key on top with t[key], t at index `t`, and
/// returns LUA_OK; or replaces it with what a metamethod raised and returns that status.
int nodeum_pgettable(lua_State *L, int t);
/// `lua_settable` under `lua_pcall`: pops the key and the value on top (value topmost) into
/// t, at index `t`, and returns LUA_OK; or leaves what a metamethod raised, with its status.
int nodeum_psettable(lua_State *L, int t);

// MARK: - Writes guarded (nodeum_outguard.c)

/// Called before Lua code writes to stdout or stderr.
typedef void (*nodeum_write_hook)(void);
/// Wraps `print`, `io.write` and the files' `write` method of this state so that `hook` runs
/// before each write to stdout or stderr; answers how many were wrapped (3).
int nodeum_guard_writes(lua_State *L, nodeum_write_hook hook);
/// Whether the last text Lua code wrote to stdout or stderr left a line unfinished.
int nodeum_partial_line(void);
/// Notes that the line is open (1) or ended (0) after a write Lua did not make.
void nodeum_set_partial_line(int open);

// MARK: - JSON into Lua (nodeum_json_lua.h: the decoder behind json.decode and API answers)

#include "nodeum_json_lua.h"

#endif
