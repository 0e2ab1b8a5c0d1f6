import CLua
import CLuaShim
import Lua

extension JSONModule {
    /// How `json.encode` lays its text out, read from its options table (argument `index`).
    /// The table is read raw: no metamethod runs, and every key must be a known option.
    struct EncodeLayout {
        /// Spaces per level of a pretty text; nil for compact text on one line.
        var indent: Int?

        /// The widest indentation accepted, so that a typo cannot ask for gigabytes.
        static let maxIndent = 16

        init(_ call: LuaCall, at index: Int32) throws {
            guard !call.isNoneOrNil(index) else { return }
            try call.checkTable(index)
            let L = call.L
            var pretty: Bool?
            var spaces: Int?
            lua_pushnil(L)
            while lua_next(L, index) != 0 {
                let name = Self.optionName(L)
                switch name {
                case "'pretty'":
                    pretty = try Self.boolean(call, option: name)
                case "'sort_keys'":
                    guard try Self.boolean(call, option: name) else {
                        throw JSONModule.failure(
                            call, "json.encode: option 'sort_keys' cannot be false (object keys are always sorted)")
                    }
                case "'indent'":
                    var isInteger: Int32 = 0
                    let n = nodeum_tointeger(L, -1, &isInteger)
                    guard lua_type(L, -1) == LUA_TNUMBER, isInteger != 0, (0...Int64(Self.maxIndent)).contains(n) else {
                        let got = Self.describe(L, at: -1)
                        let range = "an integer from 0 to \(Self.maxIndent)"
                        throw JSONModule.failure(call, "json.encode: option 'indent' must be \(range) (got \(got))")
                    }
                    spaces = Int(n)
                default:
                    throw JSONModule.failure(call, "json.encode: unknown option \(name)")
                }
                nodeum_pop(L, 1)
            }
            if pretty == false, spaces != nil {
                throw JSONModule.failure(call, "json.encode: option 'indent' asks for pretty text, 'pretty' is false")
            }
            indent = spaces ?? (pretty == true ? 2 : nil)
        }

        /// The value on top as a boolean option.
        private static func boolean(_ call: LuaCall, option name: String) throws -> Bool {
            guard lua_type(call.L, -1) == LUA_TBOOLEAN else {
                let type = String(cString: nodeum_typename(call.L, -1))
                throw JSONModule.failure(call, "json.encode: option \(name) must be a boolean (got \(type))")
            }
            return lua_toboolean(call.L, -1) != 0
        }

        /// The key below the top, quoted, for messages; read without converting it in place
        /// (that would upset `lua_next`).
        private static func optionName(_ L: OpaquePointer) -> String {
            switch lua_type(L, -2) {
            case LUA_TSTRING: "'\(LuaState.string(L, at: -2) ?? "")'"
            case LUA_TNUMBER: describe(L, at: -2)
            default: "(a \(String(cString: nodeum_typename(L, -2))) key)"
            }
        }

        /// A number as Lua writes it, or the type name of any other value.
        private static func describe(_ L: OpaquePointer, at index: Int32) -> String {
            guard lua_type(L, index) == LUA_TNUMBER else { return String(cString: nodeum_typename(L, index)) }
            lua_pushvalue(L, index)
            defer { nodeum_pop(L, 1) }
            return LuaState.string(L, at: -1) ?? "number"
        }
    }
}
