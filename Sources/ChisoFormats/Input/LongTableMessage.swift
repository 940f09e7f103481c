public import ChisoCore

/// What the reader of a long assessment table (`unit_id, criterion, value`, one row per unit and criterion) and of a
/// panel (a `year` column: one row per unit and year) finds wrong with it, or worth telling about how it was read, in
/// both languages.
public enum LongTableMessage: DiagnosticMessage, Hashable {
    /// The file was read as a long table of `units` units (or units and years) and `criteria` criteria.
    case readAsLong(units: Int, criteria: Int)
    /// Columns without a name (a row index) left out of a long table.
    case indexLeftOut(count: Int)
    /// A criterion the framework does not have; `near` is the known name it is probably a typo of.
    case unknownCriterion(near: String?)
    /// Measures that no row of a long table gives: they count as missing for every unit.
    case criteriaWithoutRows(keys: [String])
    /// A row of a long table with an empty `criterion`.
    case emptyCriterion
    /// The same unit (and year) and criterion as line `first`.
    case valueTwice(first: Int, criterion: String, year: String?)
    /// A unit column (`unit_name`, …) that says `value` where line `first` of the same unit says `firstValue`.
    case unitColumnDisagrees(first: Int, firstValue: String)
    /// `--year` given for a file without a `year` column.
    case noYearColumn(year: Int)
    /// `--year` names a year the file does not hold; `present` are the years it holds.
    case unknownYear(year: Int, present: [String])
    /// `--year` picked `rows` rows of the file's `total`.
    case yearPicked(year: Int, rows: Int, total: Int)
    /// The file holds several years where one is needed.
    case severalYears(years: [String])
    /// A score output of several years given as one side of `compare`.
    case severalYearsCompared(years: [String])
    /// A panel scored one year at a time.
    case scoredByYear(years: [String])
    /// `score --format json` asked of a file of several years.
    case severalYearsJSON(years: [String])
    /// A row of a panel (a file of `years`) whose `year` cell is empty: it would be scored in no year.
    case yearMissing(years: [String])
    /// A row whose `year` cell is empty, of a unit that line `line` gives the year `year`: it would stand as a second
    /// unit of the same ID.
    case yearMissingBeside(line: Int, year: String)

    /// One example of every case.
    public static var examples: [Self] {
        [
            .readAsLong(units: 3, criteria: 38), .indexLeftOut(count: 1), .emptyCriterion,
            .unknownCriterion(near: "CQS.01"), .unknownCriterion(near: nil), .criteriaWithoutRows(keys: ["NT", "TC"]),
            .valueTwice(first: 4, criterion: "CQS.01", year: nil),
            .valueTwice(first: 4, criterion: "CQS.01", year: "2024"),
            .unitColumnDisagrees(first: 2, firstValue: "Xã A"), .noYearColumn(year: 2024),
            .unknownYear(year: 2026, present: ["2024", "2025"]), .yearPicked(year: 2024, rows: 3, total: 6),
            .severalYears(years: ["2024", "2025"]), .severalYearsJSON(years: ["2024", "2025"]),
            .scoredByYear(years: ["2024", "2025"]), .severalYearsCompared(years: ["2024", "2025"]),
            .yearMissing(years: ["2024", "2025"]), .yearMissingBeside(line: 2, year: "2025"),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .readAsLong: "data.long-table"
        case .indexLeftOut: "data.long-index"
        case .emptyCriterion: "data.long-empty-criterion"
        case .unknownCriterion: "data.unknown-column"
        case .criteriaWithoutRows: "data.measure-without-column"
        case .valueTwice: "data.long-value-twice"
        case .unitColumnDisagrees: "data.long-unit-disagrees"
        case .noYearColumn: "data.year-no-column"
        case .unknownYear: "data.year-unknown"
        case .yearPicked: "data.year-picked"
        case .severalYears, .severalYearsJSON, .severalYearsCompared: "data.several-years"
        case .scoredByYear: "data.scored-by-year"
        case .yearMissing, .yearMissingBeside: "data.year-missing"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .readAsLong(let units, let criteria):
            LocalizedText(
                vi: "đọc dưới dạng bảng dài (mỗi dòng một đơn vị và một tiêu chí): \(units) đơn vị × \(criteria) "
                    + "tiêu chí",
                en: "read as a long table (one row per unit and criterion): \(Plural.count(units, "unit")) × "
                    + Plural.count(criteria, "criterion", "criteria"))
        case .indexLeftOut(let count):
            LocalizedText(
                vi: "đã bỏ qua \(count) cột không có tên (chỉ số dòng) của bảng dài",
                en: "left out \(Plural.count(count, "column")) without a name (a row index) of the long table")
        case .unknownCriterion(let near):
            LocalizedText(
                vi: "tiêu chí không có trong khung đánh giá" + Suggestion.text(near, .clause, in: .vi),
                en: "a criterion the framework does not have" + Suggestion.text(near, .clause, in: .en))
        case .criteriaWithoutRows(let keys):
            LocalizedText(
                vi: "không dòng nào cho giá trị của \(keys.count) tiêu chí sau, nên mọi đơn vị đều bị tính là chưa có "
                    + "số liệu ở các tiêu chí đó: \(DisplayText.list(keys, limit: 20, in: .vi))",
                en: "no row gives a value of these \(Plural.count(keys.count, "measure")), which count as missing "
                    + "for every unit: \(DisplayText.list(keys, limit: 20))")
        case .emptyCriterion:
            LocalizedText(
                vi: "ô criterion trống; mỗi dòng của bảng dài phải ghi mã một tiêu chí",
                en: "empty criterion; each row of a long table must name a criterion")
        case .valueTwice(let first, let criterion, let year): Self.valueTwiceText(first, criterion, year)
        case .unitColumnDisagrees(let first, let firstValue):
            LocalizedText(
                vi: "khác với dòng \(first) của cùng đơn vị, nơi ghi \"\(firstValue)\"; mọi dòng của một đơn vị phải "
                    + "ghi như nhau",
                en: "differs from line \(first) of the same unit, which says \"\(firstValue)\"; every row of a unit "
                    + "must agree")
        case .noYearColumn, .unknownYear, .yearPicked, .severalYears, .scoredByYear, .severalYearsJSON,
            .severalYearsCompared, .yearMissing, .yearMissingBeside:
            yearText
        }
    }

