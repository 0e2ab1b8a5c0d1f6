import Foundation
import Lua
import NodeumClient
import NodeumSimulator
import Testing
@testable import NodeumLua

/// `nodeum.api.*` and `nodeum.request` against the simulator over loopback; Lua runs on a
/// thread of its own as in the program.
@Suite(.serialized) struct APIBindingTests {
    /// Starts a simulator, runs `code` with `nodeum` installed, returns the results as text.
    static func run(_ code: String, options: SimulatorOptions = SimulatorOptions(port: 0)) async throws -> [String] {
        let (simulator, url) = try await TestSimulator.start(options)
        do {
            let configuration = try ClientConfiguration(url: url.absoluteString, credentials: .basic(user: "admin", password: "admin"))
            let client = NodeumClient(configuration: configuration)
            let results = try await LuaThread.run { () -> [String] in
                let state = LuaState()
                let library = NodeumLibrary { client }
                try library.install(into: state)
                return try state.run(code, chunkName: "=test").map { $0.text ?? describe($0) }
            }
            try await client.shutdown()
            await simulator.stop()
            return results
        } catch {
            await simulator.stop()
            throw error
        }
    }

    static func describe(_ value: LuaValue) -> String {
        switch value {
        case .integer(let i): "\(i)"
        case .boolean(let b): "\(b)"
        case .nil: "nil"
        default: value.typeName
        }
    }

    @Test func operationsReturnDecodedJSON() async throws {
        let out = try await Self.run("""
            local page = nodeum.api.index_tapes{limit = 2}
            local first = page.tapes[1]
            local one = nodeum.api.show_tape{tape_id = first.id}
            return #page.tapes, math.type(page.count), one.barcode == first.barcode, getmetatable(page.tapes).__jsontype
            """)
        #expect(out == ["2", "integer", "true", "array"])
    }

    @Test func createUpdateDeleteThroughTheBody() async throws {
        let out = try await Self.run("""
            local made = nodeum.api.create_task{body = {name = "a/b c%", workflow_type = "active_archive", workflow_action = "copy"}}
            local again = nodeum.api.show_task{task_id = made.id}
            local renamed = nodeum.api.update_task{task_id = made.id, body = {comment = "x"}}
            local deleted = nodeum.api.destroy_task{task_id = made.id}
            local ok, e = pcall(nodeum.api.show_task, {task_id = made.id})
            return again.name, renamed.comment, deleted, ok, e.status, e.operation, e.method
            """)
        #expect(out == ["a/b c%", "x", "true", "false", "404", "show_task", "GET"])
    }

    @Test func errorsAreTablesThatReadAsOneLine() async throws {
        let out = try await Self.run("""
            local ok, e = pcall(nodeum.api.show_tape, {tape_id = 999999})
            local line = tostring(e)
            local ok2, e2 = pcall(nodeum.api.show_tape, {nope = 1})
            return ok, e.status, type(e.messages), line:find("\\n") == nil, e.url:find("999999") ~= nil, e2.kind
            """)
        #expect(out == ["false", "404", "table", "true", "true", "invalid_request"])
    }

    @Test func unknownOperationsSuggestTheClosest() async throws {
        let out = try await Self.run("""
            local ok, e = pcall(function() return nodeum.api.index_tape end)
            return e
            """)
        #expect(out.first?.contains("no operation 'index_tape' in nodeum.api (did you mean 'index_tapes'") == true)
    }

    @Test func rawRequests() async throws {
        let out = try await Self.run("""
            local page = nodeum.request("GET", "/pools", {query = {limit = 1}})
            local ok, e = pcall(nodeum.request, "BREW", "/pools")
            return #page.pools, ok, e
            """)
        #expect(out[0] == "1")
        #expect(out[1] == "false")
        #expect(out[2].contains("method must be GET, POST, PUT, PATCH or DELETE"))
    }
}
