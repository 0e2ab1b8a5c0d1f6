import Lua
import NodeumAPI

/// The catalog's resources and operations as plain Lua tables, for the Lua half of the
/// library to build handles from.
enum ResourceTable {
    /// `{[name] = resource, ...}` for the top-level resources.
    static func table(_ resources: [APIResource]) -> LuaTableLiteral {
        LuaTableLiteral(fields: resources.map { ($0.name, table($0)) })
    }

    /// `{name=, singular=, path=, list=op, create=op, get=op, update=op, delete=op,
    /// methods={{name, op}...}, item_methods={...}, children={[name]=resource}}`.
    static func table(_ r: APIResource) -> LuaTableLiteral {
        LuaTableLiteral(fields: [
            ("name", r.name), ("singular", r.singular), ("path", r.path),
            ("list", r.list.map(table)), ("create", r.create.map(table)), ("get", r.get.map(table)),
            ("update", r.update.map(table)), ("delete", r.delete.map(table)),
            ("methods", table(methods: r.methods)), ("item_methods", table(methods: r.itemMethods)),
            ("children", LuaTableLiteral(fields: r.children.map { ($0.name, table($0)) })),
        ])
    }

    private static func table(methods: [(name: String, operation: APIOperation)]) -> LuaTableLiteral {
        LuaTableLiteral(items: methods.map { LuaTableLiteral(items: [$0.name, table($0.operation)]) })
    }

    /// `{id=, method=, path=, path_params={...}, list=bool, paginated=bool, summary=}`.
    static func table(_ op: APIOperation) -> LuaTableLiteral {
        LuaTableLiteral(fields: [
            ("id", op.id), ("method", op.method.rawValue), ("path", op.pathTemplate),
            ("path_params", op.pathParameterNames), ("list", op.answersList), ("paginated", op.isPaginated),
            ("summary", op.summary),
        ])
    }
}
