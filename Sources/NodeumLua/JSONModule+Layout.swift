import Foundation
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
            var pretty: Bool?
            var spaces: Int?
            for (key, value) in call.rawPairs(index) {
                let name = Self.optionName(key)
                switch name {
                case "'pretty'":
                    pretty = try Self.boolean(call, value, option: name)
                case "'sort_keys'":
                    guard try Self.boolean(call, value, option: name) else {
                        throw JSONModule.failure(
                            call, "json.encode: option 'sort_keys' cannot be false (object keys are always sorted)")
                    }
                case "'indent'":
                    guard let n = Self.integer(value), (0...Int64(Self.maxIndent)).contains(n) else {
                        let range = "an integer from 0 to \(Self.maxIndent)"
                        throw JSONModule.failure(call, "json.encode: option 'indent' must be \(range) (got \(Self.describe(value)))")
                    }
                    spaces = Int(n)
                default:
                    throw JSONModule.failure(call, "json.encode: unknown option \(name)")
                }
            }
            if pretty == false, spaces != nil {
                throw JSONModule.failure(call, "json.encode: option 'indent' asks for pretty text, 'pretty' is false")
            }
            indent = spaces ?? (pretty == true ? 2 : nil)
        }

        /// An option's value as a boolean.
        private static func boolean(_ call: LuaCall, _ value: LuaValue, option name: String) throws -> Bool {
            guard case .boolean(let b) = value else {
                throw JSONModule.failure(call, "json.encode: option \(name) must be a boolean (got \(value.typeName))")
            }
            return b
        }

        /// An integer, or a float with an integer's value (as `lua_tointegerx` takes them).
        private static func integer(_ value: LuaValue) -> Int64? {
            switch value {
            case .integer(let i): i
            case .number(let d): Int64(exactly: d)
            default: nil
            }
        }

        /// An option's key, quoted, for messages.
        private static func optionName(_ key: LuaValue) -> String {
            switch key {
            case .string(let s): "'\(s.text ?? "")'"
            case .integer, .number: describe(key)
            default: "(a \(key.typeName) key)"
            }
        }

        /// A number as Lua writes it (`1.5`, `17.0`, `inf`), or the type name of any other value.
        private static func describe(_ value: LuaValue) -> String {
            switch value {
            case .integer(let i): return String(i)
            case .number(let d):
                let text = String(format: "%.14g", d)
                return text.allSatisfy({ $0 == "-" || $0.isNumber }) ? text + ".0" : text
            default: return value.typeName
            }
        }
    }
}
