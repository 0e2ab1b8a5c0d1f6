import Foundation
import NodeumAPI

/// Checks a list filter's value before it is sent. The spec declares every filter a string (it
/// carries an operator prefix, `>=10`, `><a|b`), but the field it filters on has a type: the
/// listed items' property of the same name says boolean, integer, number, date or one of an
/// enum's values. A value that can never match such a field (`locked = "yes"`, `status =
/// "eror"`) is refused with what would, instead of silently counting 0.
enum FilterValues {
    /// The operator prefixes, longest first.
    static let operators = ["!><", "><", "!=", ">=", "<=", "!~", "~", ">", "<", "="]

    /// What a filter's field accepts, or nil when any text may match.
    struct Expectation {
        let parameter: String
        let type: APIValueType
        let format: String?
        let enumValues: [String]
    }

    /// The expectation for filter `p` of `op`: its own enum, else the item property's type.
    static func expectation(_ p: APIParameter, of op: APIOperation) -> Expectation? {
        guard p.location == .query, !APICatalog.pagingParameterNames.contains(p.name), p.name != "sort_by" else { return nil }
        if !p.enumValues.isEmpty { return Expectation(parameter: p.name, type: .string, format: nil, enumValues: p.enumValues) }
        if p.type != .string { return nil }
        guard let property = op.itemDefinition?.property(named: p.name) else { return nil }
        switch property.type {
        case .boolean, .integer, .number:
            return Expectation(parameter: p.name, type: property.type, format: property.format, enumValues: property.enumValues)
        case .string where !property.enumValues.isEmpty || ["date-time", "date"].contains(property.format ?? ""):
            return Expectation(parameter: p.name, type: .string, format: property.format, enumValues: property.enumValues)
        default:
            return nil
        }
    }

    /// Throws when `value` cannot match the field `p` of `op` filters on.
    static func check(_ value: APIValue, _ p: APIParameter, of op: APIOperation) throws {
        guard let expected = expectation(p, of: op) else { return }
        let texts: [String]
        switch value {
        case .array(let items): texts = items.compactMap { try? PreparedRequest.scalarText($0, name: p.name, op: op) }
        case .null: return
        default: texts = [try PreparedRequest.scalarText(value, name: p.name, op: op)]
        }
        for text in texts { try checkText(text, expected, op: op) }
    }

    private static func checkText(_ text: String, _ expected: Expectation, op: APIOperation) throws {
        let op2 = operators.first { text.hasPrefix($0) }
        let operand = String(text.dropFirst(op2?.count ?? 0))
        if op2 == "~" || op2 == "!~" { return }  // a pattern: any text
        let values = op2 == "><" || op2 == "!><" ? operand.split(separator: "|", omittingEmptySubsequences: false).map(String.init) : [operand]
        for v in values where !accepts(v, expected) {
            throw NodeumClientError.invalidRequest(
                "filter '\(expected.parameter)' of \(op.id) cannot match \(quoted(v)): \(wanted(expected, near: v)); "
                    + "operators: = != > >= < <= >< (a|b) !>< ~ !~", operationID: op.id)
        }
    }

    static func accepts(_ v: String, _ e: Expectation) -> Bool {
        if !e.enumValues.isEmpty { return e.enumValues.contains(v) }
        switch e.type {
        case .boolean: return v == "true" || v == "false"
        case .integer: return Int64(v) != nil
        case .number: return Double(v).map { $0.isFinite } ?? false
        default: return isDate(v)
        }
    }

    private static func wanted(_ e: Expectation, near v: String) -> String {
        if !e.enumValues.isEmpty {
            let hint = Suggestion.closest(to: v, in: e.enumValues).map { "did you mean '\($0)'? " } ?? ""
            return "\(hint)it is one of \(e.enumValues.joined(separator: ", "))"
        }
        switch e.type {
        case .boolean: return "it is true or false"
        case .integer: return "it is an integer"
        case .number: return "it is a number"
        default: return "it is a date (2026-11-30 or 2026-11-30T08:00:00Z)"
        }
    }

    private static func quoted(_ v: String) -> String { v.isEmpty ? "an empty value" : "'\(v)'" }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (dates compare as text, so a prefix bounds a range),
    /// optionally followed by `THH:MM[:SS[.fff]]` and `Z` or `±HH:MM`.
    static func isDate(_ v: String) -> Bool {
        let pattern = #"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"#
        return v.range(of: pattern, options: .regularExpression) != nil
    }
}
