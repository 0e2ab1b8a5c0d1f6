import Logging
import NodeumAPI

/// The state of one walk through a list. Sequential until the total is known; then, with
/// concurrency N, a window of up to N page requests in flight, delivered in order. The offset
/// always advances by the items actually returned, so a server that caps the page size leaves
/// no gap; the walk ends on an empty page, at the total when `count` is one, or on a short page
/// once the server's page size is known when `count` is only the page's length. Whatever the
/// server answers, the walk ends: a page repeating the one before fails it (`RepeatGuard`), and
/// a failed page says where the walk was.
final class PageWalker: PageWalking, @unchecked Sendable {
    // Used by one iterating task at a time (an AsyncIterator is not shared), hence unchecked.
    private let s: PageSequence
    private var offset: Int
    private var delivered = 0
    private var total: Int?
    private var largestPage = 0
    private var finished = false
    private var pagesFetched = 0
    private var repeats = RepeatGuard()
    /// Requests in flight, in offset order.
    private var window: [Slot] = []
    /// The next offset to hand to a request of the window.
    private var nextScheduled = 0

    private struct Slot {
        let offset: Int
        let limit: Int
        let task: Task<Page, any Error>
    }

    init(sequence: PageSequence) {
        s = sequence
        offset = sequence.options.resume?.offset ?? sequence.options.startOffset
        delivered = sequence.options.resume?.delivered ?? 0
    }

    deinit {
        for slot in window { slot.task.cancel() }
    }

    /// The end of the items wanted: the total, cut by `maxItems`.
    private var endOffset: Int? {
        let cap = s.options.maxItems.map { s.options.startOffset + $0 }
        switch (total, cap) {
        case let (t?, c?): return min(t, c)
        case let (t?, nil): return t
        case let (nil, c?): return c
        default: return nil
        }
    }

    func next() async throws -> Page? {
        if finished { return nil }
        if let end = endOffset, offset >= end { return finish() }
        guard s.paginated else {
            let page = try await fetch(offset: 0, limit: nil)
            finished = true
            return page.entries.isEmpty && page.count == nil ? nil : trimmed(page)
        }
        if !window.isEmpty || (total != nil && s.options.concurrency > 1 && pagesFetched > 0) {
            return try await nextFromWindow()
        }
        let limit = min(s.options.pageSize, endOffset.map { $0 - offset } ?? .max)
        let page = try await fetch(offset: offset, limit: limit)
        return try accept(page, asked: limit)
    }

    /// Records a page fetched at `offset`: learns what `count` means, advances, decides the end.
    private func accept(_ page: Page, asked: Int) throws -> Page? {
        let n = page.entries.count
        pagesFetched += 1
        guard n > 0 else { return finish() }
        // A count above the page's length can only be the total; one equal to it may be either.
        if let count = page.count, count > Int64(n) { total = Int(count) }
        let previousLargest = largestPage
        largestPage = max(largestPage, n)
        let at = offset
        offset += n
        let result = positioned(trimmed(try screened(page, at: at)))
        if let end = endOffset, offset >= end { finished = true }
        // Once the server's page size is known, a shorter page than both it and the limit is the last.
        if total == nil, previousLargest > 0, n < min(asked, previousLargest) { finished = true }
        return result
    }

    /// The page without the items the page before already delivered; a failure when it held
    /// nothing else (the server answered the same page again).
    private func screened(_ page: Page, at offset: Int) throws -> Page {
        guard let kept = repeats.screen(page.entries, of: page.text) else {
            finished = true
            throw NodeumClientError(
                kind: .badPagination,
                description: "\(s.operationID) answered the page at offset \(offset) with the same \(page.entries.count) items as the page before: "
                    + "the server does not honour 'offset' (stopped after \(pagesFetched) requests, \(delivered) items delivered)",
                operationID: s.operationID, pageOffset: offset, itemsDelivered: delivered)
        }
        return kept.count == page.entries.count ? page : page.with(entries: kept)
    }

    /// A page cut to `maxItems`, counted as delivered.
    private func trimmed(_ page: Page) -> Page {
        var entries = page.entries
        if let max = s.options.maxItems, delivered + entries.count > max {
            entries = Array(entries.prefix(max - delivered))
        }
        delivered += entries.count
        return entries.count == page.entries.count ? page : page.with(entries: entries)
    }

    /// The page with where the walk stands after it: the next offset, the items delivered.
    private func positioned(_ page: Page) -> Page {
        page.with(entries: page.entries, position: WalkPosition(offset: offset, delivered: delivered))
    }

