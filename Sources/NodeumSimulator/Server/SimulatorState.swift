import Foundation
import Hummingbird
import GRDB
import NodeumAPI
import Synchronization

/// Who is calling: a Basic user (full access) or an API key restricted to its scopes.
struct Principal: Sendable {
    let userName: String
    /// The user's id, the owner of `/users/me/...` resources.
    let userID: Int64
    /// nil for Basic users (everything allowed).
    let scopes: Set<APIScope>?
}

/// One decoded API request, handed to a controller.
struct APICall: Sendable {
    let operation: APIOperation
    let pathParameters: [String: String]
    let query: QueryParameters
    let body: JSONValue?
    let principal: Principal

    /// The path parameter `name` (the matcher guarantees it exists). The spec declares
    /// `task_id` of `/tasks/{task_id}/task_executions` in the query, so clients generated from
    /// it (the official SDK) send the template's `{task_id}` as is and the value in the query:
    /// that value is taken.
    func path(_ name: String) -> String {
        let value = pathParameters[name] ?? ""
        if value == "{\(name)}", let fromQuery = query[name] { return fromQuery }
        return value
    }

    /// The body as an object, or a 400.
    func bodyObject() throws(APIError) -> JSONObject {
        guard let body else { throw APIError.badRequest("missing request body", attribute: operation.body?.name, error: "blank") }
        guard case .object(let o) = body else {
            throw APIError.badRequest("request body must be a JSON object", attribute: operation.body?.name)
        }
        return o
    }
}

/// Answers one operation.
typealias OperationHandler = @Sendable (APICall, SimulatorState) async throws -> Response

/// Everything the controllers share: options, storage, the clock and the counters.
final class SimulatorState: Sendable {
    let options: SimulatorOptions
    let database: SimulatorDatabase
    let records: any RecordRepository
    let files: FileRepository
    let jobs: JobRepository
    let statistics: StatisticsRepository
    let requestCounter = Atomic<Int>(0)
    /// Requests being answered now, and the most there have been at once.
    let inFlight = Atomic<Int>(0)
    let maxInFlight = Atomic<Int>(0)
    /// Draws for fault injection and latency jitter, from `--random-seed`.
    let random: Mutex<SeededRandom>

    init(options: SimulatorOptions, database: SimulatorDatabase) {
        self.options = options
        self.database = database
        records = SQLiteRecordRepository(writer: database.writer)
        files = FileRepository(writer: database.writer)
        jobs = JobRepository(writer: database.writer)
        statistics = StatisticsRepository(writer: database.writer)
        random = Mutex(SeededRandom(seed: options.randomSeed ^ 0xFA17))
    }

    var writer: any DatabaseWriter { database.writer }

    /// Wall-clock seconds since 1970; task executions progress against it.
    func now() -> Double { Date().timeIntervalSince1970 }

    /// The current time as the API writes dates.
    func timestamp() -> String { ISODate.string(epochSeconds: Int64(now())) }
}
