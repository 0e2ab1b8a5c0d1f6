/// "Did you mean" for misspelt names: the one rule every message uses (operation ids,
/// collections, filters, enum values, profile keys, command-line options).
public enum Suggestion {
    /// Up to `count` candidates near `name`, closest first. A candidate that `name` begins
    /// counts as one edit away (`tape` → `tapes`); near means at most max(2, a third of the
    /// name's length) edits, ignoring case. When none is near, a candidate containing the name.
    public static func closest(to name: String, among candidates: [String], count: Int = 3) -> [String] {
        guard !name.isEmpty else { return [] }
        let lowered = name.lowercased()
        let limit = max(2, lowered.count / 3)
        let scored = candidates.map { candidate -> (name: String, score: Int, edits: Int) in
            let c = candidate.lowercased()
            let d = distance(lowered, c)
            return (candidate, c.hasPrefix(lowered) ? min(d, 1) : d, d)
        }
        let near = scored.filter { $0.score <= limit }
            .sorted { ($0.score, $0.edits, $0.name) < ($1.score, $1.edits, $1.name) }
            .prefix(count).map(\.name)
        if !near.isEmpty { return Array(near) }
        return candidates.first { $0.lowercased().contains(lowered) }.map { [$0] } ?? []
    }

    /// The one candidate nearest to `name`, if near enough to be a likely typo.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        closest(to: name, among: candidates, count: 1).first
    }

    /// Levenshtein distance between two texts, by characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
