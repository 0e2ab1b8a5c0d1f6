import Foundation
import Testing

/// The completion scripts and the man page follow the option table.
@Suite("completion scripts and man page")
struct CompletionAndManualTests {
    func nodeum(_ arguments: [String]) async throws -> ProcessOutput {
        try await runProcess(NodeumExecutable.path, arguments: arguments, environment: baseEnvironment, stdin: Data())
    }

    static let longOptions = [
        "--help", "--version", "--url", "--user", "--password", "--token", "--profile", "--insecure", "--ca-cert",
        "--timeout", "--sim", "--json", "--jsonl", "--csv", "--table", "--read-only", "--dry-run", "--verbose", "--no-color", "--no-progress",
        "--generate-completion-script",
    ]

    @Test("every option is in --help and in each completion script")
    func everyOptionEverywhere() async throws {
        let help = try await nodeum(["--help"]).stdoutText
        for shell in ["bash", "zsh", "fish"] {
            let script = try await nodeum(["--generate-completion-script", shell])
            #expect(script.status == 0)
            for option in Self.longOptions {
                let spelled = shell == "fish" ? "-l \(option.dropFirst(2))" : option
                #expect(script.stdoutText.contains(spelled), "\(shell) lacks \(option)")
            }
        }
        for option in Self.longOptions { #expect(help.contains(option), "--help lacks \(option)") }
        let bad = try await nodeum(["--generate-completion-script", "tcsh"])
        #expect(bad.status == 2)
        #expect(bad.stderrText.hasPrefix("nodeum: '--generate-completion-script' needs bash, zsh or fish, not 'tcsh'"))
    }

    @Test("the bash script completes options, profiles and shells")
    func bashCompletes() async throws {
        let script = try await nodeum(["--generate-completion-script", "bash"]).stdoutText
        let directory = try TemporaryDirectory(files: [
            "nodeum.bash": script,
            "config/nodeum/config.toml": "[profiles.prod]\nurl = \"https://a\"\n[profiles.dr-site]\nurl = \"https://b\"\n",
        ])
        defer { directory.remove() }
        func complete(_ words: String) async throws -> String {
            let code = """
                source nodeum.bash
                COMP_WORDS=(\(words)); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
                _nodeum; printf '%s\\n' "${COMPREPLY[@]}"
                """
            var env = baseEnvironment
            env["XDG_CONFIG_HOME"] = directory.url.appendingPathComponent("config").path
            let r = try await runProcess("/bin/bash", arguments: ["-c", "cd '\(directory.url.path)' && " + code], environment: env, stdin: Data())
            return r.stdoutText
        }
        #expect(try await complete("nodeum --pro") == "--profile\n")
        #expect(try await complete("nodeum --read") == "--read-only\n")
        #expect(try await complete("nodeum --profile ''") == "prod\ndr-site\n")
        #expect(try await complete("nodeum --generate-completion-script z") == "zsh\n")
    }

    @Test("docs/nodeum.1 documents every option")
    func manPage() throws {
        let page = try String(contentsOf: NodeumExecutable.packageRoot().appendingPathComponent("docs/nodeum.1"), encoding: .utf8)
        for option in Self.longOptions {
            #expect(page.contains(option.replacingOccurrences(of: "-", with: "\\-")), "nodeum.1 lacks \(option)")
        }
    }
}
