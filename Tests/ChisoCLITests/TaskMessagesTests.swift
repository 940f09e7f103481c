import ChisoCore
import ChisoFormats
import Foundation
import Testing

@testable import ChisoCLI

/// Every message of the command line's tasks has a stable code of its task and is worded in both languages (issue
/// 20): Vietnamese and English filled, different, in NFC; as `DiagnosticMessageTests` checks the formats' messages.
@Suite struct TaskMessagesTests {
    /// One example of every message of every task, with the area its codes start with.
    static let examples: [(area: String, message: any DiagnosticMessage)] =
        CompareMessage.examples.map { ("compare", $0) } + RegroupMessage.examples.map { ("regroup", $0) }
        + ScoringMessage.examples.map { ("scoring", $0) } + CrosswalkRunMessage.examples.map { ("crosswalk", $0) }
        + PlanMessage.examples.map { ("plan", $0) } + WhatIfMessage.examples.map { ("whatif", $0) }
        + ReportMessage.examples.map { ("report", $0) } + UncertaintyRunMessage.examples.map { ("uncertainty", $0) }
        + ExplainMessage.examples.map { ("explain", $0) } + FileMixUpMessage.examples.map { ("input", $0) }
        + UncertaintyNotice.examples.map { ("uncertainty", $0) }

    /// The summaries of repeats the tasks write.
    static let summaries: [LocalizedText] = [
        CompareMessage.emptyYearRows, CompareMessage.unreadableRows("rank"), ScoringMessage.unreadableChildrenParents,
        ScoringMessage.emptyParentRows, ScoringMessage.unknownParentRows, WhatIfMessage.otherFrameworkRows,
        ReportMessage.planRows(field: "from", data: "xa.csv"), ReportMessage.uncertaintyRows(data: "xa.csv"),
    ]

    @Test func everyMessageIsWordedInBothLanguages() {
        for (_, message) in Self.examples {
            let text = message.text
            #expect(!text.vi.isEmpty && !text.en.isEmpty, "\(message.code)")
            #expect(text.vi != text.en, "\(message.code) is not translated: \(text.en)")
            #expect(text.vi == text.vi.precomposedStringWithCanonicalMapping, "\(message.code) is not NFC")
            #expect(text.en == text.en.precomposedStringWithCanonicalMapping, "\(message.code) is not NFC")
        }
        for summary in Self.summaries {
            #expect(!summary.vi.isEmpty && summary.vi != summary.en, "\(summary.en)")
            #expect(summary.vi == summary.vi.precomposedStringWithCanonicalMapping, "\(summary.en)")
        }
    }

    @Test func codesAreStableNamesOfTheirTask() throws {
        let form = try Regex(#"^[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$"#)
        for (area, message) in Self.examples {
            #expect(message.code.wholeMatch(of: form) != nil, "\(message.code)")
            #expect(message.code.hasPrefix(area + "."), "\(message.code) is not of \(area)")
        }
    }

    /// Each case has its own code and at least one example: 24 cases of compare, 18 of regroup, 13 of scoring, 7
    /// of crosswalk, 9 of plan, 8 of whatif (a numbered change keeps its problem's code), 8 of report, 5 of
    /// uncertainty, 2 of explain, 3 of file mix-ups, and 8 notices of uncertainty (noise too wide, absolute or
    /// relative, is one). A case added without an example, or two cases sharing a code,
    /// changes the count.
    @Test func everyCaseHasAnExampleAndItsOwnCode() {
        let codes = Set(Self.examples.map(\.message.code))
        #expect(codes.count == 24 + 18 + 13 + 7 + 9 + 8 + 8 + 5 + 2 + 3 + 8, "\(codes.sorted())")
    }

    @Test func vietnameseTextsUseTheGlossary() {
        // The glossary's words, not their near misses: "xếp loại" for a tier, never "hạng" alone; "chưa có số liệu"
        // for missing; "khung đánh giá" for a framework.
        for (_, message) in Self.examples {
            let vi = message.text.vi
            #expect(!vi.contains("dữ liệu bị thiếu") && !vi.contains("giá trị thiếu"), "\(message.code): \(vi)")
            #expect(!vi.contains(" hạng ") || vi.contains("xếp hạng") || vi.contains("thứ hạng"), "\(message.code)")
            #expect(!vi.contains("framework ") || vi.contains("--framework") || vi.contains("childFramework"), "\(vi)")
        }
    }

    @Test func theWordsOfAMessageAreTheOnesItsDetailsSay() {
        let duplicate = CompareMessage.duplicateUnit(first: 1, second: 4, afterIDMap: true)
        #expect(duplicate.code == "compare.duplicate-unit")
        #expect(
            duplicate.text.en == "appears more than once (units 1 and 4, after the ID map); to merge units, use chiso "
                + "regroup first")
        #expect(
            duplicate.text.vi == "xuất hiện nhiều lần (đơn vị thứ 1 và thứ 4, sau khi áp bảng đổi mã); để gộp đơn "
                + "vị, hãy chạy chiso regroup trước")
        let target = PlanMessage.unknownTarget(
            target: "muc 9", classes: [LocalizedText(vi: "Mức IV", en: "Tier IV")], maximum: nil)
        #expect(target.text.en == "unknown target \"muc 9\"; expected next, or one of: 1 (Mức IV / Tier IV)")
        #expect(target.text.vi == "không có mục tiêu \"muc 9\"; cần next, hoặc một trong: 1 (Mức IV)")
        let change = WhatIfMessage.inChange(number: 2, .notSubordinate(via: "X1", parent: "H2"))
        #expect(change.code == "whatif.not-subordinate")
        #expect(change.text.en == "change 2: X1 is not a subordinate unit of H2")
        #expect(change.text.vi == "thay đổi thứ 2: X1 không phải đơn vị cấp dưới của H2")
    }

    /// No Vietnamese text says in English what it could say in Vietnamese: outside IDs, option names and values and
    /// quoted text, none of the words that give away an English sentence.
    @Test func vietnameseTextsHaveNoEnglishWords() throws {
        // Names the messages keep as they are: the year column, the rules of --rule, a placeholder of a file, and
        // the examples' text quoted from a crosswalk file.
        let kept = try Regex(#"cột year|dùng [a-z, ]+$|\bmean\b|--spec FILE|tệp ghi: [^)]*"#)
        for (_, message) in Self.examples {
            let found = try TaskDiagnosticsLanguageTests.englishWords(in: message.text.vi.replacing(kept, with: " "))
            #expect(found.isEmpty, "\(message.code): \(found) in \(message.text.vi)")
            #expect(
                !(try TaskDiagnosticsLanguageTests.englishWords(in: message.text.en)).isEmpty
                    || message.text.en.count < 40, "\(message.code): the check could not fail on \(message.text.en)")
        }
    }
}
