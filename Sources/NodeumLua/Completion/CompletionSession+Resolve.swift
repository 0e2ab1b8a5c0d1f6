import Lua
import NodeumAPI

extension CompletionSession {
    /// The shape of a chain, walking live values raw and the `nodeum` surface by the catalog.
    func resolve(_ steps: [ChainStep]) -> CompletionShape? {
        var shape: CompletionShape
        switch steps.first {
        case .name(let name)?:
            guard pushVariable(name) else { return nil }
            shape = classify(reader.top)
        case .string?:
            guard reader.pushStringMethods() else { return nil }
            shape = .value(reader.top)
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
            let table = reader.top
            if reader.pushField(of: table, named: name) {
                reader.remove(at: table)
                return true
            }
            reader.pop()
        }
        reader.pushGlobals()
        let globals = reader.top
        if reader.pushMember(of: globals, named: name) {
            reader.remove(at: globals)
            return true
        }
        reader.pop()
        return false
    }

    /// The shape of the live value at `index`: a surface, a handle or cursor (by its
    /// metatable, reading its fields raw), else the value itself.
    func classify(_ index: Int32) -> CompletionShape {
        let r = reader
        if r.pushMetafield(of: index, named: "__nodeum_classes") {
            reader.pop()
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
        let top = reader.top
        defer { reader.top = top }
        guard reader.pushField(of: index, named: "_res"), reader.pushField(of: reader.top, named: "path"),
              let path = reader.string(at: -1) else { return nil }
        return ResourcePlace.find(path: path)
    }

    /// The list operation of a cursor that is not derived (raw `_op.id`), else nil.
    private func listOperation(ofCursor index: Int32) -> APIOperation? {
        let top = reader.top
        defer { reader.top = top }
        guard reader.pushField(of: index, named: "_op"), reader.pushField(of: reader.top, named: "id"),
              let id = reader.string(at: -1) else { return nil }
        return APICatalog.operation(id)
    }

    private func field(of shape: CompletionShape, _ name: String) -> CompletionShape? {
        switch shape {
        case .value(let index):
            return reader.pushMember(of: index, named: name) ? classify(reader.top) : nil
        case .surface(let index):
            if name == "api" { return .api }
            if reader.pushField(of: index, named: name) { return classify(reader.top) }
            return ResourcePlace.find(name: name).map { .collection($0) }
        case .api: return APICatalog.operation(name).map { .operation($0) }
        case .item(let place): return place.child(name).map { .collection($0) }
        case .record(let definition): return .property(definition.property(named: name))
        case .operation, .collection, .cursor, .records: return nil
        }
    }

    private func index(of shape: CompletionShape, _ n: Int64) -> CompletionShape? {
        switch shape {
        case .value(let index): return reader.pushIndex(of: index, n) ? classify(reader.top) : nil
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
