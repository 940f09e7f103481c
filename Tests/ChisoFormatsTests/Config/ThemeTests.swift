import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// Themes: the shared vocabulary on every shipped framework, in custom files, and `frameworks compare`.
struct ThemeTests {
    static let shipped = FrameworkCatalog.builtIn.map(\.id)

    @Test(arguments: shipped)
    func everyCriterionAndNodeOfAShippedFrameworkHasATheme(id: String) throws {
        let (framework, _) = try FrameworkCatalog.load(id)
        for condition in framework.scheme.conditions where !condition.tags.contains(.total) {
            let theme = try #require(condition.theme, "\(id) \(condition.id) has no theme")
            #expect(Theme.named(theme) != nil, "\(id) \(condition.id): \(theme)")
        }
        #expect(framework.provenance.notes.contains { $0.hasPrefix("Themes (\"theme\" on each criterion or node)") })
    }

    @Test func aThemeIsOptionalValidatedAndWrittenBack() throws {
        let valid = FrameworkDecoderTests.valid
        let (plain, _) = try FrameworkDecoder.decode(valid, file: "f.json")
        #expect(plain.scheme.conditions[0].theme == nil)
        let themed = valid.replacingOccurrences(of: #""id": "G.01","#, with: #""id": "G.01", "theme": "data","#)
        let (framework, _) = try FrameworkDecoder.decode(themed, file: "f.json")
        #expect(framework.scheme.conditions[0].theme == "data")
        let (again, _) = try FrameworkDecoder.decode(FrameworkEncoder.encode(framework), file: "again")
        #expect(again == framework && again.scheme.conditions[0].theme == "data")
        let typo = valid.replacingOccurrences(of: #""id": "G.01","#, with: #""id": "G.01", "theme": "dataa","#)
        #expect(
            FrameworkDecoderTests.errors(typo).contains {
                $0.contains("criteria[0].theme") && $0.contains("unknown theme \"dataa\"")
                    && $0.contains("did you mean \"data\"?")
            })
    }

    @Test func profileOfTheDTI() throws {
        let profile = ThemeProfile(try FrameworkCatalog.load("vn-dti-922-province").0.scheme)
        #expect(profile.hasPoints && profile.points == 1000)
        #expect(profile.entry("digitalGovernment")?.points == 200)
        #expect(profile.entry("awareness")?.points == 100)
        // Smart city is collected, never scored (max 0): not among the scored leaves.
        #expect(profile.entry("smartCity") == nil)
    }

    @Test func profileOfALevelFramework() throws {
        let profile = ThemeProfile(try FrameworkCatalog.load("vn-2361-district").0.scheme)
        #expect(!profile.hasPoints && profile.criteria == 33)
        #expect(profile.entry("subordinateUnits")?.criteria == 1)  // CHUNG.01
        #expect(profile.perClass.count == 5)
        #expect(profile.entries.reduce(0) { $0 + $1.criteria } == 33)
    }

}
