import Hummingbird

/// An API failure, answered with the Nodeum error body:
/// `{"messages": [...], "details": {"attr": [{"error": "blank"}, ...]}}`.
struct APIError: Error, HTTPResponseError, Sendable {
    let status: HTTPResponse.Status
    let messages: [String]
    /// Per-attribute errors (`name` → `[{"error": "taken", "value": "x"}]`).
    let details: JSONObject
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ messages: [String], details: JSONObject = JSONObject(), headers: HTTPFields = [:]) {
        self.status = status
        self.messages = messages
        self.details = details
        self.headers = headers
    }

    init(_ status: HTTPResponse.Status, _ message: String, details: JSONObject = JSONObject(), headers: HTTPFields = [:]) {
        self.init(status, [message], details: details, headers: headers)
    }

    /// The JSON body.
    var body: JSONValue {
        .object(JSONObject([("messages", .array(messages.map { .string($0) })), ("details", .object(details))]))
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = Response.json(body, status: status)
        response.headers.append(contentsOf: headers)
        return response
    }
}

extension APIError {
    static func notFound(_ what: String) -> APIError {
        APIError(.notFound, "\(what) not found", details: JSONObject([("base", .array([.object(JSONObject([("error", "not_found")]))]))]))
    }

    static func badRequest(_ message: String, attribute: String? = nil, error: String = "invalid", value: String? = nil) -> APIError {
        APIError(.badRequest, message, details: attribute.map { attributeDetails($0, error: error, value: value) } ?? JSONObject())
    }

    static func unprocessable(_ details: JSONObject) -> APIError {
        APIError(.unprocessableContent, "Validation failed: " + details.keys.joined(separator: ", "), details: details)
    }

    /// A name already used by another record of its kind: 422 with a `taken` detail, as the
    /// spec's `taken` definition (the spec documents no 409).
    static func taken(_ attribute: String, value: String) -> APIError {
        APIError(.unprocessableContent, "\(attribute) \(value) is already taken", details: attributeDetails(attribute, error: "taken", value: value))
    }

    static func unauthorized(_ message: String) -> APIError {
        APIError(.unauthorized, message, headers: [.wwwAuthenticate: #"Basic realm="nodeum", Bearer"#])
    }

    /// `{"attr": [{"error": e, "value": v}]}`.
    static func attributeDetails(_ attribute: String, error: String, value: String? = nil) -> JSONObject {
        var entry = JSONObject([("error", .string(error))])
        if let value { entry["value"] = .string(value) }
        return JSONObject([(attribute, .array([.object(entry)]))])
    }
}

extension Response {
    /// A JSON response from already-serialised text.
    static func json(text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        json(text: value.serialized, status: status)
    }
}
