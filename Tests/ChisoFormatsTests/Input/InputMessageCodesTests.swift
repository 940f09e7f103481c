import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// The problems of data, cost, recognised-level and map files carry stable codes and both languages (issue 20).
@Suite struct InputMessageCodesTests {
    static let measures = AssessmentLoaderTests.measures

    @Test func aDataFileProblemsHaveTheirCodes() throws {
        let table = Support.load(
            "unit_id,CQS.01,CQS.04,CQS01\nX1,120,có,1\nX1,50,hmm,1\n,50,có,1\nX3,50\n", measures: Self.measures)
        let codes = table.diagnostics.filter { $0.severity == .error }.map(\.code)
        #expect(
            codes == [
                "data.unknown-column", "data.duplicate-unit-id", "cell.out-of-range", "data.duplicate-unit-id",
                "cell.not-of-kind", "data.empty-unit-id", "data.field-count",
            ])
        let unknown = try #require(table.diagnostics.first { $0.code == "data.unknown-column" })
        #expect(unknown.text.vi == "cột không có trong khung đánh giá; có phải ý bạn là CQS.01?")
        #expect(unknown.text.en == "unknown column; did you mean CQS.01?")
    }

    @Test func aCellProblemIsTypedAndWordedInBothLanguages() throws {
        let reading = CellParser.outcome("1.234", kind: .count, maximum: nil)
        guard case .invalid(let problem) = reading else {
            Issue.record("1.234 read as \(reading)")
            return
        }
        #expect(problem == .notOfKind(.count, cell: "1.234", plain: "1234"))
        #expect(problem.code == "cell.not-of-kind")
        #expect(problem.text.vi.hasPrefix("cần một số nguyên từ 0 trở lên; 1.234 có vẻ là 1234"))
        // The English reading, as callers that take the reading's text see it, is the English words.
        #expect(CellParser.read("1.234", kind: .count, maximum: nil) == .invalid(problem.text.en))
        #expect(
            CellParser.sideCellOutcome("0,65", as: Measure(criterionID: "CQS.01", kind: .percent))
                == .invalid(.fractionForPercentage(cell: "0,65", value: 0.65, points: 65)))
        #expect(LocalizedText.number(0.65).vi == "0,65")
    }

    @Test func sideFileProblemsHaveTheirCodes() {
        let costs = "unit_id,criterion,per_point,fixed,max,colour\n,CQS.01,abc,,,\n,CQS01,1,,,\n,CQS.04,,,,\n"
        let (_, problems) = CostFile.read(Array(costs.utf8), file: "c.csv", measures: Self.measures, units: ["X1"])
        #expect(
            problems.map(\.code) == [
                "side.unknown-column", "cell.not-an-amount", "side.unknown-criterion", "side.no-cost",
            ])
        #expect(problems[0].text.vi.hasSuffix("tệp chi phí gồm các cột unit_id,criterion,per_point,fixed,max"))
        let levels = "unit_id,parent_id,level\nX1,H1,9\nX1,H9,2\n"
        let (_, levelProblems) = RecognisedLevels.read(
            Array(levels.utf8), file: "l.csv", maximumLevel: 5, parents: ["H1"])
        #expect(levelProblems.map(\.code) == ["side.level", "side.duplicate-unit-id", "side.unknown-parent"])
        #expect(throws: InputError.self) {
            try RenameMap.read("from,to\nA,B\nA,C\n", file: "m.csv", what: "unit map") { $0 }
        }
        do {
            _ = try RenameMap.read("from,to\nA,B\nA,C\n", file: "m.csv", what: "unit map") { $0 }
        } catch {
            #expect(error.diagnostics.map(\.code) == ["side.mapped-twice"])
        }
    }

    @Test func theSystemsReasonsAreToldInVietnamese() {
        #expect(SystemError.text(of: EACCES).vi == "không có quyền truy cập")
        #expect(SystemError.text(of: ENOSPC).vi == "ổ đĩa hết chỗ trống")
        #expect(SystemError.text(of: EACCES).en == SystemError.description(of: EACCES))
        let message = FileMessage.cannotWrite(reason: SystemError.text(of: ENOSPC), hint: .freeSpace)
        #expect(message.text.vi == "không ghi được (ổ đĩa hết chỗ trống); hãy kiểm tra dung lượng trống của ổ đĩa")
    }

    @Test func encodingProblemsHaveTheirCodes() {
        let (_, _, notice) = TextDecoding.utf8([0x58, 0xE0, 0x2C, 0x31, 0x0A], file: "w.csv")
        #expect(notice.map(\.code) == ["encoding.windows-1258"])
        let (_, _, error) = TextDecoding.utf8([0x58, 0x81, 0x0A], file: "w.csv")
        #expect(error.map(\.code) == ["encoding.unreadable"])
        #expect(error.first?.text.vi.contains("cũng không phải Windows-1258") == true)
    }
}
