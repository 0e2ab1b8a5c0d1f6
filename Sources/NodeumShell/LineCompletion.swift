import NodeumLua

/// What completes a word at the cursor; returns where the replaced text starts (a UTF-8 byte
/// offset into `line`) and the candidates (full replacements for line[start..<cursor]).
public protocol LineCompleter: AnyObject {
    func complete(line: String, cursor: Int) -> (start: Int, candidates: [String])
}

/// The REPL's completer: Lua names, fields and methods, the `nodeum` surface, operation ids,
/// filter names and enum values, all without side effects (see `LuaCompleter`).
extension LuaCompleter: LineCompleter {}
