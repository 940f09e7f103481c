public import ChisoCore

/// What is wrong with a crosswalk file: its frameworks, its mappings and what they make of the values they carry;
/// in both languages.
public enum CrosswalkMessage: DiagnosticMessage, Hashable {
    /// An empty `approximation`.
    case emptyApproximation
    /// A column of B neither mapped nor listed as unmapped.
    case notCovered(column: String, framework: String)
    /// A framework that cannot be loaded, with the first of its problems.
    case cannotLoadFramework(String, reason: LocalizedText?)
    /// A column that is not an input column of `framework`.
    case notInputColumn(String, framework: String, suggestion: String?)
    /// A number given as an empty string.
    case emptyNumber
    /// A number that cannot be read (`english` is the reader's explanation).
    case unreadableNumber(String, english: String)
    /// Several source columns without `aggregate`.
    case aggregateNeeded
    /// A column of B filled by two entries.
    case alreadyFilled(column: String, by: String)
    /// An empty `from` list.
    case emptySources(framework: String)
    /// An unknown `aggregate`.
    case unknownAggregation(String, expected: [String])
    /// A weight of 0 or less.
    case weightNotPositive(Double)
    /// Weights without a mean or not one per source.
    case weightsMisfit
    /// Not one conversion in `convert`.
    case oneConversion
    /// `atLeast` or `above` (`rule`) into a column that is not yes/no.
    case yesNoConversionMisfit(rule: String, column: String, framework: String)
    /// A `percentOf` denominator not listed in `columns`.
    case denominatorNotListed(String)
    /// A column of B both mapped (by `by`) and listed as unmapped.
    case mappedAndUnmapped(column: String, by: String)
    /// Sources of different kinds.
    case mixedKinds(first: String, firstKind: String, other: String, otherKind: String)
    /// Answer columns carried otherwise than to one answer column with the same answers.
    case answersMisfit
    /// Answer columns listing different answers.
    case differentAnswers(source: String, goal: String, framework: String, from: [String], to: [String])
    /// allOf/anyOf over columns that are not yes/no.
    case notYesNoAggregation(rule: String, column: String, kind: String, instead: String)
    /// A threshold always or never reached (`above`: exceeded) by the values it converts.
    case constantConversion(rule: String, threshold: Double, always: Bool, range: ValueRange)
    /// percentOf over values that are not a count.
    case percentOfNotCount(column: String, kind: String, combined: Bool)
    /// scale 0.
    case scaleZero
    /// Values that do not fit the column of B: `made` describes them.
    case misfit(Misfit, goal: String, framework: String, made: Values)
    /// A text (a note, a reason, the approximation) that is neither a string nor `{"vi": …, "en": …}`.
    case notText

    /// The range of the values a mapping makes at one step.
    public enum ValueRange: Hashable, Sendable {
        /// Any number.
        case any
        /// From `lower` up.
        case from(Double)
        /// From `lower` to `upper`.
        case between(Double, Double)
    }

    /// The values a mapping makes: their kind (`nil` when scaled), range and whether they are said not to be whole.
    public struct Values: Hashable, Sendable {
        /// The kind's name (`percent`), or `nil` for scaled values.
        public var kind: String?
        /// Their range.
        public var range: ValueRange
        /// Whether they are said not to be whole.
        public var notWhole: Bool
    }

    /// How the values misfit the column of B.
    public enum Misfit: Hashable, Sendable {
        /// B's column is yes/no.
        case yesNo
        /// B's column is a count; `mean` when a mean made them.
        case count(mean: Bool)
        /// B's column is of kind `kind` and no conversion is given.
        case kind(String)
        /// Points out of `from` into points out of `to`.
        case points(from: Double, to: Double)
        /// Values outside B's `range`; `sum` and `scale` say what may have caused it.
        case range(ValueRange, sum: Bool, scale: Bool)
    }

