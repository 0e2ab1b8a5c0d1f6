import Foundation
import Testing

/// Results in the REPL on a terminal: records, tables, a cursor's first page, `_`, colours.
@Suite("REPL pretty results", .serialized, .timeLimit(.minutes(1)))
struct REPLPrettyTests {
    /// `nodeum --sim` on a terminal of 80×24 (COLUMNS/LINES), with `environment` added.
    func session(_ arguments: [String] = [], _ environment: [String: String] = [:]) throws -> REPLSession {
        try REPLSession(arguments: ["--sim"] + arguments,
                        environment: ["COLUMNS": "80", "LINES": "24", "XDG_CONFIG_HOME": "/nonexistent"].merging(environment) { $1 })
    }

    static let escape = "\u{1B}["

    @Test("a record prints as aligned key/value lines")
    func record() throws {
        let s = try session()
        defer { s.terminal.closeTerminal() }
        try s.type("nodeum.pools:get(2)", prints: """
            id       2
            name     vault-offline
            comment  offline_archive pool on tape
            content  tape
            type     offline_archive

            """)
    }

    @Test("a cursor prints its first page as a table, then how many more; _ holds the cursor")
    func cursorTable() throws {
        let s = try session([], ["COLUMNS": "40", "LINES": "7"])
        defer { s.terminal.closeTerminal() }
        try s.type("nodeum.pools:list{}", prints: """
            id  name           content
             1  archive-lto    tape
             2  vault-offline  tape
             3  projects       nas
            … 3 more (:collect() for all)

            """)
        try s.type("tostring(_)", prints: "nodeum.Cursor(index_pools)\n")
    }

    @Test("_ holds the value shown, and scalars print as print does")
    func lastResultAfterShow() throws {
        let s = try session()
        defer { s.terminal.closeTerminal() }
        try s.type("nodeum.pools:get(3)", prints: "id       3\nname     projects\ncomment  primary pool on nas\ncontent  nas\ntype     primary\n")
        try s.type("_.name, _.id", prints: "projects\t3\n")
        try s.type("nodeum.tapes", prints: "nodeum.Collection(/tapes)\n")
        // As many results as Lua's stack takes, on one line.
        let many = try s.enter("table.unpack((function() local t = {} for i = 1, 5000 do t[i] = i end return t end)())")
        #expect(many.hasPrefix("1\t2\t3\t"), "output: \(many.prefix(80).debugDescription)")
        #expect(many.hasSuffix("\t4999\t5000\n"))
    }

    @Test("an error while showing is reported like a line's, and _ still holds the value")
    func errorWhileShowing() throws {
        let s = try REPLSession(arguments: ["--url", "http://127.0.0.1:9", "--user", "a", "--password", "b"],
                                environment: ["XDG_CONFIG_HOME": "/nonexistent", "LINES": "24"])
        defer { s.terminal.closeTerminal() }
        // 24 rows: 20 shown, 21 asked for (one more tells whether more follow).
        try s.type("nodeum.pools:list{}", prints: "GET http://127.0.0.1:9/api/v2/pools?limit=21&offset=0&sort_by=id%3Aasc (index_pools) failed: "
                   + "connection to 127.0.0.1:9 refused — is the server running, and the URL's port right? (gave up after 5 attempts)\n")
        try s.type("tostring(_)", prints: "nodeum.Cursor(index_pools)\n")
    }

    @Test("colours with TERM=xterm; none with NO_COLOR=1 or --no-color")
    func colours() throws {
        let colored = try session([], ["TERM": "xterm"])
        defer { colored.terminal.closeTerminal() }
        try colored.type("1, 'a', true", prints: "\(Self.escape)36m1\(Self.escape)0m\ta\t\(Self.escape)35mtrue\(Self.escape)0m\n")
        try colored.type("nodeum.pools:get(1).id", prints: "\(Self.escape)36m1\(Self.escape)0m\n")
        let e = Self.escape
        try colored.type("{{id = 1, name = 'a'}, {id = 10, name = 'b'}}", prints: """
            \(e)1mid\(e)0m  \(e)1mname\(e)0m
             \(e)36m1\(e)0m  \(e)32ma\(e)0m
            \(e)36m10\(e)0m  \(e)32mb\(e)0m

            """)

        let noColor = try session([], ["TERM": "xterm", "NO_COLOR": "1"])
        defer { noColor.terminal.closeTerminal() }
        try noColor.type("1, 'a', true", prints: "1\ta\ttrue\n")

        let emptyNoColor = try session([], ["TERM": "xterm", "NO_COLOR": ""])
        defer { emptyNoColor.terminal.closeTerminal() }
        try emptyNoColor.type("1", prints: "\(Self.escape)36m1\(Self.escape)0m\n")

        let flag = try session(["--no-color"], ["TERM": "xterm"])
        defer { flag.terminal.closeTerminal() }
        try flag.type("1, 'a', true", prints: "1\ta\ttrue\n")
        try flag.type("nodeum.pools:get(1).name", prints: "archive-lto\n")
    }

