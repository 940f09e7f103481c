public import ChisoCore

/// What the reader of an assessment file (the data: one row per unit, one column per criterion) finds wrong with it,
/// or worth telling about how it was read, in both languages.
public enum AssessmentMessage: DiagnosticMessage, Hashable {
    /// The file has no header row.
    case emptyFile
    /// The file has a header but no rows of data.
    case noUnits
    /// A column has the same name as column `first` (from 1).
    case duplicateColumn(first: Int)
    /// A column the framework does not have; `near` is the known name it is probably a typo of.
    case unknownColumn(near: String?)
    /// A column for a criterion computed from the subordinate units' levels, not read.
    case computedCriterion
    /// An unnamed leading column (`column`, from 1) read as a row index and left out.
    case rowIndex(column: Int, kind: RowIndexKind)
    /// A column without a name but with values; `leading` when it may be a row index.
    case unnamedColumn(leading: Bool)
    /// Column names matched regardless of case (`unitID → unit_id`).
    case caseMatched(names: [String])
    /// Columns the framework does not have, left out, or passed through when `kept`.
    case columnsPassedOver(kept: Bool, columns: [UnknownColumn])
    /// No `unit_id` column.
    case noUnitIDColumn
    /// One measure without a column (the diagnostic's field).
    case measureWithoutColumn
    /// Several measures without a column.
    case measuresWithoutColumns(keys: [String])
    /// A row with an empty `unit_id`.
    case emptyUnitID
    /// A row with `fields` fields where the header has `expected`.
    case fieldCount(fields: Int, expected: Int)
    /// A row that repeats the header, skipped.
    case repeatedHeader
    /// A row that looks like a header with other columns.
    case differentHeader
    /// `registered_level` for a framework without levels or tiers.
    case noLevelsToRegister
    /// A whole number outside `low...high` (`year`, `registered_level`).
    case wholeNumber(low: Int, high: Int)
    /// A `unit_id` that stands on `lines` (the first is the diagnostic's).
    case duplicateUnitID(lines: [Int])
    /// A `unit_id` that stands on `lines` with the same `year` (the first is the diagnostic's).
    case duplicateUnitYear(lines: [Int], year: String)
    /// A `unit_id` that line `first` has too.
    case duplicateUnitIDAgain(first: Int)
    /// A percentage column whose values all lie from 0 to 1: `example` on line `line`.
    case fractionColumn(example: Double, line: Int)
    /// `--fractions` found no column to read as shares.
    case noFractionColumns
    /// `--fractions` read `columns` as shares.
    case fractionColumnsRead(columns: [String])
    /// `value` strictly between 0 and 1 in percentage column `column` of percentage points.
    case loneFraction(column: String, value: Double)
    /// A side column (a weight, …) whose cell is not `expected`; `problem` says more when the cell is not a number.
    case sideColumn(expected: LocalizedText, problem: CellProblem?)
    /// The result columns of a workbook that scores itself (`chiso template --formulas`), left out: chiso computes
    /// the results from the data.
    case selfScoringColumns([String])

    /// How a leading unnamed column numbers the rows.
    public enum RowIndexKind: Hashable, Sendable {
        /// `first`, `first + 1`, …, as pandas writes its index.
        case fromStart(first: Int)
        /// Strictly increasing whole numbers (R's row names after a subset).
        case increasing
        /// The same as `unit_id` (row names set to the IDs).
        case unitID
    }

    /// A column the framework does not have, with the known name it is probably a typo of.
    public struct UnknownColumn: Hashable, Sendable {
        /// The name as written.
        public var name: String
        /// The nearest known name, if one is near.
        public var near: String?
    }

    /// Repeats summed up after "còn N" / "and N more".
    enum Summary {
        static let duplicateColumns = LocalizedText(vi: "cột trùng tên", en: "duplicate columns")
        static let unknownColumns = LocalizedText(vi: "cột không có trong khung đánh giá", en: "unknown columns")
        static let unnamedColumns = LocalizedText(vi: "cột không có tên", en: "columns without a name")
        static let sameProblem = LocalizedText(vi: "dòng có cùng lỗi", en: "rows with the same problem")
        static let fieldCount = LocalizedText(
            vi: "dòng có số ô khác dòng tiêu đề", en: "rows whose number of fields differs from the header's")
        static let repeatedHeader = LocalizedText(
            vi: "dòng lặp lại dòng tiêu đề, cũng đã bỏ qua", en: "rows that repeat the header row, skipped too")
        static let differentHeader = LocalizedText(
            vi: "dòng trông như tiêu đề khác", en: "rows that look like other headers")
        static let duplicateUnitIDs = LocalizedText(
            vi: "unit_id xuất hiện ở nhiều dòng", en: "unit_ids that stand on more than one row")
        static let fractionColumns = LocalizedText(
            vi: "cột tỷ lệ phần trăm trông như phân số", en: "percentage columns that look like fractions")
        static let loneFractions = LocalizedText(vi: "giá trị trông như phân số", en: "values that look like fractions")
    }

