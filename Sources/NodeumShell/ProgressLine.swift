import Lua
import NodeumLua
import Synchronization

/// A progress line on a terminal (stderr): `12,000/200,907 files  6 %  45,210/s  ETA 4 s`,
/// redrawn in place at most ten times a second, shown only once a walk has lasted half a
/// second (short listings stay quiet), and erased when the walk ends or is left, and before
/// anything else is written (Lua's writes call `erase`, the REPL and error reports `finish`),
/// so that no output is ever glued to it. Not drawn while Lua code has left a line unfinished
/// (`io.write` without a newline). Used from the Lua thread and from the tasks that wait for
/// jobs, so its state sits behind a lock.
public final class ProgressLine: ProgressReporting {
    private struct State {
        var started: ContinuousClock.Instant?
        var lastDrawn: ContinuousClock.Instant?
        var visible = false
    }

    private let write: @Sendable (String) -> Void
    private let clock = ContinuousClock()
    private let state = Mutex(State())

    /// `write` puts text on the terminal as it is (no newline added).
    public init(write: @escaping @Sendable (String) -> Void) { self.write = write }

    /// Reports `done` of `total` items (total nil when unknown: a count only).
    public func update(done: Int, total: Int?, noun: String = "items") {
        let now = clock.now
        state.withLock { state in
            if state.started == nil { state.started = now }
            guard let started = state.started, now - started >= .milliseconds(500) else { return }
            if let lastDrawn = state.lastDrawn, now - lastDrawn < .milliseconds(100) { return }
            if LuaState.standardOutputLineOpen { return }
            state.lastDrawn = now
            let seconds = Double((now - started).components.seconds) + Double((now - started).components.attoseconds) / 1e18
            let rate = seconds > 0 ? Double(done) / seconds : 0
            var text = "\(Self.grouped(done))"
            if let total, total > 0 {
                text += "/\(Self.grouped(total)) \(noun)  \(min(100, done * 100 / total)) %"
            } else {
                text += " \(noun)"
            }
            text += "  \(Self.grouped(Int(rate)))/s"
            if let total, rate > 0, total > done {
                text += "  ETA \(Self.duration(Double(total - done) / rate))"
            }
            write("\r\u{1B}[K" + text)
            state.visible = true
        }
    }

    /// Shows a status line as it is (a wait's state), after the same half second as `update`.
    public func status(_ text: String) {
        let now = clock.now
        state.withLock { state in
            if state.started == nil { state.started = now }
            guard let started = state.started, now - started >= .milliseconds(500) else { return }
            if LuaState.standardOutputLineOpen { return }
            write("\r\u{1B}[K" + text)
            state.visible = true
        }
    }

    /// Erases the line if shown, before other output; the walk goes on (the next update draws
    /// it again).
    public func erase() {
        state.withLock { state in
            if state.visible { write("\r\u{1B}[K") }
            state.visible = false
            state.lastDrawn = nil
        }
    }

    /// Erases the line, and starts afresh for the next walk.
    public func finish() {
        state.withLock { state in
            if state.visible { write("\r\u{1B}[K") }
            state = State()
        }
    }

    /// 200907 → "200,907".
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// 75 → "1 min 15 s".
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(s % 60) s" }
        return "\(s / 3600) h \(s % 3600 / 60) min"
    }
}
