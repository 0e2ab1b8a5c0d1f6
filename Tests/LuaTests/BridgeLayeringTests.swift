import Foundation
import Testing

/// The `Lua` target is the door to Lua: the targets above it do not import the C modules.
@Suite struct BridgeLayeringTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// The Swift files under `target` that import CLua or CLuaShim, by path inside the target.
    static func importersOfC(in target: String) throws -> Set<String> {
        let root = sources.appendingPathComponent(target)
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        var found: Set<String> = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let imports = text.split(separator: "\n").contains { $0 == "import CLua" || $0 == "import CLuaShim" }
            if imports { found.insert(String(file.path.dropFirst(root.path.count + 1))) }
        }
        return found
    }

    @Test("NodeumShell imports neither CLua nor CLuaShim")
    func shellGoesThroughTheLuaTarget() throws {
        #expect(try Self.importersOfC(in: "NodeumShell") == [])
    }

    @Test("in NodeumLua, only the json module, the page pushing and the bytecode loader still import the C modules")
    func nodeumLuaGoesThroughTheLuaTarget() throws {
        #expect(try Self.importersOfC(in: "NodeumLua") == [
            "JSONModule.swift", "JSONModule+Layout.swift", "NodeumLibrary.swift", "Stdlib+Bytecode.swift",
        ])
    }
}
