// The JSON grammar (see nodeum_json.h). Error messages and offsets are those of the Swift
// parser (`Sources/NodeumClient/APIValue+Parse.swift`); `JSONGrammarTests` holds the two to it.
#include "nodeum_json.h"

#include <stdio.h>
#include <string.h>

typedef struct parser {
    const unsigned char *text;
    size_t length;
    size_t i;
    const nj_sink *sink;
    int base;
    int max_depth;
    nj_error *error;
} parser;

/// Bytes that end the fast scan of a string: the quote, the backslash, control characters.
static unsigned char g_stops[256];
static int g_stops_ready;

static void init_stops(void) {
    if (g_stops_ready) return;
    for (int c = 0; c < 0x20; c++) g_stops[c] = 1;
    g_stops['"'] = 1;
    g_stops['\\'] = 1;
    g_stops_ready = 1;
}

static int fail(parser *p, const char *message) {
    p->error->offset = p->i;
    snprintf(p->error->message, sizeof p->error->message, "%s", message);
    return -1;
}

static inline void skip_space(parser *p) {
    while (p->i < p->length) {
        unsigned char c = p->text[p->i];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
        p->i++;
    }
}

static int parse_value(parser *p, int depth, int where);

static int expect(parser *p, const char *word, size_t n) {
    if (p->i + n > p->length) return fail(p, "unexpected end of input");
    if (memcmp(p->text + p->i, word, n) != 0) return fail(p, "invalid literal");
    p->i += n;
    return 0;
}

static int hex4(parser *p, uint32_t *out) {
    if (p->i + 4 > p->length) return fail(p, "short \\u escape");
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        unsigned char c = p->text[p->i];
        uint32_t d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
        else return fail(p, "invalid hex digit");
        v = v << 4 | d;
        p->i++;
    }
    *out = v;
    return 0;
}

/// Checks the escapes of a string from the backslash at `p->i`; leaves `p->i` after the quote.
static int check_escaped(parser *p) {
    while (p->i < p->length) {
        unsigned char b = p->text[p->i];
        if (b == '"') {
            p->i++;
            return 0;
        }
        if (b < 0x20) return fail(p, "control character in a string");
        if (b != '\\') {
            p->i++;
            continue;
        }
        p->i++;
        if (p->i >= p->length) break;
        unsigned char e = p->text[p->i++];
        switch (e) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't': break;
        case 'u': {
            uint32_t scalar;
            if (hex4(p, &scalar)) return -1;
            if (scalar >= 0xD800 && scalar < 0xDC00) {
                if (!(p->i + 1 < p->length && p->text[p->i] == '\\' && p->text[p->i + 1] == 'u'))
                    return fail(p, "lone surrogate");
                p->i += 2;
                uint32_t low;
                if (hex4(p, &low)) return -1;
                if (!(low >= 0xDC00 && low < 0xE000)) return fail(p, "invalid surrogate pair");
            } else if (scalar >= 0xDC00 && scalar < 0xE000) {
                return fail(p, "invalid \\u escape");
            }
            break;
        }
        default: return fail(p, "invalid escape");
        }
    }
    return fail(p, "unterminated string");
}

/// A string from its opening quote at `p->i`: its bytes between the quotes.
static int scan_string(parser *p, const unsigned char **bytes, size_t *length, int *escaped) {
    p->i++;
    size_t start = p->i;
    const unsigned char *t = p->text;
    size_t n = p->length, i = start;
    while (i < n && !g_stops[t[i]]) i++;
    if (i >= n) {
        p->i = i;
        return fail(p, "unterminated string");
    }
    if (t[i] == '"') {
        *bytes = t + start;
        *length = i - start;
        *escaped = 0;
        p->i = i + 1;
        return 0;
    }
    p->i = i;
    if (t[i] != '\\') return fail(p, "control character in a string");
    if (check_escaped(p)) return -1;
    *bytes = t + start;
    *length = p->i - 1 - start;
    *escaped = 1;
    return 0;
}

