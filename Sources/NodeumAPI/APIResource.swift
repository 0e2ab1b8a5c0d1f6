/// A collection of the API seen as a resource: its list and create operations, the get,
/// update and delete of one item, the other operations on the collection or on an item
/// (actions such as `run` or `mount_status`), and the collections nested under an item.
/// Derived from the paths of the catalog: `/tasks`, `/tasks/{task_id}`,
/// `/tasks/{task_id}/action/run` and `/tasks/{task_id}/task_executions/...` make the
/// resource `tasks` with the action `run` and the nested resource `task_executions`.
public struct APIResource: Sendable {
    /// The name users type (`tasks`, `task_executions`, `api_keys`).
    public let name: String
    /// The name of one item (`task`), from the item's path parameter; nil when the
    /// collection has no item paths.
    public let singular: String?
    /// The collection's path (`/tasks/{task_id}/task_executions`).
    public let path: String
    public let list: APIOperation?
    public let create: APIOperation?
    public let get: APIOperation?
    public let update: APIOperation?
    public let delete: APIOperation?
    /// Operations on the collection itself, by the names they get (`test`, `devices`).
    public let methods: [(name: String, operation: APIOperation)]
    /// Operations on one item that are not nested collections (`run`, `mount_status`).
    public let itemMethods: [(name: String, operation: APIOperation)]
    /// Collections under one item (`task_executions` under `tasks`).
    public let children: [APIResource]

    /// The nested collection with that name.
    public func child(_ name: String) -> APIResource? { children.first { $0.name == name } }

    /// Every operation the resource and its children reach, each once.
    public var allOperations: [APIOperation] {
        let own = [list, create, get, update, delete].compactMap { $0 } + methods.map(\.operation) + itemMethods.map(\.operation)
        return own + children.flatMap(\.allOperations)
    }
}

extension APIOperation {
    /// True for an operation that answers a list: a collection page, an object holding only
    /// an array (`{mounts: [...]}`), or a bare array.
    public var answersList: Bool { ResourceBuilder.isList(self) }

    /// The key of the items' array in the answer: `collectionKey` for pages, else the one
    /// array property of the 200 answer's definition (`index_mounts` → `mounts`); nil for a
    /// bare array or no list.
    public var itemsKey: String? {
        if let collectionKey { return collectionKey }
        guard method == .get, let response = responses.first(where: { $0.status == 200 }), !response.isArray,
              let name = response.definition, let definition = APICatalog.definition(name) else { return nil }
        let arrays = definition.properties.filter { $0.type == .array }
        return arrays.count == 1 && definition.properties.allSatisfy({ $0.type == .array || $0.name == "count" }) ? arrays[0].name : nil
    }
}

extension APICatalog {
    /// The top-level resources, in the spec's order of their first operation.
    public static let resources: [APIResource] = ResourceBuilder.build()

    /// The top-level resource with that name.
    public static func resource(_ name: String) -> APIResource? { resources.first { $0.name == name } }
}

/// Builds resources from path templates.
enum ResourceBuilder {
    /// A path as segments, placeholders written `{}`.
    static func segments(_ template: String) -> [String] {
        template.split(separator: "/").map { $0.hasPrefix("{") ? "{}" : String($0) }
    }

    static func build() -> [APIResource] {
        var prefixes: [[String]] = []
        var pools: [[String]: [APIOperation]] = [:]
        for op in APICatalog.operations {
            let s = segments(op.pathTemplate)
            var prefix = Array(s.prefix { $0 != "{}" && $0 != "-" })
            // /statistics/by_date and /systems/reset/generate_vars are namespaces of operations;
            // /users/me/api_keys is the collection api_keys, /users/-/systems an operation of users.
            if prefix.first == "statistics" || prefix.first == "systems" { prefix = Array(prefix.prefix(1)) }
            if pools[prefix] == nil { prefixes.append(prefix) }
            pools[prefix, default: []].append(op)
        }
        return prefixes.map { resource(at: $0, name: $0.last!, ancestors: [], pool: pools[$0]!) }
    }

