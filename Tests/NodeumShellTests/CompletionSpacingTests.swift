import Foundation
import NodeumSimulator
import Testing

/// Tab after a name that a `.` or `:` always follows (a table, a module, a collection, a
/// handle) appends no space; after a function or a plain value it still does.
@Suite("Tab completion spacing", .serialized)
struct CompletionSpacingTests {
    @Test("a module, a collection and a handle get no space; a function does")
    func noSpaceAfterWhatLeadsOn() async throws {
        let (simulator, url) = try await TestSimulator.start(SimulatorOptions(port: 0))
        let session = try REPLSession(arguments: ["--url", url.absoluteString, "--user", "admin", "--password", "admin"])
        defer { session.terminal.closeTerminal() }
        let terminal = session.terminal
        let prompt = "\n127.0.0.1:\(url.port!)> "
        // A module: `strin` → `string`, then `.rep` typed right after it.
        try terminal.send("=strin\t")
        try terminal.expect("=string")
        try terminal.send(".rep('a', 3)\n")
        #expect(try terminal.expect(prompt).hasSuffix("aaa" + prompt))
        // A collection: `nodeum.tape_l` → `nodeum.tape_libraries`, then `:list{}` right after it.
        try terminal.send("=nodeum.tape_l\t")
        try terminal.expect("=nodeum.tape_libraries")
        try terminal.send(":list{}:count()\n")
        #expect(try terminal.expect(prompt).hasSuffix("2" + prompt))
        // A function keeps its space.
        try terminal.send("=string.fo\t")
        try terminal.expect("=string.format ")
        try terminal.send("('%d', 5)\n")
        #expect(try terminal.expect(prompt).hasSuffix("5" + prompt))
        await simulator.stop()
    }
}
