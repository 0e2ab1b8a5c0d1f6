import Foundation
import Testing

/// What nodeum's command line adds to lua's: NODEUM_INIT, --help, --version, and the exit
/// status of a usage error.
@Suite("nodeum's own command-line additions")
struct NodeumCommandLineTests {
    func nodeum(_ arguments: [String], environment: [String: String] = [:], stdin: String = "") async throws -> ProcessOutput {
        try #require(FileManager.default.isExecutableFile(atPath: NodeumExecutable.path),
                     "nodeum is not built at \(NodeumExecutable.path): run `swift build --product nodeum`")
        return try await runProcess(
            NodeumExecutable.path, arguments: arguments,
            environment: baseEnvironment.merging(environment) { $1 }, stdin: Data(stdin.utf8))
    }

    @Test("NODEUM_INIT runs before the command line, instead of LUA_INIT_5_4 and LUA_INIT")
    func nodeumInit() async throws {
        let result = try await nodeum(
            ["-e", "print('main')"],
            environment: ["NODEUM_INIT": "print('nodeum init')", "LUA_INIT_5_4": "print('5.4')", "LUA_INIT": "print('lua')"])
        #expect(result.stdoutText == "nodeum init\nmain\n")
        #expect(result.stderrText == "")
        #expect(result.status == 0)
    }

    @Test("-E ignores NODEUM_INIT")
    func ignoreNodeumInit() async throws {
        let result = try await nodeum(["-E", "-e", "print('main')"], environment: ["NODEUM_INIT": "print('nodeum init')"])
        #expect(result.stdoutText == "main\n")
        #expect(result.status == 0)
    }

    @Test("an error in NODEUM_INIT is reported under that name")
    func nodeumInitError() async throws {
        let result = try await nodeum(["-e", "print('not reached')"], environment: ["NODEUM_INIT": "error('bad')"])
        #expect(result.stdoutText == "")
        #expect(result.stderrText.hasPrefix("nodeum: NODEUM_INIT:1: bad\nstack traceback:\n"))
        #expect(result.status == 1)
    }

    @Test("--help prints the usage on stdout and exits 0 without running stdin")
    func help() async throws {
        let result = try await nodeum(["--help"], stdin: "print('not run')\n")
        #expect(result.stdoutText.hasPrefix("usage: nodeum [options] [script [args]]\n"))
        #expect(result.stdoutText.contains("  --help    show this help\n  --version show version information\n"))
        #expect(!result.stdoutText.contains("not run"))
        #expect(result.status == 0)
    }

    @Test("--version names the version, commit, build date, Lua's and Swift's versions; -v prints lua's banner")
    func version() async throws {
        let long = try await nodeum(["--version", "-e", "print('not run')"])
        let lines = long.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first?.wholeMatch(of: /nodeum \d+\.\d+\.\d+ \(commit \S+, built \S+\)/) != nil)
        #expect(lines.dropFirst().first?.hasPrefix("Lua 5.4.") == true)
        #expect(lines.last?.hasPrefix("Swift ") == true)
        #expect(long.status == 0)
        let short = try await nodeum(["-v"])
        #expect(short.stdoutText.hasPrefix("nodeum 0."))
        #expect(short.stdoutText.contains("(Lua 5.4."))
        #expect(short.status == 0)
    }

    @Test("a usage error exits 2 with the message and the usage on stderr")
    func usageError() async throws {
        let result = try await nodeum(["--bogus"])
        #expect(result.status == 2)
        #expect(result.stdoutText == "")
        #expect(result.stderrText.hasPrefix("nodeum: unrecognized option '--bogus'\nusage: nodeum [options] [script [args]]\n"))
    }

    @Test("a misspelt option names the closest one, and the usage names nodeum's own options")
    func misspeltOption() async throws {
        let result = try await nodeum(["--jsn", "-e", "return 1"])
        #expect(result.status == 2)
        #expect(result.stdoutText == "")
        #expect(result.stderrText == """
            nodeum: unrecognized option '--jsn' (did you mean '--json'?)
            usage: nodeum [options] [script [args]]
            Available options are:
              -e stat   execute string 'stat'
              -i        enter interactive mode after executing 'script'
              -l mod    require library 'mod' into global 'mod'
              -l g=mod  require library 'mod' into global 'g'
              -v        show version information
              -E        ignore environment variables
              -W        turn warnings on
              --        stop handling options
              -         stop handling options and execute stdin
              --help    show this help
              --version show version information
            nodeum's own options (--help says what each does):
              Connection: --url URL  --user NAME  --password PW  --token KEY  --profile NAME
                          --insecure  --ca-cert FILE  --timeout SECONDS  --sim
              Output:     --json  --jsonl  --csv  --table
              Safety:     --read-only  --dry-run  --verbose
              Other:      --no-color  --no-progress  --generate-completion-script SHELL

            """)
    }
}
