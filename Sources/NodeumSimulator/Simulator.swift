import Foundation
import Hummingbird
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
    private let running = Mutex<(task: Task<Void, any Error>?, state: SimulatorState?)>((nil, nil))

    public init(options: SimulatorOptions = SimulatorOptions()) {
        self.options = options
    }

    /// Opens the database, seeds it when fresh, starts listening; returns the API's base URL.
    public func start() async throws -> URL {
        let state = try await Self.prepareState(options)
        let port = AsyncThrowingStream<Int, any Error>.makeStream()
        let app = buildApplication(state: state) { port.continuation.yield($0) }
        let task = Task {
            do { try await app.run() } catch { port.continuation.finish(throwing: error); throw error }
            port.continuation.finish()
        }
        running.withLock { $0 = (task, state) }
        var iterator = port.stream.makeAsyncIterator()
        guard let bound = try await iterator.next() else { throw SimulatorError.notStarted }
        return URL(string: "http://\(options.host):\(bound)/api/v2")!
    }

    /// Stops listening and waits until the server has shut down.
    public func stop() async {
        let task = running.withLock { r -> Task<Void, any Error>? in
            defer { r = (nil, nil) }
            return r.task
        }
        task?.cancel()
        _ = await task?.result
    }

    /// Requests received since start, whatever their outcome.
    public var requestCount: Int {
        running.withLock { $0.state?.requestCounter.load(ordering: .relaxed) ?? 0 }
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
