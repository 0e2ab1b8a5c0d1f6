import NodeumAPI

extension HelpText {
    /// `help(nodeum.tapes)`, `help(nodeum.tasks:at(7).task_executions)`: the collection's path,
    /// its calls with their operations, its items' actions and nested collections, the filters
    /// its list takes, and an example. `ids` are the ancestors' items.
    static func collection(_ place: ResourcePlace, ids: [HandleID]) -> String {
        let r = place.resource
        let literals = ids.map(\.literal)
        let expression = place.collectionExpression(literals)
        let itemExpression = place.itemExpression(literals + ["id"])
        var rows: [Row] = []
        if let op = r.list { rows.append(Row("list\(ResourcePlace.arguments(op, filled: ids.count, list: true))", op.id, op.summary)) }
        if let op = r.get { rows.append(Row("get(id)", op.id, op.summary)) }
        if let op = r.create { rows.append(Row("create(fields)", op.id, op.summary)) }
        if let op = r.update { rows.append(Row("update(id, fields)", op.id, op.summary)) }
        if let op = r.delete { rows.append(Row("delete(id)", op.id, op.summary)) }
        for m in r.methods {
            rows.append(Row("\(m.name)\(ResourcePlace.arguments(m.operation, filled: ids.count, list: false))", m.operation.id,
                            m.operation.summary))
        }
        if place.hasItems {
            rows.append(Row("at(id)", "", "a handle on one \(place.singular): \(itemParts(place).joined(separator: ", "))"))
        }
        let missing = [("list", r.list), ("get", r.get), ("create", r.create), ("update", r.update), ("delete", r.delete)]
            .filter { $0.1 == nil }.map(\.0)
        return page([
            heading("\(expression): the collection \(place.path(ids.map(\.value)))"),
            table(rows, wrapLast: true) + (missing.isEmpty ? [] : ["  The API has no \(words(missing)) for \(r.name)."]),
            actions(place, ids: ids.count + 1, on: itemExpression),
            nested(r, on: itemExpression),
            filters(place, on: expression),
            ["Example:", "  " + collectionExample(place, expression)],
        ])
    }

    /// `help(nodeum.tasks:at(7))`: the item's path, get/update/delete, its actions and
    /// nested collections, and an example. `ids` are the ancestors' items and its own.
    static func item(_ place: ResourcePlace, ids: [HandleID]) -> String {
        let r = place.resource
        let expression = place.itemExpression(ids.map(\.literal))
        var rows: [Row] = []
        if let op = r.get { rows.append(Row("get()", op.id, op.summary)) }
        if let op = r.update { rows.append(Row("update(fields)", op.id, op.summary)) }
        if let op = r.delete { rows.append(Row("delete()", op.id, op.summary)) }
        if r.name == "task_executions" {
            rows.append(Row("wait{timeout = s}", "", "waits for the execution to end; its last state"))
        }
        let missing = [("get", r.get), ("update", r.update), ("delete", r.delete)].filter { $0.1 == nil }.map(\.0)
        let itemPath = ResourcePlace.fill(r.path + "/{id}", ids.map(\.value))
        return page([
            heading("\(expression): one \(place.singular), \(itemPath)"),
            table(rows, wrapLast: true) + (missing.isEmpty ? [] : ["  The API has no \(words(missing)) for one \(place.singular)."]),
            actions(place, ids: ids.count, on: expression),
            nested(r, on: expression),
            ["Example:", "  " + itemExample(place, expression)],
        ])
    }

    /// A page's first line, wrapped: the lines after it indented by two.
    static func heading(_ text: String) -> [String] {
        wrap(text, indent: "  ").enumerated().map { $0.offset == 0 ? String($0.element.dropFirst(2)) : $0.element }
    }

    /// What an item handle holds, for the `at(id)` line.
    private static func itemParts(_ place: ResourcePlace) -> [String] {
        let r = place.resource
        return (r.get == nil ? [] : ["get"]) + (r.update == nil ? [] : ["update"]) + (r.delete == nil ? [] : ["delete"])
            + (r.itemMethods.isEmpty ? [] : ["\(r.itemMethods.count) action\(r.itemMethods.count == 1 ? "" : "s")"])
            + (r.children.isEmpty ? [] : ["\(r.children.count) nested collection\(r.children.count == 1 ? "" : "s")"])
    }

