import CLua
import CLuaShim
import Lua
import NodeumAPI

/// The catalog's resources and operations as plain Lua tables, for the Lua half of the
/// library to build handles from.
enum ResourceTable {
    /// Pushes `{[name] = resource, ...}` for the top-level resources.
    static func push(_ resources: [APIResource], to L: OpaquePointer) {
        lua_createtable(L, 0, Int32(resources.count))
        for resource in resources {
            push(resource, to: L)
            lua_setfield(L, -2, resource.name)
        }
    }

    /// `{name=, singular=, path=, list=op, create=op, get=op, update=op, delete=op,
    /// methods={{name, op}...}, item_methods={...}, children={[name]=resource}}`.
    static func push(_ r: APIResource, to L: OpaquePointer) {
        lua_createtable(L, 0, 12)
        r.name.push(to: L)
        lua_setfield(L, -2, "name")
        if let singular = r.singular {
            singular.push(to: L)
            lua_setfield(L, -2, "singular")
        }
        r.path.push(to: L)
        lua_setfield(L, -2, "path")
        for (key, op) in [("list", r.list), ("create", r.create), ("get", r.get), ("update", r.update), ("delete", r.delete)] {
            guard let op else { continue }
            push(op, to: L)
            lua_setfield(L, -2, key)
        }
        push(methods: r.methods, to: L)
        lua_setfield(L, -2, "methods")
        push(methods: r.itemMethods, to: L)
        lua_setfield(L, -2, "item_methods")
        lua_createtable(L, 0, Int32(r.children.count))
        for child in r.children {
            push(child, to: L)
            lua_setfield(L, -2, child.name)
        }
        lua_setfield(L, -2, "children")
    }

    private static func push(methods: [(name: String, operation: APIOperation)], to L: OpaquePointer) {
        lua_createtable(L, Int32(methods.count), 0)
        for (i, method) in methods.enumerated() {
            lua_createtable(L, 2, 0)
            method.name.push(to: L)
            lua_rawseti(L, -2, 1)
            push(method.operation, to: L)
            lua_rawseti(L, -2, 2)
            lua_rawseti(L, -2, lua_Integer(i + 1))
        }
    }

    /// `{id=, method=, path=, path_params={...}, list=bool, paginated=bool, summary=}`.
    static func push(_ op: APIOperation, to L: OpaquePointer) {
        lua_createtable(L, 0, 7)
        op.id.push(to: L)
        lua_setfield(L, -2, "id")
        op.method.rawValue.push(to: L)
        lua_setfield(L, -2, "method")
        op.pathTemplate.push(to: L)
        lua_setfield(L, -2, "path")
        op.pathParameterNames.push(to: L)
        lua_setfield(L, -2, "path_params")
        op.answersList.push(to: L)
        lua_setfield(L, -2, "list")
        op.isPaginated.push(to: L)
        lua_setfield(L, -2, "paginated")
        op.summary.push(to: L)
        lua_setfield(L, -2, "summary")
    }
}
