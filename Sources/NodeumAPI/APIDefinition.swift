/// One property of a definition (a field of a JSON object).
public struct APIProperty: Sendable, Hashable {
    public let name: String
    public let type: APIValueType
    public let format: String?
    /// The allowed values, empty when any value is allowed.
    public let enumValues: [String]
    /// Set by the server; a client must not send it.
    public let readOnly: Bool
    /// For objects (or arrays of objects), the definition they follow.
    public let definition: String?
    /// For arrays of scalars, the item type.
    public let itemType: APIValueType?
    public let description: String

    public init(
        name: String, type: APIValueType, format: String? = nil, enumValues: [String] = [],
        readOnly: Bool = false, definition: String? = nil, itemType: APIValueType? = nil,
        description: String = ""
    ) {
        self.name = name
        self.type = type
        self.format = format
        self.enumValues = enumValues
        self.readOnly = readOnly
        self.definition = definition
        self.itemType = itemType
        self.description = description
    }
}

/// A named schema of the spec (`tape`, `task_collection`, ...).
public struct APIDefinition: Sendable, Hashable {
    public let name: String
    public let properties: [APIProperty]
    /// Properties the spec marks as required.
    public let required: [String]

    public init(name: String, properties: [APIProperty], required: [String] = []) {
        self.name = name
        self.properties = properties
        self.required = required
    }

    /// The property with that name, if the definition has it.
    public func property(named name: String) -> APIProperty? {
        properties.first { $0.name == name }
    }
}
