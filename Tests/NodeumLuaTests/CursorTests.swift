import Lua
import NodeumSimulator
import Testing
@testable import NodeumLua

/// Cursors against the simulator's own totals: laziness, page boundaries, options, order.
@Suite(.serialized) struct CursorTests {
    /// 2,500 extra files, pages of at most 1,000.
    static let files = SimulatorOptions(port: 0, files: 2_500)

    @Test func collectMatchesCountAndTheServersTotal() async throws {
        let out = try await LuaSession.with(Self.files) { s in
            try await s.run("""
                local total = nodeum.api.index_files{limit = 1}.count
                local c = nodeum.files:list{page_size = 300}
                local items = c:collect()
                local seen, dupes = {}, 0
                for _, f in ipairs(items) do if seen[f.id] then dupes = dupes + 1 end seen[f.id] = true end
                local n = 0
                for f in c do n = n + 1 end
                return total, c:count(), #items, n, dupes
                """)
        }
        #expect(Int(out[0])! > 2_500)
        #expect(out[1] == out[0] && out[2] == out[0] && out[3] == out[0])
        #expect(out[4] == "0")
    }

    @Test func takeAndSkipAtPageBoundaries() async throws {
        let out = try await LuaSession.with(Self.files) { s in
            try await s.run("""
                local all = nodeum.files:list{page_size = 100}:collect()
                local function ids(c) local t = {} for f in c do t[#t + 1] = f.id end return t end
                local c = nodeum.files:list{page_size = 100}
                local a = ids(c:take(100))
                local b = ids(c:skip(100):take(100))
                local d = ids(c:skip(99):take(2))
                local e = ids(c:map(function(f) return f end):skip(199):take(3))
                local m = ids(nodeum.files:list{page_size = 100, max_items = 250})
                return #a, a[100] == all[100].id, #b, b[1] == all[101].id, b[100] == all[200].id,
                  #d, d[1] == all[100].id, d[2] == all[101].id, #e, e[1] == all[200].id,
                  #m, m[250] == all[250].id, c:skip(#all - 5):count(), c:take(7):count(), c:skip(10):take(5):count()
                """)
        }
        #expect(out == ["100", "true", "100", "true", "true", "2", "true", "true", "3", "true", "250", "true", "5", "7", "5"])
    }

    @Test func derivedCursorsAreLazyAndChain() async throws {
        let out = try await LuaSession.with { s in
            let before = s.simulator.requestCount
            let build = """
                local c = nodeum.tapes:list{page_size = 10}
                local chained = c:filter(function(t) return t.id % 2 == 0 end):map(function(t) return t.barcode end)

                """
            _ = try await s.run(build + "return tostring(chained)")  // built, never iterated
            let whileBuilding = s.simulator.requestCount - before
            let r = try await s.run(build + """
                local evens = chained:collect()
                local firsts = c:enumerate():take(3):collect()
                local sum = c:fold(0, function(acc, t) return acc + t.id end)
                local any = c:any(function(t) return t.id == 5 end)
                local none = c:any(function(t) return t.id < 0 end)
                local all = c:all(function(t) return t.id > 0 end)
                local found = c:find(function(t) return t.id == 7 end)
                local missing = c:find(function(t) return t.id < 0 end)
                local each = 0
                c:take(4):each(function(t) each = each + 1 end)
                local dropped = c:map(function(t) if t.id <= 3 then return t.id end end):collect()
                local pages = 0
                for items, count in c:take(25):pages() do pages = pages + 1 end
                return #evens, type(evens[1]), firsts[3][1], type(firsts[3][2]), sum > 0, any, none, all, found.id,
                  missing, each, #dropped, dropped[3], pages, tostring(chained)
                """)
            return (r, whileBuilding)
        }
        #expect(out.1 == 0, "building derived cursors fetched something")
        #expect(Array(out.0[1...13]) == ["string", "3", "table", "true", "true", "false", "true", "7", "nil", "4", "3", "3", "3"])
        #expect(out.0[14] == "nodeum.Cursor(index_tapes):filter:map")
    }

    @Test func nothingIsFetchedUntilIteratedAndFirstAsksForOne() async throws {
        try await LuaSession.with(Self.files) { s in
            let start = s.simulator.requestCount
            _ = try await s.run("local c = nodeum.files:list{}:map(function(f) return f end):filter(function() return true end)")
            #expect(s.simulator.requestCount == start)
            _ = try await s.run("return nodeum.files:list{}:first().id")
            #expect(s.simulator.requestCount == start + 1)
            _ = try await s.run("return nodeum.files:list{}:count()")
            #expect(s.simulator.requestCount == start + 2)
        }
    }

