import Foundation
import Testing

/// The REPL as a user meets it: nodeum on a real pseudo-terminal, typed at.
@Suite("REPL on a terminal", .serialized, .timeLimit(.minutes(1)))
struct REPLTests {
    @Test("the banner and the prompt appear")
    func bannerAndPrompt() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        let banner = try #require(session.opening.split(separator: "\n").first.map(String.init))
        #expect(banner.wholeMatch(of: try Regex(#"nodeum \d+\.\d+\.\d+ \(Lua 5\.4\.\d+  Copyright \(C\) 1994-\d+ Lua\.org, PUC-Rio\)"#)) != nil,
                "banner: \(banner)")
        #expect(session.opening.hasSuffix("\n> "))
    }

    @Test("an expression prints its value")
    func expression() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        try session.type("1+1", prints: "2\n")
    }

    @Test("=expr prints its value")
    func equalsExpression() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        try session.type("=2*21", prints: "42\n")
    }

    @Test("an incomplete line continues with the >> prompt")
    func continuation() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        try session.type("x = ", prints: "", prompt: "\n>> ")
        try session.type("3", prints: "")
        try session.type("=x", prints: "3\n")
    }

    @Test("a top-level local stays visible on the next lines")
    func persistedLocals() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        try session.type("local y = 10", prints: "")
        try session.type("y * 2", prints: "20\n")
        try session.type("y = y + 1", prints: "")
        try session.type("=y, rawget(_G, 'y')", prints: "11\tnil\n")
    }

    @Test("an error prints its message and traceback, then the prompt returns")
    func errorThenPrompt() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        let output = try session.enter("error(\"boom\")")
        #expect(output == "stdin:1: boom\nstack traceback:\n\t[C]: in function 'error'\n\tstdin:1: in main chunk\n\t[C]: in ?\n")
        try session.type("=1", prints: "1\n")
    }

    @Test("_ holds the last result")
    func lastResult() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        try session.type("=40+2", prints: "42\n")
        try session.type("_", prints: "42\n")
    }

    @Test("_PROMPT and _PROMPT2 change the prompts")
    func customPrompt() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        try session.type("_PROMPT = \"nodeum> \"", prints: "", prompt: "\nnodeum> ")
        try session.type("=1", prints: "1\n", prompt: "\nnodeum> ")
        try session.type("_PROMPT2 = \"...> \"", prints: "", prompt: "\nnodeum> ")
        try session.type("z = ", prints: "", prompt: "\n...> ")
        try session.type("5", prints: "", prompt: "\nnodeum> ")
        try session.type("=z", prints: "5\n", prompt: "\nnodeum> ")
    }

    @Test("Ctrl-C stops a running loop with interrupted! and the next line works")
    func interruptRunningCode() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        let terminal = session.terminal
        // The line writes a word its echo does not hold, then loops: once the word shows, the
        // chunk runs, and a Ctrl-C interrupts it (at the prompt it would give a new prompt).
        try terminal.send("io.write('loop', 'ing\\n') while true do end\n")
        try terminal.expect("while true do end\n")
        try terminal.expect("looping\n")
        try terminal.sendInterrupt()
        let interrupted = (try? terminal.expect("interrupted!", timeout: .seconds(10))) != nil
        #expect(interrupted, "no interrupted! after Ctrl-C; output: \(terminal.transcript.debugDescription)")
        let rest = try terminal.expect("\n> ")
        #expect(rest.hasPrefix("\nstack traceback:\n"), "after interrupted!: \(rest.debugDescription)")
        try session.type("=1+2", prints: "3\n")
    }

    @Test("Ctrl-C at an empty prompt gives a new prompt and does not exit")
    func interruptAtPrompt() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        // As a user would: once nodeum waits for input at the prompt.
        try session.terminal.waitUntilReading()
        try session.terminal.sendInterrupt()
        try session.terminal.expect("\n> ")
        try session.type("=7", prints: "7\n")
        try session.terminal.waitUntilReading()
        try session.terminal.sendInterrupt()
        try session.terminal.expect("\n> ")
        try session.type("print('still here')", prints: "still here\n")
    }

    @Test("a Ctrl-C that stops the prompt's computation does not interrupt the next line")
    func interruptOutsideRunningCodeIsNotKept() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        // A prompt whose computation (tostring(_PROMPT)) takes two seconds once `slow` is
        // set, and says when it starts, so that the Ctrl-C lands in it for certain.
        let prompt = "_PROMPT = setmetatable({}, {__tostring = function() if slow then slow = false "
            + "io.write('[computing prompt]') io.flush() local t = os.clock() + 2 while os.clock() < t do end end "
            + "return '> ' end})"
        try session.type(prompt, prints: "")
        try session.terminal.send("slow = true\n")
        try session.terminal.expect("[computing prompt]")
        try session.terminal.sendInterrupt()
        try session.terminal.expect("> ")
        // The interrupt belonged to the prompt; a line long enough to meet the interrupt
        // hook (more than a thousand instructions) must run to its end.
        try session.type("for i = 1, 1e5 do end print('done')", prints: "done\n")
        try session.type("=1", prints: "1\n")
    }

    @Test("Ctrl-D at the prompt exits with status 0 (libedit shows it as ^D)")
    func endOfFileExits() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        try session.type("x = 1", prints: "")
        try session.terminal.sendEndOfFile()
        #expect(try session.terminal.waitForExit() == 0)
        #expect(session.terminal.pendingOutput(after: .zero) == "^D\n")
    }
}

