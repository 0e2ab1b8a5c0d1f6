import CLua
import Foundation
import Lua
import NodeumAPI
import NodeumSimulator
import PropertyBased
import Testing
@testable import NodeumLua

/// Tab completion (`LuaCompleter`) in a state with the real `nodeum` library, connected to a
/// real simulator that must see no request, and with spies that must see no metamethod call.
@Suite(.serialized) struct CompletionTests {
    /// One completion's answer.
    struct Answer: Equatable, CustomStringConvertible {
        let start: Int
        let candidates: [String]
        var description: String { "\(start) \(candidates)" }
    }

    /// A state with `nodeum` installed (on the session's client) and `setup` run.
    static func state(_ session: LuaSession, setup: String) throws -> (LuaState, LuaCompleter) {
        let state = LuaState()
        let client = session.client
        let library = NodeumLibrary { client }
        try library.install(into: state)
        state.retain(library)
        if !setup.isEmpty { _ = try state.run(setup, chunkName: "=setup") }
        return (state, LuaCompleter(state: state))
    }

    /// Completes each line at its end; checks that the simulator saw no request and that
    /// `setup`'s spies (the global `called`) were never triggered.
    static func complete(_ lines: [String], setup: String = "") async throws -> [Answer] {
        try await LuaSession.with { session in
            let before = session.simulator.requestCount
            let (state, completer) = try state(session, setup: setup)
            defer { state.close() }
            let probe = "return called, rawget(nodeum, 'tapes') ~= nil, rawget(nodeum, 'tasks') ~= nil, rawget(nodeum, 'files') ~= nil"
            let built = try state.run(probe).map(LuaSession.describe)
            let top = state.top
            let answers = lines.map { line in
                let (start, candidates) = completer.complete(line: line, cursor: line.utf8.count)
                return Answer(start: start, candidates: candidates)
            }
            #expect(state.top == top, "completion left the stack changed")
            // No handle was built by completing, no spy was called.
            #expect(try state.run(probe).map(LuaSession.describe) == built)
            #expect(built[0] == "nil")
            #expect(session.simulator.requestCount == before)
            return answers
        }
    }

    /// The candidates of one line.
    static func candidates(_ line: String, setup: String = "") async throws -> [String] {
        try await complete([line], setup: setup)[0].candidates
    }

