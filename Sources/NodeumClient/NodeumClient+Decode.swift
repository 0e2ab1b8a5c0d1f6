import Foundation
import NIOCore
import NodeumAPI

extension NodeumClient {
    /// 2xx: the JSON body (nil when empty); anything else: a `NodeumClientError` of kind `.api`.
    func decode(_ raw: RawResponse, request: PreparedRequest) throws -> NodeumResponse {
        let url = url(for: request)
        guard (200..<300).contains(raw.status) else {
            throw Self.apiError(raw, request: request, url: url).redacting(secrets)
        }
        if raw.status == 204 || raw.body.readableBytes == 0 || Self.isBlank(raw.body) {
            return NodeumResponse(status: raw.status, headers: raw.headers, value: nil)
        }
        let contentType = raw.headers["content-type"] ?? "application/json"
        do {
            let bytes = Array(raw.body.readableBytesView)
            try JSONBytesParser.check(bytes)
            return NodeumResponse(status: raw.status, headers: raw.headers, json: bytes)
        } catch {
            // A download (YAML, a file) is not JSON: hand it back as text rather than failing. An
            // operation that answers only JSON gets it or fails (an HTML page from a proxy is no answer).
            let jsonOnly = request.operationID.flatMap { APICatalog.operation($0) }.map { $0.produces.allSatisfy { $0.contains("json") } } ?? false
            if !contentType.contains("json"), !jsonOnly {
                return NodeumResponse(status: raw.status, headers: raw.headers, value: .string(String(buffer: raw.body)))
            }
            /// The answer is no JSON value: `what` it was instead.
            func invalid(_ what: String) -> NodeumClientError {
                NodeumClientError(
                    kind: .invalidResponse,
                    description: "\(request.method.rawValue) \(url)\(Self.opSuffix(request)) answered \(raw.status) with \(what): \"\(Self.excerpt(raw.body))\"",
                    status: raw.status, operationID: request.operationID, method: request.method.rawValue, url: url,
                    bodyExcerpt: Self.excerpt(raw.body)
                ).redacting(secrets)
            }
            if !contentType.contains("json") {
                let type = contentType.split(separator: ";").first.map(String.init) ?? contentType
                throw invalid("\(type), not the API's JSON (a proxy or wrong URL?)")
            }
            throw invalid("invalid JSON (\(error))")
        }
    }

    private static func isBlank(_ body: ByteBuffer) -> Bool {
        body.readableBytesView.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    static func opSuffix(_ request: PreparedRequest) -> String {
        request.operationID.map { " (\($0))" } ?? ""
    }

    /// The start of a body, on one line, for messages.
    static func excerpt(_ body: ByteBuffer, limit: Int = 160) -> String {
        let text = String(decoding: body.readableBytesView.prefix(limit * 4), as: UTF8.self)
        let oneLine = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return oneLine.count > limit ? String(oneLine.prefix(limit)) + "…" : oneLine
    }

    /// The error for a non-2xx answer: the API's `messages` and `details` when the body is its
    /// JSON error, the start of the body otherwise; a hint for the statuses a person can fix.
    static func apiError(_ raw: RawResponse, request: PreparedRequest, url: String) -> NodeumClientError {
        let parsed = try? raw.body.withUnsafeReadableBytes { try APIValue.parse($0) }
        var messages: [String] = []
        var details: APIValue?
        var excerpt: String?
        if let parsed, case .object = parsed {
            switch parsed["messages"] {
            case .array(let a)?: messages = a.map { $0.stringValue ?? $0.serialized() }
            case .string(let s)?: messages = [s]
            default: break
            }
            if let m = parsed["message"]?.stringValue, messages.isEmpty { messages = [m] }
            if let d = parsed["details"], d != .null, d != .object(APIObject()) { details = d }
        } else if case .string(let s)? = parsed {
            messages = [s]
        } else if raw.body.readableBytes > 0 {
            excerpt = Self.excerpt(raw.body)
        }
        var line = "\(raw.status) \(reason(raw.status)) from \(request.method.rawValue) \(url)\(opSuffix(request))"
        if !messages.isEmpty { line += ": " + messages.joined(separator: "; ") }
        if let details, let text = detailsText(details), !messages.contains(where: { $0.contains(text) }) { line += " [\(text)]" }
        if let excerpt {
            let type = raw.headers["content-type"].map { $0.split(separator: ";").first.map(String.init) ?? $0 } ?? "unknown type"
            line += parsed != nil
                ? ": the server answered JSON that is not the API's error object: \(excerpt)"
                : ": the server answered \(type), not the API's JSON (a proxy or wrong URL?): \"\(excerpt)\""
        }
        if (300..<400).contains(raw.status), let location = raw.headers["location"] {
            line += " — the server redirects to \(Self.shownLocation(location)); nodeum does not follow redirects (they would carry the credentials): use that URL"
        } else if let hint = hint(raw.status, request: request) {
            line += " — " + hint
        }
        if let note = raw.note { line += " (\(note))" }
        return NodeumClientError(
            kind: .api, description: line, status: raw.status, messages: messages, details: details,
            operationID: request.operationID, method: request.method.rawValue, url: url, bodyExcerpt: excerpt)
    }

    /// A redirect's target as a message may show it: no userinfo, one line, not too long.
    static func shownLocation(_ location: String) -> String {
        var text = location.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if var c = URLComponents(string: text), c.user != nil || c.password != nil {
            c.user = nil
            c.password = nil
            text = c.string ?? text
        }
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }

    /// `name: taken (x); size: blank` from `{"name": [{"error": "taken", "value": "x"}], ...}`.
    static func detailsText(_ details: APIValue) -> String? {
        guard case .object(let o) = details else { return nil }
        let parts = o.map { m -> String in
            let errors = (m.value.arrayValue ?? [m.value]).map { e -> String in
                let what = e["error"]?.stringValue ?? e.stringValue ?? e.serialized()
                return e["value"].map { "\(what) (\($0.stringValue ?? $0.serialized()))" } ?? what
            }
            return "\(m.key): \(errors.joined(separator: ", "))"
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    static func hint(_ status: Int, request: PreparedRequest) -> String? {
        switch status {
        case 401: return "check the user and password, or the API key"
        case 403:
            let scope = request.operationID.flatMap { APICatalog.operation($0)?.scope }
            return scope.map { "the credentials lack the scope '\($0)'" } ?? "the credentials are not allowed this call"
        case 404 where request.operationID == nil: return "check the path"
        case 429: return "rate limited; retry later"
        default: return nil
        }
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 409: "Conflict"
        case 422: "Unprocessable Entity"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        case 300..<400: "Redirect"
        default: "Error"
        }
    }
}
