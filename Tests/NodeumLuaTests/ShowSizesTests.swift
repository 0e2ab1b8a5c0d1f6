import Testing
@testable import NodeumLua

/// `nodeum._show` with numbers people read: fields of bytes as `11.5 TiB` in records and
/// tables, statistics answers as bar charts (exact text, on the simulator's demo data).
@Suite(.serialized) struct ShowSizesTests {
    static let e = "\u{1B}["

    // MARK: bytes

    @Test func aRecordShowsItsBytesInBinaryUnitsAndLeavesOtherValuesAsTheyAre() async throws {
        try await LuaSession.with { s in
            // Not a number, zero, negative, the largest integers and a float of 2^63.
            try await ShowTests.expectShow(s, """
                {id = 7, barcode = "NDM007L9", free = "unknown", max = 0, size = -1536, processed_size = math.maxinteger,
                 to_process_size = 2^63, file_size_sum = 12688143867045, stat_total_size = math.mininteger, mount_count = 12688143867045}
                """, equals: """
                id               7
                barcode          NDM007L9
                file_size_sum    11.5 TiB
                free             unknown
                max              0 B
                mount_count      12688143867045
                processed_size   8.0 EiB
                size             -1.5 KiB
                stat_total_size  -8.0 EiB
                to_process_size  8.0 EiB

                """)
            // `free` and `max` are a tape's bytes only; `size` is bytes in any record.
            try await ShowTests.expectShow(s, "{min = 1, max = 10, free = 3, size = 2048}", equals: """
                free  3
                max   10
                min   1
                size  2.0 KiB

                """)
        }
    }

    static let tapes = "nodeum.tapes:list{}:map(function(t) return {id = t.id, barcode = t.barcode, free = t.free, max = t.max, type = t.type} end)"

    @Test func aTableOfTapesShowsTheirSizesRightAligned() async throws {
        try await LuaSession.with { s in
            try await ShowTests.expectShow(s, Self.tapes + ":take(4):collect()", equals: """
                id  barcode       free       max  type
                 1  NDM001L9  11.5 TiB  16.4 TiB  data_lto9
                 2  NDM002L8  10.6 TiB  10.9 TiB  data_lto8
                 3  NDM003L9   3.9 TiB  16.4 TiB  data_lto9
                 4  NDM004L8  10.8 TiB  10.9 TiB  data_lto8

                """)
            // A cursor's first page, the width measured on the sizes people read.
            try await ShowTests.expectShow(s, Self.tapes, "{width = 30, height = 5}", equals: """
                id  barcode       free
                 1  NDM001L9  11.5 TiB
                 2  NDM002L8  10.6 TiB
                 3  NDM003L9   3.9 TiB
                … more (:collect() for all)

                """)
            try await ShowTests.expectShow(s, "nodeum.api.index_cloud_buckets{limit = 2}", "{width = 60}", equals: """
                id  name             cloud_connector_id  file_count  options
                 1  aws-eu-bucket-1                   1      490993
                 2  aws-eu-bucket-2                   1      473868
                … 3 more on the server, not fetched

                """)
        }
    }

    @Test func sizesInATableAreColouredAsNumbersAndAStringAmongThemStaysAsItIs() async throws {
        try await LuaSession.with { s in
            let e = Self.e
            try await ShowTests.expectShow(s, "{{id = 1, size = 1536}, {id = 2, size = 0}}", "{width = 40, color = true}", equals: """
                \(e)1mid\(e)0m     \(e)1msize\(e)0m
                 \(e)36m1\(e)0m  \(e)36m1.5 KiB\(e)0m
                 \(e)36m2\(e)0m      \(e)36m0 B\(e)0m

                """)
            try await ShowTests.expectShow(s, "{{id = 1, size = 1536}, {id = 2, size = 'n/a'}}", equals: """
                id  size
                 1  1.5 KiB
                 2  n/a

                """)
        }
    }

    // MARK: statistics

    @Test func aStatisticsAnswerIsABarChartOfCountsAndSizes() async throws {
        try await LuaSession.with { s in
            // (At 80 columns, as the REPL shows it: REPLPrettyTests.)
            try await ShowTests.expectShow(s, "nodeum.api.statistics_by_size{}", "{width = 100}", equals: """
                count 531  files_count 531  file_size_sum 11.6 GiB  cost 0.06
                             files_count                              file_size_sum
                less_100_kb  ██▉                                  32  ▏                                     8.3 KiB
                less_1_mb    ▌                                     5  ▏                                     1.8 MiB
                less_10_mb   ████████▊                            99  █▌                                  496.6 MiB
                less_100_mb  ███████████████████████████████████ 395  ███████████████████████████████████  11.2 GiB
                less_1_gb                                          0                                            0 B
                less_10_gb                                         0                                            0 B
                less_100_gb                                        0                                            0 B
                more_100_gb                                        0                                            0 B
                … breakdowns inside the rows, e.g. _.less_100_kb

                """)
            // Too narrow for both side by side: one chart above the other.
            try await ShowTests.expectShow(s, "nodeum.api.statistics_by_size{}", "{width = 40, height = 40}", equals: """
                count 531  files_count 531
                file_size_sum 11.6 GiB  cost 0.06
                             files_count
                less_100_kb  █▉                       32
                less_1_mb    ▎                         5
                less_10_mb   █████▊                   99
                less_100_mb  ███████████████████████ 395
                less_1_gb                              0
                less_10_gb                             0
                less_100_gb                            0
                more_100_gb                            0
                             file_size_sum
                less_100_kb  ▏                   8.3 KiB
                less_1_mb    ▏                   1.8 MiB
                less_10_mb   ▊                 496.6 MiB
                less_100_mb  █████████████████  11.2 GiB
                less_1_gb                            0 B
                less_10_gb                           0 B
                less_100_gb                          0 B
                more_100_gb                          0 B
                … breakdowns inside the rows, e.g. _.less_100_kb

                """)
            // One row of it: its own breakdown, by date (ages that move with the clock).
            let row = try await ShowTests.show(s, "nodeum.api.statistics_by_size{}.less_100_mb")
            #expect(row.hasPrefix("count 395  files_count 395  file_size_sum 11.2 GiB  cost 0.05\n               files_count"), "\(row)")
            #expect(row.contains("\nin_cache       "))
            #expect(row.contains("\nmore_2_years   "))
        }
    }

