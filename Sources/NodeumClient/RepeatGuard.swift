import NodeumAPI

/// What keeps a list walk from looping on a server that repeats itself. Each page is compared
/// with the page delivered before it: items seen there (by `id`, or whole when a page's items
/// have no `id`) are dropped, so an item shifted onto the next page by an insert behind the
/// cursor is not delivered twice; a non-empty page made only of such items means the server
/// answered the same page again (it ignores `offset`, or its pages never advance), and the walk
/// fails at that request instead of asking forever. Memory: the identities of one page.
struct RepeatGuard {
    /// The ids of the page before, when its items had ids.
    private var previousIDs: [APIValue] = []
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
        let ids = entries.map { $0.id! }
        previousItems = []
        // The usual page: ids increasing, all after the page before's. Nothing repeats.
        if Self.increasing(ids), previousIDs.last.map({ KeyOrder.precedes($0, ids[0]) }) ?? true {
            previousIDs = ids
            return entries
        }
        let before = Set(previousIDs)
        var seen = Set<APIValue>(minimumCapacity: ids.count)
        var kept: [PageEntry] = []
        kept.reserveCapacity(entries.count)
        for (entry, id) in zip(entries, ids) where !before.contains(id) && seen.insert(id).inserted {
            kept.append(entry)
        }
        if kept.isEmpty { return nil }
        previousIDs = kept.map { $0.id! }
        return kept
    }

    /// Ids strictly increasing (integers, or decimal strings as execution ids are).
    private static func increasing(_ ids: [APIValue]) -> Bool {
        zip(ids, ids.dropFirst()).allSatisfy { KeyOrder.precedes($0, $1) }
    }
}
