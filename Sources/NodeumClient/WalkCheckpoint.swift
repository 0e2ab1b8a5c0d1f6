import Foundation

/// A walk's position saved in a file after each page, so that a walk killed after hours goes
/// on from there: the operation and parameters it walks (a checkpoint is refused for another
/// walk), how it walks, the last key or next offset, and the items delivered. Written whole to
/// a temporary file then renamed over the old one, so a kill at any moment leaves either the
/// previous position or the new one.
public struct WalkCheckpoint: Sendable, Equatable {
    public var operationID: String
    public var parameters: [String: APIValue]
    public var plan: WalkPlan
    public var position: WalkPosition

    public init(operationID: String, parameters: [String: APIValue], plan: WalkPlan, position: WalkPosition) {
        self.operationID = operationID
        self.parameters = parameters
        self.plan = plan
        self.position = position
    }

    /// The checkpoint in `path`; nil when there is no such file. Throws `.configuration` for a
    /// file that is not one.
    public static func load(from path: String) throws -> WalkCheckpoint? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw NodeumClientError.configuration("cannot read the checkpoint \(path): \(error.localizedDescription)")
        }
        guard let value = try? APIValue.parse(text), value["nodeum_checkpoint"]?.intValue == 1,
              let operation = value["operation"]?.stringValue, case .object(let params)? = value["parameters"],
              let walk = value["walk"]?.stringValue, let plan = WalkPlan(code: walk),
              let offset = value["offset"]?.intValue, let delivered = value["delivered"]?.intValue
        else {
            throw NodeumClientError.configuration("\(path) is not a nodeum walk checkpoint (remove it to start afresh)")
        }
        var parameters: [String: APIValue] = [:]
        for member in params { parameters[member.key] = member.value }
        let after = value["after"].flatMap { $0.isNull ? nil : $0 }
        return WalkCheckpoint(
            operationID: operation, parameters: parameters, plan: plan,
            position: WalkPosition(after: after, offset: Int(offset), delivered: Int(delivered)))
    }

    /// Writes the checkpoint atomically (temporary file, then rename).
    public func save(to path: String) throws {
        let sortedParameters = APIValue.object(APIObject(parameters.keys.sorted().map { ($0, parameters[$0]!) }))
        let value = APIValue.object(APIObject([
            ("nodeum_checkpoint", .int(1)), ("operation", .string(operationID)), ("parameters", sortedParameters),
            ("walk", .string(plan.code)), ("after", position.after ?? .null), ("offset", .int(Int64(position.offset))),
            ("delivered", .int(Int64(position.delivered))),
        ]))
        do {
            try Data((value.serialized() + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw NodeumClientError.configuration("cannot write the checkpoint \(path): \(error.localizedDescription)")
        }
    }

    /// Why this checkpoint cannot resume a walk of `operationID` with `parameters` walked by
    /// `plan`; nil when it can.
    public func mismatch(operationID: String, parameters: [String: APIValue], plan: WalkPlan) -> String? {
        if operationID != self.operationID { return "it was written for \(self.operationID), not \(operationID)" }
        if parameters != self.parameters {
            let shown = { (p: [String: APIValue]) in p.keys.sorted().map { "\($0)=\(p[$0]!.serialized())" }.joined(separator: " ") }
            return "it was written for other parameters (\(shown(self.parameters)), not \(shown(parameters)))"
        }
        if plan != self.plan { return "it was written for a walk \(self.plan.code), not \(plan.code)" }
        return nil
    }
}

extension WalkPlan {
    /// `offset`, `keyset id`, `keyset file_id unsorted`: the walk as a checkpoint names it.
    var code: String {
        switch self {
        case .offset: "offset"
        case .keyset(let filter, let sorted): "keyset \(filter)" + (sorted ? "" : " unsorted")
        }
    }

    init?(code: String) {
        let words = code.split(separator: " ").map(String.init)
        switch (words.first, words.count) {
        case ("offset", 1): self = .offset
        case ("keyset", 2): self = .keyset(filter: words[1], sorted: true)
        case ("keyset", 3) where words[2] == "unsorted": self = .keyset(filter: words[1], sorted: false)
        default: return nil
        }
    }
}
