import Foundation
import Lua

extension EmbeddedStdlib {
    /// Pushes the compiled chunk of an internal module (`nodeum._core`, ...) onto L: for those
    /// every start-up loads, their precompiled bytecode when this Lua is the release that
    /// compiled it (a tenth of the time parsing takes), else the source. Throws what the
    /// compiler says, leaving nothing pushed.
    static func loadInternalModule(_ L: OpaquePointer, name: String, chunkName: String) throws(LuaError) {
        if let encoded = bytecode[name], LuaState.release == bytecodeRelease, let code = Data(base64Encoded: encoded) {
            let loaded = code.withUnsafeBytes { bytes in (try? LuaState.load(L, bytes, chunkName: chunkName, mode: .binary)) != nil }
            if loaded { return }
        }
        guard var source = source(of: name) else { throw LuaError("no embedded module \(name)") }
        let failure = source.withUTF8 { text -> LuaError? in
            do throws(LuaError) { try LuaState.load(L, UnsafeRawBufferPointer(text), chunkName: chunkName, mode: .text) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }
}