    /// One example of every case.
    public static var examples: [Self] {
        [
            .emptyFile, .noUnits, .duplicateColumn(first: 3), .unknownColumn(near: "CQS.01"), .unknownColumn(near: nil),
            .computedCriterion, .rowIndex(column: 1, kind: .fromStart(first: 0)),
            .rowIndex(column: 1, kind: .increasing),
            .rowIndex(column: 2, kind: .unitID), .unnamedColumn(leading: true), .unnamedColumn(leading: false),
            .caseMatched(names: ["cqs.01 → CQS.01"]),
            .columnsPassedOver(kept: true, columns: [UnknownColumn(name: "ghi_chu", near: nil)]),
            .columnsPassedOver(
                kept: false,
                columns: [UnknownColumn(name: "CQS01", near: "CQS.01"), UnknownColumn(name: "x", near: nil)]),
            .noUnitIDColumn, .measureWithoutColumn, .measuresWithoutColumns(keys: ["CQS.01", "KTS.02"]), .emptyUnitID,
            .fieldCount(fields: 1, expected: 4), .repeatedHeader, .differentHeader, .noLevelsToRegister,
            .wholeNumber(low: 1900, high: 2200), .duplicateUnitID(lines: [2, 5]), .duplicateUnitID(lines: [2, 5, 9]),
            .duplicateUnitYear(lines: [2, 5], year: "2024"), .duplicateUnitYear(lines: [2, 5], year: ""),
            .duplicateUnitIDAgain(first: 2), .fractionColumn(example: 0.63, line: 4), .noFractionColumns,
            .fractionColumnsRead(columns: ["CQS.01"]), .loneFraction(column: "CQS.01", value: 0.65),
            .sideColumn(expected: LocalizedText(vi: "một trọng số lớn hơn 0", en: "a weight above 0"), problem: nil),
            .sideColumn(
                expected: LocalizedText(vi: "một trọng số lớn hơn 0", en: "a weight above 0"),
                problem: .tooLarge(cell: "1e20")),
            .selfScoringColumns(["level", "next_level_blockers", "blocks.CQS.01"]),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .emptyFile: "data.empty-file"
        case .noUnits: "data.no-units"
        case .duplicateColumn: "data.duplicate-column"
        case .unknownColumn: "data.unknown-column"
        case .computedCriterion: "data.computed-criterion"
        case .rowIndex: "data.row-index"
        case .unnamedColumn: "data.unnamed-column"
        case .caseMatched: "data.case-matched"
        case .columnsPassedOver: "data.columns-passed-over"
        case .noUnitIDColumn: "data.no-unit-id-column"
        case .measureWithoutColumn, .measuresWithoutColumns: "data.measure-without-column"
        case .emptyUnitID: "data.empty-unit-id"
        case .fieldCount: "data.field-count"
        case .repeatedHeader: "data.repeated-header"
        case .differentHeader: "data.different-header"
        case .noLevelsToRegister: "data.no-levels"
        case .wholeNumber: "data.whole-number"
        case .duplicateUnitID, .duplicateUnitIDAgain, .duplicateUnitYear: "data.duplicate-unit-id"
        case .fractionColumn: "data.fraction-column"
        case .noFractionColumns, .fractionColumnsRead: "data.fractions-read"
        case .loneFraction: "data.lone-fraction"
        case .sideColumn: "data.side-column"
        case .selfScoringColumns: "data.self-scoring-columns"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .emptyFile, .noUnits, .computedCriterion, .noUnitIDColumn, .measureWithoutColumn, .emptyUnitID,
            .repeatedHeader, .differentHeader, .noLevelsToRegister, .noFractionColumns:
            fixedText
        case .duplicateColumn, .unknownColumn, .rowIndex, .unnamedColumn, .caseMatched, .columnsPassedOver,
            .measuresWithoutColumns, .selfScoringColumns:
            headerText
        case .fieldCount, .wholeNumber, .duplicateUnitID, .duplicateUnitIDAgain, .duplicateUnitYear, .fractionColumn,
            .fractionColumnsRead, .loneFraction, .sideColumn:
            rowText
        }
    }
}
