#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The executor on which the bridge runs the Swift side of suspended calls, on a thread
/// of its own: their completion never waits for a free thread of Swift's small
/// cooperative pool, which a host (or a test runner) may be keeping busy or blocked.
/// The work itself is short (HTTP runs on its client's event loops); this thread only
/// starts operations and hands their results to the Lua thread.
public final class LuaTaskExecutor: TaskExecutor, @unchecked Sendable {
    /// The process-wide executor, started on first use.
    public static let shared = LuaTaskExecutor()

    /// Runs `operation` for the Lua thread: on this executor, its outcome handed to `deliver`
    /// (there, not on the Lua thread), then the Lua thread woken through `wake`. The one way the
    /// bridge starts asynchronous work, whether the caller suspends (the scheduler) or blocks.
    static func start<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T, wake: LuaInterrupter,
        deliver: @escaping @Sendable (Result<T, any Error>) -> Void
    ) -> Task<Void, Never> {
        Task(executorPreference: shared) {
            let result: Result<T, any Error>
            do {
                // Not `.success(try await operation())`: Swift 6.3.1 miscompiles that under -O.
                let value = try await operation()
                result = .success(value)
            } catch {
                result = .failure(error)
            }
            deliver(result)
            wake.wakeUp()
        }
    }

    /// Jobs waiting to run; guarded by `mutex`.
    private var jobs: [UnownedJob] = []
    private var wakeup = pthread_cond_t()
    private var mutex = pthread_mutex_t()

    private init() {
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&wakeup, nil)
        let unmanaged = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { argument in
            Unmanaged<LuaTaskExecutor>.fromOpaque(argument!).takeRetainedValue().loop()
            return nil
        }, unmanaged)
        precondition(status == 0, "cannot start the Lua task executor's thread (\(status))")
        pthread_detach(thread)
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        pthread_mutex_lock(&mutex)
        jobs.append(job)
        pthread_cond_signal(&wakeup)
        pthread_mutex_unlock(&mutex)
    }

    private func loop() {
        while true {
            pthread_mutex_lock(&mutex)
            while jobs.isEmpty { pthread_cond_wait(&wakeup, &mutex) }
            let batch = jobs
            jobs.removeAll(keepingCapacity: true)
            pthread_mutex_unlock(&mutex)
            for job in batch { job.runSynchronously(on: asUnownedTaskExecutor()) }
        }
    }
}