static int parse_number(parser *p, int where) {
    const unsigned char *t = p->text;
    size_t start = p->i;
    int negative = 0;
    if (t[p->i] == '-') {
        negative = 1;
        p->i++;
    }
    uint64_t magnitude = 0;
    int overflow = 0;
    size_t digits = p->i;
    while (p->i < p->length && t[p->i] >= '0' && t[p->i] <= '9') {
        uint64_t d = t[p->i] - '0';
        if (magnitude > (UINT64_MAX - d) / 10) overflow = 1;
        magnitude = magnitude * 10 + d;
        p->i++;
    }
    if (p->i == digits) return fail(p, "expected a digit");
    int integer = 1;
    if (p->i < p->length && t[p->i] == '.') {
        integer = 0;
        p->i++;
        size_t fraction = p->i;
        while (p->i < p->length && t[p->i] >= '0' && t[p->i] <= '9') p->i++;
        if (p->i == fraction) return fail(p, "expected a digit after '.'");
    }
    if (p->i < p->length && (t[p->i] == 'e' || t[p->i] == 'E')) {
        integer = 0;
        p->i++;
        if (p->i < p->length && (t[p->i] == '+' || t[p->i] == '-')) p->i++;
        size_t exponent = p->i;
        while (p->i < p->length && t[p->i] >= '0' && t[p->i] <= '9') p->i++;
        if (p->i == exponent) return fail(p, "expected a digit in the exponent");
    }
    int kind = NJ_FLOAT;
    int64_t value = 0;
    if (integer && !overflow) {
        if (!negative && magnitude <= (uint64_t)INT64_MAX) {
            kind = NJ_INTEGER;
            value = (int64_t)magnitude;
        } else if (negative && magnitude <= (uint64_t)INT64_MAX + 1) {
            kind = NJ_INTEGER;
            value = magnitude == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)magnitude;
        }
    }
    if (p->sink->scalar) p->sink->scalar(p->sink->context, kind, t + start, p->i - start, 0, value, where);
    return 0;
}

static int parse_object(parser *p, int depth) {
    if (depth > p->max_depth) return fail(p, "nesting too deep");
    const nj_sink *s = p->sink;
    int d = depth + p->base;
    if (s->open) s->open(s->context, 1, p->i, d);
    p->i++;
    size_t count = 0;
    skip_space(p);
    if (p->i < p->length && p->text[p->i] == '}') {
        p->i++;
        if (s->close) s->close(s->context, 1, 0, d);
        return 0;
    }
    for (;;) {
        skip_space(p);
        if (!(p->i < p->length && p->text[p->i] == '"')) return fail(p, "expected a string key");
        const unsigned char *key;
        size_t key_length;
        int escaped;
        if (scan_string(p, &key, &key_length, &escaped)) return -1;
        if (s->key) s->key(s->context, key, key_length, escaped, d);
        skip_space(p);
        if (!(p->i < p->length && p->text[p->i] == ':')) return fail(p, "expected ':'");
        p->i++;
        skip_space(p);
        size_t start = p->i;
        int null = p->i < p->length && p->text[p->i] == 'n';
        if (parse_value(p, depth, NJ_IN_OBJECT)) return -1;
        count++;
        if (s->member) s->member(s->context, null, start, p->i, d);
        skip_space(p);
        if (p->i >= p->length) return fail(p, "unexpected end of input in an object");
        unsigned char c = p->text[p->i];
        if (c == ',') {
            p->i++;
            continue;
        }
        if (c == '}') {
            p->i++;
            if (s->close) s->close(s->context, 1, count, d);
            return 0;
        }
        return fail(p, "expected ',' or '}'");
    }
}

static int parse_array(parser *p, int depth) {
    if (depth > p->max_depth) return fail(p, "nesting too deep");
    const nj_sink *s = p->sink;
    int d = depth + p->base;
    if (s->open) s->open(s->context, 0, p->i, d);
    p->i++;
    size_t count = 0;
    skip_space(p);
    if (p->i < p->length && p->text[p->i] == ']') {
        p->i++;
        if (s->close) s->close(s->context, 0, 0, d);
        return 0;
    }
    for (;;) {
        skip_space(p);
        size_t start = p->i;
        if (parse_value(p, depth, NJ_IN_ARRAY)) return -1;
        count++;
        if (s->element) s->element(s->context, count, start, p->i, d);
        skip_space(p);
        if (p->i >= p->length) return fail(p, "unexpected end of input in an array");
        unsigned char c = p->text[p->i];
        if (c == ',') {
            p->i++;
            continue;
        }
        if (c == ']') {
            p->i++;
            if (s->close) s->close(s->context, 0, count, d);
            return 0;
        }
        return fail(p, "expected ',' or ']'");
    }
}

static int unexpected(parser *p, unsigned char c) {
    char message[40];
    // A control character or a byte that is not ASCII is named by its value.
    if (c < 0x20 || c >= 0x7F) snprintf(message, sizeof message, "unexpected byte 0x%02X", c);
    else snprintf(message, sizeof message, "unexpected character '%c'", c);
    return fail(p, message);
}

static int parse_value(parser *p, int depth, int where) {
    if (p->i >= p->length) return fail(p, "unexpected end of input");
    const nj_sink *s = p->sink;
    unsigned char c = p->text[p->i];
    switch (c) {
    case '{': return parse_object(p, depth + 1);
    case '[': return parse_array(p, depth + 1);
    case '"': {
        const unsigned char *bytes;
        size_t length;
        int escaped;
        if (scan_string(p, &bytes, &length, &escaped)) return -1;
        if (s->scalar) s->scalar(s->context, NJ_STRING, bytes, length, escaped, 0, where);
        return 0;
    }
    case 't':
        if (expect(p, "true", 4)) return -1;
        if (s->scalar) s->scalar(s->context, NJ_TRUE, p->text + p->i - 4, 4, 0, 0, where);
        return 0;
    case 'f':
        if (expect(p, "false", 5)) return -1;
        if (s->scalar) s->scalar(s->context, NJ_FALSE, p->text + p->i - 5, 5, 0, 0, where);
        return 0;
    case 'n':
        if (expect(p, "null", 4)) return -1;
        if (s->scalar) s->scalar(s->context, NJ_NULL, p->text + p->i - 4, 4, 0, 0, where);
        return 0;
    default:
        if (c == '-' || (c >= '0' && c <= '9')) return parse_number(p, where);
        return unexpected(p, c);
    }
}

