import Foundation
import Testing

/// The REPL asks before a DELETE is sent (issue 6, safety switches); scripts never ask.
@Suite("DELETE confirmation in the REPL", .serialized, .timeLimit(.minutes(1)))
struct DeleteConfirmationTests {
    /// The question for task `id` of the session's simulator, up to the answer's place.
    private func expectQuestion(_ terminal: PseudoTerminal, task id: Int) throws {
        try terminal.expect("nodeum: send DELETE http://127.0.0.1:")
        try terminal.expect("/api/v2/tasks/\(id) (destroy_task)? [y/N] ")
    }

    @Test("no (or just Enter) keeps the task; y deletes it")
    func askedBeforeDeleting() throws {
        let session = try REPLSession(arguments: ["--sim"])
        defer { session.terminal.closeTerminal() }
        let terminal = session.terminal
        try session.type("=nodeum.tasks:get(1).id", prints: "1\n", prompt: "\nsim> ")

        try terminal.send("nodeum.tasks:at(1):delete()\n")
        try expectQuestion(terminal, task: 1)
        try terminal.send("n\n")
        let declined = try terminal.expect("\nsim> ")
        #expect(declined.contains("DELETE http://127.0.0.1:"), "\(declined)")
        #expect(declined.contains("/api/v2/tasks/1 (destroy_task) not sent: not confirmed"), "\(declined)")
        try session.type("=nodeum.tasks:get(1).id", prints: "1\n", prompt: "\nsim> ")

        try terminal.send("nodeum.tasks:at(1):delete()\n")
        try expectQuestion(terminal, task: 1)
        try terminal.send("\n")
        #expect(try terminal.expect("\nsim> ").contains("not sent: not confirmed"))

        try terminal.send("nodeum.tasks:at(1):delete()\n")
        try expectQuestion(terminal, task: 1)
        try terminal.send("y\n")
        #expect(try terminal.expect("\nsim> ") == "y\ntrue\nsim> ")
        try session.type("=(pcall(nodeum.tasks.get, nodeum.tasks, 1))", prints: "false\n", prompt: "\nsim> ")
    }

    @Test("concurrent deletes are asked one at a time")
    func oneQuestionAtATime() throws {
        let session = try REPLSession(arguments: ["--sim"])
        defer { session.terminal.closeTerminal() }
        let terminal = session.terminal
        try terminal.send("=nodeum.all{function() return nodeum.tasks:at(1):delete() end, function() return nodeum.tasks:at(2):delete() end}\n")
        try terminal.expect("(destroy_task)? [y/N] ")
        // The second question waits for the first answer.
        #expect(!terminal.pendingOutput(after: .milliseconds(500)).contains("[y/N]"))
        try terminal.send("y\n")
        try terminal.expect("(destroy_task)? [y/N] ")
        try terminal.send("y\n")
        try terminal.expect("\nsim> ")
        try session.type("=(pcall(nodeum.tasks.get, nodeum.tasks, 1)), (pcall(nodeum.tasks.get, nodeum.tasks, 2))", prints: "false\tfalse\n", prompt: "\nsim> ")
    }

    @Test("Ctrl-C at the question cancels the call and the REPL goes on")
    func interruptedQuestion() throws {
        let session = try REPLSession(arguments: ["--sim"])
        defer { session.terminal.closeTerminal() }
        let terminal = session.terminal
        try terminal.send("nodeum.tasks:at(3):delete()\n")
        try expectQuestion(terminal, task: 3)
        // The question's reader polls the terminal from a task, as other threads poll their
        // descriptors: no kernel state tells it apart, so this one waits a little.
        Thread.sleep(forTimeInterval: 0.2)
        try terminal.sendInterrupt()
        #expect(try terminal.expect("\nsim> ").hasSuffix("interrupted!\nsim> "))
        #expect(terminal.pendingOutput() == "")
        try session.type("=nodeum.tasks:get(3).id", prints: "3\n", prompt: "\nsim> ")
    }

    @Test("NODEUM_CONFIRM_DELETE=0 turns the question off")
    func configuredOff() throws {
        let session = try REPLSession(arguments: ["--sim"], environment: ["NODEUM_CONFIRM_DELETE": "0"])
        defer { session.terminal.closeTerminal() }
        try session.type("=nodeum.tasks:at(1):delete()", prints: "true\n", prompt: "\nsim> ")
        try session.type("=(pcall(nodeum.tasks.get, nodeum.tasks, 1))", prints: "false\n", prompt: "\nsim> ")
    }

    @Test("nodeum.connect{confirm_delete = false}: that client's deletes are not asked about; the first's still are")
    func configuredOffPerClient() throws {
        let session = try REPLSession(arguments: ["--sim"])
        defer { session.terminal.closeTerminal() }
        try session.type("other = nodeum.connect{sim = true, confirm_delete = false}", prints: "")
        try session.type("=other.tasks:at(1):delete()", prints: "true\n")
        try session.terminal.send("nodeum.tasks:at(1):delete()\n")
        try expectQuestion(session.terminal, task: 1)
        try session.terminal.send("n\n")
        #expect(try session.terminal.expect(session.prompt).contains("not sent: not confirmed"))
    }

    @Test("a script on a terminal deletes without asking")
    func scriptsNeverAsk() throws {
        let terminal = try PseudoTerminal(
            executable: NodeumExecutable.path,
            arguments: ["--sim", "-e", "print(nodeum.tasks:at(1):delete())"],
            environment: baseEnvironment.merging(["TERM": "dumb"]) { $1 })
        defer { terminal.closeTerminal() }
        #expect(try terminal.expect("true\n") == "true\n")
        #expect(try terminal.waitForExit() == 0)
    }
}