    private static func operations(under prefix: [String], in pool: [APIOperation]) -> [(op: APIOperation, rest: [String])] {
        pool.compactMap { op in
            let s = segments(op.pathTemplate)
            guard s.count >= prefix.count, Array(s.prefix(prefix.count)) == prefix else { return nil }
            return (op, Array(s.dropFirst(prefix.count)))
        }
    }

    /// True for an operation that answers a list (a collection page or a bare array).
    static func isList(_ op: APIOperation) -> Bool {
        op.method == .get && (op.itemsKey != nil || op.responses.contains { $0.status == 200 && $0.isArray })
    }

    private static func resource(at prefix: [String], name: String, ancestors: [String], pool: [APIOperation]) -> APIResource {
        let here = operations(under: prefix, in: pool)
        let path = "/" + here.first!.op.pathTemplate.split(separator: "/").prefix(prefix.count).joined(separator: "/")
        var singular: String?
        for (op, rest) in here where rest.first == "{}" {
            let placeholder = op.pathParameterNames[prefix.filter { $0 == "{}" }.count]
            let base = placeholder.hasSuffix("_parent_id") ? placeholder.dropLast(10) : placeholder.dropLast(3)
            singular = String(base)
            if rest.count == 1 { break }
        }
        var list, create, get, update, delete: APIOperation?
        var methods: [(String, APIOperation)] = []
        var itemMethods: [(String, APIOperation)] = []
        var childNames: [String] = []
        let words = [singular, name].compactMap { $0 }
        for (op, rest) in here {
            switch rest.first {
            case nil:
                if op.method == .get { list = op } else if op.method == .post { create = op } else { methods.append((op.id, op)) }
            case "-":
                // /tape_libraries/-/devices, /cloud_connectors/-/test
                let name = op.id.hasPrefix("index_") ? rest.last! : methodName(op.id, words: words, ancestors: ancestors)
                methods.append((name, op))
            case "{}":
                if rest.count == 1 {
                    switch op.method {
                    case .get: get = op
                    case .put, .patch: update = op
                    case .delete: delete = op
                    case .post: itemMethods.append((methodName(op.id, words: words, ancestors: ancestors), op))
                    }
                    continue
                }
                let childPrefix = prefix + ["{}", rest[1]]
                if isCollection(childPrefix, in: pool) {
                    if !childNames.contains(rest[1]) { childNames.append(rest[1]) }
                } else {
                    itemMethods.append((methodName(op.id, words: words, ancestors: ancestors), op))
                }
            default:
                // Namespaces (statistics, systems): each operation a method.
                methods.append((methodName(op.id, words: [name], ancestors: ancestors), op))
            }
        }
        let inner = (singular.map { [$0] } ?? []) + ancestors
        let children = childNames.map { resource(at: prefix + ["{}", $0], name: $0, ancestors: inner, pool: pool) }
        return APIResource(
            name: name, singular: singular, path: path, list: list, create: create, get: get, update: update, delete: delete,
            methods: methods.map { (name: $0.0, operation: $0.1) }, itemMethods: itemMethods.map { (name: $0.0, operation: $0.1) },
            children: children)
    }

    /// A path under an item is a nested collection when it has items or answers a list.
    private static func isCollection(_ prefix: [String], in pool: [APIOperation]) -> Bool {
        operations(under: prefix, in: pool).contains { op, rest in rest.first == "{}" || (rest.isEmpty && isList(op)) }
    }

    /// An operation's name on a handle: its id without the `_by_<ancestor>` suffixes and
    /// without the resource's own name (`run_task` → `run`, `mount_status_tape_by_pool` →
    /// `mount_status`, `test_result_cloud_connector` → `test_result`).
    static func methodName(_ id: String, words: [String], ancestors: [String]) -> String {
        var name = id
        while let ancestor = ancestors.first(where: { name.hasSuffix("_by_" + $0) }) {
            name.removeLast(ancestor.count + 4)
        }
        var tokens = name.split(separator: "_").map(String.init)
        for word in words {
            let w = word.split(separator: "_").map(String.init)
            guard tokens.count > w.count else { continue }
            if let i = stride(from: tokens.count - w.count, through: 0, by: -1).first(where: { Array(tokens[$0..<$0 + w.count]) == w }) {
                tokens.removeSubrange(i..<i + w.count)
                break
            }
        }
        return tokens.joined(separator: "_")
    }
}
