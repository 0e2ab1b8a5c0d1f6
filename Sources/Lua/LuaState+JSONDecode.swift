import CJSON
import CLua
import CLuaShim

/// Why JSON bytes did not become a Lua value.
public enum JSONDecodeFailure: Error, Sendable, Equatable {
    /// Not JSON: the byte where reading stopped (from 0) and what was wrong there.
    case invalid(offset: Int, message: String)
    /// Valid JSON nested deeper than `LuaState.maxJSONDepth` levels.
    case tooDeep
    /// Lua failed while building (out of memory): its message.
    case lua(String)

    /// As the JSON module and the client say it: `invalid JSON at byte N: what` (N from 1).
    public var description: String {
        switch self {
        case .invalid(let offset, let message): "invalid JSON at byte \(offset + 1): \(message)"
        case .tooDeep: "JSON nested deeper than \(LuaState.maxJSONDepth) levels"
        case .lua(let message): message
        }
    }
}

/// JSON bytes straight into Lua tables, by the rules written in `LuaState+JSON.swift`, with
/// no tree between: the one decoder behind `json.decode` and the API's answers (C:
/// `CLuaShim/nodeum_json_lua.c` over the grammar of `CJSON`). It runs in a protected call.
extension LuaState {
    /// Pushes the value `text` holds onto L (nil for a top-level null). `strictUTF8`: text
    /// that is not UTF-8 is refused (`json.decode`); otherwise ill-formed sequences inside
    /// strings become U+FFFD, as the Swift client reads answers.
    public static func pushJSON(_ L: OpaquePointer, text: UnsafeRawBufferPointer, strictUTF8: Bool) throws(JSONDecodeFailure) {
        var error = nj_error()
        let base = text.baseAddress?.assumingMemoryBound(to: CChar.self)
        let status = nodeum_json_decode(
            L, base, text.count, strictUTF8 ? Int32(NODEUM_JSON_STRICT_UTF8) : 0, arrayMetatableName, jsonNull, &error)
        try check(status, error, L)
    }

    /// Pushes an array (marked as one) of the JSON values at `ranges` of `text`: the items of
    /// a page the client has skimmed. Strings are read as answers are (ill-formed UTF-8 repaired).
    public static func pushJSONArray(_ L: OpaquePointer, text: UnsafeRawBufferPointer, ranges: [Range<Int>]) throws(JSONDecodeFailure) {
        var error = nj_error()
        let slices = ranges.map { nodeum_json_range(start: $0.lowerBound, length: $0.count) }
        let base = text.baseAddress?.assumingMemoryBound(to: CChar.self)
        let status = slices.withUnsafeBufferPointer {
            nodeum_json_decode_items(L, base, $0.baseAddress, $0.count, 0, arrayMetatableName, jsonNull, &error)
        }
        try check(status, error, L)
    }

    private static func check(_ status: Int32, _ error: nj_error, _ L: OpaquePointer) throws(JSONDecodeFailure) {
        switch Int(status) {
        case Int(NODEUM_JSON_OK): return
        case Int(NODEUM_JSON_INVALID):
            var e = error
            throw .invalid(offset: error.offset, message: String(cString: nj_error_text(&e)))
        case Int(NODEUM_JSON_TOO_DEEP): throw .tooDeep
        default:
            let message = string(L, at: -1) ?? "not enough memory"
            nodeum_pop(L, 1)
            throw .lua(message)
        }
    }
}

extension LuaCall {
    /// Argument i's bytes where Lua holds them, when it is a string or a number (converted in
    /// place, as `luaL_checklstring` does); nil otherwise. Valid while the argument stays on
    /// the stack.
    public func bytesIfString(_ i: Int32) -> UnsafeRawBufferPointer? {
        guard lua_type(L, i) == LUA_TSTRING || lua_type(L, i) == LUA_TNUMBER else { return nil }
        var length = 0
        guard let start = nodeum_tolstring(L, i, &length) else { return nil }
        return UnsafeRawBufferPointer(start: start, count: length)
    }
}
