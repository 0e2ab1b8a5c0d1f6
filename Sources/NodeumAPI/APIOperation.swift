/// An HTTP method used by the Nodeum API.
public enum HTTPMethod: String, Sendable, Hashable, CaseIterable {
    case get = "GET", post = "POST", put = "PUT", patch = "PATCH", delete = "DELETE"

    /// Whether repeating the call has the same effect as making it once (RFC 9110 §9.2.2).
    public var isIdempotent: Bool { self != .post && self != .patch }
}

/// The JSON type of a parameter, property or array item, as the spec declares it.
public enum APIValueType: String, Sendable, Hashable {
    case string, integer, number, boolean, array, object
    /// No type declared (an empty schema `{}`): any JSON value, as the facet buckets' `val`.
    case any
}

/// How an array-valued query parameter is serialised (Swagger 2.0 `collectionFormat`).
public enum APIArrayFormat: String, Sendable, Hashable {
    case csv, ssv, tsv, pipes, multi

    /// The separator that joins the items into one value; nil for `multi` (repeated key).
    public var separator: String? {
        switch self {
        case .csv: ","
        case .ssv: " "
        case .tsv: "\t"
        case .pipes: "|"
        case .multi: nil
        }
    }
}

/// One path or query parameter of an operation.
public struct APIParameter: Sendable, Hashable {
    /// Where the parameter goes in the request.
    public enum Location: String, Sendable, Hashable { case path, query }

    public let name: String
    public let location: Location
    public let type: APIValueType
    /// Swagger `format` (`int64`, `date-time`, ...), if any.
    public let format: String?
    /// For arrays, the type of the items.
    public let itemType: APIValueType?
    /// For arrays, how the items are joined.
    public let arrayFormat: APIArrayFormat?
    /// The allowed values, empty when any value is allowed.
    public let enumValues: [String]
    /// The default value as the spec writes it, if any.
    public let defaultValue: String?
    public let required: Bool
    public let description: String

    public init(
        name: String, location: Location, type: APIValueType, format: String? = nil,
        itemType: APIValueType? = nil, arrayFormat: APIArrayFormat? = nil,
        enumValues: [String] = [], defaultValue: String? = nil, required: Bool = false,
        description: String = ""
    ) {
        self.name = name
        self.location = location
        self.type = type
        self.format = format
        self.itemType = itemType
        self.arrayFormat = arrayFormat
        self.enumValues = enumValues
        self.defaultValue = defaultValue
        self.required = required
        self.description = description
    }
}

/// The JSON body an operation takes.
public struct APIBody: Sendable, Hashable {
    /// The body parameter's name in the spec (`task_body`).
    public let name: String
    public let required: Bool
    /// The definition the body follows (`task`), if it names one.
    public let definition: String?
    /// True when the body is a JSON array of `definition`.
    public let isArray: Bool
    public let description: String

    public init(name: String, required: Bool, definition: String?, isArray: Bool = false, description: String = "") {
        self.name = name
        self.required = required
        self.definition = definition
        self.isArray = isArray
        self.description = description
    }
}

/// The API-key scope an operation requires (`**API Key Scope**: tapes / index`).
public struct APIScope: Sendable, Hashable, CustomStringConvertible {
    public let controller: String
    public let action: String

    public init(controller: String, action: String) {
        self.controller = controller
        self.action = action
    }

    public var description: String { "\(controller) / \(action)" }
}

/// One documented response of an operation.
public struct APIResponse: Sendable, Hashable {
    public let status: Int
    /// The spec's description; empty where the spec gives none (21 responses).
    public let description: String
    /// The definition of the body (`tape_collection`), if any.
    public let definition: String?
    /// True when the body is a JSON array of `definition`.
    public let isArray: Bool
    /// True when the body is a file download (`schema: {type: file}`), not JSON.
    public let isFile: Bool

    public init(
        status: Int, description: String, definition: String?, isArray: Bool = false, isFile: Bool = false
    ) {
        self.status = status
        self.description = description
        self.definition = definition
        self.isArray = isArray
        self.isFile = isFile
    }
}

/// One operation of the Nodeum API v2, as the spec describes it.
public struct APIOperation: Sendable, Hashable {
    /// The spec's operationId (`index_tapes`).
    public let id: String
    /// The first tag (`tapes`).
    public let tag: String
    public let summary: String
    public let method: HTTPMethod
    /// The path under `/api/v2`, with `{name}` placeholders (`/tasks/{task_id}`).
    public let pathTemplate: String
    /// Path and query parameters, path ones first, in the spec's order.
    public let parameters: [APIParameter]
    public let body: APIBody?
    public let scope: APIScope?
    public let responses: [APIResponse]
    /// For list operations, the key of the items' array in the page (`tapes`): set when the
    /// 200 response is a `*_collection` with `count` and one array property.
    public let collectionKey: String?
    /// The spec's description without its scope lines; empty for most operations.
    public let description: String
    /// Scopes a key may have to see more (`Optional API Key Explicit Scope`, e.g.
    /// `cloud_connectors / get_secret_key` reveals secret keys).
    public let optionalScopes: [APIScope]
    /// The media types the operation answers with (`application/json` unless it downloads a file).
    public let produces: [String]

    public init(
        id: String, tag: String, summary: String, method: HTTPMethod, pathTemplate: String,
        parameters: [APIParameter], body: APIBody?, scope: APIScope?, responses: [APIResponse],
        collectionKey: String?, description: String = "", optionalScopes: [APIScope] = [],
        produces: [String] = ["application/json"]
    ) {
        self.id = id
        self.tag = tag
        self.summary = summary
        self.method = method
        self.pathTemplate = pathTemplate
        self.parameters = parameters
        self.body = body
        self.scope = scope
        self.responses = responses
        self.collectionKey = collectionKey
        self.description = description
        self.optionalScopes = optionalScopes
        self.produces = produces
    }

    /// The 2xx statuses the operation documents.
    public var successStatuses: [Int] { responses.map(\.status).filter { (200..<300).contains($0) } }

    /// The error statuses the operation documents.
    public var errorStatuses: [Int] { responses.map(\.status).filter { $0 >= 400 } }

    /// The names in the path template, in order (`["task_id"]`).
    public var pathParameterNames: [String] { APIPathTemplate.placeholders(in: pathTemplate) }

    /// True for operations that answer a collection page `{count, <collectionKey>: [...]}`.
    /// A few of them (`index_system_users`, `index_tapes_by_file_by_pool`, ...) take no
    /// `limit`/`offset` and answer everything at once: see `isPaginated`.
    public var isList: Bool { collectionKey != nil }

    /// True when the operation takes both `limit` and `offset`.
    public var isPaginated: Bool { parameter(named: "limit") != nil && parameter(named: "offset") != nil }

    /// The query parameters that filter a list: all but paging and sorting
    /// (`APICatalog.pagingParameterNames`).
    public var filterParameters: [APIParameter] {
        parameters.filter { $0.location == .query && !APICatalog.pagingParameterNames.contains($0.name) }
    }

    /// The parameter with that name, if the operation has it.
    public func parameter(named name: String) -> APIParameter? {
        parameters.first { $0.name == name }
    }
}

/// Helpers for `{name}` path templates.
public enum APIPathTemplate {
    /// The placeholder names of a template, in order.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var current: String?
        for ch in template {
            if ch == "{" { current = "" } else if ch == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil { current!.append(ch) }
        }
        return names
    }
}
