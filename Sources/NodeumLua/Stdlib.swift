import Lua

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
    }
}
