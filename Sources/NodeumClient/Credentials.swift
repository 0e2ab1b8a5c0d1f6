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

/// Secrets are kept out of messages where they go: the `Authorization` header is never shown
/// (`redactedHeader`), URLs lose their userinfo when the configuration is made, body fields
/// named like a secret are shown as `<redacted>` (`redactingSecretFields`). As a last line of
/// defence against a server echoing a credential back, text is also searched for secrets long
/// enough not to occur by chance; a short one (`a`, `admin`) would only mangle words and tell
/// what it is made of.
let minimumSearchedSecretLength = 8

extension String {
    /// This text with every occurrence of a secret of at least `minimumSearchedSecretLength`
    /// characters replaced by `<redacted>`.
    func redacting(_ secrets: [String]) -> String {
        var s = self
        for secret in secrets where secret.count >= minimumSearchedSecretLength && s.contains(secret) {
            s = s.replacingOccurrences(of: secret, with: "<redacted>")
        }
        return s
    }
}
