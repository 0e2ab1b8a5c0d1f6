// What Swift cannot do safely with libedit's readline globals: set them once (they are
// plain C globals), and read characters so that a Ctrl-C ends `readline()`.
#ifndef NODEUM_EDIT_H
#define NODEUM_EDIT_H

/// Called on Tab with the word libedit found (`text`, ending at the cursor) and its
/// character offsets; returns a malloc'd, NULL-terminated match list or NULL.
typedef char **nodeum_edit_completion_fn(const char *text, int start, int end);

/// Sets libedit up for nodeum before its first `readline()`: LC_CTYPE from the environment
/// (C.UTF-8 for a plain C locale), no signal handlers of its own
/// (nodeum's SIGINT handler stays in place), characters read by `nodeum_edit_getc`, Lua word
/// breaks that keep `a.b:c` one word, `complete` on Tab, history capped at `capacity`.
void nodeum_edit_configure(nodeum_edit_completion_fn *complete, int capacity);

/// True (once) when the last `readline()` ended because a signal interrupted its read.
int nodeum_edit_take_interrupt(void);

/// The line being edited (UTF-8) and the cursor's byte offset in it, during a completion.
const char *nodeum_edit_line(int *cursor);

/// The character inserted after a single completion (0 for none); set per completion.
void nodeum_edit_set_append_character(int c);

/// Tells libedit not to fall back to file-name completion when there are no matches.
void nodeum_edit_set_completion_over(void);

#endif
