import NodeumClient
import Testing

/// A read-only client refuses every call but GET before sending it, in words of its own (the
/// shell names its flag instead).
@Suite struct ReadOnlyTests {
    @Test func callsButGETAreRefusedBeforeSendingNamingTheCause() async throws {
        try await TestSimulator.withClient(configure: { $0.safety.readOnly = true }) { client, sim, url in
            let before = sim.requestCount
            let error = await #expect(throws: NodeumClientError.self) { try await client.call("destroy_task", ["task_id": 1]) }
            #expect(error?.kind == .readOnly)
            #expect(error?.description == "DELETE \(url.absoluteString)/tasks/1 (destroy_task) not sent: read-only mode allows only GET")
            #expect(sim.requestCount == before)
            let shown = try await client.call("show_task", ["task_id": 1])
            #expect(shown?["id"] == 1)
        }
        try await TestSimulator.withClient(configure: { $0.safety.readOnly = true; $0.safety.readOnlyCause = "--read-only" }) { client, _, _ in
            let error = await #expect(throws: NodeumClientError.self) { try await client.call("run_task", ["task_id": 1]) }
            #expect(error?.description.hasSuffix("(run_task) not sent: --read-only allows only GET") == true)
        }
    }
}
