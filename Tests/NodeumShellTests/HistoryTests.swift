import Foundation
import Testing

@testable import NodeumShell

/// The REPL history's policy and file, without a terminal.
@Suite("REPL history")
struct HistoryTests {
    @Test(
        "a password, token, secret or key given as a literal is a secret",
        arguments: [
            #"nodeum.connect{url="https://n.example", password = "s3cret"}"#,
            #"token="abc""#,
            #"t = {["password"]='x'}"#,
            #"api_key = "k-123""#,
            #"secret = [[x]]"#,
            #"secret = [==[x]==]"#,
            #"PASSWORD = 'upper'"#,
            #"db_password='x'"#,
            #"local apiKey = "x""#,
            #"cfg.access_key = "AKIA""#,
            #"headers = {Authorization = "Bearer abc"}"#,
            #"client_secret = "x" .. suffix"#,
            #"if token == "abc" then end"#,
            #"x = {['token'] = "abc"}"#,
            #"json.decode('{"password": "x"}')"#,
            "nodeum.connect{\n  url = u,\n  password =\n    'multi-line'\n}",
            #"credentials = "user:pw""#,
        ])
    func secretLiterals(entry: String) {
        #expect(History.containsSecret(entry))
        #expect(!History.isWorthKeeping(entry))
    }

    @Test(
        "a name, a call or a mere mention is not a secret",
        arguments: [
            "password = pw",
            "help(nodeum.users)",
            #"token = os.getenv("NODEUM_TOKEN")"#,
            #"nodeum.connect{url = "https://n.example", password = pw}"#,
            #"print("password")"#,
            #"t = {["password"] = read_password()}"#,
            "password = nil",
            #"user = "admin""#,
            #"x = "token""#,
            "if password == other then end",
            "tokens = {}",
            "secret_count = 3",
            #"print(password, "is set")"#,
            "for i = 1, 10 do print(i) end",
            #"s = "password" .. "=" .. pw"#,
        ])
    func notSecrets(entry: String) {
        #expect(!History.containsSecret(entry))
        #expect(History.isWorthKeeping(entry))
    }

    @Test("empty entries, repeats of the previous entry and secrets are not added")
    func policy() {
        let history = History(path: nil)
        #expect(history.add("a = 1"))
        #expect(!history.add(""))
        #expect(!history.add("   \t"))
        #expect(!history.add("a = 1"))
        #expect(history.add("b = 2"))
        #expect(history.add("a = 1"))
        #expect(!history.add(#"password = "x""#))
        #expect(history.entries == ["a = 1", "b = 2", "a = 1"])
    }

    @Test("the history keeps its last entries up to its capacity")
    func capacity() {
        let history = History(path: nil, capacity: 3)
        for i in 1...5 { history.add("x = \(i)") }
        #expect(history.entries == ["x = 3", "x = 4", "x = 5"])
    }

    @Test("each entry is appended to the file at once, in a private file and directories")
    func fileIsWrittenAsEntriesCome() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.path + "/state/nodeum/history"
        let history = History(path: path)
        history.load()
        #expect(!FileManager.default.fileExists(atPath: path))
        history.add("a = 1")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a = 1\n")
        history.add(#"token = "t""#)
        history.add("b = 2")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "a = 1\nb = 2\n")
        #expect(try mode(of: path) == 0o600)
        #expect(try mode(of: directory.url.path + "/state/nodeum") == 0o700)
        #expect(try mode(of: directory.url.path + "/state") == 0o700)
    }

    @Test("a multi-line entry and backslashes survive the file")
    func multiLineEntries() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.path + "/history"
        let chunk = "for i = 1, 2 do\n  print(\"a\\\\n\", i)\nend"
        History(path: path).add(chunk)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == #"for i = 1, 2 do\n  print("a\\\\n", i)\nend"# + "\n")
        let again = History(path: path)
        again.load()
        #expect(again.entries == [chunk])
    }

    @Test("encoding and decoding are inverse", arguments: ["", "a", "a\nb", "\\", "\\n", "a\r\nb", "é\\\n"])
    func encoding(entry: String) {
        let encoded = History.encode(entry)
        #expect(!encoded.contains("\n"))
        #expect(History.decode(Substring(encoded)) == entry)
    }

    @Test("loading makes a wider file private, drops secrets and repeats, trims to the capacity")
    func loading() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.path + "/history"
        let lines = ["x = 1", "x = 2", #"password = "p""#, "x = 2", "x = 3", "x = 4"]
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o644)
        let history = History(path: path, capacity: 2)
        history.load()
        #expect(history.entries == ["x = 3", "x = 4"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "x = 3\nx = 4\n")
        #expect(try mode(of: path) == 0o600)
    }

    @Test("the file is trimmed back to the capacity once it grows past it by a tenth")
    func trimmingWhileAppending() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.path + "/history"
        let history = History(path: path, capacity: 10)
        for i in 1...11 { history.add("x = \(i)") }
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 11)
        history.add("x = 12")
        let kept = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(kept == (3...12).map { "x = \($0)" })
        #expect(history.entries == kept)
        #expect(try mode(of: path) == 0o600)
    }

    @Test("the file's place: NODEUM_HISTORY, else XDG_STATE_HOME, else HOME")
    func defaultPath() {
        #expect(History.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/nodeum/history")
        #expect(History.defaultPath(environment: ["HOME": "/h", "XDG_STATE_HOME": "/s"]) == "/s/nodeum/history")
        #expect(History.defaultPath(environment: ["HOME": "/h", "XDG_STATE_HOME": ""]) == "/h/.local/state/nodeum/history")
        #expect(History.defaultPath(environment: ["HOME": "/h", "XDG_STATE_HOME": "/s", "NODEUM_HISTORY": "/f"]) == "/f")
        #expect(History.defaultPath(environment: ["HOME": "/h", "NODEUM_HISTORY": ""]) == nil)
        #expect(History.defaultPath(environment: [:]) == nil)
    }

    private func mode(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? NSNumber).intValue & 0o777
    }
}
