import Foundation
import Hummingbird
import NodeumAPI

/// `/statistics/*`: facets computed from the data, shaped by the operation's definition;
/// `StatisticsRepository` runs the SQL.
enum StatisticsController {
    static func handlers() -> [String: OperationHandler] {
        var table: [String: OperationHandler] = [:]
        for op in APICatalog.operations where op.pathTemplate.hasPrefix("/statistics/") {
            table[op.id] = { call, state in try await handle(call, state) }
        }
        return table
    }

    private static func handle(_ call: APICall, _ state: SimulatorState) async throws -> Response {
        try await TaskEngine.advance(state)
        guard let name = call.operation.responses.first(where: { $0.status == 200 })?.definition,
            let definition = APICatalog.definition(name)
        else { throw APIError.notFound("statistics") }
        let source: StatisticsRepository.Source = call.operation.id.hasPrefix("statistics_task") ? .tasks
            : call.operation.id == "statistics_storage" ? .storage : .files
        let dateColumn = call.query["date_attr"].map { a in
            a == "file_change_dt" ? "change_date" : a == "file_access_dt" ? "access_date" : "modification_date"
        } ?? "modification_date"
        let now = Int64(state.now())
        let value = try await state.statistics.facets(definition, source: source, dateColumn: dateColumn, now: now)
        return Response.json(.object(value))
    }
}
