public import ChisoCore

/// Why a cell, or a number given in a side file or an option, cannot be read, in both languages: what was expected
/// and what to write instead.
public enum CellProblem: DiagnosticMessage, Hashable, CustomStringConvertible {
    /// Not one of the answers `choices` of a categorical measure.
    case notAChoice(choices: [String])
    /// Not a value of `kind`; `plain` is the number to write when `cell` looks like one grouped in thousands.
    case notOfKind(MeasureKind, cell: String, plain: String?)
    /// A count that is not whole (`cell`).
    case notWhole(cell: String)
    /// A value of `kind` outside its range (0 to `maximum` for points).
    case outOfRange(MeasureKind, maximum: Double?)
    /// `KAD` for a criterion that applies to every unit.
    case notConditional
    /// `cell` may be `plain` with a thousands separator or `decimal` with a decimal separator.
    case ambiguousThousands(cell: String, plain: String, decimal: String)
    /// A number was expected and `cell` says the value is missing (`NA`, `-`).
    case notANumber(cell: String)
    /// A number beyond ``CellParser/sideNumberLimit``.
    case tooLarge(cell: String)
    /// An amount below 0 (or 0 when `positive`); `plain` as for ``notOfKind(_:cell:plain:)``.
    case notAnAmount(positive: Bool, cell: String, plain: String?)
    /// A fraction (`cell`, read as `value`%) for a percentage, where `points` was probably meant.
    case fractionForPercentage(cell: String, value: Double, points: Double)

    /// One example of every case.
    public static var examples: [Self] {
        [
            .notAChoice(choices: ["a", "b", "c"]), .notOfKind(.percent, cell: "abc", plain: nil),
            .notOfKind(.count, cell: "1.234", plain: "1234"), .notWhole(cell: "2.5"),
            .outOfRange(.percent, maximum: nil),
            .outOfRange(.points, maximum: 8), .notConditional,
            .ambiguousThousands(cell: "1.500", plain: "1500", decimal: "1.5"), .tooLarge(cell: "1e20"),
            .notANumber(cell: "NA"),
            .notAnAmount(positive: true, cell: "-3", plain: nil),
            .notAnAmount(positive: false, cell: "1.234,5", plain: "1234.5"),
            .fractionForPercentage(cell: "0,65", value: 0.65, points: 65),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .notAChoice: "cell.not-a-choice"
        case .notOfKind: "cell.not-of-kind"
        case .notWhole: "cell.not-whole"
        case .outOfRange: "cell.out-of-range"
        case .notConditional: "cell.not-conditional"
        case .ambiguousThousands: "cell.ambiguous-thousands"
        case .tooLarge: "cell.too-large"
        case .notANumber: "cell.not-a-number"
        case .notAnAmount: "cell.not-an-amount"
        case .fractionForPercentage: "cell.fraction-for-percentage"
        }
    }

