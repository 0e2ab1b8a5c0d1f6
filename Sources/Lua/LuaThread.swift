#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A dedicated thread for Lua. The bridge blocks the thread that runs Lua while it waits
/// (the scheduler between completions, a call that cannot yield): that must never be one
/// of Swift concurrency's few cooperative threads, whose blocking can starve the very
/// operations being waited for. Async code runs Lua through `LuaThread.run`.
public enum LuaThread {
    private final class Job {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs `body` on a new thread of its own and returns its result.
    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let job = Job {
                do {
                    let value = try body()
                    continuation.resume(returning: value)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            start(job)
        }
    }

    private static func start(_ job: Job) {
        let argument = Unmanaged.passRetained(job).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, 8 << 20)  // Lua's C calls nest deeply
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { argument in
            Unmanaged<Job>.fromOpaque(argument!).takeRetainedValue().body()
            return nil
        }, argument)
        pthread_attr_destroy(&attributes)
        precondition(status == 0, "cannot start a thread for Lua (\(status))")
    }
}
