import Hummingbird
import Logging
import NodeumAPI

/// The router: counting, faults, rate limit, then the API itself. Every operation is answered
/// by `APIMiddleware` from the catalog, so no per-path routes are registered here.
func buildRouter(state: SimulatorState) -> Router<BasicRequestContext> {
    let router = Router()
    router.add(middleware: RequestCounterMiddleware(state: state))
    if let limit = state.options.rateLimit { router.add(middleware: RateLimitMiddleware(perSecond: limit)) }
    if state.options.latency != nil || state.options.faultRate > 0 {
        router.add(middleware: FaultInjectionMiddleware(state: state))
    }
    router.add(
        middleware: APIMiddleware(
            state: state, matcher: OperationMatcher(operations: APICatalog.operations), handlers: Controllers.handlers()))
    return router
}

/// The application listening on 127.0.0.1; `onRunning` receives the port actually bound.
func buildApplication(state: SimulatorState, onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
    var logger = Logger(label: "nodeum-sim")
    logger.logLevel = state.options.logRequests ? .info : .warning
    return Application(
        router: buildRouter(state: state),
        configuration: .init(address: .hostname(state.options.host, port: state.options.port), serverName: "nodeum-sim"),
        onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
        logger: logger)
}
