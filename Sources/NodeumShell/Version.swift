import CLuaShim

/// The program's version.
public enum NodeumVersion {
    /// nodeum's own version.
    public static let number = "0.1.0"

    /// The banner `-v` prints: ours, then Lua's own (lua.c's `print_version`).
    public static var banner: String {
        "nodeum \(number) (\(String(cString: nodeum_lua_copyright())))"
    }
}
