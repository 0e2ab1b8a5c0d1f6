import NodeumAPI
import Testing
@testable import NodeumLua

/// The help pages' Swift half, without Lua: layout, the calls from handles, doc annotations,
/// and the width every page keeps within.
@Suite struct HelpTextTests {
    typealias Row = HelpText.Row

    @Test func tablesAlignColumnsCutTheLastCellAndPutNotesUnderIt() {
        let long = String(repeating: "x", count: 120)
        let lines = HelpText.table([Row("a", "bb", long), Row("ccc", "d", "", notes: ["one of: p, q"]), Row("e", "f", "g", notes: ["n"])])
        #expect(lines == [
            "  a    bb  " + String(repeating: "x", count: 88) + "…",
            "  ccc  d   one of: p, q",
            "  e    f   g",
            "           n",
        ])
        let wrapped = HelpText.table([Row("a", Array(repeating: "word", count: 30).joined(separator: " "))], wrapLast: true)
        #expect(wrapped.count == 2)
        #expect(wrapped.allSatisfy { $0.count <= HelpText.width })
        #expect(wrapped[1].hasPrefix("     word"))
        #expect(HelpText.table([]) == [])
    }

    @Test func listsWrapBetweenItemsNeverInsideOne() {
        let items = (1...30).map { "name\($0) string" }
        let lines = HelpText.list(items)
        #expect(lines.allSatisfy { $0.count <= HelpText.width && $0.hasPrefix("  ") })
        #expect(lines.joined(separator: " ").split(separator: ",").map { $0.trimmingLeadingSpaces } == items)
    }

    @Test func annotationsKeepBracedTypesWhole() {
        #expect(HelpText.annotations("""
            A writer.
            @param file file*|{write: function}
            @param n? integer  how many (default #fields)
            @return nodeum.csv.Writer
            @class nodeum.x.Y
            """) == [
            .init(kind: "param", name: "file", type: "file*|{write: function}", rest: ""),
            .init(kind: "param", name: "n?", type: "integer", rest: "how many (default #fields)"),
            .init(kind: "return", name: "", type: "nodeum.csv.Writer", rest: ""),
            .init(kind: "class", name: "nodeum.x.Y", type: "", rest: ""),
        ])
    }

    @Test func callsFromHandlesUseTheOperationsPathParameters() throws {
        func calls(_ id: String) throws -> [String] { ResourcePlace.calls(for: try #require(APICatalog.operation(id))) }
        #expect(try calls("run_task") == ["nodeum.tasks:at(task_id):run()"])
        #expect(try calls("index_task_executions_by_task") == ["nodeum.tasks:at(task_id).task_executions:list{...}"])
        #expect(try calls("update_task") == ["nodeum.tasks:update(task_id, fields)", "nodeum.tasks:at(task_id):update(fields)"])
        #expect(try calls("index_tape_library_devices") == ["nodeum.tape_libraries:devices{...}"])
        #expect(try calls("run_task_result") == ["nodeum.tasks:at(task_id):run_result{...}"])
        // Every operation is reached from some handle (ResourceTreeTests: each exactly once).
        #expect(APICatalog.operations.filter { ResourcePlace.calls(for: $0).isEmpty }.map(\.id) == [])
    }

    @Test func resourcePlacesFillTheirPathsAndExpressions() throws {
        let place = try #require(ResourcePlace.find(path: "/tasks/{task_id}/task_executions"))
        #expect(place.ancestors.map(\.name) == ["tasks"])
        #expect(place.path(["7"]) == "/tasks/7/task_executions")
        #expect(place.collectionExpression(["7"]) == "nodeum.tasks:at(7).task_executions")
        #expect(place.itemExpression(["7", "\"x\""]) == "nodeum.tasks:at(7).task_executions:at(\"x\")")
        #expect(HandleID(value: "a\"b\\", isText: true).literal == "\"a\\\"b\\\\\"")
        #expect(HandleID(value: "12", isText: false).literal == "12")
        #expect(ResourcePlace.find(path: "/nowhere") == nil)
    }

    @Test func namesFindOperationsCollectionsAndTags() throws {
        let showTape = try #require(APICatalog.operation("show_tape"))
        #expect(HelpText.named("show_tape") == HelpText.operation(showTape))
        #expect(HelpText.named("tapes")?.hasPrefix("nodeum.tapes: the collection /tapes\n") == true)
        #expect(HelpText.named("metadata")?.hasPrefix("Operations tagged metadata (4)") == true)
        #expect(HelpText.named("index_tape") == nil)
        #expect(HelpText.unknown("tsks").contains("Did you mean tasks"))
    }

    /// A line may be wider than the page only for a word (a path, a handle expression) that
    /// is itself too long to share a line.
    static func overflowing(_ page: String) -> [String] {
        page.split(separator: "\n").map(String.init).filter { line in
            line.count > HelpText.width && !line.split(separator: " ").contains { $0.count > 50 }
        }
    }

    @Test func everyOperationAndResourcePageKeepsWithinTheWidth() {
        for op in APICatalog.operations {
            #expect(Self.overflowing(HelpText.operation(op)) == [], "\(op.id)")
        }
        for place in ResourcePlace.all {
            let ids = (0...place.ancestors.count).map { HandleID(value: "\($0 + 1)", isText: false) }
            #expect(Self.overflowing(HelpText.collection(place, ids: Array(ids.dropLast()))) == [], "\(place.resource.path)")
            #expect(Self.overflowing(HelpText.item(place, ids: ids)) == [], "\(place.resource.path) item")
        }
        for page in [HelpText.api(), HelpText.surface(), HelpText.operatorsPage()] {
            #expect(Self.overflowing(page) == [])
        }
    }
}
