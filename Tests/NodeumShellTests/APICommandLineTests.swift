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
        try await TestSimulator.withURL { url in
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

    @Test("--read-only refuses mutating calls before sending; the server is unchanged")
    func readOnly() async throws {
        try await TestSimulator.withURL { url in
            let login = ["--url", url, "--user", "admin", "--password", "admin"]
            let before = try await nodeum(login + ["-e", "print(nodeum.tasks:list{}:count())"])
            let result = try await nodeum(login + ["--read-only", "-e", """
                print(nodeum.tasks:get(1).name)
                local ok, e = pcall(nodeum.tasks.create, nodeum.tasks, {name = "x", workflow_type = "active_archive", workflow_action = "copy"})
                print(ok, e.kind)
                nodeum.tasks:delete(1)
                """])
            #expect(result.stdoutText == "nightly-archive\nfalse\tread_only\n")
            #expect(result.stderrText.contains("DELETE \(url)/tasks/1 (destroy_task) not sent: --read-only allows only GET"))
            #expect(result.status == 2)
            let after = try await nodeum(login + ["-e", "print(nodeum.tasks:list{}:count(), nodeum.tasks:get(1).name)"])
            #expect(after.stdoutText == before.stdoutText.dropLast() + "\tnightly-archive\n")
        }
    }

    @Test("--dry-run prints mutating calls instead of sending them; the server is unchanged")
    func dryRun() async throws {
        try await TestSimulator.withURL { url in
            let login = ["--url", url, "--user", "admin", "--password", "admin"]
            let result = try await nodeum(login + ["--dry-run", "-e", """
                local r = nodeum.tasks:create{name = "new", workflow_type = "active_archive", workflow_action = "copy"}
                print(r.dry_run, r.method, r.operation)
                nodeum.tasks:update(1, {comment = "changed"})
                nodeum.api.create_api_key{body = {name = "k", token = "abc123"}}
                print(nodeum.tasks:get(1).comment == "changed")
                """])
            #expect(result.status == 0, "\(result.stderrText)")
            #expect(result.stdoutText == "true\tPOST\tcreate_task\nfalse\n")
            #expect(result.stderrText == """
                nodeum: dry run: POST \(url)/tasks (create_task) {"name":"new","workflow_action":"copy","workflow_type":"active_archive"}
                nodeum: dry run: PUT \(url)/tasks/1 (update_task) {"comment":"changed"}
                nodeum: dry run: POST \(url)/users/me/api_keys (create_api_key) {"name":"k","token":"<redacted>"}

                """)
            let after = try await nodeum(login + ["-e", "print(nodeum.tasks:list{name = 'new'}:count())"])
            #expect(after.stdoutText == "0\n")
        }
    }

    @Test("--verbose traces each exchange on stderr and never shows credentials")
    func verbose() async throws {
        try await TestSimulator.withURL { url in
            let result = try await nodeum(["--url", url, "--user", "admin", "--password", "pa55-word", "--verbose", "-e", "nodeum.tapes:get(1)"])
            #expect(result.status == 3)
            let lines = result.stderrText.split(separator: "\n").map(String.init)
            #expect(lines.first == "nodeum: > GET \(url)/tapes/1 (show_tape)")
            #expect(lines.dropFirst().first == "nodeum: > Authorization: Basic <redacted> (user admin)")
            #expect(lines.contains { $0.hasPrefix("nodeum: < 401 Unauthorized (") })
            #expect(!result.stderrText.contains("pa55-word"))
            #expect(!result.stderrText.contains("YWRtaW46cGE1NS13b3Jk"))  // base64 of admin:pa55-word
        }
    }
}
