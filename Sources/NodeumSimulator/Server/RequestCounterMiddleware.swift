import Hummingbird
import Synchronization

/// Counts every request received, so tests can assert that something sent none, and how
/// many are answered at once, so they can assert that requests overlapped (or did not).
struct RequestCounterMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: SimulatorState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        state.requestCounter.add(1, ordering: .relaxed)
        if state.options.logRequests {
            context.logger.info("\(request.method) \(request.uri)")
        }
        let now = state.inFlight.add(1, ordering: .relaxed).newValue
        state.maxInFlight.max(now, ordering: .relaxed)
        defer { state.inFlight.subtract(1, ordering: .relaxed) }
        return try await next(request, context)
    }
}
