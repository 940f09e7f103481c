import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// Broken annex tables: every problem at once, each with its row and column, in both languages.
@Suite struct AnnexTableProblemsTests {
    /// A made-up table with one of each problem: 1's children add up to 25, not 30; 1.3 is skipped; 1.2 repeats;
    /// `x.1` and `mười` cannot be read; 3.1 stands under no 3; group II is skipped. I's sum (40) is not checked:
    /// the maximum of its child 2 cannot be read.
    static let broken: [[String]] = [
        ["Bảng chỉ số (bịa ra để kiểm thử)"],
        ["STT", "Chỉ số", "Điểm tối đa", "Cách xác định và tính điểm"],
        ["I", "Nhóm A", "(40 điểm)", ""],
        ["1", "Chỉ số A", "30đ", "Tổng các chỉ số thành phần"],
        ["1.1", "Thành phần a", "10", "Có: 10 điểm; Không: 0 điểm"],
        ["1.2", "Thành phần b", "10", ""],
        [],
        ["1.4", "Thành phần d", "5", ""],
        ["1.2", "Thành phần b lặp lại", "5", ""],
        ["x.1", "Không đọc được", "5", ""],
        ["2", "Chỉ số B", "mười", ""],
        ["3.1", "Không có cha", "5", ""],
        ["IV", "Nhóm D", "", ""],
    ]

    @Test func everyProblemIsReportedAtOnceInBothLanguages() {
        let table = AnnexTable.read(AnnexTableTests.records(Self.broken), file: "bang.xlsx", sheet: "Phụ lục")
        #expect(
            table.problems.map { $0.description(in: .vi) } == [
                "bang.xlsx[Phụ lục]!A8: lỗi: STT \"1.4\": số thứ tự bị nhảy: đáng lẽ là 1.3; hãy kiểm tra xem có "
                    + "thiếu dòng không",
                "bang.xlsx[Phụ lục]!A9: lỗi: STT \"1.2\": số thứ tự trùng với dòng 6; mỗi chỉ số cần một số riêng",
                "bang.xlsx[Phụ lục]!A10: lỗi: STT \"x.1\": không đọc được số thứ tự; cần dạng 1, 1.2, 1.2.3, số La "
                    + "Mã I, II cho nhóm, hoặc a), b)",
                "bang.xlsx[Phụ lục]!C11: lỗi: Điểm tối đa \"mười\": không đọc được điểm tối đa; cần một số như 10, "
                    + "2,5, 10đ hoặc (20 điểm)",
                "bang.xlsx[Phụ lục]!A12: lỗi: STT \"3.1\": không có dòng 3 ở trên để chỉ số này thuộc về",
                "bang.xlsx[Phụ lục]!A13: lỗi: STT \"IV\": số thứ tự bị nhảy: đáng lẽ là II; hãy kiểm tra xem có "
                    + "thiếu dòng không",
                "bang.xlsx[Phụ lục]!C4: lỗi: Điểm tối đa \"30đ\": điểm tối đa là 30 nhưng tổng điểm tối đa của các "
                    + "chỉ số con là 25",
            ])
        #expect(
            table.problems.map { $0.description(in: .en) } == [
                "bang.xlsx[Phụ lục]!A8: error: STT \"1.4\": the numbering skips: 1.3 was due here; check whether a "
                    + "row is missing",
                "bang.xlsx[Phụ lục]!A9: error: STT \"1.2\": the number repeats the one on line 6; each indicator "
                    + "needs its own number",
                "bang.xlsx[Phụ lục]!A10: error: STT \"x.1\": the number cannot be read; expected 1, 1.2, 1.2.3, "
                    + "Roman numerals I, II for a group, or a), b)",
                "bang.xlsx[Phụ lục]!C11: error: Điểm tối đa \"mười\": the maximum points cannot be read; expected a "
                    + "number such as 10, 2,5, 10đ or (20 điểm)",
                "bang.xlsx[Phụ lục]!A12: error: STT \"3.1\": there is no row 3 above for this indicator to stand "
                    + "under",
                "bang.xlsx[Phụ lục]!A13: error: STT \"IV\": the numbering skips: II was due here; check whether a "
                    + "row is missing",
                "bang.xlsx[Phụ lục]!C4: error: Điểm tối đa \"30đ\": the maximum is 30 but the children's maxima add "
                    + "up to 25",
            ])
        #expect(
            AnnexTableTests.outline(table) == [
                "I <> 0 40 Nhóm A", "1 <I> 1 30 Chỉ số A", "1.1 <1> 2 10 Thành phần a", "1.2 <1> 2 10 Thành phần b",
                "1.4 <1> 2 5 Thành phần d", "2 <I> 1 - Chỉ số B", "3.1 <> 0 5 Không có cha", "IV <> 0 - Nhóm D",
            ])
    }

    @Test func aHeaderWithoutItsColumnsIsReported() {
        let missingMaximum = AnnexTable.read(
            AnnexTableTests.records([["STT", "Tiêu chí", "Mức 1", "Mức 3"], ["1", "A", "Có", "Có"]]), file: "a.csv")
        #expect(
            missingMaximum.problems.map { $0.description(in: .en) } == [
                "a.csv:1: error: the header has no column Mức 2; add it"
            ])
        let points = AnnexTable.read(AnnexTableTests.records([["Phụ lục"], ["STT", "Nội dung"]]), file: "b.csv")
        #expect(
            points.problems.map { $0.description(in: .vi) } == [
                "b.csv:2: lỗi: dòng tiêu đề thiếu cột Điểm tối đa; hãy thêm cột này"
            ])
        let none = AnnexTable.read(AnnexTableTests.records([["Phụ lục"], ["Tên", "Điểm"]]), file: "c.csv")
        #expect(none.headerLine == nil && none.rows.isEmpty)
        #expect(none.problems.map(\.code) == ["annex.no-header"])
    }

    @Test func codesAreTakenFromTheCodeColumnAndItemsStandUnderTheRowAbove() {
        let table = AnnexTable.read(
            AnnexTableTests.records([
                ["STT", "Mã", "Chỉ số/Chỉ số thành phần", "Điểm tối đa"],
                ["1", "NT", "Nhận thức số", "10"],
                ["1.1", "NT.01", "Họp", "10"],
                ["a)", "", "Họp quý", ""],
                ["b)", "", "Họp năm", ""],
            ]), file: "m.csv")
        #expect(table.problems.isEmpty)
        #expect(
            AnnexTableTests.outline(table) == [
                "NT <> 0 10 Nhận thức số", "NT.01 <NT> 1 10 Họp", "NT.01.a <NT.01> 2 - Họp quý",
                "NT.01.b <NT.01> 2 - Họp năm",
            ])
    }
}