/// A nodeum REPL on a pseudo-terminal (TERM=dumb: libedit redraws with carriage returns
/// only, no cursor-motion sequences; no history file unless `NODEUM_HISTORY` or `HOME`
/// say otherwise), past its first prompt.
struct REPLSession {
    let terminal: PseudoTerminal
    /// What nodeum printed up to and including the first prompt.
    let opening: String
    /// The first prompt as it follows a newline ("\n> ", "\nsim> "): where `type` and `enter`
    /// wait by default.
    let prompt: String

    init(arguments: [String] = [], environment: [String: String] = [:]) throws {
        try #require(FileManager.default.isExecutableFile(atPath: NodeumExecutable.path),
                     "nodeum is not built at \(NodeumExecutable.path): run `swift build --product nodeum`")
        terminal = try PseudoTerminal(
            executable: NodeumExecutable.path, arguments: arguments,
            environment: Self.environment(adding: environment))
        do {
            opening = try terminal.expect("> ")
        } catch {
            terminal.closeTerminal()
            throw error
        }
        prompt = "\n" + (opening.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? "> ")
    }

    /// The base environment with TERM=dumb and `environment`; no history file unless
    /// `environment` names a place for it.
    private static func environment(adding environment: [String: String]) -> [String: String] {
        var result = baseEnvironment.merging(["TERM": "dumb"]) { $1 }
        if environment["HOME"] == nil && environment["XDG_STATE_HOME"] == nil { result["NODEUM_HISTORY"] = "" }
        return result.merging(environment) { $1 }
    }

    /// Types `line` and expects it to print `expected` before the next `prompt` (by default
    /// the first one again).
    func type(
        _ line: String, prints expected: String, prompt: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let output = try enter(line, prompt: prompt ?? self.prompt)
        #expect(output == expected, "after typing \(line.debugDescription)", sourceLocation: sourceLocation)
    }

    /// Types `line` and Enter, waits for its echo and then for `prompt` at the start of a
    /// line; returns what was printed in between (without the prompt).
    func enter(_ line: String, prompt: String? = nil, timeout: Duration = .seconds(10)) throws -> String {
        let prompt = prompt ?? self.prompt
        try terminal.send(line + "\n")
        try terminal.expect(line, timeout: timeout)
        let output = try terminal.expect(prompt, timeout: timeout)
        // `output` is the echoed newline, what the line printed, and the prompt.
        return String(output.dropFirst().dropLast(prompt.count - 1))
    }
}