    @Test func globalsFieldsMethodsAndKeywordsComplete() async throws {
        let answers = try await Self.complete([
            "pri", "x = string.for", "t.ab", "s:up", "a.b.c", "fun", "loc", "t:", "(\"abc\"):re", "a[\"b\"].cd",
            "list[2].na", "  return t  .  ab", "t.ab.", "math.pi.",
        ], setup: """
            t = {abc = 1, abd = {}, f = function() end, [1] = "one", ["not a name"] = 2}
            s = "text"
            a = {b = {cde = 1, cdf = 2}}
            list = {{name = 1}, {name = 2, nap = 3}}
            """)
        #expect(answers == [
            Answer(start: 0, candidates: ["print"]),
            Answer(start: 11, candidates: ["format"]),
            Answer(start: 2, candidates: ["abc", "abd"]),
            Answer(start: 2, candidates: ["upper"]),
            Answer(start: 4, candidates: ["cde", "cdf"]),
            Answer(start: 0, candidates: ["function"]),
            Answer(start: 0, candidates: ["local"]),
            Answer(start: 2, candidates: ["f"]),
            Answer(start: 8, candidates: ["rep", "reverse"]),
            Answer(start: 7, candidates: ["cde", "cdf"]),
            Answer(start: 8, candidates: ["name", "nap"]),
            Answer(start: 15, candidates: ["abc", "abd"]),
            Answer(start: 5, candidates: []),
            Answer(start: 8, candidates: []),
        ])
    }

    @Test func extraNamesComeFirstAndAreCompleted() async throws {
        try await LuaSession.with { session in
            let (state, completer) = try Self.state(session, setup: "kept = {mine = {deep = 1}}")
            defer { state.close() }
            lua_getglobal(state.L, "kept")
            completer.extraNames = LuaRef(popping: state)
            #expect(completer.complete(line: "mi", cursor: 2) == (0, ["mine"]))
            #expect(completer.complete(line: "mine.d", cursor: 6).candidates == ["deep"])
            #expect(completer.complete(line: "pri", cursor: 3).candidates == ["print"])
        }
    }

    @Test func nodeumFieldsAreCollectionsFromTheCatalogAndTheTablesFields() async throws {
        let collectionsT = CompletionCatalog.collectionNames.filter { $0.hasPrefix("ta") }
        #expect(collectionsT.contains("tapes") && collectionsT.contains("task_executions") && collectionsT.contains("tasks"))
        let answers = try await Self.complete(["nodeum.ta", "nodeum.sp", "nodeum.", "x = nodeum.co", "nodeum:"])
        #expect(answers[0] == Answer(start: 7, candidates: collectionsT))
        #expect(answers[1].candidates == ["spawn"])
        let fields = ["all", "api", "connect", "max_in_flight", "null", "op", "request", "sleep", "spawn", "wait", "wait_for_execution"]
        #expect(answers[2].candidates == Array(Set(fields + CompletionCatalog.collectionNames)).sorted())
        #expect(answers[3].candidates == (["connect"] + CompletionCatalog.collectionNames.filter { $0.hasPrefix("co") }).sorted())
        #expect(answers[4].candidates == ["all", "connect", "max_in_flight", "request", "sleep", "spawn", "wait", "wait_for_execution"])
    }

    @Test func handleMethodsItemActionsNestedCollectionsAndCursorMethods() async throws {
        let answers = try await Self.complete([
            "nodeum.tapes:", "nodeum.tasks:at(7):", "nodeum.tasks:at(7).", "t:r", "t.task_executions:at(3):",
            "nodeum.tapes:list{}:", "nodeum.tapes:list{locked = true}:map(f):ta", "c:f", "nodeum.tasks:at(7).task_ex",
            "nodeum.tapes:get(1).bar", "nodeum.tapes:list{}:first().bar", "nodeum.tapes.", "nodeum.api.index_tapes{}.ta",
        ], setup: "t = nodeum.tasks:at(7); c = nodeum.tasks:list{}")
        #expect(answers[0].candidates == ["at", "get", "list"])
        let taskActions = ["create_schedule", "delete", "destroy_schedule", "get", "pause", "pause_result", "resume",
                           "resume_result", "run", "run_result", "show_schedule", "stop", "stop_result", "update",
                           "update_schedule"]
        let taskChildren = ["files", "task_callbacks", "task_destinations", "task_executions", "task_metadata",
                            "task_options", "task_sources"]
        #expect(answers[1].candidates == taskActions)
        #expect(answers[2].candidates == taskChildren)
        #expect(answers[3].candidates == ["resume", "resume_result", "run", "run_result"])
        #expect(answers[4].candidates == ["get", "wait"])
        let cursorMethods = ["all", "any", "collect", "count", "each", "enumerate", "filter", "find", "first", "fold",
                             "iter", "map", "pages", "skip", "take"]
        #expect(answers[5].candidates == cursorMethods)
        #expect(answers[6].candidates == ["take"])
        #expect(answers[7].candidates == ["filter", "find", "first", "fold"])
        #expect(answers[8].candidates == ["task_executions"])
        #expect(answers[9].candidates == ["barcode"])
        #expect(answers[10].candidates == ["barcode"])
        #expect(answers[11].candidates == [])
        #expect(answers[12].candidates == ["tapes"])
    }

    @Test func handleMethodsAreWhatTheHandlesThemselvesSayTheyHave() async throws {
        // The handles' own error messages list what they offer: the oracle for completion.
        let said = try await LuaSession.with { session in
            let (state, _) = try Self.state(session, setup: "")
            defer { state.close() }
            return try state.run("""
                local _, a = pcall(function() return nodeum.tapes.nope end)
                local _, b = pcall(function() return nodeum.tasks:at(7).nope end)
                return a, b
                """).map { $0.text ?? "" }
        }
        func listed(_ message: String) -> [String] {
            guard let open = message.range(of: "(it has: ")?.upperBound, let close = message.lastIndex(of: ")") else { return [] }
            return message[open..<close].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.sorted()
        }
        let answers = try await Self.complete(["nodeum.tapes:", "nodeum.tasks:at(7):", "nodeum.tasks:at(7)."])
        #expect(answers[0].candidates == listed(said[0]))
        #expect((answers[1].candidates + answers[2].candidates).sorted() == listed(said[1]))
    }

    @Test func apiCompletesOperationIDs() async throws {
        let answers = try await Self.complete(["nodeum.api.index_ta", "nodeum.api.", "nodeum.api.nothing_like_this", "nodeum.api:"])
        #expect(answers[0] == Answer(start: 11, candidates: [
            "index_tape_drive_devices", "index_tape_drives", "index_tape_drives_by_tape_library", "index_tape_libraries",
            "index_tape_library_devices", "index_tape_stats", "index_tapes", "index_tapes_by_file_by_pool",
            "index_tapes_by_file_by_task", "index_tapes_by_file_by_task_execution",
            "index_tapes_by_file_by_task_execution_by_task", "index_tapes_by_pool", "index_tapes_by_tape_library",
            "index_task_callbacks", "index_task_destinations", "index_task_executions", "index_task_executions_by_task",
            "index_task_metadata", "index_task_metadata_definitions", "index_task_options", "index_task_schedules",
            "index_task_sources", "index_tasks",
        ]))
        #expect(answers[1].candidates.count == 210)
        #expect(answers[1].candidates == APICatalog.operations.map(\.id).sorted())
        #expect(answers[2].candidates == [])
        #expect(answers[3].candidates == [])
    }

    @Test func filterNamesInsideTableArguments() async throws {
        let answers = try await Self.complete([
            "nodeum.tapes:list{lo", "nodeum.tapes:list{locked = true, sc", "nodeum.tapes:list({ wri",
            "nodeum.api.index_tapes{bar", "nodeum.tasks:at(1).task_executions:list{sta", "nodeum.tapes:list{page_",
            "nodeum.tasks:create{workflow_", "nodeum.pools:update(3, {comm", "nodeum.api.create_task{body = {conf",
            "nodeum.connect{ur", "x = {lo", "nodeum.tapes:list{locked = lo", "nodeum.api.run_task{",
            "nodeum.tasks:at(7):run{", "nodeum.task_executions:at(1):wait{", "t:update{workflow_ac",
            "nodeum.tapes:list{locked = true, scratch = false, ", "nodeum.tapes:list{location = 1, lo",
        ], setup: "lorem = 1; t = nodeum.tasks:at(7)")
        #expect(answers[0] == Answer(start: 18, candidates: ["location", "locked"]))
        #expect(answers[1].candidates == ["scratch"])
        #expect(answers[2].candidates == ["write_protect"])
        #expect(answers[3].candidates == ["barcode"])
        #expect(answers[4].candidates == ["status"])
        #expect(answers[5].candidates == ["page_size"])
        #expect(answers[6].candidates == ["workflow_action", "workflow_type"])
        #expect(answers[7].candidates == ["comment"])
        #expect(answers[8].candidates == ["conflict_resolution"])
        #expect(answers[9].candidates == ["url"])
        #expect(answers[10].candidates == ["load", "loadfile", "local", "lorem"])
        #expect(answers[11].candidates == ["load", "loadfile", "local", "lorem"])
        #expect(answers[12].candidates == ["task_id"])
        #expect(answers[13].candidates == ["timeout", "wait"])
        #expect(answers[14].candidates == ["interval", "progress", "timeout"])
        #expect(answers[15].candidates == ["workflow_action"])
        let tapeFilters = APICatalog.operation("index_tapes")!.parameters.map(\.name).filter { !["limit", "offset"].contains($0) }
        // Keys already given are not offered again.
        #expect(answers[16].candidates == (tapeFilters.filter { $0 != "locked" && $0 != "scratch" }
            + ["page_size", "max_items", "concurrency", "walk", "segments", "checkpoint"]).sorted())
        #expect(answers[17].candidates == ["locked"])
    }

    @Test func enumValuesInsideStrings() async throws {
        let line = "nodeum.task_executions:list{status = \""
        let answers = try await Self.complete([
            line, "nodeum.tapes:list{sort_by = \"bar", "nodeum.tapes:list{sort_by = 'barcode:d",
            "nodeum.tapes:list{sort_by = \"location|bar", "nodeum.api.statistics_by_date{date_attr = 'file_m",
            "nodeum.tasks:create{workflow_type = \"act", "nodeum.tapes:list{barcode = \"", "s = \"sta",
            "nodeum.files:list{type = \"f", "nodeum.api.create_task{body = {workflow_action = \"co",
        ])
        let statuses = APICatalog.definition("task_execution")!.property(named: "status")!.enumValues
        #expect(statuses.contains("in_progress"))
        #expect(answers[0] == Answer(start: line.utf8.count - 1, candidates: statuses.map { "\"\($0)\"" }.sorted()))
        #expect(answers[1].candidates == ["\"barcode\""])
        #expect(answers[2].candidates == ["'barcode:desc'"])
        #expect(answers[3].candidates == ["\"location|barcode\""])
        #expect(answers[4].candidates == ["'file_modification_dt'"])
        #expect(answers[5].candidates == ["\"active_archive\""])
        #expect(answers[6].candidates == [])
        #expect(answers[7].candidates == [])
        #expect(answers[8].candidates == ["\"file\"", "\"folder\""])
        #expect(answers[9].candidates == ["\"copy\""])
    }

    @Test func metamethodsAreNeverTriggered() async throws {
        // `complete` checks that `called` stays nil: any __index, __pairs, __len or __call of
        // the spies would set it.
        let answers = try await Self.complete([
            "spy.", "spy:", "spy.x.", "spy.x:", "proxy.", "proxy.re", "proxy:", "spy[1].", "spy{", "spy{a", "spy(1).",
            "proxy.real.", "sneaky.", "sneaky.inner.", "#spy.", "nodeum.tapes:list{", "nodeum.tasks:at(1).task_executions.",
        ], setup: """
            local function mark() called = true end
            spy = setmetatable({}, {__index = function() mark() return {} end, __pairs = function() mark() return next, {}, nil end,
              __len = function() mark() return 0 end, __call = function() mark() end})
            proxy = setmetatable({real = 1}, {__index = setmetatable({related = 2}, {__index = spy})})
            sneaky = setmetatable({}, {__index = setmetatable({inner = spy}, {__index = function() mark() end})})
            """)
        #expect(answers[0].candidates == [])
        #expect(answers[4].candidates == ["real", "related"])
        #expect(answers[5].candidates == ["real", "related"])
        #expect(answers[12].candidates == ["inner"])
    }

    @Test func oddTextGivesNoCandidatesAndNoCrash() async throws {
        let long = String(repeating: "a.", count: 50_000) + "b"
        let deep = "nodeum" + String(repeating: ":list{}", count: 200) + ":"
        // Text where nothing can follow: inside strings, comments, after what cannot be resolved.
        let silent = [
            "\"", "[[", "--", "-- nodeum.", "x = [[nodeum.", "é.", "nodeum.api.😀", "nodeum.tapes:list{status = \"a\\\"",
            "]].", "::a.", "1.", "nodeum.:", long, deep, "nodeum.tasks:at(:", "\u{0}.", "t.\u{0}", "nodeum.api.x.",
            "nodeum.tapes:list{}:count().", "unknown.", "unknown.field.", "nodeum.nope.", "nodeum.tasks:at(7):nope():",
        ]
        // Unbalanced or odd text that still completes something (globals, keys): never a crash.
        let loud = ["nodeum.tapes:list{{{", ")))", "x[", "nodeum..", "nodeum.tapes:list{[\"x\"] = 1, ", "((((", "}}}}{"]
        let answers = try await Self.complete(silent + loud)
        for (line, answer) in zip(silent, answers) {
            #expect(answer.candidates.isEmpty, "\(line.prefix(40)): \(answer)")
        }
        for answer in answers { #expect(answer.candidates == Array(Set(answer.candidates)).sorted()) }
        // Cursors outside the line or inside a character.
        try await LuaSession.with { session in
            let (state, completer) = try Self.state(session, setup: "")
            defer { state.close() }
            #expect(completer.complete(line: "pri", cursor: -1).candidates == [])
            #expect(completer.complete(line: "pri", cursor: 4).candidates == [])
            #expect(completer.complete(line: "print", cursor: 3).candidates == ["print"])
            #expect(completer.complete(line: "é", cursor: 1).candidates == [])
        }
    }

    @Test func propertyRandomTextNeverCrashesOrCallsAnything() async throws {
        try await LuaSession.with { session in
            let before = session.simulator.requestCount
            let (state, completer) = try Self.state(session, setup: """
                local function mark() called = true end
                spy = setmetatable({}, {__index = function() mark() return spy end, __pairs = mark, __len = mark, __call = mark})
                t = {abc = {def = spy}}
                """)
            defer { state.close() }
            let alphabet = Array("nodeumapitsk.:{}()[]\"'=, -_\\0123456789é😀\n\t#|") + ["\u{0}"]
            let words = ["nodeum", "api", "tapes", "tasks", "list", "at", "spy", "t", "abc", "def", "status", "sort_by",
                         "index_tapes", "task_executions", "\"", "{", "}", "(", ")", ":", ".", "=", ",", "[[", "--"]
            let text = Gen<String>.oneOf(
                Gen.element(of: alphabet).map { $0 ?? "a" }.string(of: 0...40),
                Gen.element(of: words).map { $0 ?? "" }.array(of: 0...12).map { $0.joined() })
            await propertyCheck(count: 400, input: text, Gen.int(in: -2...60)) { line, cursor in
                let (start, candidates) = completer.complete(line: line, cursor: cursor)
                #expect(start >= 0 && start <= max(0, min(cursor, line.utf8.count)))
                #expect(candidates == Array(Set(candidates)).sorted())
            }
            #expect(try state.run("return called").map(LuaSession.describe) == ["nil"])
            #expect(session.simulator.requestCount == before)
        }
    }
}
