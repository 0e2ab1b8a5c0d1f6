import Logging
import NodeumAPI
import Synchronization

/// A keyset walk split into `segments` streams over disjoint id ranges, walked at once (after
/// DynamoDB's parallel scan): the first and last ids are asked for, the range between them is
/// cut into equal spans, and stream k walks from its span's start until it meets the next
/// span's first id, so only `id >` filters are sent. Pages are delivered as they arrive, in no
/// particular order; each stream has at most one page in flight and one waiting, so memory is
/// bounded by 2 × segments pages.
final class SegmentedWalker: PageWalking, @unchecked Sendable {
    // Used by one iterating task at a time (an AsyncIterator is not shared), hence unchecked.
    private let s: PageSequence
    private let filter: String
    private let sorted: Bool
    private var streams: [KeysetWalker] = []
    private var inFlight: [Int: Task<Void, Never>] = [:]
    private let arrivals = Arrivals()
    private var started = false
    private var finished = false
    private var delivered = 0

    init(sequence: PageSequence, filter: String, sorted: Bool) {
        s = sequence
        self.filter = filter
        self.sorted = sorted
    }

    deinit {
        for task in inFlight.values { task.cancel() }
    }

    func next() async throws -> Page? {
        if finished { return nil }
        if !started {
            started = true
            try await startStreams()
        }
        while !inFlight.isEmpty {
            let (k, result) = await arrivals.next()
            inFlight[k] = nil
            switch result {
            case .failure(let error):
                finish()
                throw error
            case .success(nil):
                continue
            case .success(let page?):
                fetch(k)
                return trimmed(page)
            }
        }
        finished = true
        return nil
    }

    /// The page cut to `maxItems`; the walk ends there.
    private func trimmed(_ page: Page) -> Page? {
        var entries = page.entries
        if let max = s.options.maxItems, delivered + entries.count >= max {
            entries = Array(entries.prefix(max - delivered))
            finish()
        }
        delivered += entries.count
        return Page(offset: delivered - entries.count, text: page.text, entries: entries, count: nil,
                    position: WalkPosition(offset: 0, delivered: delivered))
    }

    private func finish() {
        finished = true
        for task in inFlight.values { task.cancel() }
        inFlight.removeAll()
    }

    /// Finds the first and last ids, cuts the range, and starts a stream per span.
    private func startStreams() async throws {
        guard let first = try await endKey(last: false), let last = try await endKey(last: true),
              let lo = Int64(KeyOrder.text(first) ?? ""), let hi = Int64(KeyOrder.text(last) ?? "")
        else { return }  // an empty list, or keys that are no integers: nothing to split
        let n = Int64(max(1, s.options.segments))
        let span = hi - lo + 1
        let starts = (0..<n).map { k in lo + (span / n) * k + (span % n) * k / n }
        var whole = s
        whole.options = PaginationOptions(pageSize: s.options.pageSize, walk: .keyset)
        for (k, start) in starts.enumerated() {
            let until: Int64? = k + 1 < starts.count ? starts[k + 1] : nil
            if let until, until <= start { continue }  // fewer ids than segments
            let after: APIValue? = k == 0 ? nil : keyValue(start - 1, like: first)
            streams.append(KeysetWalker(sequence: whole, filter: filter, sorted: sorted, after: after,
                                        until: until.map { keyValue($0, like: first) }))
        }
        for k in streams.indices { fetch(k) }
    }

    /// A key as the list writes it: a number, or a string for lists whose ids are strings.
    private func keyValue(_ n: Int64, like sample: APIValue) -> APIValue {
        if case .string = sample { return .string(String(n)) }
        return .int(n)
    }

    /// The first or last id of the list with the caller's filters: sorted by id where the list
    /// sorts, else the first item and the one at `count - 1`.
    private func endKey(last: Bool) async throws -> APIValue? {
        var p = s.parameters
        if sorted {
            p["sort_by"] = .string(last ? "id:desc" : "id:asc")
            return try await PageWalker.fetch(s.client, s.operationID, s.collectionKey, p, offset: 0, limit: 1, logger: s.logger).entries.first?.id
        }
        let head = try await PageWalker.fetch(s.client, s.operationID, s.collectionKey, p, offset: 0, limit: 1, logger: s.logger)
        guard last else { return head.entries.first?.id }
        guard let count = head.count, count > 0 else { return head.entries.first?.id }
        let tail = try await PageWalker.fetch(s.client, s.operationID, s.collectionKey, p, offset: Int(count - 1), limit: 1, logger: s.logger)
        return tail.entries.first?.id ?? head.entries.first?.id
    }

    /// Starts stream k's next page; its outcome arrives in `arrivals`.
    private func fetch(_ k: Int) {
        let stream = streams[k], arrivals = self.arrivals
        inFlight[k] = Task {
            do {
                // Two statements: Swift 6.3.1 -O miscompiles a result built inside `do` in a Task.
                let page = try await stream.next()
                arrivals.deliver(k, .success(page))
            } catch {
                arrivals.deliver(k, .failure(error))
            }
        }
    }
}

/// Pages arriving from several streams, taken in the order they came.
private final class Arrivals: Sendable {
    private struct State {
        var ready: [(Int, Result<Page?, any Error>)] = []
        var waiter: CheckedContinuation<(Int, Result<Page?, any Error>), Never>?
    }

    private let state = Mutex(State())

    func deliver(_ k: Int, _ result: Result<Page?, any Error>) {
        let waiter = state.withLock { state -> CheckedContinuation<(Int, Result<Page?, any Error>), Never>? in
            if let w = state.waiter {
                state.waiter = nil
                return w
            }
            state.ready.append((k, result))
            return nil
        }
        waiter?.resume(returning: (k, result))
    }

    func next() async -> (Int, Result<Page?, any Error>) {
        await withCheckedContinuation { continuation in
            let ready = state.withLock { state -> (Int, Result<Page?, any Error>)? in
                if !state.ready.isEmpty { return state.ready.removeFirst() }
                state.waiter = continuation
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }
}
