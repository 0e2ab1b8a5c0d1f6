import Lua
import NodeumAPI
import NodeumClient

/// The Swift half of `help(x)`: the pages (`HelpText`) made from the catalog and the stdlib's
/// doc comments, for the Lua half (`stdlib/nodeum/_help.lua`) to print. None sends a request
/// or makes a client.
enum HelpFunctions {
    /// The functions, by their names in `S`. Each answers a page (a string), or nil where the
    /// name it is given means nothing to it.
    static var functions: LuaLibrary { [
        "help_operation": { call in push(call, APICatalog.operation(try call.string(1)).map(HelpText.operation)) },
        "help_api": { call in push(call, HelpText.api()) },
        "help_named": { call in push(call, HelpText.named(try call.string(1))) },
        "help_unknown": { call in push(call, HelpText.unknown(try call.string(1))) },
        // help_collection(path, ids) and help_item(path, ids): `path` is the resource's
        // (`_res.path`), `ids` the handle's (`_ids`).
        "help_collection": { call in
            let ids = try handleIDs(call, at: 2)
            return push(call, ResourcePlace.find(path: try call.string(1)).map { HelpText.collection($0, ids: ids) })
        },
        "help_item": { call in
            let ids = try handleIDs(call, at: 2)
            return push(call, ResourcePlace.find(path: try call.string(1)).map { HelpText.item($0, ids: ids) })
        },
        // help_cursor(title, operation, params, steps, page_size, max_items, start, concurrency, how, checkpoint)
        "help_cursor": { call in
            let state = HelpText.CursorState(
                title: try call.string(1), operationID: try call.string(2), parameters: try strings(call, at: 3),
                steps: try strings(call, at: 4), pageSize: Int(try call.optionalInteger(5) ?? Int64(PaginationOptions().pageSize)),
                maxItems: try call.optionalInteger(6).map { Int($0) }, start: Int(try call.optionalInteger(7) ?? 0),
                concurrency: Int(try call.optionalInteger(8) ?? 1), walk: try call.optionalString(9),
                checkpoint: try call.optionalString(10))
            return push(call, HelpText.cursor(state))
        },
        "help_surface": { call in push(call, HelpText.surface()) },
        "help_surface_function": { call in push(call, HelpText.surfaceFunction(try call.string(1))) },
        "help_operators": { call in push(call, HelpText.operatorsPage()) },
        "help_operator": { call in push(call, HelpText.operatorFunction(try call.string(1))) },
        "help_task": { call in push(call, HelpText.task(try call.string(1))) },
        "help_null": { call in push(call, HelpText.null()) },
        "help_value": { call in push(call, HelpText.value(type: try call.string(1), text: try call.string(2))) },
        "help_modules": { call in
            EmbeddedStdlib.documentedModules.push(to: call.L)
            return 1
        },
        "help_module": { call in push(call, HelpText.stdlibModule(try call.string(1))) },
        // help_doc(module, name, prefix): a stdlib function's page, headed by prefix..signature if given.
        "help_doc": { call in
            push(call, HelpText.stdlibFunction(module: try call.string(1), name: try call.string(2),
                                               prefix: try call.optionalString(3)))
        },
    ] }

    private static func push(_ call: LuaCall, _ text: String?) -> Int32 {
        call.push(text)
        return 1
    }

    /// The strings of the list at `index` (none when it is nil).
    private static func strings(_ call: LuaCall, at index: Int32) throws -> [String] {
        guard !call.isNoneOrNil(index) else { return [] }
        try call.checkTable(index)
        return try (0..<call.rawLength(index)).map { i in
            guard case .string(let s) = call.rawItem(i + 1, of: index) else {
                throw LuaArgumentError(index, "list of strings expected")
            }
            return s.description
        }
    }

    /// The ids of a handle (`_ids`): integers or strings.
    private static func handleIDs(_ call: LuaCall, at index: Int32) throws -> [HandleID] {
        try call.checkTable(index)
        return try (0..<call.rawLength(index)).map { i in
            switch call.rawItem(i + 1, of: index) {
            case .string(let s): return HandleID(value: s.description, isText: true)
            case .integer(let n): return HandleID(value: String(n), isText: false)
            case .number(let d):
                // A float with an integral value reads as that integer, as `lua_tointeger` has it.
                let exact = Int64(exactly: d)
                return HandleID(value: exact.map { String($0) } ?? String(d), isText: false)
            default: throw LuaArgumentError(index, "ids must be integers or strings")
            }
        }
    }
}
