public import ChisoCore

/// What the annex table reader finds wrong with a decision's table, or worth telling about how it was read, in
/// both languages.
public enum AnnexTableMessage: DiagnosticMessage, Hashable {
    /// No row names the columns `STT` and a name column (`Chỉ số/Chỉ số thành phần`, `Tiêu chí`, `Nội dung`).
    case noHeader
    /// The header has no column `column`, which the table needs.
    case missingColumn(column: String)
    /// A header cell names no column the reader knows; the column is not read.
    case columnNotRead
    /// The `STT` cell cannot be read as a number (`1`, `1.2`, `I`, `a)`).
    case unreadableNumber
    /// The `Điểm tối đa` cell cannot be read as points.
    case unreadableMaximum
    /// The number was already used on line `firstLine`.
    case duplicateNumber(firstLine: Int)
    /// The numbering skips: `expected` was due here.
    case numberingGap(expected: String)
    /// The row numbered `number` has no row `parent` above it to stand under.
    case missingParent(parent: String)
    /// The children's maxima add up to `sum`, not to the row's `maximum`.
    case sumMismatch(maximum: Double, sum: Double)
    /// A row without a number was read as the continuation of the row on `line` (a cell broken over two rows).
    case rowContinued(line: Int)

    /// One example of every case.
    public static var examples: [Self] {
        [
            .noHeader, .missingColumn(column: "Điểm tối đa"), .columnNotRead, .unreadableNumber, .unreadableMaximum,
            .duplicateNumber(firstLine: 7), .numberingGap(expected: "1.3"), .missingParent(parent: "1.2"),
            .sumMismatch(maximum: 100, sum: 2.5), .rowContinued(line: 12),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .noHeader: "annex.no-header"
        case .missingColumn: "annex.missing-column"
        case .columnNotRead: "annex.column-not-read"
        case .unreadableNumber: "annex.unreadable-number"
        case .unreadableMaximum: "annex.unreadable-maximum"
        case .duplicateNumber: "annex.duplicate-number"
        case .numberingGap: "annex.numbering-gap"
        case .missingParent: "annex.missing-parent"
        case .sumMismatch: "annex.sum-mismatch"
        case .rowContinued: "annex.row-continued"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .noHeader:
            LocalizedText(
                vi: "không tìm thấy dòng tiêu đề của bảng: cần một dòng có cột STT và cột Chỉ số/Chỉ số thành phần "
                    + "(hoặc Tiêu chí, Nội dung)",
                en: "no header row found: a row with the columns STT and Chỉ số/Chỉ số thành phần (or Tiêu chí, "
                    + "Nội dung) is needed")
        case .missingColumn(let column):
            LocalizedText(
                vi: "dòng tiêu đề thiếu cột \(column); hãy thêm cột này",
                en: "the header has no column \(column); add it")
        case .columnNotRead:
            LocalizedText(
                vi: "cột này không thuộc bảng phụ lục nên không được đọc",
                en: "this column is not one of an annex table's columns, so it is not read")
        case .unreadableNumber:
            LocalizedText(
                vi: "không đọc được số thứ tự; cần dạng 1, 1.2, 1.2.3, số La Mã I, II cho nhóm, hoặc a), b)",
                en: "the number cannot be read; expected 1, 1.2, 1.2.3, Roman numerals I, II for a group, "
                    + "or a), b)")
        case .unreadableMaximum:
            LocalizedText(
                vi: "không đọc được điểm tối đa; cần một số như 10, 2,5, 10đ hoặc (20 điểm)",
                en: "the maximum points cannot be read; expected a number such as 10, 2,5, 10đ or (20 điểm)")
        default: Self.outlineText(self)
        }
    }

    private static func outlineText(_ message: Self) -> LocalizedText {
        switch message {
        case .duplicateNumber(let firstLine):
            LocalizedText(
                vi: "số thứ tự trùng với dòng \(firstLine); mỗi chỉ số cần một số riêng",
                en: "the number repeats the one on line \(firstLine); each indicator needs its own number")
        case .numberingGap(let expected):
            LocalizedText(
                vi: "số thứ tự bị nhảy: đáng lẽ là \(expected); hãy kiểm tra xem có thiếu dòng không",
                en: "the numbering skips: \(expected) was due here; check whether a row is missing")
        case .missingParent(let parent):
            LocalizedText(
                vi: "không có dòng \(parent) ở trên để chỉ số này thuộc về",
                en: "there is no row \(parent) above for this indicator to stand under")
        case .sumMismatch(let maximum, let sum):
            LocalizedText(
                vi: "điểm tối đa là \(Self.number(maximum, ",")) nhưng tổng điểm tối đa của các chỉ số con là "
                    + "\(Self.number(sum, ","))",
                en: "the maximum is \(Self.number(maximum, ".")) but the children's maxima add up to "
                    + "\(Self.number(sum, "."))")
        case .rowContinued(let line):
            LocalizedText(
                vi: "dòng này không có số thứ tự nên được đọc tiếp vào dòng \(line) ở trên (ô bị tách khi dán hoặc ô "
                    + "gộp); nếu nó là một chỉ số riêng, hãy ghi số thứ tự",
                en: "this row has no number, so it is read as the continuation of row \(line) above (a cell split by a "
                    + "paste, or merged cells); if it is an indicator of its own, give it a number")
        default: LocalizedText(vi: "", en: "")
        }
    }

    /// `value` without a fractional part when it has none, with `separator` before its decimals otherwise.
    static func number(_ value: Double, _ separator: String) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value).replacingOccurrences(of: ".", with: separator)
    }
}
