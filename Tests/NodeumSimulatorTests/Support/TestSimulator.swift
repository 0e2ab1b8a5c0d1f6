import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import NodeumAPI
@_exported import NodeumTestSupport
@testable import NodeumSimulator

/// The simulator's own tests drive it in process through the router too (`.router`), or over
/// real loopback (`.live`), with a small client that speaks the API's JSON; on the shared
/// `TestSimulator.options`.
extension TestSimulator {
    /// Runs `body` against a fresh simulator; `.router` by default, `.live` for real HTTP.
    static func with(
        _ options: SimulatorOptions = options(), setup: TestingSetup = .router,
        _ body: @Sendable (APITestClient, SimulatorState) async throws -> Void
    ) async throws {
        let state = try await Simulator.prepareState(options)
        let app = buildApplication(state: state) { _ in }
        try await app.test(setup) { client in try await body(APITestClient(client: client), state) }
    }
}

/// Credentials for a request.
enum TestAuth: Sendable {
    case none
    case basic(String, String)
    case bearer(String)
    static let admin = TestAuth.basic("admin", "admin")

    var header: String? {
        switch self {
        case .none: nil
        case .basic(let u, let p): "Basic " + Data("\(u):\(p)".utf8).base64EncodedString()
        case .bearer(let k): "Bearer " + k
        }
    }
}

/// A response: status, headers and the JSON body when there is one.
struct APITestResponse: Sendable {
    let status: Int
    let headers: HTTPFields
    let text: String
    var json: JSONValue? { JSONValue.parse(text) }

    /// The items of a list page under `key`.
    func items(_ key: String) -> [JSONValue] {
        if case .array(let a)? = json?[key] { return a }
        return []
    }

    var count: Int64? { json?["count"]?.intValue }
}

/// Sends API requests through a Hummingbird test client.
struct APITestClient: Sendable {
    let client: any TestClientProtocol

    func request(
        _ method: HTTPRequest.Method, _ path: String, query: [(String, String)] = [], body: JSONValue? = nil,
        rawBody: String? = nil, contentType: String = "application/json", auth: TestAuth = .admin
    ) async throws -> APITestResponse {
        var uri = path.hasPrefix("/") ? APICatalog.basePath + path : path
        if !query.isEmpty {
            uri += "?" + query.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        }
        var headers: HTTPFields = [:]
        if let h = auth.header { headers[.authorization] = h }
        let text = rawBody ?? body?.serialized
        if text != nil { headers[.contentType] = contentType }
        return try await client.execute(
            uri: uri, method: method, headers: headers, body: text.map { ByteBuffer(string: $0) }
        ) { response in
            APITestResponse(status: Int(response.status.code), headers: response.headers, text: String(buffer: response.body))
        }
    }

    func get(_ path: String, _ query: [(String, String)] = [], auth: TestAuth = .admin) async throws -> APITestResponse {
        try await request(.get, path, query: query, auth: auth)
    }

    /// Percent-encodes everything but unreserved characters.
    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}

extension JSONValue {
    /// Builds an object from pairs, for request bodies.
    static func obj(_ pairs: (String, JSONValue)...) -> JSONValue { .object(JSONObject(pairs)) }
}