    private func finish() -> Page? {
        finished = true
        for slot in window { slot.task.cancel() }
        window.removeAll()
        return nil
    }

    // MARK: concurrent window

    private func nextFromWindow() async throws -> Page? {
        if window.isEmpty { nextScheduled = offset }
        fillWindow()
        guard !window.isEmpty else { return finish() }
        let head = window.removeFirst()
        let page: Page
        do {
            page = try await withTaskCancellationHandler {
                try await head.task.value
            } onCancel: { [window] in
                head.task.cancel()
                for slot in window { slot.task.cancel() }
            }
        } catch let error as NodeumClientError {
            _ = finish()
            throw located(error, offset: head.offset)
        } catch {
            _ = finish()
            throw error
        }
        let n = page.entries.count
        if n == 0 { return finish() }
        if n < head.limit {
            // The server answered fewer than asked: fetch the gap before the pages after it.
            let gap = Slot(offset: head.offset + n, limit: head.limit - n, task: startFetch(offset: head.offset + n, limit: head.limit - n))
            window.insert(gap, at: 0)
        }
        pagesFetched += 1
        offset = head.offset + n
        let result: Page
        do { result = positioned(trimmed(try screened(page, at: head.offset))) } catch {
            _ = finish()
            throw error
        }
        if let end = endOffset, offset >= end, window.isEmpty { finished = true }
        fillWindow()
        return result
    }

    /// Starts requests until `concurrency` are in flight or the end is scheduled.
    private func fillWindow() {
        guard let end = endOffset else { return }
        let step = max(1, min(s.options.pageSize, largestPage > 0 ? largestPage : s.options.pageSize))
        while window.count < s.options.concurrency, nextScheduled < end {
            let limit = min(step, end - nextScheduled)
            window.append(Slot(offset: nextScheduled, limit: limit, task: startFetch(offset: nextScheduled, limit: limit)))
            nextScheduled += limit
        }
    }

    private func startFetch(offset: Int, limit: Int) -> Task<Page, any Error> {
        let client = s.client, op = s.operationID, key = s.collectionKey, params = s.parameters, logger = s.logger
        return Task {
            // Kept as two statements: Swift 6.3.1 -O miscompiles `return try await` in a do/catch here.
            let page = try await PageWalker.fetch(client, op, key, params, offset: offset, limit: limit, logger: logger)
            return page
        }
    }

    private func fetch(offset: Int, limit: Int?) async throws -> Page {
        do {
            return try await Self.fetch(s.client, s.operationID, s.collectionKey, s.parameters, offset: offset, limit: limit, logger: s.logger)
        } catch let error as NodeumClientError {
            throw located(error, offset: offset)
        }
    }

    /// A failed page's error, saying where the walk was (unless nothing had been delivered yet).
    private func located(_ error: NodeumClientError, offset: Int) -> NodeumClientError {
        guard error.kind != .cancelled, error.pageOffset == nil else { return error }
        var e = error
        e.pageOffset = offset
        e.itemsDelivered = delivered
        if pagesFetched > 0 {
            e.description += " (the page at offset \(offset) failed after \(delivered) items were delivered)"
        }
        return e
    }

    static func fetch(
        _ client: NodeumClient, _ op: String, _ key: String, _ parameters: [String: APIValue], offset: Int, limit: Int?, logger: Logger
    ) async throws -> Page {
        var p = parameters
        if let limit {
            p["limit"] = .int(Int64(limit))
            p["offset"] = .int(Int64(offset))
        }
        let (status, skimmed) = try await client.executePage(op, p, key: key, logger: logger)
        guard let skimmed, skimmed.isObject else {
            throw NodeumClientError(
                kind: .invalidResponse, description: "\(op) answered no collection page (status \(status))",
                status: status, operationID: op)
        }
        let count = skimmed.count?.intValue
        let entries: [PageEntry]
        switch skimmed.list {
        case let list? where list.isArray: entries = skimmed.entries
        case nil where (count ?? 0) == 0: entries = []  // an empty list may leave its key out
        case let list? where (count ?? 0) == 0 && list.value == .null: entries = []
        case let list:
            let what = list.map { l in
                let v = l.value
                return "'\(key)' is \("aeiou".contains(v.typeName.first!) ? "an" : "a") \(v.typeName), not a list"
            } ?? "its count is \(count ?? 0) but it has no '\(key)' list"
            throw NodeumClientError(
                kind: .badPagination, description: "\(op) answered a page that is not a list: \(what)",
                status: status, operationID: op)
        }
        return Page(offset: offset, text: skimmed.text, entries: entries, count: count)
    }
}
