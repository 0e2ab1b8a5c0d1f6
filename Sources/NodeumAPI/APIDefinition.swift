/// One property of a definition (a field of a JSON object).
public struct APIProperty: Sendable, Hashable {
    public let name: String
    public let type: APIValueType
    public let format: String?
    /// The allowed values, empty when any value is allowed.
    public let enumValues: [String]
    /// Set by the server; a client must not send it.
    public let readOnly: Bool
    /// For objects, arrays of objects, or maps of arrays of objects, the definition they follow.
    public let definition: String?
    /// For arrays (and maps whose values are arrays), the item type: `.object` when the items
    /// follow `definition`.
    public let itemType: APIValueType?
    public let description: String
    /// For arrays, the fewest items allowed (`minItems`), if the spec says.
    public let minItems: Int?
    /// For arrays, the most items allowed (`maxItems`), if the spec says.
    public let maxItems: Int?
    /// For maps (an object with `additionalProperties`, as `error.details`), the type of each
    /// value; `itemType` and `definition` then describe that value's items.
    public let mapValueType: APIValueType?

    public init(
        name: String, type: APIValueType, format: String? = nil, enumValues: [String] = [],
        readOnly: Bool = false, definition: String? = nil, itemType: APIValueType? = nil,
        description: String = "", minItems: Int? = nil, maxItems: Int? = nil,
        mapValueType: APIValueType? = nil
    ) {
        self.name = name
        self.type = type
        self.format = format
        self.enumValues = enumValues
        self.readOnly = readOnly
        self.definition = definition
        self.itemType = itemType
        self.description = description
        self.minItems = minItems
        self.maxItems = maxItems
        self.mapValueType = mapValueType
    }
}

/// A named schema of the spec (`tape`, `task_collection`, ...).
public struct APIDefinition: Sendable, Hashable {
    public let name: String
    public let properties: [APIProperty]
    /// Properties the spec marks as required.
    public let required: [String]
    /// The spec's description (the error kinds have one: "Attribute can't be blank").
    public let description: String
    /// The definitions merged in through `allOf`, in order (`tape_library` is
    /// `tape_library_device` plus its own fields). `properties` already holds theirs.
    public let allOf: [String]

    public init(
        name: String, properties: [APIProperty], required: [String] = [], description: String = "",
        allOf: [String] = []
    ) {
        self.name = name
        self.properties = properties
        self.required = required
        self.description = description
        self.allOf = allOf
    }

    /// The property with that name, if the definition has it.
    public func property(named name: String) -> APIProperty? {
        properties.first { $0.name == name }
    }
}
