import CLua
import Testing
@testable import Lua

/// Values pushed to Lua and read back keep their kind and their exact value.
@Suite struct ValueRoundTripTests {
    let state = LuaState()

    func roundTrip(_ value: some LuaPushable) -> LuaValue {
        state.push(value)
        defer { state.pop() }
        return state.value(at: -1)
    }

    @Test func integersStayExact() {
        for n: Int64 in [0, 1, -1, .min, .max, 9_007_199_254_740_993, -9_007_199_254_740_993] {
            guard case .integer(let back) = roundTrip(n) else { Issue.record("not an integer: \(n)"); continue }
            #expect(back == n)
        }
    }

    @Test func integersStayExactThroughLuaArithmetic() throws {
        let result = try state.run("return math.maxinteger, math.mininteger, 2^53 + 1, (1 << 53) + 1")
        guard case .integer(let max) = result[0], case .integer(let min) = result[1],
              case .number(let float) = result[2], case .integer(let exact) = result[3] else {
            Issue.record("unexpected kinds: \(result.map(\.typeName))")
            return
        }
        #expect(max == .max)
        #expect(min == .min)
        #expect(float == 9_007_199_254_740_992)
        #expect(exact == 9_007_199_254_740_993)
    }

    @Test func floatsBooleansAndNil() {
        guard case .number(let d) = roundTrip(0.1) else { Issue.record("not a float"); return }
        #expect(d == 0.1)
        guard case .number(let negativeZero) = roundTrip(-0.0) else { Issue.record("not a float"); return }
        #expect(negativeZero.sign == .minus)
        guard case .boolean(true) = roundTrip(true), case .boolean(false) = roundTrip(false) else {
            Issue.record("booleans changed")
            return
        }
        guard case .nil = roundTrip(LuaNil()), case .nil = roundTrip(Optional<Int>.none) else {
            Issue.record("nil changed")
            return
        }
    }

    @Test func stringsAreBytes() throws {
        let zero = LuaString(bytes: [0x61, 0x00, 0x62])
        guard case .string(let back) = roundTrip(zero) else { Issue.record("not a string"); return }
        #expect(back.bytes == [0x61, 0x00, 0x62])
        let invalid = LuaString(bytes: [0xff, 0xfe, 0x41])
        guard case .string(let invalidBack) = roundTrip(invalid) else { Issue.record("not a string"); return }
        #expect(invalidBack.bytes == [0xff, 0xfe, 0x41])
        #expect(invalidBack.text == nil)
        let fromLua = try state.run(#"return "a\0b", #"a\0b""#)
        #expect(fromLua[0].text == "a\0b")
        guard case .integer(3) = fromLua[1] else { Issue.record("length is not 3"); return }
        guard case .string(let unicode) = roundTrip("héllo ✓") else { Issue.record("not a string"); return }
        #expect(unicode.text == "héllo ✓")
    }

    @Test func tablesFunctionsUserdataAndThreadsAreReferences() throws {
        let values = try state.run("return {1, 2}, print, io.stdout, coroutine.create(print)")
        #expect(values.map(\.typeName) == ["table", "function", "userdata", "thread"])
        // Pushing a reference pushes the same object, not a copy.
        state.setGlobal("t", values[0])
        state.setGlobal("u", values[0])
        state.setGlobal("p", values[1])
        let same = try state.run("t[3] = 3; return rawequal(t, u), u[3], rawequal(p, print)")
        guard same.count == 3, case .boolean(true) = same[0], case .integer(3) = same[1],
              case .boolean(true) = same[2] else {
            Issue.record("identity lost: \(same)")
            return
        }
    }

    @Test func arraysAndDictionariesBecomeTables() throws {
        state.setGlobal("list", [10, 20, 30])
        state.setGlobal("map", ["a": 1, "b": 2])
        let result = try state.run("return #list, list[3], map.a + map.b")
        guard case .integer(3) = result[0], case .integer(30) = result[1], case .integer(3) = result[2] else {
            Issue.record("unexpected: \(result.map(\.typeName))")
            return
        }
    }
}
