/// Every operation and definition of the Nodeum API v2, as generated from the spec.
public enum APICatalog {
    /// The API's base path on a server.
    public static let basePath = "/api/v2"

    /// All operations, in the spec's order.
    public static let operations: [APIOperation] = generatedOperations()

    /// The operationIds, in the spec's order, without building the operations: `nodeum`
    /// reads them at start-up, where building all 210 operations cost half a millisecond.
    public static let operationIDs: [String] = specOrder()

    /// All definitions, in the spec's order.
    public static let definitions: [APIDefinition] = generatedDefinitions()

    private static let operationsByID: [String: APIOperation] =
        Dictionary(uniqueKeysWithValues: operations.map { ($0.id, $0) })

    private static let definitionsByName: [String: APIDefinition] =
        Dictionary(uniqueKeysWithValues: definitions.map { ($0.name, $0) })

    /// The operation with that operationId, if any.
    public static func operation(_ id: String) -> APIOperation? { operationsByID[id] }

    /// The definition with that name, if any.
    public static func definition(_ name: String) -> APIDefinition? { definitionsByName[name] }

    /// The operations' tags, each once, in the order the spec first uses them.
    public static let tags: [String] = {
        var seen = Set<String>()
        return operations.map(\.tag).filter { seen.insert($0).inserted }
    }()

    /// The operations of one tag (`tapes`), in the spec's order; empty for an unknown tag.
    public static func operations(tag: String) -> [APIOperation] {
        operations.filter { $0.tag == tag }
    }

    /// The list operation of a collection (`tapes` → `index_tapes`): of those whose page holds
    /// that key, the one with the fewest path parameters (the top-level list), the first in
    /// the spec's order on a tie. Nil when no operation lists that key.
    public static func listOperation(for collectionKey: String) -> APIOperation? {
        operations
            .filter { $0.collectionKey == collectionKey }
            .min { $0.pathParameterNames.count < $1.pathParameterNames.count }
    }

    /// The query parameters that page or sort rather than filter: `limit`/`offset` (the spec's),
    /// `page`/`per_page` (the seed text's), and `sort_by`.
    public static let pagingParameterNames: Set<String> = ["limit", "offset", "page", "per_page", "sort_by"]
}