    @Test func bucketsAreLabelledByTheirValueAndStorageCountsHaveOneBar() async throws {
        try await LuaSession.with { s in
            try await ShowTests.expectShow(s, "nodeum.api.statistics_storage{}", equals: """
                count 109
                              count
                container     ██▏                                                              3
                nas_share     ███▌                                                             5
                cloud_bucket  ███▌                                                             5
                tape          ███████████████████████████████████████████████████████████████ 90
                pool          ████▎                                                            6
                … breakdowns inside the rows, e.g. _.nas_share

                """)
            // Not the value in `_`: no hint naming it.
            try await ShowTests.expectShow(s, "1, nodeum.api.statistics_storage{}.nas_share", "{width = 50}", equals: """
                1
                count 5
                nas_type_i  count
                smb_v3      ████████████████████████████████████ 3
                nfs_v4      ████████████████████████             2
                pool_type_i    count
                data_exchange  █████████████████████████████████ 3
                primary        ██████████████████████            2

                """)
            // An empty bucket list, and a bucket without `val` (`(none)`).
            try await ShowTests.expectShow(
                s, "1, {count = 5, nas_type_i = {buckets = {}}, pool_type_i = {buckets = {{count = 5}}}}", "{width = 50}", equals: """
                1
                count 5
                nas_type_i
                (no buckets)
                pool_type_i  count
                (none)       ███████████████████████████████████ 5

                """)
        }
    }

    static let byStatus = """
        {count = 3, tasks_count = 2, processed_size_sum = 12688143867045, to_process_size_sum = 13000000000000,
         to_process_files_sum = 1200, processed_files_sum = 1100, finalized_files_sum = 1000, bandwidth_avg = 52428800,
         bandwidth_count = 3, status = {buckets = {
           {val = "done", count = 2, tasks_count = 2, processed_size_sum = 10000000000000},
           {val = "error", count = 1, tasks_count = 1, processed_size_sum = 2688143867045},
           {val = "queued", count = -1, processed_size_sum = 'n/a'},
           {val = "huge", count = math.maxinteger, processed_size_sum = 0}}}}
        """

    @Test func aTaskStatisticsAnswerWrapsItsTotalsAndDrawsWhatItCan() async throws {
        try await LuaSession.with { s in
            try await ShowTests.expectShow(s, Self.byStatus, equals: """
                count 3  to_process_size_sum 11.8 TiB  processed_size_sum 11.5 TiB
                to_process_files_sum 1,200  processed_files_sum 1,100  finalized_files_sum 1,000
                bandwidth_avg 52,428,800  bandwidth_count 3  tasks_count 2
                status  count                                         processed_size_sum
                done    ▏                                          2  ██████████████████ 9.1 TiB
                error   ▏                                          1  ████▉              2.4 TiB
                queued                                            -1                         n/a
                huge    ██████████████████ 9,223,372,036,854,775,807                         0 B

                """)
        }
    }

    @Test func aChartInColour() async throws {
        try await LuaSession.with { s in
            let e = Self.e
            try await ShowTests.expectShow(s, "{count = 3, tape = {count = 2}, pool = {count = 1, size = 1}}", "{width = 24, color = true}", equals: """
                \(e)1mcount\(e)0m \(e)36m3\(e)0m
                      \(e)1mcount\(e)0m
                tape  \(e)34m████████████████\(e)0m \(e)36m2\(e)0m
                pool  \(e)34m████████\(e)0m         \(e)36m1\(e)0m

                """)
        }
    }

    @Test func tablesThatAreNoStatisticsAnswerAreShownAsBefore() async throws {
        try await LuaSession.with { s in
            // No sub-facet; a table value that is no facet; a count that is no number.
            try await ShowTests.expectShow(s, "{count = 1, file_size_sum = 2048}", equals: "count          1\nfile_size_sum  2.0 KiB\n")
            try await ShowTests.expectShow(s, "{count = 1, x = {1}}", equals: "count  1\nx      { 1 }\n")
            // A protected metatable (`__metatable` a string) is no reason to fail.
            try await ShowTests.expectShow(s, "{count = 1, x = setmetatable({count = 2}, {__metatable = 'locked'})}", equals: "count 1\n   count\nx  ███████████████████████████████████████████████████████████████████████████ 2\n")
            try await ShowTests.expectShow(s, "{count = 'x', a = {count = 1}, b = {count = 2}}", equals: "{ a = { count = 1 }, b = { count = 2 }, count = \"x\" }\n")
        }
    }
}
