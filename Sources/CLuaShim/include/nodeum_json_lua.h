// JSON bytes straight into Lua values (tables built as the bytes are read, no tree between),
// by the bridge's rules (Sources/Lua/LuaState+JSON.swift): objects as tables without their
// null members, arrays as sequences with the array metatable (a null element is the `null`
// light userdata), integers exact, a top-level null as nil, at most 200 levels.
#ifndef NODEUM_JSON_LUA_H
#define NODEUM_JSON_LUA_H

#include <stddef.h>
#include <lua.h>
#include "nodeum_json.h"

/// Decoding options.
enum {
    /// Text that is not UTF-8 is refused (json.decode); otherwise ill-formed sequences in
    /// strings become U+FFFD (API answers, as the Swift client reads them).
    NODEUM_JSON_STRICT_UTF8 = 1,
};

/// What became of a decode.
enum {
    NODEUM_JSON_OK = 0,
    /// Not JSON: `error` says where and why.
    NODEUM_JSON_INVALID = 1,
    /// JSON nested deeper than the bridge takes (200 levels).
    NODEUM_JSON_TOO_DEEP = 2,
    /// Lua failed (out of memory): its message is on the stack.
    NODEUM_JSON_LUA_ERROR = 3,
};

/// One slice of a text: `length` bytes from `start`.
typedef struct nodeum_json_range {
    size_t start, length;
} nodeum_json_range;

/// Pushes the value `text` holds (nothing pushed on failure but a Lua error's message).
/// Runs protected: no error escapes. `array_metatable` is the registry name of the metatable
/// marking arrays; `null` the light userdata standing for null.
int nodeum_json_decode(lua_State *L, const char *text, size_t length, int options, const char *array_metatable,
                       void *null, nj_error *error);

/// Pushes an array (with the array metatable) of the values at `ranges` of `text` (the items
/// of a page, already checked to be JSON); errors say offsets in the whole text.
int nodeum_json_decode_items(lua_State *L, const char *text, const nodeum_json_range *ranges, size_t count, int options,
                             const char *array_metatable, void *null, nj_error *error);

#endif
