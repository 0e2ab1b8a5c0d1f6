import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `nodeum` executable that the tests run.
enum NodeumExecutable {
    /// Its absolute path (the tests fail with a clear message when it has not been built).
    static let path: String = locate()

    /// Looks beside the running test executable (and one level up: on Linux the test
    /// bundle sits in `.build/<config>/`, on macOS inside an `.xctest` bundle there), then
    /// falls back to `<package root>/.build/debug/nodeum`.
    private static func locate() -> String {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        for start in [runningExecutable(), CommandLine.arguments.first.map { URL(fileURLWithPath: $0) }] {
            guard let start else { continue }
            var directory = start.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("nodeum"))
                directory.deleteLastPathComponent()
            }
        }
        candidates.append(packageRoot().appendingPathComponent(".build/debug/nodeum"))
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                fileManager.isExecutableFile(atPath: candidate.path)
            {
                return candidate.standardizedFileURL.path
            }
        }
        return candidates.last!.path
    }

    /// `/proc/self/exe` where there is one.
    private static func runningExecutable() -> URL? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        return URL(fileURLWithPath: target)
    }

    /// The directory holding Package.swift, found from this source file.
    static func packageRoot(from file: String = #filePath) -> URL {
        var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
            }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: file).deletingLastPathComponent()
    }
}

/// What a finished process left behind.
struct ProcessOutput: Sendable {
    var stdout: Data
    var stderr: Data
    /// The exit status, or the signal number when `signaled`.
    var status: Int32
    var signaled: Bool

    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

/// A process that did not finish in time; it has been killed.
struct ProcessTimedOut: Error, CustomStringConvertible {
    let command: [String]
    let timeout: Duration
    let partialStdout: String
    let partialStderr: String

    var description: String {
        "\(command.joined(separator: " ")) did not finish within \(timeout) and was killed; "
            + "stdout so far: \(partialStdout.suffix(500).debugDescription), stderr so far: \(partialStderr.suffix(500).debugDescription)"
    }
}

/// The environment every test process starts from: nothing of the caller's, so that a
/// developer's LUA_INIT, LUA_PATH or NODEUM_* never changes a result.
let baseEnvironment: [String: String] = [
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "HOME": NSTemporaryDirectory(),
    "LC_ALL": "C",
]

/// Runs `executable` with `arguments` (argv[0] is `executable` itself), the given
/// environment (nothing else), `stdin` written then closed, in `directory`; waits at most
/// `timeout`, killing it and throwing `ProcessTimedOut` past that. Stdout and stderr are read
/// on their own threads so that large outputs cannot deadlock. At most a few processes run
/// at once (`ProcessSlots`), so that a parallel test run does not starve the machine.
func runProcess(
    _ executable: String,
    arguments: [String],
    environment: [String: String] = baseEnvironment,
    stdin: Data = Data(),
    directory: URL? = nil,
    timeout: Duration = .seconds(20)
) async throws -> ProcessOutput {
    await ProcessSlots.shared.acquire()
    defer { Task { await ProcessSlots.shared.release() } }
    return try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            continuation.resume(
                with: Result {
                    try runProcessBlocking(
                        executable, arguments: arguments, environment: environment,
                        stdin: stdin, directory: directory, timeout: timeout)
                })
        }
    }
}

/// Bytes collected by a reader thread, read by the waiting thread once the reader is done.
private final class ByteSink: @unchecked Sendable {
    // Written only by the reader thread, read only after `done` was signalled (or, on
    // timeout, under the lock), so the lock is what makes it shareable.
    private let lock = NSLock()
    private var data = Data()
    let done = DispatchSemaphore(value: 0)

    func append(_ chunk: Data) { lock.withLock { data.append(chunk) } }
    var bytes: Data { lock.withLock { data } }
}

/// Reads `handle` to its end on a dedicated thread.
private func startReading(_ handle: FileHandle) -> ByteSink {
    let sink = ByteSink()
    Thread.detachNewThread {
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            sink.append(chunk)
        }
        sink.done.signal()
    }
    return sink
}

private let ignoreSIGPIPE: Void = {
    // A child that exits before reading all its stdin must not kill the test runner.
    signal(SIGPIPE, SIG_IGN)
}()

private func runProcessBlocking(
    _ executable: String, arguments: [String], environment: [String: String],
    stdin: Data, directory: URL?, timeout: Duration
) throws -> ProcessOutput {
    _ = ignoreSIGPIPE
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    if let directory { process.currentDirectoryURL = directory }
    let input = Pipe(), output = Pipe(), errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    try process.run()
    let stdoutSink = startReading(output.fileHandleForReading)
    let stderrSink = startReading(errors.fileHandleForReading)
    Thread.detachNewThread {
        try? input.fileHandleForWriting.write(contentsOf: stdin)
        try? input.fileHandleForWriting.close()
    }
    let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
    if exited.wait(timeout: .now() + seconds) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        _ = exited.wait(timeout: .now() + 5)
        throw ProcessTimedOut(
            command: [executable] + arguments, timeout: timeout,
            partialStdout: String(decoding: stdoutSink.bytes, as: UTF8.self),
            partialStderr: String(decoding: stderrSink.bytes, as: UTF8.self))
    }
    // The pipes reach end of file once the process (and anything it left running) is gone.
    _ = stdoutSink.done.wait(timeout: .now() + 10)
    _ = stderrSink.done.wait(timeout: .now() + 10)
    return ProcessOutput(
        stdout: stdoutSink.bytes, stderr: stderrSink.bytes,
        status: process.terminationStatus,
        signaled: process.terminationReason == .uncaughtSignal)
}

/// Limits how many child processes the tests run at the same time.
actor ProcessSlots {
    static let shared = ProcessSlots(limit: max(2, ProcessInfo.processInfo.activeProcessorCount * 2))

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { free = limit }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}

/// A fresh directory under the system's temporary directory holding `files` (relative path
/// → contents; intermediate directories are created), removed by `remove()`.
struct TemporaryDirectory {
    let url: URL

    init(files: [String: String] = [:], directories: [String] = []) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("nodeum-shell-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for name in directories {
            try FileManager.default.createDirectory(
                at: url.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        for (name, contents) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: file)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
