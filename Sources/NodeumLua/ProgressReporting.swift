/// What walks and waits report while they run, for a display to draw (the shell's progress
/// line on a terminal). Events come from the Lua thread and from the tasks that wait for jobs.
public protocol ProgressReporting: AnyObject, Sendable {
    /// A walk has delivered `done` items of `total` (nil: unknown).
    func update(done: Int, total: Int?, noun: String)
    /// A wait's state, as a line of text (`run_task: job 12 working`).
    func status(_ text: String)
    /// The walk or wait has ended, or has been left (`take`, `first`, an error): nothing of it
    /// stays on screen, and the next one starts afresh.
    func finish()
}
