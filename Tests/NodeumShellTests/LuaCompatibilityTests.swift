import Foundation
import Testing

/// Where `nodeum` is meant to differ from `lua5.4`, named so that each case says which of
/// them it expects; everything else must match byte for byte (after `normalised`).
enum Deviation: Sendable, Hashable {
    /// A usage error (bad option, `-e`/`-l` without argument) exits 2, not 1 (ARCHITECTURE.md,
    /// "Exit codes"), and nodeum's usage text has two more lines: `--help` and `--version`.
    case usageError
    /// `-v` and `-i` print `nodeum <version> (<lua's banner>)` where lua prints its banner.
    case versionBanner
}

/// One command line run through both interpreters.
struct CompatibilityCase: Sendable, CustomTestStringConvertible {
    let name: String
    var arguments: [String]
    var stdin = ""
    /// Added to `baseEnvironment`.
    var environment: [String: String] = [:]
    var deviations: Set<Deviation> = []
    /// Arguments of a `lua5.4` run in the working directory before the case (to make files
    /// that cannot be written as text fixtures).
    var prepare: [String] = []

    var testDescription: String { name }
}

/// Files present in the working directory of every case.
let compatibilityFixtures: [String: String] = [
    "args.lua": """
        local lo = 0
        while arg[lo - 1] ~= nil do lo = lo - 1 end
        for i = lo, #arg do print(i, arg[i]) end
        print("...", select("#", ...), ...)
        """,
    "lib/mod.lua": """
        print("loading mod", ...)
        return { name = "mod" }
        """,
    "lib/bad.lua": """
        local t = nil
        local function field(x)
          return x.field
        end
        local v = field(t)
        return v
        """,
    "lib/badsyntax.lua": "return { 1, 2\n",
    "-": "print(\"the file named -\", ...)\n",
    "shebang.lua": "#!/usr/bin/env lua5.4\nprint(\"shebang skipped\", ...)\nerror(\"line numbers kept\")\n",
    "syntax.lua": "print(\"never\")\nx = = 1\n",
    "runtime.lua": """
        local function inner(t)
          return t.missing.field
        end
        function outer()
          local r = inner({})
          return r
        end
        outer()
        """,
    "init.lua": "print(\"init from file\", #arg)\n",
    "reader.lua": """
        local n = io.read("n")
        local rest = io.read("l")
        local second = io.read("L")
        local all = io.read("a")
        print(math.type(n), n, rest, second, #all, all)
        print(io.read("l"), io.read(0), io.read("a"))
        """,
    "nonewline.lua": "io.write(\"no newline\")",
    "bom.lua": "\u{FEFF}print(\"byte order mark skipped\")\n",
    "bomshebang.lua": "\u{FEFF}#!/usr/bin/lua5.4\nprint(\"byte order mark and shebang skipped\")\n",
    "empty.lua": "",
    "fail.lua": "print(\"failing\")\nerror(\"script failed\")\n",
    "recursion.lua": """
        local function f(n)
          if n == 0 then error("bottom") end
          return 1 + f(n - 1)
        end
        f(30)
        """,
]

