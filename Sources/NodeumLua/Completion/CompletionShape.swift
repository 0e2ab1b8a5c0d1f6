import NodeumAPI

/// What an expression being completed is, as far as completion can tell without running it:
/// a live value read raw from the state, or a shape of the `nodeum` surface derived from the
/// catalog (`nodeum.tasks:at(7)` is an item of `tasks`, whatever 7 is).
enum CompletionShape {
    /// A Lua value at this absolute stack index, walked raw.
    case value(Int32)
    /// A `nodeum` surface (its metatable holds `__nodeum_classes`) at this stack index: its
    /// collections come from the catalog, since reading one through `__index` would build it.
    case surface(Int32)
    /// `nodeum.api`: the operations.
    case api
    /// `nodeum.api.<id>`.
    case operation(APIOperation)
    /// A collection handle (`nodeum.tasks`, `nodeum.tasks:at(7).task_executions`).
    case collection(ResourcePlace)
    /// An item handle (`nodeum.tasks:at(7)`).
    case item(ResourcePlace)
    /// A cursor, over the items of that list operation when known.
    case cursor(APIOperation?)
    /// A record the API answers (`nodeum.tapes:get(1)`).
    case record(APIDefinition)
    /// A list of records (`cursor:collect()`).
    case records(APIDefinition)

    /// The shape of what `op` answers.
    static func answer(of op: APIOperation) -> CompletionShape? {
        guard let answer = CompletionCatalog.answer(of: op) else { return nil }
        return answer.isList ? .records(answer.definition) : .record(answer.definition)
    }

    /// What a handle's call of `op` gives: a cursor for a list, else the answer.
    static func invoked(_ op: APIOperation?) -> CompletionShape? {
        guard let op else { return nil }
        return op.answersList ? .cursor(op) : answer(of: op)
    }

    /// A record or list of records following a property's definition.
    static func property(_ p: APIProperty?) -> CompletionShape? {
        guard let p, let name = p.definition, let definition = APICatalog.definition(name) else { return nil }
        return p.type == .array ? .records(definition) : .record(definition)
    }
}

extension ResourcePlace {
    /// The place of a nested collection of this resource's items.
    func child(_ name: String) -> ResourcePlace? {
        resource.child(name).map { ResourcePlace(resource: $0, ancestors: ancestors + [resource]) }
    }

    /// The methods of the collection handle (`nodeum.tapes:`), as `Collection.__index` offers them.
    var collectionMethodNames: [String] {
        let r = resource
        let verbs: [(String, APIOperation?)] = [("list", r.list), ("get", r.get), ("create", r.create), ("update", r.update), ("delete", r.delete)]
        return verbs.filter { $0.1 != nil }.map(\.0) + (hasItems ? ["at"] : []) + r.methods.map(\.name)
    }

    /// The methods of an item handle (`nodeum.tasks:at(7):`), as `Item.__index` offers them.
    var itemMethodNames: [String] {
        let r = resource
        let verbs: [(String, APIOperation?)] = [("get", r.get), ("update", r.update), ("delete", r.delete)]
        return verbs.filter { $0.1 != nil }.map(\.0) + r.itemMethods.map(\.name) + (r.name == "task_executions" ? ["wait"] : [])
    }

    /// The shape of `collection:name(...)`.
    func collectionCall(_ name: String) -> CompletionShape? {
        let r = resource
        switch name {
        case "list": return r.list.map { .cursor($0) }
        case "get": return r.get.flatMap(CompletionShape.answer)
        case "create": return r.create.flatMap(CompletionShape.answer)
        case "update": return r.update.flatMap(CompletionShape.answer)
        case "at": return hasItems ? .item(self) : nil
        default: return CompletionShape.invoked(r.methods.first { $0.name == name }?.operation)
        }
    }

    /// The shape of `item:name(...)`.
    func itemCall(_ name: String) -> CompletionShape? {
        let r = resource
        switch name {
        case "get": return r.get.flatMap(CompletionShape.answer)
        case "update": return r.update.flatMap(CompletionShape.answer)
        case "wait" where r.name == "task_executions": return r.get.flatMap(CompletionShape.answer)
        default: return CompletionShape.invoked(r.itemMethods.first { $0.name == name }?.operation)
        }
    }

    /// The keys of the table given to `collection:name{...}`.
    func collectionCallKeys(_ name: String) -> TableKeys? {
        let r = resource
        switch name {
        case "list": return r.list.map(TableKeys.listFilters)
        case "get": return r.get.map { TableKeys.parameters($0, filled: ancestors.count + 1, actionOptions: false) }
        case "create": return r.create?.body?.definition.flatMap(TableKeys.fields)
        case "update": return r.update?.body?.definition.flatMap(TableKeys.fields)
        default:
            guard let op = r.methods.first(where: { $0.name == name })?.operation else { return nil }
            return op.answersList ? TableKeys.listFilters(op) : TableKeys.parameters(op, filled: ancestors.count, actionOptions: true)
        }
    }

    /// The keys of the table given to `item:name{...}`.
    func itemCallKeys(_ name: String) -> TableKeys? {
        let r = resource
        switch name {
        case "get": return r.get.map { TableKeys.parameters($0, filled: ancestors.count + 1, actionOptions: false) }
        case "update": return r.update?.body?.definition.flatMap(TableKeys.fields)
        case "wait" where r.name == "task_executions": return TableKeys.waitOptions
        default:
            guard let op = r.itemMethods.first(where: { $0.name == name })?.operation else { return nil }
            return op.answersList ? TableKeys.listFilters(op) : TableKeys.parameters(op, filled: ancestors.count + 1, actionOptions: true)
        }
    }
}
