import Hummingbird
import NodeumAPI

/// The file tree: files of the catalog, of a pool (also import and on-tape views), of a
/// container, of a task and of a task execution; a file, its children, the tapes it is on.
enum FileController {
    static func handlers() -> [String: OperationHandler] {
        var table: [String: OperationHandler] = [:]
        for op in APICatalog.operations where isFileOperation(op) {
            table[op.id] = { call, state in try await handle(call, state) }
        }
        return table
    }

    private static let fileSegments: Set<String> = ["files", "import_files", "on_tapes_files"]

    static func isFileOperation(_ op: APIOperation) -> Bool {
        op.pathTemplate.split(separator: "/").contains { fileSegments.contains(String($0)) }
    }

    private static func handle(_ call: APICall, _ state: SimulatorState) async throws -> Response {
        let parents = try await ResourceController.resolvePrefix(call, state)
        let parts = call.operation.pathTemplate.split(separator: "/").map(String.init)
        guard let at = parts.firstIndex(where: { fileSegments.contains($0) }) else { throw APIError.notFound("files") }
        let segment = parts[at]
        let rest = Array(parts[(at + 1)...])
        let scope = try scope(segment: segment, parent: parents.last)
        let onTapes = segment == "on_tapes_files"
        let key = call.operation.collectionKey ?? segment

        if rest.isEmpty {
            try await ResourceHooks.beforeRead(kind: "task_executions", state)
            let request = try ListRequest(query: call.query, operation: call.operation, maxPageSize: state.options.maxPageSize)
            let page = try await state.files.list(scope: scope, parent: nil, request: request, onTapes: onTapes)
            return Response.json(text: page.json(key: key))
        }
        let idName = String(rest[0].dropFirst().dropLast())
        let raw = call.path(idName)
        guard let id = Int64(raw) else { throw APIError.badRequest("\(idName) must be a numeric id", attribute: idName, value: raw) }
        if rest.count == 1 {
            guard let text = try await state.files.find(id: id, scope: scope) else { throw APIError.notFound("file \(id)") }
            return Response.json(text: onTapes ? try await onTapesFile(id, text, state) : text)
        }
        switch rest[1] {
        case "children":
            guard let folder = try await state.files.isFolder(id: id, scope: scope) else { throw APIError.notFound("folder \(id)") }
            let request = try ListRequest(query: call.query, operation: call.operation, maxPageSize: state.options.maxPageSize)
            let page = folder ? try await state.files.list(scope: scope, parent: id, request: request, onTapes: onTapes)
                : Page(count: 0, items: [])
            return Response.json(text: page.json(key: key))
        case "tapes":
            guard try await state.files.find(id: id, scope: scope) != nil else { throw APIError.notFound("file \(id)") }
            var tapes: [String] = []
            for tapeID in try await state.files.tapeIDs(of: id) {
                if let t = try await state.records.find(kind: "tapes", idOrName: String(tapeID), nameFields: [], scope: nil) {
                    tapes.append(JSONValue.object(t.body).serialized)
                }
            }
            let request = try ListRequest(query: call.query, operation: call.operation, maxPageSize: state.options.maxPageSize)
            let page = Page(count: tapes.count, items: Array(tapes.dropFirst(request.offset).prefix(request.limit)))
            return Response.json(text: page.json(key: call.operation.collectionKey ?? "tapes"))
        default:
            throw APIError.notFound("path")
        }
    }

    private static func scope(segment: String, parent: Record?) throws -> FileScope {
        switch (segment, parent?.kind) {
        case ("import_files", "pools"?): .imports(pool: parent!.id)
        case ("on_tapes_files", "pools"?): .onTapes(pool: parent!.id)
        case (_, "pools"?): .pool(parent!.id)
        case (_, "containers"?): .container(parent!.id)
        case (_, "tasks"?): .task(parent!.id)
        case (_, "task_executions"?): .execution(parent!.id)
        default: .catalog
        }
    }

    private static func onTapesFile(_ id: Int64, _ text: String, _ state: SimulatorState) async throws -> String {
        guard case .object(let file)? = JSONValue.parse(text) else { return text }
        var barcodes: [JSONValue] = []
        for tapeID in try await state.files.tapeIDs(of: id) {
            if let t = try await state.records.find(kind: "tapes", idOrName: String(tapeID), nameFields: [], scope: nil),
                let b = t.body["barcode"]
            { barcodes.append(b) }
        }
        let o = JSONObject([("id", file["id"] ?? .null), ("name", file["name"] ?? .null), ("type", file["type"] ?? .null),
                            ("size", file["size"] ?? .null), ("barcodes", .array(barcodes))])
        return JSONValue.object(o).serialized
    }
}
