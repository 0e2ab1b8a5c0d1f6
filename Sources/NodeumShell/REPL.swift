import Lua
import NodeumLua

/// The read-eval-print loop, after lua.c's `doREPL` function by function, plus: top-level
/// `local` declarations stay visible on later lines, and `_` holds the last result.
public final class REPL {
    let state: LuaState
    let reader: LineReader
    /// The session's environment proxy (see `installEnvironment`).
    private var environment: LuaRef?
    /// Computes the prompt from _PROMPT/_PROMPT2.
    private var promptFunction: LuaRef?
    /// The first-line prompt when _PROMPT is not set (lua's "> ", or one naming the server).
    let defaultPrompt: String
    /// Shows results on a terminal; nil: lua.c's `print` (as when stdin is no terminal).
    public var display: ResultDisplay?

    /// The progress line of walks and waits: erased once a line has run, before its results
    /// or its error are shown (a walk left by `first`, `break` or Ctrl-C leaves nothing behind).
    public var progress: ProgressLine?

    /// On a terminal: a line's output that did not end its line (`io.write(1, 2)`) is ended
    /// before the prompt, which then starts a line of its own (lua.c writes it after the output).
    public var endsOpenLines = false

    /// Tab's completer, told about the kept locals once the session's environment exists.
    public var completer: LuaCompleter?

    public init(state: LuaState, reader: LineReader, defaultPrompt: String = "> ") {
        self.state = state
        self.reader = reader
        self.defaultPrompt = defaultPrompt
    }

    /// Runs until end of input; prints a final newline as lua.c does.
    public func run() {
        installEnvironment()
        while true {
            state.top = 0
            state.clearInterrupt()
            let loaded = loadLine()
            state.clearInterrupt()  // a Ctrl-C while reading or prompting ends there
            switch loaded {
            case .end:
                state.top = 0
                StandardStreams.out("\n")
                StandardStreams.flush()
                return
            case .skip:
                continue
            case .failed(let error):
                report(error)
            case .loaded:
                do {
                    try state.callAsTask()
                    progress?.finish()
                    printResults()
                } catch {
                    progress?.finish()
                    if state.exitRequested != nil { return }
                    report(error)
                }
            }
        }
    }

    enum Loaded { case loaded, failed(LuaError), skip, end }

    /// lua.c's `loadline`: reads a line, tries it as `return <line>`, else as statements,
    /// reading more lines while the chunk is incomplete. Leaves the chunk on the stack.
    private func loadLine() -> Loaded {
        guard let first = pushLine(firstLine: true) else { return .end }
        guard case .line(var line) = first else { return .skip }
        if line.hasPrefix("=") { line = "return " + line.dropFirst() }
        if addReturn(line) { return .loaded }
        return multiline(line)
    }

    /// lua.c's `pushline`: reads one line with _PROMPT or _PROMPT2 (nil at end of input).
    private func pushLine(firstLine: Bool) -> LineInput? {
        if endsOpenLines, LuaState.standardOutputLineOpen {
            StandardStreams.out("\n")
            StandardStreams.flush()
            LuaState.standardOutputLineOpen = false
        }
        let input = reader.readLine(prompt: prompt(firstLine: firstLine))
        if case .end = input { return nil }
        if case .interrupted = input { StandardStreams.out("\n") }
        return input
    }

    /// The prompt: the global _PROMPT/_PROMPT2 through `tostring` when set, else the default
    /// ("> " or the server's name) or ">> ".
    private func prompt(firstLine: Bool) -> String {
        let fallback = firstLine ? defaultPrompt : ">> "
        guard let promptFunction else { return fallback }
        state.push(promptFunction)
        state.push(firstLine)
        defer { state.top = 0 }
        do {
            try state.pcall(nargs: 1, nresults: 1)
        } catch {
            return fallback
        }
        return state.string(at: -1) ?? fallback
    }

    /// lua.c's `addreturn`: compiles `return <line>;`; on success the chunk is on the stack.
    private func addReturn(_ line: String) -> Bool {
        do {
            try state.load("return \(line);", chunkName: "=stdin")
        } catch {
            return false
        }
        setEnvironment()
        if !line.isEmpty { reader.addHistory(line) }
        return true
    }

