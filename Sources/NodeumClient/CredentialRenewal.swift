import Dispatch
import Synchronization

/// The credentials a client sends, which can change once: a password typed again after a
/// 401 (`ClientConfiguration.askCredentials`). Every password used stays a secret to scrub.
final class CredentialStore: Sendable {
    private struct State {
        var credentials: Credentials?
        /// Bumped at each change, so that a call whose 401 answered older credentials retries
        /// with the new ones instead of asking again.
        var generation = 0
        var secrets: [String]
    }

    private let state: Mutex<State>
    /// Questions are asked one at a time, off the cooperative threads (the answer is typed).
    private let questions = DispatchQueue(label: "nodeum.credentials")

    init(_ credentials: Credentials?) {
        state = Mutex(State(credentials: credentials, secrets: credentials?.secrets ?? []))
    }

    var current: (credentials: Credentials?, generation: Int) {
        state.withLock { ($0.credentials, $0.generation) }
    }

    var secrets: [String] { state.withLock { $0.secrets } }

    /// After a 401 answered the credentials of `generation`: true when there are others to
    /// try (changed meanwhile by another call, or given now by `ask` for `attempt`), false
    /// when `ask` gave none.
    func renew(after generation: Int, attempt: Int, ask: @escaping @Sendable (Int) -> Credentials?) async -> Bool {
        await withCheckedContinuation { continuation in
            questions.async {
                if self.state.withLock({ $0.generation != generation }) { return continuation.resume(returning: true) }
                guard let renewed = ask(attempt) else { return continuation.resume(returning: false) }
                self.state.withLock { state in
                    state.credentials = renewed
                    state.generation += 1
                    state.secrets += renewed.secrets
                }
                continuation.resume(returning: true)
            }
        }
    }
}
