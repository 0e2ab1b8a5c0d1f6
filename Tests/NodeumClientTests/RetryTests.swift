import Foundation
import NodeumAPI
import NodeumClient
import NodeumSimulator
import Testing

@Suite struct RetryTests {
    @Test func retryAfterInSecondsIsWaitedFor() async throws {
        let logs = LogCapture()
        // One request per second: the second call meets 429 with Retry-After: 1.
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.rateLimit = 1 }, logs: logs) { client, sim, _ in
            _ = try await client.call("index_pools", ["limit": 1])
            let start = ContinuousClock.now
            let page = try await client.call("index_pools", ["limit": 1])
            let elapsed = ContinuousClock.now - start
            #expect(page?["count"] != nil)
            #expect(elapsed >= .milliseconds(900))
            #expect(elapsed < .seconds(3))
            #expect(sim.requestCount == 3)
            #expect(logs.all.filter { $0.hasPrefix("debug retrying after status 429") }.count == 1)
        }
    }

    @Test func retryAfterAsAnHTTPDateIsWaitedFor() async throws {
        try await OddServer.with { server, url in
            let client = try TestSimulator.client(url, credentials: nil)
            let start = ContinuousClock.now
            let r = try await client.request(.get, "/retry-date")
            let elapsed = ContinuousClock.now - start
            #expect(r.value == ["ok": true])
            #expect(server.count("retry-date") == 2)
            // The date has one-second resolution: between 1 and 2 s ahead when sent.
            #expect(elapsed >= .milliseconds(900))
            #expect(elapsed < .seconds(3.5))
            try await client.shutdown()
        }
    }

    @Test func retryAfterIsReadAsSecondsOrADate() throws {
        let policy = RetryPolicy(maxRetryAfter: .seconds(5))
        #expect(policy.retryAfterDelay("2") == .seconds(2))
        #expect(policy.retryAfterDelay("soon") == nil)
        let date = RetryPolicy.httpDate(Date().addingTimeInterval(3))
        let d = try #require(policy.retryAfterDelay(date))
        #expect(d > .seconds(1.5) && d <= .seconds(3))
    }

    @Test func backoffGrowsAndIsCapped() {
        let p = RetryPolicy(baseDelay: .milliseconds(100), maxDelay: .milliseconds(700), jitter: 0)
        #expect((1...5).map { p.backoff(retry: $0) } == [.milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(700), .milliseconds(700)])
        let j = RetryPolicy(baseDelay: .milliseconds(100), jitter: 0.5)
        for _ in 0..<20 {
            let d = j.backoff(retry: 2)
            #expect(d >= .milliseconds(100) && d <= .milliseconds(200))
        }
    }

    @Test func nonRetryableErrorSurfacesAtOnce() async throws {
        try await TestSimulator.withClient { client, sim, _ in
            let before = sim.requestCount
            let e = await TestSimulator.error { try await client.call("show_task", ["task_id": 424242]) }
            #expect(e?.status == 404)
            // One request: no retry, hence no backoff slept (a timing bound here failed on a loaded machine).
            #expect(sim.requestCount == before + 1)
        }
    }

    @Test func postIsNotRetriedOnceItReachedTheServer() async throws {
        try await OddServer.with { server, url in
            let logs = LogCapture()
            let client = try TestSimulator.client(url, credentials: nil, logs: logs)
            let e = await TestSimulator.error { _ = try await client.request(.post, "/unavailable", body: [:]) }
            #expect(e?.status == 503)
            #expect(server.count("unavailable") == 1)
            #expect(logs.all.filter { $0.contains("retrying") }.isEmpty)
            try await client.shutdown()
        }
    }

    @Test func postIsRetriedWhenTheConnectionWasRefused() async throws {
        let logs = LogCapture()
        let client = try TestSimulator.client(URL(string: "http://127.0.0.1:\(try await freePort())")!, credentials: nil, logs: logs) {
            $0.retry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10))
        }
        let e = await TestSimulator.error { try await client.call("create_pool", body: ["name": "x", "type": "primary"]) }
        #expect(e?.kind == .refused)
        #expect(logs.all.filter { $0.hasPrefix("debug retrying after refused") }.count == 2)
        try await client.shutdown()
    }

    @Test func aRetryAfterBeyondTheBudgetSurfacesAtOnce() async throws {
        // 0.2 requests per second: the first call meets 429 with Retry-After: 4, beyond the budget.
        try await TestSimulator.withClient(TestSimulator.options(password: TestSimulator.password) { $0.rateLimit = 0.2 }) { _, sim, url in
            let limited = try TestSimulator.client(url, credentials: .basic(user: "admin", password: TestSimulator.password)) {
                $0.retry = RetryPolicy(maxAttempts: 10, totalBudget: .milliseconds(300))
            }
            let start = ContinuousClock.now
            let e = await TestSimulator.error { try await limited.call("index_pools") }
            #expect(e?.status == 429)
            // Not the 4 s Retry-After slept first; generous for a loaded machine.
            #expect(ContinuousClock.now - start < .seconds(3))
            #expect(sim.requestCount == 1)
            try await limited.shutdown()
        }
    }

    /// Under injected faults (503, 500, 429 with Retry-After: 1, connections cut mid-body), a
    /// listing of 20,000 files with the default retry policy (its backoff, attempts and budget)
    /// returns exactly the ids a fault-free server lists, for several seeds.
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func pagedListingRecoversUnderFaults(seed: UInt64) async throws {
        let (clean, cleanURL) = try await TestSimulator.start(
            TestSimulator.options(password: TestSimulator.password) { $0.files = 20_000; $0.randomSeed = seed })
        let (faulty, faultyURL) = try await TestSimulator.start(
            TestSimulator.options(password: TestSimulator.password) { $0.files = 20_000; $0.randomSeed = seed; $0.faultRate = 0.2 })
        let creds = Credentials.basic(user: "admin", password: TestSimulator.password)
        let reference = try TestSimulator.client(cleanURL, credentials: creds)
        let client = try TestSimulator.client(faultyURL, credentials: creds) { $0.retry = RetryPolicy() }
        var expected: [APIValue] = []
        for try await f in try reference.items("index_files", options: .init(pageSize: 1000)) { expected.append(f["id"]!) }
        var got: [APIValue] = []
        for try await f in try client.items("index_files", options: .init(pageSize: 1000)) { got.append(f["id"]!) }
        #expect(expected.count >= 20_000)
        #expect(got == expected, "seed \(seed)")
        #expect(Set(got).count == got.count)
        #expect(faulty.requestCount > clean.requestCount, "seed \(seed): no fault was injected")
        try await reference.shutdown()
        try await client.shutdown()
        await clean.stop()
        await faulty.stop()
    }
}
