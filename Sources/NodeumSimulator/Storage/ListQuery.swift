import GRDB

/// One filter of a list request: an attribute, an operator and the operand(s) as the API writes them.
struct ListFilter: Sendable, Equatable {
    /// The API's filter operators, written as a prefix of the value.
    enum Operator: String, Sendable, CaseIterable {
        case equal = "=", notEqual = "!=", greater = ">", greaterOrEqual = ">=", less = "<"
        case lessOrEqual = "<=", inList = "><", notInList = "!><", like = "~", notLike = "!~"
    }

    let attribute: String
    let op: Operator
    /// One operand, or several for `><` and `!><`.
    let operands: [String]

    /// Splits `>=10` into the operator and operand; a value with no prefix means `=`.
    init(attribute: String, raw: String) {
        self.attribute = attribute
        // Longest prefixes first so that `!><` is not read as `!=`… or `>` as `><`.
        let ordered: [Operator] = [.notInList, .inList, .notEqual, .greaterOrEqual, .lessOrEqual, .notLike,
                                   .greater, .less, .like, .equal]
        let found = ordered.first { raw.hasPrefix($0.rawValue) } ?? .equal
        let rest = raw.hasPrefix(found.rawValue) ? String(raw.dropFirst(found.rawValue.count)) : raw
        op = found
        operands = (found == .inList || found == .notInList)
            ? rest.split(separator: "|", omittingEmptySubsequences: false).map(String.init) : [rest]
    }
}

/// One `sort_by` key.
struct SortKey: Sendable, Equatable {
    let attribute: String
    let descending: Bool

    /// Parses `name`, `name:asc` or `name:desc`; nil for another suffix.
    init?(raw: String) {
        let parts = raw.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, !first.isEmpty else { return nil }
        attribute = first
        switch parts.count > 1 ? parts[1].lowercased() : "asc" {
        case "asc": descending = false
        case "desc": descending = true
        default: return nil
        }
    }

    init(attribute: String, descending: Bool) {
        self.attribute = attribute
        self.descending = descending
    }
}

/// How a list attribute is typed in SQL, so that operands compare as the stored values do.
enum SQLValueKind: Sendable {
    case text, integer, real, boolean

    /// The operand as an SQL value; nil when it cannot be one (`size=>abc`).
    func bind(_ text: String) -> (any DatabaseValueConvertible & Sendable)? {
        switch self {
        case .text: return text
        case .integer: return Int64(text)
        case .real: return Double(text)
        case .boolean:
            switch text.lowercased() {
            case "true", "1", "t", "yes": return 1
            case "false", "0", "f", "no": return 0
            default: return nil
            }
        }
    }
}

/// A piece of SQL with its arguments; values never enter the SQL text.
struct SQLFragment: Sendable {
    var sql: String
    var arguments: StatementArguments

    init(_ sql: String, _ arguments: StatementArguments = []) {
        self.sql = sql
        self.arguments = arguments
    }

    static func + (a: SQLFragment, b: SQLFragment) -> SQLFragment {
        SQLFragment(a.sql + b.sql, a.arguments + b.arguments)
    }
}

/// An attribute a list can filter or sort on: the SQL expression that reads it and its type.
/// The expression is the simulator's own text (a column or `json_extract(body, ?)` with the
/// path bound), never the request's.
struct ListAttribute: Sendable {
    let expression: SQLFragment
    let kind: SQLValueKind
}

extension ListFilter {
    /// The WHERE condition for this filter; throws a 400 when an operand does not fit the type.
    func condition(on attribute: ListAttribute) throws(APIError) -> SQLFragment {
        let e = attribute.expression
        var values: [any DatabaseValueConvertible & Sendable] = []
        for operand in operands {
            let kind: SQLValueKind = (op == .like || op == .notLike) ? .text : attribute.kind
            guard let v = kind.bind(operand) else {
                throw APIError.badRequest(
                    "invalid value for filter \(self.attribute): \(operand)", attribute: self.attribute, value: operand)
            }
            values.append(v)
        }
        let placeholders = Array(repeating: "?", count: values.count).joined(separator: ",")
        var args = StatementArguments()
        for v in values { args += [v] }
        let sql: String
        switch op {
        case .equal: sql = "(\(e.sql) = ?)"
        case .notEqual: sql = "(\(e.sql) IS NOT ?)"
        case .greater: sql = "(\(e.sql) > ?)"
        case .greaterOrEqual: sql = "(\(e.sql) >= ?)"
        case .less: sql = "(\(e.sql) < ?)"
        case .lessOrEqual: sql = "(\(e.sql) <= ?)"
        case .inList: sql = "(\(e.sql) IN (\(placeholders)))"
        case .notInList: sql = "(\(e.sql) IS NULL OR \(e.sql) NOT IN (\(placeholders)))"
        case .like: sql = "(\(e.sql) LIKE ?)"
        case .notLike: sql = "(\(e.sql) IS NULL OR \(e.sql) NOT LIKE ?)"
        }
        // The expression's own arguments repeat as often as the expression appears.
        let uses = sql.components(separatedBy: e.sql).count - 1
        var all = StatementArguments()
        for _ in 0..<uses { all += e.arguments }
        return SQLFragment(sql, all + args)
    }
}
