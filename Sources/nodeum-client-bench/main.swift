// The Swift client's side of tools/bench-client.sh (a benchmark, not a test): lists every
// file of a running nodeum-sim through `NodeumClient.pages`, best of N runs, and prints one
// line `swift-client concurrency=C ITEMS SECONDS peak-rss RSS`; with NODEUM_BENCH_OUT, appends
// `swift-client-cC ITEMS SECONDS RSS_KB CPU_SECONDS_PER_RUN` to that file.
//   NODEUM_BENCH_URL (required), NODEUM_BENCH_PAGE_SIZE (1000), NODEUM_BENCH_CONCURRENCY (1),
//   NODEUM_BENCH_RUNS (3), NODEUM_BENCH_OUT
import Foundation
import NodeumClient

#if canImport(Glibc)
import Glibc
#endif

/// User and system CPU time of this process: the client's own cost, the server being elsewhere.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

func listFiles() async throws {
    let env = ProcessInfo.processInfo.environment
    let client = NodeumClient(configuration: try ClientConfiguration(
        url: env["NODEUM_BENCH_URL"]!, credentials: .basic(user: "admin", password: "admin")))
    let pageSize = Int(env["NODEUM_BENCH_PAGE_SIZE"] ?? "1000")!
    let concurrency = Int(env["NODEUM_BENCH_CONCURRENCY"] ?? "1")!
    let runs = Int(env["NODEUM_BENCH_RUNS"] ?? "3")!
    _ = try await client.call("index_files", ["limit": 1])  // connection and lazy set-up out of the timing
    var best = Double.infinity
    var items = 0
    let cpuBefore = cpuSeconds()
    for _ in 0..<runs {
        let start = ContinuousClock.now
        items = 0
        for try await page in try client.pages("index_files", options: .init(pageSize: pageSize, concurrency: concurrency)) {
            items += page.entries.count  // the walk's own cost: items stay bytes until used
        }
        best = min(best, seconds(ContinuousClock.now - start))
    }
    let cpuPerRun = (cpuSeconds() - cpuBefore) / Double(runs)
    let peak = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8))?
        .split(separator: "\n").first { $0.hasPrefix("VmHWM:") }.map { String($0.dropFirst(6)).trimmingCharacters(in: .whitespaces) } ?? "?"
    print("swift-client concurrency=\(concurrency) \(items) \(String(format: "%.3f", best)) peak-rss \(peak)")
    let out = env["NODEUM_BENCH_OUT"].map { URL(fileURLWithPath: $0) }
    if let out {
        let line = "swift-client-c\(concurrency) \(items) \(best) \(peak.split(separator: " ").first ?? "0") \(cpuPerRun)\n"
        if let h = try? FileHandle(forWritingTo: out) { h.seekToEndOfFile(); h.write(Data(line.utf8)); try h.close() } else {
            try line.write(to: out, atomically: true, encoding: .utf8)
        }
    }
    try await client.shutdown()
}

guard ProcessInfo.processInfo.environment["NODEUM_BENCH_URL"] != nil else {
    FileHandle.standardError.write(Data("nodeum-client-bench: set NODEUM_BENCH_URL to a running nodeum-sim's /api/v2 URL\n".utf8))
    exit(2)
}
do {
    try await listFiles()
} catch {
    FileHandle.standardError.write(Data("nodeum-client-bench: \(error)\n".utf8))
    exit(1)
}
