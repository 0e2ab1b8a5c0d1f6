import Foundation
import NodeumSimulator
import Testing

/// `--json`, `--jsonl`, `--csv`, `--table`: the values a chunk returns, written on stdout.
@Suite("output formats", .serialized)
struct OutputFormatTests {
    func nodeum(_ arguments: [String]) async throws -> ProcessOutput {
        try #require(FileManager.default.isExecutableFile(atPath: NodeumExecutable.path))
        var env = baseEnvironment
        env["XDG_CONFIG_HOME"] = "/nonexistent"
        return try await runProcess(NodeumExecutable.path, arguments: arguments, environment: env, stdin: Data())
    }

    static let twoPools = "return nodeum.pools:list{max_items = 2}"

    @Test("--json writes whole values, a cursor as the array of its items")
    func json() async throws {
        let r = try await nodeum(["--sim", "--json", "-e", Self.twoPools + ", 42"])
        #expect(r.status == 0)
        #expect(r.stdoutText == """
            [
              {
                "comment": "active_archive pool on tape",
                "content": "tape",
                "id": 1,
                "name": "archive-lto",
                "type": "active_archive"
              },
              {
                "comment": "offline_archive pool on tape",
                "content": "tape",
                "id": 2,
                "name": "vault-offline",
                "type": "offline_archive"
              }
            ]
            42

            """)
        #expect(r.stderrText == "")
    }

    @Test("--jsonl writes one item per line, and one line per other value")
    func jsonl() async throws {
        let r = try await nodeum(["--sim", "-e", Self.twoPools + ", 1, 'x', nil, {a = {1, 2}}", "--jsonl"])
        #expect(r.stdoutText == """
            {"comment":"active_archive pool on tape","content":"tape","id":1,"name":"archive-lto","type":"active_archive"}
            {"comment":"offline_archive pool on tape","content":"tape","id":2,"name":"vault-offline","type":"offline_archive"}
            1
            "x"
            null
            {"a":[1,2]}

            """)
    }

    @Test("--csv: header from the fields, id and name first, RFC 4180 quoting and CRLF")
    func csv() async throws {
        let r = try await nodeum(["--sim", "--csv", "-e", Self.twoPools])
        #expect(r.stdoutText == "id,name,comment,content,type\r\n1,archive-lto,active_archive pool on tape,tape,active_archive\r\n"
            + "2,vault-offline,offline_archive pool on tape,tape,offline_archive\r\n")
        let nested = try await nodeum(["--csv", "-e", "return {{id = 1, tags = {'a', 'b'}, note = 'x, \"y\"'}}"])
        #expect(nested.stdoutText == "id,note,tags\r\n1,\"x, \"\"y\"\"\",\"[\"\"a\"\",\"\"b\"\"]\"\r\n")
    }

    @Test("--table aligns records in columns")
    func table() async throws {
        let r = try await nodeum(["--sim", "--table", "-e", "return nodeum.pools:list{max_items = 3}"])
        #expect(r.stdoutText == """
            id  name           comment                       content  type
             1  archive-lto    active_archive pool on tape   tape     active_archive
             2  vault-offline  offline_archive pool on tape  tape     offline_archive
             3  projects       primary pool on nas           nas      primary

            """)
    }

    static let tapeSizes = "return nodeum.tapes:list{max_items = 2}:map(function(t) return {id = t.id, barcode = t.barcode, free = t.free, max = t.max} end)"

    @Test("--table writes fields of bytes as 11.5 TiB; --json, --jsonl and --csv keep the numbers")
    func sizes() async throws {
        let table = try await nodeum(["--sim", "--table", "-e", Self.tapeSizes])
        #expect(table.stdoutText == """
            id  barcode       free       max
             1  NDM001L9  11.5 TiB  16.4 TiB
             2  NDM002L8  10.6 TiB  10.9 TiB

            """)
        let csv = try await nodeum(["--sim", "--csv", "-e", Self.tapeSizes])
        #expect(csv.stdoutText == "id,barcode,free,max\r\n1,NDM001L9,12688143867045,18000000000000\r\n2,NDM002L8,11696030599739,12000000000000\r\n")
        let jsonl = try await nodeum(["--sim", "--jsonl", "-e", Self.tapeSizes])
        #expect(jsonl.stdoutText == """
            {"barcode":"NDM001L9","free":12688143867045,"id":1,"max":18000000000000}
            {"barcode":"NDM002L8","free":11696030599739,"id":2,"max":12000000000000}

            """)
        let json = try await nodeum(["--sim", "--json", "-e", "return nodeum.api.statistics_storage{}.container"])
        #expect(json.stdoutText == "{\n  \"count\": 3\n}\n")
        // A value that is no number, zero, negative and the largest: as they are, or in units.
        let edge = try await nodeum(["--table", "-e", "return {{id = 1, size = 'n/a'}, {id = 2, size = 0}, {id = 3, size = -2048}, {id = 4, size = math.maxinteger}}"])
        #expect(edge.stdoutText == """
            id  size
             1  n/a
             2  0 B
             3  -2.0 KiB
             4  8.0 EiB

            """)
    }

    @Test("an empty listing: no CSV header, an empty JSON array, no JSON lines, a note for --table")
    func emptyListing() async throws {
        let empty = "return nodeum.tapes:list{barcode = 'NO-SUCH-TAPE'}"
        let csv = try await nodeum(["--sim", "--csv", "-e", empty])
        #expect(csv.status == 0 && csv.stdoutText == "" && csv.stderrText == "")
        let json = try await nodeum(["--sim", "--json", "-e", empty])
        #expect(json.status == 0 && json.stdoutText == "[]\n")
        let jsonl = try await nodeum(["--sim", "--jsonl", "-e", empty])
        #expect(jsonl.status == 0 && jsonl.stdoutText == "")
        let table = try await nodeum(["--sim", "--table", "-e", empty])
        #expect(table.status == 0 && table.stdoutText == "" && table.stderrText == "nodeum: (no items)\n")
    }

    @Test("two formats at once are a usage error; no format writes nothing")
    func conflicts() async throws {
        let both = try await nodeum(["--json", "--csv", "-e", "return 1"])
        #expect(both.status == 2)
        #expect(both.stderrText.hasPrefix("nodeum: '--json' and '--csv' cannot be used together\n"))
        let none = try await nodeum(["-e", "return 1"])
        #expect(none.stdoutText == "")
    }

    @Test("--jsonl streams a large listing in bounded memory")
    func jsonlStreams() async throws {
        let (simulator, url) = try await TestSimulator.start(SimulatorOptions(port: 0, files: 200_000))
        defer { Task { await simulator.stop() } }
        let time = "/usr/bin/time"
        try #require(FileManager.default.isExecutableFile(atPath: time))
        let r = try await runProcess(
            time, arguments: ["-f", "maxrss=%M", NodeumExecutable.path, "--url", url.absoluteString, "--user", "admin", "--password", "admin",
                              "--jsonl", "-e", "return nodeum.files:list{page_size = 1000}"],
            environment: baseEnvironment, stdin: Data(), timeout: .seconds(180))
        #expect(r.status == 0)
        let lines = r.stdoutText.split(separator: "\n")
        #expect(lines.count > 200_000)
        #expect(lines.allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") })
        let rss = Int(r.stderrText.split(separator: "=").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? "") ?? 0
        // Holding every file would take far more; a few pages and the runtime fit well under this.
        #expect(rss > 0 && rss < 120 * 1024, "peak RSS \(rss) kB")
        await simulator.stop()
    }
}
