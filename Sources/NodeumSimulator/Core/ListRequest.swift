import NodeumAPI

/// The paging, filters and sort order of a list request, checked against its operation.
struct ListRequest: Sendable {
    var limit: Int
    var offset: Int
    var filters: [ListFilter]
    var sort: [SortKey]

    /// Query parameters that steer the list rather than filter it.
    static let pagingNames: Set<String> = ["limit", "offset", "page", "per_page", "sort_by"]

    /// Reads the request's query for `operation`; unknown names and bad numbers are 400s.
    init(query: QueryParameters, operation: APIOperation, maxPageSize: Int) throws(APIError) {
        let filterNames = Set(operation.parameters.filter(\.isFilter).map(\.name))
        for name in query.names where !Self.pagingNames.contains(name) && operation.parameter(named: name) == nil {
            throw APIError.badRequest("unknown filter \(name)", attribute: name, error: "unknown")
        }
        func number(_ name: String) throws(APIError) -> Int? {
            guard let text = query[name] else { return nil }
            guard let n = Int(text), n >= 0 else {
                throw APIError.badRequest("\(name) must be a non-negative integer", attribute: name, value: text)
            }
            return n
        }
        let perPage = try number("per_page")
        let page = try number("page")
        if let page, page < 1 { throw APIError.badRequest("page starts at 1", attribute: "page", value: String(page)) }
        if let limit = try number("limit") {
            self.limit = min(limit, maxPageSize)
            self.offset = try number("offset") ?? 0
        } else if perPage != nil || page != nil {
            let size = min(perPage ?? 20, maxPageSize)
            self.limit = size
            self.offset = try number("offset") ?? ((page ?? 1) - 1) * size
        } else {
            self.limit = maxPageSize
            self.offset = try number("offset") ?? 0
        }
        filters = query.items.filter { filterNames.contains($0.name) }.map { ListFilter(attribute: $0.name, raw: $0.value) }
        sort = []
        if let raw = query["sort_by"] {
            for item in raw.split(separator: "|", omittingEmptySubsequences: true) {
                guard let key = SortKey(raw: String(item)) else {
                    throw APIError.badRequest("invalid sort key \(item)", attribute: "sort_by", value: String(item))
                }
                sort.append(key)
            }
        }
    }
}

extension APIParameter {
    /// True for the query parameters that filter a list (`Filter on name`).
    var isFilter: Bool {
        location == .query && !ListRequest.pagingNames.contains(name) && description.hasPrefix("Filter")
    }
}
