/// A Lua suffixed expression read from text, never evaluated: `nodeum.tasks:at(7).task_executions`
/// is the name `nodeum`, the field `tasks`, the method `at` called, the field `task_executions`.
enum ChainStep: Equatable {
    /// The first step: a variable.
    case name(String)
    /// The first step: a string literal in parentheses (`("abc"):upper()`).
    case string
    case field(String)
    /// `[n]` with an integer literal.
    case integerIndex(Int64)
    /// `:name` — always followed by `.call` except as the last step of a callee.
    case method(String)
    /// Call arguments (`(...)`, `{...}`, `"..."`), not looked at.
    case call
}

/// Reads expressions backwards from a token.
enum ExpressionChain {
    /// The most steps a chain may have (guards the Lua stack while resolving).
    static let maxSteps = 48

    /// The chain of the expression whose last token is `tokens[last]`, outermost first; nil
    /// when the text there is not a suffixed expression completion can follow.
    static func parse(_ tokens: [LuaToken], endingAt last: Int) -> [ChainStep]? {
        var steps: [ChainStep] = []
        var i = last
        while i >= 0 {
            guard steps.count < maxSteps else { return nil }
            let t = tokens[i]
            if t.isSymbol(")") || t.isSymbol("}") || t.isSymbol("]") {
                guard let open = matchingOpen(tokens, closingAt: i) else { return nil }
                if t.isSymbol("]") {
                    // An index: only integer and string literals are followed.
                    guard open + 2 == i else { return nil }
                    let key = tokens[open + 1]
                    if key.kind == .string {
                        steps.append(.field(key.text))
                    } else if key.kind == .number, let n = Int64(key.text) {
                        steps.append(.integerIndex(n))
                    } else {
                        return nil
                    }
                    i = open - 1
                    continue
                }
                if t.isSymbol(")") && !endsExpression(tokens, at: open - 1) {
                    // A parenthesised expression: only `("literal")` is followed.
                    guard open + 2 == i, tokens[open + 1].kind == .string else { return nil }
                    steps.append(.string)
                    return steps.reversed()
                }
                guard endsExpression(tokens, at: open - 1) else { return nil }
                steps.append(.call)
                i = open - 1
            } else if t.kind == .string {
                // `f"text"`: a call; a string alone cannot take a suffix.
                guard endsExpression(tokens, at: i - 1) else { return nil }
                steps.append(.call)
                i -= 1
            } else if t.isIdentifier {
                if i >= 1 && tokens[i - 1].isSymbol(".") {
                    steps.append(.field(t.text))
                    i -= 2
                    guard i >= 0 else { return nil }
                } else if i >= 1 && tokens[i - 1].isSymbol(":") {
                    // A method must be called, unless it is the callee completion asks about.
                    guard steps.isEmpty || steps.last == .call else { return nil }
                    steps.append(.method(t.text))
                    i -= 2
                    guard i >= 0 else { return nil }
                } else {
                    steps.append(.name(t.text))
                    return steps.reversed()
                }
            } else {
                return nil
            }
        }
        return nil
    }

    /// True when `tokens[i]` can end an expression that a call or index follows.
    static func endsExpression(_ tokens: [LuaToken], at i: Int) -> Bool {
        guard i >= 0 else { return false }
        let t = tokens[i]
        return t.isIdentifier || t.kind == .string || t.isSymbol(")") || t.isSymbol("]") || t.isSymbol("}")
    }

    /// The index of the bracket that `tokens[close]` closes, or nil when unbalanced.
    static func matchingOpen(_ tokens: [LuaToken], closingAt close: Int) -> Int? {
        var depth = 0
        var i = close
        while i >= 0 {
            let t = tokens[i]
            if t.kind == .symbol {
                switch t.text {
                case ")", "}", "]": depth += 1
                case "(", "{", "[":
                    depth -= 1
                    if depth == 0 { return pairs(tokens[i].text, tokens[close].text) ? i : nil }
                default: break
                }
            }
            i -= 1
        }
        return nil
    }

    private static func pairs(_ open: String, _ close: String) -> Bool {
        (open == "(" && close == ")") || (open == "{" && close == "}") || (open == "[" && close == "]")
    }

    /// The indices of the brackets still open at the end of `tokens`, outermost first.
    static func openBrackets(_ tokens: [LuaToken]) -> [Int] {
        var stack: [Int] = []
        for (i, t) in tokens.enumerated() where t.kind == .symbol {
            switch t.text {
            case "(", "{", "[": stack.append(i)
            case ")", "}", "]": if !stack.isEmpty { stack.removeLast() }
            default: break
            }
        }
        return stack
    }
}
