import Lua
import NodeumAPI

/// Tab completion for a Lua line: names, fields and methods of live values (read raw), the
/// `nodeum` surface from the catalog (collections, handle methods, operations, filter names
/// in a call's table, enum values in strings). Completing has no side effects: it never
/// calls a Lua function or a metamethod, never allocates in Lua, never sends a request.
///
/// Names resolve first in `extraNames` (a table of names to values, e.g. the REPL's kept
/// locals), then in the globals. Use on the thread that owns the state.
public final class LuaCompleter {
    private let state: LuaState
    /// A table whose raw keys are names visible before the globals (its values are read raw
    /// too); nil for globals only.
    public var extraNames: LuaRef?

    /// The most stack slots a completion uses.
    private static let stackNeeded: Int32 = Int32(ExpressionChain.maxSteps) * 3 + 32

    /// Methods of cursors when no `nodeum` surface is reachable to read them from.
    static var fallbackCursorMethods: [String] { HelpText.cursorMethods }

    public init(state: LuaState, extraNames: LuaRef? = nil) {
        self.state = state
        self.extraNames = extraNames
    }

    /// `start`: UTF-8 byte offset in `line` where the replaced text starts; candidates
    /// (sorted, unique) are full replacements for the bytes from `start` to `cursor`.
    public func complete(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        let bytes = Array(line.utf8)
        guard cursor >= 0, cursor <= bytes.count, state.isOpen else { return (max(0, min(cursor, bytes.count)), []) }
        let L = state.L
        let reader = LuaRawReader(L: L)
        let base = reader.top
        guard reader.checkStack(Self.stackNeeded) else { return (cursor, []) }
        defer { reader.top = base }
        let (tokens, tail) = LuaTokenizer.tokenize(Array(bytes[..<cursor]))
        let session = CompletionSession(L: L, extraNames: extraNames)
        let found: (start: Int, candidates: [String])
        switch tail {
        case .inert:
            found = (cursor, [])
        case .openString(let quote, let quoteStart, let content):
            found = (quoteStart, session.stringValues(tokens, quote: quote, content: content))
        case .code:
            found = session.names(tokens, cursor: cursor)
        }
        return (found.start, Array(Set(found.candidates)).sorted())
    }
}
