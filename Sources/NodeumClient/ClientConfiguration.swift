import Foundation

/// Everything a `NodeumClient` needs to reach a server: where, as whom, how long to wait,
/// how to trust its certificate, through which proxy, and how to retry.
public struct ClientConfiguration: Sendable {
    /// The API's base URL, always ending in `/api/v2` with no trailing slash.
    public var baseURL: URL
    public var credentials: Credentials?
    /// Time allowed to open a connection (TCP and TLS).
    public var connectTimeout: Duration
    /// Time allowed for one attempt of a request, from sending to the last byte of the answer.
    public var requestTimeout: Duration
    /// Skip TLS certificate verification (`--insecure`).
    public var insecure: Bool
    /// A PEM file of extra certificate authorities to trust (a self-signed appliance's).
    public var caCertificateFile: String?
    /// The proxy to go through; nil for a direct connection. See `ProxySettings.fromEnvironment`.
    public var proxy: ProxySettings?
    public var userAgent: String
    public var retry: RetryPolicy
    /// `--read-only`, `--dry-run`, `--verbose`, the REPL's question before a DELETE.
    public var safety = SafetySwitches()
    /// Whether DELETE calls go through `safety.confirm` (profile key `confirm_delete`,
    /// `NODEUM_CONFIRM_DELETE`); on unless configured off.
    public var confirmDelete = true
    /// Asked for other credentials after a 401 (a password typed again, as `sudo` asks):
    /// `attempt` is 2, then 3 (the credentials the call was sent with were the first); nil
    /// gives up. The call is sent again with what it answers. Nil: a 401 fails at once.
    public var askCredentials: (@Sendable (_ attempt: Int) -> Credentials?)?

    /// A configuration for a server given as `https://host`, `https://host/api/v2`, with or
    /// without trailing slashes. Throws a `.configuration` error for a URL that is not one.
    public init(
        url: String, credentials: Credentials? = nil, connectTimeout: Duration = .seconds(10),
        requestTimeout: Duration = .seconds(60), insecure: Bool = false, caCertificateFile: String? = nil,
        proxy: ProxySettings? = nil, userAgent: String = NodeumClientVersion.userAgent, retry: RetryPolicy = RetryPolicy()
    ) throws {
        self.baseURL = try Self.normalizedBaseURL(url)
        self.credentials = credentials
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.insecure = insecure
        self.caCertificateFile = caCertificateFile
        self.proxy = proxy
        self.userAgent = userAgent
        self.retry = retry
    }

    /// `https://host`, `https://host/`, `https://host/api/v2/` → `https://host/api/v2`. A path
    /// other than `/api/v2` is kept as a prefix (`https://host/nodeum` → `https://host/nodeum/api/v2`).
    public static func normalizedBaseURL(_ text: String) throws -> URL {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard var components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else {
            throw NodeumClientError.configuration(
                "invalid server URL '\(redactedURL(trimmed))': expected http(s)://host[:port][/api/v2]")
        }
        components.scheme = scheme
        // Credentials never travel in the URL (they would show in every message): use `credentials`.
        components.user = nil
        components.password = nil
        var path = components.path
        while path.hasSuffix("/") { path.removeLast() }
        if !path.hasSuffix("/api/v2") { path += "/api/v2" }
        components.path = path
        components.query = nil
        components.fragment = nil
        guard let url = components.url else {
            throw NodeumClientError.configuration("invalid server URL '\(redactedURL(trimmed))'")
        }
        return url
    }

    /// A URL with any `user:password@` removed, for messages.
    static func redactedURL(_ text: String) -> String {
        guard let schemeEnd = text.range(of: "://"), let at = text[schemeEnd.upperBound...].firstIndex(of: "@") else {
            return text
        }
        let hostStart = text[schemeEnd.upperBound...].firstIndex(of: "/") ?? text.endIndex
        guard at < hostStart else { return text }
        return String(text[..<schemeEnd.upperBound]) + "<redacted>@" + String(text[text.index(after: at)...])
    }

    /// The secrets this configuration holds, to scrub from messages.
    var secrets: [String] { (credentials?.secrets ?? []) + (proxy?.secrets ?? []) }
}

/// An HTTP proxy: host, port and optional Basic credentials.
public struct ProxySettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var user: String?
    public var password: String?

    public init(host: String, port: Int, user: String? = nil, password: String? = nil) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
    }

    var secrets: [String] { password.map { [$0] } ?? [] }

    /// The proxy the environment names for `url`: `HTTPS_PROXY` for https, `HTTP_PROXY` for
    /// http (lower-case names too), nil when `NO_PROXY` lists the host (`*`, exact host,
    /// domain suffix with or without a leading dot).
    public static func fromEnvironment(_ environment: [String: String], for url: URL) -> ProxySettings? {
        func value(_ name: String) -> String? {
            let v = environment[name] ?? environment[name.lowercased()]
            return (v?.isEmpty ?? true) ? nil : v
        }
        guard let host = url.host?.lowercased() else { return nil }
        if let noProxy = value("NO_PROXY"), Self.excludes(noProxy, host: host) { return nil }
        let name = url.scheme == "https" ? "HTTPS_PROXY" : "HTTP_PROXY"
        guard let text = value(name) else { return nil }
        let withScheme = text.contains("://") ? text : "http://" + text
        guard let c = URLComponents(string: withScheme), let proxyHost = c.host else { return nil }
        return ProxySettings(
            host: proxyHost, port: c.port ?? (c.scheme == "https" ? 443 : 80),
            user: c.user?.removingPercentEncoding, password: c.password?.removingPercentEncoding)
    }

    static func excludes(_ noProxy: String, host: String) -> Bool {
        for raw in noProxy.split(separator: ",") {
            var entry = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if entry.isEmpty { continue }
            if entry == "*" { return true }
            if let colon = entry.lastIndex(of: ":"), !entry.contains("]") { entry = String(entry[..<colon]) }
            if entry.hasPrefix("*") { entry.removeFirst() }
            if entry.hasPrefix(".") { entry.removeFirst() }
            if host == entry || host.hasSuffix("." + entry) { return true }
        }
        return false
    }
}
