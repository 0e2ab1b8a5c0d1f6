import Lua
import Testing
@testable import NodeumLua

/// `nodeum.args`, the scripts' argument parser: every form it reads and every usage error.
@Suite struct ArgsModuleTests {
    /// A spec in the shape of the saved scripts'.
    static let spec = """
        local spec = {
          program = "t.lua",
          summary = "Does a thing.",
          options = {
            {name = "since", value = "DATE", pattern = "^%d%d%d%d%-%d%d%-%d%d$", message = "needs a date as YYYY-MM-DD",
             default = "2000-01-01", help = "from this day"},
            {name = "threshold", value = "PCT", number = {min = 0, max = 100}, default = 10, help = "low mark"},
            {name = "count", value = "N", number = {min = 1, integer = true}, help = "how many"},
            {name = "dry-run", help = "change nothing"},
            {name = "tag", value = "TAG", many = true, help = "repeatable"},
          },
          positional = {name = "FILE", max = 2, help = "inputs"},
        }
        local args = require "nodeum.args"
        local json = require "json"
        local function show(argv)
          local opts, message = args.try_parse(argv, spec)
          if not opts then return "error: " .. message end
          return json.encode(opts)
        end
        """

    func parse(_ argv: String) throws -> String {
        let state = LuaState()
        try EmbeddedStdlib.install(into: state)
        try JSONModule.install(into: state)
        return try #require(try state.run(Self.spec + "\nreturn show(\(argv))").first?.text)
    }

    @Test func defaultsFlagsValuesAndPositionals() throws {
        #expect(try parse("{}") == #"{"dry_run":false,"since":"2000-01-01","tag":{},"threshold":10}"#)
        #expect(try parse(#"{"a.txt", "--dry-run", "--since", "2026-11-01", "--threshold=2.5", "--tag", "x", "--tag=y", "--count", "3", "b"}"#)
                == #"{"1":"a.txt","2":"b","count":3,"dry_run":true,"since":"2026-11-01","tag":["x","y"],"threshold":2.5}"#)
        #expect(try parse(#"{"--", "--dry-run", "-"}"#) == #"{"1":"--dry-run","2":"-","dry_run":false,"since":"2000-01-01","tag":{},"threshold":10}"#)
        #expect(try parse(#"{"--threshold", "0x10"}"#).contains(#""threshold":16"#))
    }

    @Test func usageErrorsSayWhatIsWrong() throws {
        #expect(try parse(#"{"--since", "yesterday"}"#) == "error: --since needs a date as YYYY-MM-DD")
        #expect(try parse(#"{"--threshold", "101"}"#) == "error: --threshold needs a number (PCT)")
        #expect(try parse(#"{"--threshold", "nan"}"#) == "error: --threshold needs a number (PCT)")
        #expect(try parse(#"{"--count", "2.5"}"#) == "error: --count needs a number (N)")
        #expect(try parse(#"{"--count", "0"}"#) == "error: --count needs a number (N)")
        #expect(try parse(#"{"--count"}"#) == "error: --count needs a value (N)")
        #expect(try parse(#"{"--dry-run=yes"}"#) == "error: --dry-run takes no value")
        #expect(try parse(#"{"--treshold", "3"}"#) == "error: unknown argument '--treshold' (did you mean --threshold?)")
        #expect(try parse(#"{"--dry"}"#) == "error: unknown argument '--dry' (did you mean --dry-run?)")
        #expect(try parse(#"{"--zzzzzz"}"#) == "error: unknown argument '--zzzzzz'")
        #expect(try parse(#"{"-x"}"#) == "error: unknown argument '-x'")
        #expect(try parse(#"{"a", "b", "c"}"#) == "error: unexpected argument 'c'")
        #expect(try parse(#"{"--help", "--bogus"}"#) == "error: help")
        #expect(try parse(#"{"-h"}"#) == "error: help")
    }

    @Test func usageTextComesFromTheSameDescription() throws {
        let state = LuaState()
        try EmbeddedStdlib.install(into: state)
        try JSONModule.install(into: state)
        let text = try #require(try state.run(Self.spec + "\nreturn args.usage(spec)").first?.text)
        #expect(text == """
            usage: t.lua [--since DATE] [--threshold PCT] [--count N] [--dry-run] [--tag TAG]... [FILE...]
            Does a thing.
              --since DATE     from this day
              --threshold PCT  low mark
              --count N        how many
              --dry-run        change nothing
              --tag TAG        repeatable
              FILE             inputs
              --help           show this help
            """)
    }

    @Test func aSpecWithoutPositionalsRefusesThemAndARequiredOneIsAskedFor() throws {
        let state = LuaState()
        try EmbeddedStdlib.install(into: state)
        let results = try state.run("""
            local args = require "nodeum.args"
            local a, m1 = args.try_parse({"x"}, {program = "p"})
            local b, m2 = args.try_parse({}, {program = "p", positional = {name = "TASK", min = 1, max = 1}})
            local ok, m3 = pcall(args.try_parse, {}, {})
            return m1, m2, m3
            """).map { $0.text ?? "" }
        #expect(results == ["unexpected argument 'x'", "missing TASK", "args.try_parse: the spec needs a program name"])
    }
}
