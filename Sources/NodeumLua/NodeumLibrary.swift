import Lua
import NodeumAPI
import NodeumClient

/// The `nodeum` Lua table's Swift half: the functions the Lua half (`stdlib/nodeum/_core.lua`)
/// builds the surface on — operations, raw requests, pages, totals, tasks — and the clients
/// they use. The default client is made on the first call, so that a script that never calls
/// the API pays nothing for it; `nodeum.connect{...}` adds more.
public final class NodeumLibrary {
    /// Makes the default client (reads configuration, may start a simulator).
    public typealias ClientFactory = () throws -> NodeumClient
    /// Makes the client of `nodeum.connect{...}`: explicit settings, and whether to start a simulator.
    public typealias ConnectFactory = (ConnectionSettings, _ simulator: Bool) throws -> NodeumClient

    private var factories: [ClientFactory]
    private var made: [NodeumClient?]
    private let connectFactory: ConnectFactory
    /// Bounds the requests in flight from Lua, whatever the number of tasks.
    let limiter = RequestLimiter(limit: 16)
    /// Where walks and waits show their progress (a terminal's stderr); nil for nowhere.
    public var progress: (any ProgressReporting)?

    public init(connect: @escaping ClientFactory, connectOther: ConnectFactory? = nil) {
        factories = [connect]
        made = [nil]
        connectFactory = connectOther ?? { settings, _ in
            NodeumClient(configuration: try ClientConfiguration.resolve(explicit: settings) { _ in })
        }
    }

    /// The client of a slot (0 is the default one), made on first use.
    public func client(_ slot: Int = 0) throws -> NodeumClient {
        guard slot >= 0, slot < made.count else { throw LuaError("no client \(slot)") }
        if let client = made[slot] { return client }
        let client = try factories[slot]()
        made[slot] = client
        return client
    }

    /// The default client if it was made.
    public var clientIfMade: NodeumClient? { made[0] }

    /// Every client made so far (to shut them down).
    public var clientsMade: [NodeumClient] { made.compactMap { $0 } }

    /// Installs the global `nodeum` (also `require "nodeum"`).
    public func install(into state: LuaState) throws(LuaError) {
        let L = state.L
        state.retain(self)  // the functions below hold it unowned
        do {
            try EmbeddedStdlib.loadInternalModule(L, name: "nodeum._core", chunkName: "=nodeum")
        } catch {
            throw LuaError("the nodeum library cannot be loaded: \(error.message)")
        }
        state.newTable(fieldCount: 40)
        state.register(functions, in: -1)
        state.register(TaskFunctions.functions, in: -1)
        state.register(HelpFunctions.functions, in: -1)
        state.push(APICatalog.operationIDs)
        state.setRawField("operations", of: -2)
        state.push(HelpText.cursorMethods)
        state.setRawField("cursor_methods", of: -2)
        // The page size cursors ask for unless told: the client's own default, defined there once.
        state.push(PaginationOptions().pageSize)
        state.setRawField("default_page_size", of: -2)
        state.push(LuaValue.lightUserdata(LuaState.jsonNull))
        state.setRawField("null", of: -2)
        LuaState.pushArrayMetatable(L)
        state.setRawField("array_mt", of: -2)
        state.pushMetatable(named: NodeumClientError.luaMetatableName)
        state.setRawField("Error", of: -2)
        try state.pcall(nargs: 1, nresults: 0)
    }

