/// Any failure of a `NodeumClient` call: an API error (non-2xx), a transport failure, a
/// request refused before sending, or a bad configuration. `description` is one line a person
/// can act on; no error ever holds a password, token or `Authorization` header.
public struct NodeumClientError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in categories a caller (or an exit code) can switch on.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private enum Code: String, Sendable, Hashable {
            case api, refused, dns, timeout, tls, connectionReset = "connection_reset", transport
            case invalidResponse = "invalid_response", invalidRequest = "invalid_request"
            case configuration, jobFailed = "job_failed", cancelled, readOnly = "read_only", declined
            case badPagination = "bad_pagination", badKeyset = "bad_keyset"
        }

        private let code: Code
        private init(_ code: Code) { self.code = code }

        /// The server answered a non-2xx status.
        public static let api = Kind(.api)
        /// Nothing listens at the address (connection refused).
        public static let refused = Kind(.refused)
        /// The host name does not resolve.
        public static let dns = Kind(.dns)
        /// No answer in time (connect, read, or the request's deadline).
        public static let timeout = Kind(.timeout)
        /// The TLS handshake failed (certificate not trusted, wrong host, protocol).
        public static let tls = Kind(.tls)
        /// The connection was closed or reset during the exchange.
        public static let connectionReset = Kind(.connectionReset)
        /// Another network failure.
        public static let transport = Kind(.transport)
        /// A 2xx answer whose body is not the JSON it should be.
        public static let invalidResponse = Kind(.invalidResponse)
        /// Refused before sending: unknown operation or parameter, missing required one, bad value.
        public static let invalidRequest = Kind(.invalidRequest)
        /// A bad URL, profile or config file.
        public static let configuration = Kind(.configuration)
        /// A background job or task execution ended in failure.
        public static let jobFailed = Kind(.jobFailed)
        /// The caller's task was cancelled.
        public static let cancelled = Kind(.cancelled)
        /// A call that could change the server, refused by `--read-only` before sending.
        public static let readOnly = Kind(.readOnly)
        /// A DELETE the user did not confirm (the REPL asks before sending one).
        public static let declined = Kind(.declined)
        /// A list walk stopped because the server's pages cannot be right: a page repeating the
        /// one before (`offset` ignored), a list key that is no list.
        public static let badPagination = Kind(.badPagination)
        /// A keyset walk stopped because the server's keys do not increase: it ignores the key
        /// filter or the sort (or, with no sort_by, does not list by id).
        public static let badKeyset = Kind(.badKeyset)

        /// The snake_case name (`connection_reset`), as the Lua layer shows it.
        public var description: String { code.rawValue }

        /// True for failures of the network rather than of the API.
        public var isTransport: Bool { [.refused, .dns, .timeout, .tls, .connectionReset, .transport].contains(code) }
    }

    public var kind: Kind
    /// The HTTP status, for `.api` errors (and a failed job's last status).
    public var status: Int?
    /// The API's `messages`.
    public var messages: [String]
    /// The API's `details` (`{"name": [{"error": "taken"}]}`), when it sent any.
    public var details: APIValue?
    /// The catalog operation, when the call named one.
    public var operationID: String?
    public var method: String?
    /// The URL with any credentials removed.
    public var url: String?
    /// The start of a body that was not the JSON expected (an HTML page from a proxy).
    public var bodyExcerpt: String?
    /// For a failure in the middle of a list walk: the `offset` of the page that failed, and
    /// how many items the walk had delivered before it.
    public var pageOffset: Int?
    public var itemsDelivered: Int?
    /// The one-line explanation.
    public var description: String
    /// Set for transport failures that happened before the request left.
    var neverReached = false

    init(
        kind: Kind, description: String, status: Int? = nil, messages: [String] = [], details: APIValue? = nil,
        operationID: String? = nil, method: String? = nil, url: String? = nil, bodyExcerpt: String? = nil,
        pageOffset: Int? = nil, itemsDelivered: Int? = nil
    ) {
        self.pageOffset = pageOffset
        self.itemsDelivered = itemsDelivered
        self.kind = kind
        self.description = description
        self.status = status
        self.messages = messages
        self.details = details
        self.operationID = operationID
        self.method = method
        self.url = url
        self.bodyExcerpt = bodyExcerpt
    }

    public static func configuration(_ message: String) -> NodeumClientError {
        NodeumClientError(kind: .configuration, description: message)
    }

    public static func invalidRequest(_ message: String, operationID: String? = nil) -> NodeumClientError {
        NodeumClientError(kind: .invalidRequest, description: message, operationID: operationID)
    }

    /// The same error with every secret replaced by `<redacted>` in every text it holds.
    func redacting(_ secrets: [String]) -> NodeumClientError {
        guard !secrets.isEmpty else { return self }
        var e = self
        e.description = description.redacting(secrets)
        e.messages = messages.map { $0.redacting(secrets) }
        e.url = url?.redacting(secrets)
        e.bodyExcerpt = bodyExcerpt?.redacting(secrets)
        if let d = details { e.details = (try? APIValue.parse(d.serialized().redacting(secrets))) ?? d }
        return e
    }
}
