import Foundation
import Lua
import NodeumSimulator
import Testing
@testable import NodeumLua

/// `nodeum._show`, what the REPL on a terminal prints: exact text for each kind of value, on
/// the simulator's demo data, with and without colours, at several widths and heights.
@Suite(.serialized) struct ShowTests {
    /// Runs `code` (which may call `show(opts, ...)`, the display with its count filled in)
    /// and returns its first result as text.
    static func shown(_ session: LuaSession, _ code: String) async throws -> String {
        let client = session.client
        return try await LuaThread.run { () -> String in
            let state = LuaState()
            defer { state.close() }
            try EmbeddedStdlib.install(into: state)
            try NodeumLibrary { client }.install(into: state)
            let base = state.top
            try state.load("local display = ...; show = function(opts, ...) return display(opts, select('#', ...), ...) end")
            try state.load(EmbeddedStdlib.source(of: "nodeum._show")!, chunkName: "=nodeum._show")
            try state.pcall(nargs: 0, nresults: 1)
            try state.pcall(nargs: 1, nresults: 0)
            try state.load(code, chunkName: "=test")
            try state.callAsTask()
            return state.popValues(from: base).first?.text ?? "(no text)"
        }
    }

    /// The text shown for the values of `expression`, with `opts` (a Lua table constructor).
    static func show(_ session: LuaSession, _ expression: String, _ opts: String = "{width = 80}") async throws -> String {
        try await shown(session, "return show(\(opts), \(expression))")
    }

    /// Expects `show(opts, <expression>)` to be `expected`.
    static func expectShow(
        _ session: LuaSession, _ expression: String, _ opts: String = "{width = 80}", equals expected: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let text = try await show(session, expression, opts)
        #expect(text == expected, "show(\(opts), \(expression))", sourceLocation: sourceLocation)
    }

    static let plain = "{width = 80}"
    static let colored = "{width = 80, color = true}"

    // MARK: scalars

    @Test func scalarsPrintAsPrintDoes() async throws {
        try await LuaSession.with { s in
            try await Self.expectShow(s, "1, 'two', nil, true, 2.5, 3.0", equals: "1\ttwo\tnil\ttrue\t2.5\t3.0\n")
            try await Self.expectShow(s, "'a\\nb'", equals: "a\nb\n")
            try await Self.expectShow(s, "nil", equals: "nil\n")
            let same = try await Self.shown(s, "return tostring(show({}, print) == tostring(print) .. '\\n')")
            #expect(same == "true")
        }
    }

    @Test func scalarsWithColourKeepStringsRaw() async throws {
        try await LuaSession.with { s in
            try await Self.expectShow(s, "1, 'two', nil, false, 2.5", Self.colored, equals: "\u{1B}[36m1\u{1B}[0m\ttwo\t\u{1B}[35mnil\u{1B}[0m\t\u{1B}[35mfalse\u{1B}[0m\t\u{1B}[36m2.5\u{1B}[0m\n")
        }
    }

    // MARK: records

    @Test func aRecordIsAlignedKeyValueLinesIdAndNameFirst() async throws {
        try await LuaSession.with { s in
            try await Self.expectShow(s, "nodeum.pools:get(1)", equals: """
                id       1
                name     archive-lto
                comment  active_archive pool on tape
                content  tape
                type     active_archive

                """)
            try await Self.expectShow(s, "nodeum.pools:get(1)", Self.colored, equals: """
                \u{1B}[1mid\u{1B}[0m       \u{1B}[36m1\u{1B}[0m
                \u{1B}[1mname\u{1B}[0m     \u{1B}[32marchive-lto\u{1B}[0m
                \u{1B}[1mcomment\u{1B}[0m  \u{1B}[32mactive_archive pool on tape\u{1B}[0m
                \u{1B}[1mcontent\u{1B}[0m  \u{1B}[32mtape\u{1B}[0m
                \u{1B}[1mtype\u{1B}[0m     \u{1B}[32mactive_archive\u{1B}[0m

                """)
        }
    }

    @Test func aRecordsNestedTablesAreOneClippedLine() async throws {
        try await LuaSession.with { s in
            let record = "{id = 3, ok = true, tags = {'a', 'b'}, deep = {x = {1, 2}, y = 'z'}, note = 'line\\nbreak', " +
                "long = string.rep('x', 50)}"
            try await Self.expectShow(s, record, equals: """
                id    3
                deep  { x = { 1, 2 }, y = "z" }
                long  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                note  "line\\nbreak"
                ok    true
                tags  { "a", "b" }

                """)
            try await Self.expectShow(s, record, "{width = 40}", equals: """
                id    3
                deep  { x = { 1, 2 }, y = "z" }
                long  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…
                note  "line\\nbreak"
                ok    true
                tags  { "a", "b" }

                """)
        }
    }

    // MARK: lists of records

    static let poolsAt80 = """
        id  name           comment                       content  type
         1  archive-lto    active_archive pool on tape   tape     active_archive
         2  vault-offline  offline_archive pool on tape  tape     offline_archive
         3  projects       primary pool on nas           nas      primary
         4  exchange       data_exchange pool on nas     nas      data_exchange
         5  cloud-archive  active_archive pool on cloud  cloud    active_archive
         6  scratch        scratch pool on tape          tape     scratch

        """

