// swift-tools-version: 6.1
// The nodeum package: a Lua 5.4 shell over the Nodeum REST API v2, its Swift client,
// and a simulator of the API. Layering (see docs/ARCHITECTURE.md): `Lua` knows no Nodeum,
// `NodeumAPI` is data, `NodeumClient` knows no Lua, `NodeumLua` knows no terminal,
// executables are thin.
//
// Linux only, and not claiming more: the interrupt path posts a POSIX unnamed semaphore from
// the SIGINT handler and waits with sem_timedwait (CLuaShim), which macOS lacks; a port would
// need a self-pipe there.
import PackageDescription

let package = Package(
    name: "nodeum",
    products: [
        .executable(name: "nodeum", targets: ["nodeum"]),
        .executable(name: "nodeum-sim", targets: ["nodeum-sim"]),
        .library(name: "Lua", targets: ["Lua"]),
        .library(name: "NodeumAPI", targets: ["NodeumAPI"]),
        .library(name: "NodeumClient", targets: ["NodeumClient"]),
        .library(name: "NodeumSimulator", targets: ["NodeumSimulator"]),
        .library(name: "NodeumLua", targets: ["NodeumLua"]),
        .library(name: "NodeumShell", targets: ["NodeumShell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // C: the system's Lua 5.4, and the few C functions Swift needs around it.
        .systemLibrary(
            name: "CLua", pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]),
        .target(name: "CLuaShim", dependencies: ["CLua"]),
        // C: the system's libedit (line editing, history, completion), never GNU readline.
        .systemLibrary(
            name: "CEditLine", pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]),
        .target(name: "CEditLineShim", dependencies: ["CEditLine"]),

        // Swift bridge to Lua; knows nothing of Nodeum.
        .target(name: "Lua", dependencies: ["CLua", "CLuaShim"]),

        // The API as data, generated from the Swagger file by scripts/generate-api.py.
        .target(name: "NodeumAPI"),

        // HTTP client of the API; knows no Lua.
        .target(
            name: "NodeumClient",
            dependencies: [
                "NodeumAPI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Logging", package: "swift-log"),
            ]),

        // The simulated API server.
        .target(
            name: "NodeumSimulator",
            dependencies: [
                "NodeumAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]),

        // What Lua users touch: the stdlib (stdlib/, embedded), and later the `nodeum` table.
        .target(name: "NodeumLua", dependencies: ["Lua", "NodeumAPI", "NodeumClient"]),

        // The program around the interpreter: command line, REPL.
        .target(
            name: "NodeumShell",
            dependencies: [
                "NodeumLua", "Lua", "CLuaShim", "CEditLine", "CEditLineShim", "NodeumAPI", "NodeumClient", "NodeumSimulator",
            ]),

        .executableTarget(name: "nodeum", dependencies: ["NodeumShell"]),
        .executableTarget(name: "nodeum-bench", dependencies: ["Lua"]),
        .executableTarget(
            name: "nodeum-sim",
            dependencies: [
                "NodeumSimulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // What tests share: servers that misbehave on purpose (and, later, the simulator helpers).
        .target(name: "NodeumTestSupport", path: "Tests/NodeumTestSupport"),

        .testTarget(
            name: "LuaTests",
            dependencies: [
                "Lua",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(name: "NodeumAPITests", dependencies: ["NodeumAPI"]),
        .testTarget(
            name: "NodeumLuaTests",
            dependencies: [
                "NodeumLua", "Lua", "NodeumClient", "NodeumSimulator",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "NodeumSimulatorTests",
            dependencies: [
                "NodeumSimulator", "NodeumAPI",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "NodeumClientTests",
            dependencies: [
                "NodeumClient", "NodeumSimulator", "NodeumAPI", "NodeumTestSupport",
                .product(name: "HummingbirdTLS", package: "hummingbird"),
            ]),
        .testTarget(name: "NodeumShellTests", dependencies: ["NodeumShell", "NodeumSimulator", "NodeumTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
