import Foundation
import NodeumClient
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The REPL's question before a DELETE is sent: `nodeum: send DELETE <url> (<operation>)? [y/N] `
/// on stderr, the answer read from the terminal. Only while the REPL runs on a terminal
/// (`isActive`); scripts and piped input are never asked. Questions from concurrent tasks
/// come one at a time; Ctrl-C while asking cancels that call.
final class DeleteConfirmation: Sendable {
    private let active = Atomic<Bool>(false)
    /// One question at a time, off the cooperative threads (the answer may take minutes).
    private let queue = DispatchQueue(label: "nodeum.delete-confirmation")

    /// Whether DELETE calls are asked about now.
    var isActive: Bool {
        get { active.load(ordering: .relaxed) }
        set { active.store(newValue, ordering: .relaxed) }
    }

    /// `SafetySwitches.confirm`: true to send the call.
    func ask(_ call: DryRunCall) async throws -> Bool {
        guard isActive else { return true }
        let question = Question()
        let answer = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Answer, Never>) in
                queue.async { continuation.resume(returning: question.ask(call)) }
            }
        } onCancel: {
            question.cancel()
        }
        switch answer {
        case .yes: return true
        case .no: return false
        case .cancelled: throw CancellationError()
        }
    }

    enum Answer: Sendable { case yes, no, cancelled }

    /// One question: prompts, then reads a line from stdin, looking every 100 ms whether the
    /// call was cancelled meanwhile.
    private final class Question: Sendable {
        private let cancelled = Atomic<Bool>(false)

        func cancel() { cancelled.store(true, ordering: .relaxed) }

        func ask(_ call: DryRunCall) -> Answer {
            if cancelled.load(ordering: .relaxed) { return .cancelled }
            StandardStreams.err("nodeum: send \(call.summary)? [y/N] ")
            var line: [UInt8] = []
            while true {
                // The REPL reports the interruption itself.
                if cancelled.load(ordering: .relaxed) { return .cancelled }
                var fds = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
                let ready = poll(&fds, 1, 100)
                if ready < 0 && errno == EINTR { continue }
                if ready <= 0 { if ready < 0 { return .no }; continue }
                var byte: UInt8 = 0
                let n = read(0, &byte, 1)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    StandardStreams.err("\n")
                    return .no
                }
                if byte == 10 { break }
                line.append(byte)
            }
            let reply = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
            return reply == "y" || reply == "yes" ? .yes : .no
        }
    }
}
