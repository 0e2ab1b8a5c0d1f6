import Foundation
import Logging
import NodeumClient
import Testing

@Suite struct ConfigurationTests {
    @Test(arguments: [
        ("https://nodeum.local", "https://nodeum.local/api/v2"),
        ("https://nodeum.local/", "https://nodeum.local/api/v2"),
        ("https://nodeum.local/api/v2", "https://nodeum.local/api/v2"),
        ("https://nodeum.local/api/v2/", "https://nodeum.local/api/v2"),
        ("https://nodeum.local/api/v2///", "https://nodeum.local/api/v2"),
        ("HTTP://nodeum.local:8080", "http://nodeum.local:8080/api/v2"),
        ("https://host/prefix/", "https://host/prefix/api/v2"),
    ])
    func baseURLFormsNormalise(input: String, expected: String) throws {
        #expect(try ClientConfiguration.normalizedBaseURL(input).absoluteString == expected)
    }

    @Test func invalidURLsAreRefusedWithoutTheirPassword() {
        for bad in ["nodeum.local", "ftp://host", "https://", "http://user:hunter2@"] {
            #expect(throws: NodeumClientError.self) { try ClientConfiguration.normalizedBaseURL(bad) }
            do { _ = try ClientConfiguration.normalizedBaseURL(bad) } catch let e as NodeumClientError {
                #expect(e.kind == .configuration)
                #expect(!e.description.contains("hunter2"))
            } catch {}
        }
    }

    @Test func everyURLFormReachesTheSimulator() async throws {
        try await TestSimulator.withClient { _, _, url in
            let root = "http://127.0.0.1:\(url.port!)"
            for form in [root, root + "/", root + "/api/v2", root + "/api/v2/", root + "/api/v2//"] {
                let client = NodeumClient(
                    configuration: try ClientConfiguration(url: form, credentials: .basic(user: "admin", password: TestSimulator.password)))
                let page = try await client.call("index_pools", ["limit": 1])
                #expect(page?["count"]?.intValue != nil, "\(form)")
                try await client.shutdown()
            }
        }
    }

    @Test func userAgentAndAuthorizationAreSent() async throws {
        try await OddServer.with { _, url in
            let client = NodeumClient(configuration: try ClientConfiguration(url: url.absoluteString, credentials: .bearer(token: "tok123")))
            let echo = try await client.request(.get, "/echo/x").value
            #expect(echo?["user_agent"] == .string("nodeum/\(NodeumClientVersion.current)"))
            #expect(echo?["authorization"] == "Bearer tok123")
            try await client.shutdown()
        }
    }

    @Test func proxyComesFromTheEnvironmentUnlessNoProxyListsTheHost() throws {
        let https = URL(string: "https://nodeum.example.com/api/v2")!
        let http = URL(string: "http://nodeum.example.com/api/v2")!
        let env = ["HTTPS_PROXY": "http://bob:pw@proxy.corp:3128", "http_proxy": "proxy2:8080"]
        #expect(ProxySettings.fromEnvironment(env, for: https) == ProxySettings(host: "proxy.corp", port: 3128, user: "bob", password: "pw"))
        #expect(ProxySettings.fromEnvironment(env, for: http) == ProxySettings(host: "proxy2", port: 8080))
        for noProxy in ["example.com", ".example.com", "*", "other, nodeum.example.com", "*.example.com"] {
            var e = env
            e["NO_PROXY"] = noProxy
            #expect(ProxySettings.fromEnvironment(e, for: https) == nil, "\(noProxy)")
        }
        var e = env
        e["no_proxy"] = "ample.com,localhost"
        #expect(ProxySettings.fromEnvironment(e, for: https) != nil)
        #expect(ProxySettings.fromEnvironment([:], for: https) == nil)
    }

    @Test func credentialsNeverShowTheirSecret() {
        #expect(!"\(Credentials.basic(user: "u", password: "pw-123"))".contains("pw-123"))
        #expect(!"\(Credentials.bearer(token: "tk-456"))".contains("tk-456"))
    }
}

