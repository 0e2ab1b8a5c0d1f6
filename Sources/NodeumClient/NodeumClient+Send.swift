import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NodeumAPI

extension NodeumClient {
    /// Sends a request under the retry policy and decodes the answer.
    func send(_ request: PreparedRequest, deadline: ContinuousClock.Instant?, logger: Logger) async throws -> NodeumResponse {
        if request.method != .get {
            let safety = configuration.safety
            let call = DryRunCall(method: request.method.rawValue, url: url(for: request), operationID: request.operationID, body: request.body)
            /// A refusal before sending, saying which call and why.
            func refused(_ kind: NodeumClientError.Kind, _ reason: String) -> NodeumClientError {
                NodeumClientError(
                    kind: kind, description: "\(call.summary) not sent: \(reason)",
                    operationID: request.operationID, method: call.method, url: call.url
                ).redacting(secrets)
            }
            if safety.readOnly { throw refused(.readOnly, "\(safety.readOnlyCause) allows only GET") }
            if let report = safety.dryRun {
                report(call)
                return NodeumResponse(status: 0, headers: [:], value: call.answer)
            }
            if request.method == .delete, configuration.confirmDelete, let confirm = safety.confirm {
                let confirmed: Bool
                do { confirmed = try await confirm(call) } catch is CancellationError { throw cancelled(request, url: call.url) }
                guard confirmed else { throw refused(.declined, "not confirmed") }
            }
        }
        return try decode(try await exchange(request, deadline: deadline, logger: logger), request: request)
    }

    /// The request sent under the retry policy, and again with credentials asked anew after a
    /// 401 where they can be (up to three in all, as sudo): the answer before decoding.
    func exchange(_ request: PreparedRequest, deadline: ContinuousClock.Instant?, logger: Logger) async throws -> RawResponse {
        var sent = credentials.current.generation
        var raw = try await sendWithRetries(request, deadline: deadline, logger: logger)
        var attempt = 1
        while raw.status == 401, attempt < 3, let ask = configuration.askCredentials {
            attempt += 1
            guard await credentials.renew(after: sent, attempt: attempt, ask: ask) else { break }
            sent = credentials.current.generation
            raw = try await sendWithRetries(request, deadline: deadline, logger: logger)
        }
        return raw
    }

    /// A GET of a list whose answer is read as a page: skimmed, its items left as bytes. The
    /// status, and the page (nil when the answer is empty or no JSON text); an answer that is
    /// not 2xx, or not JSON where JSON is due, fails as `call` fails.
    func executePage(_ operationID: String, _ parameters: [String: APIValue], key: String, logger: Logger) async throws -> (status: Int, page: SkimmedPage?) {
        let request = try PreparedRequest.forOperation(operationID, parameters: parameters)
        let raw = try await exchange(request, deadline: nil, logger: logger)
        if (200..<300).contains(raw.status), let page = try? SkimmedPage.skim(raw.body, key: key) {
            return (raw.status, page)
        }
        // Not a page: the error any call would give, or an empty or text answer.
        _ = try decode(raw, request: request)
        return (raw.status, nil)
    }

    /// The retry loop: an attempt, then on a retryable failure a wait (Retry-After or backoff)
    /// while attempts and time budget last. What ends the retries is noted on the answer or the
    /// error, so that the message says why no further attempt was made.
    func sendWithRetries(_ request: PreparedRequest, deadline: ContinuousClock.Instant?, logger: Logger) async throws -> RawResponse {
        let policy = configuration.retry
        let clock = ContinuousClock()
        let start = clock.now
        let url = url(for: request)
        var attempt = 1
        while true {
            let wait: Duration
            let reason: String
            do {
                var response = try await attemptOnce(request, url: url, deadline: deadline, logger: logger)
                guard request.method.isIdempotent, policy.retryableStatuses.contains(response.status) else { return response }
                let asked = policy.retryAfterDelay(response.headers["retry-after"])
                if let asked, policy.refuses(retryAfter: asked) {
                    response.note = "the server asked to retry after \(Self.duration(asked)), longer than the \(Self.duration(policy.maxRetryAfter)) nodeum waits"
                    return response
                }
                wait = asked ?? policy.backoff(retry: attempt)
                reason = "status \(response.status)"
                if let stop = retryStop(attempt: attempt, wait: wait, asked: asked, start: start, deadline: deadline) {
                    if !stop.isEmpty { response.note = stop }
                    return response
                }
            } catch var error as NodeumClientError {
                guard Self.isRetryable(error, method: request.method) else { throw error }
                wait = policy.backoff(retry: attempt)
                reason = error.kind.description
                if let stop = retryStop(attempt: attempt, wait: wait, asked: nil, start: start, deadline: deadline) {
                    if attempt > 1, !stop.isEmpty { error.description += " (\(stop))" }
                    throw error
                }
            }
            logger.debug(
                "retrying after \(reason)",
                metadata: ["method": "\(request.method.rawValue)", "url": "\(url)", "attempt": "\(attempt + 1)",
                           "delay_ms": "\(Int(seconds(wait) * 1000))"])
            do { try await Task.sleep(for: wait) } catch {
                throw cancelled(request, url: url)
            }
            attempt += 1
        }
    }