    /// lua.c's `multiline`: compiles the statements, reading more while incomplete.
    private func multiline(_ first: String) -> Loaded {
        var buffer = first
        while true {
            do {
                try loadStatements(buffer)
                reader.addHistory(buffer)
                return .loaded
            } catch {
                guard error.kind == .syntax, error.message.hasSuffix("<eof>") else {
                    reader.addHistory(buffer)
                    return .failed(error)
                }
            }
            guard let next = pushLine(firstLine: false) else {
                return .failed(LuaError("incomplete input at end of file", kind: .syntax))
            }
            guard case .line(let line) = next else { return .skip }
            buffer += "\n" + line
        }
    }

    /// Compiles statements; when they may declare locals, with a call at the end that
    /// keeps them for the following lines (the plain chunk when that addition does not
    /// compile, e.g. after a final `return`, so that errors speak of the user's code).
    private func loadStatements(_ code: String) throws(LuaError) {
        if code.contains("local"), (try? state.load(code + "\n;\(REPL.captureName)()", chunkName: "=stdin")) != nil {
            setEnvironment()
            return
        }
        try state.load(code, chunkName: "=stdin")
        setEnvironment()
    }

    /// lua.c's `l_print`: calls `print` with the results (or shows them through `display`),
    /// and keeps the first in `_`.
    private func printResults() {
        let n = state.top
        guard n > 0 else { return }
        state.setGlobal("_", state.value(at: 1))
        if let display {
            do { try display.write(count: n) } catch { report(error) }
            return
        }
        do throws(LuaError) {
            guard state.checkStack(20) else { throw LuaError("stack overflow (too many results to print)") }
            try state.pushGlobal("print")
            state.insert(at: 1)
            try state.pcall(nargs: n, nresults: 0)
        } catch {
            StandardStreams.err("error calling 'print' (\(error.message))\n")
        }
    }

    /// lua.c's `report` in the REPL: the message (with traceback), no program name.
    private func report(_ error: LuaError) {
        StandardStreams.flush()
        StandardStreams.err((error.traceback ?? error.message) + "\n")
    }

    // MARK: - Locals that outlive their line

    static let captureName = "__nodeum_keep_locals"

    /// Builds the session environment: a proxy whose reads look at the kept locals first,
    /// then the globals, and whose writes update a kept local, else the globals. The keeping
    /// function reads the chunk's active locals with `debug.getlocal` (saved at start-up).
    private func installEnvironment() {
        let source = """
            local G, getlocal, tostring, default = ...
            local NIL, locals = {}, {}
            local function keep()
              local i = 1
              while true do
                local name, value = getlocal(2, i)
                if name == nil then break end
                if name:sub(1, 1) ~= "(" then
                  if value == nil then value = NIL end
                  locals[name] = value
                end
                i = i + 1
              end
            end
            local env = setmetatable({}, {
              __index = function(_, k)
                local v = locals[k]
                if v == nil then
                  if k == "\(REPL.captureName)" then return keep end
                  return G[k]
                end
                if v == NIL then return nil end
                return v
              end,
              __newindex = function(_, k, v)
                if locals[k] ~= nil then
                  if v == nil then v = NIL end
                  locals[k] = v
                else
                  G[k] = v
                end
              end,
            })
            local function prompt(first)
              local p = G[first and "_PROMPT" or "_PROMPT2"]
              if p == nil then return first and default or ">> " end
              return tostring(p)
            end
            return env, prompt, locals
            """
        do {
            try state.load(source, chunkName: "=(repl)")
            state.pushGlobalTable()
            try state.pushGlobal("debug")
            try state.pushField("getlocal", of: -1)
            state.remove(at: -2)
            try state.pushGlobal("tostring")
            state.push(defaultPrompt)
            try state.pcall(nargs: 4, nresults: 3)
            completer?.extraNames = LuaRef(popping: state)
            if completer == nil { state.pop() }
            promptFunction = LuaRef(popping: state)
            environment = LuaRef(popping: state)
        } catch {
            StandardStreams.err("nodeum: locals will not outlive their line: \(error.message)\n")
        }
        state.top = 0
    }

    /// Makes the session environment the `_ENV` of the chunk on top of the stack.
    private func setEnvironment() {
        guard let environment else { return }
        state.push(environment)
        if !state.setChunkEnvironment(ofFunctionAt: -2) { state.pop() }
    }
}
