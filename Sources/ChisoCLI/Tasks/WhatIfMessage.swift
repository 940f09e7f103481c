import ChisoCore
import ChisoFormats

/// What `whatif` finds wrong with a scenario, in both languages.
indirect enum WhatIfMessage: DiagnosticMessage, Hashable {
    /// A change of a scenario read without lines (from 1), and its problem.
    case inChange(number: Int, WhatIfMessage)
    /// The scenario was made with another framework.
    case otherFramework(named: String, used: String)
    /// The criterion is not the framework's.
    case unknownCriterion(suggestion: String?)
    /// A unit's criterion set twice; first set on `firstLine`, else in change `firstChange`.
    case setTwice(criterion: String, unit: String, firstLine: Int?, firstChange: Int)
    /// The value cannot be read: the cell's problem, in both languages.
    case badValue(problem: LocalizedText)
    /// No unit of this ID.
    case unknownUnit(unit: String, suggestion: String?)
    /// A change via a subordinate unit, without `--children`.
    case viaWithoutChildren(via: String, suggestion: String?)
    /// `via` is not a subordinate unit of `parent`.
    case notSubordinate(via: String, parent: String)
    /// The scenario has a header only.
    case noChanges

    /// Rows made with another framework, summed up.
    static let otherFrameworkRows = LocalizedText(
        vi: "dòng được lập với khung đánh giá khác", en: "rows made with another framework")

    static var examples: [Self] {
        [
            .inChange(number: 2, .unknownCriterion(suggestion: nil)),
            .otherFramework(named: "dti-2023", used: "qd2361-xa"), .unknownCriterion(suggestion: "CQS.01"),
            .setTwice(criterion: "CQS.01", unit: "X1", firstLine: 2, firstChange: 1),
            .setTwice(criterion: "CQS.01", unit: "X1", firstLine: nil, firstChange: 1),
            .badValue(problem: LocalizedText(vi: "cần một tỷ lệ phần trăm", en: "expected a percentage")),
            .unknownUnit(unit: "X9", suggestion: "X1"), .unknownUnit(unit: "X9", suggestion: nil),
            .viaWithoutChildren(via: "X1", suggestion: nil), .viaWithoutChildren(via: "X1", suggestion: "X2"),
            .notSubordinate(via: "X1", parent: "H2"), .noChanges,
        ]
    }

    var code: String {
        switch self {
        case .inChange(_, let message): message.code
        case .otherFramework: "whatif.other-framework"
        case .unknownCriterion: "whatif.unknown-criterion"
        case .setTwice: "whatif.set-twice"
        case .badValue: "whatif.bad-value"
        case .unknownUnit: "whatif.unknown-unit"
        case .viaWithoutChildren: "whatif.via-without-children"
        case .notSubordinate: "whatif.not-subordinate"
        case .noChanges: "whatif.no-changes"
        }
    }

    var text: LocalizedText {
        let near = { (suggestion: String?) in Suggestion.localized(suggestion, .clause) }
        switch self {
        case .inChange(let number, let message):
            return LocalizedText(
                vi: "thay đổi thứ \(number): " + message.text.vi, en: "change \(number): " + message.text.en)
        case .otherFramework(let named, let used):
            return LocalizedText(
                vi: "kịch bản được lập với khung đánh giá \(named), nhưng lần chạy này dùng \(used): hãy đưa "
                    + "--framework \(named), hoặc một kịch bản lập với \(used)",
                en: "the scenario was made with the framework \(named), but this run uses \(used): "
                    + "give --framework \(named), or a scenario made with \(used)")
        case .unknownCriterion(let suggestion):
            return LocalizedText(
                vi: "không có tiêu chí này" + near(suggestion).vi, en: "unknown criterion" + near(suggestion).en)
        case .setTwice(let criterion, let unit, let firstLine, let firstChange):
            return LocalizedText(
                vi: "\(criterion) của \(unit) được đặt hai lần; "
                    + (firstLine.map { "dòng \($0)" } ?? "thay đổi thứ \(firstChange)") + " đã đặt nó",
                en: "\(criterion) of \(unit) is set twice; "
                    + (firstLine.map { "line \($0)" } ?? "change \(firstChange)") + " sets it already")
        case .badValue(let problem): return problem
        case .unknownUnit(let unit, let suggestion):
            return LocalizedText(
                vi: "không có đơn vị nào có unit_id \"\(unit)\"" + near(suggestion).vi,
                en: "no unit with unit_id \"\(unit)\"" + near(suggestion).en)
        case .viaWithoutChildren(let via, let suggestion):
            return LocalizedText(
                vi: "thay đổi được thực hiện qua đơn vị cấp dưới \(via): hãy đưa số liệu của đơn vị cấp dưới bằng "
                    + "--children" + near(suggestion).vi,
                en: "the change is made via the subordinate unit \(via): give the subordinate units' data "
                    + "with --children" + near(suggestion).en)
        case .notSubordinate(let via, let parent):
            return LocalizedText(
                vi: "\(via) không phải đơn vị cấp dưới của \(parent)",
                en: "\(via) is not a subordinate unit of \(parent)")
        case .noChanges:
            return LocalizedText(
                vi: "kịch bản không có thay đổi nào: chỉ có dòng tiêu đề",
                en: "the scenario has no changes: only a header")
        }
    }
}
