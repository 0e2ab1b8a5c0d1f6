import Hummingbird
import Synchronization

/// Counts every request received, so tests can assert that something sent none.
struct RequestCounterMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: SimulatorState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        state.requestCounter.add(1, ordering: .relaxed)
        if state.options.logRequests {
            context.logger.info("\(request.method) \(request.uri)")
        }
        return try await next(request, context)
    }
}
