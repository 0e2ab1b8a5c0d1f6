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

/// Release builds of the two programs link the Swift runtime and Foundation statically, so that
/// an installed `nodeum` needs only Debian's libraries (liblua5.4, libedit, libsqlite3, libc,
/// libstdc++). It is a link flag of the executables alone, not `--static-swift-stdlib`: that one
/// compiles every module against the static SDK, where swift-testing does not exist, so the
/// tests would need a second release build. The libraries are named again inside one group
/// because the modules are compiled against the shared SDK, whose autolink entries do not list
/// what the static Foundation needs (ICU, CoreFoundation, ...).
/// For start-up (README, "Install"): lld packs the 110,000 relative relocations of a position-
/// independent executable (`-z pack-relative-relocs`: glibc applies them in a fraction of the
/// time), and `--no-export-dynamic` keeps the binary's own symbols out of the dynamic table
/// (the Swift runtime's start-up `dladdr` walks that table).
let staticSwiftRuntime: [LinkerSetting] = [
    .unsafeFlags(
        [
            "-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
            "-Xlinker", "--no-export-dynamic", "-Xlinker", "--start-group",
        ]
            + [
                "Foundation", "FoundationEssentials", "FoundationInternationalization", "_FoundationICU",
                "CoreFoundation", "_FoundationCShims", "_FoundationCollections", "swiftSynchronization",
                "swiftDispatch", "dispatch", "BlocksRuntime",
            ].flatMap { ["-Xlinker", "-l\($0)"] }
            + ["-Xlinker", "--end-group"],
        .when(platforms: [.linux], configuration: .release))
]

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
        .target(name: "CLuaShim", dependencies: ["CLua", "CJSON"]),
        // C: JSON's grammar once, for the client's page skim and the Lua decoder.
        .target(name: "CJSON"),
        // C: the system's libedit (line editing, history, completion), never GNU readline.
        .systemLibrary(
            name: "CEditLine", pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]),
        .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
        // C: what a build says of itself (version, commit, date, compiler), for --version.
        .target(name: "CBuildInfo"),

        // Swift bridge to Lua; knows nothing of Nodeum.
        .target(name: "Lua", dependencies: ["CLua", "CLuaShim", "CJSON"]),

        // The API as data, generated from the Swagger file by tools/generate-api.py.
        .target(name: "NodeumAPI"),

        // HTTP client of the API; knows no Lua.
        .target(
            name: "NodeumClient",
            dependencies: [
                "NodeumAPI", "CBuildInfo", "CJSON",
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
                "NodeumLua", "Lua", "CEditLine", "CEditLineShim", "CBuildInfo", "NodeumAPI", "NodeumClient",
            ]),

        .executableTarget(name: "nodeum", dependencies: ["NodeumShell"], linkerSettings: staticSwiftRuntime),
        .executableTarget(name: "nodeum-bench", dependencies: ["Lua"]),
        // The Swift client's side of tools/bench-client.sh (a benchmark, so not in a test target).
        .executableTarget(name: "nodeum-client-bench", dependencies: ["NodeumClient"]),
        .executableTarget(
            name: "nodeum-sim",
            dependencies: [
                "NodeumSimulator", "CBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: staticSwiftRuntime),

        // What tests share: the one way to start a simulator and a client of it, and servers
        // that misbehave on purpose.
        .target(
            name: "NodeumTestSupport",
            dependencies: ["NodeumClient", "NodeumSimulator", .product(name: "Logging", package: "swift-log")],
            path: "Tests/NodeumTestSupport"),

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
                "NodeumLua", "Lua", "NodeumClient", "NodeumSimulator", "NodeumTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "NodeumSimulatorTests",
            dependencies: [
                "NodeumSimulator", "NodeumAPI", "NodeumTestSupport",
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
