import Hummingbird
import NodeumAPI

/// Plain create/list/show/update/delete of every collection and nested collection, driven by
/// each operation's plan; resource-specific touches live in `ResourceHooks`.
enum ResourceController {
    /// The handler for an operation whose plan is generic; nil for custom ones.
    static func handler(for op: APIOperation) -> OperationHandler? {
        switch ResourceModel.plan(for: op) {
        case .custom: return nil
        case .collection(let action, let steps, let ownedByUser):
            return { call, state in try await collection(action, steps: steps, ownedByUser: ownedByUser, call, state) }
        case .singleton(let action, let kind, let parents):
            return { call, state in try await singleton(action, kind: kind, parents: parents, call, state) }
        }
    }

    /// Resolves the records the path names, parent first; a missing one is a 404.
    static func resolve(_ steps: [ResourceStep], ownedByUser: Bool, _ call: APICall, _ state: SimulatorState)
        async throws -> (records: [Record], membership: Membership?)
    {
        var membership: Membership? = ownedByUser ? .owner(Record.Owner(kind: "users", id: call.principal.userID)) : nil
        var records: [Record] = []
        for step in steps {
            guard let parameter = step.parameter else { break }
            let value = call.path(parameter)
            if call.operation.parameter(named: parameter)?.type == .integer, Int64(value) == nil {
                throw APIError.badRequest("\(parameter) must be a numeric id", attribute: parameter, value: value)
            }
            guard
                let record = try await state.records.find(
                    kind: step.kind, idOrName: value, nameFields: ResourceModel.nameFields(of: step.kind),
                    scope: membership?.scope)
            else { throw APIError.notFound("\(ResourceModel.singular(step.kind)) \(value)") }
            records.append(record)
            membership = nil
            if let next = steps.dropFirst(records.count).first {
                membership = ResourceModel.membership(of: next.kind, in: record)
            }
        }
        return (records, membership)
    }

    /// Resolves the leading `collection/{id}` pairs of a custom operation's path
    /// (`/tasks/{task_id}/task_executions/{task_execution_id}/files/...` → the task and the execution).
    static func resolvePrefix(_ call: APICall, _ state: SimulatorState) async throws -> [Record] {
        var parts = call.operation.pathTemplate.split(separator: "/").map(String.init)
        if parts.starts(with: ["users", "me"]) { parts.removeFirst(2) }
        var steps: [ResourceStep] = []
        var i = 0
        while i + 1 < parts.count, ResourceModel.kinds.contains(parts[i]), parts[i + 1].hasPrefix("{") {
            steps.append(ResourceStep(kind: parts[i], parameter: String(parts[i + 1].dropFirst().dropLast())))
            i += 2
        }
        return try await resolve(steps, ownedByUser: false, call, state).records
    }

    /// The filter/sort attribute `name` of `kind`, read from its JSON body.
    static func attribute(kind: String, _ name: String) -> ListAttribute? {
        if name == "id" { return ListAttribute(expression: SQLFragment("id"), kind: .integer) }
        let property = ResourceModel.itemDefinition(of: kind)?.property(named: name)
        let sqlKind: SQLValueKind
        switch property?.type {
        case .integer: sqlKind = .integer
        case .number: sqlKind = .real
        case .boolean: sqlKind = .boolean
        case .array?, .object?: return nil
        default: sqlKind = .text
        }
        return ListAttribute(expression: SQLiteRecordRepository.jsonAttribute(name), kind: sqlKind)
    }

    private static func collection(
        _ action: OperationPlan.Action, steps: [ResourceStep], ownedByUser: Bool, _ call: APICall, _ state: SimulatorState
    ) async throws -> Response {
        let kind = steps.last!.kind
        let (records, membership) = try await resolve(steps, ownedByUser: ownedByUser, call, state)
        switch action {
        case .list:
            try await ResourceHooks.beforeRead(kind: kind, state)
            let request = try ListRequest(query: call.query, operation: call.operation, maxPageSize: state.options.maxPageSize)
            let sortable = { (name: String) in
                // Sorting takes any scalar attribute of the definition; filtering only the documented ones.
                attribute(kind: kind, name).flatMap { a in
                    name == "id" || ResourceModel.itemDefinition(of: kind)?.property(named: name) != nil
                        || call.operation.parameter(named: name) != nil ? a : nil
                }
            }
            let page = try await state.records.list(kind: kind, scope: membership?.scope, request: request, attribute: sortable)
            return Response.json(text: ResourceHooks.project(kind: kind, page).json(key: call.operation.collectionKey ?? kind))
        case .show:
            try await ResourceHooks.beforeRead(kind: kind, state)
            let fresh = try await state.records.find(
                kind: kind, idOrName: String(records.last!.id), nameFields: [], scope: nil)
            return Response.json(.object(fresh?.body ?? records.last!.body))
        case .create:
            let parent = records.last
            let record = try await create(kind: kind, parent: parent, membership: membership, call, state)
            return Response.json(.object(record.body), status: .created)
        case .update:
            let updated = try await update(records.last!, parentMembership: steps.count > 1 ? membershipOf(records) : membership, call, state)
            return Response.json(.object(updated.body))
        case .destroy:
            try await ResourceHooks.beforeDelete(records.last!, state)
            try await state.records.delete(records.last!)
            return Response(status: .noContent)
        }
    }