    static let poolsAt40 = """
        id  name           content
         1  archive-lto    tape
         2  vault-offline  tape
         3  projects       nas
         4  exchange       nas
         5  cloud-archive  cloud
         6  scratch        tape

        """

    @Test func aListOfRecordsIsATableWhoseColumnsFitTheWidth() async throws {
        try await LuaSession.with { s in
            try await Self.expectShow(s, "nodeum.pools:list{}:collect()", equals: Self.poolsAt80)
            try await Self.expectShow(s, "nodeum.pools:list{}:collect()", "{width = 40}", equals: Self.poolsAt40)
        }
    }

    @Test func aTableWithColourKeepsItsAlignment() async throws {
        try await LuaSession.with { s in
            let text = try await Self.show(s, "{{id = 1, name = 'a', ok = true}, {id = 10, name = 'bcd'}}", "{width = 40, color = true}")
            #expect(text == """
                \u{1B}[1mid\u{1B}[0m  \u{1B}[1mname\u{1B}[0m  \u{1B}[1mok\u{1B}[0m
                 \u{1B}[36m1\u{1B}[0m  \u{1B}[32ma\u{1B}[0m     \u{1B}[35mtrue\u{1B}[0m
                \u{1B}[36m10\u{1B}[0m  \u{1B}[32mbcd\u{1B}[0m

                """)
            let stripped = text.replacing(#/\x1B\[[0-9]+m/#, with: "")
            let plain = try await Self.show(s, "{{id = 1, name = 'a', ok = true}, {id = 10, name = 'bcd'}}", "{width = 40}")
            #expect(stripped == plain)
        }
    }

    @Test func aListAnswerWithCountSaysHowManyAreNotFetched() async throws {
        try await LuaSession.with { s in
            try await Self.expectShow(s, "nodeum.api.index_pools{limit = 2}", equals: """
                id  name           comment                       content  type
                 1  archive-lto    active_archive pool on tape   tape     active_archive
                 2  vault-offline  offline_archive pool on tape  tape     offline_archive
                … 4 more on the server, not fetched

                """)
        }
    }

    @Test func aListAnswerWithoutCountIsATableToo() async throws {
        try await LuaSession.with { s in
            try await Self.expectShow(s, "{mounts = {{id = 1, source = '/dev/nst0'}, {id = 2, source = 's3fs#bucket'}}}", equals: """
                id  source
                 1  /dev/nst0
                 2  s3fs#bucket

                """)
            // Not an answer: another key beside the list, or a count that is no integer.
            try await Self.expectShow(s, "{a = {{id = 1}}, b = {{id = 2}}}", equals: "{ a = { { id = 1 } }, b = { { id = 2 } } }\n")
            try await Self.expectShow(s, "{count = 'x', l = {{id = 1}}}", equals: "count  x\nl      { { id = 1 } }\n")
        }
    }

    @Test func aLongListShowsTheRowsThatFitThenHowManyMore() async throws {
        try await LuaSession.with { s in
            try await Self.expectShow(s, "nodeum.pools:list{}:collect()", "{width = 40, height = 7}", equals: """
                id  name           content
                 1  archive-lto    tape
                 2  vault-offline  tape
                 3  projects       nas
                … 3 more (require("nodeum.pretty").print(_) for all)

                """)
            try await Self.expectShow(s, "nodeum.api.index_pools{limit = 4}", "{width = 40, height = 7}", equals: """
                id  name           content
                 1  archive-lto    tape
                 2  vault-offline  tape
                 3  projects       nas
                … 3 more: 1 fetched (require("nodeum.pretty").print(_) for them), 2 on the server

                """)
        }
    }

    // MARK: cursors

    @Test func aCursorShowsItsFirstPageWithOneRequest() async throws {
        try await LuaSession.with { s in
            let before = s.simulator.requestCount
            let text = try await Self.show(s, "nodeum.pools:list{}", "{width = 40, height = 7}")
            #expect(s.simulator.requestCount - before == 1)
            #expect(text == """
                id  name           content
                 1  archive-lto    tape
                 2  vault-offline  tape
                 3  projects       nas
                … 3 more (:collect() for all)

                """)
        }
    }

    @Test func aShortCursorEndsWithTheEmptyPageThatProvesItsEnd() async throws {
        try await LuaSession.with { s in
            // Six pools, up to 58 asked: a count equal to the page's length may be the page's
            // own, so the walk asks once more and meets the end.
            let before = s.simulator.requestCount
            let text = try await Self.show(s, "nodeum.pools:list{}")
            #expect(s.simulator.requestCount - before == 2)
            #expect(text == Self.poolsAt80)
        }
    }

    @Test func aLargeCursorFetchesOnlyWhatTheScreenHolds() async throws {
        try await LuaSession.with { s in
            let before = s.simulator.requestCount
            let text = try await Self.show(s, "nodeum.tapes:list{}", "{width = 80, height = 24}")
            #expect(s.simulator.requestCount - before == 1)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 23)  // 22 lines and the final newline's empty rest
            #expect(lines[0] == "id  barcode   cleaning  date_in               date_move             ejected")
            #expect(lines[1].hasPrefix(" 1  NDM001L"))
            #expect(lines[20].hasPrefix("20  NDM020L"))
            #expect(lines[21] == "… 70 more (:collect() for all)")
        }
    }

    @Test func aCursorWithSkipMaxItemsAndADerivedCursor() async throws {
        try await LuaSession.with { s in
            try await Self.expectShow(s, "nodeum.pools:list{max_items = 4}:skip(1)", "{width = 40, height = 7}", equals: """
                id  name           content
                 2  vault-offline  tape
                 3  projects       nas
                 4  exchange       nas

                """)
            try await Self.expectShow(s, "nodeum.pools:list{}:skip(2)", "{width = 40, height = 7}", equals: """
                id  name           content
                 3  projects       nas
                 4  exchange       nas
                 5  cloud-archive  cloud
                … 1 more (:collect() for all)

                """)
            let before = s.simulator.requestCount
            try await Self.expectShow(s, "nodeum.pools:list{}:map(function(p) return p.name end)", "{width = 40, height = 7}", equals: """
                "archive-lto"
                "vault-offline"
                "projects"
                … more (:collect() for all)

                """)
            try await Self.expectShow(s, "nodeum.pools:list{}:filter(function(p) return p.id % 2 == 0 end)", "{width = 40, height = 7}", equals: """
                id  name           content
                 2  vault-offline  tape
                 4  exchange       nas
                … maybe more (:collect() for all)

                """)
            try await Self.expectShow(s, "nodeum.pools:list{}:map(function(p) return p.name end):take(2)", "{width = 40, height = 7}", equals: """
                "archive-lto"
                "vault-offline"

                """)
            #expect(s.simulator.requestCount - before == 3)
            try await Self.expectShow(s, "nodeum.pools:list{name = 'none'}", equals: "(no items)\n")
        }
    }

    // MARK: handles, other values, cuts

    @Test func handlesPrintTheirDescriptionWithoutARequest() async throws {
        try await LuaSession.with { s in
            let before = s.simulator.requestCount
            try await Self.expectShow(s, "nodeum.tapes", equals: "nodeum.Collection(/tapes)\n")
            try await Self.expectShow(s, "nodeum.tasks:at(7)", equals: "nodeum.Item(/tasks/7)\n")
            try await Self.expectShow(s, "nodeum.tasks:at(7).task_sources, 1", equals: "nodeum.Collection(/tasks/7/task_sources)\t1\n")
            #expect(s.simulator.requestCount == before)
        }
    }

    @Test func otherTablesGoThroughPretty() async throws {
        try await LuaSession.with { s in
            try await Self.expectShow(s, "{1, 2, {3}}", equals: "{ 1, 2, { 3 } }\n")
            try await Self.expectShow(s, "{}", equals: "{}\n")
            // A protected metatable (`__metatable` a string) is no reason to fail.
            try await Self.expectShow(s, "{1, setmetatable({}, {__metatable = 'locked'})}", equals: "{ 1, {} }\n")
            try await Self.expectShow(s, "setmetatable({a = 1}, {__metatable = 'locked'})", equals: "a  1\n")
            try await Self.expectShow(s, "1, {a = {1}, b = {2}}", equals: "1\n{ a = { 1 }, b = { 2 } }\n")
        }
    }

    @Test func longOutputIsCutWithAHint() async throws {
        try await LuaSession.with { s in
            let text = try await Self.show(s, "string.rep('line\\n', 100)", "{width = 80, height = 10}")
            #expect(text == String(repeating: "line\n", count: 7) + "… 94 more lines (print(_) for all)\n")
            let unknown = try await Self.show(s, "string.rep('x\\n', 100)")
            #expect(unknown == String(repeating: "x\n", count: 59) + "… 42 more lines (print(_) for all)\n")
            let table = try await Self.show(s, "(function() local t = {} for i = 1, 30 do t[i] = {i} end return t end)()",
                                            "{width = 80, height = 10, color = true}")
            #expect(table.hasPrefix("{\n  { 1 },\n  { 2 },\n"))
            #expect(table.hasSuffix("\n  { 6 },\n\u{1B}[2m… 25 more lines (require(\"nodeum.pretty\").print(_) for all)\u{1B}[0m\n"))
            let two = try await Self.show(s, "string.rep('x\\n', 10), 2", "{width = 80, height = 7}")
            #expect(two == "x\nx\nx\nx\n… 7 more lines\n")
        }
    }

    @Test func texttableColumnsAndFit() async throws {
        try await LuaSession.with { s in
            let out = try await Self.shown(s, """
                local tt = require "nodeum.texttable"
                local rows = {{b = 1, name = "n", id = 2, a = "xxxxxxxxxx"}, {z = true}}
                local cols = tt.columns(rows)
                local fit = tt.fit(rows, cols, 12)
                return table.concat(cols, ",") .. "|" .. table.concat(fit, ",")
                """)
            #expect(out == "id,name,a,b,z|id,name,b")
        }
    }
}
