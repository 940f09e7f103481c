import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats
@testable import ChisoReports

/// The reasons of a plan (``PlanReason``) and the fixed words of gap, plan and what-if tables: both languages in NFC,
/// the words a planner reads, and the English record a plan's CSV writes, read back unchanged.
@Suite struct PlanReasonWordsTests {
    static let every: [PlanReason] = [
        .alreadyThere, .costedFromZero(["CQS.01", "KTS.04.share"]), .unproved, .noPlan,
        .noCostRow(criterion: "CQS.05", measure: "CQS.05"),
        .capped(criterion: "KTS.03", measure: "KTS.03", maximum: 0, needed: 1),
        .capped(criterion: "CQS.02", measure: "CQS.02", maximum: 25, needed: 30.5),
        .subordinates(criterion: "CHUNG.01"), .impossible(criterion: "XHS.09"),
    ]

    private static func expectBothInNFC(_ text: LocalizedText, _ what: @autoclosure () -> String) {
        #expect(!text.vi.isEmpty && !text.en.isEmpty, "\(what()): \(text)")
        #expect(text.vi == text.vi.precomposedStringWithCanonicalMapping, "\(what()) vi is not NFC")
        #expect(text.en == text.en.precomposedStringWithCanonicalMapping, "\(what()) en is not NFC")
        #expect(text.vi != text.en, "\(what()) is not translated")
    }

    @Test func everyReasonAndTableWordHasBothLanguagesInNFC() throws {
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        for reason in Self.every {
            Self.expectBothInNFC(reason.words(measures: framework.scheme.measures), "\(reason)")
        }
        let words =
            GapWords.columns + Gap.Kind.allCases.map(GapWords.kind) + PlanWords.columns + [PlanWords.noFigure]
            + WhatIfWords.columns(classNoun: framework.wording.classNoun) + WhatIfWords.columns(classNoun: nil)
            + [ApproximationNotice.sentence("why"), PlanWords.unprovedNotice(unit: "U01")]
        for (index, text) in words.enumerated() where !text.en.isEmpty {
            Self.expectBothInNFC(text, "word \(index): \(text.en)")
        }
    }

    /// The CSV's English is the same as before the reasons were typed, so that files read back and compared
    /// stay byte-identical.
    @Test func theRecordIsTheCSVsEnglish() {
        #expect(
            PlanReason.record(Self.every)
                == [
                    "already at the target", "missing values costed from 0: CQS.01, KTS.04.share",
                    "the cheapest plan found, not proved the cheapest: the exact search stopped at its limit on this "
                        + "problem",
                    "no plan reaches the target", "CQS.05: no cost row for CQS.05, so it cannot change",
                    "KTS.03: KTS.03 is capped at 0 and needs 1", "CQS.02: CQS.02 is capped at 25 and needs 30.5",
                    "CHUNG.01: depends on the subordinate units, which this plan does not change",
                    "XHS.09: cannot be met with the costs given",
                ].joined(separator: "; "))
    }

    /// Every reason read back from its record is itself; anything else is quoted as written.
    @Test func recordsReadBackIntoTheirReasons() {
        #expect(PlanReason.read(PlanReason.record(Self.every)) == Self.every)
        #expect(PlanReason.read("") == [])
        #expect(
            PlanReason.read("CHUNG.01: depends on the subordinate units; something else")
                == [.quoted("CHUNG.01: depends on the subordinate units"), .quoted("something else")])
    }

    /// A capped criterion says what it means for the unit and what to enter: KAD for a criterion asked "nếu có"
    /// (commune KTS.03, an OCOP product), a higher max otherwise; values as their kind says them.
    @Test func aCappedCriterionSaysWhatToEnter() throws {
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        let measures = framework.scheme.measures
        let ocop = PlanReason.capped(criterion: "KTS.03", measure: "KTS.03", maximum: 0, needed: 1)
        #expect(
            ocop.words(measures: measures)
                == LocalizedText(
                    vi: "KTS.03 cần “có”, nhưng tệp chi phí giới hạn đơn vị này ở “không” (cột max): chi thêm cũng "
                        + "không đạt. Nếu tiêu chí không áp dụng cho đơn vị (“nếu có”), ghi KAD cho KTS.03 trong tệp "
                        + "dữ liệu",
                    en: "KTS.03 must be “yes”, but the cost file caps this unit at “no” (max column): spending cannot "
                        + "get there. If the criterion does not concern the unit (asked “if any”), enter KAD for KTS.03 "
                        + "in the data file"))
        let share = PlanReason.capped(criterion: "CQS.02", measure: "CQS.02", maximum: 25, needed: 30.5)
        #expect(
            share.words(measures: measures)
                == LocalizedText(
                    vi: "CQS.02 cần 30,5%, nhưng tệp chi phí giới hạn đơn vị này ở 25% (cột max): chi thêm cũng không "
                        + "đạt. Nếu đơn vị làm được hơn, nâng cột max của CQS.02 trong tệp chi phí",
                    en:
                        "CQS.02 must be 30.5%, but the cost file caps this unit at 25% (max column): spending cannot get "
                        + "there. If the unit can do more, raise CQS.02's max in the cost file"))
    }

    /// A total no plan can reach is said as the total score (a points framework's condition tagged total, whose ID
    /// is `total`), never by its ID; another criterion by its ID. The record stays the CSV's English.
    @Test func anImpossibleTotalIsSaidAsTheTotalScore() throws {
        let (framework, _) = try FrameworkCatalog.load("example-province-department")
        let scheme = framework.scheme
        let total = try #require(scheme.conditions.first { $0.tags.contains(.total) })
        let reason = PlanReason.impossible(criterion: total.id)
        #expect(reason.record == "\(total.id): cannot be met with the costs given")
        #expect(PlanReason.read(reason.record) == [reason])
        let words = reason.words(measures: scheme.measures, conditions: scheme.conditions)
        #expect(words.vi.hasPrefix("tổng điểm không thể đạt mức mục tiêu yêu cầu"))
        #expect(words.en.hasPrefix("the total score cannot reach what the target asks"))
        #expect(!words.vi.contains(total.id) && !words.en.contains("of \(total.id)"))
        let other = try #require(scheme.conditions.first { !$0.tags.contains(.total) })
        #expect(
            PlanReason.impossible(criterion: other.id).words(measures: scheme.measures, conditions: scheme.conditions)
                .en.contains("asks of \(other.id)"))
    }

    /// An index target's class is written with the language's numbers; other classes as named.
    @Test func anIndexTargetTakesTheLanguagesNumbers() {
        let target = LocalizedText(vi: "chỉ số ≥ 0.65", en: "index ≥ 0.65")
        #expect(PlanWords.className(target, in: .vi) == "chỉ số ≥ 0,65")
        #expect(PlanWords.className(target, in: .en) == "index ≥ 0.65")
        #expect(PlanWords.className(LocalizedText(vi: "Mức IV", en: "Tier IV"), in: .en) == "Tier IV")
    }
}