    /// The English text.
    public var description: String { text.en }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .notAChoice(let choices):
            let list = choices.joined(separator: ", ")
            return LocalizedText(vi: "cần một trong các giá trị: \(list)", en: "expected one of: \(list)")
        case .notOfKind(let kind, let cell, let plain):
            return Self.expected(kind.expected) + Self.thousands(cell, plain)
        case .notWhole(let cell):
            let shown = DisplayText.visible(cell)
            return Self.expected(MeasureKind.count.expected)
                + LocalizedText(vi: "; \(shown) không phải số nguyên", en: "; \(shown) is not a whole number")
        case .outOfRange(let kind, let maximum):
            var range = LocalizedText(vi: "", en: "")
            if kind == .points, let maximum {
                let top = LocalizedText.number(maximum)
                range = LocalizedText(vi: " từ 0 đến \(top.vi)", en: " from 0 to \(top.en)")
            }
            return LocalizedText(vi: "ngoài khoảng cho phép; ", en: "out of range; ") + Self.expected(kind.expected)
                + range
        case .notConditional:
            return LocalizedText(
                vi: "KAD (không áp dụng) chỉ dùng cho tiêu chí có điều kiện (\"nếu có\") không áp dụng với đơn vị; "
                    + "tiêu chí này áp dụng với mọi đơn vị: hãy ghi giá trị, hoặc để trống ô nếu chưa có số liệu",
                en: "KAD (không áp dụng) is only for a conditional criterion (\"nếu có\") that does not apply to the "
                    + "unit; this criterion applies to every unit: give its value, or leave the cell empty if it is "
                    + "missing")
        case .ambiguousThousands(let cell, let plain, let decimal):
            return LocalizedText(
                vi: "\(cell) có thể là \(plain) viết có dấu phân cách hàng nghìn, hoặc \(decimal) viết có dấu thập "
                    + "phân: hãy ghi \(plain), hoặc \(decimal), không có số 0 ở cuối",
                en: "\(cell) may be \(plain) written with a thousands separator, or \(decimal) with a decimal "
                    + "separator: write \(plain), or \(decimal), without trailing zeros")
        case .notANumber(let cell):
            let shown = DisplayText.visible(cell)
            return LocalizedText(vi: "cần một số, nhưng ô ghi \(shown)", en: "expected a number, found \(shown)")
        case .tooLarge(let cell):
            return LocalizedText(
                vi: "\(cell) quá lớn; cần một số không quá 1000000000000000 (10^15)",
                en: "\(cell) is too large; expected a number of at most 1000000000000000 (10^15)")
        case .notAnAmount(let positive, let cell, let plain):
            let amount =
                positive
                ? LocalizedText(vi: "một số lớn hơn 0", en: "a number above 0")
                : LocalizedText(vi: "một số từ 0 trở lên", en: "a number of 0 or more")
            return Self.expected(amount) + Self.thousands(cell, plain)
        case .fractionForPercentage(let cell, let value, let points):
            let (read, points) = (LocalizedText.number(value), LocalizedText.number(points))
            return LocalizedText(
                vi: "một phân số cho tỷ lệ phần trăm: \(cell) sẽ được đọc là \(read.vi)%. Hãy ghi \(points.vi) nếu "
                    + "muốn nói \(points.vi)%, hoặc \(cell)% nếu đúng là tỷ lệ dưới 1%",
                en: "a fraction for a percentage: \(cell) would be read as \(read.en)%. Write \(points.en) if "
                    + "\(points.en)% is meant, or \(cell)% if a share under 1% is meant")
        }
    }

    /// Whether the problem is only that the value is not what was expected (no hint of another kind).
    var isExpectation: Bool {
        switch self {
        case .notAChoice, .notOfKind, .notWhole, .notAnAmount, .notANumber: true
        case .outOfRange, .notConditional, .ambiguousThousands, .tooLarge, .fractionForPercentage: false
        }
    }

    /// A short key of the problem's kind, for summing up repeats in one column.
    var kindKey: String {
        switch self {
        case .notOfKind(let kind, _, _), .outOfRange(let kind, _): "\(code) \(kind)"
        case .notWhole: "\(Self.notOfKind(.count, cell: "", plain: nil).code) \(MeasureKind.count)"
        default: code
        }
    }

    private static func expected(_ what: LocalizedText) -> LocalizedText {
        LocalizedText(vi: "cần \(what.vi)", en: "expected \(what.en)")
    }

    private static func thousands(_ cell: String, _ plain: String?) -> LocalizedText {
        guard let plain else { return LocalizedText(vi: "", en: "") }
        return LocalizedText(
            vi: "; \(cell) có vẻ là \(plain) viết có dấu phân cách hàng nghìn: hãy ghi \(plain)",
            en: "; \(cell) looks like \(plain) written with a thousands separator: write \(plain)")
    }
}

extension LocalizedText {
    /// Both languages of `left` followed by those of `right`.
    static func + (left: LocalizedText, right: LocalizedText) -> LocalizedText {
        LocalizedText(vi: left.vi + right.vi, en: left.en + right.en)
    }

    /// `value` as the shortest decimal in both languages: `0,65` in Vietnamese, `0.65` in English.
    static func number(_ value: Double) -> LocalizedText {
        let text = NumberText.shortest(value)
        return LocalizedText(vi: text.replacingOccurrences(of: ".", with: ","), en: text)
    }
}
