import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// A running (or runnable) simulator of the Nodeum API, for the `nodeum-sim` program, for
/// `nodeum --sim` and for tests.
///
///     let sim = Simulator(options: SimulatorOptions(port: 0))
///     let url = try await sim.start()   // http://127.0.0.1:PORT/api/v2
///     ...
///     await sim.stop()
public final class Simulator: Sendable {
    public let options: SimulatorOptions
    private let running = Mutex<(task: Task<Void, any Error>?, group: ServiceGroup?, state: SimulatorState?)>((nil, nil, nil))

    public init(options: SimulatorOptions = SimulatorOptions()) {
        self.options = options
    }

    /// Opens the database, seeds it when fresh, starts listening; returns the API's base URL.
    public func start() async throws -> URL {
        let state = try await Self.prepareState(options)
        let port = AsyncThrowingStream<Int, any Error>.makeStream()
        let app = buildApplication(state: state) { port.continuation.yield($0) }
        // Run in our own group so that stop() can shut down gracefully: idle keep-alive
        // connections are closed instead of waited for.
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: Logger(label: "nodeum-sim")))
        let task = Task {
            do { try await group.run() } catch { port.continuation.finish(throwing: error); throw error }
            port.continuation.finish()
        }
        running.withLock { $0 = (task, group, state) }
        var iterator = port.stream.makeAsyncIterator()
        guard let bound = try await iterator.next() else { throw SimulatorError.notStarted }
        return URL(string: "http://\(options.host):\(bound)/api/v2")!
    }

    /// Stops listening and waits until the server has shut down.
    public func stop() async {
        let (task, group) = running.withLock { r -> (Task<Void, any Error>?, ServiceGroup?) in
            defer { r = (nil, nil, nil) }
            return (r.task, r.group)
        }
        guard let task else { return }
        await group?.triggerGracefulShutdown()
        // Returns when the server has shut down, or after a grace period: a client holding a
        // connection open must not keep the caller waiting (the listening socket is closed by then).
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumed = Locked(false)
            let resumeOnce: @Sendable () -> Void = {
                if resumed.withLock({ r in defer { r = true }; return !r }) { continuation.resume() }
            }
            Task {
                _ = await task.result
                resumeOnce()
            }
            Task {
                try? await Task.sleep(for: .seconds(2))
                task.cancel()
                try? await Task.sleep(for: .seconds(1))
                resumeOnce()
            }
        }
    }

    /// Requests received since start, whatever their outcome.
    public var requestCount: Int {
        running.withLock { $0.state?.requestCounter.load(ordering: .relaxed) ?? 0 }
    }

    /// The most requests answered at once since start (or since `resetMaxConcurrentRequests`).
    public var maxConcurrentRequests: Int {
        running.withLock { $0.state?.maxInFlight.load(ordering: .relaxed) ?? 0 }
    }

    /// Starts counting `maxConcurrentRequests` afresh.
    public func resetMaxConcurrentRequests() {
        running.withLock { $0.state?.maxInFlight.store(0, ordering: .relaxed) }
    }

    /// Opens the database and seeds it the first time.
    static func prepareState(_ options: SimulatorOptions) async throws -> SimulatorState {
        let database = try SimulatorDatabase(path: options.databasePath)
        let state = SimulatorState(options: options, database: database)
        if try database.isEmpty() { try await Seeder(state: state).seed() }
        return state
    }
}

/// Why the simulator could not start.
public struct SimulatorError: Error, CustomStringConvertible {
    public let description: String
    static let notStarted = SimulatorError(description: "the server stopped before listening")
}
