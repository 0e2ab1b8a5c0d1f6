import CLua
import CLuaShim
import Lua
import NodeumAPI

/// Tab completion for a Lua line: names, fields and methods of live values (read raw), the
/// `nodeum` surface from the catalog (collections, handle methods, operations, filter names
/// in a call's table, enum values in strings). Completing has no side effects: it never
/// calls a Lua function or a metamethod, never allocates in Lua, never sends a request.
///
/// Names resolve first in `extraNames` (a table of names to values, e.g. the REPL's kept
/// locals), then in the globals. Use on the thread that owns the state.
public final class LuaCompleter {
    private let state: LuaState
    /// A table whose raw keys are names visible before the globals (its values are read raw
    /// too); nil for globals only.
    public var extraNames: LuaRef?

    /// The most stack slots a completion uses.
    private static let stackNeeded: Int32 = Int32(ExpressionChain.maxSteps) * 3 + 32

    /// Methods of cursors when no `nodeum` surface is reachable to read them from.
    static let fallbackCursorMethods = [
        "all", "any", "collect", "count", "each", "enumerate", "filter", "find", "first", "fold", "iter", "map",
        "pages", "skip", "take",
    ]

    public init(state: LuaState, extraNames: LuaRef? = nil) {
        self.state = state
        self.extraNames = extraNames
    }

    /// `start`: UTF-8 byte offset in `line` where the replaced text starts; candidates
    /// (sorted, unique) are full replacements for the bytes from `start` to `cursor`.
    public func complete(line: String, cursor: Int) -> (start: Int, candidates: [String]) {
        let bytes = Array(line.utf8)
        guard cursor >= 0, cursor <= bytes.count, state.isOpen else { return (max(0, min(cursor, bytes.count)), []) }
        let L = state.L
        let base = lua_gettop(L)
        guard lua_checkstack(L, Self.stackNeeded) != 0 else { return (cursor, []) }
        defer { lua_settop(L, base) }
        let (tokens, tail) = LuaTokenizer.tokenize(Array(bytes[..<cursor]))
        let session = CompletionSession(L: L, extraNames: extraNames)
        let found: (start: Int, candidates: [String])
        switch tail {
        case .inert:
            found = (cursor, [])
        case .openString(let quote, let quoteStart, let content):
            found = (quoteStart, session.stringValues(tokens, quote: quote, content: content))
        case .code:
            found = session.names(tokens, cursor: cursor)
        }
        return (found.start, Array(Set(found.candidates)).sorted())
    }
}

/// One completion's work on the state's stack (restored by the caller).
struct CompletionSession {
    let L: OpaquePointer
    let extraNames: LuaRef?
    var reader: RawReader { RawReader(L: L) }

    /// Candidates for the name being typed at the end of `tokens` (or an empty one).
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

    // MARK: Resolving expressions

    /// The shape of a chain, walking live values raw and the `nodeum` surface by the catalog.
    func resolve(_ steps: [ChainStep]) -> CompletionShape? {
        var shape: CompletionShape
        switch steps.first {
        case .name(let name)?:
            guard pushVariable(name) else { return nil }
            shape = classify(lua_gettop(L))
        case .string?:
            guard reader.pushStringMethods() else { return nil }
            shape = .value(lua_gettop(L))
        default:
            return nil
        }
        var i = 1
        while i < steps.count {
            let next: CompletionShape?
            switch steps[i] {
            case .field(let name): next = field(of: shape, name)
            case .integerIndex(let n): next = index(of: shape, n)
            case .method(let name):
                guard i + 1 < steps.count, steps[i + 1] == .call else { return nil }
                next = call(method: name, of: shape)
                i += 1
            case .call: next = call(shape)
            case .name, .string: next = nil
            }
            guard let next else { return nil }
            shape = next
            i += 1
        }
        return shape
    }

    /// Pushes the value of a variable: from `extraNames`, else the globals.
    private func pushVariable(_ name: String) -> Bool {
        if let extraNames {
            extraNames.push(to: L)
            let table = lua_gettop(L)
            if reader.pushField(of: table, named: name) {
                nodeum_remove(L, table)
                return true
            }
            nodeum_pop(L, 1)
        }
        nodeum_pushglobaltable(L)
        let globals = lua_gettop(L)
        if reader.pushMember(of: globals, named: name) {
            nodeum_remove(L, globals)
            return true
        }
        nodeum_pop(L, 1)
        return false
    }

