import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// Shared helpers for the tests of reading and writing files.
enum Support {
    /// How many cases a fuzz test runs: `standard` in `swift test`, or `CHISO_FUZZ_CASES` when set, for the long
    /// seeded runs outside the default suite (`CHISO_FUZZ_CASES=100000 swift test --filter Fuzz`).
    static func fuzzCases(standard: Int) -> Int {
        ProcessInfo.processInfo.environment["CHISO_FUZZ_CASES"].flatMap { Int($0) }.map { max($0, 1) } ?? standard
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// A built-in level framework and its scheme, from the catalog: decoded once per test process and shared by
    /// every test and every case that asks for it (the 355 threshold cases among them).
    static func builtIn(_ id: String) throws -> (Framework, LevelScheme) {
        let (framework, warnings) = try FrameworkCatalog.load(id)
        #expect(warnings.isEmpty, "\(warnings)")
        guard let scheme = framework.scheme as? LevelScheme else { throw TestFailure("\(id) is not a level framework") }
        return (framework, scheme)
    }

    static func load(_ csv: String, measures: [Measure], levelCount: Int? = 5, computed: [String: String] = [:])
        -> AssessmentTable
    {
        AssessmentLoader.load(
            Array(csv.utf8), file: "test.csv", measures: measures, levelCount: levelCount, computed: computed)
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension UnitResult {
    /// The level statuses of a level scheme's result (empty for other schemes).
    var statuses: [LevelStatuses] { levelDetail?.statuses ?? [] }
}
