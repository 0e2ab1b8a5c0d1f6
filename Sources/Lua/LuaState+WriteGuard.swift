import CLua
import CLuaShim
import Synchronization

/// A hook before Lua code writes to the process's stdout or stderr (`print`, `io.write`,
/// `io.stdout:write`, `io.stderr:write`): a program that draws a transient line on the
/// terminal (a progress line) erases it there, so that nothing is ever written after it on
/// the same line. The functions keep their identity for error messages and tracebacks
/// (thin C wrappers call the originals on the same stack).
extension LuaState {
    /// Installs `hook` for this state's standard library (open it first). One hook per
    /// process: the last one installed runs.
    public func guardStandardWrites(_ hook: @escaping @Sendable () -> Void) {
        WriteGuard.hook.withLock { $0 = hook }
        nodeum_guard_writes(L) { WriteGuard.run() }
    }

    /// Whether the last text Lua code wrote to stdout or stderr (once guarded) did not end its
    /// line: a transient line drawn now would be glued to it.
    public static var standardOutputLineOpen: Bool {
        get { nodeum_partial_line() != 0 }
        set { nodeum_set_partial_line(newValue ? 1 : 0) }
    }
}

private enum WriteGuard {
    static let hook = Mutex<(@Sendable () -> Void)?>(nil)
    static func run() { hook.withLock { $0 }?() }
}
