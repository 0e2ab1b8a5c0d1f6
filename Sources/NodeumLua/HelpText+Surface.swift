import NodeumAPI

extension HelpText {
    /// One field of the `nodeum` table, for the overview and `help(nodeum.spawn)`.
    struct SurfaceField {
        let name: String
        let call: String
        let text: String
    }

    /// The fields of `nodeum` other than the collections, in the order the overview lists them.
    static let surfaceFields = [
        SurfaceField(name: "api", call: "api.<id>{params}",
                     text: "the \(APICatalog.operations.count) operations by id; help(nodeum.api) lists them by tag"),
        SurfaceField(name: "request", call: "request(method, path, opts)",
                     text: "any call, path under \(APICatalog.basePath); opts.query, opts.body"),
        SurfaceField(name: "op", call: "op.gt(v), op.like(p), ...", text: "filter operators: help(nodeum.op)"),
        SurfaceField(name: "null", call: "null", text: "JSON null, in records and bodies"),
        SurfaceField(name: "spawn", call: "spawn(fn, ...)", text: "runs fn(...) as a task; returns its handle"),
        SurfaceField(name: "wait", call: "wait(task, ...)", text: "waits for tasks to end; their results"),
        SurfaceField(name: "all", call: "all{fn, ...}", text: "runs functions as tasks and waits for all; their results"),
        SurfaceField(name: "sleep", call: "sleep(seconds)", text: "pauses the calling task while others run"),
        SurfaceField(name: "wait_for_execution", call: "wait_for_execution(e, {timeout = s})",
                     text: "waits for a task execution (record or id) to end"),
        SurfaceField(name: "max_in_flight", call: "max_in_flight(n)",
                     text: "the most requests in flight at once; with n, sets it"),
        SurfaceField(name: "connect", call: "connect{url = ..., token = ...}",
                     text: "another client, with this same surface"),
    ]

    /// `help()`, `help(nodeum)`: what the `nodeum` table holds.
    static func surface() -> String {
        var rows = surfaceFields.map { Row($0.call, $0.text) }
        rows.insert(Row("<collection>", "a handle per collection (below): :list{filters}, :get(id), :at(id)"), at: 2)
        return page([
            ["nodeum: the Nodeum API v2 from Lua; help(x) describes any of these (help(nodeum.tapes), ...)."]
                + table(rows, wrapLast: true),
            ["Collections, nodeum.<name>:"] + list(APICatalog.resources.map(\.name)),
            ["Example:", "  for t in nodeum.tasks:list{status = \"error\"} do print(t.id, t.name) end"],
        ])
    }

    /// `help(nodeum.spawn)`: one field of `nodeum`, with its doc comment where the core has one.
    static func surfaceFunction(_ name: String) -> String? {
        guard let field = surfaceFields.first(where: { $0.name == name }) else { return nil }
        let doc = EmbeddedStdlib.doc(module: "nodeum._core", name: "nodeum." + name)?.text
        let text = doc.map { $0.split(separator: "\n").joined(separator: " ") } ?? field.text
        return page([["nodeum.\(field.call)"] + wrap(text, indent: "  "), ["help(nodeum) for the whole table."]])
    }

    /// One operator of `nodeum.op`: what it produces and means.
    struct Operator {
        let name: String
        let call: String
        let produces: String
        let meaning: String
    }

    static let operators = [
        Operator(name: "ne", call: "ne(v)", produces: "\"!=v\"", meaning: "not equal"),
        Operator(name: "gt", call: "gt(v)", produces: "\">v\"", meaning: "greater than"),
        Operator(name: "ge", call: "ge(v)", produces: "\">=v\"", meaning: "greater than or equal"),
        Operator(name: "lt", call: "lt(v)", produces: "\"<v\"", meaning: "less than"),
        Operator(name: "le", call: "le(v)", produces: "\"<=v\"", meaning: "less than or equal"),
        Operator(name: "any", call: "any(a, b, ...)", produces: "\"><a|b|...\"", meaning: "one of the values (also any{a, b})"),
        Operator(name: "none", call: "none(a, b, ...)", produces: "\"!><a|b|...\"", meaning: "none of the values"),
        Operator(name: "like", call: "like(p)", produces: "\"~p\"", meaning: "matches p: % any text, _ one character"),
        Operator(name: "unlike", call: "unlike(p)", produces: "\"!~p\"", meaning: "does not match p"),
    ]

