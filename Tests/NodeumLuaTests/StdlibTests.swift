import CLua
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
            #expect(module.source == text, "\(module.path) differs from the embedded copy: run tools/embed-stdlib.py")
        }
    }

    @Test func embeddedDocsEqualTheFilesDocComments() throws {
        // The embedded sources equal the files (above): their doc comments, read again here by
        // the rules of tools/embed-stdlib.py, must be what the generated table holds.
        let derived = EmbeddedStdlib.modules.flatMap { Self.docComments(module: $0.name, source: $0.source) }
        #expect(derived.count == EmbeddedStdlib.docs.count, "run tools/embed-stdlib.py")
        for (fresh, embedded) in zip(derived, EmbeddedStdlib.docs) {
            #expect(fresh == embedded, "\(fresh.module) \(fresh.name): run tools/embed-stdlib.py")
        }
        #expect(EmbeddedStdlib.doc(module: "nodeum.csv", name: "row")?.signature == "row(fields, n)")
        #expect(EmbeddedStdlib.doc(module: "nodeum._cursor", name: "Cursor:map")?.text.hasPrefix("Values transformed by `fn`") == true)
        #expect(EmbeddedStdlib.documentedModules == ["nodeum.args", "nodeum.barchart", "nodeum.csv", "nodeum.pretty", "nodeum.texttable", "nodeum.units"])
    }

    @Test func startupModulesLoadFromBytecodeUnderTheirNames() throws {
        #expect(EmbeddedStdlib.bytecodeRelease == LuaState.release, "run tools/embed-stdlib.py with this Lua")
        #expect(Set(EmbeddedStdlib.bytecode.keys) == ["nodeum._core", "nodeum._cursor", "nodeum._resources"])
        let state = LuaState()
        for (name, chunk) in [("nodeum._cursor", "=nodeum._cursor"), ("nodeum._core", "=nodeum")] {
            try EmbeddedStdlib.loadInternalModule(state.L, name: name, chunkName: chunk)
            lua_setglobal(state.L, "f")
            _ = try state.run("assert(debug.getinfo(f, 'S').source == '\(chunk)')")
        }
    }

    @Test func generatedFilesPassTheScriptsCheck() throws {
        let python = URL(fileURLWithPath: "/usr/bin/python3")
        guard FileManager.default.isExecutableFile(atPath: python.path) else { return }
        let process = Process()
        process.executableURL = python
        process.arguments = [Self.root.appendingPathComponent("tools/embed-stdlib.py").path, "--check"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "tools/embed-stdlib.py --check failed: run tools/embed-stdlib.py")
    }

    /// The doc comments of a module's source, by the rules of tools/embed-stdlib.py: `---`
    /// lines above `function Name(...)` (the module's own table dropped from the name), a
    /// leading `---@brief` block, and blocks holding `---@class`.
    static func docComments(module: String, source: String) -> [StdlibDoc] {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let returned = lines.reversed().compactMap { $0.wholeMatch(of: /return\s+([A-Za-z_]\w*)\s*/)?.output.1 }.first
        var docs: [StdlibDoc] = []
        var block: [String] = []
        var first = true
        for line in lines {
            if let doc = line.wholeMatch(of: /\s*---(?!-)(.*)/) {
                let body = doc.output.1
                block.append(String(body.hasPrefix(" ") ? body.dropFirst() : body))
                continue
            }
            if !block.isEmpty {
                let classes = block.compactMap { $0.prefixMatch(of: /@class\s+([\w.]+)/)?.output.1 }
                if first && block[0].trimmingCharacters(in: .whitespaces) == "@brief" {
                    docs.append(StdlibDoc(module: module, kind: .module, name: "", signature: "",
                                          text: block.dropFirst().joined(separator: "\n")))
                } else if let c = classes.first {
                    docs.append(StdlibDoc(module: module, kind: .class, name: String(c), signature: "",
                                          text: block.joined(separator: "\n")))
                } else if let f = line.prefixMatch(of: /\s*function\s+([A-Za-z_][\w.:]*)\s*\(([^)]*)\)/) {
                    var name = String(f.output.1)
                    if let returned, name.hasPrefix(returned + ".") { name.removeFirst(returned.count + 1) }
                    let params = f.output.2.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                        .filter { !$0.isEmpty }.joined(separator: ", ")
                    let short = name.split(whereSeparator: { $0 == "." || $0 == ":" }).last.map(String.init) ?? name
                    docs.append(StdlibDoc(module: module, kind: .function, name: name, signature: "\(short)(\(params))",
                                          text: block.joined(separator: "\n")))
                }
                block = []
            }
            first = false
        }
        return docs
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

    @Test func textTableAlignsColumnsAsTold() throws {
        let out = try run("""
            local tt = require "nodeum.texttable"
            return tt.format({{pool = "archive", ["free %"] = "52.8%", n = 7}, {pool = "x", ["free %"] = "9.0%", n = 12}},
                             {columns = {"pool", "n", "free %"}, align = {["free %"] = "right", n = "left"}})
            """)
        #expect(out[0] == "pool     n   free %\narchive  7    52.8%\nx        12    9.0%")
    }
}
