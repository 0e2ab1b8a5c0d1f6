import Foundation
import NodeumSimulator
import Testing

/// The progress line: on a terminal's stderr while a long walk runs, erased at its end;
/// never with --no-progress or when stderr is not a terminal.
@Suite("progress line", .serialized, .timeLimit(.minutes(1)))
struct ProgressTests {
    static let walk = "local n = 0 for f in nodeum.files:list{page_size = 500} do n = n + 1 end print('walked ' .. n)"

    func withSlowSimulator(_ body: (String) async throws -> Void) async throws {
        let simulator = Simulator(options: SimulatorOptions(port: 0, files: 15_000, latency: .init(base: 60)))
        let url = try await simulator.start()
        do {
            try await body(url.absoluteString)
        } catch {
            await simulator.stop()
            throw error
        }
        await simulator.stop()
    }

    func onTerminal(_ arguments: [String]) throws -> (output: String, status: Int32) {
        let terminal = try PseudoTerminal(
            executable: NodeumExecutable.path, arguments: arguments, environment: baseEnvironment.merging(["TERM": "dumb"]) { $1 })
        defer { terminal.closeTerminal() }
        let output = try terminal.expect("walked ", timeout: .seconds(30)) + terminal.pendingOutput()
        return (output, try terminal.waitForExit())
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
        let simulator = Simulator(options: SimulatorOptions(port: 0, latency: .init(base: 700)))
        let url = try await simulator.start()
        defer { Task { await simulator.stop() } }
        let terminal = try PseudoTerminal(
            executable: NodeumExecutable.path,
            arguments: ["--url", url.absoluteString, "--user", "admin", "--password", "admin", "-e",
                        "local r = nodeum.tasks:at(1):run{wait = true} print('walked ' .. r.status)"],
            environment: baseEnvironment.merging(["TERM": "dumb"]) { $1 })
        defer { terminal.closeTerminal() }
        let output = try terminal.expect("walked completed\n", timeout: .seconds(30))
        #expect(try terminal.waitForExit() == 0)
        #expect(output.range(of: #"\e\[Krun_task: job \S+ (queued|working|completed)"#, options: .regularExpression) != nil,
                "\(output.debugDescription)")
        #expect(output.hasSuffix("\u{1B}[Kwalked completed\n"), "\(output.debugDescription)")
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
