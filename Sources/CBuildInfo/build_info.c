#include "nodeum_build_info.h"

// build_stamp.h is written by tools/stamp-build.sh (the Makefile, tools/setup.sh and
// tools/test.sh run it) and is not in git; a build without it says "unknown".
#if __has_include("build_stamp.h")
#include "build_stamp.h"
#endif
#ifndef NODEUM_BUILD_COMMIT
#define NODEUM_BUILD_COMMIT "unknown"
#endif
#ifndef NODEUM_BUILD_DATE
#define NODEUM_BUILD_DATE "unknown"
#endif
#ifndef NODEUM_BUILD_SWIFT
#define NODEUM_BUILD_SWIFT "unknown"
#endif

const char *nodeum_build_version(void) { return NODEUM_VERSION; }
const char *nodeum_build_commit(void) { return NODEUM_BUILD_COMMIT; }
const char *nodeum_build_date(void) { return NODEUM_BUILD_DATE; }
const char *nodeum_build_swift(void) { return NODEUM_BUILD_SWIFT; }
