// What a build of nodeum and nodeum-sim says of itself (`--version`): the version, set here
// and read by the Makefile for the .deb, and the stamp tools/stamp-build.sh writes before a
// build (the git commit, the build date, the Swift compiler's version).
#ifndef NODEUM_BUILD_INFO_H
#define NODEUM_BUILD_INFO_H

#define NODEUM_VERSION "0.1.0"

/// The version, "0.1.0".
const char *nodeum_build_version(void);
/// The git commit built (short hash, "+dirty" when the tree had changes), or "unknown".
const char *nodeum_build_commit(void);
/// The day of the build, YYYY-MM-DD (SOURCE_DATE_EPOCH's when set), or "unknown".
const char *nodeum_build_date(void);
/// The Swift compiler's version ("6.3.1"), or "unknown".
const char *nodeum_build_swift(void);

#endif
