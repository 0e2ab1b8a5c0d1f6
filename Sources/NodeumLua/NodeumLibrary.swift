import CLua
import CLuaShim
import Lua
import NodeumAPI
import NodeumClient

/// The `nodeum` Lua table: `nodeum.api.<operationId>(params)` for every operation of the
/// catalog and `nodeum.request(method, path, {query=, body=})` for anything else. The
/// client is made on the first call, so that a script that never calls the API pays
/// nothing for it.
public final class NodeumLibrary {
    /// Makes the client (reads configuration, may start a simulator).
    public typealias ClientFactory = () throws -> NodeumClient

    private let factory: ClientFactory
    private var made: NodeumClient?

    public init(connect: @escaping ClientFactory) { self.factory = connect }

    /// The client, made on first use.
    public func client() throws -> NodeumClient {
        if let made { return made }
        let client = try factory()
        made = client
        return client
    }

    /// The client if it was made.
    public var clientIfMade: NodeumClient? { made }

    /// Installs the global `nodeum` (also `require "nodeum"`).
    public func install(into state: LuaState) throws(LuaError) {
        let L = state.L
        state.retain(self)  // the functions below hold it unowned
        try state.load(Self.glue, chunkName: "=(nodeum)")
        state.push { [unowned self] call in try self.callOperation(call) }
        state.push { [unowned self] call in try self.rawRequest(call) }
        APICatalog.operations.map(\.id).push(to: L)
        state.push { call in
            call.push(Self.suggestion(for: try call.string(1)))
            return 1
        }
        lua_pushlightuserdata(L, LuaState.jsonNull)
        luaL_newmetatable(L, NodeumClientError.luaMetatableName)
        try state.pcall(nargs: 6, nresults: 0)
    }

    /// `_call(operationId, params)`: params by name, the body under `body`.
    private func callOperation(_ call: LuaCall) throws -> Int32 {
        let id = try call.string(1)
        var parameters: [String: APIValue] = [:]
        var body: APIValue?
        if !call.isNoneOrNil(2) {
            try call.checkTable(2)
            guard case .object(let object) = try APIValue.read(call.L, at: 2) else {
                throw LuaError("parameters of \(id) must be a table of names (got a list)")
            }
            for member in object {
                if member.key == "body" { body = member.value } else { parameters[member.key] = member.value }
            }
        }
        let client = try self.client()
        let (sentParameters, sentBody) = (parameters, body)
        return try call.await({ try await client.call(id, sentParameters, body: sentBody) }, then: Self.pushResult)
    }

    /// `_request(method, path, query, body)`.
    private func rawRequest(_ call: LuaCall) throws -> Int32 {
        let methodName = try call.string(1).uppercased()
        guard let method = HTTPMethod(rawValue: methodName) else {
            throw LuaArgumentError(1, "method must be GET, POST, PUT, PATCH or DELETE")
        }
        let path = try call.string(2)
        var query: [(String, APIValue)] = []
        if !call.isNoneOrNil(3) {
            try call.checkTable(3)
            if case .object(let object) = try APIValue.read(call.L, at: 3) {
                query = object.map { ($0.key, $0.value) }
            }
        }
        let body = call.isNoneOrNil(4) ? nil : try APIValue.read(call.L, at: 4)
        let client = try self.client()
        let sentQuery = query
        return try call.await({ try await client.request(method, path, query: sentQuery, body: body).value },
                              then: Self.pushResult)
    }

    /// Decoded JSON, or `true` for 204 and empty bodies.
    private static func pushResult(_ call: LuaCall, _ value: APIValue?) throws -> Int32 {
        if let value { try value.push(to: call.L) } else { call.push(true) }
        return 1
    }

    /// " (did you mean 'x'?)" for the closest operation ids.
    static func suggestion(for name: String) -> String {
        let ids = APICatalog.operations.map(\.id)
        let scored = ids.map { ($0, editDistance($0, name)) }.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        let close = scored.prefix(3).filter { $0.1 <= max(3, name.count / 3) }.map { "'\($0.0)'" }
        if close.isEmpty { return " (\(ids.count) operations; see help(nodeum.api))" }
        return " (did you mean \(close.joined(separator: ", "))?)"
    }

    /// Levenshtein distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    static let glue = """
        local call, request, operations, suggest, null, Error = ...
        Error.__name = "nodeum.Error"
        Error.__tostring = function(e) return rawget(e, "description") or "nodeum error" end
        local nodeum = {null = null}
        local api = {}
        for _, id in ipairs(operations) do
          api[id] = function(params)
            if params ~= nil and type(params) ~= "table" then
              error(("bad argument #1 to '%s' (table expected, got %s)"):format(id, type(params)), 2)
            end
            return call(id, params)
          end
        end
        nodeum.api = setmetatable(api, {__index = function(_, name)
          error(("no operation '%s' in nodeum.api%s"):format(tostring(name), suggest(tostring(name))), 2)
        end})
        --- Any call: `path` relative to /api/v2; opts.query (a table of names), opts.body.
        function nodeum.request(method, path, opts)
          if type(method) ~= "string" then error("bad argument #1 to 'request' (string expected, got " .. type(method) .. ")", 2) end
          if type(path) ~= "string" then error("bad argument #2 to 'request' (string expected, got " .. type(path) .. ")", 2) end
          if opts ~= nil and type(opts) ~= "table" then error("bad argument #3 to 'request' (table expected, got " .. type(opts) .. ")", 2) end
          return request(method, path, opts and opts.query, opts and opts.body)
        end
        package.loaded.nodeum = nodeum
        _G.nodeum = nodeum
        """
}