int nj_parse(const unsigned char *text, size_t length, const nj_sink *sink, int where, int base_depth, int max_depth,
             nj_error *error) {
    init_stops();
    parser p = {text, length, 0, sink, base_depth, max_depth, error};
    skip_space(&p);
    if (parse_value(&p, 0, where)) return -1;
    skip_space(&p);
    if (p.i != length) return fail(&p, "unexpected text after the value");
    return 0;
}

// MARK: - Strings

static size_t put_scalar(uint32_t u, unsigned char *out) {
    if (u < 0x80) {
        out[0] = (unsigned char)u;
        return 1;
    }
    if (u < 0x800) {
        out[0] = 0xC0 | (u >> 6);
        out[1] = 0x80 | (u & 0x3F);
        return 2;
    }
    if (u < 0x10000) {
        out[0] = 0xE0 | (u >> 12);
        out[1] = 0x80 | ((u >> 6) & 0x3F);
        out[2] = 0x80 | (u & 0x3F);
        return 3;
    }
    out[0] = 0xF0 | (u >> 18);
    out[1] = 0x80 | ((u >> 12) & 0x3F);
    out[2] = 0x80 | ((u >> 6) & 0x3F);
    out[3] = 0x80 | (u & 0x3F);
    return 4;
}

static uint32_t read_hex4(const unsigned char *s) {
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        unsigned char c = s[k];
        v = v << 4 | (uint32_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
}

size_t nj_unescape(const unsigned char *s, size_t length, unsigned char *out) {
    size_t i = 0, o = 0;
    while (i < length) {
        unsigned char b = s[i];
        if (b != '\\') {
            out[o++] = b;
            i++;
            continue;
        }
        unsigned char e = s[i + 1];
        i += 2;
        switch (e) {
        case 'b': out[o++] = 0x08; break;
        case 'f': out[o++] = 0x0C; break;
        case 'n': out[o++] = 0x0A; break;
        case 'r': out[o++] = 0x0D; break;
        case 't': out[o++] = 0x09; break;
        case 'u': {
            uint32_t u = read_hex4(s + i);
            i += 4;
            if (u >= 0xD800 && u < 0xDC00) {
                uint32_t low = read_hex4(s + i + 2);
                i += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
            }
            o += put_scalar(u, out + o);
            break;
        }
        default: out[o++] = e; break;  // '"', '\\', '/'
        }
    }
    return o;
}

/// The length of the well-formed sequence at `s` (1 to 4), or 0 with `*subpart` set to the
/// length of its maximal ill-formed subpart (Unicode 15, 3.9, table 3-7).
static size_t sequence(const unsigned char *s, size_t left, size_t *subpart) {
    unsigned char b = s[0];
    size_t need;
    unsigned char low = 0x80, high = 0xBF;
    if (b < 0x80) return 1;
    if (b >= 0xC2 && b <= 0xDF) need = 2;
    else if (b >= 0xE0 && b <= 0xEF) {
        need = 3;
        if (b == 0xE0) low = 0xA0;
        if (b == 0xED) high = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 4;
        if (b == 0xF0) low = 0x90;
        if (b == 0xF4) high = 0x8F;
    } else {
        *subpart = 1;
        return 0;
    }
    size_t k = 1;
    for (; k < need; k++) {
        if (k >= left) break;
        unsigned char c = s[k];
        unsigned char lo = k == 1 ? low : 0x80, hi = k == 1 ? high : 0xBF;
        if (c < lo || c > hi) break;
    }
    if (k == need) return need;
    *subpart = k;
    return 0;
}

size_t nj_first_invalid_utf8(const unsigned char *s, size_t length) {
    size_t i = 0;
    while (i < length) {
        // Eight ASCII bytes at a time.
        while (i + 8 <= length) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL) break;
            i += 8;
        }
        if (i >= length) break;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t subpart;
        size_t n = sequence(s + i, length - i, &subpart);
        if (n == 0) return i;
        i += n;
    }
    return length;
}

size_t nj_repair_utf8(const unsigned char *s, size_t length, unsigned char *out) {
    size_t i = 0, o = 0;
    while (i < length) {
        size_t subpart;
        size_t n = sequence(s + i, length - i, &subpart);
        if (n) {
            memcpy(out + o, s + i, n);
            o += n;
            i += n;
        } else {
            out[o++] = 0xEF;
            out[o++] = 0xBF;
            out[o++] = 0xBD;
            i += subpart;
        }
    }
    return o;
}
