import Testing
@testable import Lua

/// The one way to register functions (`LuaLibrary`, as `luaL_Reg`) and tables built in Swift.
@Suite struct LibraryAndTableTests {
    let state = LuaState()

    @Test("a library's functions are set in a table by name, and a new table holds them all")
    func libraryRegistersEveryFunctionByName() throws {
        let library: LuaLibrary = [
            "double": { call in
                call.push(try call.integer(1) * 2)
                return 1
            },
            "name": { call in
                call.push("lib")
                return 1
            },
        ]
        state.pushLibrary(library)
        state.setGlobal("lib", state.value(at: -1))
        state.pop()
        let result = try state.run("local n = 0 for _ in pairs(lib) do n = n + 1 end return lib.double(21), lib.name(), n")
        #expect(result.map(describe) == ["integer 42", "string lib", "integer 2"])
    }

    @Test("a table literal has its items, its non-nil fields and its registered metatable")
    func tableLiteralPushesItemsFieldsAndMetatable() throws {
        try state.run("debug.getregistry().Point = {__name = 'Point'}")
        let inner = LuaTableLiteral(fields: [("x", 1), ("gone", nil as String?)])
        state.push(LuaTableLiteral(items: ["a", inner], fields: [("n", 2), ("missing", nil)], metatableName: "Point"))
        state.setGlobal("t", state.value(at: -1))
        state.pop()
        let result = try state.run("""
            local n = 0 for _ in pairs(t) do n = n + 1 end
            return #t, t[1], t[2].x, t[2].gone, t.n, n, getmetatable(t).__name
            """)
        #expect(result.map(describe) == ["integer 2", "string a", "integer 1", "nil", "integer 2", "integer 3", "string Point"])
    }
}