let compatibilityCases: [CompatibilityCase] = [
    // MARK: arg and ...
    .init(name: "script sees arg and ...", arguments: ["args.lua", "a", "b c", ""]),
    .init(name: "options before the script get negative indices", arguments: ["-W", "-e", "x=1", "args.lua", "one"]),
    .init(name: "arg with -e and no script", arguments: ["-e", "print(#arg, arg[0], arg[1], arg[-1], arg[-2] ~= nil)"]),
    .init(name: "-e chunk receives no varargs", arguments: ["-e", "print(select('#', ...))", "args.lua"]),
    // MARK: -e
    .init(name: "several -e run in order", arguments: ["-e", "x = 1", "-e", "x = x * 10", "-e", "print(x)"]),
    .init(name: "attached -e", arguments: ["-eprint('attached')", "-e", "print('detached')"]),
    // MARK: -l
    .init(name: "-l requires into a global", arguments: ["-l", "mod", "-e", "print(mod.name, package.loaded.mod == mod)"],
          environment: ["LUA_PATH": "./lib/?.lua;;"]),
    .init(name: "-l g=mod requires into another global", arguments: ["-l", "m2=mod", "-e", "print(m2.name, mod)"],
          environment: ["LUA_PATH": "./lib/?.lua;;"]),
    .init(name: "-l attached form", arguments: ["-lmod", "-e", "print(mod.name)"],
          environment: ["LUA_PATH": "./lib/?.lua;;"]),
    .init(name: "-l and -e keep command-line order", arguments: ["-e", "print(package.loaded.mod)", "-l", "mod", "-e", "print(mod.name)"],
          environment: ["LUA_PATH": "./lib/?.lua;;"]),
    .init(name: "-l of a missing module", arguments: ["-l", "nosuch", "-e", "print('not reached')"],
          environment: ["LUA_PATH": "./lib/?.lua", "LUA_CPATH": "./lib/?.so"]),
    .init(name: "-E -l of a missing module lists the default paths", arguments: ["-E", "-l", "nosuch"]),
    .init(name: "LUA_PATH and LUA_CPATH with ;; expand to the defaults",
          arguments: ["-e", "print(package.path)", "-e", "print(package.cpath)"],
          environment: ["LUA_PATH": "./lib/?.lua;;", "LUA_CPATH": "./lib/?.so;;"]),
    // MARK: stdin
    .init(name: "- runs stdin with arguments", arguments: ["-", "x", "y"], stdin: "print(arg[0], #arg, ...)\n"),
    .init(name: "no script and piped stdin runs stdin", arguments: [], stdin: "print('from stdin', select('#', ...), arg[0] ~= nil)\n"),
    .init(name: "-- then a script named -", arguments: ["--", "-", "p"], stdin: "print('stdin must not run')\n"),
    .init(name: "the script's arguments are read from arg after -e", arguments: ["-e", "arg[1] = 100", "-"], stdin: "print(...)\n"),
    .init(name: "an arg that is not a table fails before the script", arguments: ["-e", "arg = 1", "-"], stdin: "print('must not run')\n"),
    .init(name: "os.exit(true, true) closes the main chunk's to-be-closed variables with no error", arguments: ["-"],
          stdin: "local x <close> = setmetatable({}, {__close = function(_, e) print('Ok', e) end})\nlocal y <close> = setmetatable({}, {__close = function() print(120) end})\nos.exit(true, true)\n"),
    .init(name: "-- then a script and option-like arguments", arguments: ["--", "args.lua", "--", "-x"]),
    // MARK: -i with piped input
    .init(name: "-i expressions, =expr and several values",
          arguments: ["-i"], stdin: "1+1\n=2*21\nreturn 'a', nil, 3\nprint(1, 'two', nil, true)\n\n=nil\n",
          deviations: [.versionBanner]),
    .init(name: "-i multi-line continuation",
          arguments: ["-i"], stdin: "x = \n3\n=x\nfor i = 1, 3 do\nio.write(i, ' ')\nend\nprint()\nfunction f(a)\nreturn a * 2\nend\n=f(21)\n",
          deviations: [.versionBanner]),
    .init(name: "-i error then recovery",
          arguments: ["-i"], stdin: "error('boom')\nprint('after')\nx = = 2\nprint('still here')\nerror({})\nfunction g() local t = nil; return t.x end\ng()\n=1\n",
          deviations: [.versionBanner]),
    .init(name: "-i after a script and -e", arguments: ["-e", "y = 5", "-i", "args.lua", "z"], stdin: "=y, #arg, arg[1]\n",
          deviations: [.versionBanner]),
    .init(name: "-i with _PROMPT and _PROMPT2", arguments: ["-e", "_PROMPT = 'P1 ' _PROMPT2 = 'P2 '", "-i"], stdin: "x = \n1\n=x\n",
          deviations: [.versionBanner]),
    .init(name: "-i after a failing script does not start", arguments: ["-i", "fail.lua"], stdin: "=1\n",
          deviations: [.versionBanner]),
    .init(name: "-i - runs stdin, then the REPL meets its end", arguments: ["-i", "-"], stdin: "print('from stdin')\n",
          deviations: [.versionBanner]),
    .init(name: "-i reports an error in print", arguments: ["-i"],
          stdin: "=setmetatable({}, {__tostring = function() return 1 end})\n=\n=1\n", deviations: [.versionBanner]),
    .init(name: "-v prints the banner and does not run stdin", arguments: ["-v"], stdin: "print('not run')\n",
          deviations: [.versionBanner]),
    .init(name: "-v with -e runs the chunk", arguments: ["-v", "-e", "print('ran')"], deviations: [.versionBanner]),
    // MARK: syntax errors
    .init(name: "syntax error in -e", arguments: ["-e", "x ="]),
    .init(name: "syntax error in a later -e after earlier ones ran", arguments: ["-e", "print(1)", "-e", "print(", "-e", "print(3)"]),
    .init(name: "syntax error in a script", arguments: ["syntax.lua"]),
    .init(name: "a shebang line on stdin is skipped", arguments: ["-"], stdin: "#!/usr/bin/lua5.4\nprint('after the shebang')\n"),
    .init(name: "syntax error on stdin", arguments: ["-"], stdin: "print('never')\nx = = 1\n"),
    .init(name: "syntax error in a required module", arguments: ["-l", "badsyntax"], environment: ["LUA_PATH": "./lib/?.lua;;"]),
    // MARK: runtime errors
    .init(name: "runtime error in a script with traceback", arguments: ["runtime.lua"]),
    .init(name: "runtime error in a required module with traceback", arguments: ["-e", "print('before') require 'bad'"],
          environment: ["LUA_PATH": "./lib/?.lua;;"]),
    .init(name: "runtime error on stdin", arguments: ["-"], stdin: "local t = {}\nt.x.y = 1\n"),
    .init(name: "error with a table value", arguments: ["-e", "error({code = 1})"]),
    .init(name: "error with a __tostring metatable",
          arguments: ["-e", "error(setmetatable({}, {__tostring = function() return 'custom message' end}))"]),
    .init(name: "error with a number", arguments: ["-e", "error(42)"]),
    .init(name: "error with nil", arguments: ["-e", "error(nil)"]),
    .init(name: "error with a boolean", arguments: ["-e", "error(true)"]),
    .init(name: "error whose __tostring returns no string",
          arguments: ["-e", "error(setmetatable({}, {__tostring = function() return {} end}))"]),
    .init(name: "traceback of a deep recursion skips levels", arguments: ["recursion.lua"]),
    .init(name: "out of memory", arguments: ["-e", "local s = string.rep('x', 1e10)"]),
    .init(name: "error with level 2", arguments: ["-e", "local function f() error('deep', 2) end\nf()"]),
    .init(name: "coroutine.wrap error carries its position",
          arguments: ["-e", "local f = coroutine.wrap(function() error('in coroutine') end)\nf()"]),
    .init(name: "yield from the main chunk", arguments: ["-e", "coroutine.yield(1)"]),
    // MARK: os.exit
    .init(name: "os.exit with a code", arguments: ["-e", "io.write('out') os.exit(3)"]),
    .init(name: "os.exit(true)", arguments: ["-e", "os.exit(true)"]),
    .init(name: "os.exit(false)", arguments: ["-e", "os.exit(false)"]),
    .init(name: "os.exit(0, true) closes the state",
          arguments: ["-e", "setmetatable({}, {__gc = function() print('collected') end}) local x <close> = setmetatable({}, {__close = function() print('closed') end}) io.write('bye ') os.exit(0, true)"]),
    .init(name: "os.exit without close skips finalizers but flushes",
          arguments: ["-e", "setmetatable({}, {__gc = function() print('collected') end}) io.write('buffered') os.exit(5)"]),
    .init(name: "os.exit inside a coroutine", arguments: ["-e", "coroutine.wrap(function() os.exit(4) end)() print('not reached')"]),
    .init(name: "os.exit in a script stops the following -i", arguments: ["-i", "-e", "os.exit(7)"], stdin: "print('not run')\n",
          deviations: [.versionBanner]),
    // MARK: first line, LUA_INIT
    .init(name: "shebang first line is skipped", arguments: ["shebang.lua", "arg1"]),
    .init(name: "LUA_INIT inline", arguments: ["-e", "print('main')"], environment: ["LUA_INIT": "print('init', #arg, arg[0])"]),
    .init(name: "LUA_INIT @file", arguments: ["args.lua", "q"], environment: ["LUA_INIT": "@init.lua"]),
    .init(name: "LUA_INIT_5_4 takes precedence over LUA_INIT", arguments: ["-e", "print('main')"],
          environment: ["LUA_INIT_5_4": "print('5.4 init')", "LUA_INIT": "print('plain init')"]),
    .init(name: "error in LUA_INIT", arguments: ["-e", "print('not reached')"], environment: ["LUA_INIT": "error('bad init')"]),
    .init(name: "LUA_INIT @ a missing file", arguments: ["-e", "print('not reached')"], environment: ["LUA_INIT": "@nosuch.lua"]),
    .init(name: "-E ignores LUA_INIT and LUA_PATH",
          arguments: ["-E", "-e", "print(package.path == './lib/?.lua', package.cpath == './lib/?.so')", "-e", "print(pcall(require, 'mod'))"],
          environment: ["LUA_INIT": "print('init ran')", "LUA_PATH": "./lib/?.lua", "LUA_CPATH": "./lib/?.so"]),
    // MARK: warnings
    .init(name: "-W turns warnings on", arguments: ["-W", "-e", "warn('hello') warn('a', 'b', 'c')"]),
    .init(name: "warn @on and @off from code", arguments: ["-e", "warn('hidden') warn('@on') warn('shown') warn('@off') warn('hidden again')"]),
    // MARK: script files
    .init(name: "missing script file", arguments: ["nosuch.lua", "a"]),
    .init(name: "a script that is a directory", arguments: ["lib"]),
    .init(name: "a UTF-8 byte order mark is skipped", arguments: ["bom.lua"]),
    .init(name: "a byte order mark then a shebang line are skipped", arguments: ["bomshebang.lua"]),
    .init(name: "an empty script", arguments: ["empty.lua"]),
    .init(name: "a precompiled script", arguments: ["chunk.luac", "z"],
          prepare: ["-e", "local f = assert(io.open('chunk.luac', 'wb')) f:write(string.dump(load('print(\"binary chunk\", ...)'))) f:close()"]),
    .init(name: "values returned by the main chunk are not printed", arguments: ["-e", "return 1, 2"]),
    // MARK: C modules installed by the system
    .init(name: "require cjson", arguments: ["-e", "local cjson = require 'cjson' print(cjson.encode({1, 2, 3})) print(cjson.decode('{\"a\":[10,20]}').a[2])"]),
    .init(name: "require lpeg and re", arguments: ["-e", "local lpeg = require 'lpeg' print(lpeg.match(lpeg.C(lpeg.R('09')^1), '123abc')) print(require('re').match('hello', \"{'h' [a-z]+}\"))"]),
    // MARK: usage errors (deviation: exit 2)
    .init(name: "unknown option", arguments: ["-x"], deviations: [.usageError]),
    .init(name: "-e missing its argument", arguments: ["-e"], deviations: [.usageError]),
    .init(name: "-e followed by an option", arguments: ["-e", "-i"], deviations: [.usageError]),
    .init(name: "-l missing its argument", arguments: ["-l"], deviations: [.usageError]),
    .init(name: "option letter with trailing garbage", arguments: ["-ix"], deviations: [.usageError]),
    // MARK: output and input
    .init(name: "io.write without newline", arguments: ["nonewline.lua"]),
    .init(name: "large output", arguments: ["-e", "for i = 1, 100000 do print(i, 'line') end"]),
    .init(name: "io.read at the end of stdin", arguments: ["-e", "print(io.read('a'), io.read('a'), io.read('l'), io.read(0))"], stdin: "abc"),
    .init(name: "io.read from stdin in a script", arguments: ["reader.lua"], stdin: "42 rest of line\nsecond\nthe rest\nand more"),
    .init(name: "coroutine state of the main chunk",
          arguments: ["-e", "print(coroutine.isyieldable()) local co, main = coroutine.running() print(type(co), main, coroutine.status(co))"]),
    .init(name: "string with embedded zero", arguments: ["-e", "print('a\\0b', #'a\\0b') io.write('x\\0y', '\\n')"]),
    .init(name: "integer and float formatting", arguments: ["-e", "print(2^53+1, math.maxinteger, 1e100, -0.0, 3//0.0)"]),
    .init(name: "more number formatting",
          arguments: ["-e", "print(1/0, -1/0, 100 // 7, 7 / 2, 2^63, math.mininteger, 1e15, 1e16, 0.1, 255 // 1.0, math.pi, 3 | 0, '10' + 1, 10 .. '')"]),
]

