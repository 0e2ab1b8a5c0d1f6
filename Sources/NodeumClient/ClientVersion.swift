/// The client's version, sent as `User-Agent: nodeum/<version>`.
public enum NodeumClientVersion {
    public static let current = "0.1.0"
    public static var userAgent: String { "nodeum/\(current)" }
}
