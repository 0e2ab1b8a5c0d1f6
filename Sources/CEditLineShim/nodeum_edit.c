// libedit settings for nodeum's line editor (see nodeum_edit.h).
#include "nodeum_edit.h"

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <editline/readline.h>

static volatile int g_interrupted;

/// Lua's word breaks without '.' and ':' (the completer decides where a word starts).
static char g_word_breaks[] = " \t\n\"\\'`@$><=;|&{(,)}[]+-*/%^#~";

/// libedit's `rl_getc_function`, which must answer a whole character (libedit takes the
/// value as a wchar_t): bytes from the stream's descriptor decoded per LC_CTYPE (U+FFFD for
/// an invalid sequence). A read interrupted by a signal (nodeum's SIGINT handler has no
/// SA_RESTART) ends the line as EOF would and is remembered, so that the reader can tell
/// Ctrl-C from Ctrl-D.
static int nodeum_edit_getc(FILE *stream) {
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        unsigned char byte;
        ssize_t n = read(fileno(stream), &byte, 1);
        if (n != 1) {
            if (n < 0 && errno == EINTR) g_interrupted = 1;
            return EOF;
        }
        wchar_t wc;
        size_t r = mbrtowc(&wc, (const char *)&byte, 1, &state);
        if (r == (size_t)-2) continue; /* more bytes to come */
        if (r == (size_t)-1) return 0xFFFD;
        return (int)wc;
    }
}

/// Characters come per the environment's LC_CTYPE; a plain C or POSIX locale is taken as
/// C.UTF-8 (the terminal almost surely speaks UTF-8, and libedit drops what the C locale
/// cannot encode). Only LC_CTYPE changes: Lua's number formatting (LC_NUMERIC) does not.
static void choose_character_set(void) {
    const char *name = setlocale(LC_CTYPE, "");
    if (name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "C");
    }
}

void nodeum_edit_configure(nodeum_edit_completion_fn *complete, int capacity) {
    choose_character_set();
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
