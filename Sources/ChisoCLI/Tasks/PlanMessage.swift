import ChisoCore
import ChisoFormats
import ChisoReports

/// What `gap`, `plan` and their `--target` and `--unit` find wrong, in both languages.
enum PlanMessage: DiagnosticMessage, Hashable {
    /// An index target for a framework that computes no index; `classes` lists its classes (empty: it has none).
    case indexTargetWithoutIndex(target: String, framework: String, classes: [LocalizedText])
    /// An index target outside 0…1; `maximum` is the framework's total, `suggestion` the target over 100.
    case indexTargetOutOfRange(target: String, maximum: Double, suggestion: Double?)
    /// The framework computes no index to aim at.
    case noIndexToAimAt(framework: String)
    /// A class target for a framework without tiers; `next` when the target was `next`, `maximum` its index total.
    case noTiers(target: String, framework: String, maximum: Double?)
    /// A target that is neither `next`, a class nor an index.
    case unknownTarget(target: String, classes: [LocalizedText], maximum: Double?)
    /// The framework's scheme has no planner.
    case noPlanner
    /// `--unit` names no unit of the data.
    case unknownUnit(unit: String, data: String, suggestion: String?)
    /// `--children-costs` without `--children`.
    case childCostsWithoutChildren
    /// The planner could not prove the plan of `unit` the cheapest.
    case unproved(unit: String)

    static var examples: [Self] {
        let classes = [LocalizedText(vi: "Mức IV", en: "Tier IV"), LocalizedText(vi: "Mức III", en: "Tier III")]
        return [
            .indexTargetWithoutIndex(target: "0.7", framework: "qd2361-xa", classes: []),
            .indexTargetWithoutIndex(target: "0.7", framework: "hue-3043", classes: classes),
            .indexTargetOutOfRange(target: "70", maximum: 100, suggestion: 0.7),
            .indexTargetOutOfRange(target: "700", maximum: 1000, suggestion: nil),
            .noIndexToAimAt(framework: "hue-3043"), .noTiers(target: "next", framework: "dti-2023", maximum: 1000),
            .noTiers(target: "Tốt", framework: "dti-2023", maximum: nil),
            .unknownTarget(target: "muc 9", classes: classes, maximum: 100),
            .unknownTarget(target: "muc 9", classes: classes, maximum: nil), .noPlanner,
            .unknownUnit(unit: "X9", data: "data.csv", suggestion: "X1"),
            .unknownUnit(unit: "X9", data: "data.csv", suggestion: nil), .childCostsWithoutChildren,
            .unproved(unit: "X1"),
        ]
    }

    var code: String {
        switch self {
        case .indexTargetWithoutIndex: "plan.index-target-without-index"
        case .indexTargetOutOfRange: "plan.index-target-out-of-range"
        case .noIndexToAimAt: "plan.no-index"
        case .noTiers: "plan.no-tiers"
        case .unknownTarget: "plan.unknown-target"
        case .noPlanner: "plan.no-planner"
        case .unknownUnit: "plan.unknown-unit"
        case .childCostsWithoutChildren: "plan.child-costs-without-children"
        case .unproved: "plan.unproved"
        }
    }

    /// `1 (Mức IV / Tier IV), 2 (…)`; in Vietnamese `1 (Mức IV), 2 (…)`.
    private static func classList(_ classes: [LocalizedText], in language: Language = .en) -> String {
        classes.enumerated().map {
            language == .vi
                ? "\($0.offset + 1) (\($0.element.vi))" : "\($0.offset + 1) (\($0.element.vi) / \($0.element.en))"
        }.joined(separator: ", ")
    }

    /// How an index target is written, for a framework whose total is `maximum`.
    private static func indexPhrase(_ maximum: Double) -> LocalizedText {
        LocalizedText(
            vi: "một chỉ số từ 0 đến 1, ví dụ --target 0.70 (chỉ số là tổng điểm chia cho "
                + "\(NumberText.shortest(maximum)))",
            en: "an index from 0 to 1 such as --target 0.70 (the index is the total over "
                + "\(NumberText.shortest(maximum)))")
    }

    var text: LocalizedText {
        switch self {
        case .indexTargetWithoutIndex(let target, let framework, let classes):
            LocalizedText(
                vi: "\"\(target)\" là mục tiêu theo chỉ số, và \(framework) không tính chỉ số: hãy đưa "
                    + (classes.isEmpty
                        ? "một khung đánh giá có chỉ số"
                        : "một xếp loại: next, hoặc " + Self.classList(classes, in: .vi)),
                en: "\"\(target)\" is an index target, and \(framework) computes no index: give a "
                    + (classes.isEmpty ? "framework with an index" : "class: next, or " + Self.classList(classes)))
        case .indexTargetOutOfRange(let target, let maximum, let suggestion):
            LocalizedText(
                vi: "mục tiêu theo chỉ số nằm trong khoảng 0 đến 1 (chỉ số là tổng điểm chia cho "
                    + "\(NumberText.shortest(maximum))); đã nhận \(target)"
                    + Suggestion.text(suggestion.map { "\(NumberText.shortest($0))" }, .clause, in: .vi),
                en: "an index target is from 0 to 1 (the index is the total over \(NumberText.shortest(maximum))); "
                    + "got \(target)"
                    + Suggestion.text(suggestion.map { "\(NumberText.shortest($0))" }, .clause, in: .en))
        case .noIndexToAimAt(let framework):
            LocalizedText(
                vi: "\(framework) không tính chỉ số để đặt mục tiêu", en: "\(framework) computes no index to aim at")
        case .noTiers(let target, let framework, let maximum):
            LocalizedText(
                vi: "\(framework) không có xếp loại, nên không có "
                    + (target.lowercased() == "next"
                        ? "xếp loại kế tiếp để đặt mục tiêu" : "xếp loại để đặt mục tiêu (\"\(target)\")")
                    + (maximum.map { ": hãy đưa " + Self.indexPhrase($0).vi } ?? ""),
                en: "\(framework) has no tiers, so there is no "
                    + (target.lowercased() == "next" ? "next class to aim at" : "class to aim at (\"\(target)\")")
                    + (maximum.map { ": give " + Self.indexPhrase($0).en } ?? ""))
        case .unknownTarget(let target, let classes, let maximum):
            LocalizedText(
                vi: "không có mục tiêu \"\(target)\"; cần next, hoặc một trong: \(Self.classList(classes, in: .vi))"
                    + (maximum.map { ", hoặc " + Self.indexPhrase($0).vi } ?? ""),
                en: "unknown target \"\(target)\"; expected next, or one of: \(Self.classList(classes))"
                    + (maximum.map { ", or " + Self.indexPhrase($0).en } ?? ""))
        case .noPlanner:
            LocalizedText(
                vi: "cách tính điểm của khung đánh giá này không lập được phương án: nó không có bộ lập phương án",
                en: "this framework's scheme cannot plan: it has no planner")
        case .unknownUnit(let unit, let data, let suggestion):
            LocalizedText(
                vi: "không có đơn vị nào có unit_id \"\(unit)\" trong \(data)"
                    + Suggestion.text(suggestion, .clause, in: .vi),
                en: "no unit with unit_id \"\(unit)\" in \(data)" + Suggestion.text(suggestion, .clause, in: .en))
        case .childCostsWithoutChildren:
            LocalizedText(
                vi: "--children-costs định giá các thay đổi của đơn vị cấp dưới; hãy đưa số liệu của chúng bằng "
                    + "--children",
                en: "--children-costs prices the subordinate units' changes; give their data with --children")
        case .unproved(let unit): PlanWords.unprovedNotice(unit: unit)
        }
    }
}
