import Foundation
import Lua
import NodeumAPI
import Testing
@testable import NodeumLua

/// stdlib/meta/nodeum.gen.lua: what LuaMeta renders from the catalog, committed as it is,
/// loadable by Lua, every type it names declared. `NODEUM_WRITE_META=1` rewrites the file
/// (as `tools/regenerate.sh` does, which is how to regenerate it).
@Suite(.serialized) struct LuaMetaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let file = root.appendingPathComponent(LuaMeta.path)
    static let rendered = LuaMeta.render()
    static let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    @Test func committedFileIsWhatTheCatalogGives() throws {
        if ProcessInfo.processInfo.environment["NODEUM_WRITE_META"] == "1" {
            try FileManager.default.createDirectory(at: Self.file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.rendered.write(to: Self.file, atomically: true, encoding: .utf8)
        }
        let committed = (try? String(contentsOf: Self.file, encoding: .utf8)) ?? ""
        let old = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(old, Self.lines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(old.count, Self.lines.count)
        let same = committed == Self.rendered
        #expect(same, """
            \(LuaMeta.path) differs from the catalog from line \(firstDifference + 1) on: \
            run tools/regenerate.sh
            """)
    }

    @Test func loadsAsALuaChunk() throws {
        let state = LuaState()
        defer { state.close() }
        try state.load(Self.rendered, chunkName: "=nodeum.gen.lua")
        // The committed file through the standalone compiler too, where it is installed.
        let luac = URL(fileURLWithPath: "/usr/bin/luac5.4")
        guard FileManager.default.isExecutableFile(atPath: luac.path), FileManager.default.fileExists(atPath: Self.file.path)
        else { return }
        let process = Process()
        process.executableURL = luac
        process.arguments = ["-p", Self.file.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "luac5.4 -p \(LuaMeta.path) failed")
    }

    @Test func everyOperationHasOneFunctionAndEveryCollectionAField() {
        let functions = Self.lines.filter { $0.hasPrefix("function nodeum.api.") }
        #expect(functions.count == APICatalog.operations.count)
        #expect(Set(functions) == Set(APICatalog.operations.map { "function nodeum.api.\($0.id)(params) end" }))
        for resource in APICatalog.resources {
            #expect(Self.lines.contains { $0.hasPrefix("---@field \(resource.name) nodeum.\(LuaMeta.camel(resource.name))Collection ") },
                    "no field for nodeum.\(resource.name)")
        }
        for definition in APICatalog.definitions {
            #expect(Self.lines.contains("---@class \(LuaMeta.recordClass(definition.name))"), "no class for \(definition.name)")
        }
    }

    @Test func everyClassIsDeclaredOnceAndEveryTypeNamedIsDeclared() {
        var declared: [String: Int] = [:]
        for line in Self.lines {
            let text = line.drop { $0 == " " }
            for prefix in ["---@class ", "---@alias "] where text.hasPrefix(prefix) {
                let name = text.dropFirst(prefix.count).prefix { $0 != " " && $0 != "<" && $0 != ":" }
                declared[String(name), default: 0] += 1
            }
        }
        #expect(declared.filter { $0.value > 1 }.isEmpty, "declared twice: \(declared.filter { $0.value > 1 }.keys.sorted())")
        // Type names: dotted, from `nodeum`, their last part capitalised (nodeum.api.Tape, nodeum.Cursor).
        var undeclared = Set<String>()
        for line in Self.lines where line.drop(while: { $0 == " " }).hasPrefix("---@") || line.hasPrefix("---@") {
            for match in line.matches(of: /nodeum(?:\.[a-z_]+)*\.[A-Z]\w*/) where declared[String(match.output)] == nil {
                undeclared.insert(String(match.output))
            }
        }
        #expect(undeclared.isEmpty, "named but not declared: \(undeclared.sorted())")
        #expect(declared["nodeum.TasksTaskExecutionsCollection"] == 1 && declared["nodeum.TasksItem"] == 1)
    }

    @Test func anOperationAndAListReadAsExpected() {
        let text = Self.rendered
        #expect(text.contains("""

            --- Displays a specific tape.
            --- `GET /api/v2/tapes/{tape_id}` (scope tapes / show)
            ---@param params {tape_id: nodeum.Id}
            ---@return nodeum.api.Tape
            function nodeum.api.show_tape(params) end

            """))
        #expect(text.contains("""
              --- Lists all tapes.
              --- `index_tapes`: GET /api/v2/tapes
              ---@param filters? nodeum.IndexTapesFilters
              ---@return nodeum.Cursor<nodeum.api.Tape>
              function C:list(filters) end
            """))
        #expect(text.contains("---@class nodeum.IndexTapesFilters: nodeum.ListOptions\n---@field id? nodeum.Scalar Filter on id\n"))
        #expect(text.contains("  ---@field task_executions nodeum.TasksTaskExecutionsCollection /tasks/{task_id}/task_executions\n"))
    }
}
