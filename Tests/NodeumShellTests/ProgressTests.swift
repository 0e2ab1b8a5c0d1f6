import Foundation
import NodeumSimulator
import Testing

/// The progress line: on a terminal's stderr while a long walk runs, erased at its end;
/// never with --no-progress or when stderr is not a terminal.
@Suite("progress line", .serialized, .timeLimit(.minutes(1)))
struct ProgressTests {
    static let walk = "local n = 0 for f in nodeum.files:list{page_size = 500} do n = n + 1 end print('walked ' .. n)"

    func withSlowSimulator(_ body: (String) async throws -> Void) async throws {
        try await TestSimulator.withURL(SimulatorOptions(port: 0, files: 15_000, latency: .init(base: 60)), body)
    }

    /// Runs nodeum on a terminal until it prints `walked `: its output (`\r` removed), the
    /// screen it leaves, and its exit status.
    func onTerminal(_ arguments: [String]) throws -> (output: String, screen: [String], status: Int32) {
        let terminal = try PseudoTerminal(
            executable: NodeumExecutable.path, arguments: arguments, environment: baseEnvironment.merging(["TERM": "dumb"]) { $1 })
        defer { terminal.closeTerminal() }
        let output = try terminal.expect("walked ", timeout: .seconds(30)) + terminal.pendingOutput()
        let status = try terminal.waitForExit()
        return (output, Self.screen(terminal.rawTranscript), status)
    }

    @Test("a long walk shows items/total, rate and ETA, then erases the line")
    func showsAndErases() async throws {
        try await withSlowSimulator { url in
            let run = try onTerminal(["--url", url, "--user", "admin", "--password", "admin", "-e", Self.walk])
            #expect(run.status == 0)
            let line = try #require(run.output.split(separator: "\r").first { $0.contains(" files  ") }.map(String.init))
            #expect(line.range(of: #"^\e\[K[\d,]+/[\d,]+ files  \d+ %  [\d,]+/s  ETA \d+"#, options: .regularExpression) != nil, "\(line)")
            // Erased before the script's own output.
            #expect(run.output.contains("\u{1B}[Kwalked "), "\(run.output.suffix(80).debugDescription)")
        }
    }

