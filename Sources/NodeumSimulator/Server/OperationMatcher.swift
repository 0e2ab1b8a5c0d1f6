import NodeumAPI

/// Finds the catalog operation a method and raw path name, with its decoded path parameters.
///
/// Matching is done here rather than in Hummingbird's trie because the spec puts parameters
/// of different names at the same position (`/files/{file_id}` and
/// `/files/{file_parent_id}/children`), because a constant must win over a parameter
/// (`/tape_libraries/-/devices`), because a path that exists under another method must answer
/// 405 rather than 404, and because each segment must be decoded only after splitting, so
/// that a name holding `%2F` stays one parameter.
struct OperationMatcher: Sendable {
    /// The result of a match.
    enum Match {
        case found(APIOperation, [String: String])
        /// The path exists but not with this method; the methods it has.
        case methodNotAllowed([String])
        case notFound
    }

    private enum Segment: Sendable, Equatable {
        case constant(String)
        case parameter(String)
    }

    private struct Route: Sendable {
        let operation: APIOperation
        let segments: [Segment]
    }

    private let routesByLength: [Int: [Route]]

    init(operations: [APIOperation]) {
        var table: [Int: [Route]] = [:]
        for op in operations {
            let segments = op.pathTemplate.split(separator: "/").map { part -> Segment in
                part.hasPrefix("{") && part.hasSuffix("}")
                    ? .parameter(String(part.dropFirst().dropLast())) : .constant(String(part))
            }
            table[segments.count, default: []].append(Route(operation: op, segments: segments))
        }
        routesByLength = table
    }

    /// Matches `path`, the part of the raw (still percent-encoded) URL path after `/api/v2`.
    func match(method: String, path: String) -> Match {
        let raw = path.split(separator: "/", omittingEmptySubsequences: true)
        let parts = raw.map { String($0).removingPercentEncodingLeniently }
        var best: (route: Route, score: [Bool])?
        var allowed: Set<String> = []
        for route in routesByLength[parts.count] ?? [] {
            guard let score = Self.score(route.segments, parts) else { continue }
            allowed.insert(route.operation.method.rawValue)
            guard route.operation.method.rawValue == method else { continue }
            if best == nil || Self.prefers(score, over: best!.score) { best = (route, score) }
        }
        guard let best else {
            return allowed.isEmpty ? .notFound : .methodNotAllowed(allowed.sorted())
        }
        var params: [String: String] = [:]
        for (segment, part) in zip(best.route.segments, parts) {
            if case .parameter(let name) = segment { params[name] = part }
        }
        return .found(best.route.operation, params)
    }

    /// For each position, whether a constant matched there; nil when the route does not match.
    private static func score(_ segments: [Segment], _ parts: [String]) -> [Bool]? {
        var score: [Bool] = []
        for (segment, part) in zip(segments, parts) {
            switch segment {
            case .constant(let c):
                guard c == part else { return nil }
                score.append(true)
            case .parameter:
                guard !part.isEmpty else { return nil }
                score.append(false)
            }
        }
        return score
    }

    /// Constants win over parameters, the earliest position deciding.
    private static func prefers(_ a: [Bool], over b: [Bool]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x }
        return false
    }
}

extension String {
    /// Percent-decodes the string; invalid escapes are kept as they are.
    var removingPercentEncodingLeniently: String {
        guard contains("%") || contains("+") else { return self }
        var bytes: [UInt8] = []
        let utf8 = Array(self.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "%"), i + 2 < utf8.count,
                let hi = Self.hex(utf8[i + 1]), let lo = Self.hex(utf8[i + 2])
            {
                bytes.append(hi << 4 | lo)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
