import Foundation
import NodeumClient

#if canImport(Glibc)
import Glibc
#endif

/// `--sim` and `nodeum.connect{sim = true}`: the `nodeum-sim` program, started beside this one
/// on a free loopback port with demo data (users admin/admin). It is a program of its own so that
/// `nodeum` does not link the simulator's server and database, nor pay for them at start-up.
///
/// It stops when nodeum stops: `stop()` ends it, and `--stop-on-eof` ends it when its stdin,
/// a pipe nodeum holds, closes, which also happens when nodeum is killed. It ignores Ctrl-C,
/// which the REPL uses to interrupt Lua code.
final class SimulatorProcess {
    private let process: Process
    private let input: Pipe
    /// The simulator's API root, `http://127.0.0.1:PORT/api/v2`.
    let url: URL

    /// Starts nodeum-sim and waits for its first line, `listening on URL`.
    init() throws {
        let program = try Self.locate()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--port", "0", "--seed", "demo", "--stop-on-eof"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        // stderr stays nodeum's: what the simulator says when it cannot start is seen.
        do {
            try process.run()
        } catch {
            throw Self.failure("cannot start \(program): \(error.localizedDescription)")
        }
        output.fileHandleForWriting.closeFile()
        let line = Self.firstLine(of: output.fileHandleForReading)
        let prefix = "listening on "
        guard let line, line.hasPrefix(prefix), let url = URL(string: String(line.dropFirst(prefix.count))) else {
            process.terminate()
            process.waitUntilExit()
            throw Self.failure("\(program) did not start (exit status \(process.terminationStatus))")
        }
        self.process = process
        self.input = input
        self.url = url
    }

    /// Ends the simulator and waits for it.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        input.fileHandleForWriting.closeFile()
        process.waitUntilExit()
    }

    /// `nodeum-sim` beside this program's executable (an install, a build folder), else on PATH.
    static func locate(
        executable: String? = InstallLayout.executablePath(),
        path: String? = ProcessInfo.processInfo.environment["PATH"]
    ) throws -> String {
        let fm = FileManager.default
        var tried: [String] = []
        if let bin = InstallLayout.binFolder(executable: executable) {
            let beside = bin.appendingPathComponent("nodeum-sim").path
            if fm.isExecutableFile(atPath: beside) { return beside }
            tried.append(beside)
        }
        for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/nodeum-sim"
            if fm.isExecutableFile(atPath: candidate) { return candidate }
        }
        let where_ = tried.first.map { "neither at \($0) nor on PATH" } ?? "not on PATH"
        throw failure("--sim needs the nodeum-sim program (installed with nodeum), \(where_)")
    }

    private static func failure(_ message: String) -> NodeumClientError {
        NodeumClientError.configuration(message)
    }

    /// Reads up to the first newline (or the end), without reading past it.
    private static func firstLine(of handle: FileHandle) -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(handle.fileDescriptor, &byte, 1) == 1 {
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return nil
    }
}
