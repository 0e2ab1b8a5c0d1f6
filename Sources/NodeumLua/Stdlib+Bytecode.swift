import CLua
import CLuaShim
import Foundation
import Lua

extension EmbeddedStdlib {
    /// Pushes the compiled chunk of an internal module (`nodeum._core`, ...): for those every
    /// start-up loads, their precompiled bytecode when this Lua is the release that compiled it
    /// (a tenth of the time parsing takes), else the source. On failure pushes the
    /// error message; returns lua's status.
    static func loadInternalModule(_ L: OpaquePointer, name: String, chunkName: String) -> Int32 {
        if let encoded = bytecode[name], runningRelease == bytecodeRelease, let code = Data(base64Encoded: encoded) {
            let status = code.withUnsafeBytes { bytes in
                luaL_loadbufferx(L, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count, chunkName, "b")
            }
            if status == LUA_OK { return status }
            lua_settop(L, -2)
        }
        guard var source = source(of: name) else {
            lua_pushstring(L, "no embedded module \(name)")
            return LUA_ERRERR
        }
        return source.withUTF8 { luaL_loadbufferx(L, $0.baseAddress, $0.count, chunkName, "t") }
    }

    /// "Lua 5.4.4": the release of the Lua this program runs (LUA_RELEASE).
    static let runningRelease = LuaState.copyright.split(separator: " ").prefix(2).joined(separator: " ")
}
