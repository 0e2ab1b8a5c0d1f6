import NodeumAPI

/// A resource with the collections above it: what a handle's Lua expression is made of
/// (`nodeum.tasks:at(7).task_executions`), and how each operation is reached from handles.
struct ResourcePlace: Sendable {
    let resource: APIResource
    /// The resources above it, outermost first (`tasks` for `/tasks/{task_id}/task_executions`).
    let ancestors: [APIResource]

    /// Every resource of the catalog, each before its nested ones, in the catalog's order.
    static let all: [ResourcePlace] = {
        func walk(_ r: APIResource, _ above: [APIResource]) -> [ResourcePlace] {
            [ResourcePlace(resource: r, ancestors: above)] + r.children.flatMap { walk($0, above + [r]) }
        }
        return APICatalog.resources.flatMap { walk($0, []) }
    }()

    /// The resource whose collection path is `path` (`/tasks/{task_id}/task_executions`).
    static func find(path: String) -> ResourcePlace? { all.first { $0.resource.path == path } }

    /// The top-level resource with that name.
    static func find(name: String) -> ResourcePlace? { all.first { $0.ancestors.isEmpty && $0.resource.name == name } }

    /// The collection handle's expression; `ids` are the ancestors' items, as typed (`7`,
    /// `"L00001"`), or placeholder names.
    func collectionExpression(_ ids: [String]) -> String {
        var expression = "nodeum"
        for (i, r) in (ancestors + [resource]).enumerated() {
            expression += "." + r.name
            if i < ancestors.count { expression += ":at(\(i < ids.count ? ids[i] : "id"))" }
        }
        return expression
    }

    /// An item handle's expression: `ids` are the ancestors' items then the item's own.
    func itemExpression(_ ids: [String]) -> String {
        collectionExpression(ids) + ":at(\(ids.count > ancestors.count ? ids[ancestors.count] : "id"))"
    }

    /// The collection's path with the ancestors' ids in it (`/tasks/7/task_executions`).
    func path(_ ids: [String]) -> String { Self.fill(resource.path, ids) }

    /// The name of one item (`task`), or `item` when the path does not say.
    var singular: String { resource.singular ?? "item" }

    /// True when `:at(id)` gives a handle with something on it (as the Lua core decides).
    var hasItems: Bool { resource.get != nil || !resource.itemMethods.isEmpty || !resource.children.isEmpty }

    /// Placeholders in `template` replaced by `ids` in order (those beyond stay as they are).
    static func fill(_ template: String, _ ids: [String]) -> String {
        var out = ""
        var index = 0
        var inside = false
        var name = ""
        for ch in template {
            if ch == "{" {
                inside = true
                name = ""
            } else if ch == "}" && inside {
                inside = false
                out += index < ids.count ? ids[index] : "{\(name)}"
                index += 1
            } else if inside {
                name.append(ch)
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// How `op` is called from handles (`nodeum.tapes:get(tape_id)`), with its path parameters
    /// as placeholders; empty when no resource reaches it.
    static func calls(for op: APIOperation) -> [String] {
        all.flatMap { $0.calls(for: op) }
    }

    /// The calls of `op` from this resource's handles.
    func calls(for op: APIOperation) -> [String] {
        let names = op.pathParameterNames
        let ids = (0...ancestors.count).map { $0 < names.count ? names[$0] : "id" }
        let collection = collectionExpression(ids)
        let item = itemExpression(ids)
        let r = resource
        if r.list?.id == op.id { return ["\(collection):list\(Self.arguments(op, filled: ancestors.count, list: true))"] }
        if r.get?.id == op.id { return ["\(collection):get(\(ids[ancestors.count]))", "\(item):get()"] }
        if r.create?.id == op.id { return ["\(collection):create(fields)"] }
        if r.update?.id == op.id { return ["\(collection):update(\(ids[ancestors.count]), fields)", "\(item):update(fields)"] }
        if r.delete?.id == op.id { return ["\(collection):delete(\(ids[ancestors.count]))", "\(item):delete()"] }
        if let m = r.methods.first(where: { $0.operation.id == op.id }) {
            return ["\(collection):\(m.name)\(Self.arguments(op, filled: ancestors.count, list: false))"]
        }
        if let m = r.itemMethods.first(where: { $0.operation.id == op.id }) {
            return ["\(item):\(m.name)\(Self.arguments(op, filled: ancestors.count + 1, list: false))"]
        }
        return []
    }

    /// `{...}` when the call takes more than the handle's ids fill (parameters, a body), else `()`.
    static func arguments(_ op: APIOperation, filled: Int, list: Bool) -> String {
        let more = op.parameters.filter { $0.location == .query || !op.pathParameterNames.prefix(filled).contains($0.name) }
        let rest = list ? more.filter { !APICatalog.pagingParameterNames.contains($0.name) || $0.name == "sort_by" } : more
        return rest.isEmpty && op.body == nil ? "()" : "{...}"
    }

    /// The operation that answers the job an action starts (`run_task` → `run_result_task`):
    /// a GET on the same path taking `job_id`. Nil for an action that answers at once.
    static func resultOperation(of op: APIOperation) -> APIOperation? {
        guard op.method != .get else { return nil }
        return APICatalog.operations.first {
            $0.method == .get && $0.pathTemplate == op.pathTemplate && $0.parameter(named: "job_id") != nil
        }
    }
}

/// An id of a handle: as it goes in a path (`L00001`), and as typed in Lua (`"L00001"`).
struct HandleID: Sendable, Equatable {
    let value: String
    /// True for a string id (quoted in Lua), false for an integer.
    let isText: Bool

    /// The id as a Lua literal.
    var literal: String {
        guard isText else { return value }
        var quoted = "\""
        for ch in value {
            if ch == "\"" || ch == "\\" { quoted.append("\\") }
            quoted.append(ch)
        }
        return quoted + "\""
    }
}
