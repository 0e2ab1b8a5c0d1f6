import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOSSL
import NodeumAPI
import Synchronization

/// A client of the Nodeum REST API v2: any catalog operation by id, raw calls, retries,
/// pagination and jobs. One `HTTPClient` per instance, created on first use; call
/// `shutdown()` when done.
///
///     let client = NodeumClient(configuration: try ClientConfiguration(url: "https://nodeum.local",
///                                                                      credentials: .basic(user: "admin", password: pw)))
///     let task = try await client.call("show_task", ["task_id": "nightly"])
///     for try await file in client.items("index_files", pageSize: 1000) { ... }
///     try await client.shutdown()
public final class NodeumClient: Sendable {
    public let configuration: ClientConfiguration
    /// The logger used when a call does not pass its own.
    public let logger: Logger
    private let http = Mutex<HTTPClient?>(nil)
    private let shutDown = Mutex(false)
    /// The credentials sent: the configuration's, until a password is typed again after a 401.
    let credentials: CredentialStore

    public init(configuration: ClientConfiguration, logger: Logger = Logger(label: "nodeum.client")) {
        self.configuration = configuration
        self.logger = logger
        self.credentials = CredentialStore(configuration.credentials)
    }

    /// Every secret this client has held, to scrub from what it shows.
    var secrets: [String] { credentials.secrets + (configuration.proxy?.secrets ?? []) }

    deinit {
        // A client dropped without `shutdown()` still closes its connections (AHC traps otherwise);
        // the shutdown keeps the HTTPClient alive until it completes.
        http.withLock { $0 }?.shutdown { _ in }
    }

    /// The HTTP client, created on first use so that a program that makes no call pays nothing.
    func httpClient() throws -> HTTPClient {
        try http.withLock { client in
            if let client { return client }
            guard !shutDown.withLock({ $0 }) else {
                throw NodeumClientError(kind: .configuration, description: "the client has been shut down")
            }
            let made = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: try Self.httpConfiguration(configuration))
            client = made
            return made
        }
    }

    /// Closes the connections. Calls made afterwards fail.
    public func shutdown() async throws {
        shutDown.withLock { $0 = true }
        let client = http.withLock { c -> HTTPClient? in
            defer { c = nil }
            return c
        }
        try await client?.shutdown()
    }

    static func httpConfiguration(_ c: ClientConfiguration) throws -> HTTPClient.Configuration {
        var tls = TLSConfiguration.makeClientConfiguration()
        if c.insecure { tls.certificateVerification = .none }
        if let ca = c.caCertificateFile {
            guard FileManager.default.isReadableFile(atPath: ca) else {
                throw NodeumClientError.configuration("cannot read the CA certificate file '\(ca)'")
            }
            tls.additionalTrustRoots = [.file(ca)]
        }
        var config = HTTPClient.Configuration(
            tlsConfiguration: tls,
            // Not followed: AsyncHTTPClient would send the Authorization header to wherever a
            // redirect points. A redirect fails the call, naming where it pointed.
            redirectConfiguration: .disallow,
            timeout: .init(connect: .nanoseconds(Int64(seconds(c.connectTimeout) * 1e9)),
                           read: .nanoseconds(Int64(seconds(c.requestTimeout) * 1e9))),
            connectionPool: HTTPClient.Configuration.ConnectionPool(),
            proxy: c.proxy.map { p in
                .server(host: p.host, port: p.port,
                        authorization: p.user.map { .basic(username: $0, password: p.password ?? "") })
            },
            decompression: .enabled(limit: .none))
        // A refused or unresolvable server should fail at once, not be retried until the deadline:
        // retries are this client's business, with its own policy.
        config.connectionPool.retryConnectionEstablishment = false
        config.httpVersion = .http1Only
        return config
    }
}

