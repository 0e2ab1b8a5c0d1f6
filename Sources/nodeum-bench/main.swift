// Micro-benchmarks of the Lua bridge, run by tools/bench.sh (not a test).
//   nodeum-bench calls N     time N calls of a Swift-bound no-op, and of math.abs, from Lua
import Lua

#if canImport(Glibc)
import Glibc
#endif

/// Seconds taken by `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func benchCalls(_ n: Int) throws {
    let state = LuaState()
    state.setGlobal("noop") { _ in 0 }
    let swiftTime = try seconds { try state.run("local f = noop for i = 1, \(n) do f(i) end") }
    let cTime = try seconds { try state.run("local f = math.abs for i = 1, \(n) do f(i) end") }
    print("swift_noop_seconds \(swiftTime)")
    print("math_abs_seconds \(cTime)")
    print("swift_noop_ns_per_call \(swiftTime / Double(n) * 1e9)")
    print("math_abs_ns_per_call \(cTime / Double(n) * 1e9)")
}

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "calls":
    try benchCalls(arguments.count > 2 ? Int(arguments[2]) ?? 10_000_000 : 10_000_000)
default:
    print("usage: nodeum-bench calls [N]")
    exit(2)
}
