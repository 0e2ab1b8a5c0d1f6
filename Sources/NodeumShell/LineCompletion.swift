/// What completes a word at the cursor; returns where the replaced text starts (a UTF-8 byte
/// offset into `line`) and the candidates (full replacements for line[start..<cursor]).
public protocol LineCompleter: AnyObject {
    func complete(line: String, cursor: Int) -> (start: Int, candidates: [String])
}