/// An answer: status, headers and JSON body (nil for 204 or an empty body). A JSON body is
/// kept as the bytes that came, checked to be JSON; `value` reads them when asked (once), and
/// the Lua library decodes them straight into tables without that tree.
public struct NodeumResponse: Sendable {
    public let status: Int
    /// Header names lower-cased; repeated headers joined with `, `.
    public let headers: [String: String]
    /// The JSON body as it came (nil for an empty body, a text answer or a dry run).
    public let json: [UInt8]?
    private let body: Body

    /// The body as a value (nil for 204 or an empty body; text for a download that is not JSON).
    public var value: APIValue? { body.value }

    init(status: Int, headers: [String: String], value: APIValue?) {
        self.status = status
        self.headers = headers
        json = nil
        body = Body(value: value)
    }

    /// An answer whose body is JSON already checked (`JSONBytesParser.check`).
    init(status: Int, headers: [String: String], json: [UInt8]) {
        self.status = status
        self.headers = headers
        self.json = json
        body = Body(json: json)
    }

    /// The body's value, read from the JSON bytes on first use.
    private final class Body: Sendable {
        private let json: [UInt8]?
        private let read: Mutex<APIValue??>

        init(value: APIValue?) {
            json = nil
            read = Mutex(.some(value))
        }

        init(json: [UInt8]) {
            self.json = json
            read = Mutex(nil)
        }

        var value: APIValue? {
            read.withLock { read in
                if let value = read { return value }
                let value = json.flatMap { bytes in bytes.withUnsafeBytes { try? APIValue.parse($0) } }
                read = .some(value)
                return value
            }
        }
    }
}

extension NodeumClient {
    /// Calls a catalog operation by id. Path and query parameters by name; `body` as JSON.
    /// Returns the decoded JSON, nil for 204 or an empty body. Throws `NodeumClientError`.
    @discardableResult
    public func call(
        _ operationID: String, _ parameters: [String: APIValue] = [:], body: APIValue? = nil,
        deadline: ContinuousClock.Instant? = nil, logger: Logger? = nil
    ) async throws -> APIValue? {
        try await execute(operationID, parameters, body: body, deadline: deadline, logger: logger).value
    }

    /// Like `call`, with the status and headers.
    public func execute(
        _ operationID: String, _ parameters: [String: APIValue] = [:], body: APIValue? = nil,
        deadline: ContinuousClock.Instant? = nil, logger: Logger? = nil
    ) async throws -> NodeumResponse {
        let request = try PreparedRequest.forOperation(operationID, parameters: parameters, body: body)
        return try await send(request, deadline: deadline, logger: logger ?? self.logger)
    }

    /// Any call, for what the catalog lacks: `path` relative to `/api/v2` (a leading `/api/v2` is
    /// accepted too), already percent-encoded where needed; query values as `call` takes them.
    @discardableResult
    public func request(
        _ method: HTTPMethod, _ path: String, query: [(String, APIValue)] = [], body: APIValue? = nil,
        deadline: ContinuousClock.Instant? = nil, logger: Logger? = nil
    ) async throws -> NodeumResponse {
        var items: [PreparedRequest.QueryItem] = []
        for (name, value) in query {
            switch value {
            case .null: continue
            case .array(let a): items += try a.map { .init(name, try PreparedRequest.scalarText($0, name: name, op: nil)) }
            default: items.append(.init(name, try PreparedRequest.scalarText(value, name: name, op: nil)))
            }
        }
        var normalized = path.hasPrefix("/") ? path : "/" + path
        // A path given with the API's base (`/api/v2/tasks`) means the same as without it.
        if normalized.hasPrefix(APICatalog.basePath + "/") { normalized.removeFirst(APICatalog.basePath.count) }
        let request = PreparedRequest(method: method, path: normalized, query: items, body: body)
        return try await send(request, deadline: deadline, logger: logger ?? self.logger)
    }

    /// The full URL of a request, as sent.
    func url(for request: PreparedRequest) -> String {
        configuration.baseURL.absoluteString + request.encodedPathAndQuery
    }
}
