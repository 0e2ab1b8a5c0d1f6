import Foundation

/// How to run a simulator: where it listens, what it stores, what it seeds, which faults it injects.
public struct SimulatorOptions: Sendable, Equatable {
    /// A Basic-auth user.
    public struct User: Sendable, Equatable {
        public var name: String
        public var password: String

        public init(name: String, password: String) {
            self.name = name
            self.password = password
        }

        /// Parses `name:password`; nil without a colon or with an empty name.
        public init?(_ text: String) {
            guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return nil }
            self.init(name: String(text[..<colon]), password: String(text[text.index(after: colon)...]))
        }
    }

    /// The data a fresh database starts with.
    public enum Seed: String, Sendable, Equatable, CaseIterable {
        case empty, demo
    }

    /// A delay added to every response: `base` milliseconds, plus or minus up to `jitter`.
    public struct Latency: Sendable, Equatable {
        public var base: Int
        public var jitter: Int

        public init(base: Int, jitter: Int = 0) {
            self.base = base
            self.jitter = jitter
        }

        /// Parses `MS`, `MS±JITTER` or `MS+-JITTER`.
        public init?(_ text: String) {
            let parts = text.replacingOccurrences(of: "+-", with: "±").split(separator: "±", maxSplits: 1)
            guard let first = parts.first, let base = Int(first), base >= 0 else { return nil }
            var jitter = 0
            if parts.count == 2 {
                guard let j = Int(parts[1]), j >= 0 else { return nil }
                jitter = j
            }
            self.init(base: base, jitter: jitter)
        }
    }

    /// Port to listen on; 0 picks a free one. The host is always 127.0.0.1.
    public var port: Int
    /// SQLite file that persists state across restarts; nil keeps it in memory.
    public var databasePath: String?
    public var seed: Seed
    /// Files to put in the catalog when seeding (added to the demo's own tree).
    public var files: Int
    /// Makes the seed data and the injected faults reproducible.
    public var randomSeed: UInt64
    public var latency: Latency?
    /// Probability (0...1) that a request fails with 503, 500, 429 or a connection closed mid-body.
    public var faultRate: Double
    /// Requests allowed per second before answering 429; nil for no limit.
    public var rateLimit: Double?
    /// The largest page a list answers, whatever `limit` asks.
    public var maxPageSize: Int
    /// Basic-auth users; all have full access.
    public var users: [User]
    /// Seconds of wall-clock time a task execution takes to finish.
    public var taskDuration: Double
    /// Log each request on stderr.
    public var logRequests: Bool

    /// The host the simulator listens on: loopback only.
    public var host: String { "127.0.0.1" }

    public init(
        port: Int = 0, databasePath: String? = nil, seed: Seed = .demo, files: Int = 0, randomSeed: UInt64 = 1,
        latency: Latency? = nil, faultRate: Double = 0, rateLimit: Double? = nil, maxPageSize: Int = 1000,
        users: [User] = [User(name: "admin", password: "admin")], taskDuration: Double = 5, logRequests: Bool = false
    ) {
        self.port = port
        self.databasePath = databasePath
        self.seed = seed
        self.files = files
        self.randomSeed = randomSeed
        self.latency = latency
        self.faultRate = faultRate
        self.rateLimit = rateLimit
        self.maxPageSize = maxPageSize
        self.users = users
        self.taskDuration = taskDuration
        self.logRequests = logRequests
    }
}

