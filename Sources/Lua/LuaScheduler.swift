import CLua
import CLuaShim
import Synchronization

/// Runs Lua functions as coroutines ("tasks") on the Lua thread and resumes each one when
/// the asynchronous Swift operation it waits for has completed, so that the waits of
/// several tasks overlap. Operations run on Swift's concurrency threads; their results
/// come back through an inbox and are pushed only on the Lua thread.
public final class LuaScheduler {
    /// A task's state.
    public enum TaskStatus {
        case ready, waiting, done, failed(LuaError)
    }

    final class TaskRecord {
        let thread: LuaRef
        let L: OpaquePointer
        var status: TaskStatus = .ready
        /// Registry references of the results, once done.
        var results: [LuaRef] = []
        /// Set once someone took the results or the error (a failure nobody saw is reported).
        var observed = false
        init(thread: LuaRef, L: OpaquePointer) {
            self.thread = thread
            self.L = L
        }
    }

    /// How to answer a suspended call: pushes (true, results...) or (false, error) onto the
    /// task's thread and returns the count.
    typealias Answer = (OpaquePointer) -> Int32

    struct PendingOperation {
        let taskID: Int
        let deliver: (OpaquePointer, Result<any Sendable, any Error>) -> Int32
        let job: Task<Void, Never>
    }

    /// Completions handed over from other threads.
    final class Inbox: Sendable {
        let items = Mutex<[(Int, Result<any Sendable, any Error>)]>([])
    }

    unowned let state: LuaState
    private var tasks: [Int: TaskRecord] = [:]
    private var runQueue: [(Int, Answer?)] = []
    private var pending: [Int: PendingOperation] = [:]
    /// Tasks waiting for other tasks to end.
    private var joiners: [(waiter: Int, tasks: [Int])] = []
    private let inbox = Inbox()
    private var nextTaskID = 1
    private var nextOperationID = 1
    /// The task being resumed now, if any.
    public private(set) var currentTask: Int?

    init(state: LuaState) { self.state = state }

    /// Operations in flight.
    public var operationsInFlight: Int { pending.count }

    /// Starts a task running the function below `nargs` arguments on top of the main
    /// thread's stack (both popped). It first runs at the next `run`.
    @discardableResult
    public func spawn(nargs: Int32 = 0) -> Int { spawn(from: state.L, nargs: nargs) }

    /// Starts a task running the function below `nargs` arguments on top of L's stack (a
    /// thread of this state, such as the coroutine calling `nodeum.spawn`); both are popped.
    public func spawn(from L: OpaquePointer, nargs: Int32) -> Int {
        lua_checkstack(L, 1)
        let thread = lua_newthread(L)!
        let ref = LuaRef(state: state, L: L, index: -1)
        nodeum_pop(L, 1)
        // A new thread has room for LUA_MINSTACK values: make room for every argument (they
        // fitted on L, so they fit here), the function, and the C function below it.
        lua_checkstack(thread, nargs + 2)
        lua_xmove(L, thread, nargs + 1)
        // A C function at the bottom, as lua.c's pmain under the main chunk: tracebacks end alike.
        lua_pushcclosure(thread, nodeum_task_body, 0)
        nodeum_insert(thread, 1)
        let id = nextTaskID
        nextTaskID += 1
        tasks[id] = TaskRecord(thread: ref, L: thread)
        runQueue.append((id, nil))
        return id
    }

    /// The status of a task (nil once forgotten or unknown).
    public func status(of task: Int) -> TaskStatus? { tasks[task]?.status }

    /// True once a task has ended (or is unknown).
    public func isFinished(_ task: Int) -> Bool {
        switch tasks[task]?.status {
        case .ready, .waiting: false
        case .done, .failed, nil: true
        }
    }

    /// Pushes the results of a finished task onto L and returns their count; forgets the task.
    public func pushResults(of task: Int, to L: OpaquePointer) -> Int32 {
        guard let record = tasks.removeValue(forKey: task) else { return 0 }
        // Room for every result (a line may return thousands: `table.unpack(t)`); they fitted
        // on the task's own stack, so they fit on L's.
        guard lua_checkstack(L, Int32(record.results.count)) != 0 else { return 0 }
        for result in record.results { result.push(to: L) }
        return Int32(record.results.count)
    }

    /// Pushes the results of a finished task onto L without forgetting it; throws its error
    /// if it failed. Marks the outcome as seen.
    public func pushOutcome(of task: Int, to L: OpaquePointer) throws(LuaError) -> Int32 {
        guard let record = tasks[task] else { return 0 }
        record.observed = true
        if case .failed(let error) = record.status {
            // A string error is raised again with the task's traceback, so the place it came from shows.
            let isText = error.value.map { $0.typeName == "string" || $0.typeName == "number" } ?? true
            if isText, let traceback = error.traceback { throw LuaError(traceback, kind: error.kind) }
            throw error
        }
        guard lua_checkstack(L, Int32(record.results.count)) != 0 else { throw LuaError("too many results") }
        for result in record.results { result.push(to: L) }
        return Int32(record.results.count)
    }

