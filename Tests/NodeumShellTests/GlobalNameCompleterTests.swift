import Lua
import Testing

@testable import NodeumShell

/// The minimal completer behind Tab, and how its answer is fitted to libedit's word.
@Suite("Tab completion hook")
struct GlobalNameCompleterTests {
    @Test("global names, fields and methods complete from the start of the dotted name")
    func globalNames() throws {
        let state = LuaState()
        try state.run("obj = {x = 1, go = function() end, gone = print}; obj[1] = 'n'; obj['no way'] = 1")
        let completer = GlobalNameCompleter(state: state)
        #expect(completer.complete(line: "prin", cursor: 4) == (0, ["print"]))
        #expect(completer.complete(line: "x = string.fo", cursor: 13) == (4, ["string.format"]))
        #expect(completer.complete(line: "print(obj.", cursor: 10) == (6, ["obj.go", "obj.gone", "obj.x"]))
        #expect(completer.complete(line: "obj:g", cursor: 5) == (0, ["obj:go", "obj:gone"]))
        #expect(completer.complete(line: "prin = 1", cursor: 4) == (0, ["print"]))
        #expect(completer.complete(line: "nothing.x", cursor: 9).candidates == [])
        #expect(completer.complete(line: "obj.x.y", cursor: 7).candidates == [])
        #expect(completer.complete(line: "1.5", cursor: 3).candidates == [])
        #expect(state.top == 0)
    }

    @Test("candidates are fitted to the word libedit took")
    func fittingToLibeditsWord() {
        let line = Array("x = string.fo".utf8)
        // The same start: unchanged.
        #expect(EditLineReader.replacements(["string.format"], start: 4, wordStart: 4, line: line) == ["string.format"])
        // The completer starts later (after the dot): libedit's extra text is prepended.
        #expect(EditLineReader.replacements(["format"], start: 11, wordStart: 4, line: line) == ["string.format"])
        // The completer starts earlier: its extra text is stripped, or the candidate dropped.
        #expect(EditLineReader.replacements(["string.format", "other"], start: 4, wordStart: 11, line: line) == ["format"])
        #expect(EditLineReader.replacements(["x"], start: 99, wordStart: 4, line: line) == [])
    }

    @Test("the common prefix of candidates is whole characters")
    func commonPrefix() {
        #expect(EditLineReader.commonPrefix(["string.format", "string.find"]) == "string.f")
        #expect(EditLineReader.commonPrefix(["é1", "é2"]) == "é")
        #expect(EditLineReader.commonPrefix(["a", "b"]) == "")
    }
}
