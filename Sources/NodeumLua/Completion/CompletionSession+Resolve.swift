import CLua
import CLuaShim
import Lua
import NodeumAPI

extension CompletionSession {
    /// The shape of a chain, walking live values raw and the `nodeum` surface by the catalog.
    func resolve(_ steps: [ChainStep]) -> CompletionShape? {
        var shape: CompletionShape
        switch steps.first {
        case .name(let name)?:
            guard pushVariable(name) else { return nil }
            shape = classify(lua_gettop(L))
        case .string?:
            guard reader.pushStringMethods() else { return nil }
            shape = .value(lua_gettop(L))
        default:
            return nil
        }
        var i = 1
        while i < steps.count {
            let next: CompletionShape?
            switch steps[i] {
            case .field(let name): next = field(of: shape, name)
            case .integerIndex(let n): next = index(of: shape, n)
            case .method(let name):
                guard i + 1 < steps.count, steps[i + 1] == .call else { return nil }
                next = call(method: name, of: shape)
                i += 1
            case .call: next = call(shape)
            case .name, .string: next = nil
            }
            guard let next else { return nil }
            shape = next
            i += 1
        }
        return shape
    }

    /// Pushes the value of a variable: from `extraNames`, else the globals.
    func pushVariable(_ name: String) -> Bool {
        if let extraNames {
            extraNames.push(to: L)
            let table = lua_gettop(L)
            if reader.pushField(of: table, named: name) {
                nodeum_remove(L, table)
                return true
            }
            nodeum_pop(L, 1)
        }
        nodeum_pushglobaltable(L)
        let globals = lua_gettop(L)
        if reader.pushMember(of: globals, named: name) {
            nodeum_remove(L, globals)
            return true
        }
        nodeum_pop(L, 1)
        return false
    }

    /// The shape of the live value at `index`: a surface, a handle or cursor (by its
    /// metatable, reading its fields raw), else the value itself.
    func classify(_ index: Int32) -> CompletionShape {
        let r = reader
        if r.pushMetafield(of: index, named: "__nodeum_classes") {
            nodeum_pop(L, 1)
            return .surface(index)
        }
        switch r.metatableName(of: index) {
        case "nodeum.Collection": return place(ofHandle: index).map { .collection($0) } ?? .value(index)
        case "nodeum.Item": return place(ofHandle: index).map { .item($0) } ?? .value(index)
        case "nodeum.Cursor": return .cursor(listOperation(ofCursor: index))
        default: return .value(index)
        }
    }

    /// The resource of a handle, from its raw `_res.path`.
    private func place(ofHandle index: Int32) -> ResourcePlace? {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard reader.pushField(of: index, named: "_res"), reader.pushField(of: lua_gettop(L), named: "path"),
              let path = reader.string(at: -1) else { return nil }
        return ResourcePlace.find(path: path)
    }

    /// The list operation of a cursor that is not derived (raw `_op.id`), else nil.
    private func listOperation(ofCursor index: Int32) -> APIOperation? {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard reader.pushField(of: index, named: "_op"), reader.pushField(of: lua_gettop(L), named: "id"),
              let id = reader.string(at: -1) else { return nil }
        return APICatalog.operation(id)
    }

    private func field(of shape: CompletionShape, _ name: String) -> CompletionShape? {
        switch shape {
        case .value(let index):
            return reader.pushMember(of: index, named: name) ? classify(lua_gettop(L)) : nil
        case .surface(let index):
            if name == "api" { return .api }
            if reader.pushField(of: index, named: name) { return classify(lua_gettop(L)) }
            return ResourcePlace.find(name: name).map { .collection($0) }
        case .api: return APICatalog.operation(name).map { .operation($0) }
        case .item(let place): return place.child(name).map { .collection($0) }
        case .record(let definition): return .property(definition.property(named: name))
        case .operation, .collection, .cursor, .records: return nil
        }
    }

    private func index(of shape: CompletionShape, _ n: Int64) -> CompletionShape? {
        switch shape {
        case .value(let index): return reader.pushIndex(of: index, n) ? classify(lua_gettop(L)) : nil
        case .records(let definition): return .record(definition)
        default: return nil
        }
    }

    /// The shape of `shape:name(...)`, from the catalog (never called).
    private func call(method name: String, of shape: CompletionShape) -> CompletionShape? {
        switch shape {
        case .collection(let place): return place.collectionCall(name)
        case .item(let place): return place.itemCall(name)
        case .cursor(let op):
            switch name {
            case "filter", "take", "skip": return .cursor(op)
            case "map", "enumerate": return .cursor(nil)
            case "first", "find": return op.flatMap(CompletionCatalog.itemDefinition).map { .record($0) }
            case "collect": return op.flatMap(CompletionCatalog.itemDefinition).map { .records($0) }
            default: return nil
            }
        default: return nil
        }
    }

    /// The shape of `shape(...)`: known for operations only (never called).
    private func call(_ shape: CompletionShape) -> CompletionShape? {
        if case .operation(let op) = shape { return .answer(of: op) }
        return nil
    }
}