    /// `help(nodeum.op)`: the operators and the filter syntax they produce.
    static func operatorsPage() -> String {
        page([
            ["nodeum.op: builds the API's filter syntax; the values are numbers, strings or booleans."]
                + table(operators.map { Row($0.call, $0.produces, $0.meaning) }),
            ["A plain value filters on equality: {status = \"active\"}.",
             "A string passes as it is written: {size = \">1000\"}.",
             "sort_by takes \"field:asc|field:desc\", or a list of them."],
            ["Example:", "  nodeum.files:list{size = nodeum.op.gt(1000), name = nodeum.op.like(\"%.mov\")}"],
        ])
    }

    /// `help(nodeum.op.gt)`.
    static func operatorFunction(_ name: String) -> String? {
        guard let o = operators.first(where: { $0.name == name }) else { return nil }
        return page([["nodeum.op.\(o.call) → \(o.produces): \(o.meaning)."], ["help(nodeum.op) for all the operators."]])
    }

    /// `help(task)`: a task from `nodeum.spawn`; `title` is its `tostring`.
    static func task(_ title: String) -> String {
        page([
            ["\(title): a task from nodeum.spawn(fn, ...), running fn in a coroutine of its own."] + table([
                Row("task.id", "its number"),
                Row("nodeum.wait(task)", "waits for it to end: its results, or its error raised"),
                Row("nodeum.wait(t1, t2, ...)", "waits for several: the first result of each, in order"),
            ]),
            ["Example:", "  local t = nodeum.spawn(function() return nodeum.tapes:list{}:count() end)",
             "  print(nodeum.wait(t))"],
        ])
    }

    /// `help(nodeum.null)`.
    static func null() -> String {
        page([wrap("nodeum.null: JSON null. Records hold it where the server answered null; put it in a body to send "
                   + "null (a nil field is not sent at all). Test with `value == nodeum.null`.", indent: "")])
    }

    /// `help(x)` for a value help knows nothing more of: its type and text.
    static func value(type: String, text: String) -> String {
        let what = type == "nil" ? "nil" : "a \(type)"
        return page([
            [text == type || type == "nil" ? "\(what)." : "\(text): \(what)."],
            wrap("help() gives the overview; help(x) describes an operation (nodeum.api.<id> or its id as a string), "
                 + "a collection or item handle, a cursor, a task, an error, or a stdlib module or function.", indent: ""),
        ])
    }

    /// `help("name")`: an operation, a top-level collection or a tag by name; nil otherwise.
    static func named(_ name: String) -> String? {
        if let op = APICatalog.operation(name) { return operation(op) }
        if let place = ResourcePlace.find(name: name) { return collection(place, ids: []) }
        return tag(name)
    }

    /// `help("index_tape")`: the closest names among operations, collections and tags.
    static func unknown(_ name: String) -> String {
        var seen = Set<String>()
        let names = (APICatalog.operations.map(\.id) + ResourcePlace.all.map(\.resource.name) + APICatalog.tags)
            .filter { seen.insert($0).inserted }
        let close = name.isEmpty ? [] : NodeumLibrary.closest(to: name, among: names)
        let guess = close.isEmpty ? [] : ["Did you mean \(words(close))?"]
        return page([
            ["help: no operation, collection or tag is named \"\(name)\"."] + guess,
            ["help(nodeum.api) lists the operations by tag; help(nodeum) lists the collections."],
        ])
    }
}
