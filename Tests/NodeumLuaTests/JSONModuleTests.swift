import Lua
import Testing
@testable import NodeumLua

/// The `json` module: exact texts both ways, the bridge's rules, and its error messages.
@Suite struct JSONModuleTests {
    /// Runs `code` (chunk `test`, with `json` required as a local) and returns its results:
    /// strings as their bytes decoded, other values described.
    func run(_ code: String, state: LuaState = LuaState()) throws -> [String] {
        try JSONModule.install(into: state)
        return try state.run("local json = require 'json'\n" + code, chunkName: "=test").map(Self.describe)
    }

    /// The message of the error `code` raises (nil if it raises none).
    func failure(_ code: String) -> String? {
        do {
            _ = try run(code)
            return nil
        } catch let error as LuaError {
            return error.message
        } catch {
            return "not a LuaError: \(error)"
        }
    }

    static func describe(_ value: LuaValue) -> String {
        switch value {
        case .string(let s): s.description
        case .integer(let i): "\(i)"
        case .number(let d): "float \(d)"
        case .boolean(let b): "\(b)"
        case .nil: "nil"
        default: value.typeName
        }
    }

    struct NoClient: Error {}

    @Test func requireMakesTheModuleOnFirstUse() throws {
        let state = LuaState()
        try JSONModule.install(into: state)
        let before = try state.run("return package.loaded.json, type(package.preload.json)").map(Self.describe)
        #expect(before == ["nil", "function"])
        let out = try state.run("""
            local json = require "json"
            return rawequal(json, require "json"), rawequal(json, package.loaded.json), type(json.encode),
                   type(json.decode), type(json.array), type(json.object), type(json.null)
            """).map(Self.describe)
        #expect(out == ["true", "true", "function", "function", "function", "function", "userdata"])
    }

    @Test func requiredFromACoroutineTheModuleIsBuiltOnItsStack() throws {
        let state = LuaState()
        try JSONModule.install(into: state)
        let out = try state.run("""
            local co = coroutine.wrap(function(x)
              local json = require "json"
              local y = coroutine.yield(json.decode("[1, 2]")[2] + x)
              return json.encode(json.array{y}), type(json.null)
            end)
            return co(40), co(7)
            """).map(Self.describe)
        #expect(out == ["42", "[7]", "userdata"])
    }

    @Test func nullIsNodeumNullBothWays() throws {
        let state = LuaState()
        try NodeumLibrary { throw NoClient() }.install(into: state)
        let out = try run("""
            local list = json.decode("[1,null,3,null]")
            local object = json.decode('{"a":null,"b":1}')
            return rawequal(json.null, nodeum.null), rawequal(list[2], json.null), #list,
                   tostring(object.a), select("#", json.decode(" null ")), tostring(json.decode("null")),
                   json.encode(json.null), json.encode(nil), json.encode({1, json.null, 3}), json.encode(list),
                   json.encode({a = json.null})
            """, state: state)
        #expect(out == ["true", "true", "4", "nil", "1", "nil",
                        "null", "null", "[1,null,3]", "[1,null,3,null]", #"{"a":null}"#])
    }

    @Test func nestedValuesRoundTrip() throws {
        let text = #"{"a":[1,2.5,"x",true,false,null,{"b":[]}],"c":{},"d":[[],{}],"e":{"f":{"g":-7}}}"#
        let out = try run("return json.encode(json.decode([[\(text)]]))")
        #expect(out == [text])
    }

    @Test func emptyArrayAndEmptyObjectStayApart() throws {
        let out = try run("""
            local t = {}
            return json.encode(json.decode("[]")), json.encode(json.decode("{}")), json.encode({}),
                   json.encode(json.array()), json.encode(json.array({})), json.encode(json.object({1, 2})),
                   json.encode({json.array(), {}}), rawequal(json.array(t), t),
                   rawequal(getmetatable(json.decode("[]")), getmetatable(json.array())),
                   json.encode(json.object(json.array({5}))), json.encode(json.array(json.object({6})))
            """)
        #expect(out == ["[]", "{}", "{}", "[]", "[]", #"{"1":1,"2":2}"#, "[[],{}]", "true", "true",
                        #"{"1":5}"#, "[6]"])
    }