    /// Forgets a task (its results are dropped; a task still running goes on).
    public func forget(_ task: Int) {
        if isFinished(task) { tasks[task] = nil }
    }

    /// Failures of ended tasks nobody asked about, oldest first; each is returned once.
    public func takeUnobservedFailures() -> [LuaError] {
        var failures: [(Int, LuaError)] = []
        for (id, record) in tasks where !record.observed {
            if case .failed(let error) = record.status {
                record.observed = true
                failures.append((id, error))
            }
        }
        return failures.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Waits until every task of `ids` has ended. A task suspends; where the caller cannot
    /// yield, the other tasks are run from here until those have ended.
    public func join(_ ids: [Int], in call: LuaCall) throws -> Int32 {
        if ids.allSatisfy(isFinished) { return 0 }
        if let current = currentTask, ids.contains(current) {
            throw LuaError("a task cannot wait for itself")
        }
        if nodeum_can_suspend(call.L) != 0, let current = currentTask {
            joiners.append((current, ids))
            tasks[current]?.status = .waiting
            lua_pushlightuserdata(call.L, nodeum_suspend_marker())
            return NODEUM_SUSPEND
        }
        let saved = currentTask
        defer { currentTask = saved }
        try run { ids.allSatisfy(isFinished) }
        if !ids.allSatisfy(isFinished) { throw LuaError("the tasks waited for can never end (they wait for this one)") }
        return 0
    }

    /// Puts the joiners whose tasks have all ended back in the run queue.
    private func wakeJoiners() {
        guard !joiners.isEmpty else { return }
        var still: [(waiter: Int, tasks: [Int])] = []
        for joiner in joiners {
            if joiner.tasks.allSatisfy(isFinished) {
                tasks[joiner.waiter]?.status = .ready
                runQueue.append((joiner.waiter, { T in lua_pushboolean(T, 1); return 1 }))
            } else {
                still.append(joiner)
            }
        }
        joiners = still
    }

    /// When nothing else can run the joiners wait for each other: fails the latest one, whose
    /// end may let the others go on.
    private func failDeadlockedJoiner() {
        let joiner = joiners.removeLast()
        tasks[joiner.waiter]?.status = .ready
        runQueue.append((joiner.waiter, { T in
            lua_pushboolean(T, 0)
            "deadlock: the tasks waited for are themselves waiting for the waiting task".push(to: T)
            return 2
        }))
    }

    /// Runs tasks until `isDone` says so or nothing can progress. Throws `interrupted!`
    /// (after cancelling every operation in flight) when the state is interrupted.
    public func run(until isDone: () -> Bool = { false }) throws(LuaError) {
        while !isDone() {
            drainInbox()
            if !runQueue.isEmpty {
                let (id, answer) = runQueue.removeFirst()
                try resume(id, answer: answer)
                continue
            }
            if state.isInterrupted {
                cancelAll()
                throw LuaError("interrupted!", kind: .interrupted)
            }
            if pending.isEmpty {
                if joiners.isEmpty { return }
                failDeadlockedJoiner()
                continue
            }
            _ = nodeum_wait_wakeup(state.L, 1.0)
        }
    }

    private func resume(_ id: Int, answer: Answer?) throws(LuaError) {
        guard let record = tasks[id] else { return }
        let T = record.L
        let nargs: Int32 = answer.map { $0(T) } ?? (lua_gettop(T) - 1)
        var nres: Int32 = 0
        currentTask = id
        let status = nodeum_resume(T, state.L, nargs, &nres, 1)
        currentTask = nil
        switch status {
        case LUA_OK:
            let top = lua_gettop(T)
            record.results = (0..<nres).map { LuaRef(state: state, L: T, index: top - nres + 1 + $0) }
            lua_settop(T, 0)
            record.status = .done
            wakeJoiners()
        case LUA_YIELD:
            let suspended = nres == 1 && lua_touserdata(T, -1) == nodeum_suspend_marker()
            nodeum_pop(T, nres)  // only the yielded values: the rest is the suspended frame
            if suspended { record.status = .waiting } else { runQueue.append((id, nil)) }
        default:
            let error = taskError(T, status: status)
            record.status = .failed(error)
            wakeJoiners()
            if error.kind == .interrupted || state.exitRequested != nil {
                cancelAll()
                throw error
            }
        }
    }

    /// The error of a failed task, with a traceback of its (not yet unwound) stack.
    private func taskError(_ T: OpaquePointer, status: Int32) -> LuaError {
        // As lua.c's message handler: a string (or number) gets a traceback; a value whose
        // __tostring gives a string is that string alone; anything else is described. The
        // __tostring runs protected on T, where the failed frames still are, as under lua.c's
        // handler; one that raises leaves the value described by its type.
        let L = state.L
        let isText = lua_type(T, -1) == LUA_TSTRING || lua_type(T, -1) == LUA_TNUMBER
        let shown: String?
        if !isText, nodeum_tostring_meta(T, -1) != 0 {
            shown = LuaState.string(T, at: -1)
            nodeum_pop(T, 1)
        } else {
            shown = nil
        }
        let message = isText ? LuaState.string(T, at: -1) ?? ""
            : shown ?? "(error object is a \(String(cString: nodeum_typename(T, -1))) value)"
        lua_xmove(T, L, 1)
        let value = LuaRef(state: state, L: L, index: -1)
        var traceback: String?
        if shown == nil {
            luaL_traceback(L, T, message, 0)
            traceback = LuaState.string(L, at: -1)
            nodeum_pop(L, 1)
        }
        nodeum_pop(L, 1)
        var kind = LuaError.Kind(status: status)
        if message.hasSuffix("interrupted!") && state.isInterrupted { kind = .interrupted }
        // Unwinding closes the task's to-be-closed variables, as a failed pcall does (Lua runs
        // their __close protected).
        _ = lua_resetthread(T)
        lua_settop(T, 0)
        return LuaError(message, kind: kind, traceback: traceback, value: value)
    }

    private func drainInbox() {
        let arrived = inbox.items.withLock { items in
            defer { items.removeAll() }
            return items
        }
        for (operationID, result) in arrived {
            guard let operation = pending.removeValue(forKey: operationID) else { continue }
            tasks[operation.taskID]?.status = .ready
            runQueue.append((operation.taskID, { T in operation.deliver(T, result) }))
        }
    }

    /// Cancels every operation in flight and forgets every task: after an uncaught error, the
    /// tasks it leaves behind are not run on.
    public func abandonAll() {
        cancelAll()
        tasks.removeAll()
    }

    /// Cancels every operation in flight and forgets the tasks waiting for them.
    public func cancelAll() {
        for operation in pending.values {
            operation.job.cancel()
            tasks[operation.taskID]?.status = .failed(LuaError("interrupted!", kind: .interrupted))
        }
        for joiner in joiners {
            tasks[joiner.waiter]?.status = .failed(LuaError("interrupted!", kind: .interrupted))
        }
        pending.removeAll()
        joiners.removeAll()
        runQueue.removeAll()
    }

    /// Registers an operation for the current task; its result is delivered by `deliver`.
    func start(
        _ operation: @escaping @Sendable () async throws -> any Sendable,
        deliver: @escaping (OpaquePointer, Result<any Sendable, any Error>) -> Int32
    ) -> Bool {
        guard let taskID = currentTask else { return false }
        let id = nextOperationID
        nextOperationID += 1
        let inbox = self.inbox
        let wake = state.interrupter
        let job = LuaTaskExecutor.start(operation, wake: wake) { result in inbox.items.withLock { $0.append((id, result)) } }
        pending[id] = PendingOperation(taskID: taskID, deliver: deliver, job: job)
        return true
    }
}

extension LuaState {
    /// Calls the function below `nargs` arguments on top of the stack as a scheduler task
    /// (so that its API calls can overlap with those of the tasks it spawns) and runs the
    /// scheduler until that task and every task started meanwhile have ended. Leaves the
    /// task's results on the stack. Throws its error, else the first failure of another task
    /// that nobody waited for; `interrupted!` when interrupted.
    public func callAsTask(nargs: Int32 = 0) throws(LuaError) {
        nodeum_set_running(L, 1)
        defer { nodeum_set_running(L, 0) }
        let scheduler = tasks
        let id = scheduler.spawn(nargs: nargs)
        do {
            try scheduler.run { scheduler.isFinished(id) }
        } catch {
            scheduler.abandonAll()
            throw error
        }
        if case .failed(let error)? = scheduler.status(of: id) {
            scheduler.abandonAll()
            throw error
        }
        let base = lua_gettop(L)
        _ = scheduler.pushResults(of: id, to: L)
        do {
            try scheduler.run()
        } catch {
            scheduler.abandonAll()
            lua_settop(L, base)
            throw error
        }
        if let failure = scheduler.takeUnobservedFailures().first {
            lua_settop(L, base)
            throw failure
        }
    }

    /// The state's scheduler, made on first use.
    public var tasks: LuaScheduler {
        if let scheduler { return scheduler }
        let made = LuaScheduler(state: self)
        scheduler = made
        return made
    }
}
