// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "chiso",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "chiso", targets: ["chiso"]),
        .library(name: "ChisoCore", targets: ["ChisoCore"]),
        .library(name: "ChisoIO", targets: ["ChisoIO"]),
    ],
    targets: [
        // Scoring core: framework model, scoring schemes, results, explanations. No I/O.
        .target(
            name: "ChisoCore",
            swiftSettings: strict,
            // `Double.rounded()` calls libm, which nothing else links when the core is used without Foundation.
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        // Config (JSON framework files), CSV, cell parsing, output formats, files.
        .target(
            name: "ChisoIO",
            dependencies: ["ChisoCore"],
            swiftSettings: strict,
            plugins: ["EmbedFrameworksPlugin"]
        ),
        // The commands of the `chiso` tool, as a library so tests run them in-process.
        .target(name: "ChisoCLI", dependencies: ["ChisoCore", "ChisoIO"], swiftSettings: strict),
        .executableTarget(name: "chiso", dependencies: ["ChisoCLI"], swiftSettings: strict),
        // Build-time embedding of frameworks/*.json so the binary finds them from anywhere.
        .executableTarget(name: "EmbedFrameworksTool", swiftSettings: strict),
        .plugin(
            name: "EmbedFrameworksPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedFrameworksTool"],
            path: "Sources/EmbedFrameworksPlugin"
        ),
        .executableTarget(
            name: "chiso-benchmarks",
            dependencies: ["ChisoCore", "ChisoIO"],
            path: "benchmarks/Sources",
            swiftSettings: strict
        ),
        .testTarget(name: "ChisoCoreTests", dependencies: ["ChisoCore"], swiftSettings: strict),
        .testTarget(
            name: "ChisoIOTests",
            dependencies: ["ChisoCore", "ChisoIO"],
            exclude: ["Fixtures"],  // read through #filePath, not as bundle resources
            swiftSettings: strict
        ),
        .testTarget(
            name: "ChisoCLITests",
            dependencies: ["ChisoCLI", "ChisoCore", "ChisoIO"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
