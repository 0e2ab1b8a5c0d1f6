// The shell's C side of the terminal apart from libedit: C's standard streams, which Swift 6
// cannot name, and the terminal's size, which takes a variadic `ioctl`.
#ifndef NODEUM_TERMINAL_H
#define NODEUM_TERMINAL_H

#include <stdio.h>

/// C's `stdin`/`stdout`/`stderr` are mutable globals that Swift 6 refuses to touch. The shell
/// writes through them, as Lua's `print` and `io` library do, so that both keep their order.
static inline FILE *nodeum_stdin(void) { return stdin; }
/// See `nodeum_stdin`.
static inline FILE *nodeum_stdout(void) { return stdout; }
/// See `nodeum_stdin`.
static inline FILE *nodeum_stderr(void) { return stderr; }

/// The size of the terminal on `fd` (TIOCGWINSZ, a macro with a variadic `ioctl` that Swift
/// cannot call): 0 with `columns` and `rows` set, -1 when `fd` is no terminal or says no size.
int nodeum_terminal_size(int fd, int *columns, int *rows);

#endif
