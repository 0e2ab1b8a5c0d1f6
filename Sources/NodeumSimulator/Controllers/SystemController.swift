import Hummingbird

/// The appliance's system users and groups (the simulator's users, plus the usual ones).
enum SystemController {
    static let handlers: [String: OperationHandler] = [
        "index_system_users": { _, state in
            var users: [JSONValue] = [user("root", 0, 0, "root")]
            for (i, u) in state.options.users.enumerated() { users.append(user(u.name, 1000 + i, 1000, u.name)) }
            return Response.json(.object(JSONObject([("count", .int(Int64(users.count))), ("users", .array(users))])))
        },
        "index_system_groups": { _, state in
            let names = state.options.users.map { JSONValue.string($0.name) }
            let groups: [JSONValue] = [
                .object(JSONObject([("name", "root"), ("gid", 0), ("users", .array(["root"]))])),
                .object(JSONObject([("name", "nodeum"), ("gid", 1000), ("users", .array(names))])),
            ]
            return Response.json(.object(JSONObject([("count", .int(Int64(groups.count))), ("groups", .array(groups))])))
        },
    ]

    private static func user(_ name: String, _ uid: Int, _ gid: Int, _ info: String) -> JSONValue {
        .object(JSONObject([("name", .string(name)), ("uid", .int(Int64(uid))), ("gid", .int(Int64(gid))), ("info", .string(info))]))
    }
}