    @Test("waiting for a job shows its state, then erases the line")
    func jobWait() async throws {
        let (simulator, url) = try await TestSimulator.start(SimulatorOptions(port: 0, latency: .init(base: 700), taskDuration: 6))
        defer { Task { await simulator.stop() } }
        let terminal = try PseudoTerminal(
            executable: NodeumExecutable.path,
            arguments: ["--url", url.absoluteString, "--user", "admin", "--password", "admin", "-e",
                        "local r = nodeum.tasks:at(1):run{wait = true} print('walked ' .. r.status)"],
            environment: baseEnvironment.merging(["TERM": "dumb"]) { $1 })
        defer { terminal.closeTerminal() }
        let output = try terminal.expect("walked done\n", timeout: .seconds(30))
        #expect(try terminal.waitForExit() == 0)
        // The job, then the execution the run started, to its end.
        #expect(output.range(of: #"\e\[Krun_task: job \S+ (queued|working|completed)"#, options: .regularExpression) != nil,
                "\(output.debugDescription)")
        #expect(output.range(of: #"\e\[Ktask 1: execution \d+ in_progress, \d+/\d+ files"#, options: .regularExpression) != nil,
                "\(output.debugDescription)")
        #expect(output.hasSuffix("\u{1B}[Kwalked done\n"), "\(output.debugDescription)")
    }

    /// What a terminal shows after `output`: each line as it stands once carriage returns,
    /// erase-to-end-of-line and newlines are applied (other escape sequences dropped); no
    /// trailing empty line.
    static func screen(_ output: String) -> [String] {
        var lines: [[Unicode.Scalar]] = [[]]
        var column = 0
        var scalars = Array(output.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            switch c {
            case "\r": column = 0
            case "\n": lines.append([]); column = 0
            case "\u{1B}":
                guard scalars.first == "[" else { continue }
                var sequence = ""
                while let d = scalars.popFirst() {
                    sequence.unicodeScalars.append(d)
                    if d.properties.isAlphabetic { break }
                }
                if sequence == "[K" { lines[lines.count - 1].removeSubrange(min(column, lines[lines.count - 1].count)...) }
            default:
                if column < lines[lines.count - 1].count { lines[lines.count - 1][column] = c } else { lines[lines.count - 1].append(c) }
                column += 1
            }
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { String(String.UnicodeScalarView($0)) }
    }

    @Test("a walk left by break is erased before the next output (no 'ETA 1 swalked')")
    func leftByBreak() async throws {
        try await withSlowSimulator { url in
            let run = try onTerminal(["--url", url, "--user", "admin", "--password", "admin", "-e",
                                      "local n = 0 for f in nodeum.files:list{page_size = 500} do n = n + 1 if n == 9000 then break end end print('walked ' .. n)"])
            #expect(run.status == 0)
            #expect(run.output.contains(" files  "), "the line was shown: \(run.output.debugDescription)")
            #expect(run.screen == ["walked 9000"], "\(run.screen)")
        }
    }

    @Test("lines printed during a walk are never glued to the progress line")
    func printsDuringAWalk() async throws {
        try await withSlowSimulator { url in
            let run = try onTerminal(["--url", url, "--user", "admin", "--password", "admin", "-e", """
                local n = 0
                for f in nodeum.files:list{page_size = 500} do
                  n = n + 1
                  if n % 4000 == 0 then print('at ' .. n) end
                  if n == 6000 then io.stderr:write('half way\\n') end
                end
                print('walked ' .. n)
                """])
            #expect(run.status == 0)
            #expect(run.output.contains(" files  "), "the line was shown: \(run.output.debugDescription)")
            let lines = run.screen
            #expect(lines.dropLast() == ["at 4000", "half way", "at 8000", "at 12000"], "\(lines)")
            #expect(lines.last?.hasPrefix("walked ") == true, "\(lines)")
        }
    }

    @Test("io.write to stderr made the default output is not glued to the progress line either")
    func ioWriteToStderrDuringAWalk() async throws {
        try await withSlowSimulator { url in
            let run = try onTerminal(["--url", url, "--user", "admin", "--password", "admin", "-e", """
                local n = 0
                io.output(io.stderr)
                for f in nodeum.files:list{page_size = 500} do
                  n = n + 1
                  if n == 6000 then io.write('half way', '\\n') end
                  if n == 9000 then io.write('three quarters\\n') end
                end
                io.output(io.stdout)
                io.write('walked ', n, '\\n')
                """])
            #expect(run.status == 0)
            #expect(run.output.contains(" files  "), "the line was shown: \(run.output.debugDescription)")
            let lines = run.screen
            #expect(lines.dropLast() == ["half way", "three quarters"], "\(lines)")
            #expect(lines.last?.hasPrefix("walked ") == true, "\(lines)")
        }
    }

    @Test("no progress line over a line io.write left open")
    func openLineKept() async throws {
        try await withSlowSimulator { url in
            let run = try onTerminal(["--url", url, "--user", "admin", "--password", "admin", "-e",
                                      "io.write('counting: ') local n = 0 for f in nodeum.files:list{page_size = 500} do n = n + 1 end print('walked ' .. n)"])
            #expect(run.status == 0)
            #expect(run.screen.count == 1)
            #expect(run.screen.first?.hasPrefix("counting: walked ") == true, "\(run.screen)")
        }
    }

    @Test("the REPL erases a walk left by first() before showing the result, and one stopped by Ctrl-C")
    func replLeftWalks() async throws {
        try await withSlowSimulator { url in
            let s = try REPLSession(arguments: ["--url", url, "--user", "admin", "--password", "admin"],
                                    environment: ["XDG_CONFIG_HOME": "/nonexistent"])
            defer { s.terminal.closeTerminal() }
            let first = try s.enter("nodeum.files:list{page_size = 500}:filter(function(f) return f.id > 9000 end):first().id",
                                    timeout: .seconds(30))
            #expect(first.contains(" files  "), "the line was shown: \(first.debugDescription)")
            #expect(Self.screen(s.terminal.rawTranscript).suffix(2) == ["9001", String(s.prompt.dropFirst())],
                    "\(Self.screen(s.terminal.rawTranscript))")
            try s.terminal.send("for f in nodeum.files:list{page_size = 100} do end\n")
            try s.terminal.expect(" files  ", timeout: .seconds(30))
            try s.terminal.sendInterrupt()
            try s.terminal.expect(s.prompt, timeout: .seconds(30))
            let lines = Self.screen(s.terminal.rawTranscript)
            #expect(!lines.contains { $0.contains(" files  ") }, "\(lines)")
            #expect(lines.contains { $0.hasSuffix("interrupted!") }, "\(lines)")
        }
    }

    @Test("--no-progress and a stderr that is no terminal show nothing")
    func quietWhenAsked() async throws {
        try await withSlowSimulator { url in
            let run = try onTerminal(["--url", url, "--user", "admin", "--password", "admin", "--no-progress", "-e", Self.walk])
            #expect(run.status == 0)
            #expect(!run.output.contains("\u{1B}[K"))
            let piped = try await runProcess(
                NodeumExecutable.path, arguments: ["--url", url, "--user", "admin", "--password", "admin", "-e", Self.walk],
                environment: baseEnvironment, stdin: Data())
            #expect(piped.stderrText == "")
            #expect(piped.stdoutText.hasPrefix("walked "))
        }
    }
}
