import ChisoCore
import Testing

/// Two frameworks compared as models: conditions matched by ID, then by name; what each class asks compared
/// whatever index the measures sit at; the schemes' properties and settings; the source.
@Suite struct FrameworkComparisonTests {
    static let source = Provenance(
        decision: "1/QĐ", date: "2025-01-01", issuer: LocalizedText(vi: "Bộ", en: "Ministry"),
        title: LocalizedText(vi: "Khung", en: "Frame"))

    static func framework(_ scheme: any ScoringScheme, source: Provenance = source) -> Framework {
        Framework(
            id: "f", name: LocalizedText(vi: "F", en: "F"), unitType: LocalizedText(vi: "xã", en: "commune"),
            provenance: source, scheme: scheme)
    }

    /// The toy level scheme with its criteria edited.
    static func levels(_ edit: (inout [LevelCriterion]) -> Void) -> LevelScheme {
        var criteria = Toy.scheme.criteria
        edit(&criteria)
        return LevelScheme(levels: Toy.scheme.levels, groups: Toy.scheme.groups, criteria: criteria)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var second: LevelScheme
        var changes: [FrameworkComparison.Change]
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "the same", second: levels { _ in }, changes: []),
        Case(
            name: "P asks more at class 2",
            second: levels { $0[0].requirements[1] = Toy.requirement(.atLeast(65)) },
            changes: [.requirement(0, to: 0, forClass: 2)]),
        Case(
            name: "Y has a new ID, matched by name", second: levels { $0[1].id = "Y2" },
            changes: [.reidentified(1, to: 1)]),
        Case(
            name: "C renamed", second: levels { $0[2].name.en = "Number" }, changes: [.renamed(2, to: 2)]),
        Case(
            name: "P matched by a name in another case and spacing",
            second: levels {
                $0[0].id = "P2"
                $0[0].name.vi = " tỷ lệ "
            }, changes: [.reidentified(0, to: 0), .renamed(0, to: 0)]),
        Case(
            name: "C removed", second: levels { $0.removeLast() }, changes: [.removed(2)]),
        // Every measure of the second sits one index further on: the requirements still ask the same.
        Case(
            name: "a criterion added in front",
            second: levels {
                var added = $0[0]
                added.id = "N"
                added.name = LocalizedText(vi: "Mới", en: "New")
                $0.insert(added, at: 0)
            }, changes: [.added(0)]),
        Case(
            name: "P's unit", second: levels { $0[0].measurementUnit.vi = "phần trăm" },
            changes: [.property(0, to: 0, before: .unit("%"), after: .unit("phần trăm"))]),
    ]

    @Test(arguments: cases)
    func levelChanges(_ row: Case) {
        let comparison = FrameworkComparison(Self.framework(Toy.scheme), Self.framework(row.second))
        #expect(comparison.changes == row.changes)
    }

    @Test func classesAndSource() {
        var source = Self.source
        source.decision = "7/QĐ-UBND"
        source.title.en = "Another title"  // the title is compared in Vietnamese
        let fewer = LevelScheme(
            levels: Array(Toy.levels.prefix(2)), groups: Toy.scheme.groups,
            criteria: Toy.scheme.criteria.map {
                var criterion = $0
                criterion.requirements.removeLast()
                return criterion
            })
        let comparison = FrameworkComparison(Self.framework(Toy.scheme), Self.framework(fewer, source: source))
        #expect(comparison.changes == [.classCount, .provenance(.decision)])
    }

    @Test func pointPropertiesAndSettings() {
        let name = LocalizedText(vi: "A", en: "A")
        let tier = Tier(name: name, minimum: 1)
        let before = PointScheme(roots: [PointNode(id: "A", name: name, maximum: 2, rule: .points)], tiers: [tier])
        let after = PointScheme(
            roots: [PointNode(id: "A", name: name, maximum: 3, rule: .points)], tiers: [tier], precision: 4)
        let comparison = FrameworkComparison(Self.framework(before), Self.framework(after))
        #expect(
            comparison.changes == [
                .property(1, to: 1, before: .maximum(2, counted: true), after: .maximum(3, counted: true)),
                .setting(before: .precision(2), after: .precision(4)),
            ])
    }
}
