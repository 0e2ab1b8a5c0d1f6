import CEditLineShim
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What reading a line gave.
public enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C while reading: the entry is dropped.
    case interrupted
    /// End of input (Ctrl-D).
    case end
}

/// Where the REPL gets its lines from.
public protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line (without its newline).
    func readLine(prompt: String) -> LineInput
    /// Remembers an entry for history (no-op where there is none).
    func addHistory(_ entry: String)
}

/// Reads lines from stdin with C stdio. On a terminal the prompt goes to stdout; when
/// stdin is not a terminal, the line is echoed after the prompt as lua's readline-built
/// REPL does, so that a piped session reads like a typed one.
public final class StandardLineReader: LineReader {
    private let echo: Bool

    public init(echo: Bool) { self.echo = echo }

    public func readLine(prompt: String) -> LineInput {
        StandardStreams.out(prompt)
        StandardStreams.flush()
        var bytes: [UInt8] = []
        while true {
            let c = getc(nodeum_stdin())
            if c == EOF {
                if ferror(nodeum_stdin()) != 0 && errno == EINTR {
                    clearerr(nodeum_stdin())
                    return .interrupted
                }
                clearerr(nodeum_stdin())
                if bytes.isEmpty { return .end }
                break
            }
            if c == 10 { break }
            bytes.append(UInt8(c))
        }
        let line = String(decoding: bytes, as: UTF8.self)
        if echo { StandardStreams.out(line + "\n") }
        return .line(line)
    }

    public func addHistory(_ entry: String) {}
}
