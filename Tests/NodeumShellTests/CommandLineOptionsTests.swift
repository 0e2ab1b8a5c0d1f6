import NodeumShell
import Testing

/// The command line read as lua.c's `collectargs` reads it.
@Suite("command-line parsing")
struct CommandLineOptionsTests {
    @Test("options stop at the script; the rest belongs to the script")
    func scriptEndsOptions() throws {
        let options = try CommandLineOptions.parse(["nodeum", "-e", "x=1", "-lmod", "script.lua", "-e", "y"])
        #expect(options.steps == [.execute("x=1"), .library("mod")])
        #expect(options.scriptIndex == 4)
        #expect(options.script == "script.lua")
    }

    @Test("-- ends options and makes - a file name; a lone - is stdin")
    func dashes() throws {
        #expect(try CommandLineOptions.parse(["nodeum", "--", "-"]).scriptIndex == 2)
        #expect(try CommandLineOptions.parse(["nodeum", "--"]).scriptIndex == nil)
        #expect(try CommandLineOptions.parse(["nodeum", "-", "a"]).script == "-")
    }

    @Test("-i implies -v; -E and -W are recorded")
    func flags() throws {
        let options = try CommandLineOptions.parse(["nodeum", "-E", "-W", "-i"])
        #expect(options.interactive && options.version && options.ignoreEnvironment)
        #expect(options.steps == [.warningsOn])
        #expect(!options.hasExecute)
    }

    @Test("--no-color is recorded and takes no value")
    func noColor() throws {
        #expect(try CommandLineOptions.parse(["nodeum", "--no-color"]).noColor)
        #expect(try !CommandLineOptions.parse(["nodeum"]).noColor)
        #expect(throws: UsageError(description: "'--no-color' takes no value")) {
            try CommandLineOptions.parse(["nodeum", "--no-color=yes"])
        }
    }

    @Test("usage errors are worded as lua.c words them", arguments: [
        (["nodeum", "-x"], "unrecognized option '-x'"),
        (["nodeum", "-ix"], "unrecognized option '-ix'"),
        (["nodeum", "-e"], "'-e' needs argument"),
        (["nodeum", "-l", "-e"], "'-l' needs argument"),
        (["nodeum", "--bogus"], "unrecognized option '--bogus'"),
        (["nodeum", "--jsn"], "unrecognized option '--jsn' (did you mean '--json'?)"),
        (["nodeum", "--read-onyl"], "unrecognized option '--read-onyl' (did you mean '--read-only'?)"),
        (["nodeum", "--prof=x"], "unrecognized option '--prof=x' (did you mean '--profile'?)"),
        (["nodeum", "-json"], "unrecognized option '-json' (did you mean '--json'?)"),
        (["nodeum", "-sim"], "unrecognized option '-sim' (did you mean '--sim'?)"),
    ])
    func usageErrors(argv: [String], message: String) {
        #expect(throws: UsageError(description: message)) { try CommandLineOptions.parse(argv) }
    }
}
