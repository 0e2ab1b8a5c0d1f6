import Testing

@testable import NodeumShell

/// How a completer's answer is fitted to the word libedit took (the completer itself:
/// NodeumLuaTests/CompletionTests; on a terminal: LineEditingTests).
@Suite("Tab completion hook")
struct LineCompletionHookTests {
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
