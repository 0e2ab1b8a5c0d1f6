import Lua
import NodeumAPI

/// The Lua modules shipped inside the binary (stdlib/, embedded by tools/embed-stdlib.py).
public enum EmbeddedStdlib {
    /// The source of an embedded module (`nodeum._output`), nil for none.
    public static func source(of name: String) -> String? {
        modules.first { $0.name == name }?.source
    }

    /// Makes every embedded module loadable with `require` (through `package.preload`).
    /// Modules are compiled when first required, not at start-up.
    public static func install(into state: LuaState) throws(LuaError) {
        try state.load("""
            local load, sources = ...
            for name, source in pairs(sources) do
              package.preload[name] = function(...)
                return assert(load(source, "=" .. name))(...)
              end
            end
            """, chunkName: "=(stdlib)")
        try state.pushGlobal("load")
        state.push(LuaTableLiteral(fields: modules.filter { !$0.name.hasPrefix("nodeum._") }.map { ($0.name, $0.source) }))
        try state.pcall(nargs: 2, nresults: 0)
        // The program's one "did you mean" rule (NodeumAPI's `Suggestion`), for the Lua modules
        // (`nodeum.args`): `require("nodeum._suggest").closest(name, names)` → a name or nil.
        try state.load("local closest = ... package.preload['nodeum._suggest'] = function() return {closest = closest} end",
                       chunkName: "=(stdlib)")
        state.push { call in
            let name = try call.string(1)
            try call.checkTable(2)
            let names = (0..<call.rawLength(2)).compactMap { call.rawItem($0 + 1, of: 2).text }
            call.push(Suggestion.closest(to: name, in: names))
            return 1
        }
        try state.pcall(nargs: 1, nresults: 0)
    }
}
