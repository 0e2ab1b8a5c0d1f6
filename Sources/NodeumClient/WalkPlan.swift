import NodeumAPI

/// How a list is walked: by `offset`, or by key (`id` above the last one seen, sorted by
/// `id`), which is exact at any depth and immune to inserts and deletes elsewhere.
public enum WalkMode: String, Sendable, Equatable, CaseIterable {
    /// Keyset where the operation filters and sorts on `id` and the caller set neither; offset otherwise.
    case auto
    /// By key; refused before any request where the operation cannot do it.
    case keyset
    /// By `limit`/`offset`.
    case offset
}

/// The walk chosen for one list: offset, or keyset on a key filter (`id`, or `file_id` for the
/// file listings, which take no `sort_by` and are walked in the server's own order, checked).
public enum WalkPlan: Sendable, Equatable {
    case offset
    case keyset(filter: String, sorted: Bool)

    /// What a walk does, for `help` on a cursor.
    public var description: String {
        switch self {
        case .offset: "by offset (limit/offset pages; items inserted or deleted meanwhile shift the pages after them)"
        case .keyset(let filter, true):
            "by key: \(filter) above the last one seen, sorted by id (exact at any depth; ids checked to increase)"
        case .keyset(let filter, false):
            "by key: \(filter) above the last one seen, in the server's own order (no sort_by here; ids checked to increase)"
        }
    }

    /// The plan for `mode` on an operation with the caller's parameters; throws for keyset where
    /// it cannot be, naming why.
    public static func choose(_ mode: WalkMode, operation op: APIOperation, parameters: [String: APIValue]) throws -> WalkPlan {
        let hasID = op.parameter(named: "id")?.location == .query
        let hasSort = op.parameter(named: "sort_by")?.location == .query
        let fileKey = !hasID && op.parameter(named: "file_id")?.location == .query
        let why: String?
        if !op.isPaginated {
            why = "it answers every item at once (no limit/offset)"
        } else if !hasID && !fileKey {
            why = "it takes no 'id' filter"
        } else if parameters["sort_by"] != nil {
            why = "the walk sorts by id, and sort_by is set"
        } else if parameters[hasID ? "id" : "file_id"] != nil {
            why = "the walk filters on '\(hasID ? "id" : "file_id")', and that filter is set"
        } else {
            why = nil
        }
        switch mode {
        case .offset:
            return .offset
        case .auto:
            // Only where the server sorts by id as asked: the file listings' own order is not promised.
            return why == nil && hasID && hasSort ? .keyset(filter: "id", sorted: true) : .offset
        case .keyset:
            if let why {
                throw NodeumClientError.invalidRequest("walk = \"keyset\" is impossible for \(op.id): \(why)", operationID: op.id)
            }
            return .keyset(filter: hasID ? "id" : "file_id", sorted: hasSort)
        }
    }
}

extension WalkPlan {
    /// The plan for a walk with these options (`walk`, `segments`), or why there is none.
    public static func choose(_ options: PaginationOptions, operation op: APIOperation, parameters: [String: APIValue]) throws -> WalkPlan {
        guard options.segments > 1 else { return try choose(options.walk, operation: op, parameters: parameters) }
        let plan: WalkPlan
        do { plan = try choose(options.effectiveWalk, operation: op, parameters: parameters) } catch var error as NodeumClientError {
            error.description = error.description.replacingOccurrences(
                of: "walk = \"keyset\" is impossible", with: "segments = \(options.segments) is impossible")
            throw error
        }
        try checkSegments(plan, options: options, operation: op, parameters: parameters)
        return plan
    }

    /// Throws when a walk cannot be split into segments, naming why: segments are keyset
    /// streams, delivered in no order, so `skip` and a checkpoint's one position do not apply.
    public static func checkSegments(_ plan: WalkPlan, options: PaginationOptions, operation op: APIOperation, parameters: [String: APIValue]) throws {
        func refuse(_ why: String) -> NodeumClientError {
            NodeumClientError.invalidRequest("segments = \(options.segments) is impossible for \(op.id): \(why)", operationID: op.id)
        }
        guard case .keyset = plan else {
            throw refuse("segments are keyset walks, and walk = \"\(options.walk.rawValue)\" is asked")
        }
        if options.startOffset > 0 || options.resume != nil {
            throw refuse("segments deliver in no order, so a skip or a checkpoint has no place to start")
        }
    }
}

/// Where a walk stands after a page: what a checkpoint records to resume it.
public struct WalkPosition: Sendable, Equatable {
    /// The last key delivered (keyset walks).
    public var after: APIValue?
    /// The offset of the next page (offset walks).
    public var offset: Int
    /// Items delivered so far.
    public var delivered: Int

    public init(after: APIValue? = nil, offset: Int = 0, delivered: Int = 0) {
        self.after = after
        self.offset = offset
        self.delivered = delivered
    }
}

/// Keys in the order a keyset walk needs: numbers as numbers, ids sent as strings (task
/// executions' ids are beyond 2^53) as the decimal numbers they hold.
enum KeyOrder {
    /// The key as the filter writes it.
    static func text(_ key: APIValue) -> String? {
        switch key {
        case .int(let i): String(i)
        case .string(let s) where !s.isEmpty: s
        default: nil
        }
    }

    /// True when `a` comes strictly before `b`.
    static func precedes(_ a: APIValue, _ b: APIValue) -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        guard let x = text(a), let y = text(b) else { return false }
        let negative = (x.hasPrefix("-"), y.hasPrefix("-"))
        if negative.0 != negative.1 { return negative.0 }
        if x.count != y.count { return negative.0 ? x.count > y.count : x.count < y.count }
        return negative.0 ? x > y : x < y
    }
}