    /// One example of every case.
    public static var examples: [Self] {
        let made = Values(kind: "count", range: .from(0), notWhole: false)
        let scaled = Values(kind: nil, range: .any, notWhole: true)
        return [
            .emptyApproximation, .notCovered(column: "NT", framework: "b"),
            .cannotLoadFramework("x", reason: LocalizedText(vi: "không có", en: "none")),
            .cannotLoadFramework("x", reason: nil), .notInputColumn("NT1", framework: "a", suggestion: "NT"),
            .notInputColumn("X", framework: "a", suggestion: nil), .emptyNumber,
            .unreadableNumber("1.000.5", english: "expected a number"), .aggregateNeeded,
            .alreadyFilled(column: "CQS", by: "mappings[0]"), .emptySources(framework: "a"),
            .unknownAggregation("avg", expected: ["mean", "sum"]), .weightNotPositive(0), .weightsMisfit,
            .oneConversion, .yesNoConversionMisfit(rule: "atLeast", column: "X", framework: "b"),
            .denominatorNotListed("dan_so"), .mappedAndUnmapped(column: "X", by: "mappings[1]"),
            .mixedKinds(first: "A", firstKind: "count", other: "B", otherKind: "yesNo"), .answersMisfit,
            .differentAnswers(source: "A", goal: "B", framework: "b", from: ["a", "b"], to: ["b", "a"]),
            .notYesNoAggregation(rule: "allOf", column: "A", kind: "count", instead: "min"),
            .constantConversion(rule: "atLeast", threshold: 0, always: true, range: .between(0, 100)),
            .constantConversion(rule: "above", threshold: 200, always: false, range: .between(0, 100)),
            .percentOfNotCount(column: "A", kind: "percent", combined: false),
            .percentOfNotCount(column: "A", kind: "count", combined: true), .scaleZero,
            .misfit(.yesNo, goal: "B", framework: "b", made: made),
            .misfit(.count(mean: true), goal: "B", framework: "b", made: scaled),
            .misfit(.kind("percent"), goal: "B", framework: "b", made: made),
            .misfit(.points(from: 10, to: 20), goal: "B", framework: "b", made: made),
            .misfit(.range(.between(0, 1), sum: true, scale: true), goal: "B", framework: "b", made: made),
            .notText,
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .emptyApproximation: "crosswalk.empty-approximation"
        case .notCovered: "crosswalk.not-covered"
        case .cannotLoadFramework: "crosswalk.cannot-load"
        case .notInputColumn: "crosswalk.unknown-column"
        case .emptyNumber, .unreadableNumber: "crosswalk.invalid-number"
        case .aggregateNeeded: "crosswalk.aggregate-needed"
        case .alreadyFilled: "crosswalk.already-filled"
        case .emptySources: "crosswalk.empty-sources"
        case .unknownAggregation: "crosswalk.unknown-aggregation"
        case .weightNotPositive, .weightsMisfit: "crosswalk.weights"
        case .oneConversion: "crosswalk.one-conversion"
        case .yesNoConversionMisfit: "crosswalk.yes-no-conversion"
        case .denominatorNotListed: "crosswalk.denominator-not-listed"
        case .mappedAndUnmapped: "crosswalk.mapped-and-unmapped"
        case .mixedKinds: "crosswalk.mixed-kinds"
        case .answersMisfit, .differentAnswers: "crosswalk.answers"
        case .notYesNoAggregation: "crosswalk.not-yes-no-aggregation"
        case .constantConversion: "crosswalk.constant-conversion"
        case .percentOfNotCount: "crosswalk.percent-of-not-count"
        case .scaleZero: "crosswalk.scale-zero"
        case .misfit: "crosswalk.misfit"
        case .notText: "crosswalk.not-text"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .notText:
            LocalizedText(
                vi: "cần một đoạn chữ: một chuỗi (dùng cho cả hai ngôn ngữ) hoặc {\"vi\": \"…\", \"en\": \"…\"}",
                en: "expected a text: a string (used for both languages) or {\"vi\": \"…\", \"en\": \"…\"}")
        case .emptyApproximation:
            LocalizedText(
                vi: "\"approximation\" nói vì sao các giá trị không cùng một đại lượng; lý do để trống thì không nói "
                    + "gì (hãy bỏ khóa này khi mọi ánh xạ đều mang cùng một đại lượng)",
                en: "\"approximation\" says why the values are not the same quantities; an empty reason says nothing "
                    + "(leave the key out when every mapping carries the same quantity)")
        case .notCovered(let column, let framework):
            LocalizedText(
                vi: "\(column) của \(framework) chưa được ánh xạ, cũng chưa được liệt kê trong \"unmapped\" kèm lý do",
                en: "\(column) of \(framework) is neither mapped nor listed under \"unmapped\" with a reason")
        case .cannotLoadFramework(let reference, let reason):
            LocalizedText(
                vi: "không nạp được khung đánh giá \"\(reference)\": " + (reason?.vi ?? "không rõ lý do"),
                en: "cannot load the framework \"\(reference)\": " + (reason?.en ?? "unknown"))
        case .notInputColumn(let key, let framework, let suggestion):
            LocalizedText(
                vi: "\"\(key)\" không phải một cột số liệu của \(framework)"
                    + Suggestion.text(suggestion, .clause, in: .vi),
                en: "\"\(key)\" is not an input column of \(framework)"
                    + Suggestion.text(suggestion, .clause, in: .en))
        case .emptyNumber:
            LocalizedText(vi: "cần một số, nhưng gặp chuỗi rỗng", en: "expected a number, found an empty string")
        case .unreadableNumber(let written, let english):
            LocalizedText(
                vi: "không đọc được số \"\(DisplayText.visible(written))\"; hãy viết một số như 12 hoặc 12.5, không có "
                    + "dấu phân cách hàng nghìn",
                en: english)
        case .aggregateNeeded:
            LocalizedText(
                vi: "nhiều cột nguồn thì cần \"aggregate\": mean, min, max, sum, allOf hoặc anyOf",
                en: "several source columns need \"aggregate\": mean, min, max, sum, allOf or anyOf")
        case .alreadyFilled(let column, let by):
            LocalizedText(vi: "\(column) đã được \(by) điền", en: "\(column) is already filled by \(by)")
        case .emptySources(let framework):
            LocalizedText(
                vi: "danh sách trống: hãy ghi các cột của \(framework)",
                en: "an empty list: name the columns of \(framework)")
        case .unknownAggregation(let name, let expected):
            LocalizedText(
                vi: "không có cách gộp \"\(name)\"; cần \(expected.joined(separator: ", "))",
                en: "unknown aggregation \"\(name)\"; expected \(expected.joined(separator: ", "))")
        case .weightNotPositive(let weight):
            LocalizedText(
                vi: "trọng số phải lớn hơn 0, nhưng gặp \(NumberText.shortest(weight)); cột nào không tham gia thì bỏ "
                    + "khỏi \"from\"",
                en: "a weight must be more than 0, found \(NumberText.shortest(weight)); a column that should take no "
                    + "part is left out of \"from\"")
        case .weightsMisfit:
            LocalizedText(
                vi: "trọng số cần \"aggregate\": \"mean\" và một trọng số cho mỗi cột nguồn",
                en: "weights need \"aggregate\": \"mean\" and one weight per source column")
        default: conversionText
        }
    }

