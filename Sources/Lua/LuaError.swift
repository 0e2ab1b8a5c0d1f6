import CLua
import CLuaShim

/// An error raised in Lua (or to be raised in Lua), with its message and, when it came out
/// of Lua, the original error value so that passing it back re-raises it unchanged.
public struct LuaError: Error, CustomStringConvertible, @unchecked Sendable {
    /// What kind of failure it was, as Lua's status codes tell.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        private enum Code: Hashable, Sendable { case runtime, syntax, memory, handler, file, interrupted }
        private let code: Code
        private init(code: Code) { self.code = code }
        /// An error raised by running code (`LUA_ERRRUN`).
        public static let runtime = Kind(code: .runtime)
        /// A chunk that does not compile (`LUA_ERRSYNTAX`).
        public static let syntax = Kind(code: .syntax)
        /// Lua ran out of memory, or hit the state's cap (`LUA_ERRMEM`).
        public static let memory = Kind(code: .memory)
        /// The message handler itself failed (`LUA_ERRERR`).
        public static let handler = Kind(code: .handler)
        /// A file could not be read (`LUA_ERRFILE`).
        public static let file = Kind(code: .file)
        /// Stopped by an interrupt (Ctrl-C).
        public static let interrupted = Kind(code: .interrupted)

        public var description: String { "\(code)" }

        init(status: Int32) {
            switch status {
            case LUA_ERRSYNTAX: self = .syntax
            case LUA_ERRMEM: self = .memory
            case LUA_ERRERR: self = .handler
            case LUA_ERRERR + 1: self = .file  // LUA_ERRFILE
            default: self = .runtime
            }
        }
    }

    public let kind: Kind
    /// The message: the error value's string form (its `__tostring` if it has one).
    public let message: String
    /// The traceback added by the message handler, when there is one.
    public let traceback: String?
    /// The original Lua error value, kept so that it can be raised again unchanged.
    public let value: LuaRef?

    public init(_ message: String, kind: Kind = .runtime, traceback: String? = nil, value: LuaRef? = nil) {
        self.kind = kind
        self.message = message
        self.traceback = traceback
        self.value = value
    }

    public var description: String { message }
}

/// A bad argument to a Swift function, reported as the auxiliary library does:
/// `bad argument #1 to 'get' (number expected, got nil)`.
public struct LuaArgumentError: Error, CustomStringConvertible, Sendable {
    /// The argument's position, 1-based (the `self` of a method call counts).
    public let position: Int32
    /// The detail in parentheses.
    public let detail: String

    public init(_ position: Int32, _ detail: String) {
        self.position = position
        self.detail = detail
    }

    public var description: String { "bad argument #\(position) (\(detail))" }
}
