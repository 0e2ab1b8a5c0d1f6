import NodeumClient
import NodeumSimulator
import Testing

/// The README's client example ("Using the client from Swift"), kept compiling and run
/// against the simulator.
@Suite struct ReadmeExampleTests {
    @Test func theReadmeExampleRuns() async throws {
        let (sim, url) = try await TestSimulator.start(TestSimulator.options(password: TestSimulator.password))
        let password = TestSimulator.password
        do {
            let client = NodeumClient(configuration: try ClientConfiguration(
                url: url.absoluteString, credentials: .basic(user: "admin", password: password)))
            let tape = try await client.call("show_tape", ["tape_id": 1])           // APIValue?
            var names = 0
            for try await file in try client.items("index_files", ["size": ">1000000"],
                                                   options: PaginationOptions(pageSize: 1000, concurrency: 4)) {
                if file["name"]?.stringValue != nil { names += 1 }
            }
            let result = try await client.runJob("run_task", ["task_id": 7])       // waits for the job
            try await client.shutdown()
            #expect(tape?["id"]?.intValue == 1)
            #expect(names > 0)
            #expect(result?["status"]?.stringValue == "completed")
        } catch {
            await sim.stop()
            throw error
        }
        await sim.stop()
    }
}