/// `nodeum` and `lua5.4` run the same command lines with the same result.
@Suite("lua5.4 compatibility of the command line")
struct LuaCompatibilityTests {
    static let luaPath = "/usr/bin/lua5.4"

    @Test("the table has enough cases and unique names")
    func caseTable() {
        #expect(compatibilityCases.count >= 40)
        #expect(Set(compatibilityCases.map(\.name)).count == compatibilityCases.count)
    }

    @Test("same output, status and errors as lua5.4", arguments: compatibilityCases)
    func matchesLua(_ testCase: CompatibilityCase) async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.luaPath), "lua5.4 is not installed")
        try #require(FileManager.default.isExecutableFile(atPath: NodeumExecutable.path),
                     "nodeum is not built at \(NodeumExecutable.path): run `swift build --product nodeum`")
        let directory = try TemporaryDirectory(files: compatibilityFixtures)
        defer { directory.remove() }
        let environment = baseEnvironment.merging(testCase.environment) { $1 }
        if !testCase.prepare.isEmpty {
            let prepared = try await runProcess(
                Self.luaPath, arguments: testCase.prepare, environment: baseEnvironment, directory: directory.url)
            try #require(prepared.status == 0, "preparing the case failed: \(prepared.stderrText)")
        }

        async let luaRun = runProcess(
            Self.luaPath, arguments: testCase.arguments, environment: environment,
            stdin: Data(testCase.stdin.utf8), directory: directory.url)
        async let nodeumRun = runProcess(
            NodeumExecutable.path, arguments: testCase.arguments, environment: environment,
            stdin: Data(testCase.stdin.utf8), directory: directory.url)
        let (lua, nodeum) = try await (luaRun, nodeumRun)

        var expected = Outcome(lua, interpreter: Self.luaPath)
        var actual = Outcome(nodeum, interpreter: NodeumExecutable.path)
        if testCase.deviations.contains(.usageError) {
            #expect(lua.status == 1, "lua5.4 should exit 1 on a usage error")
            expected.status = 2
            actual.stderr = try removingExtraUsageLines(actual.stderr)
        }
        if testCase.deviations.contains(.versionBanner) {
            actual.stdout = try luaBanner(in: actual.stdout)
        }
        #expect(actual.signaled == expected.signaled)
        #expect(actual.status == expected.status, "exit status")
        expectSameText(actual.stdout, expected.stdout, "stdout")
        expectSameText(actual.stderr, expected.stderr, "stderr")
    }
}

