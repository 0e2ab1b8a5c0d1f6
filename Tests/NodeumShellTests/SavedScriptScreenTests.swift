import Foundation
import Testing

/// The screens of the saved scripts that list executions and tapes, and follow a run, shown
/// exactly; only what the clock decides (timestamps, job ids) is replaced by a placeholder.
extension SavedScriptTests {
    /// `text` with each timestamp as `YYYY-MM-DDThh:mm:ssZ` (same width), each job id as `<job>`.
    static func steady(_ text: String) -> String {
        text.replacingOccurrences(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, with: "YYYY-MM-DDThh:mm:ssZ", options: .regularExpression)
            .replacingOccurrences(of: #"job [0-9a-f-]{36} "#, with: "job <job> ", options: .regularExpression)
    }

    /// Today's date in UTC, as YYYY-MM-DD.
    static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let d = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", d.year!, d.month!, d.day!)
    }

    /// A task whose name is longer than any column of a fixed-width layout, run to its failure.
    static let longFailure = """
        local t = nodeum.tasks:create{name = "projects-archive-to-the-cloud-that-will-fail", workflow_type = "active_archive", workflow_action = "copy"}
        nodeum.tasks:at(t.id).task_sources:create{pool_id = 3}
        nodeum.tasks:at(t.id):run()
        repeat nodeum.sleep(0.25) until nodeum.tasks:get(t.id).status == "error"
        """

