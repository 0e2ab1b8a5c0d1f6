import CLua
import CLuaShim

/// A Swift function callable from Lua. It reads its arguments from `call`, pushes its
/// results and returns how many it pushed. A thrown error becomes a Lua error raised after
/// the function has returned (a `LuaError` carrying a Lua value re-raises that value
/// unchanged; a `LuaArgumentError` reads `bad argument #n to 'name' (...)`).
public typealias LuaFunction = (LuaCall) throws -> Int32

/// The Swift half of a Lua function: the closure, and the state it belongs to.
final class SwiftFunctionBox {
    let body: LuaFunction
    unowned(unsafe) let state: LuaState

    init(_ body: @escaping LuaFunction, state: LuaState) {
        self.body = body
        self.state = state
    }

    /// Pushes a Lua function calling `body`; Lua owns one retain of the box.
    static func push(_ body: @escaping LuaFunction, state: LuaState, to L: OpaquePointer) {
        let box = Unmanaged.passRetained(SwiftFunctionBox(body, state: state)).toOpaque()
        nodeum_pushswiftfunction(L, box)
    }

    /// Registers the dispatcher and releaser with the C trampoline (idempotent).
    static func installHooks() { _ = hooksInstalled }

    private static let hooksInstalled: Void = nodeum_set_swift_hooks(
        { L, box in
            let function = Unmanaged<SwiftFunctionBox>.fromOpaque(box!).takeUnretainedValue()
            return function.invoke(L!)
        },
        { box in Unmanaged<SwiftFunctionBox>.fromOpaque(box!).release() })

    /// Calls the closure; turns what it throws into a value on the stack and a code.
    @inline(__always)
    func invoke(_ L: OpaquePointer) -> Int32 {
        do {
            return try body(LuaCall(L: L, state: state))
        } catch {
            return LuaCall.raise(error, on: L)
        }
    }
}

/// One call of a Swift function from Lua: its arguments, and where to push results.
public struct LuaCall {
    /// The thread (main or coroutine) the function was called on.
    public let L: OpaquePointer
    /// The state the function belongs to.
    public unowned(unsafe) let state: LuaState

    /// The number of arguments.
    public var count: Int32 { lua_gettop(L) }

    /// The value of argument `i` (1-based).
    public func value(_ i: Int32) -> LuaValue { LuaState.value(L, at: i, state: state) }

    /// Pushes a result.
    public func push(_ value: some LuaPushable) { value.push(to: L) }

    /// Pushes a Swift function as a result.
    public func push(function: @escaping LuaFunction) { SwiftFunctionBox.push(function, state: state, to: L) }

    /// True when argument i is absent or nil.
    public func isNoneOrNil(_ i: Int32) -> Bool { nodeum_isnoneornil(L, i) != 0 }

    /// The type of argument i (`.none` when absent).
    public func type(_ i: Int32) -> LuaType { LuaType(rawValue: lua_type(L, i)) ?? .none }

    /// The raw length (`#` without `__len`) of argument i.
    public func rawLength(_ i: Int32) -> Int { Int(truncatingIfNeeded: lua_rawlen(L, i)) }

    /// The raw item `n` (1-based) of the table that is argument i; no metamethod runs.
    public func rawItem(_ n: Int, of i: Int32) -> LuaValue {
        lua_rawgeti(L, i, lua_Integer(n))
        defer { nodeum_pop(L, 1) }
        return value(-1)
    }

    /// The pairs of the table that is argument i, in `next`'s order, read raw (no metamethod).
    public func rawPairs(_ i: Int32) -> [(key: LuaValue, value: LuaValue)] {
        let t = lua_absindex(L, i)
        var pairs: [(key: LuaValue, value: LuaValue)] = []
        lua_pushnil(L)
        while lua_next(L, t) != 0 {
            pairs.append((value(-2), value(-1)))
            nodeum_pop(L, 1)
        }
        return pairs
    }

    /// The Lua type name of argument i ("no value" when absent).
    public func typeName(_ i: Int32) -> String { String(cString: nodeum_typename(L, i)) }

    /// The error for an argument of the wrong type, worded as `luaL_typeerror`.
    public func typeError(_ i: Int32, expected: String) -> LuaArgumentError {
        LuaArgumentError(i, "\(expected) expected, got \(typeName(i))")
    }

    /// Argument i as an exact integer (floats with an integral value accepted).
    public func integer(_ i: Int32) throws -> Int64 {
        var ok: Int32 = 0
        let n = nodeum_tointeger(L, i, &ok)
        if ok != 0 { return n }
        if lua_isnumber(L, i) != 0 { throw LuaArgumentError(i, "number has no integer representation") }
        throw typeError(i, expected: "number")
    }

    /// Argument i as a number.
    public func number(_ i: Int32) throws -> Double {
        var ok: Int32 = 0
        let n = nodeum_tonumber(L, i, &ok)
        if ok != 0 { return n }
        throw typeError(i, expected: "number")
    }

    /// Argument i as text (numbers converted, as `luaL_checkstring` does).
    public func string(_ i: Int32) throws -> String {
        guard lua_type(L, i) == LUA_TSTRING || lua_type(L, i) == LUA_TNUMBER,
              let s = LuaState.string(L, at: i) else { throw typeError(i, expected: "string") }
        return s
    }

    /// Argument i as text, or nil when absent or nil.
    public func optionalString(_ i: Int32) throws -> String? { isNoneOrNil(i) ? nil : try string(i) }

    /// Argument i as an integer, or nil when absent or nil.
    public func optionalInteger(_ i: Int32) throws -> Int64? { isNoneOrNil(i) ? nil : try integer(i) }

    /// Argument i as a boolean (Lua truthiness).
    public func boolean(_ i: Int32) -> Bool { lua_toboolean(L, i) != 0 }

    /// Checks that argument i is a table.
    public func checkTable(_ i: Int32) throws {
        if lua_type(L, i) != LUA_TTABLE { throw typeError(i, expected: "table") }
    }

    /// Pushes the error and returns the trampoline's code for it.
    static func raise(_ error: any Error, on L: OpaquePointer) -> Int32 {
        switch error {
        case let argument as LuaArgumentError:
            argument.detail.push(to: L)
            return NODEUM_ARGERROR_BASE - argument.position
        case let lua as LuaError:
            if let value = lua.value { value.push(to: L) } else { lua.message.push(to: L) }
            return NODEUM_RAISE
        case let pushable as LuaPushable:
            pushable.push(to: L)
            return NODEUM_RAISE
        default:
            String(describing: error).push(to: L)
            return NODEUM_RAISE
        }
    }
}
