import Hummingbird
import NIOCore

/// `--latency` and `--fault-rate`: delays responses and, at random from `--random-seed`,
/// answers 503, 500, 429 with `Retry-After`, or closes the connection in the middle of a body.
struct FaultInjectionMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: SimulatorState

    enum Fault: CaseIterable { case unavailable, internalError, tooManyRequests, truncated }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let options = state.options
        let (delay, fault) = state.random.withLock { rng -> (Int, Fault?) in
            var delay = 0
            if let latency = options.latency {
                delay = latency.base + (latency.jitter > 0 ? Int.random(in: -latency.jitter...latency.jitter, using: &rng) : 0)
            }
            let fault = options.faultRate > 0 && rng.chance(options.faultRate) ? rng.pick(Fault.allCases) : nil
            return (max(0, delay), fault)
        }
        if delay > 0 { try await Task.sleep(for: .milliseconds(delay)) }
        switch fault {
        case nil: return try await next(request, context)
        case .unavailable: throw APIError(.serviceUnavailable, "injected fault: service unavailable")
        case .internalError: throw APIError(.internalServerError, "injected fault: internal error")
        case .tooManyRequests: throw APIError(.tooManyRequests, "injected fault: rate limited", headers: [.retryAfter: "1"])
        case .truncated: return Self.truncated()
        }
    }

    /// A response that promises more bytes than it sends, then fails, so the server closes the connection.
    static func truncated() -> Response {
        let head = #"{"count":1000,"items":[{"id":1,"name":"trunc"#
        return Response(
            status: .ok, headers: [.contentType: "application/json", .contentLength: "4096"],
            body: ResponseBody(contentLength: 4096) { writer in
                try await writer.write(ByteBuffer(string: head))
                throw APIError(.internalServerError, "injected fault: connection closed mid-body")
            })
    }
}