    @Test func theNextPageIsFetchedWhileLuaWorksThroughOne() async throws {
        // 5 pages of 200 at 300 ms each; Lua spends 300 ms on each page. Fetching ahead,
        // the walk takes about 6 × 300 ms; one after the other it would take 10 × 300 ms.
        try await LuaSession.with(SimulatorOptions(port: 0, files: 1_000, latency: .init(base: 300))) { s in
            let start = ContinuousClock.now
            let out = try await s.run("""
                local n = 0
                for items in nodeum.files:list{page_size = 200, max_items = 1000}:pages() do
                  n = n + #items
                  nodeum.sleep(0.3)
                end
                return n
                """)
            #expect(out == ["1000"])
            #expect(ContinuousClock.now - start < .milliseconds(2_600))
        }
    }

    @Test func concurrencyDeliversInOrder() async throws {
        let out = try await LuaSession.with(SimulatorOptions(port: 0, files: 2_500, latency: .init(base: 5))) { s in
            try await s.run("""
                local seq = nodeum.files:list{page_size = 200}:map(function(f) return f.id end):collect()
                local conc = nodeum.files:list{page_size = 200, concurrency = 4}:map(function(f) return f.id end):collect()
                for i = 1, #seq do if seq[i] ~= conc[i] then return "differs at " .. i end end
                return #seq == #conc and "same" or "lengths differ"
                """)
        }
        #expect(out == ["same"])
    }

    @Test func iteratingTwiceRefetchesAndBreakingEarlyIsFine() async throws {
        try await LuaSession.with { s in
            let before = s.simulator.requestCount
            let out = try await s.run("""
                local c = nodeum.tapes:list{page_size = 1000}
                local n1 = 0 for t in c do n1 = n1 + 1 if n1 == 3 then break end end
                local n2 = 0 for t in c do n2 = n2 + 1 end
                local n3 = 0 for t in c do n3 = n3 + 1 end
                return n1, n2 == n3 and n2 > 3
                """)
            #expect(out == ["3", "true"])
            // 2 for the loop that breaks (its page, and the next one fetched ahead); 2 for each
            // full walk (a page, then an empty one: a count equal to the page's length may be
            // either the total or the page's length).
            #expect(s.simulator.requestCount - before == 6)
        }
    }

    @Test func filtersAndOperators() async throws {
        let out = try await LuaSession.with { s in
            try await s.run("""
                local op = nodeum.op
                local all = nodeum.tapes:list{}:collect()
                local function count(filters) return nodeum.tapes:list(filters):count() end
                local first = all[1]
                local by_raw = count{id = ">" .. first.id}
                local by_gt = count{id = op.gt(first.id)}
                local ne = count{id = op.ne(first.id)}
                local any = count{id = op.any(all[1].id, all[2].id, all[3].id)}
                local any_list = count{id = op.any{all[1].id, all[2].id}}
                local none = count{id = op.none(all[1].id, all[2].id)}
                local like = count{barcode = op.like(first.barcode:sub(1, 4) .. "%")}
                local unlike = count{barcode = op.unlike(first.barcode:sub(1, 4) .. "%")}
                local sorted = nodeum.tapes:list{sort_by = {"barcode:desc"}}:first().barcode
                local max = "" for _, t in ipairs(all) do if t.barcode > max then max = t.barcode end end
                local ok, e = pcall(op.gt, {})
                local ok2, e2 = pcall(function() return nodeum.tapes:list{nope = 1} end)
                local ok3, e3 = pcall(function() return nodeum.tapes:list{page_size = 0} end)
                return #all, by_raw == by_gt, ne == #all - 1, any, any_list, none == #all - 2, like + unlike == #all,
                  sorted == max, op.ge(5), op.le(2.5), op.lt("x"), op.any("a", "b"), e, e2.kind, e3,
                  op.gt(1e9), op.any(2.0, 1.5), count{id = op.gt(first.id + 0.0)} == by_gt
                """)
        }
        #expect(Array(out[1...11]) == ["true", "true", "3", "2", "true", "true", "true", ">=5", "<=2.5", "<x", "><a|b"])
        #expect(out[12].hasSuffix("nodeum.op.gt: a number, string or boolean expected, got table"))
        #expect(out[13] == "invalid_request")
        #expect(out[14].hasSuffix("list: 'page_size' must be an integer >= 1 (got 0)"))
        // Integral floats go out as integers (Lua would write 1000000000.0, which the server refuses).
        #expect(Array(out[15...17]) == [">1000000000", "><2|1.5", "true"])
    }

    @Test func bareArrayListsAndMethodsThatList() async throws {
        let out = try await LuaSession.with { s in
            try await s.run("""
                local mounts = nodeum.mounts:list()
                local devices = nodeum.tape_libraries:devices{job_id = "j"}
                return tostring(mounts), mounts:count() == #mounts:collect(), #devices:collect() > 0, mounts:first().id ~= nil
                """)
        }
        #expect(out == ["nodeum.Cursor(index_mounts)", "true", "true", "true"])
    }
}