    @Test("failed-executions.lua: an aligned table of failures since a date, newest first; reruns their tasks")
    func failedExecutions() async throws {
        let r = try await script("failed-executions.lua", ["--since", "2000-01-01"])
        #expect(r.status == 10)
        #expect(Self.steady(r.stdoutText) == """
            execution         task                    started               files done/to do
            9007199254741075  failing-migration (8)   YYYY-MM-DDThh:mm:ssZ  630/1050
            9007199254741023  exchange-sync (3)       YYYY-MM-DDThh:mm:ssZ  2390/3984
            9007199254741074  failing-migration (8)   YYYY-MM-DDThh:mm:ssZ  205/343
            9007199254741051  weekly-full-backup (6)  YYYY-MM-DDThh:mm:ssZ  1793/2989
            9007199254741044  tape-scan (5)           YYYY-MM-DDThh:mm:ssZ  1405/2342
            9007199254741072  failing-migration (8)   YYYY-MM-DDThh:mm:ssZ  1241/2069
            9007199254741020  exchange-sync (3)       YYYY-MM-DDThh:mm:ssZ  1390/2317
            9007199254741070  failing-migration (8)   YYYY-MM-DDThh:mm:ssZ  944/1574
            9007199254741068  failing-migration (8)   YYYY-MM-DDThh:mm:ssZ  2854/4758
            9007199254741066  failing-migration (8)   YYYY-MM-DDThh:mm:ssZ  1084/1807
            9007199254741055  rehydrate-projects (7)  YYYY-MM-DDThh:mm:ssZ  3047/5079

            """)
        #expect(r.stderrText == "11 failed execution(s) of 5 task(s) since 2000-01-01\n")

        // A long task name widens its column instead of running into the next one (its run,
        // today, is the only failure since today).
        let today = Self.today()
        let long = try await script("failed-executions.lua", ["--since", today, "--rerun"], setup: Self.longFailure)
        #expect(long.status == 10)
        #expect(Self.steady(long.stdoutText) == """
            execution         task                                              started               files done/to do
            9007199254741076  projects-archive-to-the-cloud-that-will-fail (9)  YYYY-MM-DDThh:mm:ssZ  48/80
            rerun: task projects-archive-to-the-cloud-that-will-fail (9): job <job> queued

            """)
        #expect(long.stderrText == "1 failed execution(s) of 1 task(s) since \(today)\n")

        let none = try await script("failed-executions.lua", ["--since", "2100-01-01"])
        #expect(none.status == 0)
        #expect(none.stdoutText == "execution  task  started  files done/to do\n")
        #expect(none.stderrText == "0 failed execution(s) of 0 task(s) since 2100-01-01\n")
        let bad = try await script("failed-executions.lua", ["--since", "yesterday"])
        #expect(bad.status == 2)
        #expect(bad.stderrText.hasPrefix("failed-executions.lua: --since needs a date as YYYY-MM-DD\n"))
    }

    @Test("tape-health.lua: data tapes full, locked, write-protected or to check; cleaning cartridges never full")
    func tapeHealth() async throws {
        let r = try await script("tape-health.lua")
        #expect(r.status == 10)
        #expect(r.stdoutText == """
            barcode   type       pool_id  location   reasons
            NDM066L9  data_lto9        2  slot 1005  locked
            CLN090L1  cleaning            slot 1029  needs check

            """)
        #expect(r.stderrText == "2 tape(s) need attention, among 86 data tape(s) and 4 cleaning cartridge(s)\n")
        // Cleaning cartridges hold no data (their `free` is 0): whatever the threshold, never full.
        let full = try await script("tape-health.lua", ["--full-below", "10"])
        #expect(full.stdoutText == """
            barcode   type       pool_id  location   reasons
            NDM015L9  data_lto9        6  slot 1014  full
            NDM020L9  data_lto9        1  slot 1019  full
            NDM034L9  data_lto9        1  slot 1033  full
            NDM038L7  data_lto7        1  slot 1037  full
            NDM066L9  data_lto9        2  slot 1005  locked
            CLN090L1  cleaning            slot 1029  needs check

            """)
        #expect(full.stderrText == "6 tape(s) need attention, among 86 data tape(s) and 4 cleaning cartridge(s)\n")
        let csv = try await script("tape-health.lua", ["--csv", "--full-below", "0"])
        #expect(csv.status == 10)
        #expect(csv.stdoutText == "barcode,type,pool_id,location,reasons\r\nNDM066L9,data_lto9,2,slot 1005,locked\r\nCLN090L1,cleaning,,slot 1029,needs check\r\n")
        let bad = try await script("tape-health.lua", ["--full-below", "200"])
        #expect(bad.status == 2)
        #expect(bad.stderrText.hasPrefix("tape-health.lua: --full-below needs a percentage between 0 and 100\n"))
    }

    /// The progress lines run-task.lua writes: `status done/total files`.
    static func progress(_ stderr: String) -> [(status: String, done: Int, total: Int)] {
        stderr.split(separator: "\n").dropFirst().compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 3, parts[2] == "files" else { return nil }
            let counts = parts[1].split(separator: "/").compactMap { Int($0) }
            return counts.count == 2 ? (String(parts[0]), counts[0], counts[1]) : nil
        }
    }

    @Test("run-task.lua: runs a task, follows its execution with counts that only grow, exit status from its outcome")
    func runTask() async throws {
        let done = try await script("run-task.lua", ["offline-vault", "--interval", "0.5"])
        #expect(done.status == 0, "\(done.stderrText)")
        #expect(done.stderrText.hasPrefix("running offline-vault (2): execution 9007199254741076\nin_progress "))
        #expect(done.stderrText.hasSuffix("\ndone 80/80 files\n"), "\(done.stderrText)")
        let going = Self.progress(done.stderrText)
        #expect(zip(going, going.dropFirst()).allSatisfy { $0.done <= $1.done }, "never backwards: \(done.stderrText)")
        #expect(done.stdoutText.contains("\"status\":\"done\""))

        let failed = try await script("run-task.lua", ["failing-migration", "--interval", "0.25"])
        #expect(failed.status == 10)
        #expect(failed.stdoutText.contains("\"status\":\"error\""))
        #expect(failed.stderrText.hasPrefix("running failing-migration (8): execution 9007199254741076\nin_progress "))
        #expect(failed.stderrText.hasSuffix("\nerror 48/80 files\n"), "\(failed.stderrText)")
        let lines = Self.progress(failed.stderrText)
        #expect(lines.count == failed.stderrText.split(separator: "\n").count - 1, "every line after the first is progress")
        #expect(lines.count >= 5, "\(failed.stderrText)")
        #expect(zip(lines, lines.dropFirst()).allSatisfy { $0.done <= $1.done }, "never backwards: \(failed.stderrText)")
        #expect(lines.dropLast().allSatisfy { $0.status == "in_progress" && $0.done < 48 && $0.total == 80 }, "\(failed.stderrText)")

        let timeout = try await script("run-task.lua", ["2", "--timeout", "0.2", "--interval", "0.1"])
        #expect(timeout.status == 11)
        #expect(timeout.stderrText.contains("did not end within 0.2 s"))
        let unknown = try await script("run-task.lua", ["no-such-task"])
        #expect(unknown.status == 4)
        #expect(try await script("run-task.lua", []).status == 2)
    }
}
