import Logging
import NodeumAPI

/// How to walk a list: page size, how many items at most, where to start, pages in flight.
public struct PaginationOptions: Sendable, Equatable {
    /// The `limit` asked for each page (the server may answer fewer).
    public var pageSize: Int
    /// Stop after this many items; nil for all.
    public var maxItems: Int?
    /// The `offset` of the first page.
    public var startOffset: Int
    /// Pages in flight at once once the total is known; 1 fetches one after the other.
    public var concurrency: Int

    /// Keyset, offset, or keyset where exact (`auto`).
    public var walk: WalkMode
    /// Where a walk resumes (a checkpoint's position); nil to start at the beginning.
    public var resume: WalkPosition?
    /// Keyset streams over disjoint id ranges walked at once (1: one stream).
    public var segments: Int

    /// The walk asked for; segments are keyset streams, so `auto` with segments means keyset.
    public var effectiveWalk: WalkMode { segments > 1 && walk == .auto ? .keyset : walk }

    public init(
        pageSize: Int = 1000, maxItems: Int? = nil, startOffset: Int = 0, concurrency: Int = 1, walk: WalkMode = .auto,
        resume: WalkPosition? = nil, segments: Int = 1
    ) {
        self.segments = max(1, segments)
        self.pageSize = max(1, pageSize)
        self.maxItems = maxItems.map { max(0, $0) }
        self.startOffset = max(0, startOffset)
        self.concurrency = max(1, concurrency)
        self.walk = walk
        self.resume = resume
    }
}

/// One page of a list: where it starts, its items, and the server's `count`. The items stay
/// the bytes the server sent (`text`, `entries`) until they are used: `items` parses them.
public struct Page: Sendable {
    /// The `offset` this page was asked at.
    public let offset: Int
    /// The answer as it came.
    public let text: PageText
    /// Where each item sits in `text`, and its id.
    public let entries: [PageEntry]
    /// The page's `count` as the server sent it (the total, or the page's length, per server).
    public let count: Int64?
    /// Where the walk stands once this page is delivered.
    public let position: WalkPosition

    /// The items as values (parsed from `text` at each call).
    public var items: [APIValue] { entries.map { text.value(at: $0.range) } }

    init(offset: Int, text: PageText, entries: [PageEntry], count: Int64?, position: WalkPosition? = nil) {
        self.offset = offset
        self.text = text
        self.entries = entries
        self.count = count
        self.position = position ?? WalkPosition(offset: offset + entries.count)
    }

    /// The same answer with other entries (cut, screened), at another offset or position.
    func with(entries: [PageEntry], offset: Int? = nil, position: WalkPosition? = nil) -> Page {
        Page(offset: offset ?? self.offset, text: text, entries: entries, count: count, position: position)
    }
}

/// A walk through a list, page after page.
protocol PageWalking: AnyObject, Sendable {
    func next() async throws -> Page?
}

extension NodeumClient {
    /// The pages of a list operation, fetched lazily with `limit`/`offset`. Throws at once for an
    /// operation that is no list, or parameters `call` would refuse.
    public func pages(
        _ operationID: String, _ parameters: [String: APIValue] = [:], options: PaginationOptions = PaginationOptions(),
        logger: Logger? = nil
    ) throws -> PageSequence {
        guard let op = APICatalog.operation(operationID) else {
            _ = try PreparedRequest.forOperation(operationID, parameters: parameters)
            throw NodeumClientError.invalidRequest("unknown operation '\(operationID)'")
        }
        guard let key = op.collectionKey else {
            throw NodeumClientError.invalidRequest("\(op.id) is not a list operation: it answers no collection page", operationID: op.id)
        }
        for name in ["limit", "offset"] where parameters[name] != nil {
            throw NodeumClientError.invalidRequest(
                "'\(name)' is set by the pagination; use the page size and start offset options instead", operationID: op.id)
        }
        // Validate the filters now, with a placeholder page, so a typo fails before the first request.
        var probe = parameters
        if op.isPaginated { probe["limit"] = 1; probe["offset"] = 0 }
        _ = try PreparedRequest.forOperation(op.id, parameters: probe)
        let plan = try WalkPlan.choose(options, operation: op, parameters: parameters)
        return PageSequence(
            client: self, operationID: op.id, collectionKey: key, paginated: op.isPaginated, parameters: parameters,
            options: options, plan: plan, logger: logger ?? self.logger)
    }

