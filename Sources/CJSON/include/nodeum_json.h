// JSON's grammar, once, in C: a validating parser over bytes that reports what it reads to a
// sink (a table of callbacks), so that the client's page skim (`nj_skim_page`, here) and the
// Lua decoder (CLuaShim, `nodeum_json_decode`) read JSON by the same rules and fail with the
// same messages at the same bytes as the Swift parser (`APIValue.parse`), which the tests
// compare with this one. It knows neither Lua nor Nodeum. Every symbol is prefixed `nj_`.
#ifndef NODEUM_JSON_H
#define NODEUM_JSON_H

#include <stddef.h>
#include <stdint.h>

/// What a scalar is.
enum { NJ_NULL = 0, NJ_FALSE, NJ_TRUE, NJ_INTEGER, NJ_FLOAT, NJ_STRING };

/// Where a value sits: the top of the text, an array, or an object.
enum { NJ_AT_TOP = 0, NJ_IN_ARRAY = 1, NJ_IN_OBJECT = 2 };

/// Why text is not JSON: the byte where the parser stopped (from 0) and what it expected.
typedef struct nj_error {
    size_t offset;
    char message[64];
} nj_error;

/// The message of an error, as a C string (Swift sees the array as a tuple).
static inline const char *nj_error_text(const nj_error *error) { return error->message; }

/// What the parser reports. `depth` is that of the container a value opens or sits in (the
/// top value is at depth 0, the members of a top object at 1). Offsets count from the text's
/// first byte. Unused callbacks may be NULL.
typedef struct nj_sink {
    void *context;
    /// A scalar. Strings: the bytes between the quotes, `escaped` when they hold a backslash
    /// (`nj_unescape` gives the text). Numbers: their text; `integer` holds an integer's value
    /// when the kind is NJ_INTEGER (a number with no fraction or exponent that fits 64 bits).
    void (*scalar)(void *context, int kind, const unsigned char *bytes, size_t length, int escaped, int64_t integer,
                   int where);
    /// An object's key, as a string's bytes.
    void (*key)(void *context, const unsigned char *bytes, size_t length, int escaped, int depth);
    /// `{` or `[` at `offset`; the container's depth (1 for the top value's).
    void (*open)(void *context, int object, size_t offset, int depth);
    /// The end of a container: its members or elements.
    void (*close)(void *context, int object, size_t count, int depth);
    /// After an object member's value, at [start, end); `null` when the value was null.
    void (*member)(void *context, int null, size_t start, size_t end, int depth);
    /// After an array element (index from 1), at [start, end).
    void (*element)(void *context, size_t index, size_t start, size_t end, int depth);
} nj_sink;

/// Parses one JSON value (with white space around it) from `text`, reporting to `sink`.
/// `where` says where the value sits (NJ_AT_TOP for a document; NJ_IN_ARRAY for an element
/// parsed alone); `base_depth` is added to every depth reported. Nesting deeper than
/// `max_depth` fails with "nesting too deep". Returns 0, or -1 with `error` filled in.
int nj_parse(const unsigned char *text, size_t length, const nj_sink *sink, int where, int base_depth, int max_depth,
             nj_error *error);

/// The text of a string whose bytes hold escapes (already checked by `nj_parse`) into `out`,
/// which holds at least `length` bytes (an escape never grows). Returns the bytes written.
size_t nj_unescape(const unsigned char *bytes, size_t length, unsigned char *out);

/// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms and
/// encoded surrogates included), or `length` when all of it is.
size_t nj_first_invalid_utf8(const unsigned char *bytes, size_t length);

/// The bytes with each maximal ill-formed subpart replaced by U+FFFD (as Swift's
/// `String(decoding:as: UTF8.self)` does) into `out`, which holds at least 3 × `length`
/// bytes. Returns the bytes written.
size_t nj_repair_utf8(const unsigned char *bytes, size_t length, unsigned char *out);

/// One item of a page: its bytes, and its `id` member's value (`id_end == 0` when it has none).
typedef struct nj_item {
    size_t start, end, id_start, id_end;
} nj_item;

/// What a skim of a page answer found: `{"count": N, "<key>": [item, ...], ...}`.
typedef struct nj_page {
    /// 1 when the text is an object.
    int is_object;
    /// The `count` member's value, and the collection member's (`*_end == 0` when absent; a
    /// key given twice counts by its last value).
    size_t count_start, count_end, list_start, list_end;
    /// 1 when the collection member is an array; its items then.
    int list_is_array;
    nj_item *items;
    size_t item_count, item_capacity;
} nj_page;

/// Checks that `text` is one JSON value and finds the page's parts without building
/// anything: the `count`, the items of member `key`, and each item's `id`. Returns 0, or -1
/// with `error` filled in ("out of memory" included). Free the items with `nj_page_free`.
int nj_skim_page(const unsigned char *text, size_t length, const char *key, size_t key_length, int max_depth,
                 nj_page *page, nj_error *error);

/// Frees what a skim allocated.
void nj_page_free(nj_page *page);

#endif