    /// The functions of the core's table (`S` in `stdlib/nodeum/_core.lua`), by name.
    private var functions: LuaLibrary { [
        "call": { [unowned self] call in try self.callOperation(call) },
        "request": { [unowned self] call in try self.rawRequest(call) },
        "pages": { [unowned self] call in try self.pages(call) },
        "total": { [unowned self] call in try self.total(call) },
        "connect": { [unowned self] call in try self.connect(call) },
        "wait_job": { [unowned self] call in try self.waitJob(call) },
        "run_task_wait": { [unowned self] call in try self.runTaskWait(call) },
        "watch_execution": { [unowned self] call in try self.watchExecution(call) },
        "max_in_flight": { [unowned self] call in
            if !call.isNoneOrNil(1) {
                let n = try call.integer(1)
                guard n >= 1 else { throw LuaArgumentError(1, "at least 1 request must be allowed in flight") }
                self.limiter.limit = Int(n)
            }
            call.push(self.limiter.limit)
            return 1
        },
        // progress(text) shows a status line; progress() erases it.
        "progress": { [unowned self] call in
            if call.isNoneOrNil(1) { self.progress?.finish() } else { self.progress?.status(try call.string(1)) }
            return 0
        },
        "suggest": { call in
            call.push(Self.suggestion(for: try call.string(1)))
            return 1
        },
        // closest(name, names) → up to three of `names` close to `name`, closest first.
        "closest": { call in
            let name = try call.string(1)
            let names = try APIValue.read(call.L, at: 2).arrayValue?.compactMap(\.stringValue) ?? []
            try APIValue.array(Self.closest(to: name, among: names).map { .string($0) }).push(to: call.L)
            return 1
        },
        // validate(operationId, params, paginated): raises what the call would refuse, sends nothing.
        "validate": { call in
            let id = try call.string(1)
            let (parameters, _) = try Self.parameters(call, at: 2, of: id)
            try NodeumClient.validate(id, parameters, paginated: call.boolean(3))
            // validate(..., walk, segments, checkpoint): a keyset walk or segments where they cannot
            // be fail here, before any request.
            if let walk = try call.optionalString(4).flatMap(WalkMode.init(rawValue:)), let op = APICatalog.operation(id) {
                let options = PaginationOptions(walk: walk, resume: call.boolean(6) ? WalkPosition() : nil,
                                                segments: Int(try call.optionalInteger(5) ?? 1))
                _ = try WalkPlan.choose(options, operation: op, parameters: parameters)
            }
            return 0
        },
        // walk_plan(operationId, params, walk) → how a cursor with these walks (for help), or why it cannot.
        "walk_plan": { call in
            let id = try call.string(1)
            let (parameters, _) = try Self.parameters(call, at: 2, of: id)
            let mode = WalkMode(rawValue: try call.optionalString(3) ?? "auto") ?? .auto
            guard let op = APICatalog.operation(id) else { return 0 }
            do {
                call.push(try WalkPlan.choose(mode, operation: op, parameters: parameters).description)
            } catch let error as NodeumClientError {
                call.push("cannot: " + error.description)
            }
            return 1
        },
        "resources": { call in
            call.push(ResourceTable.table(APICatalog.resources))
            return 1
        },
        "operation": { call in
            guard let op = APICatalog.operation(try call.string(1)) else { return 0 }
            call.push(ResourceTable.table(op))
            return 1
        },
        // load_internal(name) → the compiled chunk of an embedded `nodeum._*` module.
        "load_internal": { call in
            let name = try call.string(1)
            guard EmbeddedStdlib.modules.contains(where: { $0.name == name }) else {
                throw LuaError("no internal module \(name)")
            }
            try EmbeddedStdlib.loadInternalModule(call.L, name: name, chunkName: "=" + name)
            return 1
        },
    ] }

    /// The slot argument (1) of every function.
    private func slotClient(_ call: LuaCall) throws -> NodeumClient {
        try client(Int(try call.integer(1)))
    }

