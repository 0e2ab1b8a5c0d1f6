import CEditLineShim
import Lua
import NodeumLua

/// How the REPL on a terminal shows a line's results: through the embedded `nodeum._show`
/// (records as key/value lines, lists and a cursor's first page as tables, long output cut),
/// sized to the terminal and coloured when the terminal and the user allow it.
public final class ResultDisplay {
    private let state: LuaState
    private let show: LuaRef
    /// ANSI colours on.
    public let colors: Bool

    /// Loads `nodeum._show` into `state`; nil (with the reason on stderr) when it cannot be.
    public init?(state: LuaState, colors: Bool) {
        self.state = state
        self.colors = colors
        guard let source = EmbeddedStdlib.source(of: "nodeum._show") else { return nil }
        let base = state.top
        do {
            try state.load(source, chunkName: "=nodeum._show")
            try state.pcall(nargs: 0, nresults: 1)
        } catch {
            state.top = base
            StandardStreams.err("nodeum: results will be printed plainly: \(error.message)\n")
            return nil
        }
        show = LuaRef(popping: state)
    }

    /// Whether results are coloured: not with `--no-color`, a non-empty `NO_COLOR`
    /// (no-color.org), `TERM` unset or `dumb`, or a stdout that is no terminal.
    public static func colorsWanted(noColorOption: Bool) -> Bool {
        if noColorOption { return false }
        if let value = StandardStreams.environment("NO_COLOR"), !value.isEmpty { return false }
        guard let term = StandardStreams.environment("TERM"), !term.isEmpty, term != "dumb" else { return false }
        return StandardStreams.stdoutIsTerminal
    }

    /// Writes the `n` values on top of the stack as `nodeum._show` lays them out; they stay
    /// on the stack. Throws what the display raised (a cursor's first page may fail to come).
    public func write(count n: Int32) throws(LuaError) {
        let base = state.top
        guard state.checkStack(n + 3) else { throw LuaError("too many results to show") }
        let size = TerminalSize.current()
        state.push(show)
        state.newTable(fieldCount: 3)
        state.push(colors)
        state.setRawField("color", of: -2)
        state.push(size.columns)
        state.setRawField("width", of: -2)
        state.push(size.rows)
        state.setRawField("height", of: -2)
        state.push(n)
        for i in 0..<n { state.pushValue(at: base - n + 1 + i) }
        do {
            try state.callAsTask(nargs: n + 2)
        } catch {
            state.top = base
            throw error
        }
        let text = state.top > base ? state.string(at: base + 1) : nil
        state.top = base
        StandardStreams.out(text ?? "")
        StandardStreams.flush()
    }
}

/// The terminal's columns and rows: `COLUMNS`/`LINES` when set, else what stdout's terminal
/// says, else 80×24.
public struct TerminalSize: Equatable, Sendable {
    public var columns: Int
    public var rows: Int

    /// The size now (a terminal can be resized between two lines).
    public static func current() -> TerminalSize {
        var size = TerminalSize(columns: 80, rows: 24)
        var columns: Int32 = 0
        var rows: Int32 = 0
        if nodeum_terminal_size(1, &columns, &rows) == 0 {
            size = TerminalSize(columns: Int(columns), rows: Int(rows))
        }
        if let text = StandardStreams.environment("COLUMNS"), let value = Int(text), value > 0 { size.columns = value }
        if let text = StandardStreams.environment("LINES"), let value = Int(text), value > 0 { size.rows = value }
        return size
    }
}
