import ChisoCore
import ChisoFormats

/// What `explain` finds wrong with the unit it is asked about, in both languages.
enum ExplainMessage: DiagnosticMessage, Hashable {
    /// The unit was skipped with `--skip-invalid`: the first problems of its row, and how many it has.
    case skipped(reasons: [LocalizedText], count: Int)

    static var examples: [Self] {
        [
            .skipped(
                reasons: [LocalizedText(vi: "CQS.01 \"abc\": cần một tỷ lệ", en: "CQS.01 \"abc\": expected a share")],
                count: 1),
            .skipped(reasons: Array(repeating: LocalizedText(vi: "lỗi", en: "error"), count: 3), count: 5),
        ]
    }

    var code: String { "explain.skipped-unit" }

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
        }
    }
}
