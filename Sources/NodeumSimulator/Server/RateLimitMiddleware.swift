import Foundation
import Hummingbird
import Synchronization

/// `--rate-limit N/s`: a token bucket holding N tokens, refilled at N per second; a request
/// that finds it empty gets 429 with `Retry-After`.
struct RateLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let perSecond: Double
    private let bucket: Locked<(tokens: Double, last: Double)>

    init(perSecond: Double) {
        self.perSecond = perSecond
        bucket = Locked((perSecond, Date().timeIntervalSince1970))
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let now = Date().timeIntervalSince1970
        let wait = bucket.withLock { b -> Double? in
            b.tokens = min(perSecond, b.tokens + (now - b.last) * perSecond)
            b.last = now
            if b.tokens >= 1 {
                b.tokens -= 1
                return nil
            }
            return (1 - b.tokens) / perSecond
        }
        if let wait {
            throw APIError(.tooManyRequests, "rate limit of \(perSecond) requests per second exceeded",
                           headers: [.retryAfter: String(max(1, Int(wait.rounded(.up))))])
        }
        return try await next(request, context)
    }
}
