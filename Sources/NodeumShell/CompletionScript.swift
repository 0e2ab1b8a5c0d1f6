/// Shell completion scripts for nodeum's command line, made from the option table
/// (`nodeum --generate-completion-script bash|zsh|fish`).
enum CompletionScript {
    static let shells = ["bash", "zsh", "fish"]

    /// lua's single-letter options, as `usage` lists them.
    static let shortOptions: [(name: String, takesValue: Bool, help: String)] = [
        ("-e", true, "execute string 'stat'"), ("-i", false, "enter interactive mode after executing 'script'"),
        ("-l", true, "require library 'mod'"), ("-v", false, "show version information"),
        ("-E", false, "ignore environment variables"), ("-W", false, "turn warnings on"),
    ]

    static func render(shell: String) -> String {
        switch shell {
        case "zsh": zsh()
        case "fish": fish()
        default: bash()
        }
    }

    /// The profiles of the config file, one per line (a shell command).
    static let listProfiles =
        #"sed -n 's/^\[profiles\.\([^]]*\)\].*/\1/p' "${XDG_CONFIG_HOME:-$HOME/.config}/nodeum/config.toml" 2>/dev/null"#

    static func bash() -> String {
        let all = (shortOptions.map(\.name) + LongOption.all.map(\.name)).joined(separator: " ")
        let files = LongOption.all.filter { $0.value == .file }.map(\.name).joined(separator: "|")
        let free = (shortOptions.filter(\.takesValue).map(\.name)
            + LongOption.all.filter { $0.value == .text || $0.value == .seconds }.map(\.name)).joined(separator: "|")
        return """
            # bash completion for nodeum: nodeum --generate-completion-script bash > /etc/bash_completion.d/nodeum
            _nodeum_profiles() { \(listProfiles); }
            _nodeum() {
              local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
              COMPREPLY=()
              case "$prev" in
                \(files)) COMPREPLY=($(compgen -f -- "$cur")); return ;;
                --profile) COMPREPLY=($(compgen -W "$(_nodeum_profiles)" -- "$cur")); return ;;
                --generate-completion-script) COMPREPLY=($(compgen -W "\(shells.joined(separator: " "))" -- "$cur")); return ;;
                \(free)) return ;;
              esac
              if [[ "$cur" == -* ]]; then
                COMPREPLY=($(compgen -W "\(all)" -- "$cur"))
              else
                COMPREPLY=($(compgen -f -X '!*.lua' -- "$cur") $(compgen -d -- "$cur"))
              fi
            }
            complete -F _nodeum nodeum

            """
    }

    /// Text for a zsh `_arguments` description.
    static func zshEscaped(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "[", "]", ":", "\\": out += "\\" + String(ch)
            case "'": out += "'\\''"
            default: out.append(ch)
            }
        }
        return out
    }

    static func zsh() -> String {
        var specs: [String] = []
        for o in shortOptions {
            specs.append("'\(o.name)[\(zshEscaped(o.help))]\(o.takesValue ? ":value:" : "")'")
        }
        for o in LongOption.all {
            let action: String
            switch o.value {
            case .none: action = ""
            case .file: action = ":\(o.placeholder.lowercased()):_files"
            case .profile: action = ":profile:_nodeum_profiles"
            case .shell: action = ":shell:(\(shells.joined(separator: " ")))"
            case .text, .seconds: action = ":\(o.placeholder.lowercased()):"
            }
            specs.append("'\(o.name)[\(zshEscaped(o.help))]\(action)'")
        }
        specs.append("'*:script:_files -g \"*.lua\"'")
        return """
            #compdef nodeum
            # zsh completion for nodeum: nodeum --generate-completion-script zsh > "${fpath[1]}/_nodeum"
            _nodeum_profiles() {
              local -a profiles
              profiles=(${(f)"$(\(listProfiles))"})
              compadd -a profiles
            }
            _arguments -s \\
              \(specs.joined(separator: " \\\n  "))

            """
    }

    static func fish() -> String {
        func quoted(_ s: String) -> String { "'" + s.replacingOccurrences("'", with: "\\'") + "'" }
        var lines = ["# fish completion for nodeum: nodeum --generate-completion-script fish > ~/.config/fish/completions/nodeum.fish"]
        lines.append("function __nodeum_profiles; \(listProfiles); end")
        lines.append("complete -c nodeum -k -a '(__fish_complete_suffix .lua)'")
        for o in shortOptions {
            lines.append("complete -c nodeum -s \(o.name.dropFirst())\(o.takesValue ? " -x" : "") -d \(quoted(o.help))")
        }
        for o in LongOption.all {
            var line = "complete -c nodeum -l \(o.name.dropFirst(2))"
            switch o.value {
            case .none: break
            case .file: line += " -r -F"
            case .profile: line += " -x -a '(__nodeum_profiles)'"
            case .shell: line += " -x -a '\(shells.joined(separator: " "))'"
            case .text, .seconds: line += " -x"
            }
            lines.append(line + " -d " + quoted(o.help))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// Every `target` replaced by `replacement` (Foundation-free).
    func replacingOccurrences(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
