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
    public func spawn(nargs: Int32 = 0) -> Int {
        let L = state.L
        let thread = lua_newthread(L)!
        let ref = LuaRef(popping: state)
        lua_xmove(L, thread, nargs + 1)
        let id = nextTaskID
        nextTaskID += 1
        tasks[id] = TaskRecord(thread: ref, L: thread)
        runQueue.append((id, nil))
        return id
    }

    /// The status of a task (nil once forgotten or unknown).
    public func status(of task: Int) -> TaskStatus? { tasks[task]?.status }

    /// Pushes the results of a finished task onto L and returns their count; forgets the task.
    public func pushResults(of task: Int, to L: OpaquePointer) -> Int32 {
        guard let record = tasks.removeValue(forKey: task) else { return 0 }
        for result in record.results { result.push(to: L) }
        return Int32(record.results.count)
    }

    /// Forgets a finished task.
    public func forget(_ task: Int) { tasks[task] = nil }

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
            if pending.isEmpty { return }
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
        case LUA_YIELD:
            let suspended = nres == 1 && lua_touserdata(T, -1) == nodeum_suspend_marker()
            nodeum_pop(T, nres)  // only the yielded values: the rest is the suspended frame
            if suspended { record.status = .waiting } else { runQueue.append((id, nil)) }
        default:
            let error = taskError(T, status: status)
            record.status = .failed(error)
            if error.kind == .interrupted {
                cancelAll()
                throw error
            }
        }
    }

    /// The error of a failed task, with a traceback of its (not yet unwound) stack.
    private func taskError(_ T: OpaquePointer, status: Int32) -> LuaError {
        let base = LuaState.error(T, at: -1, status: status, state: state)
        var traceback: String?
        if lua_type(T, -1) == LUA_TSTRING || luaL_getmetafield(T, -1, "__tostring") == LUA_TNIL {
            luaL_traceback(state.L, T, base.message, 0)
            traceback = LuaState.string(state.L, at: -1)
            nodeum_pop(state.L, 1)
        } else {
            nodeum_pop(T, 1)
        }
        lua_settop(T, 0)
        return LuaError(base.message, kind: base.kind, traceback: traceback, value: base.value)
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

    /// Cancels every operation in flight and forgets the tasks waiting for them.
    public func cancelAll() {
        for operation in pending.values {
            operation.job.cancel()
            tasks[operation.taskID]?.status = .failed(LuaError("interrupted!", kind: .interrupted))
        }
        pending.removeAll()
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
        let job = Task(executorPreference: LuaTaskExecutor.shared) {
            let result: Result<any Sendable, any Error>
            do {
                let value = try await operation()
                result = .success(value)
            } catch {
                result = .failure(error)
            }
            inbox.items.withLock { $0.append((id, result)) }
            wake.wakeUp()
        }
        pending[id] = PendingOperation(taskID: taskID, deliver: deliver, job: job)
        return true
    }
}

extension LuaState {
    /// The state's scheduler, made on first use.
    public var tasks: LuaScheduler {
        if let scheduler { return scheduler }
        let made = LuaScheduler(state: self)
        scheduler = made
        return made
    }
}
