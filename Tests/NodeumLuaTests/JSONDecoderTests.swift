import CLua
import Foundation
import Lua
import Testing
@testable import NodeumClient
@testable import NodeumLua

/// The one JSON decoder (C, straight into Lua tables) held to the Swift parser the client
/// uses for its own values (`APIValue.parse`): the same values from the same bytes, the same
/// error at the same byte for the same bad text, the same repair of ill-formed UTF-8 in
/// answers; and the page skim finding what the parser finds.
@Suite struct JSONDecoderTests {
    /// A small deterministic generator (xorshift), so that a failure names its seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let strings = ["", "a", "tape-\u{00E9}", "\u{1F4BE} disk", "quote \" and \\ back", "tab\tnew\nline", "nul\u{0}x",
                          "/slash/", "\u{2028}", "0123456789abcdefghijklmnopqrstuvwxyz0123456789"]
    static let numbers = ["0", "-0", "7", "-12", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
                          "18446744073709551616", "1.5", "-0.25", "1e3", "1E-2", "6.02e+23", "1e400", "-1e400", "0.1",
                          "123456789012345678901234567890", "007", "3.141592653589793238462643383279"]

    /// Random JSON text: objects (keys repeated now and then, null members), arrays, scalars
    /// written in every form the grammar allows (escapes, exponents, white space).
    static func text(_ r: inout Random, depth: Int = 0) -> String {
        let space = [" ", "", "\n", "\t", "\r\n  "]
        func ws(_ r: inout Random) -> String { r.below(4) == 0 ? space[r.below(space.count)] : "" }
        switch depth > 5 ? r.below(5) : r.below(8) {
        case 0: return ["null", "true", "false"][r.below(3)]
        case 1: return numbers[r.below(numbers.count)]
        case 2, 3:
            let s = strings[r.below(strings.count)]
            switch r.below(3) {
            case 0: return APIValue.string(s).serialized()
            case 1:
                // Escaped by hand: \u for every other character.
                return "\"" + s.unicodeScalars.map { u in
                    u.value < 0x10000 && r.below(2) == 0 ? String(format: "\\u%04x", u.value) : String(APIValue.string(String(u)).serialized().dropFirst().dropLast())
                }.joined() + "\""
            default: return "\"\\/\\b\\f\\r\\n\\t\\\"\\\\\\ud83d\\udcbe\""
            }
        case 4: return "[" + ws(&r) + "]"
        case 5, 6:
            let n = r.below(5)
            return "[" + (0..<n).map { _ in ws(&r) + text(&r, depth: depth + 1) + ws(&r) }.joined(separator: ",") + "]"
        default:
            let keys = ["id", "name", "size", "a", "é", "id"]
            let n = r.below(5)
            return "{" + (0..<n).map { _ in
                ws(&r) + APIValue.string(keys[r.below(keys.count)]).serialized() + ws(&r) + ":" + ws(&r) + text(&r, depth: depth + 1) + ws(&r)
            }.joined(separator: ",") + "}"
        }
    }

    /// The value the C decoder gives, read back as an API value; or its failure.
    static func viaDecoder(_ bytes: [UInt8], strict: Bool, state: LuaState) -> Result<APIValue, JSONDecodeFailure> {
        let L = state.L
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        let failure = bytes.withUnsafeBytes { b -> JSONDecodeFailure? in
            do throws(JSONDecodeFailure) { try LuaState.pushJSON(L, text: b, strictUTF8: strict) } catch { return error }
            return nil
        }
        if let failure { return .failure(failure) }
        #expect(lua_gettop(L) == top + 1)
        return .success((try? APIValue.read(L, at: -1)) ?? "unreadable")
    }

    /// The value the Swift parser gives, pushed to Lua and read back; or its failure.
    static func viaParser(_ bytes: [UInt8], state: LuaState) -> Result<APIValue, JSONDecodeFailure> {
        let L = state.L
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        let value: APIValue
        do {
            value = try bytes.withUnsafeBytes { try APIValue.parse($0) }
        } catch let error as JSONParseError {
            return .failure(.invalid(offset: error.offset, message: error.message))
        } catch {
            return .failure(.lua("\(error)"))
        }
        do { try value.push(to: L) } catch { return .failure(.tooDeep) }
        return .success((try? APIValue.read(L, at: -1)) ?? "unreadable")
    }

    @Test func sameValuesAsTheSwiftParser() throws {
        let state = LuaState()
        var r = Random(state: 0x9E3779B97F4A7C15)
        for i in 0..<3000 {
            let text = Self.text(&r)
            let bytes = Array(text.utf8)
            let expected = Self.viaParser(bytes, state: state)
            #expect(Self.viaDecoder(bytes, strict: false, state: state) == expected, "case \(i): \(text)")
            #expect(Self.viaDecoder(bytes, strict: true, state: state) == expected, "case \(i): \(text)")
        }
    }

    @Test func sameErrorsAtTheSameBytes() throws {
        let state = LuaState()
        var r = Random(state: 42)
        var failures = 0
        let noise: [UInt8] = Array("{}[]\",:\\ -+.eE0a\u{7F}".utf8) + [0x00, 0x1F, 0xC3, 0xFF]
        for i in 0..<3000 {
            var bytes = Array(Self.text(&r).utf8)
            // Cut, or a byte changed, inserted or removed.
            switch r.below(4) {
            case 0: bytes = Array(bytes.prefix(r.below(bytes.count + 1)))
            case 1 where !bytes.isEmpty: bytes[r.below(bytes.count)] = noise[r.below(noise.count)]
            case 2: bytes.insert(noise[r.below(noise.count)], at: r.below(bytes.count + 1))
            default: if !bytes.isEmpty { bytes.remove(at: r.below(bytes.count)) }
            }
            let expected = Self.viaParser(bytes, state: state)
            if case .failure = expected { failures += 1 }
            let got = Self.viaDecoder(bytes, strict: false, state: state)
            #expect(got == expected, "case \(i): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
        #expect(failures > 1000)  // the mutations do break most texts
    }

    @Test func answersRepairUTF8AsSwiftDoesAndJSONDecodeRefusesIt() throws {
        let state = LuaState()
        let cases: [[UInt8]] = [
            [0xFF], [0xFF, 0xFE], [0xC0, 0xAF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xE2, 0x82], [0xF0, 0x9F, 0x92], [0x61, 0xE2, 0x28, 0xA1], [0xC3], [0x80, 0x80], [0xF5, 0x80],
        ]
        for bad in cases {
            let bytes = Array(#"{"k": ["a"#.utf8) + bad + Array(#"b", "\u00e9"#.utf8) + bad + Array(#""]}"#.utf8)
            #expect(Self.viaDecoder(bytes, strict: false, state: state) == Self.viaParser(bytes, state: state), "\(bad)")
            guard case .failure(.invalid(let offset, let message)) = Self.viaDecoder(bytes, strict: true, state: state) else {
                Issue.record("strict decoding took \(bad)")
                continue
            }
            #expect(offset == (bad[0] == 0x61 ? 10 : 9) && message == "invalid UTF-8", "\(bad)")
        }
        // In a key, and escaped then broken: \u escapes are never ill-formed, raw bytes around them are.
        let key = Array(#"{""#.utf8) + [0xFF] + Array(#"\u0041": 1}"#.utf8)
        #expect(Self.viaDecoder(key, strict: false, state: state) == Self.viaParser(key, state: state))
        // Objects of one shape (the decoder reuses the keys of the object before), repaired keys among them.
        let bad: [UInt8] = [0xFF]
        let object = Array(#"{"a": 1, ""#.utf8) + bad + Array(#"": 2, "\u00e9": 3, "z": 4}"#.utf8)
        let shapes = Array("[".utf8) + object + Array(",".utf8) + object + Array(#", {"a": 5, "b": 6}, "#.utf8) + object + Array("]".utf8)
        #expect(Self.viaDecoder(shapes, strict: false, state: state) == Self.viaParser(shapes, state: state))
    }

    @Test func depthsAsTheBridgeTakesThem() throws {
        let state = LuaState()
        for n in [199, 200, 201, 202, 300, 512, 513, 600] {
            for inner in ["", "1", "{}", "null"] {
                let text = String(repeating: "[", count: n) + inner + String(repeating: "]", count: n)
                let bytes = Array(text.utf8)
                #expect(Self.viaDecoder(bytes, strict: true, state: state) == Self.viaParser(bytes, state: state), "\(n) \(inner)")
            }
        }
    }

    @Test func theSkimFindsWhatTheParserFinds() throws {
        var r = Random(state: 7)
        for i in 0..<500 {
            var items: [String] = []
            for k in 0..<r.below(6) {
                switch r.below(4) {
                case 0: items.append(Self.text(&r))
                case 1: items.append(#"{"name": "x", "id": \#(k), "id": "\#(k)"}"#)
                default: items.append(#"{"nested": {"id": -1, "files": [1]}, "id": \#(k * 10), "size": \#(Self.text(&r))}"#)
                }
            }
            let list = r.below(8) == 0 ? Self.text(&r) : "[" + items.joined(separator: ", ") + "]"
            let text = r.below(2) == 0
                ? #"{"count": \#(r.below(100)), "files": \#(list), "other": {"files": [9], "count": 1}}"#
                : #"{"files": [0], "files" : \#(list), "count": "\#(r.below(3))", "count": \#(r.below(100))}"#
            let parsed = try APIValue.parse(text)
            let skim = try SkimmedPage.skim(Array(text.utf8), key: "files")
            #expect(skim.isObject)
            #expect(skim.count == parsed["count"], "case \(i)")
            #expect(skim.list?.value == parsed["files"], "case \(i)")
            if case .array(let expected)? = parsed["files"] {
                #expect(skim.list?.isArray == true)
                #expect(skim.entries.map { skim.text.value(at: $0.range) } == expected, "case \(i)")
                #expect(skim.entries.map(\.id) == expected.map { $0["id"].flatMap { $0 == .null ? nil : $0 } }, "case \(i)")
            } else {
                #expect(skim.list?.isArray == false)
            }
        }
        #expect(throws: JSONParseError.self) { try SkimmedPage.skim(Array(#"{"files": [1, 2"#.utf8), key: "files") }
        let scalar = try SkimmedPage.skim(Array("[1, 2]".utf8), key: "files")
        #expect(!scalar.isObject && scalar.entries.isEmpty)
    }

    @Test func pageItemsIntoLuaAsTheyWere() throws {
        let state = LuaState()
        let text = #"{"count": 3, "files": [{"id": 1, "name": "a", "gone": null}, null, [1, null], "\u00e9"]}"#
        let skim = try SkimmedPage.skim(Array(text.utf8), key: "files")
        let L = state.L
        let failure = skim.text.bytes.withUnsafeBytes { b -> JSONDecodeFailure? in
            do throws(JSONDecodeFailure) { try LuaState.pushJSONArray(L, text: b, ranges: skim.entries.map(\.range)) } catch { return error }
            return nil
        }
        #expect(failure == nil)
        let decoded = try APIValue.read(L, at: -1)
        try APIValue.parse(text)["files"]!.push(to: L)
        #expect(try decoded == APIValue.read(L, at: -1))
        lua_settop(L, -2)
        lua_setglobal(L, "page")
        let out = try state.run("return getmetatable(page).__jsontype, page[1].gone, rawequal(page[2], page[3][2]), type(page[2]), #page")
        #expect(out.map(JSONModuleTests.describe) == ["array", "nil", "true", "userdata", "4"])
    }
}
