public import ChisoCore

/// What is wrong with an uncertainty spec (`uncertainty --spec FILE`): its noise entries, missing rules, weight
/// noise and alternative frameworks; in both languages.
public enum UncertaintyMessage: DiagnosticMessage, Hashable {
    /// An unknown `missing` rule.
    case unknownMissingRule(String)
    /// A weight amplitude outside [0, 1).
    case amplitudeRange
    /// Weight noise for a framework without weights.
    case noWeights(framework: String)
    /// A weight level the framework's tree does not have.
    case noSuchWeightLevel(Int, framework: String, deepest: Int)
    /// A framework that cannot be loaded, with the first of its problems.
    case cannotLoad(String, reason: LocalizedText?)
    /// An alternative framework listed twice.
    case listedTwice(id: String, earlier: Int, index: Int)
    /// An alternative that scores exactly as an earlier one (`reference`).
    case sameScoring(id: String, earlier: Int, reference: String)
    /// An alternative that reads other columns than the nominal framework.
    case otherColumns(id: String, nominal: String)
    /// An alternative that reads the nominal framework's columns in another order.
    case columnOrder(id: String, nominal: String, column: Int, found: String, expected: String)
    /// One framework has tiers and the other none.
    case tiersAndNone(without: String, with: String, classes: [String], nominal: String)
    /// An alternative has tiers the nominal framework does not have.
    case foreignTiers(id: String, nominal: String, foreign: [String], own: [String])
    /// A noise entry that names no columns.
    case noColumns
    /// A `countStep` below 0.
    case countStepRange
    /// A noise entry without an amount.
    case noAmount
    /// `columns` neither a list nor `"*"`.
    case columnsType
    /// A column the framework does not have.
    case unknownColumn(String, framework: String, suggestion: String?)
    /// A group or node the framework does not have.
    case unknownGroup(String, framework: String, suggestion: String?)
    /// An unknown `distribution`.
    case unknownDistribution(String)
    /// An amount below 0 or above `limit`.
    case amountRange(limit: Double?)
    /// Columns an earlier entry (`earlier`, named `earlierName` when it has a name of its own, at `line`:`column`)
    /// moves already, moved again by the entry at `path` (named `name` when it has a name of its own).
    case movedTwice(
        columns: [String], earlier: Int, earlierName: String?, line: Int, column: Int, path: String, name: String?)
    /// Columns an entry moves and a noise option (`--option`) moves too.
    case movedByOption(columns: [String], option: String)