    /// The messages about the years of a panel.
    private var yearText: LocalizedText {
        switch self {
        case .noYearColumn(let year):
            LocalizedText(
                vi: "--year \(year): tệp không có cột year; hãy bỏ --year, hoặc thêm cột year",
                en: "--year \(year): the file has no year column; leave --year out, or add a year column")
        case .unknownYear(let year, let present):
            LocalizedText(
                vi: "--year \(year): tệp không có năm này; các năm có trong tệp: \(DisplayText.list(present, in: .vi))",
                en: "--year \(year): the file does not hold this year; it holds \(DisplayText.list(present))")
        case .yearPicked(let year, let rows, let total):
            LocalizedText(
                vi: "--year \(year): đọc \(rows) trong \(total) dòng dữ liệu, các dòng của năm khác được bỏ qua",
                en: "--year \(year): read \(rows) of \(Plural.count(total, "data row")), the other years' rows left "
                    + "out")
        case .severalYears(let years): Self.severalYearsText(years)
        case .scoredByYear(let years):
            LocalizedText(
                vi: "dữ liệu nhiều năm: tính điểm từng năm riêng (\(DisplayText.list(years, in: .vi))); thứ hạng, nhóm "
                    + "và việc tổng hợp các đơn vị cấp dưới đều trong cùng một năm",
                en: "a panel: each year scored on its own (\(DisplayText.list(years))); ranks, groups and the "
                    + "roll-up of subordinate units stay within a year")
        case .severalYearsCompared(let years):
            LocalizedText(
                vi: "tệp có kết quả của \(years.count) năm (\(DisplayText.list(years, in: .vi))), mỗi đơn vị mỗi năm "
                    + "một dòng; hãy so sánh các năm bằng --years \(years.joined(separator: ","))",
                en: "the file holds results of \(years.count) years (\(DisplayText.list(years))), a row per unit and "
                    + "year; compare the years with --years \(years.joined(separator: ","))")
        case .severalYearsJSON(let years):
            LocalizedText(
                vi: "tệp có dữ liệu của \(years.count) năm (\(DisplayText.list(years, in: .vi))), mà đầu ra JSON chứa "
                    + "một năm; hãy chọn một năm bằng --year \(years.last ?? ""), hoặc dùng --format csv để có mọi năm",
                en: "the file holds \(years.count) years (\(DisplayText.list(years))), and JSON output holds one year; "
                    + "pick one with --year \(years.last ?? ""), or use --format csv for every year")
        case .yearMissing(let years):
            LocalizedText(
                vi: "ô year trống trong dữ liệu nhiều năm (\(DisplayText.list(years, in: .vi))): đơn vị này không "
                    + "thuộc năm nào nên sẽ không được tính điểm; hãy ghi năm của dòng này",
                en: "empty year in a panel (\(DisplayText.list(years))): this unit belongs to no year and would not "
                    + "be scored; write the year of this row")
        case .yearMissingBeside(let line, let year):
            LocalizedText(
                vi: "ô year trống, còn dòng \(line) của cùng đơn vị ghi năm \(year): các dòng này sẽ thành một đơn vị "
                    + "thứ hai cùng mã; hãy ghi năm trên mọi dòng",
                en: "empty year, while line \(line) of the same unit says \(year): these rows would stand as a "
                    + "second unit of the same ID; write the year on every row")
        default: LocalizedText(vi: "", en: "")
        }
    }

    private static func valueTwiceText(_ first: Int, _ criterion: String, _ year: String?) -> LocalizedText {
        let inYear = year.map { LocalizedText(vi: " trong năm \($0)", en: " in year \($0)") }
        return LocalizedText(
            vi: "đơn vị này đã có giá trị của \(criterion)\(inYear?.vi ?? "") ở dòng \(first); mỗi đơn vị chỉ được "
                + "có một giá trị cho mỗi tiêu chí\(year == nil ? " (thêm cột year nếu các dòng là của những năm khác nhau)" : "")",
            en:
                "this unit already has a value of \(criterion)\(inYear?.en ?? "") on line \(first); a unit may have one "
                + "value per criterion\(year == nil ? " (add a year column if the rows are of different years)" : "")")
    }

    private static func severalYearsText(_ years: [String]) -> LocalizedText {
        LocalizedText(
            vi: "tệp có dữ liệu của \(years.count) năm (\(DisplayText.list(years, in: .vi))), mà lệnh này làm việc "
                + "với từng năm một; hãy chọn một năm bằng --year \(years.last ?? "") ('chiso score' tính mọi năm "
                + "trong một lần chạy, 'chiso compare --years' so sánh các năm)",
            en: "the file holds \(years.count) years (\(DisplayText.list(years))), and this command works on one "
                + "year at a time; pick one with --year \(years.last ?? "") ('chiso score' scores every year in one "
                + "run, 'chiso compare --years' compares years)")
    }
}
