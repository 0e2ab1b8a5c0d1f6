import Foundation
import Logging
import NodeumClient
import NodeumSimulator
import Synchronization

/// The one place tests start a simulator (every test target uses it): in process, real
/// loopback HTTP on port 0, and a client configured for it (after AHC's HTTPBin). The
/// simulator's own tests add an in-process `.router` setup in their target
/// (`TestSimulator.with`), on the same `options`.
public enum TestSimulator {
    /// The admin password of the client tests' simulators: one worth searching for in output.
    public static let password = "s3cret-Pa55word"

    /// Options for tests: `seed` (demo data) and `files`, seeded randomness, quick task runs,
    /// one user, `admin`, whose password is `password` ("admin" unless given).
    public static func options(
        seed: SimulatorOptions.Seed = .demo, files: Int = 0, password: String = "admin",
        _ tweak: (inout SimulatorOptions) -> Void = { _ in }
    ) -> SimulatorOptions {
        var o = SimulatorOptions(
            port: 0, seed: seed, files: files, randomSeed: 7, users: [.init(name: "admin", password: password)],
            taskDuration: 0.6)
        tweak(&o)
        return o
    }

    /// Starts a simulator; stop it with `stop()`.
    public static func start(_ options: SimulatorOptions) async throws -> (simulator: Simulator, url: URL) {
        let simulator = Simulator(options: options)
        let url = try await simulator.start()
        return (simulator, url)
    }

    /// Runs `body` with the URL of a fresh simulator (by default the program's own defaults:
    /// admin/admin, demo data) and returns what it returns; the simulator is stopped
    /// afterwards whatever `body` does.
    @discardableResult
    public static func withURL<T>(
        _ options: SimulatorOptions = SimulatorOptions(port: 0), _ body: (String) async throws -> T
    ) async throws -> T {
        let (simulator, url) = try await start(options)
        do {
            let value = try await body(url.absoluteString)
            await simulator.stop()
            return value
        } catch {
            await simulator.stop()
            throw error
        }
    }

    /// Runs `body` with a fresh simulator and a client of it, signed in as the options' first
    /// user (by default `admin` with `password`); both stopped afterwards.
    public static func withClient(
        _ options: SimulatorOptions = options(password: password), logs: LogCapture? = nil,
        configure: (inout ClientConfiguration) -> Void = { _ in },
        _ body: (NodeumClient, Simulator, URL) async throws -> Void
    ) async throws {
        let (sim, url) = try await start(options)
        let user = options.users.first
        let client: NodeumClient
        do {
            client = try Self.client(
                url, credentials: user.map { .basic(user: $0.name, password: $0.password) }, logs: logs, configure: configure)
        } catch {
            await sim.stop()
            throw error
        }
        do {
            try await body(client, sim, url)
        } catch {
            try? await client.shutdown()
            await sim.stop()
            throw error
        }
        try await client.shutdown()
        await sim.stop()
    }

    /// A client of a running simulator with other settings (retries 20 ms apart).
    public static func client(
        _ url: URL, credentials: Credentials?, logs: LogCapture? = nil, configure: (inout ClientConfiguration) -> Void = { _ in }
    ) throws -> NodeumClient {
        var config = try ClientConfiguration(url: url.absoluteString, credentials: credentials)
        config.retry.baseDelay = .milliseconds(20)
        configure(&config)
        return NodeumClient(configuration: config, logger: logs?.logger ?? Logger(label: "test"))
    }

    /// The error a call throws, or nil when it succeeds.
    public static func error(_ body: () async throws -> Void) async -> NodeumClientError? {
        do {
            try await body()
            return nil
        } catch let e as NodeumClientError {
            return e
        } catch {
            return NodeumClientError?.none
        }
    }
}

/// Collects every log line (message and metadata) at trace level and above, to assert on
/// retries and to search for secrets.
public final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    public init() {}

    public var logger: Logger {
        var l = Logger(label: "nodeum.test") { _ in Handler(capture: self) }
        l.logLevel = .trace
        return l
    }

    public var all: [String] { lines.withLock { $0 } }
    public func append(_ line: String) { lines.withLock { $0.append(line) } }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let meta = (metadata.merging(event.metadata ?? [:]) { $1 }).map { "\($0)=\($1)" }.sorted().joined(separator: " ")
            capture.append("\(event.level) \(event.message) \(meta)")
        }
    }
}
