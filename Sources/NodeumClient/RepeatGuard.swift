import NodeumAPI

/// What keeps a list walk from looping on a server that repeats itself. Each page is compared
/// with the page delivered before it: items seen there (by `id`, or whole when a page's items
/// have no `id`) are dropped, so an item shifted onto the next page by an insert behind the
/// cursor is not delivered twice; a non-empty page made only of such items means the server
/// answered the same page again (it ignores `offset`, or its pages never advance), and the walk
/// fails at that request instead of asking forever. Memory: the identities of one page.
struct RepeatGuard {
    private var previousIDs: Set<APIValue> = []
    /// The items of the page before, as bytes, when its items had no ids.
    private var previousItems: [ArraySlice<UInt8>] = []

    /// The page's entries without those already delivered on the page before; nil when every
    /// item repeats an earlier one.
    mutating func screen(_ entries: [PageEntry], of text: PageText) -> [PageEntry]? {
        guard !entries.isEmpty else { return entries }
        guard entries.allSatisfy({ $0.id != nil }) else {
            // Items without ids: only a page identical to the one before is a repeat.
            let items = entries.map { text.bytes[$0.range] }
            defer { previousItems = items; previousIDs = [] }
            return items == previousItems ? nil : entries
        }
        var seen = Set<APIValue>(minimumCapacity: entries.count)
        var kept: [PageEntry] = []
        kept.reserveCapacity(entries.count)
        for entry in entries where !previousIDs.contains(entry.id!) && seen.insert(entry.id!).inserted {
            kept.append(entry)
        }
        if kept.isEmpty { return nil }
        previousIDs = seen
        previousItems = []
        return kept
    }
}