    /// One example of every case.
    public static var examples: [Self] {
        [
            .unknownMissingRule("mean"), .amplitudeRange, .noWeights(framework: "vn-2361-commune"),
            .noSuchWeightLevel(3, framework: "dti", deepest: 1),
            .cannotLoad("x.json", reason: LocalizedText(vi: "không mở được tệp", en: "cannot open the file")),
            .cannotLoad("x.json", reason: nil), .listedTwice(id: "a", earlier: 0, index: 2),
            .sameScoring(id: "b", earlier: 0, reference: "a.json"), .otherColumns(id: "b", nominal: "a"),
            .columnOrder(id: "b", nominal: "a", column: 2, found: "X", expected: "Y"),
            .tiersAndNone(without: "a", with: "b", classes: ["Tốt", "Khá"], nominal: "a"),
            .foreignTiers(id: "b", nominal: "a", foreign: ["Xuất sắc"], own: ["Tốt"]),
            .foreignTiers(id: "b", nominal: "a", foreign: ["Xuất sắc", "Giỏi"], own: ["Tốt"]), .noColumns,
            .countStepRange, .noAmount, .columnsType, .unknownColumn("CQS01", framework: "a", suggestion: "CQS.01"),
            .unknownColumn("X", framework: "a", suggestion: nil),
            .unknownGroup("CQ", framework: "a", suggestion: "CQS"),
            .unknownGroup("X", framework: "a", suggestion: nil), .unknownDistribution("beta"),
            .amountRange(limit: 1), .amountRange(limit: nil),
            .movedTwice(columns: ["A"], earlier: 0, earlierName: "đo", line: 3, column: 5, path: "noise[1]", name: nil),
            .movedTwice(
                columns: ["A", "B", "C", "D", "E"], earlier: 0, earlierName: nil, line: 3, column: 5, path: "noise[1]",
                name: "x"),
            .movedByOption(columns: ["A"], option: "noise"), .movedByOption(columns: ["A", "B"], option: "flip"),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .unknownMissingRule: "uncertainty.unknown-missing-rule"
        case .amplitudeRange: "uncertainty.amplitude-range"
        case .noWeights: "uncertainty.no-weights"
        case .noSuchWeightLevel: "uncertainty.no-such-weight-level"
        case .cannotLoad: "uncertainty.cannot-load"
        case .listedTwice, .sameScoring: "uncertainty.repeated-framework"
        case .otherColumns, .columnOrder: "uncertainty.other-columns"
        case .tiersAndNone, .foreignTiers: "uncertainty.other-tiers"
        case .noColumns: "uncertainty.no-columns"
        case .countStepRange: "uncertainty.count-step-range"
        case .noAmount: "uncertainty.no-amount"
        case .columnsType: "uncertainty.columns-type"
        case .unknownColumn: "uncertainty.unknown-column"
        case .unknownGroup: "uncertainty.unknown-group"
        case .unknownDistribution: "uncertainty.unknown-distribution"
        case .amountRange: "uncertainty.amount-range"
        case .movedTwice: "uncertainty.moved-twice"
        case .movedByOption: "uncertainty.moved-by-option"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .unknownMissingRule(let rule):
            LocalizedText(
                vi: "không có quy tắc \"\(rule)\"; cần zero, columnMean hoặc groupMean",
                en: "unknown rule \"\(rule)\"; expected zero, columnMean or groupMean")
        case .amplitudeRange:
            LocalizedText(
                vi: "cần một tỷ lệ từ 0 đến dưới 1 (0,25 là ±25%)",
                en: "expected a share from 0 to below 1 (0.25 is ±25%)")
        case .noWeights(let framework):
            LocalizedText(
                vi:
                    "\(framework) không có trọng số để thay đổi: nhiễu trọng số chỉ áp dụng cho khung đánh giá tính điểm",
                en: "\(framework) has no weights to vary: weight noise applies to point frameworks")
        case .noSuchWeightLevel(let depth, let framework, let deepest):
            LocalizedText(
                vi: "không có tầng \(depth): cây của \(framework) có các tầng từ 0 (trên cùng) đến \(deepest)",
                en: "no level \(depth): \(framework)'s tree has levels 0 (top) to \(deepest)")
        case .cannotLoad(let reference, let reason):
            LocalizedText(
                vi: "không nạp được \"\(reference)\": " + (reason?.vi ?? ""),
                en: "cannot load \"\(reference)\": " + (reason?.en ?? ""))
        case .listedTwice(let id, let earlier, let index):
            LocalizedText(
                vi: "\(id) được liệt kê hai lần (frameworks[\(earlier)] và frameworks[\(index)]): mỗi lượt chạy rút "
                    + "một trong các khung, nên khung lặp lại sẽ bị tính hai lần; hãy liệt kê mỗi khung một lần",
                en: "\(id) is listed twice (frameworks[\(earlier)] and frameworks[\(index)]): each run draws one of "
                    + "the frameworks, so a repeat would count it twice; list each framework once")
        case .sameScoring(let id, let earlier, let reference):
            LocalizedText(
                vi: "\(id) tính điểm giống hệt frameworks[\(earlier)] (\(reference)): mỗi lượt chạy rút một trong các "
                    + "khung, nên một bản sao sẽ bị tính hai lần mà không làm thay đổi gì; hãy liệt kê mỗi khung một lần",
                en: "\(id) scores exactly as frameworks[\(earlier)] (\(reference)) does: each run draws one of the "
                    + "frameworks, so a copy would count it twice and vary nothing; list each framework once")
        default: alternativeText
        }
    }

    /// The words of the checks of alternative frameworks.
    private var alternativeText: LocalizedText {
        switch self {
        case .otherColumns(let id, let nominal):
            LocalizedText(
                vi: "\(id) đọc các cột khác với \(nominal): các khung thay thế phải đọc cùng một dữ liệu",
                en: "\(id) reads other columns than \(nominal): alternatives must read the same data")
        case .columnOrder(let id, let nominal, let column, let found, let expected):
            LocalizedText(
                vi: "\(id) đọc các cột của \(nominal) theo thứ tự khác (cột \(column) là \(found), không phải "
                    + "\(expected)): hãy liệt kê các tiêu chí theo thứ tự của khung chính",
                en: "\(id) reads the columns of \(nominal) in another order (column \(column) is \(found), not "
                    + "\(expected)): list its criteria in the nominal framework's order")
        case .tiersAndNone(let without, let with, let classes, let nominal):
            LocalizedText(
                vi: "\(without) không có xếp loại còn \(with) thì có (\(classes.joined(separator: ", "))): xếp loại "
                    + "của mỗi lượt chạy được đếm theo tên trong các xếp loại của \(nominal), nên không thể trộn hai "
                    + "khung này; hãy chọn các khung thay thế cùng có xếp loại hoặc cùng không có",
                en: "\(without) has no tiers and \(with) has (\(classes.joined(separator: ", "))): each run's class "
                    + "is counted among \(nominal)'s classes by name, so the two cannot be mixed; list alternatives "
                    + "that both have tiers or both have none")
        case .foreignTiers(let id, let nominal, let foreign, let own):
            LocalizedText(
                vi: "\(id) có xếp loại mà \(nominal) không có (\(foreign.joined(separator: ", ")); \(nominal) có "
                    + "\(own.joined(separator: ", "))): xếp loại của mỗi lượt chạy được đếm theo tên trong các xếp "
                    + "loại của \(nominal), nên chúng sẽ không rơi vào đâu hoặc rơi nhầm chỗ; hãy chọn các khung thay "
                    + "thế có xếp loại nằm trong các xếp loại của khung chính",
                en: "\(id) has \(foreign.count == 1 ? "a tier" : "tiers") that \(nominal) does not have "
                    + "(\(foreign.joined(separator: ", ")); \(nominal) has \(own.joined(separator: ", "))): each run's "
                    + "class is counted among \(nominal)'s classes by name, so they would land in no bin or in the "
                    + "wrong one; list alternatives whose tiers are among the nominal framework's")
        default: noiseText
        }
    }

