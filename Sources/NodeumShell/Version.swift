import CBuildInfo
import Lua

/// The program's version.
public enum NodeumVersion {
    /// nodeum's own version (Sources/CBuildInfo: one number for both programs and the .deb).
    public static let number = String(cString: nodeum_build_version())

    /// The banner `-v` prints: ours, then Lua's own (lua.c's `print_version`).
    public static var banner: String {
        "nodeum \(number) (\(LuaState.copyright))"
    }

    /// What `--version` prints: the version, the commit and day of the build, Lua's and Swift's versions.
    public static var buildInfo: String {
        """
        nodeum \(number) (commit \(String(cString: nodeum_build_commit())), built \(String(cString: nodeum_build_date())))
        \(LuaState.copyright)
        Swift \(String(cString: nodeum_build_swift()))

        """
    }
}