    /// Runs `operation` holding a place among the requests in flight.
    private func limited<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) -> @Sendable () async throws -> T {
        let limiter = self.limiter
        return {
            try await limiter.acquire()
            defer { limiter.release() }
            let value = try await operation()
            return value
        }
    }

    /// `call(slot, operationId, params)`: params by name, the body under `body`.
    private func callOperation(_ call: LuaCall) throws -> Int32 {
        let id = try call.string(2)
        let (parameters, body) = try Self.parameters(call, at: 3, of: id)
        let client = try slotClient(call)
        return try call.await(limited { try await client.execute(id, parameters, body: body) }, then: Self.pushAnswer)
    }

    /// Reads a parameter table: names to values, the body under `body`.
    static func parameters(_ call: LuaCall, at index: Int32, of id: String) throws -> ([String: APIValue], APIValue?) {
        var parameters: [String: APIValue] = [:]
        var body: APIValue?
        if !call.isNoneOrNil(index) {
            try call.checkTable(index)
            guard case .object(let object) = try APIValue.read(call.L, at: index) else {
                throw LuaError("parameters of \(id) must be a table of names (got a list)")
            }
            for member in object {
                if member.key == "body" { body = member.value } else { parameters[member.key] = member.value }
            }
        }
        return (parameters, body)
    }

    /// `request(slot, method, path, query, body)`.
    private func rawRequest(_ call: LuaCall) throws -> Int32 {
        let methodName = try call.string(2).uppercased()
        guard let method = HTTPMethod(rawValue: methodName) else {
            throw LuaArgumentError(1, "method must be GET, POST, PUT, PATCH or DELETE")
        }
        let path = try call.string(3)
        var query: [(String, APIValue)] = []
        if !call.isNoneOrNil(4) {
            try call.checkTable(4)
            if case .object(let object) = try APIValue.read(call.L, at: 4) {
                query = object.map { ($0.key, $0.value) }
            }
        }
        let body = call.isNoneOrNil(5) ? nil : try APIValue.read(call.L, at: 5)
        let client = try slotClient(call)
        let sentQuery = query
        return try call.await(limited { try await client.request(method, path, query: sentQuery, body: body) },
                              then: Self.pushAnswer)
    }

    /// `pages(slot, operationId, params, page_size, max_items, start, concurrency, walk, checkpoint, segments)` → a
    /// function that answers the next page's items (a list) and the server's count, or nil
    /// at the end. Errors in the parameters are raised here, before any request.
    private func pages(_ call: LuaCall) throws -> Int32 {
        let id = try call.string(2)
        let (parameters, _) = try Self.parameters(call, at: 3, of: id)
        let walkName = try call.optionalString(8) ?? "auto"
        guard let walk = WalkMode(rawValue: walkName) else {
            throw LuaError("'walk' must be \"auto\", \"keyset\" or \"offset\" (got \"\(walkName)\")")
        }
        let options = PaginationOptions(
            pageSize: Int(try call.optionalInteger(4) ?? Int64(PaginationOptions().pageSize)), maxItems: try call.optionalInteger(5).map { Int($0) },
            startOffset: Int(try call.optionalInteger(6) ?? 0), concurrency: Int(try call.optionalInteger(7) ?? 1), walk: walk,
            segments: Int(try call.optionalInteger(10) ?? 1))
        let client = try slotClient(call)
        let stream = try PageStream(
            client: client, operationID: id, parameters: parameters, options: options, checkpoint: try call.optionalString(9))
        let limiter = self.limiter
        let progress = self.progress
        let noun = APICatalog.operation(id)?.itemsKey ?? "items"
        var delivered = 0
        var total: Int?
        call.push { call in
            guard stream.claim() else { throw LuaError("this cursor is already fetching a page for another task") }
            return try call.await({
                defer { stream.unclaim() }
                try await limiter.acquire()
                defer { limiter.release() }
                do {
                    let page = try await stream.next()
                    return page
                } catch {
                    progress?.finish()  // nothing of a failed walk stays on screen
                    throw error
                }
            }, then: { call, page in
                guard let page else {
                    progress?.finish()
                    return 0
                }
                delivered += page.itemCount
                if let count = page.count, count > Int64(page.itemCount) || total != nil {
                    total = max(total ?? 0, Int(count))
                }
                if let max = options.maxItems, delivered >= max {
                    progress?.finish()  // `take`, `first`: the last page asked for
                } else {
                    progress?.update(done: delivered, total: total, noun: noun)
                }
                try page.push(to: call.L)
                call.push(page.count)
                return 2
            })
        }
        return 1
    }

    /// `total(slot, operationId, params)` → the list's total, or nil when the server does not say.
    private func total(_ call: LuaCall) throws -> Int32 {
        let id = try call.string(2)
        let (parameters, _) = try Self.parameters(call, at: 3, of: id)
        let client = try slotClient(call)
        return try call.await(limited { try await client.total(id, parameters) }, then: { call, total in
            call.push(total)
            return 1
        })
    }

    /// `wait_job(slot, operationId, params, job, timeout)`: polls the operation's result call
    /// until the job it answered has completed; its last answer. Its state shows on the
    /// progress line (`run_task: job 12 working`) while it waits.
    private func waitJob(_ call: LuaCall) throws -> Int32 {
        let id = try call.string(2)
        let (parameters, _) = try Self.parameters(call, at: 3, of: id)
        let job = try APIValue.read(call.L, at: 4)
        let timeout = Duration.seconds(call.isNoneOrNil(5) ? 300 : try call.number(5))
        let client = try slotClient(call)
        let line = progress
        return try call.await({ try await Self.waitForJob(client, id, parameters, job, timeout, line) }, then: Self.pushResult)
    }

    /// `run_task_wait(slot, params, timeout)`: runs the task `params.task_id` and waits for the
    /// job, then for the task execution the run started, to its end; answers that execution.
    /// Each state seen shows on the progress line.
    private func runTaskWait(_ call: LuaCall) throws -> Int32 {
        let (parameters, _) = try Self.parameters(call, at: 2, of: "run_task")
        let timeout = Duration.seconds(call.isNoneOrNil(3) ? 3600 : try call.number(3))
        let client = try slotClient(call)
        let line = progress
        guard let task = parameters["task_id"] else { throw LuaError("run: missing task_id") }
        return try call.await({ try await Self.runTaskAndWait(client, task, timeout, line) }, then: Self.pushResult)
    }

    /// `watch_execution(slot, id, timeout, interval)` → an iterator over a task execution's
    /// states, one look per call (`ExecutionWatch`, the client's one wait loop): the last state
    /// has an end status; a look past `timeout` raises a `timeout` error. Lua's
    /// `wait_for_execution` walks it, calling its own progress function between looks.
    private func watchExecution(_ call: LuaCall) throws -> Int32 {
        let id = try APIValue.read(call.L, at: 2)
        let timeout = Duration.seconds(try call.number(3)), interval = Duration.seconds(try call.number(4))
        let watch = WatchedExecution(ExecutionWatch(client: try slotClient(call), executionID: id, timeout: timeout, interval: interval))
        let progress = self.progress
        let limiter = self.limiter
        call.push { call in
            guard watch.claim() else { throw LuaError("this execution is already being looked at for another task") }
            return try call.await({
                defer { watch.unclaim() }
                try await limiter.acquire()
                defer { limiter.release() }
                do {
                    let state = try await watch.next()
                    return state
                } catch {
                    progress?.finish()
                    throw error
                }
            }, then: { call, state in
                guard let state else { return 0 }
                try state.push(to: call.L)
                return 1
            })
        }
        return 1
    }

    /// Runs and waits, the states on the progress line meanwhile (erased at the end).
    private static func runTaskAndWait(
        _ client: NodeumClient, _ task: APIValue, _ timeout: Duration, _ line: (any ProgressReporting)?
    ) async throws -> APIValue {
        var report: (@Sendable (String) -> Void)?
        if let line { report = { text in line.status(text) } }
        defer { line?.finish() }
        return try await client.runTaskAndWait(task, timeout: timeout, progress: report)
    }

    /// Waits for the job, its state on the progress line meanwhile (erased at the end).
    private static func waitForJob(
        _ client: NodeumClient, _ id: String, _ parameters: [String: APIValue], _ job: APIValue, _ timeout: Duration,
        _ line: (any ProgressReporting)?
    ) async throws -> APIValue {
        let jobID = job["job_id"]?.stringValue ?? "?"
        var report: (@Sendable (JobProgress) -> Void)?
        if let line { report = { state in line.status("\(id): job \(jobID) \(state.status)") } }
        defer { line?.finish() }
        return try await client.waitForJob(id, parameters, accepted: job, timeout: timeout, progress: report)
    }

    /// `connect(opts)` → a new slot.
    private func connect(_ call: LuaCall) throws -> Int32 {
        try call.checkTable(1)
        var settings = ConnectionSettings()
        var simulator = false
        for (name, value) in call.rawPairs(1) {
            guard case .string(let keyString) = name else {
                throw LuaError("nodeum.connect: option names must be strings")
            }
            let key = keyString.description
            func text() throws -> String {
                guard case .string(let s) = value else {
                    throw LuaError("nodeum.connect: '\(key)' must be a string (got \(value.typeName))")
                }
                return s.description
            }
            func flag() throws -> Bool {
                guard case .boolean(let b) = value else {
                    throw LuaError("nodeum.connect: '\(key)' must be a boolean (got \(value.typeName))")
                }
                return b
            }
            switch key {
            case "url": settings.url = try text()
            case "user": settings.user = try text()
            case "password": settings.password = try text()
            case "token": settings.token = try text()
            case "profile": settings.profile = try text()
            case "ca_cert": settings.caCertificateFile = try text()
            case "insecure": settings.insecure = try flag()
            case "sim": simulator = try flag()
            case "confirm_delete": settings.confirmDelete = try flag()
            case "timeout":
                let seconds: Double? = switch value {
                case .integer(let n): Double(n)
                case .number(let d): d
                default: nil
                }
                guard let seconds, seconds > 0 else {
                    throw LuaError("nodeum.connect: 'timeout' must be a positive number of seconds")
                }
                settings.timeout = seconds
            default:
                throw LuaError("nodeum.connect: unknown option '\(key)' (url, user, password, token, profile, insecure, ca_cert, timeout, confirm_delete, sim)")
            }
        }
        let (fixed, sim, make) = (settings, simulator, connectFactory)
        factories.append { try make(fixed, sim) }
        made.append(nil)
        call.push(made.count - 1)
        return 1
    }

    /// An answer: its JSON decoded straight from the bytes into Lua (the decoder `json.decode`
    /// uses; ill-formed UTF-8 repaired as the client reads it), its text, or `true` for 204
    /// and empty bodies.
    private static func pushAnswer(_ call: LuaCall, _ response: NodeumResponse) throws -> Int32 {
        guard let json = response.json else { return try pushResult(call, response.value) }
        let failure = json.withUnsafeBytes { bytes -> JSONDecodeFailure? in
            do throws(JSONDecodeFailure) { try LuaState.pushJSON(call.L, text: bytes, strictUTF8: false) } catch { return error }
            return nil
        }
        if let failure { throw LuaError(failure.description) }
        return 1
    }

    /// A value made in Swift, or `true` for 204 and empty bodies.
    private static func pushResult(_ call: LuaCall, _ value: APIValue?) throws -> Int32 {
        if let value { try value.push(to: call.L) } else { call.push(true) }
        return 1
    }

    /// " (did you mean 'x'?)" for the closest operation ids.
    static func suggestion(for name: String) -> String {
        let ids = APICatalog.operations.map(\.id)
        let close = closest(to: name, among: ids)
        if close.isEmpty { return " (\(ids.count) operations; see help(nodeum.api))" }
        return " (did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?)"
    }

    /// Up to three names close to `name`, closest first (`Suggestion`'s rule).
    static func closest(to name: String, among names: [String]) -> [String] {
        Suggestion.closest(to: name, among: names)
    }
}

/// An execution watch shared by the calls of one Lua iterator: one look at a time.
private final class WatchedExecution: @unchecked Sendable {
    // Touched only by the call that holds the turn.
    private var watch: ExecutionWatch
    private let turn = Turn()

    init(_ watch: ExecutionWatch) { self.watch = watch }

    func claim() -> Bool { turn.take() }
    func unclaim() { turn.give() }
    func next() async throws -> APIValue? { try await watch.next() }
}
