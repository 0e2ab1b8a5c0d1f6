import Foundation
import Hummingbird
import NodeumAPI

/// Operations that start a background job (device scans, connection tests, syncs, traces):
/// the `PUT` answers 202 with a job, the `GET ..._result?job_id=` answers its result.
enum JobController {
    static let handlers: [String: OperationHandler] = [
        "index_tape_library_devices": { call, state in
            try await jobResult(call, state) { try await devices("tape_libraries", key: "tape_libraries", state) }
        },
        "index_tape_drive_devices": { call, state in
            try await jobResult(call, state) { try await devices("tape_drives", key: "tape_drives", state) }
        },
        "test_cloud_connector": { call, state in
            try validateBody(call)
            return try await accept(call.operation.id, status: "completed", payload: nil, state)
        },
        "test_result_cloud_connector": { call, state in
            try await jobResult(call, state, startedBy: "test_cloud_connector") {
                let buckets = try await state.records.all(kind: "cloud_buckets", scope: nil).prefix(5).map { JSONValue.object($0.body) }
                return .object(JSONObject([("cloud_buckets", .array(Array(buckets)))]))
            }
        },
        "sync_cloud_buckets": { call, state in
            _ = try await ResourceController.resolvePrefix(call, state)
            return try await accept(call.operation.id, status: "completed", payload: nil, state)
        },
        "sync_result_cloud_buckets": { call, state in
            let connector = try await ResourceController.resolvePrefix(call, state).last!
            return try await jobResult(call, state, startedBy: "sync_cloud_buckets") {
                let buckets = try await state.records.all(kind: "cloud_buckets", scope: ResourceModel.membership(of: "cloud_buckets", in: connector).scope)
                return .object(JSONObject([("cloud_buckets", .array(buckets.map { .object($0.body) }))]))
            }
        },
        "test_nas_share": { call, state in
            _ = try await ResourceController.resolvePrefix(call, state)
            try validateBody(call)
            return try await accept(call.operation.id, status: "completed", payload: nil, state)
        },
        "test_result_nas_share": { call, state in
            _ = try await ResourceController.resolvePrefix(call, state)
            return try await jobResult(call, state, startedBy: "test_nas_share") {
                .object(JSONObject([("job_id", .string(call.query["job_id"] ?? "")), ("status", "completed")]))
            }
        },
        "trigger_download_traces": { call, state in try await accept(call.operation.id, status: "completed", payload: nil, state) },
        "result_download_traces": { call, state in
            // A finished job answers its archive (the spec: 200, application/tar+gzip); here an
            // empty gzip stream, which `tar -tz` reads as an empty archive.
            let emptyGzip: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]
            return Response(status: .ok, headers: [.contentType: "application/tar+gzip"],
                            body: .init(byteBuffer: ByteBuffer(bytes: emptyGzip)))
        },
        "sync_primary_pool": { call, state in
            _ = try await ResourceController.resolvePrefix(call, state)
            return Response(status: .noContent)
        },
        "download_reset_vars": { call, state in
            let body = try call.bodyObject()
            guard case .array(let sections)? = body["sections"], !sections.isEmpty else {
                throw APIError.unprocessable(APIError.attributeDetails("sections", error: "blank"))
            }
            var yaml = "# nodeum reset variables\n"
            for s in sections { yaml += "- \(s["value"]?.stringValue ?? "unknown")\n" }
            return Response(status: .ok, headers: [.contentType: "application/x-yaml"], body: .init(byteBuffer: ByteBuffer(string: yaml)))
        },
    ]

    /// A connection test checks its body as a create would (a 422 for a value of the wrong type).
    private static func validateBody(_ call: APICall) throws {
        let body = try call.bodyObject()
        if let definition = call.operation.body?.definition.flatMap(APICatalog.definition) {
            _ = try BodyValidator(definition: definition).validate(body, existing: nil)
        }
    }

    /// Records a job and answers 202 with it.
    static func accept(_ operation: String, status: String, payload: String?, _ state: SimulatorState) async throws -> Response {
        let id = UUID().uuidString.lowercased()
        try await state.jobs.insert(id: id, operation: operation, status: status, payload: payload)
        return Response.json(.object(JSONObject([("job_id", .string(id)), ("status", "queued")])), status: .accepted)
    }

    /// `GET ..._result?job_id=`: the job's state; 404 for an unknown job.
    static func result(_ call: APICall, _ state: SimulatorState) async throws -> Response {
        _ = try await ResourceController.resolvePrefix(call, state)
        let id = call.query["job_id"] ?? ""
        let status = try await state.jobs.status(of: id)
        guard let status else { throw APIError.notFound("job \(id)") }
        return Response.json(.object(JSONObject([("job_id", .string(id)), ("status", .string(status))])))
    }

    /// Answers the result of the job asked for: one `startedBy` started (404 for another id,
    /// real or invented). The device listings take a `job_id` that no operation of the spec
    /// starts (`startedBy` nil): any id is theirs.
    private static func jobResult(
        _ call: APICall, _ state: SimulatorState, startedBy: String? = nil, _ make: () async throws -> JSONValue
    ) async throws -> Response {
        if let startedBy {
            let id = call.query["job_id"] ?? ""
            let operation = try await state.jobs.operation(of: id)
            guard operation == startedBy else { throw APIError.notFound("job \(id)") }
        }
        return Response.json(try await make())
    }

    /// Devices seen on the bus: the libraries or drives already configured.
    private static func devices(_ kind: String, key: String, _ state: SimulatorState) async throws -> JSONValue {
        let deviceDefinition = kind == "tape_libraries" ? "tape_library_device" : "tape_drive_device"
        let deviceFields = APICatalog.definition(deviceDefinition)?.properties.map(\.name) ?? []
        let items = try await state.records.all(kind: kind, scope: nil).map { r -> JSONValue in
            .object(JSONObject(deviceFields.compactMap { f in r.body[f].map { (f, $0) } }))
        }
        return .object(JSONObject([(key, .array(items))]))
    }
}
