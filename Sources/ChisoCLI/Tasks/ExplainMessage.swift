import ChisoCore
import ChisoFormats

/// What `explain` finds wrong with the unit it is asked about, in both languages.
enum ExplainMessage: DiagnosticMessage, Hashable {
    /// The unit was skipped with `--skip-invalid`: the first problems of its row, and how many it has.
    case skipped(reasons: [LocalizedText], count: Int)
    /// `--unit` names no unit of the data.
    case unknownUnit(unit: String, data: String, suggestion: String?)

    static var examples: [Self] {
        [
            .skipped(
                reasons: [LocalizedText(vi: "CQS.01 \"abc\": cần một tỷ lệ", en: "CQS.01 \"abc\": expected a share")],
                count: 1),
            .skipped(reasons: Array(repeating: LocalizedText(vi: "lỗi", en: "error"), count: 3), count: 5),
            .unknownUnit(unit: "X9", data: "xa.csv", suggestion: "X1"),
        ]
    }

    var code: String {
        switch self {
        case .skipped: "explain.skipped-unit"
        case .unknownUnit: "explain.unknown-unit"
        }
    }

    var text: LocalizedText {
        switch self {
        case .skipped(let reasons, let count):
            LocalizedText(
                vi: "đơn vị này bị bỏ qua (--skip-invalid) vì dòng của nó có \(count) lỗi: "
                    + reasons.map(\.vi).joined(separator: "; ") + (count > 3 ? "; …" : "")
                    + ". Hãy sửa dòng đó để giải thích đơn vị",
                en: "this unit was skipped (--skip-invalid) because its row has "
                    + "\(Plural.count(count, "error")): " + reasons.map(\.en).joined(separator: "; ")
                    + (count > 3 ? "; …" : "") + ". Fix the row to explain the unit")
        case .unknownUnit(let unit, let data, let suggestion):
            ReportMessage.unknownUnit(unit: unit, data: data, suggestion: suggestion).text
        }
    }
}
