import NodeumAPI

extension HelpText {
    /// The cursor methods in the order help lists them: the one list (the Lua half reads it as
    /// `S.cursor_methods`; completion and the LuaCATS stubs use it too).
    static let cursorMethods = [
        "map", "filter", "take", "skip", "enumerate", "each", "collect", "count", "first", "fold", "any", "all", "find",
        "pages", "iter",
    ]

    /// What a cursor walks and how; its steps come from `map`, `filter`, ... (`take(3)`).
    struct CursorState {
        /// `tostring(cursor)`.
        var title: String
        var operationID: String
        /// The parameters sent, as `name = value`.
        var parameters: [String]
        var steps: [String]
        var pageSize: Int
        var maxItems: Int?
        /// Items skipped at the start of the walk.
        var start: Int
        var concurrency: Int
        /// How it walks (`WalkPlan.description`), or why it cannot.
        var walk: String?
        /// The checkpoint file, if any.
        var checkpoint: String?
    }

    /// `help(nodeum.tapes:list{})`: what the cursor walks, and its methods.
    static func cursor(_ c: CursorState) -> String {
        let op = APICatalog.operation(c.operationID)
        var facts = [Row("walks", op.map { "\($0.id) (\($0.method.rawValue) \(APICatalog.basePath)\($0.pathTemplate)): \($0.summary)" }
            ?? c.operationID)]
        facts.append(Row("params", c.parameters.isEmpty ? "none" : c.parameters.joined(separator: ", ")))
        if let walk = c.walk { facts.append(Row("how", walk)) }
        if let checkpoint = c.checkpoint { facts.append(Row("checkpoint", "\(checkpoint): the position after each page; resumed from if present")) }
        var options = ["page_size \(c.pageSize)", "concurrency \(c.concurrency)"]
        if let max = c.maxItems { options.append("max_items \(max)") }
        if c.start > 0 { options.append("skips the first \(c.start)") }
        facts.append(Row("options", options.joined(separator: ", ")))
        if !c.steps.isEmpty { facts.append(Row("steps", c.steps.joined(separator: ", "))) }
        let rows = cursorMethods.map { name -> Row in
            let doc = EmbeddedStdlib.doc(module: "nodeum._cursor", name: "Cursor:" + name)
            return Row(doc?.signature ?? "\(name)()", firstLine(doc?.text ?? ""))
        }
        return page([
            heading(c.title) + ["  A lazy walk over a list: nothing is fetched until it is walked."] + table(facts, wrapLast: true),
            ["Methods (map, filter, take, skip and enumerate give a new cursor; the others walk this one):"]
                + table(rows, wrapLast: true)
                + wrap("`for x in cursor do ... end` walks it too; each walk starts again from the first page.", indent: "  "),
            ["Example:", "  nodeum.tapes:list{}:filter(function(t) return t.scratch end):take(5):collect()"],
        ])
    }
}
