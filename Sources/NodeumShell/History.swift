import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The REPL's history: which entries are kept, and the file that keeps them between
/// sessions. Each accepted entry is appended to the file as it is entered, so that a crash
/// loses nothing; the file holds one entry per line, with `\` and newlines escaped, so that
/// a multi-line chunk stays one entry. The file is private to its user (mode 0600, in
/// directories created 0700).
public final class History {
    /// How many entries are kept, in memory and in the file.
    public static let capacity = 1000

    /// The history file, or nil for none.
    public let path: String?
    /// The most entries kept.
    public let capacity: Int
    /// The entries, oldest first.
    public private(set) var entries: [String] = []
    /// How many entries the file holds (as far as this session knows).
    private var fileCount = 0

    /// A history kept in `path` (nil: in memory only); call `load()` to read the file.
    public init(path: String?, capacity: Int = History.capacity) {
        self.path = path
        self.capacity = capacity
    }

    /// The history file an environment names: `NODEUM_HISTORY` (empty: none), else
    /// `$XDG_STATE_HOME/nodeum/history`, else `~/.local/state/nodeum/history`.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let named = environment["NODEUM_HISTORY"] { return named.isEmpty ? nil : named }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/nodeum/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/nodeum/history"
    }

    // MARK: - The policy

    /// Adds an entry when the policy keeps it: not empty, not the same as the previous
    /// entry, no secret literal in it. A kept entry is appended to the file. True when kept.
    @discardableResult
    public func add(_ entry: String) -> Bool {
        guard Self.isWorthKeeping(entry), entry != entries.last else { return false }
        entries.append(entry)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        append(entry)
        return true
    }

    /// False for an entry that is only white space, or that holds a secret literal.
    public static func isWorthKeeping(_ entry: String) -> Bool {
        !entry.allSatisfy(\.isWhitespace) && !containsSecret(entry)
    }

    /// True when `entry` gives a secret as a literal: a key whose name speaks of a password,
    /// token, secret, API key, access or private key, credential or authorization, followed by
    /// `=`, `==`, `~=` (or `:` after a quoted key) and a string literal (`"…"`, `'…'`, `[[…]]`,
    /// `[==[…]==]`). Keys are identifiers (`password`, `db_password`, `apiKey`) or bracketed
    /// strings (`["password"]`). A name or a call in place of the literal (`password = pw`,
    /// `token = os.getenv("T")`) is not a secret; neither is a mere mention (`help(nodeum.users)`).
    public static func containsSecret(_ entry: String) -> Bool {
        let bytes = Array(entry.utf8)
        var i = 0
        while i < bytes.count {
            if let (key, end) = key(in: bytes, at: i) {
                if isSecretName(key), literalFollows(bytes, from: end.index, quotedKey: end.quoted) { return true }
                // A quoted text is read again from inside: it may hold a key (JSON text).
                i = end.quoted ? i + 1 : end.index
            } else {
                i += 1
            }
        }
        return false
    }

    /// Words that make a key name secret (compared without case, `_` and `-`).
    static let secretWords = [
        "password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey", "privatekey",
        "credential", "authorization",
    ]

    /// True when a key's name contains one of `secretWords`.
    static func isSecretName(_ name: String) -> Bool {
        let folded = name.lowercased().filter { $0 != "_" && $0 != "-" }
        return secretWords.contains { folded.contains($0) }
    }

    /// The key starting at `i`: an identifier (not preceded by an identifier character), or a
    /// quoted string inside `[...]` or alone (a JSON-style key). Returns its text and where
    /// the scan goes on.
    private static func key(in bytes: [UInt8], at i: Int) -> (String, (index: Int, quoted: Bool))? {
        let c = bytes[i]
        if isIdentifierStart(c), i == 0 || !isIdentifierPart(bytes[i - 1]) {
            var j = i
            while j < bytes.count, isIdentifierPart(bytes[j]) { j += 1 }
            return (String(decoding: bytes[i..<j], as: UTF8.self), (j, false))
        }
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
            var j = i + 1
            while j < bytes.count, bytes[j] != c, bytes[j] != UInt8(ascii: "\n") { j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1 }
            guard j < bytes.count, bytes[j] == c else { return nil }
            var end = j + 1
            // `["password"]`: the closing bracket belongs to the key.
            if i > 0, bytes[i - 1] == UInt8(ascii: "["), end < bytes.count, bytes[end] == UInt8(ascii: "]") { end += 1 }
            return (String(decoding: bytes[(i + 1)..<j], as: UTF8.self), (end, true))
        }
        return nil
    }

    /// True when, after `index`, come an assignment or comparison and a string literal.
    private static func literalFollows(_ bytes: [UInt8], from index: Int, quotedKey: Bool) -> Bool {
        var j = skipSpaces(bytes, from: index)
        guard j < bytes.count else { return false }
        switch bytes[j] {
        case UInt8(ascii: "="):
            j += 1
            if j < bytes.count, bytes[j] == UInt8(ascii: "=") { j += 1 }
        case UInt8(ascii: "~"):
            guard j + 1 < bytes.count, bytes[j + 1] == UInt8(ascii: "=") else { return false }
            j += 2
        case UInt8(ascii: ":") where quotedKey:
            j += 1
        default:
            return false
        }
        j = skipSpaces(bytes, from: j)
        guard j < bytes.count else { return false }
        switch bytes[j] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        case UInt8(ascii: "["):
            var k = j + 1
            while k < bytes.count, bytes[k] == UInt8(ascii: "=") { k += 1 }
            return k < bytes.count && bytes[k] == UInt8(ascii: "[")
        default:
            return false
        }
    }

    /// The index of the first byte at or after `index` that is not a space, tab or newline.
    private static func skipSpaces(_ bytes: [UInt8], from index: Int) -> Int {
        var j = index
        while j < bytes.count, bytes[j] == UInt8(ascii: " ") || bytes[j] == UInt8(ascii: "\t") || bytes[j] == UInt8(ascii: "\n") {
            j += 1
        }
        return j
    }

    /// A letter or `_`.
    private static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || c == UInt8(ascii: "_")
    }

    /// A letter, digit or `_`.
    private static func isIdentifierPart(_ c: UInt8) -> Bool {
        isIdentifierStart(c) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }

    // MARK: - The file

    /// Reads the file (when there is one): keeps the last `capacity` entries that the policy
    /// keeps, makes the file private, and rewrites it when it held more than it should.
    public func load() {
        guard let path, let text = Self.read(path) else { return }
        chmod(path, 0o600)
        let stored = text.split(separator: "\n", omittingEmptySubsequences: true).map(Self.decode)
        var kept: [String] = []
        for entry in stored where Self.isWorthKeeping(entry) && entry != kept.last { kept.append(entry) }
        entries = Array(kept.suffix(capacity))
        fileCount = stored.count
        if fileCount != entries.count { rewrite() }
    }

    /// The file's text (invalid UTF-8 replaced), or nil when it cannot be read.
    private static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends one entry to the file; trims the file when it grows well past the capacity
    /// (with room, so that sessions sharing the file do not rewrite it at every entry).
    private func append(_ entry: String) {
        guard let path, prepareDirectory(of: path) else { return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        fchmod(descriptor, 0o600)
        let line = Array((Self.encode(entry) + "\n").utf8)
        guard writeAll(line, to: descriptor) else { return }
        fileCount += 1
        if fileCount > capacity + capacity / 10 { trimFile() }
    }

    /// Rewrites the file with its own last `capacity` entries (other sessions' included).
    private func trimFile() {
        guard let path, let text = Self.read(path) else { return }
        let stored = text.split(separator: "\n", omittingEmptySubsequences: true).map(Self.decode)
        replaceFile(with: Array(stored.suffix(capacity)), at: path)
    }

    /// Rewrites the file with the entries in memory.
    private func rewrite() {
        guard let path else { return }
        replaceFile(with: entries, at: path)
    }

    /// Replaces the file at once (a private temporary file renamed over it).
    private func replaceFile(with list: [String], at path: String) {
        guard prepareDirectory(of: path) else { return }
        let temporary = path + ".tmp\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        fchmod(descriptor, 0o600)
        let text = list.map { Self.encode($0) + "\n" }.joined()
        let written = writeAll(Array(text.utf8), to: descriptor)
        close(descriptor)
        if written, rename(temporary, path) == 0 {
            fileCount = list.count
        } else {
            unlink(temporary)
        }
    }

    /// Writes all of `bytes` (retrying after a signal); false on an error.
    private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    /// Creates the missing directories above `path`, each with mode 0700. False on failure.
    private func prepareDirectory(of path: String) -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return true }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) { return isDirectory.boolValue }
        guard prepareDirectory(of: directory) else { return false }
        return mkdir(directory, 0o700) == 0 || errno == EEXIST
    }

    // MARK: - Encoding

    /// One entry as one line: `\` becomes `\\`, a newline `\n`, a carriage return `\r`.
    static func encode(_ entry: String) -> String {
        var out = ""
        for c in entry.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The entry a line encodes (an unknown escape is kept as written).
    static func decode(_ line: Substring) -> String {
        var out = ""
        var escaped = false
        for c in line.unicodeScalars {
            if escaped {
                switch c {
                case "n": out += "\n"
                case "r": out += "\r"
                case "\\": out += "\\"
                default: out += "\\" + String(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(c)
            }
        }
        if escaped { out += "\\" }
        return out
    }
}
