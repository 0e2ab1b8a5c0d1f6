import Foundation

/// Where the installed files sit around the running program: `PREFIX/bin/nodeum` finds
/// `nodeum-sim` beside it and the saved scripts in `PREFIX/share/nodeum/scripts`.
enum InstallLayout {
    /// This process's executable, links resolved (`/proc/self/exe`).
    static func executablePath() -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }

    /// The folder of the executable (`PREFIX/bin`, or a build folder).
    static func binFolder(executable: String?) -> URL? {
        executable.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
    }
}
