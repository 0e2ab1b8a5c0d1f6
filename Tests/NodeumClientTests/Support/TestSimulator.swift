import Foundation
import Logging
import NodeumAPI
import NodeumClient
import NodeumSimulator
import Synchronization

/// The one place these tests start a simulator: in process, real loopback HTTP on port 0,
/// handing back a client configured for it (after AHC's HTTPBin).
enum TestSimulator {
    static let password = "s3cret-Pa55word"

    /// Options for tests: demo data, quick task runs, a password worth searching for in output.
    static func options(_ tweak: (inout SimulatorOptions) -> Void = { _ in }) -> SimulatorOptions {
        var o = SimulatorOptions(
            port: 0, seed: .demo, randomSeed: 7, users: [.init(name: "admin", password: password)], taskDuration: 0.6)
        tweak(&o)
        return o
    }

    /// Runs `body` with a fresh simulator and a client of it; both stopped afterwards.
    static func withClient(
        _ options: SimulatorOptions = options(), logs: LogCapture? = nil,
        configure: (inout ClientConfiguration) -> Void = { _ in },
        _ body: (NodeumClient, Simulator, URL) async throws -> Void
    ) async throws {
        let sim = Simulator(options: options)
        let url = try await sim.start()
        var config = try ClientConfiguration(url: url.absoluteString, credentials: .basic(user: "admin", password: password))
        config.retry.baseDelay = .milliseconds(20)
        configure(&config)
        let client = NodeumClient(configuration: config, logger: logs?.logger ?? Logger(label: "test"))
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

    /// A client of the same server with other settings.
    static func client(_ url: URL, credentials: Credentials?, logs: LogCapture? = nil, configure: (inout ClientConfiguration) -> Void = { _ in })
        throws -> NodeumClient
    {
        var config = try ClientConfiguration(url: url.absoluteString, credentials: credentials)
        config.retry.baseDelay = .milliseconds(20)
        configure(&config)
        return NodeumClient(configuration: config, logger: logs?.logger ?? Logger(label: "test"))
    }

    /// The error a call throws, or nil when it succeeds.
    static func error(_ body: () async throws -> Void) async -> NodeumClientError? {
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
final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    var logger: Logger {
        var l = Logger(label: "nodeum.test") { _ in Handler(capture: self) }
        l.logLevel = .trace
        return l
    }

    var all: [String] { lines.withLock { $0 } }
    func append(_ line: String) { lines.withLock { $0.append(line) } }

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