@Suite struct ProfileTests {
    /// A temporary config home with `config.toml` holding `text`, mode `mode`.
    static func configHome(_ text: String, mode: Int = 0o600) throws -> (env: [String: String], path: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nodeum-cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("nodeum"), withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("nodeum/config.toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return (["XDG_CONFIG_HOME": dir.path], path)
    }

    static let toml = """
        [profiles.default]
        url = "https://default.example"
        user = "alice"
        password = "alice-pw"
        timeout = 12

        [profiles.lab]
        url = "https://lab.example/api/v2/"
        token = "lab-token"
        insecure = true
        ca_cert = "/etc/lab-ca.pem"
        timeout = 2.5
        """

    @Test func defaultProfileIsUsedWhenNothingElseIsSet() throws {
        let (env, _) = try Self.configHome(Self.toml)
        let c = try ClientConfiguration.resolve(environment: env)
        #expect(c.baseURL.absoluteString == "https://default.example/api/v2")
        #expect(c.credentials == .basic(user: "alice", password: "alice-pw"))
        #expect(c.requestTimeout == .seconds(12))
        #expect(c.insecure == false)
    }

    @Test func namedProfileFromEnvironmentCarriesAllItsKeys() throws {
        var (env, _) = try Self.configHome(Self.toml)
        env["NODEUM_PROFILE"] = "lab"
        let c = try ClientConfiguration.resolve(environment: env)
        #expect(c.baseURL.absoluteString == "https://lab.example/api/v2")
        #expect(c.credentials == .bearer(token: "lab-token"))
        #expect(c.insecure)
        #expect(c.caCertificateFile == "/etc/lab-ca.pem")
        #expect(c.requestTimeout == .milliseconds(2500))
    }

    @Test func deleteConfirmationIsOnUnlessAProfileOrTheEnvironmentTurnsItOff() throws {
        var (env, _) = try Self.configHome(Self.toml + "\n\n[profiles.scratch]\nurl = \"https://scratch.example\"\nconfirm_delete = false\n")
        #expect(try ClientConfiguration.resolve(environment: env).confirmDelete)
        env["NODEUM_PROFILE"] = "scratch"
        #expect(try ClientConfiguration.resolve(environment: env).confirmDelete == false)
        env["NODEUM_CONFIRM_DELETE"] = "yes"
        #expect(try ClientConfiguration.resolve(environment: env).confirmDelete)
        env["NODEUM_PROFILE"] = nil
        for (text, on) in [("0", false), ("off", false), ("FALSE", false), ("no", false), ("1", true), ("on", true), ("maybe", true)] {
            env["NODEUM_CONFIRM_DELETE"] = text
            #expect(try ClientConfiguration.resolve(environment: env).confirmDelete == on, "NODEUM_CONFIRM_DELETE=\(text)")
        }
        var explicit = ConnectionSettings()
        explicit.confirmDelete = true
        env["NODEUM_CONFIRM_DELETE"] = "0"
        #expect(try ClientConfiguration.resolve(explicit: explicit, environment: env).confirmDelete)
    }

    @Test func precedenceIsExplicitThenEnvironmentThenProfile() throws {
        var (env, _) = try Self.configHome(Self.toml)
        env["NODEUM_URL"] = "https://env.example"
        env["NODEUM_USER"] = "envuser"
        // env beats profile, field by field; the user's password comes from the profile.
        var c = try ClientConfiguration.resolve(environment: env)
        #expect(c.baseURL.host == "env.example")
        #expect(c.credentials == .basic(user: "envuser", password: "alice-pw"))
        // explicit beats env.
        c = try ClientConfiguration.resolve(
            explicit: ConnectionSettings(url: "https://flag.example", token: "flag-token", timeout: 3), environment: env)
        #expect(c.baseURL.host == "flag.example")
        #expect(c.credentials == .bearer(token: "flag-token"))
        #expect(c.requestTimeout == .seconds(3))
        // explicit profile beats NODEUM_PROFILE.
        env["NODEUM_PROFILE"] = "default"
        env["NODEUM_URL"] = nil
        env["NODEUM_USER"] = nil
        c = try ClientConfiguration.resolve(explicit: ConnectionSettings(profile: "lab"), environment: env)
        #expect(c.baseURL.host == "lab.example")
    }

    @Test func missingProfileAndMissingURLAreClearErrors() throws {
        let (env, path) = try Self.configHome(Self.toml)
        let e = #expect(throws: NodeumClientError.self) {
            try ClientConfiguration.resolve(explicit: ConnectionSettings(profile: "nope"), environment: env)
        }
        #expect(e?.description == "no profile 'nope' in \(path) (profiles: default, lab)")
        let e2 = #expect(throws: NodeumClientError.self) { try ClientConfiguration.resolve(environment: ["XDG_CONFIG_HOME": "/nonexistent"]) }
        #expect(e2?.description.hasPrefix("no server URL") == true)
    }

    @Test func badTOMLAndUnknownKeysAreReported() throws {
        let (env, _) = try Self.configHome("[profiles.x]\nurl = \n")
        #expect(throws: NodeumClientError.self) { try ClientConfiguration.resolve(environment: env) }
        let (env2, _) = try Self.configHome("[profiles.x]\nurl = \"https://h\"\npasword = \"p\"\n")
        let e = #expect(throws: NodeumClientError.self) {
            try ClientConfiguration.resolve(explicit: ConnectionSettings(profile: "x"), environment: env2)
        }
        #expect(e?.description.contains("unknown key 'pasword' in profiles.x (did you mean 'password'?)") == true)
    }

    @Test func aSecretInAFileOthersCanReadIsWarnedAbout() throws {
        let (env, path) = try Self.configHome(Self.toml, mode: 0o644)
        let warnings = Box()
        _ = try ClientConfiguration.resolve(environment: env) { warnings.add($0) }
        #expect(warnings.items == [
            "config file \(path) holds a password or token and is readable by group or others (mode 644); run: chmod 600 \(path)"
        ])
        #expect(!warnings.items.joined().contains("alice-pw"))
        let (env2, _) = try Self.configHome(Self.toml, mode: 0o600)
        let none = Box()
        _ = try ClientConfiguration.resolve(environment: env2) { none.add($0) }
        #expect(none.items.isEmpty)
        // No secret in the file: nothing to warn about, whatever the mode.
        let (env3, _) = try Self.configHome("[profiles.default]\nurl = \"https://h\"\n", mode: 0o644)
        let none3 = Box()
        _ = try ClientConfiguration.resolve(environment: env3) { none3.add($0) }
        #expect(none3.items.isEmpty)
    }
}

/// Collects strings from a callback.
final class Box: @unchecked Sendable {
    var items: [String] = []
    func add(_ s: String) { items.append(s) }
}
