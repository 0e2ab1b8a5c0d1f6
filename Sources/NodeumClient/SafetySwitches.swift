import NodeumAPI

/// What a client does with calls that could change the server, and what it reports: read-only
/// refuses them before sending, a dry run reports them instead of sending, a trace follows
/// every exchange (never with credentials), and a question may come before a DELETE. (The
/// shell's `--read-only`, `--dry-run`, `--verbose` and the REPL's question set them.)
public struct SafetySwitches: Sendable {
    /// Refuse every call whose method is not GET, before sending it.
    public var readOnly: Bool
    /// What made the client read-only, as the refusal names it ("--read-only" from the shell).
    public var readOnlyCause = "read-only mode"
    /// Called with each non-GET call instead of sending it; nil to send them.
    public var dryRun: (@Sendable (DryRunCall) -> Void)?
    /// Called with one line per request sent and per answer; nil for no trace.
    public var trace: (@Sendable (String) -> Void)?
    /// Asked before each DELETE is sent (when the configuration's `confirmDelete` is on): true
    /// sends it, false refuses it (kind `declined`), a `CancellationError` makes it `cancelled`;
    /// nil sends without asking.
    public var confirm: (@Sendable (DryRunCall) async throws -> Bool)?

    public init(readOnly: Bool = false, dryRun: (@Sendable (DryRunCall) -> Void)? = nil, trace: (@Sendable (String) -> Void)? = nil) {
        self.readOnly = readOnly
        self.dryRun = dryRun
        self.trace = trace
    }
}

/// A call that `--dry-run` did not send.
public struct DryRunCall: Sendable {
    public let method: String
    /// The URL as it would have been sent.
    public let url: String
    public let operationID: String?
    public let body: APIValue?

    /// `DELETE http://host/api/v2/tasks/7 (destroy_task)`: which call, without its body.
    public var summary: String {
        operationID.map { "\(method) \(url) (\($0))" } ?? "\(method) \(url)"
    }

    /// `POST http://host/api/v2/tasks (create_task) {"name":"x"}`.
    public var line: String {
        guard let body else { return summary }
        return summary + " " + body.redactingSecretFields().serialized()
    }

    /// What the call answers instead of the server: `{dry_run = true, method, url, operation, body}`.
    public var answer: APIValue {
        var o = APIObject()
        o["dry_run"] = true
        o["method"] = .string(method)
        o["url"] = .string(url)
        if let operationID { o["operation"] = .string(operationID) }
        if let body { o["body"] = body }
        return .object(o)
    }
}

extension APIValue {
    /// The value with the members whose names speak of a secret (`password`, `secret_key`,
    /// `token`...) replaced by `"<redacted>"`, at any depth: what traces and dry runs show.
    public func redactingSecretFields() -> APIValue {
        switch self {
        case .object(let object):
            var out = APIObject()
            for member in object {
                let name = member.key.lowercased()
                let secret = ["password", "secret", "token", "passphrase"].contains { name.contains($0) }
                out[member.key] = secret && member.value != .null ? .string("<redacted>") : member.value.redactingSecretFields()
            }
            return .object(out)
        case .array(let items): return .array(items.map { $0.redactingSecretFields() })
        default: return self
        }
    }
}
