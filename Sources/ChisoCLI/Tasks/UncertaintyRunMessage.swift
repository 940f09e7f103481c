import ChisoCore
import ChisoFormats

/// What `uncertainty` and `sensitivity` find wrong with what they are asked to vary, in both languages.
enum UncertaintyRunMessage: DiagnosticMessage, Hashable {
    /// `--target` of `sensitivity` names neither a target nor a unit.
    case unknownTarget(target: String, data: String, suggestion: String?)
    /// `--target class-change` for a framework without tiers.
    case noClassToChange(framework: String)
    /// Neither a spec file nor a shorthand.
    case nothingUncertain
    /// `--weights` for a framework without points.
    case weightsWithoutPoints(framework: String)
    /// Nothing varies from run to run; `inert` says why for each noise entry.
    case nothingVaries(inert: [LocalizedText])

    static var examples: [Self] {
        [
            .unknownTarget(target: "X9", data: "data.csv", suggestion: "X1"),
            .unknownTarget(target: "X9", data: "data.csv", suggestion: nil), .noClassToChange(framework: "dti-2023"),
            .nothingUncertain, .weightsWithoutPoints(framework: "qd2361-xa"), .nothingVaries(inert: []),
            .nothingVaries(inert: [
                LocalizedText(
                    vi: "nhiễu \"a\" không làm thay đổi điểm của đơn vị nào", en: "noise \"a\" moves no unit's score")
            ]),
        ]
    }

    var code: String {
        switch self {
        case .unknownTarget: "uncertainty.unknown-target"
        case .noClassToChange: "uncertainty.no-class-to-change"
        case .nothingUncertain: "uncertainty.nothing-uncertain"
        case .weightsWithoutPoints: "uncertainty.weights-without-points"
        case .nothingVaries: "uncertainty.nothing-varies"
        }
    }

    var text: LocalizedText {
        switch self {
        case .unknownTarget(let target, let data, let suggestion):
            LocalizedText(
                vi: "--target nhận rank-shift, class-change hoặc một unit_id của \(data); \"\(target)\" không phải "
                    + "cái nào trong số đó" + Suggestion.text(suggestion, .parenthesized, in: .vi),
                en: "--target takes rank-shift, class-change or a unit_id of \(data); \"\(target)\" is none of them"
                    + Suggestion.text(suggestion, .parenthesized, in: .en))
        case .noClassToChange(let framework):
            LocalizedText(
                vi: "\(framework) không có xếp loại, nên không xếp loại nào thay đổi được: hãy đưa --target "
                    + "rank-shift hoặc một unit_id (chỉ số của đơn vị đó)",
                en: "\(framework) has no tiers, so no class can change: give --target rank-shift or a "
                    + "unit_id (its index)")
        case .nothingUncertain:
            LocalizedText(
                vi: "không có gì bất định: hãy đưa --spec FILE hoặc một tùy chọn ngắn như --noise-absolute 2",
                en: "nothing is uncertain: give --spec FILE or a shorthand such as --noise-absolute 2")
        case .weightsWithoutPoints(let framework):
            LocalizedText(
                vi: "--weights thay đổi điểm tối đa của các mục, và \(framework) không có (một khung đánh giá theo "
                    + "mức): hãy thay đổi số liệu của nó",
                en: "--weights varies the points of nodes, and \(framework) has none (a level "
                    + "framework): vary its data instead")
        case .nothingVaries(let inert):
            LocalizedText(
                vi: "không có gì thay đổi giữa các lần chạy: mọi lần chạy sẽ cho cùng một kết quả và mọi xác suất là "
                    + "0% hoặc 100%" + (inert.isEmpty ? "" : " (" + inert.map(\.vi).joined(separator: "; ") + ")")
                    + ". Hãy đưa mức nhiễu lớn hơn 0 cho các cột được tính điểm có giá trị mà nhiễu làm thay đổi được "
                    + "(absolute hoặc relative cho số, flip cho câu trả lời có/không, countStep cho số đếm), nhiều "
                    + "hơn một quy tắc cho giá trị chưa có số liệu ở nơi có ô chưa có số liệu, nhiễu trọng số cho "
                    + "khung đánh giá theo điểm, hoặc từ hai khung đánh giá khác nhau trở lên",
                en: "nothing varies from run to run: every run would give the same result and every "
                    + "probability 0% or 100%"
                    + (inert.isEmpty ? "" : " (" + inert.map(\.en).joined(separator: "; ") + ")")
                    + ". Give a noise amount above 0 on scored columns with values it can move (absolute or "
                    + "relative on numbers, flip on yes/no answers, countStep on counts), more than one missing-value "
                    + "rule where values are missing, weight noise on a point framework, or two different frameworks "
                    + "or more")
        }
    }
}