    /// The words of the problems of noise entries.
    private var noiseText: LocalizedText {
        switch self {
        case .noColumns:
            LocalizedText(
                vi: "hãy nói rõ những cột nào: \"columns\" (một danh sách, hoặc \"*\") hoặc \"group\"",
                en: "say which columns: \"columns\" (a list, or \"*\") or \"group\"")
        case .countStepRange:
            LocalizedText(vi: "cần một số nguyên từ 0 trở lên", en: "expected a whole number from 0 up")
        case .noAmount:
            LocalizedText(
                vi: "hãy ghi một mức nhiễu: absolute, relative, flip (có/không) hoặc countStep (số đếm)",
                en: "give an amount: absolute, relative, flip (yes/no) or countStep (counts)")
        case .columnsType:
            LocalizedText(
                vi: "cần một danh sách cột, hoặc \"*\" cho mọi cột",
                en: "expected a list of columns, or \"*\" for every column")
        case .unknownColumn(let key, let framework, let suggestion):
            LocalizedText(
                vi: "\"\(key)\" không phải một cột của \(framework)"
                    + Suggestion.text(suggestion, .clause, in: .vi),
                en: "\"\(key)\" is not a column of \(framework)" + Suggestion.text(suggestion, .clause, in: .en))
        case .unknownGroup(let group, let framework, let suggestion):
            LocalizedText(
                vi: "\"\(group)\" không phải một nhóm tiêu chí hay chỉ số thành phần của \(framework)"
                    + Suggestion.text(suggestion, .clause, in: .vi),
                en: "\"\(group)\" is not a group or node of \(framework)"
                    + Suggestion.text(suggestion, .clause, in: .en))
        case .unknownDistribution(let name):
            LocalizedText(
                vi: "không có phân phối \"\(name)\"; cần uniform hoặc normal",
                en: "unknown distribution \"\(name)\"; expected uniform or normal")
        case .amountRange(let limit):
            LocalizedText(
                vi: "cần một số từ 0" + (limit.map { " đến \(NumberText.shortest($0))" } ?? " trở lên"),
                en: "expected a number from 0" + (limit.map { " to \(NumberText.shortest($0))" } ?? " up"))
        default: repeatText
        }
    }

    /// The words of columns moved twice.
    private var repeatText: LocalizedText {
        switch self {
        case .movedTwice(let columns, let earlier, let earlierName, let line, let column, let path, let name):
            LocalizedText(
                vi: "\(Self.listed(columns).vi) đã được noise[\(earlier)] làm nhiễu "
                    + "(\(earlierName.map { "\"\($0)\", " } ?? "")dòng \(line), cột \(column)) và lại được \(path)"
                    + "\(name.map { " (\"\($0)\")" } ?? "") làm nhiễu lần nữa: mỗi mục rút quanh giá trị gốc, nên chỉ "
                    + "mục cuối được tính; hãy ghi mỗi cột trong một mục (với mọi mức nhiễu cần cho nó)",
                en: "\(Self.listed(columns).en) \(columns.count == 1 ? "is" : "are") moved by noise[\(earlier)] "
                    + "(\(earlierName.map { "\"\($0)\", " } ?? "")line \(line), column \(column)) and again by "
                    + "\(path)\(name.map { " (\"\($0)\")" } ?? ""): each entry draws around the nominal value, so only "
                    + "the last would count; name each column in one entry (with every amount it should take)")
        case .movedByOption(let columns, let option):
            LocalizedText(
                vi: "\(Self.listed(columns).vi) được làm nhiễu bởi cả mục này lẫn --\(option): mỗi bên rút quanh giá "
                    + "trị gốc, nên chỉ kết quả rút của tùy chọn được tính; hãy bỏ tùy chọn hoặc đưa mức nhiễu của nó "
                    + "vào tệp",
                en: "\(Self.listed(columns).en) \(columns.count == 1 ? "is" : "are") moved by this entry and by "
                    + "--\(option): each draws around the nominal value, so only the option's draws would count; drop "
                    + "the option or put its amount in the spec")
        default: LocalizedText(vi: "", en: "")
        }
    }

    /// The first four columns, and a count of the rest.
    private static func listed(_ columns: [String]) -> LocalizedText {
        let shown = columns.prefix(4).joined(separator: ", ")
        guard columns.count > 4 else { return LocalizedText(vi: shown, en: shown) }
        return LocalizedText(
            vi: "\(shown) (và \(columns.count - 4) cột khác)", en: "\(shown) (+\(columns.count - 4) more)")
    }
}
