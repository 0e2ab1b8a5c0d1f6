import Foundation
import GRDB
import NodeumAPI

/// Turns the `Authorization` header into a principal: Basic users from the options, Bearer
/// API keys from the database.
struct Authenticator: Sendable {
    let state: SimulatorState

    func authenticate(_ header: String?) async throws -> Principal {
        guard let header, let space = header.firstIndex(of: " ") else {
            throw APIError.unauthorized("authentication required")
        }
        let scheme = header[..<space].lowercased()
        let credentials = header[header.index(after: space)...].trimmingCharacters(in: .whitespaces)
        switch scheme {
        case "basic":
            guard let data = Data(base64Encoded: credentials), let text = String(data: data, encoding: .utf8),
                let user = SimulatorOptions.User(text),
                let index = state.options.users.firstIndex(of: user)
            else { throw APIError.unauthorized("invalid user name or password") }
            return Principal(userName: user.name, userID: Int64(index + 1), scopes: nil)
        case "bearer":
            // Sendable values out of the read, so that it is GRDB's asynchronous one (a `Row`
            // would pick the blocking overload).
            let key = try await state.writer.read { db -> (owner: Int64?, body: String)? in
                try Row.fetchOne(
                    db, sql: "SELECT owner_id, body FROM records WHERE kind = 'api_keys' AND json_extract(body, '$.key') = ?",
                    arguments: [credentials]
                ).map { ($0["owner_id"], $0["body"]) }
            }
            guard let key, let body = JSONValue.parse(key.body) else {
                throw APIError.unauthorized("invalid API key")
            }
            let userID: Int64 = key.owner ?? 1
            let users = state.options.users
            let name = userID >= 1 && userID <= users.count ? users[Int(userID) - 1].name : "user\(userID)"
            var scopes: Set<APIScope> = []
            if case .array(let items)? = body["api_key_scopes"] {
                for item in items {
                    if let c = item["controller"]?.stringValue, let a = item["action"]?.stringValue {
                        scopes.insert(APIScope(controller: c, action: a))
                    }
                }
            }
            return Principal(userName: name, userID: userID, scopes: scopes)
        default:
            throw APIError.unauthorized("unsupported authentication scheme \(scheme)")
        }
    }

    /// Throws 403 when the principal's scopes do not include the operation's.
    static func authorize(_ principal: Principal, _ operation: APIOperation) throws(APIError) {
        guard let scopes = principal.scopes else { return }
        guard let scope = operation.scope, scopes.contains(scope) else {
            let needed = operation.scope.map { "\($0)" } ?? "a user session"
            throw APIError(.forbidden, "API key lacks scope \(needed)")
        }
    }
}
