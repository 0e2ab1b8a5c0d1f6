import Logging
import NodeumAPI

/// One keyset walk through a list: each page asks for the items whose key is above the last
/// one delivered (`id=>1234`), sorted by id where the operation can sort. Every page costs the
/// server the same at any depth, and an item that exists for the whole walk is delivered exactly
/// once whatever is inserted or deleted meanwhile. Keys are checked to increase strictly, within
/// and across pages: a server that ignores the filter or the sort fails the walk
/// (`bad_keyset`) rather than delivering wrong results. Pages come one after the other (the next
/// page's filter is the last key of this one).
final class KeysetWalker: PageWalking, @unchecked Sendable {
    // Used by one iterating task at a time (an AsyncIterator is not shared), hence unchecked.
    private let s: PageSequence
    private let filter: String
    private let sorted: Bool
    private var last: APIValue?
    private var delivered: Int
    private var started = false
    private var finished = false
    /// A `count` above a page's length was seen: counts are the matching items left, not pages.
    private var countsAreTotals = false
    private var largestPage = 0

    /// Where a segment of a walk ends: items from this key on belong to the next segment.
    private let until: APIValue?

    /// `after`/`until`: a segment's bounds (`until` excluded); by default the whole list, or
    /// from a checkpoint's position.
    init(sequence: PageSequence, filter: String, sorted: Bool, after: APIValue? = nil, until: APIValue? = nil) {
        s = sequence
        self.filter = filter
        self.sorted = sorted
        self.until = until
        last = after ?? sequence.options.resume?.after
        delivered = sequence.options.resume?.delivered ?? 0
    }

    func next() async throws -> Page? {
        if finished { return nil }
        let wanted = s.options.maxItems.map { $0 - delivered }
        if let wanted, wanted <= 0 { finished = true; return nil }
        var parameters = s.parameters
        if let last, let text = KeyOrder.text(last) { parameters[filter] = .string(">" + text) }
        if sorted { parameters["sort_by"] = "id:asc" }
        // `skip` on a fresh walk: the first page starts that far into the sorted list.
        let offset = !started && last == nil ? s.options.startOffset : 0
        let asked = min(s.options.pageSize, wanted ?? .max)
        var page: Page
        do {
            page = try await PageWalker.fetch(s.client, s.operationID, s.collectionKey, parameters, offset: offset, limit: asked, logger: s.logger)
        } catch let error as NodeumClientError {
            throw located(error)
        }
        started = true
        // A server that answers more than the limit asked: the rest waits for the next page.
        if page.entries.count > asked {
            page = page.with(entries: Array(page.entries.prefix(asked)))
        }
        let n = page.entries.count
        guard n > 0 else {
            finished = true
            return nil
        }
        try checkOrder(page.entries)
        if let count = page.count, count > Int64(n) { countsAreTotals = true }
        if let until, let cut = page.entries.firstIndex(where: { !KeyOrder.precedes($0.id!, until) }) {
            // The next segment's first key reached: this segment ends here.
            finished = true
            return cut == 0 ? nil : delivering(page, Array(page.entries[..<cut]))
        }
        let previousLargest = largestPage
        largestPage = max(largestPage, n)
        let result = delivering(page, page.entries)
        if let count = page.count, countsAreTotals, count <= Int64(n) { finished = true }
        // Once the server's page size is known, a page shorter than it and the limit is the last.
        if !countsAreTotals, previousLargest > 0, n < min(asked, previousLargest) { finished = true }
        if let max = s.options.maxItems, delivered >= max { finished = true }
        return result
    }

    /// The page of these entries, counted as delivered, with where the walk stands after it.
    private func delivering(_ page: Page, _ entries: [PageEntry]) -> Page {
        last = entries.last?.id
        delivered += entries.count
        return page.with(entries: entries, offset: delivered - entries.count,
                         position: WalkPosition(after: last, offset: 0, delivered: delivered))
    }

    /// Keys strictly increasing from the last one delivered; a `bad_keyset` failure otherwise.
    private func checkOrder(_ entries: [PageEntry]) throws {
        var previous = last
        for (i, entry) in entries.enumerated() {
            guard let key = entry.id, KeyOrder.text(key) != nil else {
                throw failure("item \(i + 1) of the page after \(previousText(previous)) has no id")
            }
            if let previous, !KeyOrder.precedes(previous, key) {
                let how = sorted ? "the server does not honour the '\(filter)' filter or sort_by=id:asc"
                    : "the server does not list by increasing id or ignores the '\(filter)' filter: use walk = \"offset\""
                throw failure("id \(KeyOrder.text(key) ?? "?") came after \(KeyOrder.text(previous) ?? "?"): \(how)")
            }
            previous = key
        }
    }

    private func previousText(_ key: APIValue?) -> String {
        key.flatMap(KeyOrder.text).map { "id \($0)" } ?? "the start"
    }

    private func failure(_ what: String) -> NodeumClientError {
        finished = true
        return NodeumClientError(
            kind: .badKeyset, description: "\(s.operationID) keyset walk stopped: \(what) (\(delivered) items delivered)",
            operationID: s.operationID, itemsDelivered: delivered)
    }

    /// A failed page's error, saying where the walk was.
    private func located(_ error: NodeumClientError) -> NodeumClientError {
        guard error.kind != .cancelled, error.itemsDelivered == nil, started else { return error }
        var e = error
        e.itemsDelivered = delivered
        e.description += " (the page after \(previousText(last)) failed after \(delivered) items were delivered)"
        return e
    }
}
