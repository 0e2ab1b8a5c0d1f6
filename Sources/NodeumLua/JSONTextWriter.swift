import NodeumClient

/// JSON text of an API value for `json.encode`: compact, or pretty with one item per line.
/// Object keys are written sorted by their UTF-8 bytes (not by Swift's `<`, which compares
/// canonically equivalent forms alike), so the text depends on the value alone. Scalars,
/// `[]` and `{}` are written by `APIValue`'s own serializer.
struct JSONTextWriter {
    /// Spaces per level of a pretty text; nil for compact text.
    let indent: Int?
    /// The text so far.
    private(set) var bytes: [UInt8] = []

    init(indent: Int?) { self.indent = indent }

    mutating func write(_ value: APIValue, level: Int = 0) {
        switch value {
        case .array(let elements) where !elements.isEmpty:
            bytes.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(level: level + 1)
                write(element, level: level + 1)
            }
            newline(level: level)
            bytes.append(UInt8(ascii: "]"))
        case .object(let object) where !object.isEmpty:
            bytes.append(UInt8(ascii: "{"))
            let members = object.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (i, member) in members.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(level: level + 1)
                bytes.append(contentsOf: APIValue.string(member.key).serializedBytes())
                bytes.append(UInt8(ascii: ":"))
                if indent != nil { bytes.append(UInt8(ascii: " ")) }
                write(member.value, level: level + 1)
            }
            newline(level: level)
            bytes.append(UInt8(ascii: "}"))
        default:
            bytes.append(contentsOf: value.serializedBytes())
        }
    }

    /// A line break and the indentation of `level`, in pretty text only.
    private mutating func newline(level: Int) {
        guard let indent else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
    }
}
