extension HelpText {
    /// `help(require "nodeum.pretty")`: the module's brief, its functions and classes.
    /// Nil for a module with no doc comments.
    static func stdlibModule(_ module: String) -> String? {
        let docs = EmbeddedStdlib.docs(of: module)
        guard !docs.isEmpty else { return nil }
        let brief = docs.first { $0.kind == .module }.map { prose($0.text) } ?? []
        let functions = docs.filter { $0.kind == .function }
        let classes = docs.filter { $0.kind == .class }
        let example = functions.first { !$0.name.contains(":") && !$0.name.contains(".") }
        return page([
            ["\(module) (require \"\(module)\")"] + brief,
            functions.isEmpty ? [] : ["Functions:"] + table(functions.map { Row(functionTitle($0), firstLine(summary($0.text))) }),
            classes.flatMap { classLines($0) },
            example.map { ["help(require(\"\(module)\").\($0.name)) describes one function."] } ?? [],
        ])
    }

    /// `help(require("nodeum.csv").row)`: a function's doc comment, its parameters and what it
    /// returns, and the fields of the module's classes it takes; headed by `prefix` and the
    /// signature when a prefix is given (`cursor:map(fn)`). Nil when `name` has no doc.
    static func stdlibFunction(module: String, name: String, prefix: String? = nil) -> String? {
        guard let doc = EmbeddedStdlib.doc(module: module, name: name), doc.kind == .function else { return nil }
        var rows: [Row] = []
        var used: [StdlibDoc] = []
        for tag in annotations(doc.text) {
            switch tag.kind {
            case "param":
                rows.append(Row(tag.name, tag.type, tag.rest))
                if let c = EmbeddedStdlib.doc(module: module, name: tag.type.withoutTrailing("?")), c.kind == .class {
                    used.append(c)
                }
            case "return": rows.append(Row("returns", tag.type, tag.rest))
            default: break
            }
        }
        let heading = prefix.map { $0 + doc.signature }
            ?? (name.contains(":") ? "\(module) \(functionTitle(doc))" : "\(module).\(doc.signature)")
        return page([
            [heading] + prose(summary(doc.text)),
            table(rows),
        ] + used.map { classLines($0) })
    }

    /// `Writer:write(record)` for a method, `row(fields, n)` for a module function.
    private static func functionTitle(_ doc: StdlibDoc) -> String {
        guard let cut = doc.name.lastIndex(where: { $0 == ":" || $0 == "." }) else { return doc.signature }
        return String(doc.name[...cut]) + doc.signature
    }

    /// The prose of a comment: its lines before the first annotation.
    private static func summary(_ text: String) -> String {
        summaryLines(text).joined(separator: "\n")
    }

    /// The prose lines of a doc comment, before its first annotation.
    static func summaryLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.hasPrefix("@") }.map(String.init)
    }

    /// Prose lines indented by two; a fenced example as "Example:" with its code indented by four.
    private static func prose(_ text: String) -> [String] {
        var lines: [String] = []
        var inCode = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if !inCode { lines.append("  Example:") }
                inCode.toggle()
                continue
            }
            lines.append(line.isEmpty ? "" : (inCode ? "    " : "  ") + line)
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// A class of the module with its fields.
    private static func classLines(_ doc: StdlibDoc) -> [String] {
        let fields = annotations(doc.text).filter { $0.kind == "field" }
        return ["\(doc.name) (a table with these fields):"] + table(fields.map { Row($0.name, $0.type, $0.rest) })
    }

    /// One `@param name type rest`, `@return type rest`, `@field name type rest` or
    /// `@class name` line.
    struct Annotation: Equatable {
        let kind: String
        let name: String
        let type: String
        let rest: String
    }

    /// The annotations of a comment; a type may hold spaces inside braces or parentheses
    /// (`file*|{write: function}`).
    static func annotations(_ text: String) -> [Annotation] {
        text.split(separator: "\n").compactMap { line -> Annotation? in
            guard line.hasPrefix("@") else { return nil }
            var rest = Substring(line.dropFirst())
            let kind = word(&rest)
            switch kind {
            case "param", "field":
                let name = word(&rest)
                return Annotation(kind: kind, name: name, type: type(&rest), rest: rest.trimmingLeadingSpaces)
            case "return":
                return Annotation(kind: kind, name: "", type: type(&rest), rest: rest.trimmingLeadingSpaces)
            default:
                return Annotation(kind: kind, name: word(&rest), type: "", rest: rest.trimmingLeadingSpaces)
            }
        }
    }

    /// The next space-separated word of `s`, consumed.
    private static func word(_ s: inout Substring) -> String {
        s = Substring(s.trimmingLeadingSpaces)
        let end = s.firstIndex(of: " ") ?? s.endIndex
        defer { s = s[end...] }
        return String(s[..<end])
    }

    /// The next type of `s`, consumed: up to a space outside brackets.
    private static func type(_ s: inout Substring) -> String {
        s = Substring(s.trimmingLeadingSpaces)
        var depth = 0
        var end = s.endIndex
        for i in s.indices {
            switch s[i] {
            case "{", "(", "<", "[": depth += 1
            case "}", ")", ">", "]": depth -= 1
            case " " where depth <= 0: end = i
            default: continue
            }
            if end != s.endIndex { break }
        }
        defer { s = s[end...] }
        return String(s[..<end])
    }
}

extension StringProtocol {
    /// The text without the spaces at its start.
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }

    /// The text without `character` at its end.
    func withoutTrailing(_ character: Character) -> String {
        var s = String(self)
        while s.last == character { s.removeLast() }
        return s
    }
}
