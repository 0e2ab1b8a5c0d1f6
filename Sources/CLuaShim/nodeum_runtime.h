// Bookkeeping shared by every thread (coroutine) of one state; private to the shim.
#ifndef NODEUM_RUNTIME_H
#define NODEUM_RUNTIME_H

#include <semaphore.h>
#include <signal.h>
#include <lua.h>

/// Deeper nesting of resumes than this is not tracked (Lua's C stack limit is lower).
#define NODEUM_MAX_NESTING 256

/// One coroutine being resumed, innermost last.
typedef struct nodeum_resume_frame {
    lua_State *co;
    int propagate; /* a suspension here may yield on up to the scheduler */
    int task;      /* resumed by the scheduler itself (a top-level task) */
} nodeum_resume_frame;

/// Per-state data, reachable from any of its threads as the allocator's userdata.
typedef struct nodeum_runtime {
    size_t used;  /* bytes allocated */
    size_t limit; /* 0: no cap */
    lua_State *main;
    volatile sig_atomic_t interrupted;
    volatile sig_atomic_t interrupt_seen; /* the hook has raised the pending interrupt */
    volatile sig_atomic_t running;        /* a chunk runs (not the prompt): a 2nd Ctrl-C kills */
    int exiting;     /* os.exit(code, true) called in a coroutine: unwinding to the host */
    int exit_status;
    sem_t wakeup;
    int depth; /* frames in `chain` (may exceed NODEUM_MAX_NESTING; extra ones untracked) */
    nodeum_resume_frame chain[NODEUM_MAX_NESTING];
} nodeum_runtime;

/// The runtime of L's state.
nodeum_runtime *nodeum_rt(lua_State *L);
/// Installs the interrupt hook on one thread.
void nodeum_arm_interrupt(lua_State *L);

#endif
