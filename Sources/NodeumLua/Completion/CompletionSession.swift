import Lua
import NodeumAPI

/// One completion's work on the state's stack (restored by the caller).
struct CompletionSession {
    let L: OpaquePointer
    let extraNames: LuaRef?
    var reader: LuaRawReader { LuaRawReader(L: L) }

    /// The start and candidates of the name being typed at the end of `all` (maybe empty):
    /// after `.`/`:` the members of the expression before it; as a key of a table the catalog
    /// knows, its keys not yet written (when one matches); else keywords, extra names, globals.
    func names(_ all: [LuaToken], cursor: Int) -> (Int, [String]) {
        var tokens = all
        var partial = ""
        var start = cursor
        if let last = tokens.last, last.end == cursor, last.kind != .symbol {
            guard last.kind == .name else { return (cursor, []) }
            partial = last.text
            start = last.start
            tokens.removeLast()
        }
        func matching(_ names: [String]) -> [String] { names.filter { $0.hasPrefix(partial) } }
        if let last = tokens.last, last.isSymbol(".") || last.isSymbol(":") {
            guard let chain = ExpressionChain.parse(tokens, endingAt: tokens.count - 2),
                  let shape = resolve(chain) else { return (start, []) }
            return (start, matching(members(of: shape, method: last.isSymbol(":"))))
        }
        let open = ExpressionChain.openBrackets(tokens)
        if let k = open.last, tokens[k].isSymbol("{"), let last = tokens.last,
           last.isSymbol("{") || last.isSymbol(",") || last.isSymbol(";"),
           let keys = tableKeys(tokens, open: open, at: open.count - 1) {
            let given = Self.keysGiven(tokens, in: k)
            let names = matching(keys.keys.map(\.name).filter { !given.contains($0) })
            if !names.isEmpty { return (start, names) }
        }
        return (start, matching(globalNames()))
    }

    /// The keys already written `name =` in the table constructor opened at `tokens[open]`.
    static func keysGiven(_ tokens: [LuaToken], in open: Int) -> Set<String> {
        var given = Set<String>()
        var depth = 0
        var i = open + 1
        while i < tokens.count {
            let t = tokens[i]
            if t.isSymbol("(") || t.isSymbol("{") || t.isSymbol("[") {
                depth += 1
            } else if t.isSymbol(")") || t.isSymbol("}") || t.isSymbol("]") {
                depth -= 1
            } else if depth == 0, t.isIdentifier, i + 1 < tokens.count, tokens[i + 1].isSymbol("="),
                      tokens[i - 1].isSymbol("{") || tokens[i - 1].isSymbol(",") || tokens[i - 1].isSymbol(";") {
                given.insert(t.text)
            }
            i += 1
        }
        return given
    }

    /// Candidates for a string being typed as the value of `key = "` in a table whose keys
    /// the catalog knows: the allowed values, quoted.
    func stringValues(_ tokens: [LuaToken], quote: UInt8, content: String) -> [String] {
        let n = tokens.count
        guard n >= 3, tokens[n - 1].isSymbol("="), tokens[n - 2].isIdentifier,
              tokens[n - 3].isSymbol("{") || tokens[n - 3].isSymbol(",") || tokens[n - 3].isSymbol(";") else { return [] }
        let open = ExpressionChain.openBrackets(tokens)
        guard let k = open.last, tokens[k].isSymbol("{"), let keys = tableKeys(tokens, open: open, at: open.count - 1),
              let key = keys.key(tokens[n - 2].text) else { return [] }
        let q = String(decoding: [quote], as: UTF8.self)
        if key.isSortBy { return sortValues(keys.sortAttributes, content: content).map { q + $0 + q } }
        return key.values.filter { $0.hasPrefix(content) }.map { q + $0 + q }
    }

    /// `sort_by` values: the attribute being typed after the last `|`, then `:asc`/`:desc`.
    private func sortValues(_ attributes: [String], content: String) -> [String] {
        let head = content.lastIndex(of: "|").map { String(content[...$0]) } ?? ""
        let segment = String(content.dropFirst(head.count))
        let options = segment.contains(":") ? attributes.flatMap { [$0 + ":asc", $0 + ":desc"] } : attributes
        return options.filter { $0.hasPrefix(segment) }.map { head + $0 }
    }

