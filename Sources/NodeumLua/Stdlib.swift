import CLua
import CLuaShim
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
        let L = state.L
        try state.load("""
            local load, sources = ...
            for name, source in pairs(sources) do
              package.preload[name] = function(...)
                return assert(load(source, "=" .. name))(...)
              end
            end
            """, chunkName: "=(stdlib)")
        lua_getglobal(L, "load")
        lua_createtable(L, 0, Int32(modules.count))
        for module in modules where !module.name.hasPrefix("nodeum._") {
            module.source.push(to: L)
            lua_setfield(L, -2, module.name)
        }
        try state.pcall(nargs: 2, nresults: 0)
    }
}
