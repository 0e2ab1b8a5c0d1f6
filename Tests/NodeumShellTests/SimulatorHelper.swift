import Foundation
import NodeumSimulator

/// Runs `body` with the URL of a simulator started in this process on a free loopback port
/// (admin/admin, demo data unless `options` says otherwise); stopped afterwards, whatever
/// `body` does.
func withSimulator(_ options: SimulatorOptions = SimulatorOptions(port: 0), _ body: (String) async throws -> Void) async throws {
    let simulator = Simulator(options: options)
    let url = try await simulator.start()
    do {
        try await body(url.absoluteString)
    } catch {
        await simulator.stop()
        throw error
    }
    await simulator.stop()
}
