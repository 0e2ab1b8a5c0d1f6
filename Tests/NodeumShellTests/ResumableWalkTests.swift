import Foundation
import NodeumSimulator
import Testing

/// A walk with a checkpoint, killed with SIGKILL in the middle and started again, delivers
/// every item, at most the last page twice; export-files.lua resumes an export the same way.
@Suite("resumable walks", .serialized, .timeLimit(.minutes(2)))
struct ResumableWalkTests {
    static let pageSize = 500

    func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nodeum-resume-\(getpid())-\(name)")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func lines(_ url: URL) -> [String] {
        ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// A CSV file's records (lines end in CRLF, as RFC 4180 has them).
    func records(_ url: URL) -> [String] {
        ((try? String(contentsOf: url, encoding: .utf8)) ?? "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test("killed with SIGKILL and started again, a walk delivers every item", arguments: ["offset", "keyset"])
    func killedAndResumed(walk: String) async throws {
        try await TestSimulator.withURL(SimulatorOptions(port: 0, files: 12_000, latency: .init(base: 40))) { url in
            try await killAndResume(url: url, walk: walk)
        }
    }

    func killAndResume(url: String, walk: String) async throws {
        let dir = try folder(walk)
        let output = dir.appendingPathComponent("ids.txt"), checkpoint = dir.appendingPathComponent("walk.checkpoint")
        let script = dir.appendingPathComponent("walk.lua")
        try """
            local out = assert(io.open("\(output.path)", "a"))
            for page in nodeum.files:list{page_size = \(Self.pageSize), walk = "\(walk)", checkpoint = "\(checkpoint.path)"}:pages() do
              for _, f in ipairs(page) do out:write(f.id, "\\n") end
              out:flush()
            end
            out:close()
            print("walked")
            """.write(to: script, atomically: true, encoding: .utf8)
        let arguments = ["--url", url, "--user", "admin", "--password", "admin", script.path]

        // The first run, killed once a few pages are out.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: NodeumExecutable.path)
        process.arguments = arguments
        process.environment = baseEnvironment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + .seconds(60)
        while lines(output).count < 3_000, process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the walk ended before it was killed")
        let before = lines(output).count
        #expect(FileManager.default.fileExists(atPath: checkpoint.path))

        // Started again: it goes on from the checkpoint, and removes it at the end.
        let again = try await runProcess(NodeumExecutable.path, arguments: arguments, timeout: .seconds(90))
        #expect(again.status == 0, "\(again.stderrText)")
        #expect(again.stdoutText == "walked\n")
        #expect(!FileManager.default.fileExists(atPath: checkpoint.path))

        let all = try await runProcess(
            NodeumExecutable.path, arguments: ["--url", url, "--user", "admin", "--password", "admin", "-e",
                                               "for f in nodeum.files:list{} do print(f.id) end"])
        let expected = all.stdoutText.split(separator: "\n").map(String.init)
        let delivered = lines(output)
        #expect(Set(delivered) == Set(expected), "missing \(Set(expected).subtracting(delivered).count)")
        let twice = delivered.count - Set(delivered).count
        #expect(twice <= Self.pageSize, "\(twice) delivered twice (killed after \(before) lines)")
        #expect(before < expected.count)
    }

    @Test("export-files.lua --checkpoint appends where an export stopped, the header once")
    func exportResumes() async throws {
        try await TestSimulator.withURL(SimulatorOptions(port: 0, files: 6_000)) { url in try await exportAndResume(url: url) }
    }

    func exportAndResume(url: String) async throws {
        let dir = try folder("export")
        let whole = dir.appendingPathComponent("whole.csv"), part = dir.appendingPathComponent("part.csv")
        let checkpoint = dir.appendingPathComponent("export.checkpoint")
        let script = NodeumExecutable.packageRoot().appendingPathComponent("scripts/export-files.lua").path
        let connection = ["--url", url, "--user", "admin", "--password", "admin"]
        let full = try await runProcess(NodeumExecutable.path, arguments: connection + [script, "2", "--output", whole.path])
        #expect(full.status == 0, "\(full.stderrText)")
        let rows = records(whole)
        #expect(rows.count > 200)

        // An export stopped after its first 100 rows: their lines, and the checkpoint of that walk.
        try (rows.prefix(101).joined(separator: "\r\n") + "\r\n").write(to: part, atomically: true, encoding: .utf8)
        try #"{"nodeum_checkpoint":1,"operation":"files_children","parameters":{"file_parent_id":2},"walk":"offset","after":null,"offset":100,"delivered":100}"#
            .write(to: checkpoint, atomically: true, encoding: .utf8)
        let resumed = try await runProcess(
            NodeumExecutable.path, arguments: connection + [script, "2", "--output", part.path, "--checkpoint", checkpoint.path])
        #expect(resumed.status == 0, "\(resumed.stderrText)")
        #expect(resumed.stderrText == "export-files.lua: resuming from \(checkpoint.path)\n\(rows.count - 101) file(s) exported\n")
        #expect(records(part) == rows)
        #expect(!FileManager.default.fileExists(atPath: checkpoint.path))

        let refused = try await runProcess(NodeumExecutable.path, arguments: connection + [script, "2", "--checkpoint", checkpoint.path])
        #expect(refused.status == 2)
        #expect(refused.stderrText.hasPrefix("export-files.lua: --checkpoint needs --output and works without --recursive (one walk to resume)\n"))
    }
}