    /// "a, b or c".
    static func words(_ list: [String]) -> String {
        list.count < 2 ? list.joined() : list.dropLast().joined(separator: ", ") + " or " + (list.last ?? "")
    }

    /// The item actions, and how to wait for those that answer a job.
    private static func actions(_ place: ResourcePlace, ids: Int, on expression: String) -> [String] {
        let methods = place.resource.itemMethods
        guard !methods.isEmpty else { return [] }
        let rows = methods.map { m in
            Row("\(m.name)\(ResourcePlace.arguments(m.operation, filled: ids, list: false))", m.operation.id, m.operation.summary)
        }
        let jobs = methods.filter { ResourcePlace.resultOperation(of: $0.operation) != nil }.map(\.name)
        var text = "\(words(jobs)) answer\(jobs.count == 1 ? "s" : "") a job: with {wait = true} (and timeout = seconds) "
            + "the call waits for its result."
        if methods.contains(where: { $0.operation.id == "run_task" }) {
            text += " run{wait = true} waits for the job, then for the task execution the run started, to its end, "
                + "and returns that execution."
        }
        let note = jobs.isEmpty ? [] : wrap(text, indent: "  ")
        return ["Actions, \(expression):<action>(...):"] + table(rows) + note
    }

    /// The collections nested under an item: name, the calls they have, path.
    private static func nested(_ r: APIResource, on expression: String) -> [String] {
        guard !r.children.isEmpty else { return [] }
        let rows = r.children.map { child in
            let verbs = [("list", child.list), ("get", child.get), ("create", child.create), ("update", child.update),
                         ("delete", child.delete)].filter { $0.1 != nil }.map(\.0) + child.methods.map(\.name)
            return Row(child.name, verbs.joined(separator: " "), child.path)
        }
        return ["Nested collections, \(expression).<name>:"] + table(rows)
    }

    /// The filters the list takes (names and types), and the cursor's own options.
    private static func filters(_ place: ResourcePlace, on expression: String) -> [String] {
        guard let op = place.resource.list else { return [] }
        let names = op.filterParameters.map { "\($0.name) \(typeName($0))" }
        let listed = names.isEmpty ? ["  (none of its own)"] : list(names)
        let sortable = op.parameter(named: "sort_by") != nil
        return ["Filters, \(expression):list{name = value, ...}:"] + listed + wrap(
            "Also page_size, max_items and concurrency (the cursor's own, never sent)"
                + (sortable ? ", and sort_by (\"field:desc|other\" or a list of them)." : ".")
                + " Operators: help(nodeum.op); every parameter: help(nodeum.api.\(op.id)).", indent: "  ")
    }

    /// A variable name for one item in an example.
    private static func variable(_ place: ResourcePlace) -> String {
        let name = place.singular
        return luaKeywords.contains(name) ? "item" : name
    }

    /// Lua's reserved words: not names of variables or methods.
    static let luaKeywords: Set<String> = [
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in", "local", "nil",
        "not", "or", "repeat", "return", "then", "true", "until", "while",
    ]

    private static func collectionExample(_ place: ResourcePlace, _ expression: String) -> String {
        let r = place.resource
        let v = variable(place)
        if r.list != nil {
            let loop = "for \(v) in \(expression):list{} do print(\(v).id) end"
            return loop.count + 2 <= width ? loop : "for x in \(expression):list{} do print(x.id) end"
        }
        if r.get != nil { return "local \(v) = \(expression):get(1)" }
        if let m = r.methods.first { return "\(expression):\(m.name)\(ResourcePlace.arguments(m.operation, filled: 0, list: false))" }
        return "\(expression):create{...}"
    }

    private static func itemExample(_ place: ResourcePlace, _ expression: String) -> String {
        let r = place.resource
        let filled = place.ancestors.count + 1
        if let m = r.itemMethods.first(where: { ResourcePlace.arguments($0.operation, filled: filled, list: false) == "()" }) {
            return "\(expression):\(m.name)()"
        }
        if r.get != nil { return "local \(variable(place)) = \(expression):get()" }
        if let child = r.children.first(where: { $0.list != nil }) {
            return "for x in \(expression).\(child.name):list{} do print(x.id) end"
        }
        if let m = r.itemMethods.first { return "\(expression):\(m.name){...}" }
        return expression
    }
}
