import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// The annex table reader (issue 22): header found under a title block, rows read into an outline, every problem
/// of the numbering and the maxima reported at once, located, in both languages.
@Suite struct AnnexTableTests {
    /// Records from rows of cells, the first on `line` `from`.
    static func records(_ rows: [[String]], from: Int = 1) -> [CSVRecord] {
        rows.enumerated().map { CSVRecord(line: from + $0.offset, fields: $0.element) }
    }

    /// `id parent depth max name` per row, for comparing outlines.
    static func outline(_ table: AnnexTable) -> [String] {
        table.rows.map { row in
            let max = row.maxPoints.map { AnnexTableMessage.number($0, ".") } ?? "-"
            return "\(row.id) <\(row.parentID ?? "")> \(row.depth) \(max) \(row.name)"
        }
    }

    @Test(arguments: [
        ("STT", AnnexColumn.number), (" stt ", .number), ("Mã", .code), ("Chỉ số/Chỉ số thành phần", .name),
        ("Chỉ số /\nChỉ số thành phần", .name), ("TIÊU CHÍ", .name), ("Nội dung", .name),
        ("Điểm\ntối đa", .maxPoints), ("Cách xác định và tính điểm", .method), ("Tài liệu kiểm chứng", .evidence),
        ("Nguồn thu thập dữ liệu", .dataSource), ("Đơn vị phối hợp xác minh số liệu", .verifier),
        ("Đơn vị tính", .unit), ("Mức 1", .level(1)), ("Mức 5\n(Toàn diện)", .level(5)),
        ("Phương pháp", .methodSource), ("Căn cứ", .basis),
        // Decomposed (NFD) Vietnamese, as some pastes give it.
        ("Điểm tối đa".decomposedStringWithCanonicalMapping, .maxPoints),
    ])
    func headerCellsAreRecognised(header: String, column: AnnexColumn) {
        #expect(AnnexColumn(header: header) == column)
    }

    @Test(arguments: ["Điểm tự chấm", "Mức 12a", "Mứcđộ", ""])
    func otherHeaderCellsAreNot(header: String) {
        #expect(AnnexColumn(header: header) == nil)
    }

    @Test(arguments: [
        ("10", 10.0), ("10đ", 10), ("10 đ", 10), ("(20 điểm)", 20), ("20 điểm", 20), ("2,5", 2.5), ("2.5", 2.5),
        (" 20\n điểm ", 20), ("10 điểm.", 10), ("(10đ).", 10),
    ])
    func maximaAreRead(text: String, points: Double) {
        #expect(AnnexText.points(text) == points)
    }

    @Test(arguments: ["mười", "10 lần", "1,2,3", "", "đ", "-5", "1e3", "10 điểm..", "10 lần."])
    func otherMaximaAreNot(text: String) {
        #expect(AnnexText.points(text) == nil)
    }

    @Test(arguments: [
        ("1", AnnexNumber.path([1])), ("1.", .path([1])), ("1.2", .path([1, 2])), ("1.2.3.", .path([1, 2, 3])),
        ("I", .group(1)), ("II.", .group(2)), ("IV", .group(4)), ("IX", .group(9)), ("a)", .item(1)),
        ("b.", .item(2)), ("(c)", .item(3)), (" 1.\n2 ", .path([1, 2])),
    ])
    func numbersAreRead(text: String, number: AnnexNumber) {
        #expect(AnnexNumber(text) == number)
    }

    @Test(arguments: ["", "1..2", "x.1", "IIII", "1.0", "A)", "1a", "Chỉ số 1"])
    func otherNumbersAreNot(text: String) {
        #expect(AnnexNumber(text) == nil)
    }

    @Test func cellsWithLineBreaksAreJoined() {
        #expect(AnnexText.oneLine("Nhận thức\n  số ") == "Nhận thức số")
        #expect(AnnexText.lines(" - Có: 5 điểm;\r\n\r\n - Không: 0 điểm ") == "- Có: 5 điểm;\n- Không: 0 điểm")
    }
}
