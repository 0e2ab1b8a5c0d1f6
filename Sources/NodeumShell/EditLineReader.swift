@preconcurrency import CEditLine
import CEditLineShim
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines with libedit's line editor, for a REPL whose stdin and stdout are a
/// terminal: emacs keys and arrows (libedit's defaults), history recalled with Up (a
/// multi-line chunk as one entry) and kept by `History`, completion on Tab through
/// `completer`. Ctrl-C drops the entry (`.interrupted`); Ctrl-D on an empty line ends.
///
/// libedit's readline state is global: make one reader per process, on the Lua thread.
public final class EditLineReader: LineReader {
    /// What Tab asks for candidates; nil: Tab completes nothing.
    public var completer: LineCompleter?
    /// The entries kept between sessions.
    public let history: History

    /// The reader libedit's completion callback talks to.
    nonisolated(unsafe) private static weak var current: EditLineReader?

    /// Sets libedit up (characters read per the environment's LC_CTYPE, C taken as C.UTF-8)
    /// and loads `history`.
    public init(history: History) {
        self.history = history
        nodeum_edit_configure(EditLineReader.completionCallback, Int32(history.capacity))
        history.load()
        for entry in history.entries { add_history(entry) }
        Self.current = self
    }

    /// Shows `prompt` and reads one edited line; `.interrupted` on Ctrl-C, `.end` on Ctrl-D
    /// at an empty line.
    public func readLine(prompt: String) -> LineInput {
        StandardStreams.flush()
        _ = nodeum_edit_take_interrupt()
        // libedit shows the prompt before it sets the terminal up; typing that arrives in
        // between would be echoed twice (once by the terminal, once by libedit), and a
        // Ctrl-D taken by the terminal's line discipline as end-of-file would reach libedit
        // as a NUL byte. So echo and canonical mode are off from before the prompt (signals
        // stay on), and the settings are put back after.
        var settings = termios()
        let saved = tcgetattr(0, &settings) == 0
        if saved {
            var quiet = settings
            quiet.c_lflag &= ~tcflag_t(ECHO | ICANON)
            withUnsafeMutableBytes(of: &quiet.c_cc) { cc in
                cc[Int(VMIN)] = 1
                cc[Int(VTIME)] = 0
            }
            tcsetattr(0, TCSANOW, &quiet)
        }
        defer { if saved { tcsetattr(0, TCSANOW, &settings) } }
        guard let line = readline(prompt) else {
            return nodeum_edit_take_interrupt() != 0 ? .interrupted : .end
        }
        defer { free(line) }
        return .line(String(cString: line))
    }

    /// Keeps `entry` for Up and in the file, when `History`'s policy keeps it.
    public func addHistory(_ entry: String) {
        if history.add(entry) { add_history(entry) }
    }

    // MARK: - Completion

    /// libedit's `rl_attempted_completion_function`: asks the completer about the line and
    /// cursor, and answers libedit's match list for the word libedit found (`text`).
    private static let completionCallback: @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
        -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, _ in
            nodeum_edit_set_completion_over()
            guard let completer = EditLineReader.current?.completer, let text else { return nil }
            var point: Int32 = 0
            guard let buffer = nodeum_edit_line(&point) else { return nil }
            let line = Array(String(cString: buffer).utf8)
            let cursor = min(max(0, Int(point)), line.count)
            let wordStart = max(0, cursor - strlen(text))
            let (start, candidates) = completer.complete(line: String(decoding: line, as: UTF8.self), cursor: cursor)
            let replacements = EditLineReader.replacements(
                candidates, start: start, wordStart: wordStart, line: Array(line[..<cursor]))
            guard !replacements.isEmpty else { return nil }
            if replacements.count == 1, let last = replacements[0].last, ".:({".contains(last) {
                nodeum_edit_set_append_character(0)
            } else if replacements.count == 1,
                EditLineReader.leadsOn(completer, String(decoding: line[..<wordStart], as: UTF8.self) + replacements[0])
            {
                // A table, module, collection or handle: a `.` or `:` follows, not a space.
                nodeum_edit_set_append_character(0)
            } else {
                nodeum_edit_set_append_character(Int32(UInt8(ascii: " ")))
            }
            return matchList(replacements)
        }

    /// True when `completed` names a value with fields or methods of its own: completing
    /// `completed.` or `completed:` finds something.
    static func leadsOn(_ completer: LineCompleter, _ completed: String) -> Bool {
        for next in [".", ":"] {
            let probe = completed + next
            if !completer.complete(line: probe, cursor: probe.utf8.count).candidates.isEmpty { return true }
        }
        return false
    }

    /// The completer's candidates (replacing `line[start...]`) as replacements of the word
    /// libedit took (`line[wordStart...]`): the text between the two starts is stripped
    /// (candidates that do not begin with it are dropped) or prepended.
    static func replacements(_ candidates: [String], start: Int, wordStart: Int, line: [UInt8]) -> [String] {
        guard start >= 0, start <= line.count else { return [] }
        if start <= wordStart {
            let extra = line[start..<wordStart]
            return candidates.compactMap { candidate in
                let bytes = Array(candidate.utf8)
                guard bytes.starts(with: extra) else { return nil }
                return String(decoding: bytes[extra.count...], as: UTF8.self)
            }
        }
        let extra = String(decoding: line[wordStart..<start], as: UTF8.self)
        return candidates.map { extra + $0 }
    }

    /// libedit's match list (malloc'd, NULL-terminated): the common prefix, then the
    /// candidates; one candidate is listed twice, as libedit expects of a single match.
    static func matchList(_ candidates: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let head = candidates.count == 1 ? candidates[0] : commonPrefix(candidates)
        let items = [head] + candidates
        let raw = malloc((items.count + 1) * MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)!
        let matches = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: items.count + 1)
        for (i, item) in items.enumerated() { matches[i] = strdup(item) }
        matches[items.count] = nil
        return matches
    }

    /// The longest common prefix of strings, whole characters only.
    static func commonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map(Array.init) else { return "" }
        for string in strings.dropFirst() {
            let characters = Array(string)
            var n = 0
            while n < prefix.count, n < characters.count, prefix[n] == characters[n] { n += 1 }
            prefix.removeLast(prefix.count - n)
        }
        return String(prefix)
    }
}