/// A run reduced to what must be the same in both interpreters.
struct Outcome {
    var stdout: String
    var stderr: String
    var status: Int32
    var signaled: Bool

    /// lua.c names itself by argv[0] (the binary's path here) and nodeum is always `nodeum`;
    /// `arg[0]`/`arg[-1]` hold either binary's path. Both become the same text.
    init(_ output: ProcessOutput, interpreter: String) {
        func normalised(_ text: String) -> String {
            text.replacingOccurrences(of: "usage: \(interpreter) ", with: "usage: nodeum ")
                .replacingOccurrences(of: "\(interpreter): ", with: "nodeum: ")
                .replacingOccurrences(of: interpreter, with: "<interpreter>")
        }
        stdout = normalised(output.stdoutText)
        stderr = normalised(output.stderrText)
        status = output.status
        signaled = output.signaled
    }
}

struct DeviationNotFound: Error, CustomStringConvertible {
    let description: String
}

/// nodeum's usage text without the two lines lua's has not (which must be there).
func removingExtraUsageLines(_ stderr: String) throws -> String {
    let extra = "  --help    show this help\n  --version show version information\n"
    guard stderr.contains(extra) else {
        throw DeviationNotFound(description: "the usage text lacks the --help/--version lines: \(stderr.debugDescription)")
    }
    // The two lines and nodeum's own options, summarised after them to the end.
    return String(stderr[..<stderr.range(of: extra)!.lowerBound])
}

