import NodeumAPI

extension HelpText {
    /// `help(nodeum.api.show_tape)`: summary, method and path, scope, what it answers (and
    /// whether that is a paginated list), parameters, body, and the calls from handles.
    static func operation(_ op: APIOperation) -> String {
        var head = heading("nodeum.api.\(op.id): \(op.summary)")
        let about = firstParagraph(op.description)
        if !about.isEmpty { head += wrap(about, indent: "  ") }
        var facts = [Row("scope", op.scope?.description ?? "none: any authenticated user")]
        for scope in op.optionalScopes { facts.append(Row("also", "\(scope.description) (optional: shows more)")) }
        if let list = listFact(op) { facts.append(Row("list", list)) }
        facts.append(Row("answers", answers(op)))
        let calls = ResourcePlace.calls(for: op)
        return page([
            head,
            ["  \(op.method.rawValue) \(APICatalog.basePath)\(op.pathTemplate)"] + table(facts, wrapLast: true),
            parameters(op),
            body(op),
            calls.isEmpty ? [] : ["From a handle:"] + calls.map { "  " + $0 },
        ])
    }

    /// `help(nodeum.api)`: the tags, each with its number of operations and their ids.
    static func api() -> String {
        let rows = APICatalog.tags.map { tag -> Row in
            let ops = APICatalog.operations(tag: tag)
            return Row(tag, "\(ops.count)", ops.map(\.id).joined(separator: ", "))
        }
        return page([
            ["nodeum.api: the \(APICatalog.operations.count) operations of the Nodeum API v2, by tag; call one as "
                + "nodeum.api.<id>{params}."]
                + wrap("help(nodeum.api.<id>) or help(\"<id>\") describes one; help(\"<tag>\") lists a tag's operations.",
                       indent: ""),
            table(rows),
        ])
    }

    /// `help("<tag>")`: the operations of one tag; nil for an unknown tag.
    static func tag(_ tag: String) -> String? {
        let ops = APICatalog.operations(tag: tag)
        guard !ops.isEmpty else { return nil }
        return page([
            ["Operations tagged \(tag) (\(ops.count)); help(nodeum.api.<id>) describes one:"],
            table(ops.map { Row($0.id, $0.method.rawValue, $0.summary) }, wrapLast: true),
        ])
    }

    /// The type of a parameter as help shows it: `integer (int64)`, `string[]`.
    static func typeName(_ p: APIParameter) -> String {
        let base = p.type == .array ? "\(p.itemType?.rawValue ?? "any")[]" : p.type.rawValue
        return base + (p.format.map { " (\($0))" } ?? "")
    }

    /// The type of a property as help shows it: `task_source[]`, `map of string[]`, `tape`.
    static func typeName(_ p: APIProperty) -> String {
        func shape(_ type: APIValueType) -> String {
            switch type {
            case .array: "\(p.itemType == .object ? p.definition ?? "object" : p.itemType?.rawValue ?? "any")[]"
            case .object: p.definition ?? "object"
            default: type.rawValue + (p.format.map { " (\($0))" } ?? "")
            }
        }
        if let value = p.mapValueType { return "map of " + shape(value) }
        return shape(p.type)
    }

    /// The first paragraph of a description, on one line.
    static func firstParagraph(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " }) {
                if lines.isEmpty { continue }
                break
            }
            lines.append(line.trimmingTrailingSpaces)
        }
        return lines.joined(separator: " ")
    }

    /// Whether and how the operation answers a list; nil when it does not.
    private static func listFact(_ op: APIOperation) -> String? {
        guard op.answersList else { return nil }
        guard let key = op.itemsKey else { return "a JSON array, all at once" }
        if op.isPaginated {
            return "paginated (limit, offset): the items under \"\(key)\", the total under \"count\""
        }
        return "all at once: the items under \"\(key)\""
    }

    /// The success answers: `200 tape`, `204 no body (true)`.
    private static func answers(_ op: APIOperation) -> String {
        let success = op.responses.filter { (200..<300).contains($0.status) }
        guard !success.isEmpty else { return "nothing documented" }
        return success.map { r in
            let what = r.isFile ? "a file" : r.definition.map { r.isArray ? "\($0)[]" : $0 } ?? "no body (true)"
            return "\(r.status) \(what)"
        }.joined(separator: ", ")
    }

    private static func parameters(_ op: APIOperation) -> [String] {
        guard !op.parameters.isEmpty else { return ["Parameters: none."] }
        let anyRequired = op.parameters.contains { $0.required || $0.location == .path }
        let rows = op.parameters.map { p -> Row in
            var notes: [String] = []
            if !p.enumValues.isEmpty { notes.append("one of: " + p.enumValues.joined(separator: ", ")) }
            if let d = p.defaultValue { notes.append("default: \(d)") }
            if p.type == .array {
                notes.append(p.arrayFormat?.separator.map { "a list, sent joined by \($0 == " " ? "spaces" : $0)" }
                    ?? "a list, sent as one \(p.name)= per item")
            }
            let flag = p.required || p.location == .path ? "required" : ""
            let cells = [p.name, p.location.rawValue, typeName(p)] + (anyRequired ? [flag] : []) + [firstLine(p.description)]
            return Row(cells: cells, notes: notes)
        }
        return ["Parameters:"] + table(rows)
    }

    private static func body(_ op: APIOperation) -> [String] {
        guard let b = op.body else { return [] }
        let what = b.definition.map { b.isArray ? "a list of \($0)" : $0 } ?? (b.isArray ? "a JSON array" : "a JSON object")
        let title = "Body (params.body): \(what)\(b.required ? ", required" : "")"
        guard let name = b.definition, let definition = APICatalog.definition(name) else { return [title] }
        let writable = definition.properties.filter { !$0.readOnly }
        guard !writable.isEmpty else { return [title + "; it has no writable fields"] }
        let anyRequired = writable.contains { definition.required.contains($0.name) }
        let rows = writable.map { p -> Row in
            let flag = definition.required.contains(p.name) ? "required" : ""
            let cells = [p.name, typeName(p)] + (anyRequired ? [flag] : []) + [firstLine(p.description)]
            return Row(cells: cells, notes: p.enumValues.isEmpty ? [] : ["one of: " + p.enumValues.joined(separator: ", ")])
        }
        return [title + "; its writable fields:"] + table(rows)
    }
}
