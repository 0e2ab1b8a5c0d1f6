// nodeum-sim: the Nodeum API v2 simulator on loopback. Options map onto SimulatorOptions.
import ArgumentParser
import CBuildInfo
import Foundation
import NodeumSimulator

struct NodeumSim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nodeum-sim", abstract: "Serve a simulated Nodeum API v2 on 127.0.0.1 from SQLite.",
        version: versionText)

    /// What `--version` prints: the version, the commit and day of the build, SQLite's and Swift's versions.
    static var versionText: String {
        """
        nodeum-sim \(String(cString: nodeum_build_version())) (commit \(String(cString: nodeum_build_commit())), \
        built \(String(cString: nodeum_build_date())))
        SQLite \(Simulator.sqliteVersion)
        Swift \(String(cString: nodeum_build_swift()))
        """
    }

    @Option(help: "Port to listen on (0 picks a free one).") var port = 8080
    @Option(help: "SQLite file that keeps state across restarts (default: in memory).") var db: String?
    @Option(help: "Seed data for a fresh database: empty or demo.") var seed: String = "demo"
    @Option(help: "Files to add to the catalog when seeding.") var files = 0
    @Option(name: .customLong("random-seed"), help: "Seed of the data and of injected faults.") var randomSeed: UInt64 = 1
    @Option(help: "Delay per response, MS or MS±JITTER.") var latency: String?
    @Option(name: .customLong("fault-rate"), help: "Probability (0-1) of an injected fault per request.") var faultRate = 0.0
    @Option(name: .customLong("rate-limit"), help: "Requests per second before 429, N or N/s.") var rateLimit: String?
    @Option(name: .customLong("max-page-size"), help: "Largest page a list answers.") var maxPageSize = 1000
    @Option(name: .customLong("task-duration"), help: "Seconds a task execution takes.") var taskDuration = 5.0
    @Option(name: .customLong("user"), help: "Basic user name:password (repeatable; default admin:admin).") var users: [String] = []
    @Flag(help: "Log each request on stderr.") var verbose = false
    @Flag(
        name: .customLong("stop-on-eof"),
        help: "Stop when stdin reaches its end, and ignore Ctrl-C (how nodeum --sim runs it).")
    var stopOnEOF = false

    func options() throws -> SimulatorOptions {
        guard let seedValue = SimulatorOptions.Seed(rawValue: seed) else {
            throw ValidationError("--seed must be empty or demo, not '\(seed)'")
        }
        var parsedLatency: SimulatorOptions.Latency?
        if let latency {
            guard let l = SimulatorOptions.Latency(latency) else { throw ValidationError("--latency must be MS or MS±JITTER") }
            parsedLatency = l
        }
        var limit: Double?
        if let rateLimit {
            let text = rateLimit.hasSuffix("/s") ? String(rateLimit.dropLast(2)) : rateLimit
            guard let n = Double(text), n > 0 else { throw ValidationError("--rate-limit must be N/s with N > 0") }
            limit = n
        }
        guard (0...1).contains(faultRate) else { throw ValidationError("--fault-rate must be between 0 and 1") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard files >= 0, maxPageSize > 0 else { throw ValidationError("--files and --max-page-size must be positive") }
        var parsedUsers: [SimulatorOptions.User] = []
        for u in users {
            guard let user = SimulatorOptions.User(u) else { throw ValidationError("--user must be name:password") }
            parsedUsers.append(user)
        }
        if parsedUsers.isEmpty { parsedUsers = [SimulatorOptions.User(name: "admin", password: "admin")] }
        return SimulatorOptions(
            port: port, databasePath: db, seed: seedValue, files: files, randomSeed: randomSeed, latency: parsedLatency,
            faultRate: faultRate, rateLimit: limit, maxPageSize: maxPageSize, users: parsedUsers, taskDuration: taskDuration,
            logRequests: verbose)
    }

    func serve() async throws {
        let options = try options()
        let simulator = Simulator(options: options)
        let stopSignal = SignalWaiter(signals: stopOnEOF ? [SIGTERM] : [SIGINT, SIGTERM])
        if stopOnEOF {
            signal(SIGINT, SIG_IGN)
            stopSignal.stopAtEndOfStandardInput()
        }
        let url = try await simulator.start()
        // Written unbuffered: whoever started us waits for the first line.
        var banner = "listening on \(url.absoluteString)\n"
        for user in options.users { banner += "user \(user.name) / \(user.password)\n" }
        FileHandle.standardOutput.write(Data(banner.utf8))
        await stopSignal.wait()
        await simulator.stop()
    }
}

/// Waits for the first of some signals, which no longer terminate the process (or for the end
/// of stdin, when asked).
final class SignalWaiter: @unchecked Sendable {  // sources are only kept alive, never touched again
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let sources: [any DispatchSourceSignal]

    init(signals: [Int32]) {
        let (stream, continuation) = AsyncStream<Void>.makeStream()
        self.stream = stream
        self.continuation = continuation
        sources = signals.map { sig in
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { continuation.yield() }
            source.resume()
            return source
        }
    }

    /// Also stops at the end of stdin: the program that started us has closed it or ended.
    func stopAtEndOfStandardInput() {
        let continuation = self.continuation
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 512)
            while read(STDIN_FILENO, &buffer, buffer.count) > 0 {}
            continuation.yield()
        }
    }

    func wait() async {
        for await _ in stream { return }
    }
}

// main.swift cannot use @main; parse and run the async command by hand.
do {
    let command = try NodeumSim.parse()
    try await command.serve()
} catch {
    NodeumSim.exit(withError: error)
}
