import Synchronization

/// A bound on the requests in flight: `acquire` waits (cancellably) while `limit` are taken.
final class RequestLimiter: Sendable {
    private struct State {
        var limit: Int
        var taken = 0
        var waiting: [(id: Int, continuation: CheckedContinuation<Void, any Error>)] = []
        var nextID = 0
    }

    private let state: Mutex<State>

    init(limit: Int) { state = Mutex(State(limit: limit)) }

    /// How many requests may be in flight at once.
    var limit: Int {
        get { state.withLock { $0.limit } }
        set {
            let woken = state.withLock { s in
                s.limit = max(1, newValue)
                return Self.admit(&s)
            }
            for c in woken { c.resume() }
        }
    }

    /// Takes a place, waiting for one if needed. Throws `CancellationError` if cancelled while waiting.
    func acquire() async throws {
        let id = state.withLock { s -> Int? in
            if s.taken < s.limit, s.waiting.isEmpty {
                s.taken += 1
                return nil
            }
            s.nextID += 1
            return s.nextID
        }
        guard let id else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, any Error>) in
                let admitted = state.withLock { s -> Bool in
                    if Task.isCancelled { return false }
                    s.waiting.append((id, c))
                    return true
                }
                if !admitted { c.resume(throwing: CancellationError()) }
                let woken = state.withLock { Self.admit(&$0) }
                for w in woken { w.resume() }
            }
        } onCancel: {
            let cancelled = state.withLock { s -> CheckedContinuation<Void, any Error>? in
                guard let i = s.waiting.firstIndex(where: { $0.id == id }) else { return nil }
                return s.waiting.remove(at: i).continuation
            }
            cancelled?.resume(throwing: CancellationError())
        }
    }

    /// Gives a place back.
    func release() {
        let woken = state.withLock { s in
            s.taken -= 1
            return Self.admit(&s)
        }
        for c in woken { c.resume() }
    }

    /// Hands free places to waiters, in order.
    private static func admit(_ s: inout State) -> [CheckedContinuation<Void, any Error>] {
        var woken: [CheckedContinuation<Void, any Error>] = []
        while s.taken < s.limit, !s.waiting.isEmpty {
            s.taken += 1
            woken.append(s.waiting.removeFirst().continuation)
        }
        return woken
    }
}
