// The system's libedit (Debian's libedit-dev), found through pkg-config `libedit`, through
// its readline compatibility header. Never GNU readline's <readline/readline.h>.
#include <stdio.h>
#include <editline/readline.h>
