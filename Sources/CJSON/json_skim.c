// The page skim (see nodeum_json.h): one validating pass that notes where a page's parts are.
// Depths as the parser reports them: the page object is 1, its members' values open at 2
// (the collection's array), the items open at 3 and their members sit at 3.
#include "nodeum_json.h"

#include <stdlib.h>
#include <string.h>

typedef struct skim {
    nj_page *page;
    const char *key;
    size_t key_length;
    /// The page member being read: 0 another, 1 `count`, 2 the collection.
    int top;
    /// The collection's value opened as an array (for the member being read).
    int opened_list;
    /// Inside the collection's array.
    int in_list;
    /// The item member being read is `id`.
    int item_id;
    /// The `id` of the item being read (end 0: none yet).
    size_t id_start, id_end;
    int out_of_memory;
} skim;

static int same_key(const unsigned char *bytes, size_t length, int escaped, const char *key, size_t key_length) {
    if (!escaped) return length == key_length && memcmp(bytes, key, length) == 0;
    if (length > 256) return 0;
    unsigned char text[256];
    size_t n = nj_unescape(bytes, length, text);
    return n == key_length && memcmp(text, key, n) == 0;
}

static void on_key(void *context, const unsigned char *bytes, size_t length, int escaped, int depth) {
    skim *s = context;
    if (depth == 1) {
        s->opened_list = 0;
        s->top = same_key(bytes, length, escaped, "count", 5) ? 1
            : same_key(bytes, length, escaped, s->key, s->key_length) ? 2 : 0;
    } else if (depth == 3 && s->in_list) {
        s->item_id = same_key(bytes, length, escaped, "id", 2);
    }
}

static void on_open(void *context, int object, size_t offset, int depth) {
    skim *s = context;
    (void)offset;
    if (depth == 1) s->page->is_object = object;
    if (depth == 2 && !object && s->top == 2) {
        // The collection (again: a key given twice counts by its last value).
        s->in_list = 1;
        s->opened_list = 1;
        s->page->item_count = 0;
    }
}

static void on_close(void *context, int object, size_t count, int depth) {
    skim *s = context;
    (void)object;
    (void)count;
    if (depth == 2) s->in_list = 0;
}

static void on_member(void *context, int null, size_t start, size_t end, int depth) {
    skim *s = context;
    (void)null;
    if (depth == 1) {
        if (s->top == 1) {
            s->page->count_start = start;
            s->page->count_end = end;
        } else if (s->top == 2) {
            s->page->list_start = start;
            s->page->list_end = end;
            s->page->list_is_array = s->opened_list;
        }
        s->top = 0;
    } else if (depth == 3 && s->in_list && s->item_id) {
        s->id_start = start;
        s->id_end = end;
        s->item_id = 0;
    }
}

static void on_element(void *context, size_t index, size_t start, size_t end, int depth) {
    skim *s = context;
    (void)index;
    if (depth != 2 || !s->in_list) return;
    nj_page *page = s->page;
    if (page->item_count == page->item_capacity) {
        size_t capacity = page->item_capacity ? page->item_capacity * 2 : 256;
        nj_item *items = realloc(page->items, capacity * sizeof *items);
        if (!items) {
            s->out_of_memory = 1;
            s->in_list = 0;
            return;
        }
        page->items = items;
        page->item_capacity = capacity;
    }
    page->items[page->item_count++] = (nj_item){start, end, s->id_start, s->id_end};
    s->id_start = s->id_end = 0;
    s->item_id = 0;
}

int nj_skim_page(const unsigned char *text, size_t length, const char *key, size_t key_length, int max_depth,
                 nj_page *page, nj_error *error) {
    memset(page, 0, sizeof *page);
    skim s = {0};
    s.page = page;
    s.key = key;
    s.key_length = key_length;
    nj_sink sink = {&s, NULL, on_key, on_open, on_close, on_member, on_element};
    if (nj_parse(text, length, &sink, NJ_AT_TOP, 0, max_depth, error)) {
        nj_page_free(page);
        return -1;
    }
    if (s.out_of_memory) {
        nj_page_free(page);
        error->offset = 0;
        strcpy(error->message, "out of memory");
        return -1;
    }
    return 0;
}

void nj_page_free(nj_page *page) {
    free(page->items);
    page->items = NULL;
    page->item_count = page->item_capacity = 0;
}
