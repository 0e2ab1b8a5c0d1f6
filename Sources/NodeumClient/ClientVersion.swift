import CBuildInfo

/// The client's version, sent as `User-Agent: nodeum/<version>`.
public enum NodeumClientVersion {
    public static let current = String(cString: nodeum_build_version())
    public static var userAgent: String { "nodeum/\(current)" }
}
