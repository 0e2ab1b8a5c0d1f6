// libedit settings for nodeum's line editor (see nodeum_edit.h).
#include "nodeum_edit.h"

#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <editline/readline.h>

static volatile int g_interrupted;

/// Lua's word breaks without '.' and ':' (the completer decides where a word starts).
static char g_word_breaks[] = " \t\n\"\\'`@$><=;|&{(,)}[]+-*/%^#~";

/// libedit's `rl_getc_function`: one byte from the stream's descriptor. A read interrupted
/// by a signal (nodeum's SIGINT handler has no SA_RESTART) ends the line as EOF would and
/// is remembered, so that the reader can tell Ctrl-C from Ctrl-D.
static int nodeum_edit_getc(FILE *stream) {
    unsigned char c;
    ssize_t n = read(fileno(stream), &c, 1);
    if (n == 1) return c;
    if (n < 0 && errno == EINTR) g_interrupted = 1;
    return EOF;
}

void nodeum_edit_configure(nodeum_edit_completion_fn *complete, int capacity) {
    rl_readline_name = "nodeum";
    rl_catch_signals = 0;
    rl_getc_function = nodeum_edit_getc;
    rl_basic_word_break_characters = g_word_breaks;
    rl_completer_word_break_characters = g_word_breaks;
    rl_attempted_completion_function = complete;
    rl_initialize();
    stifle_history(capacity);
}

int nodeum_edit_take_interrupt(void) {
    int was = g_interrupted;
    g_interrupted = 0;
    return was;
}

const char *nodeum_edit_line(int *cursor) {
    *cursor = rl_point;
    return rl_line_buffer;
}

void nodeum_edit_set_append_character(int c) { rl_completion_append_character = c; }

void nodeum_edit_set_completion_over(void) { rl_attempted_completion_over = 1; }