    @Test func integersStayExact() throws {
        let out = try run("""
            local n = json.decode("[9007199254740993, 9223372036854775807, -9223372036854775808, 9223372036854775808]")
            return n[1] == 9007199254740993, math.type(n[1]), n[2] == math.maxinteger, n[3] == math.mininteger,
                   math.type(n[3]), math.type(n[4]), json.encode({9007199254740993, math.maxinteger, math.mininteger}),
                   json.encode(n), json.decode("12"), math.type(json.decode("-0"))
            """)
        #expect(out == ["true", "integer", "true", "true", "integer", "float",
                        "[9007199254740993,9223372036854775807,-9223372036854775808]",
                        "[9007199254740993,9223372036854775807,-9223372036854775808,9.223372036854776e+18]",
                        "12", "integer"])
    }

    @Test func floatsKeepTheirValueAndKind() throws {
        let out = try run("""
            return json.encode(1.5), json.encode(1e300), json.encode(2.0), json.encode(-0.0), json.encode(0.1),
                   json.decode("1e300") == 1e300, math.type(json.decode("1e300")), math.type(json.decode("2.0")),
                   json.decode("2.0"), json.decode("-1.25E-2"), json.encode(json.decode("[0.1,1e-7]"))
            """)
        #expect(out == ["1.5", "1e+300", "2.0", "-0.0", "0.1", "true", "float", "float", "float 2.0", "float -0.0125",
                        "[0.1,1e-07]"])
    }

    @Test func stringsAreEscapedAndUnescapedExactly() throws {
        let out = try run(#"""
            local s = json.decode([["\u00e9\u2713\ud83d\ude00\/\b\f\"\\\u0000x"]])
            return json.encode('q"b\\n\n\r\t\1\31/é✓😀\0z'),
                   s == "é✓😀/\b\f\"\\\0x", #s, json.encode(s), #json.decode('"a\\u0000b"')
            """#)
        #expect(out == [#""q\"b\\n\n\r\t\u0001\u001f/é✓😀\u0000z""#,
                        "true", "16", #""é✓😀/\u0008\u000c\"\\\u0000x""#, "3"])
    }

    @Test func keysAreWrittenInByteOrder() throws {
        let out = try run(#"""
            return json.encode({b = 1, a = 2, B = 3, ["é"] = 4, ["10"] = 5, ["9"] = 6, [""] = 7}),
                   json.encode({[10] = "a", [9] = "b", x = 1}),
                   json.encode({["e\u{301}"] = 1, f = 2}),
                   json.encode({z = {y = 1, x = 2}, a = 0}, {pretty = true}),
                   json.encode({z = {y = 1, x = 2}, a = 0}, {sort_keys = true})
            """#)
        #expect(out[0] == #"{"":7,"10":5,"9":6,"B":3,"a":2,"b":1,"é":4}"#)
        #expect(out[1] == #"{"10":"a","9":"b","x":1}"#)
        // Decomposed é (e + U+0301) sorts before "f" by bytes, after it by Swift's `<`.
        #expect(Array(out[2].utf8) == Array("{\"e\u{301}\":1,\"f\":2}".utf8))
        #expect(out[3] == "{\n  \"a\": 0,\n  \"z\": {\n    \"x\": 2,\n    \"y\": 1\n  }\n}")
        #expect(out[4] == #"{"a":0,"z":{"x":2,"y":1}}"#)
    }

    @Test func decodedKeysKeepTheirBytes() throws {
        let out = try run(#"""
            local t = json.decode('{"e\\u0301":1,"\\u00e9":2,"k":1,"k":3}')
            local n = 0 for _ in pairs(t) do n = n + 1 end
            return n, t["e\u{301}"], t["\u{e9}"], t.k
            """#)
        #expect(out == ["3", "1", "2", "3"])
    }

    @Test func prettyTextIsExact() throws {
        let out = try run("""
            local v = {name = "tape", ids = {1, 2}, empty = {}, none = json.array(), nested = {a = {b = true}}}
            return json.encode(v, {pretty = true}), json.encode({a = {1}}, {indent = 4}),
                   json.encode({a = {1}}, {indent = 0}), json.encode(5, {pretty = true}),
                   json.encode({}, {pretty = true}), json.encode({1}, {indent = 2.0, pretty = true}),
                   json.encode({1, {2}}, {pretty = false})
            """)
        #expect(out == [
            """
            {
              "empty": {},
              "ids": [
                1,
                2
              ],
              "name": "tape",
              "nested": {
                "a": {
                  "b": true
                }
              },
              "none": []
            }
            """,
            "{\n    \"a\": [\n        1\n    ]\n}",
            "{\n\"a\": [\n1\n]\n}",
            "5", "{}", "[\n  1\n]", "[1,[2]]",
        ])
    }

    @Test func decodeErrorsGiveTheByte() throws {
        let cases: [(String, String)] = [
            ("''", "byte 1: unexpected end of input"),
            (#"'{"a": [1, 2'"#, "byte 12: unexpected end of input in an array"),
            ("'[1] x'", "byte 5: unexpected text after the value"),
            (#"[["a\qb"]]"#, "byte 5: invalid escape"),
            (#"'{"a" 1}'"#, "byte 6: expected ':'"),
            ("'[1,]'", "byte 4: unexpected character ']'"),
            ("'tru'", "byte 1: unexpected end of input"),
            ("'NaN'", "byte 1: unexpected character 'N'"),
            (#"'"\255"'"#, "byte 2: invalid UTF-8"),
            (#"'["ok", "\192\175"]'"#, "byte 9: invalid UTF-8"),  // overlong '/'
            (#"'"\237\160\128"'"#, "byte 2: invalid UTF-8"),  // an encoded surrogate
            (#"'"\\ud800"'"#, "byte 8: lone surrogate"),
            ("string.rep('[', 100000)", "byte 513: nesting too deep"),
        ]
        for (argument, expected) in cases {
            #expect(failure("return json.decode(\(argument))") == "test:2: json.decode: invalid JSON at \(expected)")
        }
    }

    @Test func encodeRefusesWhatJSONCannotSay() throws {
        let cases: [(String, String)] = [
            ("{f = print}", "cannot convert a function to JSON"),
            ("(function() local t = {} t.t = {t} return t end)()", "cannot convert a table that contains itself to JSON"),
            ("math.huge", "cannot convert inf to JSON (NaN and infinity have no JSON form)"),
            ("{-math.huge}", "cannot convert -inf to JSON (NaN and infinity have no JSON form)"),
            ("{[true] = 1}", "cannot convert a table key of type boolean to JSON"),
            ("{[1.5] = 1}", "cannot convert a table key of type number to JSON"),
            ("io.stdout", "cannot convert a userdata to JSON"),
            ("coroutine.create(print)", "cannot convert a thread to JSON"),
            (#""\255""#, "cannot convert a string that is not valid UTF-8 to JSON"),
            (#"{["\255"] = 1}"#, "cannot convert a table key that is not valid UTF-8 to JSON"),
        ]
        for (argument, expected) in cases {
            #expect(failure("return json.encode(\(argument))") == "test:2: json.encode: \(expected)")
        }
        let nan = failure("return json.encode(0/0)")
        #expect(nan == "test:2: json.encode: cannot convert nan to JSON (NaN and infinity have no JSON form)"
            || nan == "test:2: json.encode: cannot convert -nan to JSON (NaN and infinity have no JSON form)")
    }

    @Test func mixedTablesAreObjectsAndSharedTablesAreNotCycles() throws {
        let out = try run("""
            local s = {1}
            return json.encode({1, 2, x = 3}), json.encode({[1] = 1, [3] = 3}), json.encode({[0] = "z", "a"}),
                   json.encode({s, {s}})
            """)
        #expect(out == [#"{"1":1,"2":2,"x":3}"#, #"{"1":1,"3":3}"#, #"{"0":"z","1":"a"}"#, "[[1],[[1]]]"])
    }

    @Test func nestingIsLimitedTo200Levels() throws {
        let out = try run("""
            local function nest(n) local t = {} for _ = 2, n do t = {t} end return t end
            local ok, e = pcall(json.encode, nest(201))
            local deep = json.decode(string.rep("[", 200) .. string.rep("]", 200))
            return json.encode(nest(200)) == string.rep("[", 199) .. "{}" .. string.rep("]", 199), e, type(deep),
                   select(2, pcall(json.decode, string.rep("[", 300) .. string.rep("]", 300)))
            """)
        #expect(out == ["true", "json.encode: table nested deeper than 200 levels", "table",
                        "json.decode: JSON nested deeper than 200 levels"])
    }

    @Test func badOptionsAndArgumentsAreNamed() throws {
        let cases: [(String, String)] = [
            ("json.encode({}, {colour = true})", "json.encode: unknown option 'colour'"),
            ("json.encode({}, {'pretty'})", "json.encode: unknown option 1"),
            ("json.encode({}, {pretty = 1})", "json.encode: option 'pretty' must be a boolean (got number)"),
            ("json.encode({}, {indent = 1.5})", "json.encode: option 'indent' must be an integer from 0 to 16 (got 1.5)"),
            ("json.encode({}, {indent = 17})", "json.encode: option 'indent' must be an integer from 0 to 16 (got 17)"),
            ("json.encode({}, {indent = '2'})", "json.encode: option 'indent' must be an integer from 0 to 16 (got string)"),
            ("json.encode({}, {sort_keys = false})",
             "json.encode: option 'sort_keys' cannot be false (object keys are always sorted)"),
            ("json.encode({}, {pretty = false, indent = 2})",
             "json.encode: option 'indent' asks for pretty text, 'pretty' is false"),
            ("json.encode({}, 5)", "bad argument #2 to 'encode' (table expected, got number)"),
            ("json.encode()", "bad argument #1 to 'encode' (value expected)"),
            ("json.decode({})", "bad argument #1 to 'decode' (string expected, got table)"),
            ("json.decode()", "bad argument #1 to 'decode' (string expected, got no value)"),
            ("json.array(5)", "bad argument #1 to 'array' (table expected, got number)"),
            ("json.object(setmetatable({}, {}))", "bad argument #1 to 'object' (table has a metatable of its own)"),
        ]
        for (call, expected) in cases {
            #expect(failure("return \(call)") == "test:2: \(expected)")
        }
    }

    @Test func pcallReturnsTheMessage() throws {
        let out = try run("""
            local ok, e = pcall(json.decode, "[1,")
            local ok2, e2 = pcall(function() return json.encode(print) end)
            local ok3, e3 = pcall(json.encode, {}, {x = 1})
            return ok, e, ok2, e2, ok3, e3
            """)
        #expect(out == ["false", "json.decode: invalid JSON at byte 4: unexpected end of input",
                        "false", "test:3: json.encode: cannot convert a function to JSON",
                        "false", "json.encode: unknown option 'x'"])
    }
}
