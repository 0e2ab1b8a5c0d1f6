import Foundation
import NodeumSimulator
import Testing

/// `nodeum` against a simulator from the command line: results on stdout, failures as one
/// line on stderr with the exit status of their class (ARCHITECTURE.md).
@Suite("nodeum talking to a server", .serialized)
struct APICommandLineTests {
    func nodeum(_ arguments: [String], environment: [String: String] = [:], stdin: String = "") async throws -> ProcessOutput {
        try #require(FileManager.default.isExecutableFile(atPath: NodeumExecutable.path))
        var env = baseEnvironment.merging(environment) { $1 }
        env["XDG_CONFIG_HOME"] = env["XDG_CONFIG_HOME"] ?? "/nonexistent"
        return try await runProcess(NodeumExecutable.path, arguments: arguments, environment: env, stdin: Data(stdin.utf8))
    }

    /// Runs `body` with a simulator listening on loopback.
    func withSimulator<T>(_ options: SimulatorOptions = SimulatorOptions(port: 0), _ body: (String) async throws -> T) async throws -> T {
        let simulator = Simulator(options: options)
        let url = try await simulator.start()
        do {
            let value = try await body(url.absoluteString)
            await simulator.stop()
            return value
        } catch {
            await simulator.stop()
            throw error
        }
    }

    @Test("--sim -e runs against a simulator started in the process")
    func simOneLiner() async throws {
        let result = try await nodeum(["--sim", "-e", "print(nodeum.tapes:list{}:count(), nodeum.tasks:get(1).name)"])
        #expect(result.stdoutText == "90\tnightly-archive\n")
        #expect(result.stderrText == "")
        #expect(result.status == 0)
    }

    @Test("an uncaught API error is one line on stderr and exits 4")
    func apiError() async throws {
        let result = try await nodeum(["--sim", "-e", "nodeum.tapes:get(999999)"])
        #expect(result.status == 4)
        #expect(result.stderrText.hasPrefix("nodeum: 404 Not Found from GET http://127.0.0.1:"))
        #expect(result.stderrText.contains("/api/v2/tapes/999999 (show_tape)"))
        #expect(result.stderrText.filter { $0 == "\n" }.count == 1)
    }

    @Test("a wrong password exits 3 and never shows the password")
    func authenticationError() async throws {
        try await withSimulator { url in
            let result = try await nodeum(["--url", url, "--user", "admin", "--password", "s3cret-wrong", "-e", "nodeum.tapes:list{}:first()"])
            #expect(result.status == 3)
            #expect(result.stderrText.hasPrefix("nodeum: 401 Unauthorized from GET "))
            #expect(!result.stderrText.contains("s3cret-wrong"))
            let env = try await nodeum(["-e", "return nodeum.tapes:list{}:count()"],
                                       environment: ["NODEUM_URL": url, "NODEUM_USER": "admin", "NODEUM_PASSWORD": "admin"])
            #expect(env.status == 0)
        }
    }

    @Test("a refused connection exits 5")
    func networkError() async throws {
        let result = try await nodeum(["--url", "http://127.0.0.1:1", "--token", "t", "-e", "nodeum.tapes:get(1)"])
        #expect(result.status == 5)
        #expect(result.stderrText.hasPrefix("nodeum: "))
        #expect(result.stderrText.contains("refused"))
    }

    @Test("no configuration at all exits 2 with a hint")
    func noConfiguration() async throws {
        let result = try await nodeum(["-e", "nodeum.tapes:get(1)"], environment: ["NODEUM_URL": ""])
        #expect(result.status == 2)
        #expect(result.stderrText.hasPrefix("nodeum: "))
        // A script that never calls the API needs no configuration.
        let quiet = try await nodeum(["-e", "print(type(nodeum.tapes))"])
        #expect(quiet.stdoutText == "table\n")
        #expect(quiet.status == 0)
    }

    @Test("an error in a task nobody waited for ends the program")
    func unobservedTaskError() async throws {
        let result = try await nodeum(["--sim", "-e", "nodeum.spawn(function() nodeum.tapes:get(424242) end) print('main done')"])
        #expect(result.stdoutText == "main done\n")
        #expect(result.stderrText.contains("(show_tape)"))
        #expect(result.status == 4)
    }

    @Test("a script's tasks overlap and its results come in order")
    func scriptWithTasks() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let script = directory.url.appendingPathComponent("report.lua")
        try """
            local pools = nodeum.pools:list{}:collect()
            local counts = nodeum.all((function()
              local fns = {}
              for i, pool in ipairs(pools) do
                fns[i] = function() return nodeum.pools:at(pool.id).tapes:list{}:count() end
              end
              return fns
            end)())
            for i, pool in ipairs(pools) do print(pool.name, counts[i]) end
            local other = nodeum.connect{sim = true}
            print("other", other.tapes:list{}:count())
            """.write(to: script, atomically: true, encoding: .utf8)
        let result = try await nodeum(["--sim", script.path])
        #expect(result.status == 0, "\(result.stderrText)")
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.count >= 3)
        #expect(lines.last == "other\t90")
    }
}
