import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats
@testable import ChisoReports

/// Every text of the wording layer, fixed phrases and the texts each scheme makes, has both languages in NFC.
@Suite struct PhraseTests {
    /// Both sides of `text` are non-empty and precomposed.
    private static func expectBothInNFC(_ text: LocalizedText, _ what: @autoclosure () -> String) {
        #expect(!text.vi.isEmpty && !text.en.isEmpty, "\(what()): \(text)")
        #expect(text.vi == text.vi.precomposedStringWithCanonicalMapping, "\(what()) vi is not NFC")
        #expect(text.en == text.en.precomposedStringWithCanonicalMapping, "\(what()) en is not NFC")
    }

    @Test func everyPhraseHasBothLanguagesInNFC() {
        for phrase in Phrase.allCases { Self.expectBothInNFC(phrase.text, "\(phrase)") }
    }

    @Test func vietnameseDiffersFromEnglishWhereWordsAreTranslated() {
        let same = Phrase.allCases.filter { $0.text.vi == $0.text.en }
        #expect(same.isEmpty, "\(same)")
    }

    /// The samples of `notebooks-data/`, each with its framework.
    static let samples = [
        ("vn-2361-commune", "sample-communes.csv"), ("vn-2361-district", "sample-districts.csv"),
        ("vn-dti-922-province", "sample-vn-dti-922-province.csv"),
        ("example-province-department", "sample-example-province-department.csv"),
    ]

    /// Every text each scheme's wording makes on the samples, and the generic wording's for the same scheme:
    /// class nouns, headings, figure names, plan classes, summaries, descriptions, headlines, values, requirements
    /// in both number styles, statuses, and every finding kind the scheme words.
    @Test(arguments: samples)
    func everySchemeTextHasBothLanguagesInNFC(framework id: String, file: String) throws {
        let (framework, _) = try FrameworkCatalog.load(id)
        let scheme = framework.scheme
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("notebooks-data/\(file)")
        let table = AssessmentLoader.load(
            Array(try Data(contentsOf: path)), file: file, measures: scheme.measures,
            levelCount: scheme.classes.count)
        #expect(!table.assessments.isEmpty, "\(table.diagnostics)")
        for wording in [framework.wording, GenericWording(scheme: scheme)] {
            let name = "\(id) \(type(of: wording))"
            Self.expectBothInNFC(wording.classNoun, "\(name) class noun")
            for ordinal in 0...scheme.classes.count {
                Self.expectBothInNFC(wording.planClass(ordinal), "\(name) plan class \(ordinal)")
                for style in [NumberStyle.plain, .local] {
                    Self.expectBothInNFC(wording.classHeading(ordinal, style: style), "\(name) heading \(ordinal)")
                }
            }
            Self.expectBothInNFC(wording.validationSummary, "\(name) validation summary")
            Self.expectBothInNFC(wording.listSummary, "\(name) list summary")
            let describe = wording.describe()
            #expect(describe.vi.isEmpty == describe.en.isEmpty, "\(name) describes itself in one language only")
            if !describe.en.isEmpty { Self.expectBothInNFC(describe, "\(name) description") }
            let results = table.assessments.map { scheme.score($0, subordinates: nil) }
            for language in Language.allCases {
                Self.expectBothInNFC(wording.summary(results, classNames: language), "\(name) summary")
            }
            for figure in [Figure.total] + scheme.rankedFigures {
                Self.expectBothInNFC(wording.figureName(figure), "\(name) figure \(figure)")
            }
            for assessment in table.assessments.prefix(6) {
                let summary =
                    scheme.rollsUpChildren
                    ? ChildLevelSummary(levels: [1, 2, 3], maximumLevel: scheme.classes.count, unreadable: ["X9"]) : nil
                let explanation = scheme.explain(scheme.score(assessment, subordinates: summary), ranks: [.total: 1])
                expectEveryText(of: explanation, by: wording, in: scheme, name: name)
            }
        }
        for status in CriterionStatus.allCases { Self.expectBothInNFC(ConditionWords.status(status), "\(status)") }
    }

    private func expectEveryText(
        of explanation: Explanation, by wording: any SchemeWording, in scheme: any ScoringScheme, name: String
    ) {
        let unit = "\(name) \(explanation.unit.id)"
        Self.expectBothInNFC(wording.headline(explanation), "\(unit) headline")
        for row in explanation.rows {
            Self.expectBothInNFC(wording.value(row, in: explanation), "\(unit) \(row.id) value")
            let condition = scheme.conditions[row.condition]
            for style in [NumberStyle.plain, .local] {
                let value = ConditionWords.value(
                    row.value, condition: condition, measures: scheme.measures, style: style)
                Self.expectBothInNFC(value, "\(unit) \(row.id) value \(style)")
            }
            for cell in row.cells where cell.requirement.applies {
                Self.expectBothInNFC(wording.requirement(cell.requirement), "\(unit) \(row.id) requirement")
                for style in [NumberStyle.plain, .local] {
                    let text = ConditionWords.requirement(cell.requirement, measures: scheme.measures, style: style)
                    Self.expectBothInNFC(text, "\(unit) \(row.id) requirement \(style)")
                }
            }
        }
        var every = explanation
        every.findings = Self.everyFinding(of: scheme)
        let findings = wording.findings(explanation) + wording.findings(every)
        #expect(!findings.isEmpty, "\(unit) has no findings")
        for (index, finding) in findings.enumerated() { Self.expectBothInNFC(finding, "\(unit) finding \(index)") }
    }

