import Foundation
import NodeumAPI
import Logging
import TOMLKit

/// Connection settings as one source gives them (command-line flags, environment, a profile);
/// every field optional so sources can be layered.
public struct ConnectionSettings: Sendable, Equatable {
    public var url: String?
    public var user: String?
    public var password: String?
    public var token: String?
    public var insecure: Bool?
    public var caCertificateFile: String?
    /// Request timeout in seconds.
    public var timeout: Double?
    /// The profile to read from the config file.
    public var profile: String?
    /// Whether the REPL asks before sending a DELETE (`confirm_delete`, `NODEUM_CONFIRM_DELETE`).
    public var confirmDelete: Bool?

    public init(
        url: String? = nil, user: String? = nil, password: String? = nil, token: String? = nil, insecure: Bool? = nil,
        caCertificateFile: String? = nil, timeout: Double? = nil, profile: String? = nil
    ) {
        self.url = url
        self.user = user
        self.password = password
        self.token = token
        self.insecure = insecure
        self.caCertificateFile = caCertificateFile
        self.timeout = timeout
        self.profile = profile
    }

    /// `NODEUM_URL`, `NODEUM_USER`, `NODEUM_PASSWORD`, `NODEUM_TOKEN`, `NODEUM_PROFILE`,
    /// `NODEUM_CONFIRM_DELETE` (`0`/`no`/`false`/`off` or `1`/`yes`/`true`/`on`).
    public static func fromEnvironment(_ environment: [String: String]) -> ConnectionSettings {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        var settings = ConnectionSettings(
            url: value("NODEUM_URL"), user: value("NODEUM_USER"), password: value("NODEUM_PASSWORD"),
            token: value("NODEUM_TOKEN"), profile: value("NODEUM_PROFILE"))
        switch value("NODEUM_CONFIRM_DELETE")?.lowercased() {
        case "0", "no", "false", "off": settings.confirmDelete = false
        case "1", "yes", "true", "on": settings.confirmDelete = true
        default: break
        }
        return settings
    }
}

/// The config file: `$XDG_CONFIG_HOME/nodeum/config.toml` (default `~/.config/nodeum/config.toml`)
/// with `[profiles.NAME]` tables of url, user, password, token, insecure, ca_cert, timeout,
/// confirm_delete.
public struct ConfigFile: Sendable {
    public let path: String
    public let profiles: [String: ConnectionSettings]
    /// Set when the file holds a password or token and group or others may read it.
    public let permissionWarning: String?

    /// The default path for an environment.
    public static func defaultPath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/nodeum/config.toml" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/nodeum/config.toml"
    }

    /// Reads and checks the file; nil when it does not exist.
    public static func load(path: String) throws -> ConfigFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw NodeumClientError.configuration("cannot read the config file \(path)")
        }
        let root: TOMLTable
        do { root = try TOMLTable(string: text) } catch let e as TOMLParseError {
            throw NodeumClientError.configuration(
                "config file \(path) is not valid TOML: \(e.description) at line \(e.source.begin.line)")
        }
        var profiles: [String: ConnectionSettings] = [:]
        if let table = root["profiles"]?.table {
            for name in table.keys {
                guard let p = table[name]?.table else {
                    throw NodeumClientError.configuration("config file \(path): profiles.\(name) must be a table")
                }
                profiles[name] = try settings(p, name: name, path: path)
            }
        }
        let holdsSecret = profiles.values.contains { $0.password != nil || $0.token != nil }
        var warning: String?
        if holdsSecret, let attrs = try? FileManager.default.attributesOfItem(atPath: path),
            let mode = (attrs[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0
        {
            warning = "config file \(path) holds a password or token and is readable by group or others (mode \(String(mode & 0o777, radix: 8))); run: chmod 600 \(path)"
        }
        return ConfigFile(path: path, profiles: profiles, permissionWarning: warning)
    }

    private static func settings(_ t: TOMLTable, name: String, path: String) throws -> ConnectionSettings {
        let known: Set<String> = ["url", "user", "password", "token", "insecure", "ca_cert", "timeout", "confirm_delete"]
        for key in t.keys where !known.contains(key) {
            let hint = Suggestion.closest(to: key, in: known.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
            throw NodeumClientError.configuration("config file \(path): unknown key '\(key)' in profiles.\(name)\(hint)")
        }
        var settings = ConnectionSettings(
            url: t["url"]?.string, user: t["user"]?.string, password: t["password"]?.string, token: t["token"]?.string,
            insecure: t["insecure"]?.bool, caCertificateFile: t["ca_cert"]?.string,
            timeout: t["timeout"]?.double ?? t["timeout"]?.int.map(Double.init))
        settings.confirmDelete = t["confirm_delete"]?.bool
        return settings
    }
}

extension ClientConfiguration {
    /// The configuration from layered sources, field by field: explicit > environment > profile.
    /// The profile is the one named explicitly, else by `NODEUM_PROFILE`, else `default` if the
    /// file has it. Credentials come as a whole from the highest layer that names a token or a
    /// user (a user's password from the highest layer that has one). A permission warning on
    /// the config file goes to `warn` (by default the logger, at warning level).
    public static func resolve(
        explicit: ConnectionSettings = ConnectionSettings(), environment: [String: String] = ProcessInfo.processInfo.environment,
        configFile: String? = nil, logger: Logger = Logger(label: "nodeum.client"), warn: ((String) -> Void)? = nil
    ) throws -> ClientConfiguration {
        let env = ConnectionSettings.fromEnvironment(environment)
        let path = configFile ?? ConfigFile.defaultPath(environment: environment)
        let file = try ConfigFile.load(path: path)
        if let w = file?.permissionWarning { if let warn { warn(w) } else { logger.warning("\(w)") } }
        let profileName = explicit.profile ?? env.profile
        var profile = ConnectionSettings()
        if let profileName {
            guard let p = file?.profiles[profileName] else {
                let names = file?.profiles.keys.sorted() ?? []
                throw NodeumClientError.configuration(
                    "no profile '\(profileName)' in \(path)" + (names.isEmpty ? "" : " (profiles: \(names.joined(separator: ", ")))"))
            }
            profile = p
        } else if let p = file?.profiles["default"] {
            profile = p
        }
        let layers = [explicit, env, profile]
        guard let url = layers.lazy.compactMap(\.url).first else {
            throw NodeumClientError.configuration(
                "no server URL: pass --url, set NODEUM_URL, or add url to a profile in \(path)")
        }
        var credentials: Credentials?
        for layer in layers {
            if let token = layer.token {
                credentials = .bearer(token: token)
                break
            }
            if let user = layer.user {
                credentials = .basic(user: user, password: layers.lazy.compactMap(\.password).first ?? "")
                break
            }
        }
        var config = try ClientConfiguration(url: url, credentials: credentials)
        config.insecure = layers.lazy.compactMap(\.insecure).first ?? false
        config.caCertificateFile = layers.lazy.compactMap(\.caCertificateFile).first
        config.confirmDelete = layers.lazy.compactMap(\.confirmDelete).first ?? true
        if let t = layers.lazy.compactMap(\.timeout).first {
            guard t > 0 else { throw NodeumClientError.configuration("timeout must be a positive number of seconds") }
            config.requestTimeout = .milliseconds(Int64(t * 1000))
        }
        config.proxy = ProxySettings.fromEnvironment(environment, for: config.baseURL)
        return config
    }
}