    /// Checks the parameters of a call without sending anything: throws what `call` would throw
    /// before sending (unknown operation or parameter, missing path value, value of the wrong
    /// type). For a paginated list, `limit` and `offset` are taken as given by the pagination.
    public static func validate(_ operationID: String, _ parameters: [String: APIValue], paginated: Bool = false) throws {
        var probe = parameters
        if paginated, let op = APICatalog.operation(operationID), op.isPaginated {
            probe["limit"] = probe["limit"] ?? 1
            probe["offset"] = probe["offset"] ?? 0
        }
        _ = try PreparedRequest.forOperation(operationID, parameters: probe)
    }

    /// The items of a list operation, page after page (see `pages`).
    public func items(
        _ operationID: String, _ parameters: [String: APIValue] = [:], options: PaginationOptions = PaginationOptions(),
        logger: Logger? = nil
    ) throws -> ItemSequence {
        ItemSequence(pages: try pages(operationID, parameters, options: options, logger: logger))
    }

    /// The number of items a list holds, from one request for a single item; nil when the
    /// server's `count` is only the page's length.
    public func total(_ operationID: String, _ parameters: [String: APIValue] = [:], logger: Logger? = nil) async throws -> Int64? {
        var p = parameters
        p["limit"] = 1
        p["offset"] = 0
        let page = try await call(operationID, p, logger: logger)
        guard let count = page?["count"]?.intValue else { return nil }
        if count > 1 { return count }
        let key = APICatalog.operation(operationID)?.collectionKey ?? ""
        let n = Int64(page?[key]?.arrayValue?.count ?? 0)
        // count 0 or 1 with as many items: the total unless the server counts pages; ask once more.
        if n == 0 { return 0 }
        p["offset"] = 1
        let next = try await call(operationID, p, logger: logger)
        return (next?[key]?.arrayValue?.isEmpty ?? true) ? 1 : nil
    }
}

/// The pages of a list, as an `AsyncSequence`.
public struct PageSequence: AsyncSequence, Sendable {
    public typealias Element = Page
    let client: NodeumClient
    let operationID: String
    let collectionKey: String
    let paginated: Bool
    let parameters: [String: APIValue]
    var options: PaginationOptions
    /// How it walks.
    public let plan: WalkPlan
    let logger: Logger

    public func makeAsyncIterator() -> AsyncIterator {
        switch plan {
        case .offset: AsyncIterator(walker: PageWalker(sequence: self))
        case .keyset(let filter, let sorted) where options.segments > 1:
            AsyncIterator(walker: SegmentedWalker(sequence: self, filter: filter, sorted: sorted))
        case .keyset(let filter, let sorted): AsyncIterator(walker: KeysetWalker(sequence: self, filter: filter, sorted: sorted))
        }
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let walker: any PageWalking
        public mutating func next() async throws -> Page? { try await walker.next() }
    }
}

/// The items of a list, as an `AsyncSequence`.
public struct ItemSequence: AsyncSequence, Sendable {
    public typealias Element = APIValue
    public let pages: PageSequence

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator())
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: PageSequence.AsyncIterator
        var current: [APIValue] = []
        var index = 0

        public mutating func next() async throws -> APIValue? {
            while index == current.count {
                guard let page = try await pages.next() else { return nil }
                current = page.items
                index = 0
            }
            defer { index += 1 }
            return current[index]
        }
    }
}