    /// The shape of the live value at `index`: a surface, a handle or cursor (by its
    /// metatable, reading its fields raw), else the value itself.
    func classify(_ index: Int32) -> CompletionShape {
        let r = reader
        if r.pushMetafield(of: index, named: "__nodeum_classes") {
            nodeum_pop(L, 1)
            return .surface(index)
        }
        switch r.metatableName(of: index) {
        case "nodeum.Collection": return place(ofHandle: index).map { .collection($0) } ?? .value(index)
        case "nodeum.Item": return place(ofHandle: index).map { .item($0) } ?? .value(index)
        case "nodeum.Cursor": return .cursor(listOperation(ofCursor: index))
        default: return .value(index)
        }
    }

    /// The resource of a handle, from its raw `_res.path`.
    private func place(ofHandle index: Int32) -> ResourcePlace? {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard reader.pushField(of: index, named: "_res"), reader.pushField(of: lua_gettop(L), named: "path"),
              let path = reader.string(at: -1) else { return nil }
        return ResourcePlace.find(path: path)
    }

    /// The list operation of a cursor that is not derived (raw `_op.id`), else nil.
    private func listOperation(ofCursor index: Int32) -> APIOperation? {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard reader.pushField(of: index, named: "_op"), reader.pushField(of: lua_gettop(L), named: "id"),
              let id = reader.string(at: -1) else { return nil }
        return APICatalog.operation(id)
    }

    private func field(of shape: CompletionShape, _ name: String) -> CompletionShape? {
        switch shape {
        case .value(let index):
            return reader.pushMember(of: index, named: name) ? classify(lua_gettop(L)) : nil
        case .surface(let index):
            if name == "api" { return .api }
            if reader.pushField(of: index, named: name) { return classify(lua_gettop(L)) }
            return ResourcePlace.find(name: name).map { .collection($0) }
        case .api: return APICatalog.operation(name).map { .operation($0) }
        case .item(let place): return place.child(name).map { .collection($0) }
        case .record(let definition): return .property(definition.property(named: name))
        case .operation, .collection, .cursor, .records: return nil
        }
    }

    private func index(of shape: CompletionShape, _ n: Int64) -> CompletionShape? {
        switch shape {
        case .value(let index): return reader.pushIndex(of: index, n) ? classify(lua_gettop(L)) : nil
        case .records(let definition): return .record(definition)
        default: return nil
        }
    }

    /// The shape of `shape:name(...)`, from the catalog (never called).
    private func call(method name: String, of shape: CompletionShape) -> CompletionShape? {
        switch shape {
        case .collection(let place): return place.collectionCall(name)
        case .item(let place): return place.itemCall(name)
        case .cursor(let op):
            switch name {
            case "filter", "take", "skip": return .cursor(op)
            case "map", "enumerate": return .cursor(nil)
            case "first", "find": return op.flatMap(CompletionCatalog.itemDefinition).map { .record($0) }
            case "collect": return op.flatMap(CompletionCatalog.itemDefinition).map { .records($0) }
            default: return nil
            }
        default: return nil
        }
    }

    /// The shape of `shape(...)`: known for operations only (never called).
    private func call(_ shape: CompletionShape) -> CompletionShape? {
        if case .operation(let op) = shape { return .answer(of: op) }
        return nil
    }

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
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard pushVariable("nodeum"), reader.pushMetafield(of: lua_gettop(L), named: "__nodeum_classes"),
              reader.pushField(of: lua_gettop(L), named: "Cursor") else { return LuaCompleter.fallbackCursorMethods }
        return reader.identifierKeys(of: lua_gettop(L), functionsOnly: true).filter { !$0.hasPrefix("_") }
    }

    /// Keywords, the extra names and the globals.
    func globalNames() -> [String] {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        var names = Array(LuaTokenizer.keywords)
        if let extraNames {
            extraNames.push(to: L)
            names += reader.identifierKeys(of: lua_gettop(L))
        }
        nodeum_pushglobaltable(L)
        names += reader.memberNames(of: lua_gettop(L), functionsOnly: false)
        return names
    }
}
