import Foundation
import Lua
import NodeumSimulator
import Testing
@testable import NodeumLua

/// The cursor options `walk` and `checkpoint`: how a list is walked from Lua, and a walk's
/// position kept in a file and resumed from.
@Suite(.serialized) struct WalkOptionTests {
    static let files = SimulatorOptions(port: 0, files: 1_200)

    static func checkpointPath(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nodeum-walks-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    @Test func everyWalkGivesTheSameItemsAndTakeSkipCountKeepWorking() async throws {
        let out = try await LuaSession.with(Self.files) { s in
            try await s.run("""
                local function ids(c) local t = {} for x in c do t[#t + 1] = tostring(x.id) end return table.concat(t, ",") end
                local offset = ids(nodeum.tapes:list{walk = "offset", page_size = 7})
                local keyset = ids(nodeum.tapes:list{walk = "keyset", page_size = 7})
                local auto = ids(nodeum.tapes:list{page_size = 7})
                local c = nodeum.tapes:list{walk = "keyset", page_size = 7}
                local some = ids(c:skip(5):take(9))
                local files = nodeum.files:list{walk = "keyset", page_size = 100}
                local n = 0 for _ in files do n = n + 1 end
                local pages = 0 for page in c:pages() do pages = pages + 1 end
                return offset == keyset, keyset == auto, some, c:count(), c:first().id, n == files:count(), pages
                """)
        }
        #expect(out == ["true", "true", "6,7,8,9,10,11,12,13,14", "90", "1", "true", "13"])
    }

    @Test func badWalkOptionsFailAtOnce() async throws {
        let out = try await LuaSession.with { s in
            try await s.run("""
                local function msg(f) local ok, e = pcall(f) return ok and "no error" or tostring(e) end
                return msg(function() return nodeum.tapes:list{walk = "sideways"} end),
                  msg(function() return nodeum.api_keys:list{walk = "keyset"} end),
                  msg(function() return nodeum.tapes:list{walk = "keyset", sort_by = "barcode"} end),
                  msg(function() return nodeum.tapes:list{checkpoint = 5} end),
                  msg(function() return nodeum.mounts:list{checkpoint = "x"}:collect() end)
                """)
        }
        #expect(out[0].hasSuffix("list: 'walk' must be \"auto\", \"keyset\" or \"offset\" (got sideways)"))
        #expect(out[1] == "walk = \"keyset\" is impossible for index_api_keys: it takes no 'id' filter")
        #expect(out[2] == "walk = \"keyset\" is impossible for index_tapes: the walk sorts by id, and sort_by is set")
        #expect(out[3].hasSuffix("list: 'checkpoint' must be a file name (got 5)"))
        #expect(out[4] == "index_mounts answers its whole list at once: it has no walk to checkpoint")
    }

    @Test func aCheckpointResumesAStoppedWalkAndGoesWhenItEnds() async throws {
        let path = Self.checkpointPath("files.checkpoint")
        let out = try await LuaSession.with(Self.files) { s in
            try await s.run("""
                local path = "\(path)"
                local all = {}
                for f in nodeum.files:list{page_size = 100} do all[#all + 1] = f.id end
                -- A first walk stops in its third page: the checkpoint holds the end of the second.
                local first = {}
                for f in nodeum.files:list{page_size = 100, checkpoint = path} do
                  first[#first + 1] = f.id
                  if #first == 250 then break end
                end
                local saved = io.open(path):read("a")
                -- The same walk again goes on after the second page.
                local second = {}
                for f in nodeum.files:list{page_size = 100, checkpoint = path} do second[#second + 1] = f.id end
                local gone = io.open(path) == nil
                local seen = {}
                for _, id in ipairs(first) do seen[id] = (seen[id] or 0) + 1 end
                for _, id in ipairs(second) do seen[id] = (seen[id] or 0) + 1 end
                local missing, twice = 0, 0
                for _, id in ipairs(all) do
                  if not seen[id] then missing = missing + 1 elseif seen[id] > 1 then twice = twice + 1 end
                end
                return saved, second[1] == all[201], #second == #all - 200, missing, twice, gone
                """)
        }
        #expect(out[0] == #"{"nodeum_checkpoint":1,"operation":"index_files","parameters":{},"walk":"offset","after":null,"offset":200,"delivered":200}"# + "\n")
        #expect(Array(out[1...]) == ["true", "true", "0", "50", "true"])
    }

    @Test func aKeysetCheckpointRecordsTheLastIDAndRefusesAnotherWalk() async throws {
        let path = Self.checkpointPath("tapes.checkpoint")
        let out = try await LuaSession.with { s in
            try await s.run("""
                local path = "\(path)"
                local n = 0
                for t in nodeum.tapes:list{page_size = 10, locked = false, checkpoint = path} do
                  n = n + 1
                  if n == 15 then break end
                end
                local saved = io.open(path):read("a")
                local ok, e = pcall(function() return nodeum.tapes:list{page_size = 10, locked = true, checkpoint = path}:collect() end)
                local ok2, e2 = pcall(function() return nodeum.pools:list{checkpoint = path}:collect() end)
                local rest = nodeum.tapes:list{page_size = 10, locked = false, checkpoint = path}:collect()
                return saved, tostring(e), tostring(e2), rest[1].id
                """)
        }
        #expect(out[0] == #"{"nodeum_checkpoint":1,"operation":"index_tapes","parameters":{"locked":false},"walk":"keyset id","after":10,"offset":0,"delivered":10}"# + "\n")
        #expect(out[1] == "cannot resume from the checkpoint \(path): it was written for other parameters (locked=false, not locked=true); remove it to start afresh")
        #expect(out[2] == "cannot resume from the checkpoint \(path): it was written for index_tapes, not index_pools; remove it to start afresh")
        #expect(out[3] == "11")
    }

    @Test func aFileThatIsNoCheckpointIsRefused() async throws {
        let path = Self.checkpointPath("garbage")
        try "not a checkpoint".write(toFile: path, atomically: true, encoding: .utf8)
        let out = try await LuaSession.with { s in
            try await s.run("""
                local ok, e = pcall(function() return nodeum.tapes:list{checkpoint = "\(path)"}:collect() end)
                return tostring(e)
                """)
        }
        #expect(out == ["\(path) is not a nodeum walk checkpoint (remove it to start afresh)"])
    }
}
