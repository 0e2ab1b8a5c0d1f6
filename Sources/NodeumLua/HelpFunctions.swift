import Lua

/// The Swift half of `help(x)`: texts made from the catalog.
enum HelpFunctions {
    /// Sets the help functions in the table at `index` (the core's `S`).
    static func install(into state: LuaState, table index: Int32) {}
}
