import ChisoCore
import ChisoFormats

/// What `compare` finds wrong with its files, years and ID map, in both languages.
enum CompareMessage: DiagnosticMessage, Hashable {
    /// Fewer than two sides.
    case tooFewSides
    /// `--framework` given neither once nor once per side.
    case frameworkCount(sides: Int, frameworks: Int)
    /// `--years` names another number of sides than files were given.
    case yearCount(years: Int, files: Int)
    /// `--years` with one file names fewer than two years.
    case tooFewYears
    /// `--years` names `year` twice.
    case yearTwice(year: String, years: [String])
    /// A file holds `count` years, but `--years` labels it as one side.
    case manyYearsInFile(count: Int, label: String)
    /// Every row of a file is of `held`, but `--years` labels it `label`.
    case yearDisagrees(held: String, label: String, years: [String])
    /// The ID map renames in a cycle.
    case renameCycle(chain: [String])
    /// The ID map renames `old` to `new`, itself renamed to `next` on `line`.
    case renameChain(old: String, new: String, next: String, line: Int?)
    /// The file is empty.
    case emptyFile
    /// `--years` with one data file, with a year that is not a whole number.
    case yearsNeedScoreOutput
    /// A unit ID appears twice, units `first` and `second` (from 1).
    case duplicateUnit(first: Int, second: Int, afterIDMap: Bool)
    /// A row's year is empty, with `--years`.
    case emptyYear
    /// A level framework's output given with a point framework.
    case levelsForPointFramework(framework: String)
    /// A point framework's output given with a level framework.
    case pointsForLevelFramework(framework: String)
    /// `--years` with one file that has no year column.
    case noYearColumn
    /// A row's unit ID is empty.
    case emptyUnitID
    /// A level outside 0…`classCount`.
    case badLevel(classCount: Int, framework: String)
    /// An index outside 0…1.
    case badIndex
    /// A tier that is not of `framework`; `suggestion` a near one.
    case unknownTier(framework: String, suggestion: String?)
    /// A rank that is not a whole number from 1.
    case badRank
    /// No row has a tier, but the framework has tiers.
    case noTiers(framework: String)
    /// No row has year `year`.
    case noRowOfYear(year: String)
    /// The framework compares on its index and the file has none.
    case noIndexColumn(framework: String)

    /// Rows with an empty year, summed up.
    static let emptyYearRows = LocalizedText(vi: "dòng có year trống", en: "rows with an empty year")

    /// Rows whose `column` cannot be read, summed up.
    static func unreadableRows(_ column: String) -> LocalizedText {
        LocalizedText(vi: "dòng có \(column) không đọc được", en: "rows whose \(column) cannot be read")
    }

    static var examples: [Self] {
        [
            .tooFewSides, .frameworkCount(sides: 3, frameworks: 2), .yearCount(years: 3, files: 2), .tooFewYears,
            .yearTwice(year: "2023", years: ["2023", "2023"]), .manyYearsInFile(count: 3, label: "2024"),
            .yearDisagrees(held: "2022", label: "2023", years: ["2023", "2024"]),
            .renameCycle(chain: ["A", "B", "A"]), .renameChain(old: "A", new: "B", next: "C", line: 3),
            .renameChain(old: "A", new: "B", next: "C", line: nil), .emptyFile, .yearsNeedScoreOutput,
            .duplicateUnit(first: 1, second: 4, afterIDMap: false),
            .duplicateUnit(first: 1, second: 4, afterIDMap: true),
            .emptyYear, .levelsForPointFramework(framework: "dti-2023"),
            .pointsForLevelFramework(framework: "qd2361-xa"), .noYearColumn, .emptyUnitID,
            .badLevel(classCount: 5, framework: "qd2361-xa"), .badIndex,
            .unknownTier(framework: "hue-3043", suggestion: "Mức I"),
            .unknownTier(framework: "hue-3043", suggestion: nil),
            .badRank, .noTiers(framework: "hue-3043"), .noRowOfYear(year: "2024"),
            .noIndexColumn(framework: "dti-2023"),
        ]
    }

