import CLua
import PropertyBased
import Testing
@testable import Lua

/// JSON ↔ Lua by the written rules of `LuaState+JSON.swift`.
@Suite struct JSONConversionTests {
    let state = LuaState()

    func toLuaAndBack(_ json: TestJSON) throws -> TestJSON {
        try state.push(json: json)
        defer { state.pop() }
        return try state.json(at: -1)
    }

    func fromLua(_ code: String) throws -> TestJSON {
        try state.load("return " + code)
        try state.pcall(nresults: 1)
        defer { state.pop() }
        return try state.json(at: -1)
    }

    @Test func scalarsAndContainersRoundTrip() throws {
        let value: TestJSON = .object([
            "id": .int(9_007_199_254_740_993), "min": .int(.min), "max": .int(.max),
            "ratio": .double(0.5), "name": .string("tape \"A\" ✓"), "ok": .bool(true),
            "tags": .array([.string("a"), .string("b")]),
            "nested": .object(["deep": .array([.int(1), .object([:])])]),
        ])
        #expect(try toLuaAndBack(value) == value)
    }

    @Test func emptyArrayAndEmptyObjectStayApart() throws {
        #expect(try toLuaAndBack(.array([])) == .array([]))
        #expect(try toLuaAndBack(.object([:])) == .object([:]))
        #expect(try fromLua("{}") == .object([:]))
        #expect(try fromLua("setmetatable({}, {__jsontype = 'array'})") == .array([]))
        #expect(try fromLua("setmetatable({1, 2}, {__jsontype = 'object'})") == .object(["1": .int(1), "2": .int(2)]))
    }

    @Test func nullIsDroppedFromObjectsAndKeptInArrays() throws {
        let back = try toLuaAndBack(.object(["a": .null, "b": .array([.int(1), .null, .int(3)])]))
        #expect(back == .object(["b": .array([.int(1), .null, .int(3)])]))
        try state.push(json: TestJSON.array([.null]))
        state.setGlobal("decoded", state.value(at: -1))
        state.pop()
        let isSentinel = try state.run("return type(decoded[1]), #decoded")
        #expect(isSentinel[0].text == "userdata")
        guard case .integer(1) = isSentinel[1] else { Issue.record("length"); return }
    }

    @Test func sequencesAreArraysAndOtherTablesObjects() throws {
        #expect(try fromLua("{10, 20}") == .array([.int(10), .int(20)]))
        #expect(try fromLua("{[1] = 'a', [3] = 'c'}") == .object(["1": .string("a"), "3": .string("c")]))
        #expect(try fromLua("{1, x = 2}") == .object(["1": .int(1), "x": .int(2)]))
        #expect(try fromLua("2^63") == .double(9.223372036854775808e18))
        #expect(try fromLua("nil") == .null)
    }

    @Test func refusesWhatJSONCannotSay() throws {
        func message(_ code: String) -> String? {
            do { _ = try fromLua(code) } catch let error as JSONConversionError { return error.description } catch {
                return "other: \(error)"
            }
            return nil
        }
        #expect(message("0/0")?.contains("NaN and infinity") == true)
        #expect(message("1/0")?.contains("NaN and infinity") == true)
        #expect(message("{f = print}") == "cannot convert a function to JSON")
        #expect(message("{[true] = 1}") == "cannot convert a table key of type boolean to JSON")
        #expect(message("{[1] = 'a', ['1'] = 'b', x = 1}") == "two keys of a table are the same JSON key \"1\"")
        #expect(message("{['\u{E9}'] = 1, ['e\u{301}'] = 2}")?.hasPrefix("two keys of a table are the same JSON key") == true)
        #expect(message("'\\255'") == "cannot convert a string that is not valid UTF-8 to JSON")
        #expect(message("(function() local t = {}; t.self = t; return t end)()")
            == "cannot convert a table that contains itself to JSON")
    }

    @Test func sharedSubtablesAreNotCycles() throws {
        #expect(try fromLua("(function() local s = {1}; return {s, s} end)()")
            == .array([.array([.int(1)]), .array([.int(1)])]))
    }

    @Test func nestingAtTheLimitWorksAndBeyondIsRefused() throws {
        func nested(_ depth: Int) -> TestJSON {
            var value = TestJSON.int(1)
            for _ in 0..<depth { value = .array([value]) }
            return value
        }
        let atLimit = nested(LuaState.maxJSONDepth)
        #expect(try toLuaAndBack(atLimit) == atLimit)
        #expect(throws: JSONConversionError.self) { try state.push(json: nested(LuaState.maxJSONDepth + 1)) }
        // Built in Lua, far deeper than the limit: a clear error, no C stack overflow.
        #expect {
            _ = try fromLua("(function() local t = {}; local r = t; for i = 1, 100000 do t[1] = {}; t = t[1] end; return r end)()")
        } throws: { error in
            (error as? JSONConversionError)?.description == "table nested deeper than \(LuaState.maxJSONDepth) levels"
        }
    }

    static func jsonGenerator() -> Generator<TestJSON, some SendableSequenceType> {
        let scalar = Gen<TestJSON>.oneOf(
            Gen.int64().map { TestJSON.int($0) },
            Gen.bool.map { TestJSON.bool($0) },
            Gen.double(in: -1e12...1e12).map { TestJSON.double($0) },
            Gen<Character>.letterOrNumber.string(of: 0...8).map { TestJSON.string($0) })
        let array = scalar.array(of: 0...5).map { TestJSON.array($0) }
        let object = zip(Gen<Character>.letter.string(of: 1...6), scalar)
            .array(of: 0...5)
            .map { TestJSON.object(Dictionary($0, uniquingKeysWith: { a, _ in a })) }
        let container = Gen<TestJSON>.oneOf(array, object)
        return zip(Gen<Character>.letter.string(of: 1...4), container).array(of: 0...4)
            .map { TestJSON.object(Dictionary($0, uniquingKeysWith: { a, _ in a })) }
    }

    @Test func propertyJSONSurvivesLua() async {
        await propertyCheck(count: 300, input: Self.jsonGenerator()) { value in
            let state = LuaState()
            try? state.push(json: value)
            let back = try? state.json(at: -1, as: TestJSON.self)
            #expect(back == value)
        }
    }
}

/// A JSON value for these tests (the `Lua` target has none of its own; it converts any
/// `LuaJSONConvertible` type): objects as dictionaries, so that key order does not matter.
enum TestJSON: Sendable, Hashable, LuaJSONConvertible {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([TestJSON])
    case object([String: TestJSON])

    var jsonParts: JSONParts<TestJSON> {
        switch self {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .double(let d): .double(d)
        case .string(let s): .string(s)
        case .array(let a): .array(a)
        case .object(let o): .object(o.map { (key: $0.key, value: $0.value) })
        }
    }

    init(jsonParts: JSONParts<TestJSON>) {
        switch jsonParts {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .array(let a): self = .array(a)
        case .object(let members): self = .object(Dictionary(members, uniquingKeysWith: { _, last in last }))
        }
    }
}
