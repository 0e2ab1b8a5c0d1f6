/// Lua's names as its lexer (`llex.c`) has them: what may follow `.` unquoted.
public enum LuaSyntax {
    /// The reserved words.
    public static let keywords: Set<String> = [
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
        "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
    ]

    /// A byte that may start a name: an ASCII letter or `_`.
    public static func isNameStart(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || c == UInt8(ascii: "_")
    }

    /// A byte that may continue a name: a letter, `_` or a digit.
    public static func isNameByte(_ c: UInt8) -> Bool { isNameStart(c) || isDigit(c) }

    /// An ASCII digit.
    public static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    /// True for a string Lua accepts as a name after `.` (an identifier, not a keyword).
    public static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.utf8.first, isNameStart(first), s.utf8.allSatisfy(isNameByte) else { return false }
        return !keywords.contains(s)
    }
}
