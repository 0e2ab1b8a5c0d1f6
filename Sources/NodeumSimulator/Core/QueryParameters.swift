/// The decoded query string of a request, in order; a repeated key keeps every value.
struct QueryParameters: Sendable {
    private(set) var items: [(name: String, value: String)] = []

    init(_ items: [(String, String)] = []) {
        self.items = items.map { (name: $0.0, value: $0.1) }
    }

    /// Parses a raw query string (`a=1&b=%3E2`), `+` standing for a space.
    init(raw: String?) {
        guard let raw, !raw.isEmpty else { return }
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in s.replacingOccurrences(of: "+", with: " ").removingPercentEncodingLeniently }
            items.append((decode(parts[0]), parts.count > 1 ? decode(parts[1]) : ""))
        }
    }

    /// The last value given for `name`.
    subscript(name: String) -> String? { items.last { $0.name == name }?.value }

    var names: [String] { items.map(\.name) }
}

extension Substring {
    fileprivate func replacingOccurrences(of a: Character, with b: Character) -> String {
        String(map { $0 == a ? b : $0 })
    }
}
