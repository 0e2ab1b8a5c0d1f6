import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process whose stdin, stdout and stderr are the slave side of a new
/// pseudo-terminal, which is also its controlling terminal (it leads a new session, so
/// Ctrl-C typed on the terminal becomes SIGINT for it). The test holds the master side:
/// it types with `send` and reads with `expect`, always against a deadline.
///
/// Not shared between tasks: one test creates, drives and closes it.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The child's process id.
    let pid: pid_t
    private let master: Int32
    /// The slave kept open here too, so that reading the master never sees a hang-up
    /// while the child starts or after it exits.
    private let slave: Int32
    /// Everything read so far, `\r` removed.
    private(set) var transcript = ""
    /// Everything read so far as it came (`\r` kept): what a screen would show, for
    /// tests of the progress line.
    private(set) var rawTranscript = ""
    /// Where the next `expect` starts looking in `transcript`.
    private var cursor: String.Index
    private var exitStatus: Int32?
    private var closed = false

    /// Starts `executable` with `arguments` (argv[0] is the executable) and exactly
    /// `environment`.
    init(executable: String, arguments: [String], environment: [String: String]) throws {
        let functions = try TerminalFunctions()
        master = functions.openMaster(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw Failure(description: "posix_openpt: \(String(cString: strerror(errno)))") }
        var name = [CChar](repeating: 0, count: 128)
        guard functions.grant(master) == 0, functions.unlock(master) == 0,
            functions.slaveName(master, &name, name.count) == 0
        else {
            close(master)
            throw Failure(description: "grantpt/unlockpt/ptsname_r: \(String(cString: strerror(errno)))")
        }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else {
            close(master)
            throw Failure(description: "open \(slavePath): \(String(cString: strerror(errno)))")
        }
        transcript = ""
        cursor = transcript.startIndex
        do {
            pid = try Self.spawn(executable, arguments: arguments, environment: environment, terminal: slavePath)
        } catch {
            close(master)
            close(slave)
            throw error
        }
    }

    deinit { closeTerminal() }

    /// posix_spawn in a new session (POSIX_SPAWN_SETSID) whose first file action opens the
    /// terminal: a session leader without a controlling terminal that opens a terminal
    /// without O_NOCTTY acquires it (Linux; the same as setsid + TIOCSCTTY after forkpty).
    /// Signals are reset to their defaults and unblocked, whatever the test runner does.
    private static func spawn(
        _ executable: String, arguments: [String], environment: [String: String], terminal: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        // POSIX_SPAWN_SETSID, which Swift does not import: 0x80 in glibc (spawn.h, under
        // _GNU_SOURCE), 0x400 on Darwin.
        #if os(Linux)
        let setSession: Int32 = 0x80
        #else
        let setSession: Int32 = 0x400
        #endif
        posix_spawnattr_setflags(
            &attributes, Int16(setSession | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw Failure(description: "posix_spawn \(executable): \(String(cString: strerror(result)))")
        }
        return pid
    }

    /// Sets the terminal's size, which the child reads with TIOCGWINSZ.
    func setWindowSize(columns: UInt16, rows: UInt16) throws {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
            throw Failure(description: "TIOCSWINSZ: \(String(cString: strerror(errno)))")
        }
    }

    /// Types `text` (bytes as given: "\n" is Enter).
    func send(_ text: String) throws {
        try send(bytes: Array(text.utf8))
    }

    /// Ctrl-C: the line discipline turns it into SIGINT for the foreground process group.
    func sendInterrupt() throws { try send(bytes: [0x03]) }

    /// Ctrl-D: end of input on an empty line.
    func sendEndOfFile() throws { try send(bytes: [0x04]) }

    func send(bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Failure(description: "write to the terminal: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// Reads until `needle` appears after the previous match, and returns the text from
    /// there up to and including it; past `timeout`, throws with what was read.
    @discardableResult
    func expect(_ needle: String, timeout: Duration = .seconds(10)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let range = transcript[cursor...].range(of: needle) {
                let text = String(transcript[cursor..<range.upperBound])
                cursor = range.upperBound
                return text
            }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else {
                throw Failure(
                    description: "no \(needle.debugDescription) within \(timeout); unmatched output: \(String(transcript[cursor...]).debugDescription)")
            }
            readAvailable(waitingAtMost: remaining)
            if exitStatus == nil, processHasExited(), !hasPendingOutput() {
                // The last read may have brought the needle along with the exit.
                if transcript[cursor...].range(of: needle) != nil { continue }
                throw Failure(
                    description: "the process exited (status \(exitStatus!)) before \(needle.debugDescription); unmatched output: \(String(transcript[cursor...]).debugDescription)")
            }
        }
    }

    /// The output not yet consumed by `expect`, after waiting `quiet` for more.
    func pendingOutput(after quiet: Duration = .milliseconds(300)) -> String {
        let deadline = ContinuousClock.now + quiet
        while case let remaining = deadline - ContinuousClock.now, remaining > .zero {
            readAvailable(waitingAtMost: remaining)
        }
        return String(transcript[cursor...])
    }

    /// Waits for the child to exit and returns its exit status (128 + n for signal n);
    /// past `timeout`, kills it and throws.
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while !processHasExited() {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else {
                kill(pid, SIGKILL)
                _ = processHasExited(blocking: true)
                throw Failure(description: "the process did not exit within \(timeout) and was killed; output: \(String(transcript[cursor...]).debugDescription)")
            }
            readAvailable(waitingAtMost: min(remaining, .milliseconds(50)))
        }
        readAvailable(waitingAtMost: .milliseconds(50))
        return exitStatus!
    }

    /// Kills the child if it still runs, reaps it and closes the terminal.
    func closeTerminal() {
        if closed { return }
        if !processHasExited() {
            kill(pid, SIGKILL)
            _ = processHasExited(blocking: true)
        }
        close(master)
        close(slave)
        closed = true
    }

    // MARK: - Reading and reaping

    private func readAvailable(waitingAtMost duration: Duration) {
        guard !closed else { return }
        let milliseconds = Int32(clamping: max(1, duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000))
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        guard ready > 0, descriptor.revents & Int16(POLLIN) != 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard count > 0 else { return }
        // The cursor stays valid: text is only appended.
        let offset = transcript.utf8.distance(from: transcript.startIndex, to: cursor)
        let text = String(decoding: buffer[0..<count], as: UTF8.self)
        rawTranscript += text
        transcript += text.replacingOccurrences(of: "\r", with: "")
        cursor = transcript.utf8.index(transcript.startIndex, offsetBy: offset)
    }

    /// Waits until a thread of the program is blocked reading its terminal, as the kernel says
    /// it (`/proc/PID/task/TID/wchan` is the tty read's `wait_woken`): what a person sees as "it
    /// waits for me" (the prompt, `io.read`, a question asked while Lua waits). Tests await
    /// this instead of sleeping before they type or press Ctrl-C.
    func waitUntilReading(timeout: Duration = .seconds(10)) throws {
        try waitFor("blocked reading its terminal", timeout: timeout) {
            let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
            return threads.contains { Self.procText(pid, "task/\($0)/wchan") == "wait_woken" }
        }
    }

    /// Waits until the program's main thread is on a CPU (state R in `/proc/PID/stat`) at three
    /// looks in a row, 10 ms apart: a long computation has begun.
    func waitUntilComputing(timeout: Duration = .seconds(10)) throws {
        var streak = 0
        try waitFor("computing", timeout: timeout) {
            let state = Self.procText(pid, "stat")?.split(separator: ")").last?.split(separator: " ").first
            streak = state == "R" ? streak + 1 : 0
            return streak >= 3
        }
    }

    private func waitFor(_ what: String, timeout: Duration, _ condition: () -> Bool) throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline, !processHasExited() else {
                throw Failure(description: "the program was not \(what) within \(timeout); output so far: \(transcript)")
            }
            readAvailable(waitingAtMost: .milliseconds(10))
        }
    }

    private static func procText(_ pid: pid_t, _ name: String) -> String? {
        try? String(contentsOfFile: "/proc/\(pid)/\(name)", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func hasPendingOutput() -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    private func processHasExited(blocking: Bool = false) -> Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
        guard result == pid else { return false }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import (macros).
        let signal = status & 0x7f
        exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        return true
    }
}

/// The pseudo-terminal functions of the C library that Swift's Glibc module leaves out
/// (they are declared under _XOPEN_SOURCE / _GNU_SOURCE), looked up by name.
private struct TerminalFunctions {
    let openMaster: @convention(c) (Int32) -> Int32
    let grant: @convention(c) (Int32) -> Int32
    let unlock: @convention(c) (Int32) -> Int32
    let slaveName: @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    init() throws {
        let library = dlopen(nil, RTLD_NOW)
        func look<Function>(_ name: String, as: Function.Type) throws -> Function {
            guard let symbol = dlsym(library, name) else {
                throw PseudoTerminal.Failure(description: "\(name) is not in the C library")
            }
            return unsafeBitCast(symbol, to: Function.self)
        }
        openMaster = try look("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
        grant = try look("grantpt", as: (@convention(c) (Int32) -> Int32).self)
        unlock = try look("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
        slaveName = try look("ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32).self)
    }
}
