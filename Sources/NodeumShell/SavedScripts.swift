import Foundation

/// The saved scripts installed with nodeum (`make install` or the .deb put them in
/// `share/nodeum/scripts/`, beside `bin/`) run by name: `nodeum tape-health --csv`.
/// A script argument is looked up there only when it holds no `/` and names no file here,
/// so every path lua would open is opened as lua opens it.
enum SavedScripts {
    /// `PREFIX/share/nodeum/scripts` for an executable in `PREFIX/bin`.
    static func folder(executable: String?) -> String? {
        InstallLayout.binFolder(executable: executable)?.deletingLastPathComponent()
            .appendingPathComponent("share/nodeum/scripts").path
    }

    /// The file to run for a script argument: itself, or the saved script it names (NAME or
    /// NAME.lua in the scripts folder).
    static func resolve(_ name: String, executable: String? = InstallLayout.executablePath()) -> String {
        let fm = FileManager.default
        guard !name.isEmpty, name != "-", !name.contains("/"), !fm.fileExists(atPath: name),
              let folder = folder(executable: executable)
        else { return name }
        for candidate in [name, name + ".lua"] {
            let path = folder + "/" + candidate
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue { return path }
        }
        return name
    }
}