    /// The scope the last record was found in (its siblings), for uniqueness checks.
    private static func membershipOf(_ records: [Record]) -> Membership? {
        guard records.count >= 2 else { return nil }
        return ResourceModel.membership(of: records.last!.kind, in: records[records.count - 2])
    }

    private static func singleton(
        _ action: OperationPlan.Action, kind: String, parents: [ResourceStep], _ call: APICall, _ state: SimulatorState
    ) async throws -> Response {
        let (records, _) = try await resolve(parents, ownedByUser: false, call, state)
        let parent = records.last!
        let membership = ResourceModel.membership(of: kind, in: parent)
        let existing = try await state.records.all(kind: kind, scope: membership.scope).first
        switch action {
        case .show, .list:
            guard let existing else { throw APIError.notFound(ResourceModel.singular(kind)) }
            return Response.json(.object(existing.body))
        case .create:
            // The spec documents 201 and 422 only: a second one is an attribute error of the parent link.
            if existing != nil {
                let link = ResourceModel.singular(parent.kind) + "_id"
                throw APIError.unprocessable(APIError.attributeDetails(link, error: "taken", value: String(parent.id)))
            }
            let record = try await create(kind: kind, parent: parent, membership: membership, call, state)
            return Response.json(.object(record.body), status: .created)
        case .update:
            guard let existing else { throw APIError.notFound(ResourceModel.singular(kind)) }
            return Response.json(.object(try await update(existing, parentMembership: membership, call, state).body))
        case .destroy:
            guard let existing else { throw APIError.notFound(ResourceModel.singular(kind)) }
            try await state.records.delete(existing)
            return Response(status: .noContent)
        }
    }

    /// Validates the body, checks the name is free, fills defaults and stores the new record.
    static func create(kind: String, parent: Record?, membership: Membership?, _ call: APICall, _ state: SimulatorState)
        async throws -> Record
    {
        var body = try call.bodyObject()
        if let definition = call.operation.body?.definition.flatMap(APICatalog.definition) {
            body = try BodyValidator(definition: definition).validate(body, existing: nil)
        }
        try await checkUnique(kind: kind, body: body, scope: membership?.scope, except: nil, state)
        body = try await ResourceHooks.prepareCreate(kind: kind, body: body, parent: parent, call, state)
        var owner: Record.Owner?
        switch membership {
        case .foreignKey(let field, let id)?: body[field] = .int(id)
        case .owner(let o)?: owner = o
        case nil: break
        }
        let stringID = ResourceModel.itemDefinition(of: kind)?.property(named: "id")?.type == .string
        return try await state.records.insert(kind: kind, owner: owner, body: body, stringID: stringID)
    }

    /// Validates the body against the stored record, merges it in and stores the result.
    static func update(_ existing: Record, parentMembership: Membership?, _ call: APICall, _ state: SimulatorState)
        async throws -> Record
    {
        var body = try call.bodyObject()
        if let definition = call.operation.body?.definition.flatMap(APICatalog.definition) {
            body = try BodyValidator(definition: definition).validate(body, existing: existing.body)
        }
        try await checkUnique(kind: existing.kind, body: body, scope: parentMembership?.scope, except: existing.id, state)
        var record = existing
        let readOnly = Set(ResourceModel.itemDefinition(of: existing.kind)?.properties.filter(\.readOnly).map(\.name) ?? [])
        for (key, value) in body where !readOnly.contains(key) { record.body[key] = value }
        record.body = try await ResourceHooks.prepareUpdate(record, changes: body, call, state).droppingNulls()
        try await state.records.update(record)
        return record
    }

    private static func checkUnique(kind: String, body: JSONObject, scope: SQLFragment?, except: Int64?, _ state: SimulatorState)
        async throws
    {
        let field = "name"
        guard ResourceModel.uniqueNames.contains(kind), let name = body[field]?.stringValue else { return }
        if try await state.records.nameTaken(kind: kind, name: name, scope: scope, except: except) {
            throw APIError.taken(field, value: name)
        }
    }
}
