package import ChisoCore

/// How formulas read a cell a person typed, as chiso's reader (`CellParser`) reads the same cell:
///
/// - missing: empty, spaces only, `NA`, `N/A` or `-`;
/// - not applicable: `KAD`, `không áp dụng` or `khong ap dung`, for a conditional criterion only;
/// - yes/no: `Có`/`Không` (any case), `co`/`khong`, `yes`/`no`, `true`/`false`, `1`/`0` (as a number or as text),
///   `Đạt`/`Không đạt`/`Chưa đạt`;
/// - a choice: the answer's token or its Vietnamese or English name (any case, accents as written);
/// - every other kind: a number cell within the kind's range (percentages as percentage points 0–100, so `72,5`
///   typed where the decimal mark is a comma, not `72,5%`; counts whole). A percentage cell formatted as a
///   percentage (`72,5%` typed, which the spreadsheet holds as 0.725) is unreadable, found by `CELL("format")`:
///   read as 0.725 points it would give a result that is not chiso's.
///
/// A cell chiso would refuse — text in a number column, a number out of range, a word that is not an answer — is
/// *unreadable*: the results then say so instead of a result. Text that looks like a number (`"72,5"` typed as
/// text) is unreadable here, though chiso reads it; the workbook's data validation keeps such text out. Spreadsheet
/// text comparison ignores case but not accents, so `co` and `có` are both listed, while decomposed accents (NFD)
/// are not recognised.
package struct SpreadsheetCell: Sendable {
    /// The cell's reference in the row (`C5`).
    package var reference: String
    /// The measure it holds.
    package var measure: Measure

    /// Creates a reading of a cell.
    package init(_ reference: String, measure: Measure) {
        self.reference = reference
        self.measure = measure
    }

    /// The words read as yes, compared ignoring case (a data-validation list offers the first).
    package static let yesWords = ["có", "co", "yes", "true", "1", "đạt", "dat", "1.0"]
    /// The words read as no, compared ignoring case (a data-validation list offers the first).
    package static let noWords = [
        "không", "khong", "no", "false", "0", "không đạt", "khong dat", "chưa đạt", "chua dat", "0.0",
    ]
    /// The words that say a conditional criterion does not apply (a data-validation list offers the first).
    package static let notApplicableWords = ["KAD", "không áp dụng", "khong ap dung"]
    /// The words read as a missing value, besides an empty cell.
    package static let missingWords = ["NA", "N/A", "-"]

    private var trimmed: String { "TRIM(\(reference))" }

    private func isAny(of words: [String]) -> String {
        "OR(" + words.map { "\(trimmed)=\(SpreadsheetCell.literal($0))" }.joined(separator: ",") + ")"
    }

    /// TRUE when the cell is missing.
    package var isMissing: String {
        "OR(LEN(\(trimmed))=0," + Self.missingWords.map { "\(trimmed)=\(Self.literal($0))" }.joined(separator: ",")
            + ")"
    }

    /// TRUE when the cell says the criterion does not apply (only a conditional measure may say so).
    package var isNotApplicable: String {
        measure.isConditional ? isAny(of: Self.notApplicableWords) : "FALSE"
    }

    /// TRUE when the cell answers yes.
    package var isYes: String { isAny(of: Self.yesWords) }

    /// TRUE when the cell answers no.
    package var isNo: String { isAny(of: Self.noWords) }

    /// TRUE when the cell holds the choice at `position`.
    private func isChoice(_ position: Int) -> String {
        let category = measure.categories[position]
        var words: [String] = []
        for word in [category.value, category.name.vi, category.name.en] where !words.contains(word) {
            words.append(word)
        }
        return isAny(of: words)
    }

    /// TRUE when the cell holds a value of the measure's kind (not missing, not "does not apply").
    package var isValue: String {
        let number = "ISNUMBER(\(reference))"
        switch measure.kind {
        case .yesNo: return "OR(\(isYes),\(isNo))"
        case .choice:
            return measure.categories.isEmpty
                ? "FALSE" : "OR(" + measure.categories.indices.map(isChoice).joined(separator: ",") + ")"
        case .count: return "AND(\(number),\(reference)>=0,\(reference)=INT(N(\(reference))))"
        case .number: return number
        case .percent, .ratio, .points:
            // A percentage typed `72,5%` is the number 0.725 shown as a percentage: not the 72.5 points chiso reads.
            let shown = measure.kind == .percent ? ",LEFT(CELL(\"format\",\(reference)),1)<>\"P\"" : ""
            guard let range = measure.validRange else { return "AND(\(number)\(shown))" }
            return "AND(\(number),\(reference)>=\(Self.number(range.lowerBound)),"
                + "\(reference)<=\(Self.number(range.upperBound))\(shown))"
        }
    }

    /// TRUE when chiso reads the cell: missing, "does not apply" where allowed, or a value.
    package var isReadable: String { "OR(\(isMissing),\(isNotApplicable),\(isValue))" }

    /// The cell's value as a number, for a cell where ``isValue`` holds: yes 1 and no 0, a choice its position.
    package var value: String {
        switch measure.kind {
        case .yesNo: return "IF(\(isYes),1,0)"
        case .choice:
            var expression = "0"
            for position in measure.categories.indices.reversed() where position > 0 {
                expression = "IF(\(isChoice(position)),\(position),\(expression))"
            }
            return expression
        default: return reference
        }
    }

    /// TRUE when the value is at least `threshold`: FALSE for a missing or unreadable cell.
    package func isAtLeast(_ threshold: Double) -> String {
        switch measure.kind {
        case .yesNo:
            if threshold <= 0 { return isValue }
            return threshold <= 1 ? isYes : "FALSE"
        case .choice:
            return "AND(\(isValue),\(value)>=\(Self.number(threshold)))"  // `value` is a number for any cell
        default:
            return "AND(ISNUMBER(\(reference)),\(reference)>=\(Self.number(threshold)))"
        }
    }

    /// A text as a formula literal: in double quotes, a quote doubled.
    package static func literal(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number as a formula literal: the shortest text that reads back as the same number, with a decimal point.
    package static func number(_ value: Double) -> String {
        if value == value.rounded(), value.magnitude < 1e15 { return String(Int64(value)) }
        return "\(value)".uppercased()
    }
}