    /// Every kind of gap and plan reason, the lines under gap, plan and what-if tables, and the lines around an
    /// explanation's table have both languages in NFC.
    @Test func everyGapPlanReasonAndExplanationLineHasBothLanguagesInNFC() throws {
        let (framework, _) = try FrameworkCatalog.load("vn-2361-district")
        let scheme = framework.scheme
        let yesNo = try #require(scheme.measures.indices.first { scheme.measures[$0].kind == .yesNo })
        let shortfalls: [Gap.Shortfall] = [
            .value(current: 40, least: 70, inclusive: true, measure: 0),
            .value(current: nil, least: 1, inclusive: false, measure: nil),
            .value(current: 0, least: 1, inclusive: true, measure: yesNo),
            .unmet(current: 1, requirement: scheme.requirement(of: 0, forClass: 5), measure: 0),
            .subordinateClass(current: 1, needed: 3), .subordinatesNotGiven,
            .subordinatesUnnamed(children: 0, unreadable: 0), .subordinatesUnnamed(children: 4, unreadable: 2),
        ]
        for shortfall in shortfalls {
            let (current, required) = GapWords.figures(shortfall, scheme: scheme)
            Self.expectBothInNFC(current, "\(shortfall) current")
            Self.expectBothInNFC(required, "\(shortfall) required")
        }
        let obstacles: [PlanOutcome.Obstacle.Reason] = [
            .noCost(measure: 0), .capped(measure: 0, maximum: 0, needed: 1), .subordinates, .impossible,
        ]
        let outcomes: [PlanOutcome] = [
            .alreadyThere(2), .plan(changes: [], cost: 3, reaches: 2), .bestFound(changes: [], cost: 3, reaches: 2),
            .unreachable([]), .unreachable(obstacles.map { PlanOutcome.Obstacle(condition: 0, reason: $0) }),
        ]
        for outcome in outcomes {
            let plan = UnitPlan(unit: UnitInfo(id: "H01"), current: 1, target: 2, outcome: outcome, missingChanged: [0])
            Self.expectBothInNFC(PlanWords.reason(plan, scheme: scheme), "plan reason \(outcome)")
        }
        let lines = [
            GapWords.none, GapWords.summary(gaps: 3, units: 2), PlanWords.unreachable,
            PlanWords.changesNote(funded: false, proved: false), PlanWords.subordinateChanges(3, in: "X01, X02"),
            PlanWords.budget(100, funded: ["H01"], spent: 60),
            PlanWords.summary(units: 3, reachable: 2, total: 60, unproved: 0),
            PlanWords.summary(units: 3, reachable: 2, total: 60, unproved: 1), WhatIfWords.subordinate,
            WhatIfWords.summary(units: 2, raised: 1, untiered: nil),
            WhatIfWords.summary(units: 2, raised: 1, untiered: "vn-dti-922-province"),
        ]
        for (index, line) in lines.enumerated() { Self.expectBothInNFC(line, "gap or plan line \(index)") }
        let heading = ExplanationWords.heading(
            unit: "H01", name: "Huyện Một", parent: "T01", framework: framework, file: "my.json")
        Self.expectBothInNFC(heading, "heading")
        Self.expectBothInNFC(ExplanationWords.legend(classNoun: framework.wording.classNoun), "legend")
    }

    /// One finding of every kind that `scheme` can word.
    private static func everyFinding(of scheme: any ScoringScheme) -> [Explanation.Finding] {
        var findings: [Explanation.Finding] = [
            .nextClassNotReached(1, blockers: [0, 1]), .highestClassReached(scheme.classes.count),
            .missingValues([0, 1]),
            .noSubordinates, .unreadableSubordinates(["X1", "X2"]), .registered(2, reached: true),
            .registered(3, reached: false),
            .levelRule(.perLevel), .levelRule(.cumulative),
        ]
        if let levels = scheme as? LevelScheme, !levels.extendedMinimum.isEmpty {
            findings.append(.extendedShortfall(1, met: 2, applicable: 5, needed: 4))
        }
        if let points = scheme as? PointScheme, !points.views.isEmpty { findings.append(.view(0, index: 0.5)) }
        return findings
    }
}
