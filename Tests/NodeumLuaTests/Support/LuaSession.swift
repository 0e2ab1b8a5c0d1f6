import Foundation
import Lua
import NodeumClient
import NodeumSimulator
@testable import NodeumLua

/// A simulator on loopback and a Lua state with `nodeum` installed, running chunks as the
/// program does: on a thread of their own, each chunk a scheduler task.
final class LuaSession {
    let simulator: Simulator
    let url: URL
    let client: NodeumClient

    init(options: SimulatorOptions = SimulatorOptions(port: 0)) async throws {
        (simulator, url) = try await TestSimulator.start(options)
        client = NodeumClient(configuration: try ClientConfiguration(
            url: url.absoluteString, credentials: .basic(user: "admin", password: "admin")))
    }

    /// Runs `code` and returns its results as text (`nil`, `true`, integers; a table's type name).
    func run(_ code: String) async throws -> [String] {
        let client = self.client
        return try await LuaThread.run { () -> [String] in
            let state = LuaState()
            defer { state.close() }
            let library = NodeumLibrary { client }
            try library.install(into: state)
            try state.load(code, chunkName: "=test")
            let base = state.top - 1
            try state.callAsTask()
            return state.popValues(from: base).map { $0.text ?? Self.describe($0) }
        }
    }

    /// Runs `code` and returns the error it ends with.
    func failure(_ code: String) async throws -> LuaError {
        do {
            let out = try await run(code)
            throw LuaError("expected an error, got \(out)")
        } catch let error as LuaError {
            return error
        }
    }

    func close() async {
        try? await client.shutdown()
        await simulator.stop()
    }

    static func describe(_ value: LuaValue) -> String {
        switch value {
        case .integer(let i): "\(i)"
        case .number(let d): "\(d)"
        case .boolean(let b): "\(b)"
        case .nil: "nil"
        default: value.typeName
        }
    }

    /// Runs `body` with a session, closing it afterwards.
    static func with<T>(
        _ options: SimulatorOptions = SimulatorOptions(port: 0), _ body: (LuaSession) async throws -> T
    ) async throws -> T {
        let session = try await LuaSession(options: options)
        do {
            let value = try await body(session)
            await session.close()
            return value
        } catch {
            await session.close()
            throw error
        }
    }
}
