import NodeumAPI

/// The keys a table constructor can hold where the catalog knows them (`nodeum.tapes:list{`
/// takes the list's filters), with the string values each key allows.
struct TableKeys {
    /// One key.
    struct Key {
        let name: String
        /// The allowed string values, empty when any.
        let values: [String]
        /// The definition a table value follows (`body` → `task`), for nested constructors.
        let definition: String?
        /// True for `sort_by`: its values are attributes, `|`-joined, each maybe `:asc`/`:desc`.
        let isSortBy: Bool

        init(name: String, values: [String] = [], definition: String? = nil, isSortBy: Bool = false) {
            self.name = name
            self.values = values
            self.definition = definition
            self.isSortBy = isSortBy
        }
    }

    let keys: [Key]
    /// The attributes `sort_by` can name.
    var sortAttributes: [String] = []

    /// The key with that name.
    func key(_ name: String) -> Key? { keys.first { $0.name == name } }

    /// The keys of a nested constructor (`{body = {`), when the key's value follows a definition.
    func nested(_ name: String) -> TableKeys? {
        guard let definition = key(name)?.definition else { return nil }
        return Self.fields(of: definition)
    }

    /// The writable properties of a definition (a request body).
    static func fields(of definitionName: String) -> TableKeys? {
        guard let definition = APICatalog.definition(definitionName) else { return nil }
        return TableKeys(keys: definition.properties.filter { !$0.readOnly }.map {
            Key(name: $0.name, values: $0.enumValues, definition: $0.type == .object ? $0.definition : nil)
        })
    }

    /// The cursor options a list call accepts besides the operation's parameters.
    static let cursorOptions = ["page_size", "max_items", "concurrency", "walk", "segments", "checkpoint"]

    /// `:list{...}` of a collection: the list's query parameters but paging (filters and
    /// `sort_by`), and the cursor's options. A filter without an enum in the spec takes those
    /// of the listed items' property of the same name (`status` of task executions).
    static func listFilters(_ op: APIOperation) -> TableKeys {
        let item = CompletionCatalog.itemDefinition(of: op)
        var keys: [Key] = op.parameters.filter {
            $0.location == .query && !["limit", "offset", "page", "per_page"].contains($0.name)
        }.map { p in
            let values = p.enumValues.isEmpty ? (item?.property(named: p.name)?.enumValues ?? []) : p.enumValues
            return Key(name: p.name, values: values, isSortBy: p.name == "sort_by")
        }
        keys += cursorOptions.map { Key(name: $0) }
        var attributes = Set(op.filterParameters.map(\.name))
        attributes.formUnion(item?.properties.map(\.name) ?? [])
        return TableKeys(keys: keys, sortAttributes: attributes.sorted())
    }

    /// The parameters of an operation called with a table: those not filled by the handle's
    /// `filled` ids, `body` when it takes one, and `wait`/`timeout` when it starts a job.
    static func parameters(_ op: APIOperation, filled: Int, actionOptions: Bool) -> TableKeys {
        let filledNames = Set(op.pathParameterNames.prefix(filled))
        var keys = op.parameters.filter { !filledNames.contains($0.name) }.map {
            Key(name: $0.name, values: $0.enumValues, isSortBy: $0.name == "sort_by")
        }
        if let body = op.body { keys.append(Key(name: "body", definition: body.isArray ? nil : body.definition)) }
        if actionOptions && ResourcePlace.resultOperation(of: op) != nil {
            keys += [Key(name: "timeout"), Key(name: "wait")]
        }
        let item = CompletionCatalog.itemDefinition(of: op)
        var attributes = Set(op.filterParameters.map(\.name))
        attributes.formUnion(item?.properties.map(\.name) ?? [])
        return TableKeys(keys: keys, sortAttributes: op.parameter(named: "sort_by") == nil ? [] : attributes.sorted())
    }

    /// The options of `nodeum.connect{...}`.
    static let connectOptions = TableKeys(keys: [
        "url", "user", "password", "token", "profile", "insecure", "ca_cert", "timeout", "sim",
    ].map { Key(name: $0) })

    /// The options of a task execution's `:wait{...}`.
    static let waitOptions = TableKeys(keys: ["timeout", "interval", "progress"].map { Key(name: $0) })
}

/// What completion needs from the catalog beyond `APICatalog`'s own lookups.
enum CompletionCatalog {
    /// Every operation id, sorted (what `nodeum.api.` completes).
    static let operationIDs: [String] = APICatalog.operations.map(\.id).sorted()

    /// The top-level collection names, sorted.
    static let collectionNames: [String] = APICatalog.resources.map(\.name).sorted()

    /// The definition of one listed item of a list operation (`task_execution` for
    /// `index_task_executions`), or nil.
    static func itemDefinition(of op: APIOperation) -> APIDefinition? {
        guard let response = op.responses.first(where: { $0.status == 200 }), let name = response.definition,
              let definition = APICatalog.definition(name) else { return nil }
        if response.isArray { return definition }
        guard let key = op.itemsKey, let items = definition.property(named: key)?.definition else { return nil }
        return APICatalog.definition(items)
    }

    /// The definition of a call's successful answer, and whether it is a list of them.
    static func answer(of op: APIOperation) -> (definition: APIDefinition, isList: Bool)? {
        guard let response = op.responses.first(where: { (200..<300).contains($0.status) && $0.definition != nil }),
              let definition = APICatalog.definition(response.definition!) else { return nil }
        return (definition, response.isArray)
    }
}
