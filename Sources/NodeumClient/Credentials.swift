import Foundation

/// How the client authenticates: Basic (user and password) or Bearer (an API key).
/// Its description never shows the secret.
public enum Credentials: Sendable, Equatable, CustomStringConvertible {
    case basic(user: String, password: String)
    case bearer(token: String)

    /// The `Authorization` header value.
    var authorizationHeader: String {
        switch self {
        case .basic(let user, let password): "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        case .bearer(let token): "Bearer " + token
        }
    }

    /// The `Authorization` header as a trace shows it: scheme and user, never the secret.
    var redactedHeader: String {
        switch self {
        case .basic(let user, _): "Basic <redacted> (user \(user))"
        case .bearer: "Bearer <redacted>"
        }
    }

    /// The secrets to scrub from any text the client shows.
    var secrets: [String] {
        switch self {
        case .basic(_, let password): password.isEmpty ? [] : [password, Data("\(password)".utf8).base64EncodedString()]
        case .bearer(let token): token.isEmpty ? [] : [token]
        }
    }

    public var description: String {
        switch self {
        case .basic(let user, _): "Basic(user: \(user), password: <redacted>)"
        case .bearer: "Bearer(<redacted>)"
        }
    }
}

extension String {
    /// This text with every secret replaced by `<redacted>`.
    func redacting(_ secrets: [String]) -> String {
        var s = self
        for secret in secrets where !secret.isEmpty && s.contains(secret) {
            s = s.replacingOccurrences(of: secret, with: "<redacted>")
        }
        return s
    }
}
