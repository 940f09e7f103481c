import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// Shared helpers for the tests of words and layout (a few of ChisoFormatsTests' own, kept small).
enum Support {
    /// The fixtures of ChisoFormatsTests, which hold the source tables these tests quote.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ChisoFormatsTests/Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// A built-in level framework and its scheme, from the catalog.
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