    var code: String {
        switch self {
        case .tooFewSides: "compare.too-few-sides"
        case .frameworkCount: "compare.framework-count"
        case .yearCount: "compare.year-count"
        case .tooFewYears: "compare.too-few-years"
        case .yearTwice: "compare.year-twice"
        case .manyYearsInFile: "compare.many-years-in-file"
        case .yearDisagrees: "compare.year-disagrees"
        case .renameCycle: "compare.rename-cycle"
        case .renameChain: "compare.rename-chain"
        case .emptyFile: "compare.empty-file"
        case .yearsNeedScoreOutput: "compare.years-need-score-output"
        case .duplicateUnit: "compare.duplicate-unit"
        case .emptyYear: "compare.empty-year"
        case .levelsForPointFramework: "compare.levels-for-point-framework"
        case .pointsForLevelFramework: "compare.points-for-level-framework"
        case .noYearColumn: "compare.no-year-column"
        case .emptyUnitID: "compare.empty-unit-id"
        case .badLevel: "compare.bad-level"
        case .badIndex: "compare.bad-index"
        case .unknownTier: "compare.unknown-tier"
        case .badRank: "compare.bad-rank"
        case .noTiers: "compare.no-tiers"
        case .noRowOfYear: "compare.no-row-of-year"
        case .noIndexColumn: "compare.no-index-column"
        }
    }

    var text: LocalizedText {
        switch self {
        case .tooFewSides, .frameworkCount, .yearCount, .tooFewYears, .yearTwice, .manyYearsInFile, .yearDisagrees:
            sidesText
        case .renameCycle, .renameChain, .emptyFile, .yearsNeedScoreOutput, .duplicateUnit, .emptyYear:
            readingText
        default: outcomeText
        }
    }

    /// The words on the sides, their frameworks and years.
    private var sidesText: LocalizedText {
        switch self {
        case .tooFewSides:
            LocalizedText(
                vi: "compare cần từ hai bên trở lên: hãy đưa từ hai tệp trở lên, hoặc một tệp với --years nêu các "
                    + "giá trị của cột year",
                en: "compare needs two sides or more: give two files or more, or one file and --years naming "
                    + "the values of its year column")
        case .frameworkCount(let sides, let frameworks):
            LocalizedText(
                vi: "hãy đưa --framework một lần cho mọi bên, hoặc mỗi bên một lần (\(sides) bên, "
                    + "\(frameworks) khung đánh giá)",
                en: "give --framework once for every side, or once per side (\(sides) sides, "
                    + "\(frameworks) frameworks)")
        case .yearCount(let years, let files):
            LocalizedText(
                vi: "--years nêu \(years) bên, nhưng có \(files) tệp được đưa vào; hãy nêu mỗi tệp một năm",
                en: "--years names \(years) sides, but \(files) files were given; name one year per file")
        case .tooFewYears:
            LocalizedText(
                vi: "--years với một tệp cần từ hai năm trở lên",
                en: "--years with one file needs two years or more")
        case .yearTwice(let year, let years):
            LocalizedText(
                vi: "--years nêu \(year) hai lần; mỗi bên cần một nhãn riêng (\(years.joined(separator: ",")))",
                en: "--years names \(year) twice; each side needs its own label (\(years.joined(separator: ",")))")
        case .manyYearsInFile(let count, let label):
            LocalizedText(
                vi: "cột year của tệp này có \(count) năm, nhưng --years coi nó là một bên, \(label): hãy đưa mỗi "
                    + "năm một tệp, hoặc chỉ tệp này với --years nêu các năm cần tách",
                en: "this file holds \(count) years in its year column, but --years labels it as "
                    + "one side, \(label): give one file per year, or this file alone with --years naming the "
                    + "years to split it into")
        case .yearDisagrees(let held, let label, let years):
            LocalizedText(
                vi: "mọi dòng của tệp này thuộc năm \(held), nhưng --years gán nhãn \(label): --years nêu mỗi tệp "
                    + "một năm, theo thứ tự các tệp được đưa vào (ở đây --years \(years.joined(separator: ","))); "
                    + "hãy cho mỗi tệp đúng năm của nó",
                en: "every row of this file is of year \(held), but --years labels it \(label): "
                    + "--years names one year per file, in the order the files are given (here --years "
                    + "\(years.joined(separator: ","))); give each file its own year")
        default: LocalizedText(vi: "", en: "")
        }
    }

