// States: a counting allocator with an optional cap, interrupts (flag + per-coroutine hooks,
// after lua.c's `laction`/`lstop`), and a wake-up semaphore the scheduler sleeps on.
#define _GNU_SOURCE
#include "nodeum_lua.h"
#include "nodeum_runtime.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

nodeum_runtime *nodeum_rt(lua_State *L) {
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return (nodeum_runtime *)ud;
}

/// Lua's allocator contract (lua_Alloc), counting bytes and refusing growth past the cap.
static void *counting_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    nodeum_runtime *rt = (nodeum_runtime *)ud;
    if (ptr == NULL) osize = 0;  /* osize then encodes the object's type */
    if (nsize == 0) {
        free(ptr);
        rt->used -= osize;
        return NULL;
    }
    if (rt->limit != 0 && nsize > osize && rt->used + (nsize - osize) > rt->limit) return NULL;
    void *p = realloc(ptr, nsize);
    if (p != NULL) rt->used = rt->used - osize + nsize;
    return p;
}

/// Lua's default panic function prints and aborts; ours says the same thing clearly.
static int panic(lua_State *L) {
    const char *msg = lua_tostring(L, -1);
    lua_writestringerror("nodeum: unprotected error in call to Lua API (%s)\n", msg ? msg : "?");
    return 0;
}

// MARK: - Warnings, as the auxiliary library's (off until "@on", as in lua.c)

static void warn_off(void *ud, const char *message, int tocont);
static void warn_on(void *ud, const char *message, int tocont);

/// Handles the control messages "@on" and "@off"; true when the message was one.
static int warn_control(lua_State *L, const char *message, int tocont) {
    if (tocont || message[0] != '@') return 0;
    if (strcmp(message + 1, "off") == 0) lua_setwarnf(L, warn_off, L);
    else if (strcmp(message + 1, "on") == 0) lua_setwarnf(L, warn_on, L);
    return 1;
}

static void warn_off(void *ud, const char *message, int tocont) { warn_control((lua_State *)ud, message, tocont); }

/// Writes a piece of a warning; the last piece ends the line.
static void warn_continue(void *ud, const char *message, int tocont) {
    lua_State *L = (lua_State *)ud;
    lua_writestringerror("%s", message);
    if (tocont) {
        lua_setwarnf(L, warn_continue, L);
    } else {
        lua_writestringerror("%s", "\n");
        lua_setwarnf(L, warn_on, L);
    }
}

static void warn_on(void *ud, const char *message, int tocont) {
    if (warn_control((lua_State *)ud, message, tocont)) return;
    lua_writestringerror("%s", "Lua warning: ");
    warn_continue(ud, message, tocont);
}

lua_State *nodeum_newstate(void) {
    nodeum_runtime *rt = calloc(1, sizeof *rt);
    if (rt == NULL) return NULL;
    if (sem_init(&rt->wakeup, 0, 0) != 0) {
        free(rt);
        return NULL;
    }
    lua_State *L = lua_newstate(counting_alloc, rt);
    if (L == NULL) {
        sem_destroy(&rt->wakeup);
        free(rt);
        return NULL;
    }
    rt->main = L;
    lua_atpanic(L, panic);
    lua_setwarnf(L, warn_off, L);
    return L;
}

void nodeum_set_memory_limit(lua_State *L, size_t limit) { nodeum_rt(L)->limit = limit; }

size_t nodeum_memory_used(lua_State *L) { return nodeum_rt(L)->used; }

static lua_State *g_sigint_state;  /* the state SIGINT interrupts */

void nodeum_close(lua_State *L) {
    nodeum_runtime *rt = nodeum_rt(L);
    if (g_sigint_state == rt->main) nodeum_release_sigint();
    lua_close(rt->main);
    sem_destroy(&rt->wakeup);
    free(rt);
}

// MARK: - Interrupts

/// The hook an interrupt installs: raises "interrupted!" while the flag is set, and stays
/// armed (as a count hook) so that a `pcall` swallowing the error does not end the stop.
static void interrupt_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    nodeum_runtime *rt = nodeum_rt(L);
    if (!rt->interrupted) {
        lua_sethook(L, NULL, 0, 0);
        return;
    }
    lua_sethook(L, interrupt_hook, LUA_MASKCOUNT, 1000);
    rt->interrupt_seen = 1;
    luaL_error(L, "interrupted!");
}

