import Foundation
import Testing

/// The README's examples print what the README says they print. A block marked with
/// `<!-- checked: shell -->` holds `$ command` lines, each followed by its output (stdout and
/// stderr as a terminal would show them); one marked `<!-- checked: repl NAME=value ... -->`
/// is a REPL session on a pseudo-terminal: a `$ nodeum ...` line, what nodeum prints before
/// its first prompt, then lines typed at the prompt (`> `, `sim> `, `>> ` to go on), each
/// followed by its output. A comment naming Ctrl-C on a typed line sends Ctrl-C after it. In
/// both, ports and ISO dates are compared as placeholders, spaces ending a line are ignored,
/// and a last output line `...` stands for whatever follows.
@Suite("README examples", .serialized, .timeLimit(.minutes(2)))
struct ReadmeExamplesTests {
    struct Block: CustomTestStringConvertible, Sendable {
        let kind: String
        let environment: [String: String]
        let lines: [String]
        let line: Int
        var testDescription: String { "\(kind) block at README.md:\(line)" }
    }

    static let blocks: [Block] = {
        let url = NodeumExecutable.packageRoot().appendingPathComponent("README.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        let lines = text.components(separatedBy: "\n")
        var blocks: [Block] = []
        for (i, line) in lines.enumerated() where line.hasPrefix("<!-- checked: ") && line.hasSuffix(" -->") {
            let words = line.dropFirst("<!-- checked: ".count).dropLast(" -->".count).split(separator: " ").map(String.init)
            var environment: [String: String] = [:]
            for word in words.dropFirst() {
                let pair = word.split(separator: "=", maxSplits: 1).map(String.init)
                if pair.count == 2 { environment[pair[0]] = pair[1] }
            }
            var body: [String] = []
            var j = i + 1
            while j < lines.count, lines[j].isEmpty { j += 1 }
            while j < lines.count, lines[j].hasPrefix("    ") || lines[j].isEmpty {
                body.append(String(lines[j].dropFirst(min(4, lines[j].count))))
                j += 1
            }
            while body.last?.isEmpty == true { body.removeLast() }
            blocks.append(Block(kind: words.first ?? "", environment: environment, lines: body, line: i + 1))
        }
        return blocks
    }()

    @Test("the README has checked examples of both kinds")
    func blocksFound() {
        #expect(Self.blocks.contains { $0.kind == "shell" })
        #expect(Self.blocks.contains { $0.kind == "repl" })
        #expect(Self.blocks.allSatisfy { ["shell", "repl"].contains($0.kind) })
    }

    @Test("shell examples", arguments: blocks.filter { $0.kind == "shell" })
    func shell(block: Block) async throws {
        for (command, expected) in Self.entries(block.lines, isInput: { $0.hasPrefix("$ ") }) {
            let bin = URL(fileURLWithPath: NodeumExecutable.path).deletingLastPathComponent().path
            var environment = baseEnvironment.merging(["XDG_CONFIG_HOME": "/nonexistent", "NO_COLOR": "1"]) { $1 }
            environment["PATH"] = bin + ":" + (environment["PATH"] ?? "")
            let shellCommand = String(command[0].dropFirst(2))
            let run = try await runProcess(
                "/bin/bash", arguments: ["-c", "{ " + shellCommand + "; } 2>&1"], environment: environment.merging(block.environment) { $1 },
                timeout: .seconds(60))
            Self.expectSame(run.stdoutText, expected, "\(shellCommand) (README.md:\(block.line))")
        }
    }

    @Test("REPL sessions", arguments: blocks.filter { $0.kind == "repl" })
    func repl(block: Block) throws {
        let start = try #require(block.lines.first { $0.hasPrefix("$ ") })
        let command = start.range(of: " #").map { start[..<$0.lowerBound] } ?? start[...]
        let arguments = command.split(separator: " ").dropFirst(2).map(String.init)
        let prompt = try #require(block.lines.first { $0.contains("> ") && !$0.hasPrefix("$ ") && !$0.hasPrefix(">> ") }
            .map { String($0[..<$0.range(of: "> ")!.upperBound]) })
        let session = try REPLSession(
            arguments: arguments, environment: ["XDG_CONFIG_HOME": "/nonexistent"].merging(block.environment) { $1 })
        defer { session.terminal.closeTerminal() }
        let rest = block.lines.drop { !$0.hasPrefix(prompt) }
        let opening = block.lines.drop { !$0.hasPrefix("$ ") }.dropFirst().prefix { !$0.hasPrefix(prompt) }
        Self.expectSame(String(session.opening.dropLast(prompt.count)), Array(opening), "the opening (README.md:\(block.line))")
        for (typed, expected) in Self.entries(Array(rest), isInput: { $0.hasPrefix(prompt) || $0.hasPrefix(">> ") }) {
            var last = ""
            for (k, line) in typed.enumerated() {
                if k > 0 { try session.terminal.expect(">> ") }
                last = String(line.dropFirst(line.hasPrefix(">> ") ? 3 : prompt.count))
                try session.terminal.send(last + "\n")
            }
            try session.terminal.expect(last, timeout: .seconds(30))
            if last.contains("Ctrl-C") {
                try session.terminal.waitUntilComputing()
                try session.terminal.sendInterrupt()
            }
            let output = try session.terminal.expect("\n" + prompt, timeout: .seconds(30))
            Self.expectSame(String(output.dropFirst().dropLast(prompt.count)), expected, "\(typed.joined(separator: "\n")) (README.md:\(block.line))")
        }
    }

    /// The block's lines as (input lines, the output lines after them).
    static func entries(_ lines: [String], isInput: (String) -> Bool) -> [([String], [String])] {
        var result: [([String], [String])] = []
        for line in lines {
            if isInput(line) {
                if let last = result.last, last.1.isEmpty, line.hasPrefix(">> ") {
                    result[result.count - 1].0.append(line)
                } else {
                    result.append(([line], []))
                }
            } else if !result.isEmpty {
                result[result.count - 1].1.append(line)
            }
        }
        return result
    }

    /// Compares output with the README's lines: ports and dates as placeholders, a last `...`
    /// line standing for anything.
    static func expectSame(_ actual: String, _ expected: [String], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        func normalised(_ text: String) -> String {
            text.replacingOccurrences(of: "\r\n", with: "\n")
                .replacingOccurrences(of: #"[ ]+\n"#, with: "\n", options: .regularExpression)
                .replacingOccurrences(of: #"127\.0\.0\.1:\d+"#, with: "127.0.0.1:PORT", options: .regularExpression)
                .replacingOccurrences(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, with: "YYYY-MM-DDThh:mm:ssZ", options: .regularExpression)
        }
        var want = expected
        let open = want.last == "..."
        if open { want.removeLast() }
        let wanted = normalised(want.map { $0 + "\n" }.joined())
        let got = normalised(actual)
        if open {
            #expect(got.hasPrefix(wanted), "\(what): \(got.debugDescription)", sourceLocation: sourceLocation)
        } else {
            #expect(got == wanted, "\(what): \(got.debugDescription)", sourceLocation: sourceLocation)
        }
    }
}
