import NodeumAPI

/// One step of a resource path: a collection and, when the path names one member, its parameter.
struct ResourceStep: Sendable, Equatable {
    let kind: String
    let parameter: String?
}

/// What the generic engine does for an operation, read from its method and path template.
enum OperationPlan: Sendable, Equatable {
    enum Action: Sendable { case list, create, show, update, destroy }
    /// Plain CRUD on a (possibly nested) collection; `ownedByUser` for `/users/me/...`.
    case collection(Action, steps: [ResourceStep], ownedByUser: Bool)
    /// The single nested resource of a parent (`/tasks/{task_id}/task_schedule`).
    case singleton(Action, kind: String, parents: [ResourceStep])
    /// Behaviour that needs its own controller.
    case custom
}

/// The simulator's knowledge of the API's resources, derived from the catalog where it can be.
enum ResourceModel {
    /// Singular path segments that name the one nested resource of a parent, and its kind.
    static let singletons: [String: String] = ["task_schedule": "task_schedules", "primary_scan": "primary_scans"]

    /// The file views, served from the `files` table rather than as records.
    static let fileKinds: Set<String> = ["files", "import_files", "on_tapes_files"]

    /// Collection names, from the list operations' collection keys.
    static let kinds: Set<String> = Set(APICatalog.operations.compactMap(\.collectionKey)).union(singletons.values)
        .subtracting(fileKinds)

    /// Fields besides the numeric id that a path parameter may name a resource by.
    static func nameFields(of kind: String) -> [String] {
        switch kind {
        case "configurations", "task_metadata_definitions", "file_metadata_definitions": ["key"]
        case "tape_drives", "tape_libraries": ["serial", "name"]
        case "tapes": ["barcode"]
        case "task_executions", "api_keys", "task_sources", "task_destinations", "task_options", "task_callbacks",
            "task_metadata", "container_privileges", "task_schedules", "primary_scans", "tape_stats":
            []
        default: ["name"]
        }
    }

    /// Kinds whose names are unique among their siblings (a second one is a 422 `taken`); the
    /// README's rules table gives the reason for each. Tasks are not: the spec says their names
    /// are not unique.
    static let uniqueNames: Set<String> = [
        "pools", "containers", "tape_libraries", "tape_drives", "nas", "nas_shares", "cloud_connectors", "cloud_buckets",
        "api_keys", "container_privileges",
    ]

    /// `tape_libraries` → `tape_library`, for foreign keys such as `tape_library_id`.
    static func singular(_ kind: String) -> String {
        switch kind {
        case "tape_libraries": "tape_library"
        case "nas": "nas"
        case "task_metadata": "task_metadatum"
        default: kind.hasSuffix("s") ? String(kind.dropLast()) : kind
        }
    }

    /// The definition of one member of `kind` (`tasks` → `task`).
    static func itemDefinition(of kind: String) -> APIDefinition? { itemDefinitions[kind] ?? nil }

    private static let itemDefinitions: [String: APIDefinition?] = {
        var table: [String: APIDefinition?] = [:]
        for op in APICatalog.operations where op.method == .get {
            guard let def = op.responses.first(where: { $0.status == 200 })?.definition.flatMap(APICatalog.definition)
            else { continue }
            if let key = op.collectionKey, let items = def.property(named: key)?.definition {
                if table[key] == nil { table[key] = APICatalog.definition(items) }
            }
        }
        for op in APICatalog.operations where op.method == .get && op.collectionKey == nil {
            guard case .singleton(_, let kind, _) = plan(for: op),
                let name = op.responses.first(where: { $0.status == 200 })?.definition
            else { continue }
            if table[kind] == nil { table[kind] = APICatalog.definition(name) }
        }
        return table
    }()

    /// Reads the plan of an operation from its method and template.
    static func plan(for op: APIOperation) -> OperationPlan {
        var parts = op.pathTemplate.split(separator: "/").map(String.init)
        var ownedByUser = false
        if parts.starts(with: ["users", "me"]) {
            parts.removeFirst(2)
            ownedByUser = true
        }
        var steps: [ResourceStep] = []
        var i = 0
        while i < parts.count {
            let name = parts[i]
            if let kind = singletons[name], i == parts.count - 1, !steps.isEmpty, steps.last?.parameter != nil {
                let action: OperationPlan.Action
                switch op.method {
                case .get: action = .show
                case .post: action = .create
                case .put, .patch: action = .update
                case .delete: action = .destroy
                }
                return .singleton(action, kind: kind, parents: steps)
            }
            guard kinds.contains(name), !name.hasPrefix("{") else { return .custom }
            var parameter: String?
            if i + 1 < parts.count {
                let next = parts[i + 1]
                guard next.hasPrefix("{") else { return .custom }
                parameter = String(next.dropFirst().dropLast())
                i += 1
            }
            steps.append(ResourceStep(kind: name, parameter: parameter))
            i += 1
        }
        guard let last = steps.last else { return .custom }
        let action: OperationPlan.Action
        switch (op.method, last.parameter != nil) {
        case (.get, false) where op.isList: action = .list
        case (.post, false): action = .create
        case (.get, true): action = .show
        case (.put, true), (.patch, true): action = .update
        case (.delete, true): action = .destroy
        default: return .custom
        }
        return .collection(action, steps: steps, ownedByUser: ownedByUser)
    }

    /// How members of `childKind` belong to `parent`: the foreign key in their body when their
    /// definition has one (`tape_library_id`), else the record's owner columns.
    static func membership(of childKind: String, in parent: Record) -> Membership {
        let fk = singular(parent.kind) + "_id"
        if itemDefinition(of: childKind)?.property(named: fk) != nil {
            return .foreignKey(fk, parent.id)
        }
        return .owner(Record.Owner(kind: parent.kind, id: parent.id))
    }
}

/// A child's link to its parent.
enum Membership: Sendable {
    case foreignKey(String, Int64)
    case owner(Record.Owner)

    /// The SQL condition selecting the parent's children.
    var scope: SQLFragment {
        switch self {
        case .foreignKey(let field, let id): SQLFragment("json_extract(body, ?) = ?", ["$.\(field)", id])
        case .owner(let o): SQLFragment("owner_kind = ? AND owner_id = ?", [o.kind, o.id])
        }
    }
}
