import Foundation
import Lua
import NodeumLua

/// Runs a command line the way lua.c's `pmain` does: `arg`, LUA_INIT, `-e`/`-l`/`-W` in
/// order, the script, then the REPL or stdin. Returns the exit status.
public final class Runner {
    let options: CommandLineOptions
    let state: LuaState
    private var status = ExitStatus.success
    /// The server this run talks to, reached on the first API call.
    private let connection: Connection
    /// The `nodeum` table's Swift half.
    private let library: NodeumLibrary
    /// The progress line of walks and waits, on a terminal's stderr.
    private var progress: ProgressLine?

    public init(options: CommandLineOptions) {
        self.options = options
        self.state = LuaState(openLibraries: false, ignoreEnvironment: options.ignoreEnvironment)
        let connection = Connection(options: options)
        self.connection = connection
        self.library = NodeumLibrary(connect: connection.makeClient, connectOther: connection.makeOtherClient)
        if !options.noProgress, StandardStreams.stderrIsTerminal {
            let line = ProgressLine { text in StandardStreams.err(text) }
            progress = line
            library.progress = line
            connection.beforeQuestion = { line.erase() }
        }
    }

    /// Parses argv and runs it.
    public static func main(_ argv: [String]) -> Int32 {
        let options: CommandLineOptions
        do {
            options = try CommandLineOptions.parse(argv)
        } catch {
            let name = CommandLineOptions().programName
            StandardStreams.err("\(name): \(error.description)\n")
            StandardStreams.err(CommandLineOptions.usage(programName: name))
            return ExitStatus.usage
        }
        if options.help {
            StandardStreams.out(CommandLineOptions.help(programName: options.programName))
            return ExitStatus.success
        }
        if options.buildInfo {
            StandardStreams.out(NodeumVersion.buildInfo)
            return ExitStatus.success
        }
        if let shell = options.completionShell {
            StandardStreams.out(CompletionScript.render(shell: shell))
            return ExitStatus.success
        }
        return Runner(options: options).run()
    }

    /// Runs everything inside one protected Swift function, as lua.c runs `pmain` under
    /// `lua_pcall`, so that tracebacks end with lua's own `[C]: in ?`.
    public func run() -> Int32 {
        state.push { [unowned self] _ in
            self.runProtected()
            return 0
        }
        do {
            try state.pcall(nargs: 0, nresults: 0)
        } catch {
            report(message: error.message, traceback: nil)
            status = ExitStatus.luaError
        }
        progress?.finish()
        StandardStreams.flush()
        state.close()
        connection.close(clients: library.clientsMade)
        return status
    }

    private func runProtected() {
        if options.version { StandardStreams.out(NodeumVersion.banner + "\n") }
        state.openStandardLibraries()
        // Lua's writes erase the progress line first, and tell the REPL whether they left a line open.
        if progress != nil || (StandardStreams.stdinIsTerminal && StandardStreams.stdoutIsTerminal) {
            let progress = self.progress
            state.guardStandardWrites { progress?.erase() }
        }
        do {
            try EmbeddedStdlib.install(into: state)
            try JSONModule.install(into: state)
            try library.install(into: state)
        } catch {
            report(message: "cannot install the nodeum library: \(error.message)", traceback: nil)
        }
        createArgTable()
        state.useGenerationalCollector()
        state.catchInterrupts()
        defer { state.releaseInterrupts() }
        if !options.ignoreEnvironment, !runInit() { return }
        for step in options.steps where !runStep(step) { return }
        if let script = options.script, !runScript(script) { return }
        if options.interactive {
            repl()
        } else if options.script == nil && !options.hasExecute && !options.version {
            if StandardStreams.stdinIsTerminal {
                StandardStreams.out(NodeumVersion.banner + "\n")
                repl()
            } else {
                _ = runChunk { () throws(LuaError) in try state.loadFile(nil) }
            }
        }
    }

    /// The REPL: with libedit, history and the server's name in the prompt on a terminal;
    /// with plain stdio, lua's prompts and an echo when stdin is not a terminal.
    private func repl() {
        connection.deleteConfirmation.isActive = StandardStreams.stdinIsTerminal
        let onTerminal = StandardStreams.stdinIsTerminal
        let reader: LineReader
        var completer: LuaCompleter?
        if onTerminal && StandardStreams.stdoutIsTerminal {
            let environment = ProcessInfo.processInfo.environment
            let editor = EditLineReader(history: History(path: History.defaultPath(environment: environment)))
            completer = LuaCompleter(state: state)
            editor.completer = completer
            reader = editor
        } else {
            reader = StandardLineReader(echo: !onTerminal)
        }
        let name = onTerminal ? connection.promptName() : nil
        let repl = REPL(state: state, reader: reader, defaultPrompt: name.map { "\($0)> " } ?? "> ")
        repl.progress = progress
        repl.endsOpenLines = completer != nil
        repl.completer = completer
        if onTerminal {
            repl.display = ResultDisplay(state: state, colors: ResultDisplay.colorsWanted(noColorOption: options.noColor))
        }
        repl.run()
        if let code = state.exitRequested { status = code }
    }

