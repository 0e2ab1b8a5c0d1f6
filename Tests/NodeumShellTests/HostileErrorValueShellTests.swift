import Foundation
import Testing

/// Error values whose `__index`, `__tostring` or `__close` raise, uncaught in a script and in
/// the REPL: the program reports them as lua.c words a table without a usable `__tostring`,
/// and goes on (the REPL) or exits 1 (a script); nothing crashes.
@Suite("hostile error values at the shell", .serialized)
struct HostileErrorValueShellTests {
    static let prelude = """
        local function raising(...) local t = {} for _, name in ipairs{...} do t[name] = function() error("from " .. name) end end return t end
        index = setmetatable({}, raising("__index"))
        tostr = setmetatable({}, raising("__tostring"))
        both = setmetatable({}, raising("__index", "__tostring"))
        function from_close(v) local guard <close> = setmetatable({}, {__close = function() error(v) end}) end
        """

    static let raises = ["error(index)", "error(tostr)", "error(both)", "from_close(both)"]

    func run(_ arguments: [String], stdin: String = "") async throws -> ProcessOutput {
        try await runProcess(NodeumExecutable.path, arguments: arguments, environment: baseEnvironment, stdin: Data(stdin.utf8))
    }

    @Test("an uncaught hostile error value ends a script with status 1 and its type", arguments: raises)
    func script(raise: String) async throws {
        let r = try await run(["-e", Self.prelude, "-e", raise])
        #expect(r.status == 1)
        #expect(!r.signaled)
        #expect(r.stderrText.hasPrefix("nodeum: (error object is a table value)\nstack traceback:\n"))
    }

    @Test("the REPL reports a hostile error value and reads the next line", arguments: raises)
    func repl(raise: String) async throws {
        let r = try await run(["-e", Self.prelude, "-i"], stdin: "\(raise)\nprint('still here')\n")
        #expect(r.status == 0)
        #expect(r.stdoutText.contains("still here\n"))
        #expect(r.stderrText.hasPrefix("(error object is a table value)\nstack traceback:\n"))
    }

    @Test("a global table whose metamethods raise does not stop the REPL's _ and print")
    func strictGlobals() async throws {
        let r = try await run(["-i"], stdin: """
            setmetatable(_G, {__index = function(_, k) error("no global " .. k) end, __newindex = function(_, k) error("cannot set " .. k) end})
            =1 + 1
            rawget(_G, "print")("still here")
            """ + "\n")
        #expect(r.status == 0)
        #expect(r.stdoutText.contains("2\n"))
        #expect(r.stdoutText.contains("still here\n"))
    }
}
