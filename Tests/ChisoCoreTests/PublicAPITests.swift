import Foundation
import Testing

/// ChisoCore's public surface is what its DocC catalog curates: every public top-level declaration of the core is
/// listed under `## Topics` in `ChisoCore.docc/ChisoCore.md`, and every symbol listed there is public. A declaration
/// made public without being curated (or curated and then hidden) fails here.
@Suite struct PublicAPITests {
    static let core = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ChisoCore")

    /// Top-level `public` declarations of the core's sources, by name.
    static func publicDeclarations() throws -> Set<String> {
        var names: Set<String> = []
        let files = FileManager.default.enumerator(at: core, includingPropertiesForKeys: nil)
        let pattern = /^public (?:final |indirect )?(?:struct|enum|class|protocol|typealias|func|let|var|actor) (\w+)/
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                if let match = line.firstMatch(of: pattern) { names.insert(String(match.1)) }
            }
        }
        return names
    }

    /// The symbols the catalog curates under `## Topics`.
    static func curated() throws -> Set<String> {
        let text = try String(
            contentsOf: core.appendingPathComponent("ChisoCore.docc/ChisoCore.md"), encoding: .utf8)
        guard let topics = text.range(of: "## Topics") else { return [] }
        return Set(
            text[topics.upperBound...].matches(of: /^- ``(\w+)``/.anchorsMatchLineEndings()).map { String($0.1) })
    }

    @Test func everyPublicDeclarationIsCurated() throws {
        let uncurated = try Self.publicDeclarations().subtracting(Self.curated())
        #expect(uncurated.isEmpty, "public in ChisoCore but not curated in ChisoCore.docc: \(uncurated.sorted())")
    }

    @Test func everyCuratedSymbolIsPublic() throws {
        let hidden = try Self.curated().subtracting(Self.publicDeclarations())
        #expect(hidden.isEmpty, "curated in ChisoCore.docc but not public: \(hidden.sorted())")
    }

    @Test func theTopLevelPublicDeclarationsAreFew() throws {
        // A guard against the surface growing by accident again: raise it on purpose, with the catalog.
        #expect(try Self.publicDeclarations().count <= 80)
    }
}
