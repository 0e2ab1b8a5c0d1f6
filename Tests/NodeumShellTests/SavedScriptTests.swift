import Foundation
import Testing

/// The maintenance scripts in scripts/, each run against the simulator.
@Suite("saved maintenance scripts", .serialized)
struct SavedScriptTests {
    /// Runs scripts/`name` against a new simulator, after `setup` (Lua run first, in the same
    /// process and on the same simulator) when given.
    func script(_ name: String, _ arguments: [String] = [], setup: String? = nil) async throws -> ProcessOutput {
        let path = NodeumExecutable.packageRoot().appendingPathComponent("scripts/\(name)").path
        var env = baseEnvironment
        env["XDG_CONFIG_HOME"] = "/nonexistent"
        let before = setup.map { ["-e", $0] } ?? []
        return try await runProcess(NodeumExecutable.path, arguments: ["--sim"] + before + [path] + arguments, environment: env, stdin: Data())
    }

    @Test("tape-capacity.lua: one line per pool with tapes; warnings and --strict")
    func tapeCapacity() async throws {
        let r = try await script("tape-capacity.lua")
        #expect(r.status == 0)
        #expect(r.stderrText == "")
        #expect(r.stdoutText == """
            pool           tapes  capacity TB  free TB  free %
            archive-lto       39        492.0    259.8   52.8%
            vault-offline     28        312.0    153.0   49.0%
            scratch           19        234.0    112.1   47.9%

            """)
        // A long pool name widens its column instead of pushing its line out of line.
        let long = try await script("tape-capacity.lua", setup: #"nodeum.pools:update(1, {name = "archive-lto-primary-library-2026"})"#)
        #expect(long.stdoutText == """
            pool                              tapes  capacity TB  free TB  free %
            archive-lto-primary-library-2026     39        492.0    259.8   52.8%
            vault-offline                        28        312.0    153.0   49.0%
            scratch                              19        234.0    112.1   47.9%

            """)
        let strict = try await script("tape-capacity.lua", ["--threshold", "50", "--strict"])
        #expect(strict.status == 10)
        #expect(strict.stderrText == """
            warning: pool vault-offline has 49.0% free (threshold 50%)
            warning: pool scratch has 47.9% free (threshold 50%)

            """)
        let help = try await script("tape-capacity.lua", ["--help"])
        #expect(help.status == 0 && help.stdoutText.hasPrefix("usage: tape-capacity.lua"))
        let bad = try await script("tape-capacity.lua", ["--threshold", "abc"])
        #expect(bad.status == 2)
        #expect(bad.stderrText.hasPrefix("tape-capacity.lua: --threshold needs a percentage between 0 and 100\n"))
    }

    @Test("mount-status.lua: every NAS share and cloud bucket; exit 10 when one is not mounted")
    func mountStatus() async throws {
        let r = try await script("mount-status.lua")
        #expect(r.status == 10)
        #expect(r.stdoutText == """
            kind          name                  pool  mounted  mount point
            nas share     nas-prod-share1       3     yes      /mnt/nodeum/nas/nas-prod-share1
            nas share     nas-prod-share2       3     yes      /mnt/nodeum/nas/nas-prod-share2
            nas share     nas-prod-share3       4     yes      /mnt/nodeum/nas/nas-prod-share3
            nas share     nas-backup-share1     4     yes      /mnt/nodeum/nas/nas-backup-share1
            nas share     nas-backup-share2     4     yes      /mnt/nodeum/nas/nas-backup-share2
            cloud bucket  aws-eu-bucket-1       5     yes      /mnt/nodeum/cloud/aws-eu-bucket-1
            cloud bucket  aws-eu-bucket-2       -     no       not mounted
            cloud bucket  aws-eu-bucket-3       -     no       not mounted
            cloud bucket  ring-onprem-bucket-1  5     yes      /mnt/nodeum/cloud/ring-onprem-bucket-1
            cloud bucket  ring-onprem-bucket-2  -     no       not mounted

            """)
        #expect(r.stderrText == "3 of 10 not mounted\n")
        let unmounted = try await script("mount-status.lua", ["--unmounted"])
        #expect(unmounted.stdoutText == """
            kind          name                  pool  mounted  mount point
            cloud bucket  aws-eu-bucket-2       -     no       not mounted
            cloud bucket  aws-eu-bucket-3       -     no       not mounted
            cloud bucket  ring-onprem-bucket-2  -     no       not mounted

            """)
        #expect(try await script("mount-status.lua", ["-x"]).status == 2)
    }

    @Test("storage-summary.lua: counts by type from one statistics call")
    func storageSummary() async throws {
        let r = try await script("storage-summary.lua")
        #expect(r.status == 0)
        #expect(r.stdoutText == """
            pools               6  active_archive 2, scratch 1, primary 1, offline_archive 1, data_exchange 1
            tapes              90  data_lto9 32, data_lto7 31, data_lto8 23, cleaning 4
            nas shares          5  smb_v3 3, nfs_v4 2
            cloud buckets       5  amazon_aws_s3 3, scality_ring 2
            containers          3

            """)
        let json = try await script("storage-summary.lua", ["--json"])
        #expect(json.stdoutText.hasPrefix("{\n  \"cloud_bucket\": {"))
        #expect(try await script("storage-summary.lua", ["--csv"]).status == 2)
    }

    @Test("export-files.lua: a folder's files as CSV, recursively, to a file")
    func exportFiles() async throws {
        let flat = try await script("export-files.lua", ["1"])
        #expect(flat.status == 0)
        let rows = flat.stdoutText.split(separator: "\r\n").map(String.init)
        #expect(rows.first == "path,id,name,type,size,modification_date,uid,gid")
        #expect(rows.count == 6)
        #expect(rows[1].hasPrefix("archive-lto,2,research-1,folder,0,"))
        #expect(flat.stderrText == "5 file(s) exported\n")
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let target = directory.url.appendingPathComponent("out.csv").path
        let deep = try await script("export-files.lua", ["1", "--recursive", "--output", target])
        #expect(deep.status == 0)
        #expect(deep.stdoutText == "")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.split(separator: "\r\n").count == 106)
        #expect(written.contains("\r\narchive-lto/research-25,530,file_25_18.mov,file,44959308,"))
        let notFolder = try await script("export-files.lua", ["530"])
        #expect(notFolder.status == 2)
        #expect(notFolder.stderrText == "export-files.lua: 530 is a file, not a folder\n")
        #expect(notFolder.stdoutText == "", "no CSV header for a folder that is not one")
        // A folder that is not there: nodeum's own message and exit status, no output file made.
        let missing = directory.url.appendingPathComponent("missing.csv").path
        let absent = try await script("export-files.lua", ["99999999", "--output", missing])
        #expect(absent.status == 4 && absent.stdoutText == "")
        #expect(absent.stderrText.range(of: #"^nodeum: 404 Not Found from GET http://127\.0\.0\.1:\d+/api/v2/files/99999999 \(show_file\): file 99999999 not found \[base: not_found\]\n"#,
                                        options: .regularExpression) != nil, "\(absent.stderrText)")
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(try await script("export-files.lua", []).status == 2)
    }

    /// The demo's own key ("dashboard") is removed first; ids are reused, so the two are 1 and 2.
    static let twoKeys = """
        nodeum.api_keys:delete(1)
        nodeum.api_keys:create{name = "monitoring", api_key_scopes = {{controller = "tapes", action = "index"}, {controller = "tapes", action = "show"}}}
        nodeum.api_keys:create{name = "backup-runner", api_key_scopes = {{controller = "tasks", action = "show"}, {controller = "tasks", action = "run"}, {controller = "tapes", action = "index"}}}
        """

    /// `text` with each key's first 8 characters (random) as `xxxxxxxx`.
    static func keyless(_ text: String) -> String {
        text.replacingOccurrences(of: "[0-9a-f]{8}…", with: "xxxxxxxx…", options: .regularExpression)
    }

    @Test("api-keys.lua: each key with its scopes; --writes audits, --scope filters, --delete removes")
    func apiKeys() async throws {
        let r = try await script("api-keys.lua", setup: Self.twoKeys)
        #expect(r.status == 0)
        #expect(Self.keyless(r.stdoutText) == """
            id  name           key        scopes
             1  monitoring     xxxxxxxx…  tapes: index show
             2  backup-runner  xxxxxxxx…  tapes: index; tasks: run show

            """)
        #expect(r.stderrText == "2 key(s), 1 of them may change something\n")

        let writes = try await script("api-keys.lua", ["--writes"], setup: Self.twoKeys)
        #expect(writes.status == 10)
        #expect(Self.keyless(writes.stdoutText) == """
            id  name           key        scopes
             2  backup-runner  xxxxxxxx…  tapes: index; tasks: run show

            """)
        let tasksScope = try await script("api-keys.lua", ["--scope", "tasks"], setup: Self.twoKeys)
        #expect(tasksScope.stdoutText.split(separator: "\n").count == 2)
        let none = try await script("api-keys.lua", ["--writes"])
        #expect(none.status == 0)
        #expect(none.stderrText == "1 key(s), 0 of them may change something\n")

        let deleted = try await script("api-keys.lua", ["--delete", "2", "--delete", "7"], setup: Self.twoKeys)
        #expect(deleted.status == 10)
        #expect(deleted.stdoutText == "deleted key 2\n")
        #expect(deleted.stderrText.hasPrefix("api-keys.lua: key 7 not deleted: 404 Not Found from DELETE http://127.0.0.1:"))
        let after = try await script("api-keys.lua", setup: Self.twoKeys + "\nnodeum.api_keys:delete(1)")
        #expect(after.stdoutText.split(separator: "\n").count == 2)

        let bad = try await script("api-keys.lua", ["--delete", "x"])
        #expect(bad.status == 2)
        #expect(bad.stderrText.hasPrefix("api-keys.lua: --delete needs a key id (a positive integer)\nusage: api-keys.lua [--writes] [--scope CONTROLLER] [--delete ID]...\n"))
        let typo = try await script("api-keys.lua", ["--write"])
        #expect(typo.status == 2)
        #expect(typo.stderrText.hasPrefix("api-keys.lua: unknown argument '--write' (did you mean --writes?)\n"))
        let help = try await script("api-keys.lua", ["--help"])
        #expect(help.status == 0)
        #expect(help.stdoutText == """
            usage: api-keys.lua [--writes] [--scope CONTROLLER] [--delete ID]...
              --writes            only keys that may change something; exit 10 when there are some
              --scope CONTROLLER  only keys with a scope on this controller (tapes, tasks...)
              --delete ID         delete this key (repeatable)
              --help              show this help

            """)
    }
}
