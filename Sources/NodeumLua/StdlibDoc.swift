/// One doc comment of a stdlib module (its `---` lines, LuaCATS), extracted from stdlib/ by
/// tools/embed-stdlib.py into `EmbeddedStdlib.docs`.
struct StdlibDoc: Sendable, Equatable {
    /// What the comment documents.
    enum Kind: Sendable, Equatable {
        /// The module (its `---@brief` block); `name` is empty.
        case module
        /// A `---@class` block; `name` is the class (`nodeum.pretty.Options`).
        case `class`
        /// A function; `name` is as written after `function`, without the module's table
        /// (`row`, `Writer:write`, `Cursor:map`).
        case function
    }

    /// The module's name (`nodeum.csv`).
    let module: String
    let kind: Kind
    let name: String
    /// For functions, the short name and parameters (`row(fields, n)`); empty otherwise.
    let signature: String
    /// The comment's lines without their `---` and one space (`@param n? integer ...` kept).
    let text: String
}

extension EmbeddedStdlib {
    /// The doc comment of `name` in `module` (a function or a class).
    static func doc(module: String, name: String) -> StdlibDoc? {
        docs.first { $0.module == module && $0.name == name && $0.kind != .module }
    }

    /// The doc comments of one module, in the file's order.
    static func docs(of module: String) -> [StdlibDoc] {
        docs.filter { $0.module == module }
    }

    /// The public modules (those `require` finds) that have doc comments, in order.
    static var documentedModules: [String] {
        var seen = Set<String>()
        return docs.map(\.module).filter { !$0.hasPrefix("nodeum._") && seen.insert($0).inserted }
    }
}