void nodeum_arm_interrupt(lua_State *L) {
    lua_sethook(L, interrupt_hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE | LUA_MASKCOUNT, 1);
}

void nodeum_interrupt(lua_State *L) {
    nodeum_runtime *rt = nodeum_rt(L);
    if (!rt->interrupted) rt->interrupt_seen = 0;
    rt->interrupted = 1;
    nodeum_arm_interrupt(rt->main);
    if (rt->depth > 0 && rt->depth <= NODEUM_MAX_NESTING) nodeum_arm_interrupt(rt->chain[rt->depth - 1].co);
    sem_post(&rt->wakeup);
}

int nodeum_interrupt_pending(lua_State *L) { return nodeum_rt(L)->interrupted != 0; }

void nodeum_clear_interrupt(lua_State *L) {
    nodeum_runtime *rt = nodeum_rt(L);
    rt->interrupted = 0;
    rt->interrupt_seen = 0;
}

void nodeum_set_running(lua_State *L, int running) { nodeum_rt(L)->running = running; }

static pthread_t g_lua_thread;
static struct sigaction g_previous_action;
static int g_have_previous;

static volatile sig_atomic_t g_forwarded; /* the SIGINT now delivered is one we forwarded */

/// lua.c's `laction`: runs on the Lua thread (forwarding there when delivered elsewhere). As
/// lua.c restores the default action in its handler, a second Ctrl-C while a chunk runs and
/// the first has not yet been raised (Lua is stuck in a C function) ends the process.
static void on_sigint(int sig) {
    int saved = errno;
    lua_State *L = g_sigint_state;
    if (L != NULL) {
        nodeum_runtime *rt = nodeum_rt(L);
        int on_lua_thread = pthread_equal(pthread_self(), g_lua_thread);
        if (on_lua_thread && g_forwarded) {
            g_forwarded = 0;
        } else if (rt->running && rt->interrupted && !rt->interrupt_seen) {
            signal(sig, SIG_DFL);
            raise(sig);
        }
        if (on_lua_thread) {
            nodeum_interrupt(L);
        } else {
            if (!rt->interrupted) rt->interrupt_seen = 0;
            rt->interrupted = 1;
            sem_post(&rt->wakeup);
            g_forwarded = 1;
            pthread_kill(g_lua_thread, sig);
        }
    }
    errno = saved;
}

int nodeum_catch_sigint(lua_State *L) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocking read on the Lua thread returns EINTR */
    g_lua_thread = pthread_self();
    g_sigint_state = nodeum_rt(L)->main;
    if (sigaction(SIGINT, &sa, &g_previous_action) != 0) return -1;
    g_have_previous = 1;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    return 0;
}

void nodeum_release_sigint(void) {
    if (g_have_previous) sigaction(SIGINT, &g_previous_action, NULL);
    g_have_previous = 0;
    g_sigint_state = NULL;
}

void nodeum_request_interrupt(lua_State *L) {
    nodeum_runtime *rt = nodeum_rt(L);
    if (g_sigint_state == rt->main && !pthread_equal(pthread_self(), g_lua_thread)) {
        rt->interrupted = 1;
        sem_post(&rt->wakeup);
        pthread_kill(g_lua_thread, SIGINT);
    } else {
        nodeum_interrupt(L);
    }
}

// MARK: - Wake-ups

void nodeum_wakeup(lua_State *L) { sem_post(&nodeum_rt(L)->wakeup); }

int nodeum_wait_wakeup(lua_State *L, double seconds) {
    nodeum_runtime *rt = nodeum_rt(L);
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    double whole = floor(seconds);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += (long)((seconds - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec += 1;
        deadline.tv_nsec -= 1000000000L;
    }
    for (;;) {
        if (sem_timedwait(&rt->wakeup, &deadline) == 0) return 1;
        if (errno == ETIMEDOUT) return 0;
        if (errno == EINTR) return 1; /* a signal (SIGINT): let the caller look at the flag */
    }
}
