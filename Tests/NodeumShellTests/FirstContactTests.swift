import Foundation
import NodeumSimulator
import NodeumTestSupport
import Testing

/// What a new user trips over in the first hour, seen from the command line.
@Suite("first contact", .serialized)
struct FirstContactTests {
    func nodeum(_ arguments: [String]) async throws -> ProcessOutput {
        var env = baseEnvironment
        env["XDG_CONFIG_HOME"] = "/nonexistent"
        return try await runProcess(NodeumExecutable.path, arguments: arguments, environment: env)
    }

    @Test("a short wrong password leaves the message whole and tells nothing of it")
    func shortPasswordIsNotSearchedFor() async throws {
        let (simulator, address) = try await TestSimulator.start(SimulatorOptions(port: 0))
        let url = address.absoluteString
        let r = try await nodeum(["--url", url, "--user", "admin", "--password", "a", "-e", "nodeum.tapes:list{}:count()"])
        await simulator.stop()
        #expect(r.stderrText == "nodeum: 401 Unauthorized from GET \(url)/tapes?limit=1&offset=0 (index_tapes): invalid user name or password — check the user and password, or the API key\n")
        #expect(r.status == 3)
    }

    @Test("a long secret a server echoes back is still redacted")
    func echoedLongSecretIsRedacted() async throws {
        // The server decodes the Basic credentials and puts the password in its message.
        let server = try HostileServer(routes: ["/api/v2/echo": { request in
            let encoded = (request.headers["authorization"] ?? "").replacingOccurrences(of: "Basic ", with: "")
            let pair = Data(base64Encoded: encoded).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let password = pair.split(separator: ":", maxSplits: 1).last.map(String.init) ?? ""
            return .json(#"{"messages": ["wrong password \#(password) for admin"]}"#, status: 401)
        }])
        defer { server.stop() }
        for (password, shown) in [("Long-S3cret-pw", "<redacted>"), ("pw", "pw")] {
            let r = try await nodeum(["--url", server.url, "--user", "admin", "--password", password, "-e", "nodeum.request('GET', '/echo')"])
            #expect(r.stderrText == "nodeum: 401 Unauthorized from GET \(server.url)/api/v2/echo: wrong password \(shown) for admin — check the user and password, or the API key\n")
            #expect(r.status == 3)
        }
    }
}
