/// The command line, read the way `lua` 5.4 reads its own (lua.c's `collectargs`): options
/// up to the first argument that is not one, which is the script; everything after it is
/// the script's. `-e` and `-l` keep their order.
public struct CommandLineOptions: Equatable, Sendable {
    /// One `-e`, `-l` or `-W`, run in command-line order (lua.c's `runargs`).
    public enum Step: Equatable, Sendable {
        case execute(String)
        case library(String)
        case warningsOn
    }

    /// The name messages begin with (always `nodeum`, whatever argv[0] says).
    public var programName = "nodeum"
    /// The whole argument vector, argv[0] included, for the `arg` table.
    public var arguments: [String] = []
    /// Index in `arguments` of the script ("-" for stdin), or nil when there is none.
    public var scriptIndex: Int?
    public var steps: [Step] = []
    /// -i: a REPL after the script (implies -v).
    public var interactive = false
    /// -v: print the version.
    public var version = false
    /// -E: ignore LUA_INIT, NODEUM_INIT and LUA_PATH/LUA_CPATH.
    public var ignoreEnvironment = false
    /// --help.
    public var help = false

    /// True when `-e` was given (lua.c's `has_e`).
    public var hasExecute: Bool { steps.contains { if case .execute = $0 { true } else { false } } }

    /// The script's path, nil for none; "-" read from stdin unless it came after `--`.
    public var script: String? { scriptIndex.map { arguments[$0] } }
}

/// A command line that cannot be run: what was wrong, said as lua.c says it.
public struct UsageError: Error, Equatable, CustomStringConvertible, Sendable {
    public let description: String
    public init(description: String) { self.description = description }
}

extension CommandLineOptions {
    /// Reads argv (argv[0] first).
    public static func parse(_ argv: [String]) throws(UsageError) -> CommandLineOptions {
        var options = CommandLineOptions()
        options.arguments = argv
        var i = 1
        while i < argv.count {
            let argument = argv[i]
            guard argument.hasPrefix("-") else {
                options.scriptIndex = i
                return options
            }
            if argument == "--" {
                options.scriptIndex = i + 1 < argv.count ? i + 1 : nil
                return options
            }
            if argument == "-" {
                options.scriptIndex = i
                return options
            }
            if argument.hasPrefix("--") {
                try options.readLongOption(argument)
                i += 1
                continue
            }
            let letter = argument.dropFirst().first!
            let attached = String(argument.dropFirst(2))
            switch letter {
            case "E", "W", "i", "v":
                guard attached.isEmpty else { throw UsageError(description: "unrecognized option '\(argument)'") }
                switch letter {
                case "E": options.ignoreEnvironment = true
                case "W": options.steps.append(.warningsOn)
                case "i": options.interactive = true; options.version = true
                default: options.version = true
                }
            case "e", "l":
                var value = attached
                if value.isEmpty {
                    i += 1
                    guard i < argv.count, !argv[i].hasPrefix("-") else {
                        throw UsageError(description: "'-\(letter)' needs argument")
                    }
                    value = argv[i]
                }
                options.steps.append(letter == "e" ? .execute(value) : .library(value))
            default:
                throw UsageError(description: "unrecognized option '\(argument)'")
            }
            i += 1
        }
        return options
    }

    private mutating func readLongOption(_ argument: String) throws(UsageError) {
        switch argument {
        case "--help": help = true
        case "--version": version = true
        default: throw UsageError(description: "unrecognized option '\(argument)'")
        }
    }

    /// The usage text (lua.c's, plus nodeum's own options).
    public static func usage(programName: String) -> String {
        """
        usage: \(programName) [options] [script [args]]
        Available options are:
          -e stat   execute string 'stat'
          -i        enter interactive mode after executing 'script'
          -l mod    require library 'mod' into global 'mod'
          -l g=mod  require library 'mod' into global 'g'
          -v        show version information
          -E        ignore environment variables
          -W        turn warnings on
          --        stop handling options
          -         stop handling options and execute stdin
          --help    show this help
          --version show version information

        """
    }
}
