import Synchronization

/// A turn one task holds at a time: Swift iterators that Lua may call from two tasks at once
/// (a cursor's pages, an execution's looks) take it for one step, and refuse a second caller
/// rather than interleave.
final class Turn: Sendable {
    private let held = Mutex(false)

    /// Takes the turn; false when another task holds it.
    func take() -> Bool {
        held.withLock { held in
            if held { return false }
            held = true
            return true
        }
    }

    func give() { held.withLock { $0 = false } }
}
