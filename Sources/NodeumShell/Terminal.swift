import CEditLineShim
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's standard streams, through C stdio so that our output and Lua's `print`
/// (which writes with stdio too) keep their order.
public enum StandardStreams {
    /// Writes text to stdout.
    public static func out(_ text: String) {
        fputs(text, nodeum_stdout())
    }

    /// Writes text to stderr (unbuffered).
    public static func err(_ text: String) {
        fputs(text, nodeum_stderr())
        fflush(nodeum_stderr())
    }

    /// Flushes stdout.
    public static func flush() { fflush(nodeum_stdout()) }

    /// True when standard error is a terminal.
    public static var stderrIsTerminal: Bool { isatty(2) != 0 }

    /// True when standard output is a terminal.
    public static var stdoutIsTerminal: Bool { isatty(1) != 0 }

    /// True when standard input is a terminal.
    public static var stdinIsTerminal: Bool { isatty(0) != 0 }

    /// An environment variable, or nil.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

/// Exit statuses of `nodeum` (ARCHITECTURE.md, "Exit codes").
public enum ExitStatus {
    public static let success: Int32 = 0
    /// An uncaught Lua error.
    public static let luaError: Int32 = 1
    /// A command line that cannot be run.
    public static let usage: Int32 = 2
    /// Authentication or permission refused (401/403).
    public static let authentication: Int32 = 3
    /// Another API error, not caught.
    public static let apiError: Int32 = 4
    /// Network or TLS failure.
    public static let network: Int32 = 5
    /// Stopped by Ctrl-C.
    public static let interrupted: Int32 = 130
}
