/// Every operation and definition of the Nodeum API v2, as generated from the spec.
public enum APICatalog {
    /// The API's base path on a server.
    public static let basePath = "/api/v2"

    /// All operations, in the spec's order.
    public static let operations: [APIOperation] = generatedOperations()

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
}
