public import ChisoCore

/// What is wrong with a file chiso wrote and reads back (a plan's CSV, an uncertainty output), in both languages.
public enum ReadBackMessage: DiagnosticMessage, Hashable {
    /// The plan file is empty.
    case emptyPlan
    /// The file is not a plan's CSV.
    case notAPlan
    /// A plan row ends before its `unit_id`; the header has `fields` fields.
    case planRowEndsEarly(fields: Int)
    /// A plan's cost that cannot be read: `problem` says why.
    case notACost(problem: CellProblem)
    /// A plan's `changes` cell that is not a whole number of changes.
    case notAChangeCount
    /// A plan's `budget` cell that differs from the budget of the rows above, `first`.
    case twoBudgets(first: String)
    /// The file is not an uncertainty output.
    case notAnUncertaintyOutput
    /// An uncertainty row ends early; `fields` are needed.
    case uncertaintyRowEndsEarly(fields: Int)
    /// An uncertainty value that is not a number.
    case notANumber
    /// A class that is not one of the framework's 0 to `classes`.
    case noSuchClass(classes: Int)
    /// A `p_class_N` statistic whose class is not one of the framework's 0 to `classes`.
    case noSuchProbabilityClass(classes: Int)
    /// A probability outside 0 to 1.
    case notAProbability

    /// Repeats summed up after "còn N" / "and N more".
    enum Summary {
        static let rowsEndingEarly = LocalizedText(vi: "dòng bị thiếu ô ở cuối", en: "rows that end early")
        static let values = LocalizedText(vi: "dòng có giá trị không đọc được", en: "rows whose value cannot be read")
        static let classes = LocalizedText(
            vi: "dòng có xếp loại không thuộc khung đánh giá này", en: "rows with a class not of this framework")
        static let probabilities = LocalizedText(
            vi: "dòng có tỷ lệ không nằm trong khoảng 0 đến 1", en: "rows whose share is not from 0 to 1")

        /// Rows whose `name` (`total_cost`, `cost`) cannot be read.
        static func unreadable(_ name: String) -> LocalizedText {
            LocalizedText(vi: "dòng có \(name) không đọc được", en: "rows whose \(name) cannot be read")
        }
    }

    /// One example of every case.
    public static var examples: [Self] {
        [
            .emptyPlan, .notAPlan, .planRowEndsEarly(fields: 6),
            .notACost(problem: .notAnAmount(positive: false, cell: "x", plain: nil)), .notAChangeCount,
            .twoBudgets(first: "20000"),
            .notAnUncertaintyOutput, .uncertaintyRowEndsEarly(fields: 3), .notANumber, .noSuchClass(classes: 5),
            .noSuchProbabilityClass(classes: 4), .notAProbability,
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .emptyPlan: "readback.empty-file"
        case .notAPlan, .notAnUncertaintyOutput: "readback.not-chiso-output"
        case .planRowEndsEarly, .uncertaintyRowEndsEarly: "readback.row-ends-early"
        case .notACost: "readback.not-a-cost"
        case .notAChangeCount: "readback.not-a-change-count"
        case .twoBudgets: "readback.two-budgets"
        case .notANumber: "readback.not-a-number"
        case .noSuchClass, .noSuchProbabilityClass: "readback.no-such-class"
        case .notAProbability: "readback.not-a-probability"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .emptyPlan:
            LocalizedText(
                vi: "tệp trống; hãy cho tệp CSV của chiso plan", en: "the file is empty; give the CSV of chiso plan")
        case .notAPlan:
            LocalizedText(
                vi: "không phải tệp phương án: cần tệp CSV của chiso plan, với các cột unit_id,current,target,"
                    + "reachable,total_cost,reason (--format csv --summary) hoặc unit_id,criterion,from,to,cost "
                    + "(--format csv)",
                en: "not a plan: expected the CSV of chiso plan, with the columns unit_id,current,target,reachable,"
                    + "total_cost,reason (--format csv --summary) or unit_id,criterion,from,to,cost (--format csv)")
        case .planRowEndsEarly(let fields):
            LocalizedText(
                vi: "dòng kết thúc trước ô unit_id; cần \(fields) ô, như chiso plan ghi",
                en: "the row ends before its unit_id; expected \(fields) fields, as chiso plan writes them")
        case .notACost(let problem):
            LocalizedText(
                vi: "không phải chi phí: \(problem.text.vi), như chiso plan ghi",
                en: "not a cost: \(problem.text.en), as chiso plan writes it")
        case .notAChangeCount:
            LocalizedText(
                vi: "không phải số thay đổi: cần một số nguyên không âm, như chiso plan ghi",
                en: "not a number of changes: expected a whole number from 0, as chiso plan writes it")
        case .twoBudgets(let first):
            LocalizedText(
                vi: "ngân sách khác với ngân sách \(first) ở các dòng trên: một tệp phương án chỉ có một ngân sách, "
                    + "như chiso plan ghi",
                en: "a budget other than the \(first) of the rows above: a plan file has one budget, as chiso plan "
                    + "writes it")
        case .notAnUncertaintyOutput:
            LocalizedText(
                vi: "không phải tệp kết quả độ bất định: cần tệp CSV của chiso uncertainty --format csv, với các cột "
                    + "unit_id,statistic,value",
                en: "not an uncertainty output: expected the CSV of chiso uncertainty --format csv, with the columns "
                    + "unit_id,statistic,value")
        default:
            uncertaintyText
        }
    }

    private var uncertaintyText: LocalizedText {
        switch self {
        case .uncertaintyRowEndsEarly(let fields):
            LocalizedText(
                vi: "dòng bị thiếu ô ở cuối; cần \(fields) ô (unit_id,statistic,value), như chiso uncertainty ghi",
                en: "the row ends early; expected \(fields) fields (unit_id,statistic,value), as chiso uncertainty "
                    + "writes them")
        case .notANumber:
            LocalizedText(
                vi: "không phải một số, như chiso uncertainty ghi", en: "not a number, as chiso uncertainty writes it")
        case .noSuchClass(let classes):
            LocalizedText(
                vi: "không phải xếp loại của khung đánh giá này; cần một số nguyên từ 0 (chưa đạt loại nào) đến "
                    + "\(classes) — tệp có được làm với khung đánh giá khác không?",
                en: "not a class of this framework; expected a whole number from 0 (no class reached) to \(classes) "
                    + "— was the file made with another framework?")
        case .noSuchProbabilityClass(let classes):
            LocalizedText(
                vi: "không phải xếp loại của khung đánh giá này; cần p_class_0 đến p_class_\(classes) — tệp có được "
                    + "làm với khung đánh giá khác không?",
                en: "not a class of this framework; expected p_class_0 to p_class_\(classes) — was the file made "
                    + "with another framework?")
        default:
            LocalizedText(
                vi: "không phải xác suất; cần một tỷ lệ từ 0 đến 1, như chiso uncertainty ghi",
                en: "not a probability; expected a share from 0 to 1, as chiso uncertainty writes it")
        }
    }
}
