import NodeumAPI

/// What keeps a list walk from looping on a server that repeats itself. Each page is compared
/// with the page delivered before it: items seen there (by `id`, or whole when a page's items
/// have no `id`) are dropped, so an item shifted onto the next page by an insert behind the
/// cursor is not delivered twice; a non-empty page made only of such items means the server
/// answered the same page again (it ignores `offset`, or its pages never advance), and the walk
/// fails at that request instead of asking forever. Memory: the identities of one page.
struct RepeatGuard {
    private var previousIDs: Set<APIValue> = []
    private var previousItems: [APIValue] = []

    /// The page's items without those already delivered on the page before; nil when every item
    /// repeats an earlier one.
    mutating func screen(_ items: [APIValue]) -> [APIValue]? {
        guard !items.isEmpty else { return items }
        let ids = items.compactMap { $0["id"].flatMap { $0 == .null ? nil : $0 } }
        guard ids.count == items.count else {
            // Items without ids: only a page identical to the one before is a repeat.
            defer { previousItems = items; previousIDs = [] }
            return items == previousItems ? nil : items
        }
        var seen = Set<APIValue>(minimumCapacity: ids.count)
        var kept: [APIValue] = []
        kept.reserveCapacity(items.count)
        for (item, id) in zip(items, ids) where !previousIDs.contains(id) && seen.insert(id).inserted {
            kept.append(item)
        }
        if kept.isEmpty { return nil }
        previousIDs = seen
        previousItems = []
        return kept
    }
}
