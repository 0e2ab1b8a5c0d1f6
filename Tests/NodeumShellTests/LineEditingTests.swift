import Foundation
import NodeumSimulator
import Testing

/// Line editing on a terminal (libedit): keys, history across sessions, the prompt naming
/// the server, Ctrl-C at the prompt, Tab. TERM=dumb, as in `REPLTests`: libedit then
/// redraws a line with a carriage return and the whole line, never with cursor-motion
/// sequences, so what a line prints is found after its final newline.
@Suite("Line editing on a terminal", .serialized, .timeLimit(.minutes(1)))
struct LineEditingTests {
    static let left = "\u{1B}[D"
    static let up = "\u{1B}[A"
    static let controlA = "\u{01}"

    @Test("Left arrow and Ctrl-A edit the line before Enter")
    func editingKeys() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        let terminal = session.terminal
        // "=2*2", Left, "1": "=2*12".
        try terminal.send("=2*2" + Self.left + "1\n")
        try terminal.expect("\n24\n> ")
        // "rint('edited')", Ctrl-A, "p".
        try terminal.send("rint('edited')" + Self.controlA + "p\n")
        try terminal.expect("\nedited\n> ")
        #expect(!terminal.transcript.contains("error"), "\(terminal.transcript.debugDescription)")
    }

    @Test("non-ASCII characters are read and edited whole, also under LC_ALL=C")
    func multibyteCharacters() throws {
        let session = try REPLSession()  // LC_ALL=C, from baseEnvironment
        defer { session.terminal.closeTerminal() }
        try session.terminal.send("print('é€')\n")
        try session.terminal.expect("\né€\n> ")
        try session.terminal.send("=#'é€'\n")
        try session.terminal.expect("\n5\n> ")
        // Three Lefts from the end pass over ")", "'" and "é".
        try session.terminal.send("print('é')" + Self.left + Self.left + Self.left + "x\n")
        try session.terminal.expect("\nxé\n> ")
    }

    @Test("between prompts the terminal is as Lua code expects it: io.read gets an echoed line")
    func terminalIsGivenBackBetweenLines() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        try session.terminal.send("x = io.read()\n")
        try session.terminal.expect("x = io.read()\n")
        try session.terminal.waitUntilReading()
        try session.terminal.send("typed for io.read\n")
        try session.terminal.expect("typed for io.read\n> ")
        try session.type("=x", prints: "typed for io.read\n")
    }

    @Test("Up recalls the previous entry")
    func upRecalls() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        try session.type("n = (n or 0) + 1 print('n is ' .. n)", prints: "n is 1\n")
        try session.terminal.send(Self.up + "\n")
        try session.terminal.expect("\nn is 2\n> ")
    }

    @Test("keys typed ahead of the prompt keep their meaning (Ctrl-D right after a line ends the session)")
    func typeAhead() throws {
        // Before the fix, the terminal's line discipline took a Ctrl-D that arrived before
        // libedit set the terminal up as end-of-file and gave libedit a NUL: about one run in
        // four hung here. Ten sessions make a regression all but certain to show.
        for _ in 0..<10 {
            let session = try REPLSession()
            defer { session.terminal.closeTerminal() }
            try session.terminal.send("x = 1\n\u{04}")
            #expect(try session.terminal.waitForExit(timeout: .seconds(5)) == 0)
        }
    }

    @Test("history persists across sessions in $XDG_STATE_HOME/nodeum/history, mode 0600")
    func historyAcrossSessions() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let state = home.url.path + "/state"
        let environment = ["HOME": home.url.path, "XDG_STATE_HOME": state]
        let first = try REPLSession(environment: environment)
        try first.type("print('from the first session')", prints: "from the first session\n")
        try first.terminal.sendEndOfFile()
        #expect(try first.terminal.waitForExit() == 0)

        let file = state + "/nodeum/history"
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "print('from the first session')\n")
        #expect(try Self.mode(of: file) == 0o600)
        #expect(try Self.mode(of: state + "/nodeum") == 0o700)

        let second = try REPLSession(environment: environment)
        defer { second.terminal.closeTerminal() }
        try second.terminal.send(Self.up + "\n")
        try second.terminal.expect("\nfrom the first session\n> ")
    }

    @Test("without XDG_STATE_HOME the history is in ~/.local/state/nodeum/history")
    func historyUnderHome() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let session = try REPLSession(environment: ["HOME": home.url.path])
        defer { session.terminal.closeTerminal() }
        try session.type("x = 1", prints: "")
        let file = home.url.path + "/.local/state/nodeum/history"
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x = 1\n")
        #expect(try Self.mode(of: file) == 0o600)
    }

    @Test("a line with a secret literal is neither in the file nor recalled")
    func secretsAreNotKept() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let state = home.url.path + "/state"
        let session = try REPLSession(environment: ["HOME": home.url.path, "XDG_STATE_HOME": state])
        defer { session.terminal.closeTerminal() }
        try session.type("print('one')", prints: "one\n")
        try session.type("conf = {user = 'u', password = 'hunter2'}", prints: "")
        try session.type("print('two')", prints: "two\n")
        // Up twice passes over the secret line: the first entry runs again.
        try session.terminal.send(Self.up + Self.up + "\n")
        try session.terminal.expect("\none\n> ")
        try session.type("print(conf.password)", prints: "hunter2\n")
        let text = try String(contentsOfFile: state + "/nodeum/history", encoding: .utf8)
        #expect(text == "print('one')\nprint('two')\nprint('one')\nprint(conf.password)\n")
    }

    @Test("a multi-line chunk is recalled with one Up, runs again, and is one entry in the file")
    func multiLineRecall() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let state = home.url.path + "/state"
        let session = try REPLSession(environment: ["HOME": home.url.path, "XDG_STATE_HOME": state])
        defer { session.terminal.closeTerminal() }
        try session.type("for i = 1, 3 do", prints: "", prompt: "\n>> ")
        try session.type("print('line ' .. i)", prints: "", prompt: "\n>> ")
        try session.type("end", prints: "line 1\nline 2\nline 3\n")
        try session.terminal.send(Self.up)
        try session.terminal.expect("for i = 1, 3 do\nprint('line ' .. i)\nend")
        try session.terminal.send("\n")
        #expect(try session.terminal.expect("\n> ") == "\nline 1\nline 2\nline 3\n> ")
        let text = try String(contentsOfFile: state + "/nodeum/history", encoding: .utf8)
        #expect(text == #"for i = 1, 3 do\nprint('line ' .. i)\nend"# + "\n")
    }

    @Test("the prompt names the server given by --url, with a port that is not the default")
    func promptNamesTheHost() throws {
        let session = try REPLSession(arguments: ["--url", "http://tape-a.example:8080"])
        defer { session.terminal.closeTerminal() }
        #expect(session.opening.hasSuffix("\ntape-a.example:8080> "))
        try session.type("1+1", prints: "2\n", prompt: "\ntape-a.example:8080> ")
        try session.type("x = ", prints: "", prompt: "\n>> ")
        try session.type("3", prints: "", prompt: "\ntape-a.example:8080> ")
        try session.type("_PROMPT = 'mine> '", prints: "", prompt: "\nmine> ")
    }

    @Test("the prompt names the host of NODEUM_URL, without the scheme's default port")
    func promptNamesTheEnvironmentsHost() throws {
        let session = try REPLSession(environment: ["NODEUM_URL": "https://nodeum.example:443/api/v2"])
        defer { session.terminal.closeTerminal() }
        #expect(session.opening.hasSuffix("\nnodeum.example> "))
    }

    @Test("the prompt names the profile chosen by --profile or NODEUM_PROFILE")
    func promptNamesTheProfile() throws {
        let config = try TemporaryDirectory(files: [
            "nodeum/config.toml": "[profiles.prod]\nurl = \"https://prod.example\"\n[profiles.lab]\nurl = \"https://lab.example\"\n",
        ])
        defer { config.remove() }
        let flag = try REPLSession(arguments: ["--profile", "prod"], environment: ["XDG_CONFIG_HOME": config.url.path])
        defer { flag.terminal.closeTerminal() }
        #expect(flag.opening.hasSuffix("\nprod> "))
        try flag.type("=1", prints: "1\n", prompt: "\nprod> ")
        let environment = try REPLSession(environment: ["XDG_CONFIG_HOME": config.url.path, "NODEUM_PROFILE": "lab"])
        defer { environment.terminal.closeTerminal() }
        #expect(environment.opening.hasSuffix("\nlab> "))
    }

    @Test("with --sim the prompt is sim>")
    func promptWithSimulator() throws {
        let session = try REPLSession(arguments: ["--sim"])
        defer { session.terminal.closeTerminal() }
        #expect(session.opening.hasSuffix("\nsim> "))
    }

    @Test("with piped stdin the prompts stay lua's, whatever the server")
    func pipedPromptsStayPlain() async throws {
        let result = try await runProcess(
            NodeumExecutable.path, arguments: ["--url", "http://tape-a.example:8080", "-i"],
            environment: baseEnvironment, stdin: Data("print(1)\nx =\n2\n".utf8))
        #expect(result.stdoutText.hasSuffix("\n> print(1)\n1\n> x =\n>> 2\n> \n"), "\(result.stdoutText.debugDescription)")
    }

    @Test("Ctrl-C drops the entry being typed and gives a fresh prompt")
    func interruptDropsTheEntry() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        try session.terminal.send("print('dropped')")
        try session.terminal.expect("print('dropped')")
        try session.terminal.waitUntilReading()
        try session.terminal.sendInterrupt()
        try session.terminal.expect("\n> ")
        try session.type("x = ", prints: "", prompt: "\n>> ")
        try session.terminal.waitUntilReading()
        try session.terminal.sendInterrupt()
        try session.terminal.expect("\n> ")
        try session.type("print(x, 'kept')", prints: "nil\tkept\n")
        #expect(!session.terminal.transcript.contains("\ndropped"))
    }

    @Test("Tab completes a global name and a field")
    func tabCompletes() throws {
        let session = try REPLSession()
        defer { session.terminal.closeTerminal() }
        try session.terminal.send("prin\t")
        try session.terminal.expect("print ")
        try session.terminal.send("(42)\n")
        try session.terminal.expect("\n42\n> ")
        try session.terminal.send("=string.fo\t")
        try session.terminal.expect("=string.format ")
        try session.terminal.send("('%03d', 7)\n")
        try session.terminal.expect("\n007\n> ")
        // Two candidates: the first Tab completes their common part, the second lists them.
        try session.terminal.send("string.gs\t")
        try session.terminal.expect("string.gsub ")
        try session.terminal.send("\u{15}string.g\t\t")
        let listing = try session.terminal.expect("string.gsub")
        #expect(listing.contains("string.gmatch"))
    }

    @Test("Tab completes the API surface, filters, enum values and kept locals without a request")
    func tabCompletesTheSurfaceWithoutRequests() async throws {
        let (simulator, url) = try await TestSimulator.start(SimulatorOptions(port: 0))
        defer { Task { await simulator.stop() } }
        let session = try REPLSession(arguments: ["--url", url.absoluteString, "--user", "admin", "--password", "admin"])
        defer { session.terminal.closeTerminal() }
        let terminal = session.terminal
        let prompt = "\n127.0.0.1:\(url.port!)> "
        let before = simulator.requestCount
        try terminal.send("=nodeum.tape_libr\t")
        try terminal.expect("=nodeum.tape_libraries")
        try terminal.send("\u{15}nodeum.tapes:li\t")
        try terminal.expect("nodeum.tapes:list")
        try terminal.send("\u{15}=nodeum.api.index_api_k\t")
        try terminal.expect("=nodeum.api.index_api_keys")
        // A filter name inside the list call's table: two candidates, listed on the second Tab.
        try terminal.send("\u{15}nodeum.tapes:list{lo\t\t")
        let filters = try terminal.expect("locked")
        #expect(filters.contains("location"), "\(filters)")
        try terminal.send("\u{15}nodeum.task_executions:list{status = \"do\t")
        try terminal.expect("status = \"done\"")
        try terminal.send("\u{15}")
        #expect(simulator.requestCount == before, "completing sent a request")
        // A top-level local, kept by the REPL, completes on a later line.
        try terminal.send("local tape_count = 7\n")
        try terminal.expect(prompt)
        try terminal.send("=tape_co\t")
        try terminal.expect("=tape_count")
        try terminal.send("\n")
        #expect(try terminal.expect(prompt).hasSuffix("7\n127.0.0.1:\(url.port!)> "))
        #expect(simulator.requestCount == before)
    }

    static func mode(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? NSNumber).intValue & 0o777
    }
}
