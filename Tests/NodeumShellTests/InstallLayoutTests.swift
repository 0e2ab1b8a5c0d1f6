import Foundation
import Testing

/// nodeum as installed: `PREFIX/bin/nodeum` beside `nodeum-sim`, the saved scripts in
/// `PREFIX/share/nodeum/scripts`, and what happens when a piece is missing.
@Suite("install layout", .serialized)
struct InstallLayoutTests {
    /// A PREFIX holding the built nodeum, hard-linked or copied (not a symbolic link: nodeum
    /// finds its files from its own resolved path), and nodeum-sim when asked.
    func prefix(withSimulator: Bool, scripts: [String: String] = [:]) throws -> TemporaryDirectory {
        var files: [String: String] = [:]
        for (name, text) in scripts { files["share/nodeum/scripts/\(name)"] = text }
        let directory = try TemporaryDirectory(files: files, directories: ["bin"])
        let built = URL(fileURLWithPath: NodeumExecutable.path).deletingLastPathComponent()
        for program in withSimulator ? ["nodeum", "nodeum-sim"] : ["nodeum"] {
            let (from, to) = (built.appendingPathComponent(program), directory.url.appendingPathComponent("bin/\(program)"))
            do { try FileManager.default.linkItem(at: from, to: to) } catch { try FileManager.default.copyItem(at: from, to: to) }
        }
        return directory
    }

    @Test("a saved script runs by name, with or without .lua; a path or a file here wins")
    func savedScriptByName() async throws {
        let directory = try prefix(withSimulator: false, scripts: ["hello.lua": "print('hello', ...)\n"])
        defer { directory.remove() }
        let nodeum = directory.url.appendingPathComponent("bin/nodeum").path
        var env = baseEnvironment
        env["PATH"] = "/usr/bin:/bin"
        for name in ["hello", "hello.lua"] {
            let r = try await runProcess(nodeum, arguments: [name, "a", "b"], environment: env)
            #expect(r.stdoutText == "hello\ta\tb\n", "\(name)")
            #expect(r.status == 0)
        }
        let missing = try await runProcess(nodeum, arguments: ["no-such-script"], environment: env)
        #expect(missing.status == 1)
        #expect(missing.stderrText.hasPrefix("nodeum: cannot open no-such-script"))
        let local = try TemporaryDirectory(files: ["hello.lua": "print('the local one')\n"])
        defer { local.remove() }
        let here = try await runProcess(nodeum, arguments: ["hello.lua"], environment: env, directory: local.url)
        #expect(here.stdoutText == "the local one\n")
    }

    @Test("--sim without nodeum-sim beside nodeum or on PATH fails with a clear message and exit 2")
    func simulatorMissing() async throws {
        let directory = try prefix(withSimulator: false)
        defer { directory.remove() }
        var env = baseEnvironment
        env["PATH"] = "/nonexistent"
        let r = try await runProcess(
            directory.url.appendingPathComponent("bin/nodeum").path, arguments: ["--sim", "-e", "nodeum.tapes:list{}:count()"],
            environment: env)
        #expect(r.status == 2)
        #expect(r.stderrText.contains("--sim needs the nodeum-sim program (installed with nodeum), neither at "))
        #expect(r.stderrText.contains("/bin/nodeum-sim nor on PATH"))
    }

    @Test("nodeum-sim --version names the version, commit, build date, SQLite's and Swift's versions")
    func simulatorVersion() async throws {
        let sim = URL(fileURLWithPath: NodeumExecutable.path).deletingLastPathComponent().appendingPathComponent("nodeum-sim").path
        let r = try await runProcess(sim, arguments: ["--version"])
        let lines = r.stdoutText.split(separator: "\n").map(String.init)
        #expect(r.status == 0)
        #expect(lines.first?.wholeMatch(of: /nodeum-sim \d+\.\d+\.\d+ \(commit \S+, built \S+\)/) != nil)
        #expect(lines.dropFirst().first?.hasPrefix("SQLite 3.") == true)
        #expect(lines.last?.hasPrefix("Swift ") == true)
    }

    /// The pid of the nodeum-sim a `--sim` run started, printed by Lua, then whether it is gone.
    static let printSimulatorPid = """
        nodeum.tapes:list{}:count()
        local pid = io.open('/proc/self/stat'):read('n')
        local sim = io.popen('pgrep -P ' .. pid .. ' -x nodeum-sim'):read('l')
        print(sim)
        """

    static func gone(_ pid: String) async throws -> Bool {
        for _ in 0..<40 {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if stat.contains(") Z ") { return true }  // ended, not yet reaped by its new parent
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    @Test("the simulator --sim started ends with nodeum, even when nodeum is killed")
    func simulatorEndsWithNodeum() async throws {
        let normal = try await runProcess(NodeumExecutable.path, arguments: ["--sim", "-e", Self.printSimulatorPid])
        #expect(normal.status == 0)
        let pid = normal.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Int(pid) != nil, "no nodeum-sim child: \(normal.stdoutText) \(normal.stderrText)")
        #expect(try await Self.gone(pid))
        let killed = try await runProcess(
            NodeumExecutable.path,
            arguments: ["--sim", "-e", Self.printSimulatorPid + "io.stdout:flush() os.execute('kill -9 ' .. io.open('/proc/self/stat'):read('n'))"])
        let orphan = killed.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Int(orphan) != nil, "no nodeum-sim child: \(killed.stdoutText) \(killed.stderrText)")
        #expect(try await Self.gone(orphan))
    }
}