    /// Why no retry follows attempt number `attempt` (empty when retries are off), or nil when
    /// one may: attempts used up, the time budget spent, or the call's deadline before the wait would end.
    private func retryStop(
        attempt: Int, wait: Duration, asked: Duration?, start: ContinuousClock.Instant, deadline: ContinuousClock.Instant?
    ) -> String? {
        let policy = configuration.retry
        let tried = "\(attempt) attempt\(attempt == 1 ? "" : "s")"
        // Empty: no retry, and nothing worth saying (retries are off).
        guard attempt < policy.maxAttempts else { return attempt > 1 ? "gave up after \(tried)" : "" }
        let resume = ContinuousClock.now + wait
        let waitText = asked.map { "the server asked to retry after \(Self.duration($0))" } ?? "the next retry"
        if let deadline, resume >= deadline { return "\(waitText), past the call's deadline; \(tried)" }
        if resume - start > policy.totalBudget {
            return "\(waitText), past the \(Self.duration(policy.totalBudget)) retry budget; \(tried)"
        }
        return nil
    }

    /// `1.5 s`, `99999 s`, `250 ms`: a wait as a person reads it.
    static func duration(_ d: Duration) -> String {
        let s = seconds(d)
        if s < 1 { return "\(Int((s * 1000).rounded())) ms" }
        if s < 10 { return String(format: "%.1f s", s) }
        return "\(Int(s.rounded())) s"
    }

    /// Idempotent methods retry on dropped connections too; any method retries when the
    /// request never left (refused, unresolved, connect timeout, TLS handshake).
    static func isRetryable(_ error: NodeumClientError, method: NodeumAPI.HTTPMethod) -> Bool {
        if error.neverReachedServer { return error.kind != .tls && error.kind != .dns }
        return method.isIdempotent && error.kind == .connectionReset
    }

    private func cancelled(_ request: PreparedRequest, url: String) -> NodeumClientError {
        NodeumClientError(
            kind: .cancelled, description: "\(request.method.rawValue) \(url) cancelled", operationID: request.operationID,
            method: request.method.rawValue, url: url
        ).redacting(secrets)
    }

    /// One exchange: the request sent, the whole body read.
    func attemptOnce(_ request: PreparedRequest, url: String, deadline: ContinuousClock.Instant?, logger: Logger) async throws -> RawResponse {
        if Task.isCancelled { throw cancelled(request, url: url) }
        let client = try httpClient()
        var http = HTTPClientRequest(url: url)
        http.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        http.headers.add(name: "User-Agent", value: configuration.userAgent)
        http.headers.add(name: "Accept", value: "application/json")
        let credentials = self.credentials.current.credentials
        if let credentials {
            http.headers.add(name: "Authorization", value: credentials.authorizationHeader)
        }
        if let body = request.body {
            http.headers.add(name: "Content-Type", value: "application/json")
            http.body = .bytes(ByteBuffer(bytes: body.serializedBytes()))
        }
        let attemptDeadline = Self.nioDeadline(requestTimeout: configuration.requestTimeout, deadline: deadline)
        let began = ContinuousClock.now
        let trace = configuration.safety.trace
        if let trace {
            trace("> \(request.method.rawValue) \(url)" + (request.operationID.map { " (\($0))" } ?? ""))
            if let credentials { trace("> Authorization: \(credentials.redactedHeader)") }
            if let body = request.body { trace("> " + body.redactingSecretFields().serialized().redacting(secrets)) }
        }
        do {
            let response = try await client.execute(http, deadline: attemptDeadline, logger: logger)
            let body = try await response.body.collect(upTo: Self.maxBodyBytes)
            if let trace {
                let ms = Int(seconds(ContinuousClock.now - began) * 1000)
                trace("< \(response.status.code) \(response.status.reasonPhrase) (\(ms) ms, \(body.readableBytes) bytes)")
            }
            var headers: [String: String] = [:]
            for (name, value) in response.headers {
                let key = name.lowercased()
                headers[key] = headers[key].map { $0 + ", " + value } ?? value
            }
            logger.trace(
                "\(request.method.rawValue) \(url) \(response.status.code)",
                metadata: ["ms": "\(Int(seconds(ContinuousClock.now - began) * 1000))"])
            return RawResponse(status: Int(response.status.code), headers: headers, body: body)
        } catch {
            if Task.isCancelled { throw cancelled(request, url: url) }
            throw TransportErrors.classify(error, request: request, url: url, configuration: configuration)
        }
    }

    /// Answers larger than this are refused (a page of 1,000 files is about 400 kB).
    static let maxBodyBytes = 1 << 30

    static func nioDeadline(requestTimeout: Duration, deadline: ContinuousClock.Instant?) -> NIODeadline {
        var remaining = requestTimeout
        if let deadline { remaining = min(remaining, deadline - ContinuousClock.now) }
        return NIODeadline.now() + .nanoseconds(max(0, Int64(seconds(remaining) * 1e9)))
    }
}

/// A response before decoding.
struct RawResponse: Sendable {
    let status: Int
    let headers: [String: String]
    let body: ByteBuffer
    /// Why the retries stopped at this answer, for the error message (nil when none were due).
    var note: String? = nil
}
