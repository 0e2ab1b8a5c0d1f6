import NodeumAPI
import NodeumClient

/// The LuaCATS description of the `nodeum` table for lua-language-server, so that editors
/// complete and check saved scripts: stdlib/meta/nodeum.gen.lua. Made from the catalog, so it
/// always follows it; LuaMetaTests compares it with the committed file (and rewrites the file
/// when NODEUM_WRITE_META=1).
enum LuaMeta {
    /// The file's path in the repository.
    static let path = "stdlib/meta/nodeum.gen.lua"

    /// The whole file.
    static func render() -> String {
        let sections = [header(), client(), operators(), cursor(), taskAndError(), api(), filters(), resources(), records()]
        return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    private static func header() -> [String] {
        [
            "---@meta",
            "-- The `nodeum` table for lua-language-server: add stdlib/meta to \"workspace.library\".",
            "-- Generated from the API catalog by LuaMeta.render() (Sources/NodeumLua/LuaMeta.swift):",
            "-- do not edit by hand; regenerate with tools/regenerate.sh",
            "",
            "---@alias nodeum.Id integer|string an item's id (numeric, or a name where the API takes one)",
            "---@alias nodeum.Scalar string|number|boolean a value, or a filter with an operator (\">1000\")",
        ]
    }

    /// The doc comment of a field of `nodeum`: the core's own comment, else help's line.
    private static func surfaceDoc(_ name: String) -> [String] {
        let text = EmbeddedStdlib.doc(module: "nodeum._core", name: "nodeum." + name).map { HelpText.summaryLines($0.text) }
            ?? HelpText.surfaceFields.first { $0.name == name }.map { [$0.text.prefix(1).uppercased() + $0.text.dropFirst() + "."] } ?? []
        return text.map { "--- " + $0 }
    }

    private static func client() -> [String] {
        var lines = [
            "---The Nodeum API v2 from Lua: the global `nodeum` (also `require \"nodeum\"`), and what",
            "---`nodeum.connect{...}` returns.",
            "---@class nodeum.Client",
            "---@field api nodeum.API the \(APICatalog.operations.count) operations by id",
            "---@field op nodeum.Op filter operators",
            "---@field null lightuserdata JSON null, in records and bodies",
        ]
        lines += APICatalog.resources.compactMap { r in
            ResourcePlace.find(name: r.name).map { "---@field \(key(r.name)) \(collectionClass($0)) \(r.path)" }
        }
        lines.append("nodeum = {}")
        let execution = APICatalog.definition("task_execution") == nil ? "table" : recordClass("task_execution")
        let functions: [(String, [String], String)] = [
            ("request", ["---@param method \"GET\"|\"POST\"|\"PUT\"|\"PATCH\"|\"DELETE\"",
                         "---@param path string relative to \(APICatalog.basePath)",
                         "---@param opts? {query?: table<string, nodeum.Scalar|nodeum.Scalar[]>, body?: any}",
                         "---@return any"], "request(method, path, opts)"),
            ("spawn", ["---@param fn function", "---@param ... any", "---@return nodeum.Task"], "spawn(fn, ...)"),
            ("wait", ["---@param ... nodeum.Task", "---@return any ..."], "wait(...)"),
            ("all", ["---@param fns function[]", "---@return any[]"], "all(fns)"),
            ("sleep", ["---@param seconds number"], "sleep(seconds)"),
            ("max_in_flight", ["---@param n? integer", "---@return integer"], "max_in_flight(n)"),
            ("wait_for_execution", ["---@param execution \(execution)|nodeum.Id", "---@param opts? {timeout?: number, interval?: number, progress?: fun(execution: \(execution))}",
                                    "---@return \(execution)"], "wait_for_execution(execution, opts)"),
            ("connect", ["---@param opts {url?: string, user?: string, password?: string, token?: string, "
                         + "profile?: string, insecure?: boolean, ca_cert?: string, timeout?: number, sim?: boolean}",
                         "---@return nodeum.Client"], "connect(opts)"),
        ]
        for (name, annotations, call) in functions {
            lines += [""] + surfaceDoc(name) + annotations + ["function nodeum.\(call) end"]
        }
        let help = EmbeddedStdlib.doc(module: "nodeum._core", name: "_G.help").map { HelpText.summaryLines($0.text) } ?? []
        lines += [""] + help.map { "--- " + $0 } + ["---@param x? any", "function help(x) end"]
        return lines
    }

    private static func operators() -> [String] {
        ["---Builds the API's filter syntax: `{size = nodeum.op.gt(1000)}` sends `size=>1000`.", "---@class nodeum.Op"]
            + HelpText.operators.map { o in
                let signature = o.name == "any" || o.name == "none" ? "fun(...: nodeum.Scalar|nodeum.Scalar[]): string"
                    : "fun(v: nodeum.Scalar): string"
                return "---@field \(o.name) \(signature) \(o.produces): \(o.meaning)"
            }
    }

    /// The cursor's methods: their doc comments come from the core, their types from here.
    private static let cursorTypes: [String: (parameters: [String], returns: String, generic: String?)] = [
        "map": (["fn fun(value: T): U"], "nodeum.Cursor<U>", "U"),
        "filter": (["pred fun(value: T): any"], "nodeum.Cursor<T>", nil),
        "take": (["n integer"], "nodeum.Cursor<T>", nil),
        "skip": (["n integer"], "nodeum.Cursor<T>", nil),
        "enumerate": ([], "nodeum.Cursor<integer>", nil),
        "each": (["fn fun(value: T)"], "", nil),
        "collect": ([], "T[]", nil),
        "count": ([], "integer", nil),
        "first": ([], "T?", nil),
        "fold": (["acc A", "fn fun(acc: A, value: T): A"], "A", "A"),
        "any": (["pred fun(value: T): any"], "boolean", nil),
        "all": (["pred fun(value: T): any"], "boolean", nil),
        "find": (["pred fun(value: T): any"], "T?", nil),
        "pages": ([], "fun(): T[]?, integer?", nil),
        "iter": ([], "fun(): T?", nil),
    ]

    private static func cursor() -> [String] {
        var lines = [
            "do",
            "  ---A lazy walk over a list (`nodeum.tapes:list{}`): `for x in cursor do ... end`, or its methods.",
            "  ---@class nodeum.Cursor<T>",
            "  ---@operator call: T",
            "  local Cursor = {}",
        ]
        for name in HelpText.cursorMethods {
            guard let types = cursorTypes[name] else { continue }
            let doc = EmbeddedStdlib.doc(module: "nodeum._cursor", name: "Cursor:" + name)
            lines.append("")
            lines += (doc.map { HelpText.summaryLines($0.text) } ?? []).map { "  --- " + $0 }
            if let generic = types.generic { lines.append("  ---@generic \(generic)") }
            lines += types.parameters.map { "  ---@param \($0)" }
            if !types.returns.isEmpty { lines.append("  ---@return \(types.returns)") }
            let names = types.parameters.map { $0.prefix { $0 != " " } }.joined(separator: ", ")
            lines.append("  function Cursor:\(name)(\(names)) end")
        }
        return lines + ["end"]
    }

    private static func taskAndError() -> [String] {
        [
            "---A task from `nodeum.spawn`: `nodeum.wait(task)` gives its results.",
            "---@class nodeum.Task",
            "---@field id integer",
            "",
            "---An API failure, or a failure without an answer (`kind`); `tostring` reads as one line.",
            "---@class nodeum.Error",
            "---@field status? integer the HTTP status",
            "---@field messages? string[] the server's messages",
            "---@field details? table<string, table[]> the server's details, by attribute",
            "---@field operation? string the operation id",
            "---@field method? string",
            "---@field url? string",
            "---@field kind? string refused, timeout, tls, ... for a failure without an answer",
            "---@field description string the one-line text",
        ]
    }

    private static func api() -> [String] {
        var lines = ["---The operations of the API by id: `nodeum.api.show_tape{tape_id = 1}`.", "---@class nodeum.API",
                     "nodeum.api = {}"]
        for op in APICatalog.operations {
            let needed = op.parameters.contains { $0.required || $0.location == .path } || op.body?.required == true
            let params = op.parameters.isEmpty && op.body == nil ? "table" : inlineTable(op.parameters, body: op.body)
            lines += [
                "",
                "--- \(oneLine(op.summary))",
                "--- `\(op.method.rawValue) \(APICatalog.basePath)\(op.pathTemplate)`" + (op.scope.map { " (scope \($0))" } ?? ""),
                "---@param params\(needed ? "" : "?") \(params)",
                "---@return \(answer(op))",
                "function nodeum.api.\(op.id)(params) end",
            ]
        }
        return lines
    }

    /// The lists reached from handles, each once, with the path parameters their handles fill.
    private static var lists: [(op: APIOperation, filled: Int)] {
        var seen = Set<String>()
        return ResourcePlace.all.compactMap { place in
            guard let op = place.resource.list, seen.insert(op.id).inserted else { return nil }
            return (op, place.ancestors.count)
        }
    }

    private static func filters() -> [String] {
        var lines = [
            "---What every list takes besides its filters (the cursor's own options are never sent).",
            "---@class nodeum.ListOptions",
            "---@field page_size? integer items asked per request (default \(PaginationOptions().pageSize))",
            "---@field max_items? integer the most items the cursor gives",
            "---@field concurrency? integer pages fetched at once (default 1)",
            "---@field walk? \"auto\"|\"keyset\"|\"offset\" how the list is walked (default auto: by key where exact)",
            "---@field segments? integer keyset streams over disjoint id ranges, walked at once (default 1)",
            "---@field checkpoint? string a file keeping the walk's position after each page; resumed from",
            "---@field sort_by? string|string[] \"field:asc|field:desc\", or a list of them",
        ]
        for (op, filled) in lists {
            let filled = Set(op.pathParameterNames.prefix(filled))
            let parameters = op.parameters.filter {
                !filled.contains($0.name) && !APICatalog.pagingParameterNames.contains($0.name)
            }
            lines += ["", "---The filters of `\(op.id)` (\(op.method.rawValue) \(APICatalog.basePath)\(op.pathTemplate)).",
                      "---@class \(filtersClass(op)): nodeum.ListOptions"]
            lines += parameters.map { p in
                let optional = p.required || p.location == .path ? "" : "?"
                return "---@field \(key(p.name))\(optional) \(type(of: p)) \(oneLine(p.description))".trimmingTrailingSpaces
            }
        }
        return lines
    }

    private static func resources() -> [String] {
        Array(ResourcePlace.all.flatMap { place in
            [""] + collection(place) + (place.hasItems ? [""] + item(place) : [])
        }.dropFirst())
    }

    /// The doc lines and annotations of a handle's method.
    private static func method(
        _ owner: String, _ name: String, _ op: APIOperation?, doc: String? = nil, parameters: [String], returns: String?
    ) -> [String] {
        var lines: [String] = []
        if let op {
            lines.append("  --- \(oneLine(op.summary))")
            lines.append("  --- `\(op.id)`: \(op.method.rawValue) \(APICatalog.basePath)\(op.pathTemplate)")
        }
        if let doc { lines.append("  --- " + doc) }
        lines += parameters.map { "  ---@param " + $0 }
        if let returns { lines.append("  ---@return " + returns) }
        let names = parameters.map { $0.prefix { $0 != " " && $0 != "?" } }.joined(separator: ", ")
        if key(name) == name && !HelpText.luaKeywords.contains(name) {
            lines.append("  function \(owner):\(name)(\(names)) end")
        } else {
            lines.append("  \(owner)[\"\(name)\"] = function(self\(names.isEmpty ? "" : ", " + names)) end")
        }
        return [""] + lines
    }

    /// The parameters an operation still takes once the handle has filled `filled` path
    /// parameters, as one `params` annotation (nil when it takes none).
    private static func remaining(_ op: APIOperation, filled: Int, job: Bool = false) -> String? {
        let ids = Set(op.pathParameterNames.prefix(filled))
        let rest = op.parameters.filter { !ids.contains($0.name) }
        let extra = job ? ["wait?: boolean", "timeout?: number"] : []
        guard !rest.isEmpty || op.body != nil || !extra.isEmpty else { return nil }
        let needed = rest.contains { $0.required || $0.location == .path } || op.body?.required == true
        return "params\(needed ? "" : "?") \(inlineTable(rest, body: op.body, extra: extra))"
    }

    private static func collection(_ place: ResourcePlace) -> [String] {
        let r = place.resource
        let depth = place.ancestors.count
        var lines = [
            "do",
            "  ---The collection \(r.path): `\(place.collectionExpression(place.ancestors.map { _ in "id" }))`.",
            "  ---@class \(collectionClass(place))",
            "  local C = {}",
        ]
        if let op = r.list {
            lines += method("C", "list", op, parameters: ["filters? \(filtersClass(op))"],
                            returns: "nodeum.Cursor<\(itemType(op))>")
        }
        if let op = r.get {
            lines += method("C", "get", op, parameters: ["id nodeum.Id"] + [remaining(op, filled: depth + 1)].compactMap { $0 },
                            returns: answer(op))
        }
        if let op = r.create {
            lines += method("C", "create", op, parameters: ["fields " + (op.body.map(bodyType) ?? "table")], returns: answer(op))
        }
        if let op = r.update {
            lines += method("C", "update", op, parameters: ["id nodeum.Id", "fields " + (op.body.map(bodyType) ?? "table")],
                            returns: answer(op))
        }
        if let op = r.delete { lines += method("C", "delete", op, parameters: ["id nodeum.Id"], returns: answer(op)) }
        if place.hasItems {
            lines += method("C", "at", nil, doc: "A handle on one \(place.singular), for its actions and nested collections.",
                            parameters: ["id nodeum.Id"], returns: itemClass(place))
        }
        for m in r.methods {
            lines += method("C", m.name, m.operation, parameters: [remaining(m.operation, filled: depth)].compactMap { $0 },
                            returns: answer(m.operation))
        }
        return lines + ["end"]
    }

    private static func item(_ place: ResourcePlace) -> [String] {
        let r = place.resource
        let filled = place.ancestors.count + 1
        var lines = [
            "do",
            "  ---One \(place.singular): `\(place.itemExpression((0...place.ancestors.count).map { _ in "id" }))`.",
            "  ---@class \(itemClass(place))",
        ]
        for child in r.children {
            let childPlace = ResourcePlace(resource: child, ancestors: place.ancestors + [r])
            lines.append("  ---@field \(key(child.name)) \(collectionClass(childPlace)) \(child.path)")
        }
        lines.append("  local I = {}")
        if let op = r.get {
            lines += method("I", "get", op, parameters: [remaining(op, filled: filled)].compactMap { $0 }, returns: answer(op))
        }
        if let op = r.update {
            lines += method("I", "update", op, parameters: ["fields " + (op.body.map(bodyType) ?? "table")], returns: answer(op))
        }
        if let op = r.delete { lines += method("I", "delete", op, parameters: [], returns: answer(op)) }
        for m in r.itemMethods {
            let job = ResourcePlace.resultOperation(of: m.operation) != nil
            lines += method("I", m.name, m.operation, parameters: [remaining(m.operation, filled: filled, job: job)].compactMap { $0 },
                            returns: answer(m.operation))
        }
        if r.name == "task_executions" {
            let execution = APICatalog.definition("task_execution") == nil ? "table" : recordClass("task_execution")
            lines += method("I", "wait", nil, doc: "Waits for the execution to end; its last state.",
                            parameters: ["opts? {timeout?: number, interval?: number, progress?: fun(execution: \(execution))}"], returns: execution)
        }
        return lines + ["end"]
    }

    private static func records() -> [String] {
        Array(APICatalog.definitions.flatMap { d -> [String] in
            let about = oneLine(d.description)
            var lines = [""] + (about.isEmpty ? [] : ["---" + about]) + ["---@class \(recordClass(d.name))"]
            lines += d.properties.map { p in
                let optional = d.required.contains(p.name) ? "" : "?"
                let note = (p.readOnly ? "(read-only) " : "") + oneLine(p.description)
                return "---@field \(key(p.name))\(optional) \(type(of: p)) \(note)".trimmingTrailingSpaces
            }
            return lines
        }.dropFirst())
    }
}
