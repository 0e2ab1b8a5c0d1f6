import Lua

/// One token of Lua source, as far as completion needs it.
struct LuaToken: Equatable {
    enum Kind: Equatable {
        /// A name or a keyword (`nodeum`, `local`).
        case name
        /// A short or long string literal; `text` holds its content.
        case string
        case number
        /// Punctuation and operators (`.`, `:`, `{`, `==`, `...`).
        case symbol
        /// A byte Lua has no token for (`$`, `?`, non-ASCII outside strings).
        case other
    }

    let kind: Kind
    /// The name, symbol or number as written; a string's content (escapes of quotes undone).
    let text: String
    /// UTF-8 byte offsets of the token in the line.
    let start: Int
    let end: Int

    /// True for the given symbol.
    func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }

    /// True for a name that is not a keyword (what can be a variable or a field).
    var isIdentifier: Bool { kind == .name && !LuaTokenizer.keywords.contains(text) }
}

/// A small Lua lexer over the text before the cursor: tokens, and whether the text ends in
/// the middle of a string or a comment. Never fails: what Lua would reject becomes `.other`.
enum LuaTokenizer {
    /// How the text ends.
    enum Tail: Equatable {
        /// In code: the last token (if any) is complete or a name being typed.
        case code
        /// Inside a short string opened by `quote` at byte `start`, with `content` so far.
        case openString(quote: UInt8, start: Int, content: String)
        /// Inside a comment or a long string: nothing to complete.
        case inert
    }

    /// Lua 5.4's reserved words.
    static var keywords: Set<String> { LuaSyntax.keywords }

    private static let longSymbols = ["...", "..", "::", "==", "~=", "<=", ">=", "//", "<<", ">>"]

    /// Tokens of `bytes` and how the text ends.
    static func tokenize(_ bytes: [UInt8]) -> (tokens: [LuaToken], tail: Tail) {
        var tokens: [LuaToken] = []
        var i = 0
        let n = bytes.count
        func text(_ a: Int, _ b: Int) -> String { String(decoding: bytes[a..<b], as: UTF8.self) }
        while i < n {
            let c = bytes[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C {
                i += 1
            } else if c == UInt8(ascii: "-") && i + 1 < n && bytes[i + 1] == UInt8(ascii: "-") {
                // A comment: long when a long bracket follows, else to the end of the line.
                if let level = longBracketLevel(bytes, at: i + 2) {
                    guard let close = longBracketEnd(bytes, from: i + 2 + level + 2, level: level) else { return (tokens, .inert) }
                    i = close
                } else {
                    guard let newline = bytes[(i + 2)...].firstIndex(of: 0x0A) else { return (tokens, .inert) }
                    i = newline + 1
                }
            } else if isNameStart(c) {
                let start = i
                while i < n && isNameByte(bytes[i]) { i += 1 }
                tokens.append(LuaToken(kind: .name, text: text(start, i), start: start, end: i))
            } else if isDigit(c) || (c == UInt8(ascii: ".") && i + 1 < n && isDigit(bytes[i + 1])) {
                let start = i
                i += 1
                while i < n {
                    let b = bytes[i]
                    let exponent = (b == UInt8(ascii: "+") || b == UInt8(ascii: "-"))
                        && [UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "p"), UInt8(ascii: "P")].contains(bytes[i - 1])
                    guard isNameByte(b) || b == UInt8(ascii: ".") || exponent else { break }
                    i += 1
                }
                tokens.append(LuaToken(kind: .number, text: text(start, i), start: start, end: i))
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                let start = i
                var content: [UInt8] = []
                i += 1
                var closed = false
                while i < n {
                    let b = bytes[i]
                    if b == c { closed = true; i += 1; break }
                    if b == 0x0A { break }
                    if b == UInt8(ascii: "\\") && i + 1 < n {
                        content.append(bytes[i + 1])
                        i += 2
                        continue
                    }
                    content.append(b)
                    i += 1
                }
                let value = String(decoding: content, as: UTF8.self)
                if !closed && i >= n { return (tokens, .openString(quote: c, start: start, content: value)) }
                tokens.append(LuaToken(kind: closed ? .string : .other, text: value, start: start, end: i))
            } else if c == UInt8(ascii: "["), let level = longBracketLevel(bytes, at: i) {
                let start = i
                let bodyStart = i + level + 2
                guard let close = longBracketEnd(bytes, from: bodyStart, level: level) else { return (tokens, .inert) }
                tokens.append(LuaToken(kind: .string, text: text(bodyStart, close - level - 2), start: start, end: close))
                i = close
            } else if let symbol = longSymbols.first(where: { matches(bytes, at: i, $0) }) {
                tokens.append(LuaToken(kind: .symbol, text: symbol, start: i, end: i + symbol.utf8.count))
                i += symbol.utf8.count
            } else if c < 0x80, "+-*/%^#&~|<>=(){}[];:,.".utf8.contains(c) {
                tokens.append(LuaToken(kind: .symbol, text: text(i, i + 1), start: i, end: i + 1))
                i += 1
            } else {
                tokens.append(LuaToken(kind: .other, text: text(i, i + 1), start: i, end: i + 1))
                i += 1
            }
        }
        return (tokens, .code)
    }

    /// The level of a long bracket opening at `i` (`[[` is 0, `[==[` is 2), or nil.
    private static func longBracketLevel(_ bytes: [UInt8], at i: Int) -> Int? {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return nil }
        var j = i + 1
        while j < bytes.count && bytes[j] == UInt8(ascii: "=") { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: "[") else { return nil }
        return j - i - 1
    }

    /// The offset just past the long bracket of `level` closing at or after `from`, or nil.
    private static func longBracketEnd(_ bytes: [UInt8], from: Int, level: Int) -> Int? {
        var i = from
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "]") {
                var j = i + 1
                while j < bytes.count && bytes[j] == UInt8(ascii: "=") { j += 1 }
                if j < bytes.count && bytes[j] == UInt8(ascii: "]") && j - i - 1 == level { return j + 1 }
            }
            i += 1
        }
        return nil
    }

    private static func matches(_ bytes: [UInt8], at i: Int, _ s: String) -> Bool {
        let u = Array(s.utf8)
        return i + u.count <= bytes.count && Array(bytes[i..<i + u.count]) == u
    }

    static func isNameStart(_ c: UInt8) -> Bool { LuaSyntax.isNameStart(c) }

    static func isNameByte(_ c: UInt8) -> Bool { LuaSyntax.isNameByte(c) }

    static func isDigit(_ c: UInt8) -> Bool { LuaSyntax.isDigit(c) }

    /// True for a string Lua accepts as a name after `.` (an identifier, not a keyword).
    static func isIdentifier(_ s: String) -> Bool { LuaSyntax.isIdentifier(s) }
}