/// nodeum's banner line `nodeum X.Y.Z (<lua banner>)` turned back into lua's banner (which
/// must be there, once).
func luaBanner(in stdout: String) throws -> String {
    let banner = try Regex(#"(?m)^nodeum \d+\.\d+\.\d+ \((Lua 5\.4\.\d+  Copyright \(C\) [^\n]*)\)$"#)
    let matches = stdout.matches(of: banner)
    guard matches.count == 1, let lua = matches[0].output[1].substring else {
        throw DeviationNotFound(description: "expected one nodeum banner line in \(stdout.prefix(300).debugDescription)")
    }
    return stdout.replacingCharacters(in: matches[0].range, with: lua)
}

/// Expects equal texts; on a difference, reports the first differing line (with its
/// neighbours) rather than two whole outputs that may be megabytes long.
func expectSameText(_ actual: String, _ expected: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard actual != expected else { return }
    if actual.utf8.count + expected.utf8.count < 4000 {
        #expect(actual == expected, "\(what) differs from lua5.4", sourceLocation: sourceLocation)
        return
    }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let first = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
    let around = max(0, first - 2)..<(first + 3)
    let show = { (lines: [Substring]) in lines[around.clamped(to: 0..<lines.count)].joined(separator: "\n").debugDescription }
    Issue.record(
        "\(what) differs from lua5.4 at line \(first + 1) (nodeum \(a.count) lines, lua5.4 \(e.count)): nodeum \(show(a)), lua5.4 \(show(e))",
        sourceLocation: sourceLocation)
}