    /// The words on reading a side and its ID map.
    private var readingText: LocalizedText {
        switch self {
        case .renameCycle(let chain):
            LocalizedText(
                vi: "bảng đổi mã đổi tên theo vòng, \(chain.joined(separator: " → ")): áp dụng cho mọi bên cùng lúc, "
                    + "nó sẽ lặng lẽ tráo mã của các đơn vị này. Hãy cho mỗi đơn vị một mã mà không dòng nào khác "
                    + "đổi tên",
                en: "the ID map renames in a cycle, \(chain.joined(separator: " → ")): applied to every "
                    + "side at once, it would swap these units' IDs without a word. Give each unit one ID that no "
                    + "other row renames")
        case .renameChain(let old, let new, let next, let line):
            LocalizedText(
                vi: "\(old) được đổi thành \(new), mà \(new) lại được đổi thành \(next) (dòng "
                    + "\(line.map(String.init) ?? "?")): bảng đổi mã áp dụng cho mọi bên cùng lúc, nên bên nào đã "
                    + "dùng \(new) cũng bị đổi theo. Hãy đổi \(old) thẳng thành mã cuối cùng",
                en: "\(old) is renamed to \(new), which is itself renamed to \(next) (line "
                    + "\(line.map(String.init) ?? "?")): the map applies to every side at once, so a side "
                    + "that already uses \(new) would be renamed too. Rename \(old) straight to its final ID")
        case .emptyFile: LocalizedText(vi: "tệp trống", en: "the file is empty")
        case .yearsNeedScoreOutput:
            LocalizedText(
                vi: "--years với một tệp dữ liệu chọn các năm theo cột year của tệp: hãy viết các năm bằng số nguyên "
                    + "(2024,2025)",
                en: "--years with one data file picks its years by the file's year column: write the years as whole "
                    + "numbers (2024,2025)")
        case .duplicateUnit(let first, let second, let afterIDMap):
            LocalizedText(
                vi: "xuất hiện nhiều lần (đơn vị thứ \(first) và thứ \(second)"
                    + (afterIDMap ? ", sau khi áp bảng đổi mã" : "")
                    + "); để gộp đơn vị, hãy chạy chiso regroup trước",
                en: "appears more than once (units \(first) and \(second)"
                    + (afterIDMap ? ", after the ID map" : "")
                    + "); to merge units, use chiso regroup first")
        case .emptyYear:
            LocalizedText(
                vi: "năm để trống; với --years mỗi dòng phải ghi năm của nó",
                en: "the year is empty; with --years each row must name the year it belongs to")
        default: LocalizedText(vi: "", en: "")
        }
    }

    /// The words on the cells and columns of a score output.
    private var outcomeText: LocalizedText {
        switch self {
        case .levelsForPointFramework(let framework):
            LocalizedText(
                vi: "tệp này chứa mức, kết quả của một khung đánh giá theo mức, nhưng \(framework) là khung đánh giá "
                    + "theo điểm: hãy đưa khung đánh giá đã tính ra tệp này bằng --framework",
                en: "this file holds levels, a level framework's output, but \(framework) is a point "
                    + "framework: give the level framework that scored it with --framework")
        case .pointsForLevelFramework(let framework):
            LocalizedText(
                vi: "tệp này chứa kết quả của một khung đánh giá theo điểm (index, tier, rank), nhưng \(framework) "
                    + "xếp theo mức: hãy đưa khung đánh giá theo điểm đã tính ra tệp này bằng --framework",
                en: "this file holds a point framework's output (index, tier, rank), but \(framework) "
                    + "rates levels: give the point framework that scored it with --framework")
        case .noYearColumn:
            LocalizedText(
                vi: "--years với một tệp cần tệp đó có cột year, và tệp này không có",
                en: "--years with one file needs a year column in it, and this file has none")
        case .emptyUnitID:
            LocalizedText(
                vi: "để trống; mỗi dòng cần mã đơn vị của nó", en: "is empty; every row needs its unit ID")
        case .badLevel(let classCount, let framework):
            LocalizedText(
                vi: "cần một mức từ 0 đến \(classCount) của \(framework)",
                en: "expected a level from 0 to \(classCount) of \(framework)")
        case .badIndex: LocalizedText(vi: "cần một chỉ số từ 0 đến 1", en: "expected an index from 0 to 1")
        case .unknownTier(let framework, let suggestion):
            LocalizedText(
                vi: "không phải một xếp loại của \(framework)" + Suggestion.text(suggestion, .clause, in: .vi),
                en: "not a tier of \(framework)" + Suggestion.text(suggestion, .clause, in: .en))
        case .badRank:
            LocalizedText(
                vi: "cần một thứ hạng, số nguyên từ 1 trở lên", en: "expected a rank, a whole number from 1")
        case .noTiers(let framework):
            LocalizedText(
                vi: "không dòng nào có xếp loại, nhưng \(framework) có xếp loại và ghi một xếp loại cho mọi đơn "
                    + "vị: tệp này được tính bằng một khung đánh giá không có xếp loại; hãy đưa khung đó bằng "
                    + "--framework",
                en: "no row has a tier, but \(framework) has tiers and names one for every unit: this file was "
                    + "scored with a framework without tiers; give that framework with --framework")
        case .noRowOfYear(let year):
            LocalizedText(vi: "không dòng nào có năm \(year)", en: "no row has year \(year)")
        case .noIndexColumn(let framework):
            LocalizedText(
                vi: "\(framework) so sánh theo chỉ số, và tệp này không có cột index",
                en: "\(framework) compares on its index, and this file has no index column")
        default: LocalizedText(vi: "", en: "")
        }
    }
}
