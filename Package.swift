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
        .library(name: "ChisoFormats", targets: ["ChisoFormats"]),
        .library(name: "ChisoReports", targets: ["ChisoReports"]),
        .library(name: "ChisoSchemeConformance", targets: ["ChisoSchemeConformance"]),
    ],
    targets: [
        // Scoring core: framework model, scoring schemes, results, explanations. No I/O.
        .target(
            name: "ChisoCore",
            swiftSettings: strict,
            // `Double.rounded()` calls libm, which nothing else links when the core is used without Foundation.
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        // The invariants every scoring scheme must keep, as checks a scheme's own tests run (no test framework).
        .target(name: "ChisoSchemeConformance", dependencies: ["ChisoCore"], swiftSettings: strict),
        // Reading and writing files: framework and side files, CSV, JSON, assessment input, output files, diagnostics.
        .target(
            name: "ChisoFormats",
            dependencies: ["ChisoCore"],
            swiftSettings: strict,
            plugins: ["EmbedFrameworksPlugin"]
        ),
        // Every word and every layout: text tables, the tidy CSV/JSON/markdown of each command, the HTML report.
        .target(name: "ChisoReports", dependencies: ["ChisoCore", "ChisoFormats"], swiftSettings: strict),
        // The commands of the `chiso` tool and the tasks behind them (load → core → render), as a library so tests
        // run them in-process.
        .target(
            name: "ChisoCLI", dependencies: ["ChisoCore", "ChisoFormats", "ChisoReports"], swiftSettings: strict),
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
            dependencies: ["ChisoCore", "ChisoFormats", "ChisoReports"],
            path: "benchmarks/Sources",
            swiftSettings: strict
        ),
        // Finding and running openpyxl and LibreOffice, for the tests that open chiso's workbooks in them.
        .target(name: "ChisoPeerTools", swiftSettings: strict),
        .testTarget(name: "ChisoCoreTests", dependencies: ["ChisoCore"], swiftSettings: strict),
        .testTarget(
            name: "ChisoFormatsTests",
            dependencies: ["ChisoCore", "ChisoFormats", "ChisoPeerTools"],
            exclude: ["Fixtures"],  // read through #filePath, not as bundle resources
            swiftSettings: strict
        ),
        .testTarget(
            name: "ChisoReportsTests",
            dependencies: ["ChisoCore", "ChisoFormats", "ChisoReports", "ChisoPeerTools"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ChisoCLITests",
            dependencies: [
                "ChisoCLI", "ChisoCore", "ChisoFormats", "ChisoReports", "ChisoSchemeConformance", "ChisoPeerTools",
            ],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