    @Test("a terminal that tells no size counts as 80×24")
    func defaultSize() throws {
        // The test's pseudo-terminal has no window size set: 24 rows give 20 table rows.
        let s = try REPLSession(arguments: ["--sim"], environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        defer { s.terminal.closeTerminal() }
        let output = try s.enter("nodeum.tapes:list{}")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 23, "output: \(output.debugDescription)")
        #expect(lines.first == "id  barcode   cleaning  date_in               date_move             ejected")
        #expect(lines.dropLast().last == "… 70 more (:collect() for all)")
    }

    @Test("the terminal's own size is used, and read again for each line")
    func windowSize() throws {
        let s = try REPLSession(arguments: ["--sim"], environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        defer { s.terminal.closeTerminal() }
        // 9 rows: 5 shown, 6 asked for and all 6 came with a count of 6, which may be the
        // page's own length: more follow, how many is not known.
        try s.terminal.setWindowSize(columns: 40, rows: 9)
        try s.type("nodeum.pools:list{}", prints: """
            id  name           content
             1  archive-lto    tape
             2  vault-offline  tape
             3  projects       nas
             4  exchange       nas
             5  cloud-archive  cloud
            … more (:collect() for all)

            """)
        try s.terminal.setWindowSize(columns: 80, rows: 8)
        try s.type("nodeum.pools:list{}", prints: """
            id  name           comment                       content  type
             1  archive-lto    active_archive pool on tape   tape     active_archive
             2  vault-offline  offline_archive pool on tape  tape     offline_archive
             3  projects       primary pool on nas           nas      primary
             4  exchange       data_exchange pool on nas     nas      data_exchange
            … 2 more (:collect() for all)

            """)
    }

    @Test("fields of bytes read as 11.5 TiB in a record and in a table; print and fields keep the number")
    func sizes() throws {
        let s = try session()
        defer { s.terminal.closeTerminal() }
        try s.type("nodeum.tapes:list{}:map(function(t) return {id = t.id, barcode = t.barcode, free = t.free, max = t.max} end):first()", prints: """
            id       1
            barcode  NDM001L9
            free     11.5 TiB
            max      16.4 TiB

            """)
        try s.type("_.free", prints: "12688143867045\n")
        try s.type("nodeum.api.index_nas_shares{limit = 3}", prints: """
            id  name             file_count  file_size_sum  nas_id  options  password
             1  nas-prod-share1       10876        3.3 TiB       1           ********
             2  nas-prod-share2       97106        3.6 TiB       1           ********
             3  nas-prod-share3       44101        2.8 TiB       1           ********
            … 2 more on the server, not fetched

            """)
        try s.type("print(nodeum.api.index_nas_shares{limit = 1}.nas_shares[1].file_size_sum)", prints: "3598122720878\n")
    }

    @Test("a statistics answer is a bar chart that fits the terminal, coloured when asked")
    func statisticsChart() throws {
        let s = try session()
        defer { s.terminal.closeTerminal() }
        try s.type("nodeum.api.statistics_by_size{}", prints: """
            count 531  files_count 531  file_size_sum 11.6 GiB  cost 0.06
                         files_count                    file_size_sum
            less_100_kb  ██                         32  ▏                           8.3 KiB
            less_1_mb    ▍                           5  ▏                           1.8 MiB
            less_10_mb   ██████▎                    99  █▏                        496.6 MiB
            less_100_mb  █████████████████████████ 395  █████████████████████████  11.2 GiB
            less_1_gb                                0                                  0 B
            less_10_gb                               0                                  0 B
            less_100_gb                              0                                  0 B
            more_100_gb                              0                                  0 B
            … breakdowns inside the rows, e.g. _.less_100_kb

            """)
        try s.type("_.less_100_kb.files_count", prints: "32\n")

        let narrow = try session([], ["COLUMNS": "44", "TERM": "xterm"])
        defer { narrow.terminal.closeTerminal() }
        let e = Self.escape
        try narrow.type("nodeum.api.statistics_storage{}", prints: """
            \(e)1mcount\(e)0m \(e)36m109\(e)0m
                          \(e)1mcount\(e)0m
            container     \(e)34m▉\(e)0m                            \(e)36m3\(e)0m
            nas_share     \(e)34m█▌\(e)0m                           \(e)36m5\(e)0m
            cloud_bucket  \(e)34m█▌\(e)0m                           \(e)36m5\(e)0m
            tape          \(e)34m███████████████████████████\(e)0m \(e)36m90\(e)0m
            pool          \(e)34m█▊\(e)0m                           \(e)36m6\(e)0m
            \(e)2m… breakdowns inside the rows, e.g. _.nas_share\(e)0m

            """)
    }

    @Test("long output is cut to the terminal with a hint")
    func longOutputCut() throws {
        let s = try session([], ["LINES": "10"])
        defer { s.terminal.closeTerminal() }
        try s.type("string.rep('x\\n', 20)", prints: String(repeating: "x\n", count: 7) + "… 14 more lines (print(_) for all)\n")
        try s.type("#_", prints: "40\n")
    }
}
