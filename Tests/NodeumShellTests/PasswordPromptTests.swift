import Foundation
import Testing

/// A password typed at the prompt can be typed again after a 401, as sudo asks (three in all
/// per call), and `nodeum.connect` asks for its own.
@Suite("password prompt", .serialized, .timeLimit(.minutes(1)))
struct PasswordPromptTests {
    func session(_ url: String) throws -> REPLSession {
        try REPLSession(arguments: ["--url", url, "--user", "admin"], environment: ["XDG_CONFIG_HOME": "/nonexistent"])
    }

    @Test("a wrong password is asked again, and the call goes on with the right one")
    func typedAgain() async throws {
        try await TestSimulator.withURL { url in
            let s = try session(url)
            defer { s.terminal.closeTerminal() }
            try s.terminal.send("nodeum.pools:get(1).name\n")
            try s.terminal.expect("Password for admin: ")
            try s.terminal.send("wrong\n")
            let again = try s.terminal.expect("Password for admin: ")
            #expect(again.contains("Sorry, try again."), "\(again.debugDescription)")
            #expect(!again.contains("401"), "\(again.debugDescription)")
            try s.terminal.send("admin\n")
            let output = try s.terminal.expect(s.prompt)
            #expect(output.hasSuffix("archive-lto" + s.prompt) || output.contains("archive-lto\r\n"), "\(output.debugDescription)")
            // The right password stays: no more questions.
            try s.type("nodeum.pools:get(2).name", prints: "vault-offline\n")
        }
    }

    @Test("three wrong passwords fail the call with the 401; the next call asks again; connect asks its own")
    func threeStrikes() async throws {
        try await TestSimulator.withURL { url in
            let s = try session(url)
            defer { s.terminal.closeTerminal() }
            try s.terminal.send("nodeum.pools:get(1).name\n")
            var failed = ""
            for attempt in 1...3 {
                failed += try s.terminal.expect("Password for admin: ")
                try s.terminal.send("wrong\(attempt)\n")
            }
            failed += try s.terminal.expect(s.prompt)
            #expect(failed.contains("401 Unauthorized from GET \(url)/pools/1"), "\(failed.debugDescription)")
            #expect(failed.components(separatedBy: "Sorry, try again.").count == 3, "two more tries: \(failed.debugDescription)")
            #expect(!failed.contains("wrong"), "a password was shown: \(failed.debugDescription)")
            try s.terminal.send("nodeum.pools:get(1).name\n")
            try s.terminal.expect("Password for admin: ")
            try s.terminal.send("admin\n")
            let output = try s.terminal.expect(s.prompt)
            #expect(output.contains("archive-lto"), "\(output.debugDescription)")
            // A second client: its own password, asked on the terminal.
            _ = try s.enter("other = nodeum.connect{url = '\(url)', user = 'admin'}")
            try s.terminal.send("other.pools:get(3).name\n")
            try s.terminal.expect("Password for admin: ")
            try s.terminal.send("admin\n")
            let third = try s.terminal.expect("projects")
            #expect(!third.contains("401"), "\(third.debugDescription)")
        }
    }
}
