public import ChisoCore

// Words for values, kinds and statuses: made here, in the output layer, not in the core.

extension MeasureKind {
    /// The kinds a framework file may name under `measure`; a choice measure follows from a `choice` rule.
    static let declarable = allCases.filter { $0 != .choice }

    /// What a valid value of this kind looks like, for error messages, in English.
    public var expectation: String { expected.en }

    /// What a valid value of this kind looks like, for error messages, in both languages.
    public var expected: LocalizedText {
        switch self {
        case .percent:
            LocalizedText(
                vi: "một tỷ lệ phần trăm từ 0 đến 100 (ví dụ 72,5, 72.5 hoặc 72,5%)",
                en: "a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)")
        case .count: LocalizedText(vi: "một số nguyên từ 0 trở lên", en: "a whole number of 0 or more")
        case .yesNo:
            LocalizedText(
                vi: "giá trị có hoặc không (có/không, đạt/không đạt, yes/no, true/false, 1/0)",
                en: "yes or no (có/không, đạt/không đạt, yes/no, true/false, 1/0)")
        case .points: LocalizedText(vi: "một số điểm", en: "a number of points")
        case .ratio: LocalizedText(vi: "một số từ 0 đến 1 (ví dụ 0,4123)", en: "a ratio from 0 to 1 (e.g. 0.4123)")
        case .number: LocalizedText(vi: "một số", en: "a number")
        case .choice: LocalizedText(vi: "một trong các câu trả lời đã liệt kê", en: "one of the listed answers")
        }
    }

    /// A value of this kind as text: `72.5%`, `3`, `yes`, `0.4123`; `missing` for `nil`.
    ///
    /// - Parameter value: The value, or `nil` when missing.
    /// - Returns: The text.
    public func text(for value: Double?) -> String {
        guard let value else { return "missing" }
        if value.isNaN { return "n/a for this unit" }
        switch self {
        case .percent: return "\(NumberText.shortest(value))%"
        case .yesNo: return value >= 1 ? "yes" : "no"
        case .count, .points, .ratio, .number: return NumberText.shortest(value)
        case .choice: return "answer \(NumberText.shortest(value))"
        }
    }
}

extension CriterionStatus {
    /// A short English word for tables and files: `met`, `not met`, `n/a` or `missing`.
    public var label: String {
        switch self {
        case .notApplicable: "n/a"
        case .met: "met"
        case .notMet: "not met"
        case .missing: "missing"
        }
    }
}
