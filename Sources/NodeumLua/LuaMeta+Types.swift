import NodeumAPI

/// Names and LuaCATS types for the meta file: classes named after the catalog, types of
/// parameters, properties and answers.
extension LuaMeta {
    /// `task_execution` → `TaskExecution`.
    static func camel(_ name: String) -> String {
        name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The class of a definition: `nodeum.api.TaskExecution`.
    static func recordClass(_ definition: String) -> String { "nodeum.api." + camel(definition) }

    /// The class of a collection handle: `nodeum.TasksTaskExecutionsCollection`.
    static func collectionClass(_ place: ResourcePlace) -> String {
        "nodeum." + (place.ancestors + [place.resource]).map { camel($0.name) }.joined() + "Collection"
    }

    /// The class of an item handle: `nodeum.TasksItem`.
    static func itemClass(_ place: ResourcePlace) -> String {
        "nodeum." + (place.ancestors + [place.resource]).map { camel($0.name) }.joined() + "Item"
    }

    /// The class of a list's filters: `nodeum.IndexTapesFilters`.
    static func filtersClass(_ op: APIOperation) -> String { "nodeum." + camel(op.id) + "Filters" }

    /// A name as a field or key: itself when it is a Lua name, else `["name"]`.
    static func key(_ name: String) -> String {
        let isName = name.first.map { $0 == "_" || $0.isASCII && $0.isLetter } == true
            && name.allSatisfy { $0 == "_" || $0.isASCII && ($0.isLetter || $0.isNumber) }
        return isName ? name : "[\"\(name)\"]"
    }

    /// Enum values as a union of string literals.
    static func literals(_ values: [String]) -> String {
        values.map { "\"\($0.replacingAll("\\", "\\\\").replacingAll("\"", "\\\""))\"" }.joined(separator: "|")
    }

    /// The Lua type of a scalar JSON type.
    static func scalar(_ type: APIValueType) -> String {
        switch type {
        case .string: "string"
        case .integer: "integer"
        case .number: "number"
        case .boolean: "boolean"
        case .array: "any[]"
        case .object: "table"
        case .any: "any"
        }
    }

    /// The Lua type of a definition's property.
    static func type(of p: APIProperty) -> String {
        func shape(_ type: APIValueType) -> String {
            switch type {
            case .array:
                let item = p.itemType == .object ? p.definition.map(recordClass) ?? "table" : scalar(p.itemType ?? .any)
                return item + "[]"
            case .object: return p.definition.map(recordClass) ?? "table"
            case .string where !p.enumValues.isEmpty: return literals(p.enumValues)
            default: return scalar(type)
            }
        }
        if let value = p.mapValueType { return "table<string, \(shape(value))>" }
        return shape(p.type)
    }

    /// The Lua type of a parameter as a call takes it: path ids as integers or strings, query
    /// values also as the operator strings of filters (`">1000"`).
    static func type(of p: APIParameter) -> String {
        if p.location == .path { return "nodeum.Id" }
        switch p.type {
        case .array: return "\(scalar(p.itemType ?? .string))[]|string"
        case .string where !p.enumValues.isEmpty: return literals(p.enumValues) + "|string"
        case .string: return "nodeum.Scalar"
        case .integer, .number, .boolean: return scalar(p.type) + "|string"
        default: return "nodeum.Scalar"
        }
    }

    /// What a call answers: the success responses' types (`true` for no body).
    static func answer(_ op: APIOperation) -> String {
        var types: [String] = []
        for r in op.responses where (200..<300).contains(r.status) {
            let type = r.isFile ? "string" : r.definition.map { recordClass($0) + (r.isArray ? "[]" : "") } ?? "true"
            if !types.contains(type) { types.append(type) }
        }
        return types.isEmpty ? "any" : types.joined(separator: "|")
    }

    /// The type of one item of a list operation's answer.
    static func itemType(_ op: APIOperation) -> String {
        guard let response = op.responses.first(where: { $0.status == 200 }), let name = response.definition else { return "table" }
        if response.isArray { return recordClass(name) }
        guard let key = op.itemsKey, let property = APICatalog.definition(name)?.property(named: key),
              let definition = property.definition else { return "table" }
        return recordClass(definition)
    }

    /// The body's type: its definition, or a list of it.
    static func bodyType(_ body: APIBody) -> String {
        let base = body.definition.map(recordClass) ?? "table"
        return body.isArray ? base + "[]" : base
    }

    /// `{name: type, other?: type}` for the parameters a call still needs, `body` last.
    static func inlineTable(_ parameters: [APIParameter], body: APIBody?, extra: [String] = []) -> String {
        var fields = parameters.map { p in
            "\(key(p.name))\(p.required || p.location == .path ? "" : "?"): \(type(of: p))"
        }
        if let body { fields.append("body\(body.required ? "" : "?"): \(bodyType(body))") }
        fields += extra
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// A description on one line, for the end of an annotation.
    static func oneLine(_ text: String) -> String {
        HelpText.firstParagraph(text).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}

extension String {
    /// Every `target` replaced by `replacement` (Foundation-free).
    func replacingAll(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
