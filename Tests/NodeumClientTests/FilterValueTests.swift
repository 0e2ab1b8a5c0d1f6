import NodeumAPI
import NodeumClient
import Testing

/// A filter value that cannot match its field fails before the request, saying what would.
@Suite struct FilterValueTests {
    static let operators = "operators: = != > >= < <= >< (a|b) !>< ~ !~"

    func refusal(_ op: String, _ params: [String: APIValue]) -> String? {
        do {
            try NodeumClient.validate(op, params, paginated: true)
            return nil
        } catch let e as NodeumClientError {
            #expect(e.kind == .invalidRequest)
            return e.description
        } catch {
            return "\(error)"
        }
    }

    @Test func anEnumValueOutsideTheEnumSuggestsTheClosest() {
        let statuses = "not_activated, done, in_progress, error, paused, stopped_by_system, in_queue, finished_with_warnings, calculating, stopped_by_user"
        #expect(refusal("index_task_executions", ["status": "eror"])
            == "filter 'status' of index_task_executions cannot match 'eror': did you mean 'error'? it is one of \(statuses); \(Self.operators)")
        #expect(refusal("index_task_executions", ["status": "><done|eror"])?.hasPrefix("filter 'status' of index_task_executions cannot match 'eror': did you mean 'error'?") == true)
        #expect(refusal("index_task_executions", ["status": "!=zzzzzz"]) == "filter 'status' of index_task_executions cannot match 'zzzzzz': it is one of \(statuses); \(Self.operators)")
    }

    @Test func booleansIntegersAndNumbersAreChecked() {
        #expect(refusal("index_tapes", ["locked": "yes"]) == "filter 'locked' of index_tapes cannot match 'yes': it is true or false; \(Self.operators)")
        #expect(refusal("index_files", ["size": ">1kb"]) == "filter 'size' of index_files cannot match '1kb': it is an integer; \(Self.operators)")
        #expect(refusal("index_files", ["size": ">="]) == "filter 'size' of index_files cannot match an empty value: it is an integer; \(Self.operators)")
    }

    @Test func valuesThatCanMatchPass() {
        for (op, params) in [
            ("index_tapes", ["locked": APIValue.bool(true)]), ("index_tapes", ["locked": "!=false"]),
            ("index_task_executions", ["status": "><done|error"]), ("index_task_executions", ["status": "!><in_queue|paused"]),
            ("index_task_executions", ["status": "~d%"]), ("index_task_executions", ["status": "!~%e%"]),
            ("index_files", ["size": ">1000"]), ("index_files", ["size": .int(5)]), ("index_files", ["size": "<=-1"]),
            ("index_tapes", ["barcode": "anything at all"]), ("index_task_executions", ["status": .null]),
        ] as [(String, [String: APIValue])] {
            #expect(refusal(op, params) == nil, "\(op) \(params)")
        }
    }

    @Test func datesAreCheckedWhereTheSpecSaysDateTime() throws {
        // Only properties whose format is date or date-time: find one in the catalog.
        let found = APICatalog.operations.lazy.compactMap { op -> (String, String)? in
            guard let item = op.itemDefinition else { return nil }
            return op.filterParameters.first { p in item.property(named: p.name)?.format == "date-time" }.map { (op.id, $0.name) }
        }.first
        guard let (op, name) = found else { return }
        #expect(refusal(op, [name: ">2026-11"]) == nil)
        #expect(refusal(op, [name: "2026-11-30T08:00:00Z"]) == nil)
        #expect(refusal(op, [name: ">yesterday"]) == "filter '\(name)' of \(op) cannot match 'yesterday': it is a date (2026-11-30 or 2026-11-30T08:00:00Z); \(Self.operators)")
    }
}
