/// nodeum's own options (lua's single-letter ones are in `CommandLineOptions.usage`): one
/// table for `--help`, the shell completion scripts and the man page's sync test.
struct LongOption: Sendable {
    enum Value: Sendable { case none, text, file, profile, shell, seconds }

    let name: String
    let value: Value
    /// What the value is called in the help (`URL`, `FILE`).
    let placeholder: String
    let help: String
    let group: String

    static let all: [LongOption] = [
        .init(name: "--help", value: .none, placeholder: "", help: "show this help", group: ""),
        .init(name: "--version", value: .none, placeholder: "", help: "show the version, commit, build date, Lua's and Swift's", group: ""),
        .init(name: "--url", value: .text, placeholder: "URL", help: "the server (https://host or https://host/api/v2)", group: connection),
        .init(name: "--user", value: .text, placeholder: "NAME", help: "user for Basic authentication (password prompted on a terminal)", group: connection),
        .init(name: "--password", value: .text, placeholder: "PW", help: "its password", group: connection),
        .init(name: "--token", value: .text, placeholder: "KEY", help: "an API key (Bearer authentication)", group: connection),
        .init(name: "--profile", value: .profile, placeholder: "NAME", help: "a [profiles.NAME] of the config file", group: connection),
        .init(name: "--insecure", value: .none, placeholder: "", help: "do not verify TLS certificates", group: connection),
        .init(name: "--ca-cert", value: .file, placeholder: "FILE", help: "also trust this CA certificate", group: connection),
        .init(name: "--timeout", value: .seconds, placeholder: "SECONDS", help: "request timeout", group: connection),
        .init(name: "--sim", value: .none, placeholder: "", help: "start nodeum-sim (a simulator with demo data) and connect to it", group: connection),
        .init(name: "--json", value: .none, placeholder: "", help: "each value as JSON (a cursor: the array of its items)", group: output),
        .init(name: "--jsonl", value: .none, placeholder: "", help: "one JSON value per line; a cursor streams one item per line", group: output),
        .init(name: "--csv", value: .none, placeholder: "", help: "records as CSV with a header (a cursor streams)", group: output),
        .init(name: "--table", value: .none, placeholder: "", help: "records as an aligned text table", group: output),
        .init(name: "--read-only", value: .none, placeholder: "", help: "refuse every call but GET, before sending it (exit status 2)", group: safety),
        .init(name: "--dry-run", value: .none, placeholder: "", help: "print calls that could change the server instead of sending them", group: safety),
        .init(name: "--verbose", value: .none, placeholder: "", help: "trace each HTTP request and answer on stderr (credentials redacted)", group: safety),
        .init(name: "--no-color", value: .none, placeholder: "", help: "no colours in the REPL's results (also NO_COLOR=1)", group: other),
        .init(name: "--no-progress", value: .none, placeholder: "", help: "no progress line on stderr (shown only on a terminal anyway)", group: other),
        .init(name: "--generate-completion-script", value: .shell, placeholder: "SHELL",
              help: "print a completion script for bash, zsh or fish", group: other),
    ]

    static let connection = """
        Connection (flags > NODEUM_URL, NODEUM_USER, NODEUM_PASSWORD, NODEUM_TOKEN, NODEUM_PROFILE
        > the profile in $XDG_CONFIG_HOME/nodeum/config.toml):
        """
    static let output = "Output (of the values a script or -e chunk returns; data on stdout, diagnostics on stderr):"
    static let safety = "Safety:"
    static let other = "Other:"

    /// The short name of each group, for the usage after a bad command line.
    static let groupTitles = [(connection, "Connection"), (output, "Output"), (safety, "Safety"), (other, "Other")]

    /// nodeum's own options in a few lines (names and placeholders only), wrapped at 80
    /// columns under a title per group: what the usage after a bad command line adds to lua's.
    static var summary: String {
        var text = "nodeum's own options (--help says what each does):\n"
        for (group, title) in groupTitles {
            let indent = String(repeating: " ", count: 14)
            var line = "  " + (title + ":").padding(toLength: 12)
            var first = true
            for option in all where option.group == group {
                let item = option.synopsis
                if !first, line.count + 2 + item.count > 80 {
                    text += line + "\n"
                    line = indent
                    first = true
                }
                line += (first ? "" : "  ") + item
                first = false
            }
            text += line + "\n"
        }
        return text
    }

    /// `--url URL` as the help shows it.
    var synopsis: String { placeholder.isEmpty ? name : name + " " + placeholder }

    /// The help's sections after lua's usage.
    static var helpText: String {
        var text = ""
        var group: String?
        for option in all where !option.group.isEmpty {
            if option.group != group {
                text += option.group + "\n"
                group = option.group
            }
            text += "  " + option.synopsis.padding(toLength: 19) + option.help + "\n"
        }
        return text
    }
}

extension String {
    /// The text padded with spaces to `length` characters (at least one space after it).
    func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