    /// The words of the problems of conversions and unmapped columns.
    private var conversionText: LocalizedText {
        switch self {
        case .oneConversion:
            LocalizedText(
                vi: "hãy ghi một phép đổi: atLeast (có khi giá trị đạt ngưỡng), above (có khi giá trị vượt ngưỡng), "
                    + "percentOf (số đếm chia cho một cột mẫu số, tính bằng %) hoặc scale (nhân với một hệ số)",
                en: "give one conversion: atLeast (yes when the value reaches it), above (yes when the value exceeds "
                    + "it), percentOf (a count over a denominator column, in %) or scale (times a factor)")
        case .yesNoConversionMisfit(let rule, let column, let framework):
            LocalizedText(
                vi: "\(rule) đổi một giá trị thành có/không, nhưng \(column) của \(framework) không phải cột có/không",
                en: "\(rule) turns a value into yes/no, but \(column) of \(framework) is not a yes/no column")
        case .denominatorNotListed(let column):
            LocalizedText(
                vi: "cột mẫu số \"\(column)\" phải được liệt kê trong \"columns\", các cột thêm mà bảng quy đổi đọc từ "
                    + "tệp dữ liệu",
                en: "the denominator column \"\(column)\" must be listed in \"columns\", the extra columns the "
                    + "crosswalk reads from the data")
        case .mappedAndUnmapped(let column, let by):
            LocalizedText(
                vi: "\(column) đã được \(by) ánh xạ mà lại được liệt kê là không ánh xạ",
                en: "\(column) is mapped by \(by) and also listed as unmapped")
        default: valueText
        }
    }
}
