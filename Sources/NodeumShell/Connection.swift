import Foundation
import Lua
import NodeumClient

#if canImport(Glibc)
import Glibc
#endif

/// How the program reaches a Nodeum server: flags, environment and profile (through the
/// client's `ClientConfiguration.resolve`), or `--sim`, a `nodeum-sim` started beside it.
/// Nothing is created until the first API call asks for the client.
final class Connection {
    let options: CommandLineOptions
    private var simulators: [SimulatorProcess] = []
    /// Asks before each DELETE while the REPL runs on a terminal.
    let deleteConfirmation = DeleteConfirmation()

    init(options: CommandLineOptions) { self.options = options }

    /// Makes the client; called once, on the Lua thread, at the first API call.
    func makeClient() throws -> NodeumClient {
        if options.sim { return try simulatorClient() }
        var explicit = ConnectionSettings()
        explicit.url = options.url
        explicit.user = options.user
        explicit.password = options.password
        explicit.token = options.token
        explicit.profile = options.profile
        explicit.insecure = options.insecure ? true : nil
        explicit.caCertificateFile = options.caCertificate
        explicit.timeout = options.timeout
        var prompted: String?
        if let user = explicit.user, explicit.password == nil, explicit.token == nil, StandardStreams.stdinIsTerminal,
           ProcessInfo.processInfo.environment["NODEUM_PASSWORD"] == nil {
            explicit.password = askPassword(for: user)
            prompted = user
        }
        var configuration = try ClientConfiguration.resolve(explicit: explicit) { warning in
            StandardStreams.err("nodeum: warning: \(warning)\n")
        }
        configuration.safety = safety
        if let prompted { configuration.askCredentials = askAgain(for: prompted) }
        return NodeumClient(configuration: configuration)
    }

    /// Runs before a question on the terminal (erases the progress line).
    var beforeQuestion: @Sendable () -> Void = {}

    /// A password typed at a prompt can be typed again after a 401, as sudo asks: "Sorry, try again."
    private func askAgain(for user: String) -> @Sendable (Int) -> Credentials? {
        let before = beforeQuestion
        return { _ in
            before()
            StandardStreams.err("Sorry, try again.\n")
            return Self.askPassword(for: user).map { .basic(user: user, password: $0) }
        }
    }

    /// Reads a password from the terminal without echo, once the progress line is erased.
    private func askPassword(for user: String) -> String? {
        beforeQuestion()
        return Self.askPassword(for: user)
    }

    /// What the prompt shows of the server, computed without a request: `sim` with `--sim`,
    /// the profile's name when `--profile` or `NODEUM_PROFILE` chose one, else the configured
    /// URL's host (with its port when not the scheme's default); nil when nothing is configured.
    func promptName(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if options.sim { return "sim" }
        if let profile = options.profile ?? environment["NODEUM_PROFILE"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return profile
        }
        var explicit = ConnectionSettings()
        explicit.url = options.url
        guard let configuration = try? ClientConfiguration.resolve(explicit: explicit, environment: environment, warn: { _ in }),
              let host = configuration.baseURL.host
        else { return nil }
        let defaultPort = configuration.baseURL.scheme == "https" ? 443 : 80
        guard let port = configuration.baseURL.port, port != defaultPort else { return host }
        return "\(host):\(port)"
    }

    /// The safety switches of the command line, for every client of this run.
    var safety: SafetySwitches {
        let report: @Sendable (DryRunCall) -> Void = { call in StandardStreams.err("nodeum: dry run: " + call.line + "\n") }
        let trace: @Sendable (String) -> Void = { line in StandardStreams.err("nodeum: " + line + "\n") }
        var switches = SafetySwitches(readOnly: options.readOnly, dryRun: options.dryRun ? report : nil, trace: options.verbose ? trace : nil)
        switches.readOnlyCause = "--read-only"
        let confirmation = deleteConfirmation
        switches.confirm = { call in try await confirmation.ask(call) }
        return switches
    }

    /// Makes the client of `nodeum.connect{...}`: its settings over the profile's (no flags,
    /// no environment: a second system is named in full), or another simulator.
    /// A user without a password or token is asked for the password on a terminal, as on the
    /// command line.
    func makeOtherClient(_ settings: ConnectionSettings, simulator: Bool) throws -> NodeumClient {
        if simulator { return try simulatorClient(confirmDelete: settings.confirmDelete) }
        var settings = settings
        var prompted: String?
        if let user = settings.user, settings.password == nil, settings.token == nil, settings.profile == nil,
           StandardStreams.stdinIsTerminal {
            settings.password = askPassword(for: user)
            prompted = user
        }
        var configuration = try ClientConfiguration.resolve(explicit: settings, environment: [:]) { warning in
            StandardStreams.err("nodeum: warning: \(warning)\n")
        }
        configuration.safety = safety
        if let prompted { configuration.askCredentials = askAgain(for: prompted) }
        return NodeumClient(configuration: configuration)
    }

    /// Starts a simulator with demo data on a free loopback port and connects as admin.
    private func simulatorClient(confirmDelete: Bool? = nil) throws -> NodeumClient {
        let simulator = try SimulatorProcess()
        simulators.append(simulator)
        var configuration = try ClientConfiguration(
            url: simulator.url.absoluteString, credentials: .basic(user: "admin", password: "admin"))
        configuration.safety = safety
        configuration.confirmDelete = confirmDelete
            ?? ConnectionSettings.fromEnvironment(ProcessInfo.processInfo.environment).confirmDelete ?? true
        return NodeumClient(configuration: configuration)
    }

    /// Stops what was started (the client's connections, the simulator).
    func close(clients: [NodeumClient]) {
        let simulators = self.simulators
        guard !clients.isEmpty || !simulators.isEmpty else { return }
        _ = try? Self.wait {
            for client in clients { try? await client.shutdown() }
            return true
        }
        for simulator in simulators { simulator.stop() }
    }

    /// Runs async work to completion from the Lua thread (never a cooperative thread).
    static func wait<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    private final class ResultBox<T: Sendable>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }

    /// Reads a password from the terminal without echo.
    static func askPassword(for user: String) -> String? {
        guard let p = getpass("Password for \(user): ") else { return nil }
        return String(cString: p)
    }
}
