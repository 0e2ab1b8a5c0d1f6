import CLua
import CLuaShim
import Lua

/// A minimal completer: the dotted name before the cursor (`prin`, `string.fo`,
/// `nodeum.tapes:li`) against the global table and the tables it leads to, read with raw
/// accesses only (no metamethod runs, no request is sent). After `:` only functions are
/// offered. The replaced text starts at the beginning of the dotted name.
public final class GlobalNameCompleter: LineCompleter {
    private let state: LuaState

    /// A completer over `state`'s globals; use it on the Lua thread, between chunks.
    public init(state: LuaState) { self.state = state }

    /// Completes the dotted name ending at `cursor` (a byte offset); nothing after a number.
    public func complete(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        let bytes = Array(line.utf8.prefix(cursor))
        var start = bytes.count
        while start > 0, Self.isNamePart(bytes[start - 1]) { start -= 1 }
        let word = String(decoding: bytes[start...], as: UTF8.self)
        guard word.first.map({ !$0.isNumber && $0 != "." && $0 != ":" }) ?? true else { return (cursor, []) }
        return (start, candidates(for: word))
    }

    /// Full replacements for a dotted name: its last part completed among the keys of the
    /// table its other parts name.
    func candidates(for word: String) -> [String] {
        let separator = word.lastIndex { $0 == "." || $0 == ":" }
        let path = separator.map { String(word[..<$0]) } ?? ""
        let prefix = separator.map { String(word[word.index(after: $0)...]) } ?? word
        let methodsOnly = separator.map { word[$0] == ":" } ?? false
        guard !path.contains(":") else { return [] }
        let L = state.L
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        nodeum_pushglobaltable(L)
        for part in path.isEmpty ? [] : path.split(separator: ".", omittingEmptySubsequences: false) {
            guard lua_type(L, -1) == LUA_TTABLE else { return [] }
            String(part).push(to: L)
            lua_rawget(L, -2)
            nodeum_remove(L, -2)
        }
        guard lua_type(L, -1) == LUA_TTABLE else { return [] }
        var names: [String] = []
        lua_pushnil(L)
        while lua_next(L, -2) != 0 {
            if lua_type(L, -2) == LUA_TSTRING, !methodsOnly || lua_type(L, -1) == LUA_TFUNCTION,
               let key = nodeum_tolstring(L, -2, nil).map({ String(cString: $0) }),
               key.hasPrefix(prefix), Self.isIdentifier(key) {
                names.append(key)
            }
            nodeum_pop(L, 1)
        }
        let head = separator.map { String(word[...$0]) } ?? ""
        return names.sorted().map { head + $0 }
    }

    /// A byte of a dotted name: identifier characters, `.` and `:`.
    private static func isNamePart(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":")
            || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }

    /// True for a Lua identifier (keys that are not need brackets and are not offered).
    private static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else { return false }
        return name.utf8.allSatisfy { isNamePart($0) && $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: ":") }
    }
}
