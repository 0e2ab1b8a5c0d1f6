import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What Lua 5.4.4's own main.lua checks of the stand-alone interpreter, pinned here as well.
@Suite("stand-alone interpreter as main.lua sees it", .serialized)
struct StandaloneBehaviourTests {
    func run(_ arguments: [String], stdin: String = "") async throws -> ProcessOutput {
        try await runProcess(NodeumExecutable.path, arguments: arguments, environment: baseEnvironment, stdin: Data(stdin.utf8))
    }

    @Test("the script's arguments are read from arg after the -e chunks ran")
    func argumentsComeFromArgAfterTheChunks() async throws {
        let r = try await run(["-e", "arg[1] = 100", "-", "x"], stdin: "print(...)")
        #expect(r.stdoutText == "100\n")
        let bad = try await run(["-e", "arg = 1", "-"], stdin: "print(...)")
        #expect(bad.stderrText == "nodeum: 'arg' is not a table\n")
        #expect(bad.status == 1)
    }

    @Test("os.exit(true, true) closes every to-be-closed variable of the main chunk, with no error")
    func exitClosesTheMainChunksVariables() async throws {
        let r = try await run(["-"], stdin: """
            local x <close> = setmetatable({}, {__close = function(_, err) assert(err == nil) print("Ok") end})
            local e1 <close> = setmetatable({}, {__close = function() print(120) end})
            os.exit(true, true)
            """)
        #expect(r.stdoutText == "120\nOk\n")
        #expect(r.status == 0)
    }

    @Test("a second Ctrl-C while the first is pending (stuck in a C function) ends the process")
    func secondInterruptEndsAStuckProcess() throws {
        let terminal = try PseudoTerminal(
            executable: NodeumExecutable.path, arguments: ["-e", "print(15); string.find(string.rep('a', 100000), '.*b')"],
            environment: baseEnvironment.merging(["TERM": "dumb"]) { $1 })
        defer { terminal.closeTerminal() }
        _ = try terminal.expect("15", timeout: .seconds(20))
        // The search has begun when the main thread computes (it runs for minutes then); the
        // second Ctrl-C comes while the first waits for the search to return to Lua.
        try terminal.waitUntilComputing()
        kill(terminal.pid, SIGINT)
        try terminal.waitUntilComputing()
        kill(terminal.pid, SIGINT)
        let status = try terminal.waitForExit()
        #expect(status == 128 + SIGINT, "\(terminal.transcript)")
        // Killed by the signal, not ended by the hook's "interrupted!" (whose exit status is 130 too).
        #expect(!terminal.transcript.contains("interrupted!"), "\(terminal.transcript)")
    }
}
