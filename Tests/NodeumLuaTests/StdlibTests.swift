import Foundation
import Lua
import Testing
@testable import NodeumLua

/// The Lua modules of stdlib/: embedded as they are in the files, and behaving exactly.
@Suite struct StdlibTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func run(_ code: String) throws -> [String] {
        let state = LuaState()
        try EmbeddedStdlib.install(into: state)
        return try state.run(code).map { $0.text ?? "\($0)" }
    }

    @Test func embeddedCopyEqualsTheFiles() throws {
        let directory = Self.root.appendingPathComponent("stdlib")
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "lua" && !$0.path.contains("/meta/") }
        #expect(files.count == EmbeddedStdlib.modules.count)
        for module in EmbeddedStdlib.modules {
            let text = try String(contentsOf: Self.root.appendingPathComponent(module.path), encoding: .utf8)
            #expect(module.source == text, "\(module.path) differs from the embedded copy: run scripts/embed-stdlib.py")
        }
    }

    @Test func prettySortsKeysQuotesStringsAndShowsCycles() throws {
        let out = try run("""
            local pretty = require "nodeum.pretty"
            local t = {barcode = "L\\n1", pools = {"archive", "vault"}, n = 1.0, ["end"] = true, [10] = "x"}
            t.self = t
            return pretty.format(t), pretty.format({a = {b = {c = 1}}}, {depth = 2}), pretty.format({})
            """)
        #expect(out[0] == """
            {
              [10] = "x",
              barcode = "L\\n1",
              ["end"] = true,
              n = 1.0,
              pools = { "archive", "vault" },
              self = <cycle: \(out[0].split(separator: "<cycle: ")[1].prefix { $0 != ">" })>,
            }
            """)
        #expect(out[1] == "{ a = { b = {...} } }")
        #expect(out[2] == "{}")
    }

    @Test func prettyLimitsItemsAndWidth() throws {
        let out = try run("""
            local pretty = require "nodeum.pretty"
            local big = {} for i = 1, 30 do big[i] = i end
            return pretty.format(big, {max_items = 3}), pretty.format({1, 2, 3}, {width = 5})
            """)
        #expect(out[0] == "{ 1, 2, 3, ... 27 more }")
        #expect(out[1] == "{\n  1,\n  2,\n  3,\n}")
    }

    @Test func prettyRefusesBadOptions() throws {
        #expect(throws: LuaError.self) { try run("return require('nodeum.pretty').format({}, 3)") }
    }

    @Test func csvQuotesAsRFC4180() throws {
        let out = try run("""
            local csv = require "nodeum.csv"
            local lines = {}
            local sink = {write = function(_, s) lines[#lines + 1] = s end}
            local w = csv.writer(sink, {"id", "name", "note"})
            w:write({id = 9007199254740993, name = 'a, "b"', note = "two\\nlines"})
            w:write({id = 2})
            return table.concat(lines), tostring(w.count)
            """)
        #expect(out[0] == "id,name,note\r\n9007199254740993,\"a, \"\"b\"\"\",\"two\nlines\"\r\n2,,\r\n")
        #expect(out[1] == "2")
        #expect(throws: LuaError.self) { try run("return require('nodeum.csv').field({})") }
    }

    @Test func textTableAlignsColumns() throws {
        let out = try run("""
            local tt = require "nodeum.texttable"
            return tt.format({{id = 1, barcode = "L00001"}, {id = 12, barcode = "L00002ééé"}}),
                   tt.format({{name = "abcdefgh"}}, {max_width = 4, header = false})
            """)
        #expect(out[0] == "barcode    id\nL00001      1\nL00002ééé  12")
        #expect(out[1] == "abc…")
    }
}
