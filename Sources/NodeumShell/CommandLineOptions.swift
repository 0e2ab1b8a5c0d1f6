import NodeumAPI

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
    /// --version: the build's version, commit, date, Lua's and Swift's versions, then exit.
    public var buildInfo = false

    // Connection (ARCHITECTURE.md, "Command line"): flags > environment > profile.
    /// --url: the server, as `https://host` or `https://host/api/v2`.
    public var url: String?
    /// --user (with --password, or a prompt without echo on a terminal).
    public var user: String?
    /// --password.
    public var password: String?
    /// --token: an API key, sent as `Authorization: Bearer`.
    public var token: String?
    /// --profile: a `[profiles.NAME]` of the config file.
    public var profile: String?
    /// --insecure: skip TLS verification.
    public var insecure = false
    /// --ca-cert FILE: an extra CA for self-signed appliances.
    public var caCertificate: String?
    /// --timeout SECONDS.
    public var timeout: Double?
    /// --sim: nodeum-sim with demo data, started beside nodeum on a free loopback port.
    public var sim = false
    /// --read-only: refuse every call but GET before sending it.
    public var readOnly = false
    /// --dry-run: print calls that could change the server instead of sending them.
    public var dryRun = false
    /// --verbose: trace each HTTP exchange on stderr (credentials redacted).
    public var verbose = false
    /// --json, --jsonl, --csv or --table: how the values a script or -e chunk returns are written.
    public var outputFormat: String?
    /// --no-progress: no progress line for walks and waits.
    public var noProgress = false
    /// --no-color: no colours in the REPL's results (as NO_COLOR does).
    public var noColor = false
    /// --generate-completion-script SHELL.
    public var completionShell: String?

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
                i = try options.readLongOption(argv, at: i)
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
                // `-json` for `--json`: lua's message, and where the option is.
                let long = LongOption.all.first { $0.name == "-" + argument.prefix { $0 != "=" } }
                throw UsageError(description: "unrecognized option '\(argument)'" + (long.map { " (did you mean '\($0.name)'?)" } ?? ""))
            }
            i += 1
        }
        return options
    }

    /// Reads the long option at argv[i] (`--name`, `--name value` or `--name=value`);
    /// returns the index of the next argument.
    private mutating func readLongOption(_ argv: [String], at i: Int) throws(UsageError) -> Int {
        let argument = argv[i]
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        let name = parts[0]
        var next = i + 1
        func value() throws(UsageError) -> String {
            if parts.count == 2 { return parts[1] }
            guard next < argv.count else { throw UsageError(description: "'\(name)' needs argument") }
            next += 1
            return argv[next - 1]
        }
        func flag() throws(UsageError) {
            if parts.count == 2 { throw UsageError(description: "'\(name)' takes no value") }
        }
        switch name {
        case "--help": try flag(); help = true
        case "--version": try flag(); buildInfo = true
        case "--url": url = try value()
        case "--user": user = try value()
        case "--password": password = try value()
        case "--token": token = try value()
        case "--profile": profile = try value()
        case "--insecure": try flag(); insecure = true
        case "--ca-cert": caCertificate = try value()
        case "--sim": try flag(); sim = true
        case "--read-only": try flag(); readOnly = true
        case "--dry-run": try flag(); dryRun = true
        case "--verbose": try flag(); verbose = true
        case "--no-progress": try flag(); noProgress = true
        case "--no-color": try flag(); noColor = true
        case "--json", "--jsonl", "--csv", "--table":
            try flag()
            let format = String(name.dropFirst(2))
            if let outputFormat, outputFormat != format {
                throw UsageError(description: "'--\(outputFormat)' and '\(name)' cannot be used together")
            }
            outputFormat = format
        case "--generate-completion-script":
            let shell = try value()
            guard CompletionScript.shells.contains(shell) else {
                throw UsageError(description: "'--generate-completion-script' needs bash, zsh or fish, not '\(shell)'")
            }
            completionShell = shell
        case "--timeout":
            let text = try value()
            guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
                throw UsageError(description: "'--timeout' needs a number of seconds, not '\(text)'")
            }
            timeout = seconds
        default:
            let hint = Suggestion.closest(to: name, in: LongOption.all.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
            throw UsageError(description: "unrecognized option '\(argument)'" + hint)
        }
        return next
    }

    /// The usage text printed after a bad command line: lua.c's, plus a pointer to --help.
    /// `summary`: with nodeum's own options named in a few lines (the whole list is --help's).
    public static func usage(programName: String, summary: Bool = true) -> String {
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

        """ + (summary ? LongOption.summary : "")
    }

    /// The whole help (`--help`): the usage, then nodeum's own options.
    public static func help(programName: String) -> String {
        usage(programName: programName, summary: false) + LongOption.helpText
    }
}