    // MARK: Table constructors

    /// The keys of the table constructor opened at `tokens[open[level]]`: a call's argument
    /// (`f{`, `f({`, `f(x, {`) or the value of a key of a known table (`{body = {`).
    func tableKeys(_ tokens: [LuaToken], open: [Int], at level: Int) -> TableKeys? {
        let k = open[level]
        guard k >= 1 else { return nil }
        if ExpressionChain.endsExpression(tokens, at: k - 1) {
            return calleeKeys(tokens, endingAt: k - 1)
        }
        let outer = level >= 1 ? open[level - 1] : -1
        guard outer >= 0 else { return nil }
        let before = tokens[k - 1]
        if before.isSymbol("(") || before.isSymbol(","), tokens[outer].isSymbol("(") {
            return calleeKeys(tokens, endingAt: outer - 1)
        }
        if before.isSymbol("="), k >= 3, tokens[k - 2].isIdentifier, tokens[outer].isSymbol("{"),
           tokens[k - 3].isSymbol("{") || tokens[k - 3].isSymbol(",") || tokens[k - 3].isSymbol(";") {
            return tableKeys(tokens, open: open, at: level - 1)?.nested(tokens[k - 2].text)
        }
        return nil
    }

    /// The keys of the table argument of the function the expression ending at `last` names.
    private func calleeKeys(_ tokens: [LuaToken], endingAt last: Int) -> TableKeys? {
        guard last >= 0, ExpressionChain.endsExpression(tokens, at: last),
              let chain = ExpressionChain.parse(tokens, endingAt: last), chain.count >= 2,
              let receiver = resolve(Array(chain.dropLast())) else { return nil }
        switch (receiver, chain.last!) {
        case (.collection(let place), .method(let name)): return place.collectionCallKeys(name)
        case (.item(let place), .method(let name)): return place.itemCallKeys(name)
        case (.api, .field(let id)):
            return APICatalog.operation(id).map { TableKeys.parameters($0, filled: 0, actionOptions: false) }
        case (.surface, .field("connect")): return TableKeys.connectOptions
        default: return nil
        }
    }
}

extension CompletionSession {
    // MARK: Candidates

    /// What can follow `shape.` (or `shape:` when `method`).
    func members(of shape: CompletionShape, method: Bool) -> [String] {
        switch shape {
        case .value(let index): return reader.memberNames(of: index, functionsOnly: method)
        case .surface(let index):
            if method { return reader.identifierKeys(of: index, functionsOnly: true) }
            return reader.identifierKeys(of: index) + CompletionCatalog.collectionNames + ["api"]
        case .api: return method ? [] : CompletionCatalog.operationIDs
        case .operation, .records: return []
        case .collection(let place): return method ? place.collectionMethodNames : []
        case .item(let place): return method ? place.itemMethodNames : place.resource.children.map(\.name)
        case .cursor: return method ? cursorMethods() : []
        case .record(let definition): return method ? [] : definition.properties.map(\.name)
        }
    }

    /// The cursor class's methods, read raw from the `nodeum` surface's classes.
    private func cursorMethods() -> [String] {
        let top = reader.top
        defer { reader.top = top }
        guard pushVariable("nodeum"), reader.pushMetafield(of: reader.top, named: "__nodeum_classes"),
              reader.pushField(of: reader.top, named: "Cursor") else { return LuaCompleter.fallbackCursorMethods }
        return reader.identifierKeys(of: reader.top, functionsOnly: true).filter { !$0.hasPrefix("_") }
    }

    /// Keywords, the extra names and the globals.
    func globalNames() -> [String] {
        let top = reader.top
        defer { reader.top = top }
        var names = Array(LuaTokenizer.keywords)
        if let extraNames {
            extraNames.push(to: L)
            names += reader.identifierKeys(of: reader.top)
        }
        reader.pushGlobals()
        names += reader.memberNames(of: reader.top, functionsOnly: false)
        return names
    }
}
