import Foundation

/// When and how long to wait before trying a request again. Idempotent calls (GET, PUT,
/// DELETE) are retried on `retryableStatuses` (429, 500, 502, 503, 504) and dropped
/// connections; POST and PATCH only when the request provably never reached the server
/// (refused, connect timeout). A `Retry-After` longer than `maxRetryAfter` is not slept: the
/// call fails at once, naming the wait the server asked for.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, the first included; 1 turns retries off.
    public var maxAttempts: Int
    /// Time from the first attempt after which no retry starts.
    public var totalBudget: Duration
    /// The first backoff; each retry doubles it, up to `maxDelay`.
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// The longest `Retry-After` honoured; a longer one ends the call at once.
    public var maxRetryAfter: Duration
    /// Statuses worth another try.
    public var retryableStatuses: Set<Int>
    /// Fraction (0...1) of each backoff drawn at random, so clients do not retry in step.
    public var jitter: Double

    public init(
        maxAttempts: Int = 5, totalBudget: Duration = .seconds(120), baseDelay: Duration = .milliseconds(200),
        maxDelay: Duration = .seconds(10), maxRetryAfter: Duration = .seconds(60),
        retryableStatuses: Set<Int> = [429, 500, 502, 503, 504], jitter: Double = 0.5
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.totalBudget = totalBudget
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.retryableStatuses = retryableStatuses
        self.jitter = min(1, max(0, jitter))
    }

    /// No retries at all.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The backoff before retry number `retry` (1 for the first retry): exponential, capped,
    /// with up to `jitter` of it random.
    public func backoff(retry: Int) -> Duration {
        let exponent = Double(min(retry - 1, 30))
        let full = min(seconds(baseDelay) * pow(2, exponent), seconds(maxDelay))
        let randomPart = full * jitter * Double.random(in: 0...1)
        return .milliseconds(Int64(((full * (1 - jitter)) + randomPart) * 1000))
    }

    /// The wait a `Retry-After` value asks for (seconds, or an HTTP date), not capped; nil when
    /// absent or unreadable.
    public func retryAfterDelay(_ header: String?, now: Date = Date()) -> Duration? {
        guard let header = header?.trimmingCharacters(in: .whitespaces), !header.isEmpty else { return nil }
        var wait: Double
        if let secs = Double(header), secs.isFinite {
            wait = secs
        } else if let date = Self.parseHTTPDate(header) {
            wait = date.timeIntervalSince(now)
        } else {
            return nil
        }
        // Clamped to a year so that the conversion cannot overflow; anything that long is refused anyway.
        wait = min(max(0, wait), 365 * 86_400)
        return .milliseconds(Int64(wait * 1000))
    }

    /// True when a `Retry-After` wait is longer than the policy sleeps for.
    public func refuses(retryAfter wait: Duration) -> Bool { wait > maxRetryAfter }

    /// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), and the obsolete RFC 850 and asctime forms.
    static func parseHTTPDate(_ text: String) -> Date? {
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "GMT")
            f.dateFormat = format
            if let d = f.date(from: text) { return d }
        }
        return nil
    }

    /// An IMF-fixdate for `date`, as servers write `Retry-After`.
    public static func httpDate(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "GMT")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return f.string(from: date)
    }
}

/// A `Duration` in seconds, as a `Double`.
func seconds(_ d: Duration) -> Double {
    let (s, atto) = d.components
    return Double(s) + Double(atto) / 1e18
}