    /// lua.c's `createargtable`: arg[0] is the script, options at negative indices.
    private func createArgTable() {
        let argv = options.arguments
        let script = options.scriptIndex ?? 0
        state.newTable(arrayCount: Int32(max(0, argv.count - script - 1)), fieldCount: Int32(script + 1))
        for (i, argument) in argv.enumerated() {
            state.push(argument)
            state.setRawItem(Int64(i - script), of: -2)
        }
        try? state.setGlobal("arg")  // before any Lua code ran: `_G` has no metatable yet
    }

    /// NODEUM_INIT, else LUA_INIT_5_4, else LUA_INIT: `@file` runs a file, else a chunk.
    private func runInit() -> Bool {
        for name in ["NODEUM_INIT", "LUA_INIT_5_4", "LUA_INIT"] {
            guard let value = StandardStreams.environment(name) else { continue }
            if value.hasPrefix("@") {
                return runChunk { () throws(LuaError) in try state.loadFile(String(value.dropFirst())) }
            }
            return runChunk { () throws(LuaError) in try state.load(value, chunkName: "=\(name)") }
        }
        return true
    }

    private func runStep(_ step: CommandLineOptions.Step) -> Bool {
        switch step {
        case .execute(let chunk):
            return runChunk { () throws(LuaError) in try state.load(chunk, chunkName: "=(command line)") }
        case .library(let spec):
            return requireLibrary(spec)
        case .warningsOn:
            state.warn("@on")
            return true
        }
    }

    /// `-l mod` or `-l g=mod`: `g = require(mod)`.
    private func requireLibrary(_ spec: String) -> Bool {
        let parts = spec.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let global = String(parts[0])
        let module = parts.count == 2 ? String(parts[1]) : global
        let base = state.top
        do {
            try state.pushGlobal("require")
            state.push(module)
            try state.callAsTask(nargs: 1)
            state.top = base + 1
            try state.setGlobal(global)
        } catch {
            state.top = base
            return fail(error)
        }
        return true
    }

    /// lua.c's `handle_script`: "-" is stdin unless it came after "--".
    private func runScript(_ path: String) -> Bool {
        let index = options.scriptIndex!
        let fromStdin = path == "-" && options.arguments[index - 1] != "--"
        let base = state.top
        do {
            try state.loadFile(fromStdin ? nil : SavedScripts.resolve(path))
        } catch {
            return fail(error)
        }
        // lua.c's `pushargs`: the arguments are read from `arg` now, after the -e chunks ran.
        let argType: LuaType
        do {
            argType = try state.pushGlobal("arg")
        } catch {
            state.top = base
            return fail(error)
        }
        guard argType == .table else {
            state.top = base
            report(message: "'arg' is not a table", traceback: nil)
            status = ExitStatus.luaError
            return false
        }
        let count = Int32(truncatingIfNeeded: state.rawLength(at: -1))
        guard state.checkStack(count + 3) else {
            state.top = base
            report(message: "too many arguments to script", traceback: nil)
            status = ExitStatus.luaError
            return false
        }
        for i in 0..<count { state.pushRawItem(Int64(i + 1), of: -1 - i) }
        state.remove(at: -1 - count)
        do {
            try state.callAsTask(nargs: count)
            try writeResults(from: base)
        } catch {
            return fail(error)
        }
        state.top = base
        return true
    }

    /// Loads with `load` and calls with no arguments; false (reported) on failure.
    private func runChunk(_ load: () throws(LuaError) -> Void) -> Bool {
        let base = state.top
        do {
            try load()
            try state.callAsTask()
            try writeResults(from: base)
        } catch {
            return fail(error)
        }
        state.top = base
        return true
    }

    /// With an output format, writes the values above `base` (a chunk's results) on stdout.
    private func writeResults(from base: Int32) throws(LuaError) {
        let count = state.top - base
        guard let format = options.outputFormat, count > 0 else { return }
        guard let source = EmbeddedStdlib.source(of: "nodeum._output") else { return }
        try state.load(source, chunkName: "=nodeum._output")
        try state.callAsTask()
        state.insert(at: base + 1)
        state.push(format)
        state.insert(at: base + 2)
        try state.callAsTask(nargs: count + 1)
        state.top = base
    }

    private func fail(_ error: LuaError) -> Bool {
        if let code = state.exitRequested {
            status = code  // os.exit(code, true) in a task: the state is closed on the way out
            return false
        }
        report(message: error.message, traceback: error.traceback)
        switch FailureClass.of(error, in: state) {
        case .authentication: status = ExitStatus.authentication
        case .api: status = ExitStatus.apiError
        case .network: status = ExitStatus.network
        case .configuration: status = ExitStatus.usage
        case nil: status = error.kind == .interrupted ? ExitStatus.interrupted : ExitStatus.luaError
        }
        return false
    }

    /// lua.c's `l_message`: "progname: message" on stderr.
    private func report(message: String, traceback: String?) {
        progress?.finish()
        StandardStreams.flush()
        StandardStreams.err("\(options.programName): \(traceback ?? message)\n")
    }
}
