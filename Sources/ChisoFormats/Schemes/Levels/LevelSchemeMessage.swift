public import ChisoCore

/// What is wrong with the keys of a level framework (`"scheme": "levels"`): its levels, groups, criteria and the
/// requirements of each level; in both languages.
public enum LevelSchemeMessage: DiagnosticMessage, Hashable {
    /// Not 1 to 10 levels.
    case levelCount(found: Int)
    /// A group ID given twice.
    case duplicateGroupID(String)
    /// A criterion ID given twice; `first` is the path of the criterion that has it.
    case duplicateCriterionID(String, first: String)
    /// `criteria` is empty.
    case noCriteria
    /// An unknown `levelRule`.
    case unknownLevelRule(String, suggestion: String?)
    /// Some criteria are extended and `extendedMinimum` is missing.
    case extendedMinimumMissing
    /// `extendedMinimum` is a list that does not hold one share per level.
    case extendedMinimumCount(levels: Int)
    /// `extendedMinimum` is neither a number nor a list.
    case extendedMinimumType
    /// A share of extended criteria outside 0–100.
    case extendedMinimumRange
    /// `extendedMinimum` is given but no criterion is extended.
    case extendedMinimumUnused
    /// An unknown `measure`, with the known ones and the nearest.
    case unknownMeasure(String, expected: [String], suggestion: String?)
    /// A roll-up criterion marked conditional.
    case conditionalRollUp
    /// A criterion ID that is empty or holds commas, quotes or spaces.
    case invalidCriterionID
    /// A criterion's `group` that no group declares.
    case unknownGroup(String, suggestion: String?)
    /// A second measure of kind childLevels.
    case childLevelsSecondMeasure
    /// Not one requirement per level.
    case requirementCount(levels: Int, found: Int)
    /// A roll-up criterion with a rule other than childLevels or notApplicable.
    case rollUpRule
    /// `"notApplicable"` with another value than `true`.
    case notApplicableNotTrue
    /// Not exactly one rule key in a requirement.
    case ruleCount(rules: [String], found: [String])
    /// A requirement's `measure` that the criterion does not declare.
    case unknownSecondMeasure(String)
    /// A threshold a measure of kind `kind` cannot hold.
    case thresholdOutOfRange(Double, kind: MeasureKind)
    /// `atLeast` on a yes/no measure.
    case atLeastOnYesNo
    /// `"yes"` with another value than `true`.
    case yesNotTrue
    /// `"yes"` on a measure that is not yes/no (`kind`, or none).
    case yesNeedsYesNo(kind: MeasureKind?)
    /// `anyOf` with fewer than two alternatives.
    case anyOfTooFew
    /// A childLevels rule on a criterion not measured as childLevels.
    case childLevelsNeedsMeasure
    /// A level of a childLevels rule that does not exist.
    case noSuchLevel(Int, levels: Int)
    /// A `sharePercent` outside 0–100.
    case sharePercentRange
    /// A criterion applies at `level` and not at the level above.
    case stopsApplying(level: Int)
    /// A threshold falls from `low` at `level` to `high` at the level above.
    case thresholdFalls(from: Double, to: Double, level: Int)

    /// One example of every case.
    public static var examples: [Self] {
        [
            .levelCount(found: 0), .duplicateGroupID("CQS"), .duplicateCriterionID("CQS.01", first: "criteria[0]"),
            .noCriteria, .unknownLevelRule("perlevel", suggestion: "perLevel"), .unknownLevelRule("x", suggestion: nil),
            .extendedMinimumMissing, .extendedMinimumCount(levels: 5), .extendedMinimumType, .extendedMinimumRange,
            .extendedMinimumUnused, .unknownMeasure("percnt", expected: ["percent", "count"], suggestion: "percent"),
            .unknownMeasure("x", expected: ["percent", "count"], suggestion: nil), .conditionalRollUp,
            .invalidCriterionID, .unknownGroup("CQ", suggestion: "CQS"), .unknownGroup("X", suggestion: nil),
            .childLevelsSecondMeasure, .requirementCount(levels: 5, found: 4), .rollUpRule, .notApplicableNotTrue,
            .ruleCount(rules: ["atLeast", "yes"], found: []),
            .ruleCount(rules: ["atLeast", "yes"], found: ["atLeast", "yes"]),
            .unknownSecondMeasure("num"), .thresholdOutOfRange(120, kind: .percent),
            .thresholdOutOfRange(-1, kind: .count), .atLeastOnYesNo, .yesNotTrue, .yesNeedsYesNo(kind: .percent),
            .yesNeedsYesNo(kind: nil), .anyOfTooFew, .childLevelsNeedsMeasure, .noSuchLevel(7, levels: 5),
            .sharePercentRange, .stopsApplying(level: 2), .thresholdFalls(from: 80, to: 70, level: 3),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .levelCount: "levels.level-count"
        case .duplicateGroupID: "levels.duplicate-group"
        case .duplicateCriterionID: "levels.duplicate-criterion"
        case .noCriteria: "levels.no-criteria"
        case .unknownLevelRule: "levels.unknown-level-rule"
        case .extendedMinimumMissing: "levels.extended-minimum-missing"
        case .extendedMinimumCount, .extendedMinimumType, .extendedMinimumRange: "levels.extended-minimum"
        case .extendedMinimumUnused: "levels.extended-minimum-unused"
        case .unknownMeasure: "levels.unknown-measure"
        case .conditionalRollUp: "levels.conditional-roll-up"
        case .invalidCriterionID: "levels.invalid-criterion-id"
        case .unknownGroup: "levels.unknown-group"
        case .childLevelsSecondMeasure: "levels.child-levels-second-measure"
        case .requirementCount: "levels.requirement-count"
        case .rollUpRule: "levels.roll-up-rule"
        case .notApplicableNotTrue: "levels.not-applicable-value"
        case .ruleCount: "levels.rule-count"
        case .unknownSecondMeasure: "levels.unknown-second-measure"
        case .thresholdOutOfRange: "levels.threshold-out-of-range"
        case .atLeastOnYesNo: "levels.at-least-on-yes-no"
        case .yesNotTrue: "levels.yes-value"
        case .yesNeedsYesNo: "levels.yes-needs-yes-no"
        case .anyOfTooFew: "levels.any-of-too-few"
        case .childLevelsNeedsMeasure: "levels.child-levels-needs-measure"
        case .noSuchLevel: "levels.no-such-level"
        case .sharePercentRange: "levels.share-percent-range"
        case .stopsApplying: "levels.stops-applying"
        case .thresholdFalls: "levels.threshold-falls"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .levelCount(let found):
            LocalizedText(vi: "cần từ 1 đến 10 mức, nhưng có \(found)", en: "expected 1 to 10 levels, found \(found)")
        case .duplicateGroupID(let id):
            LocalizedText(vi: "mã nhóm tiêu chí \"\(id)\" bị lặp", en: "duplicate group ID \"\(id)\"")
        case .duplicateCriterionID(let id, let first):
            LocalizedText(
                vi: "mã tiêu chí \"\(id)\" bị lặp; \(first) đã dùng mã này",
                en: "duplicate criterion ID \"\(id)\"; \(first) has it already")
        case .noCriteria:
            LocalizedText(
                vi: "khung đánh giá cần ít nhất một tiêu chí", en: "a framework needs at least one criterion")
        case .unknownLevelRule(let name, let suggestion):
            LocalizedText(
                vi: "không có quy tắc mức \"\(name)\"; cần \"perLevel\" hoặc \"cumulative\""
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .parenthesized, in: .vi),
                en: "unknown level rule \"\(name)\"; expected \"perLevel\" or \"cumulative\""
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .parenthesized, in: .en))
        case .extendedMinimumMissing:
            LocalizedText(
                vi: "có tiêu chí \"extended\" (tiêu chí mở rộng): hãy ghi bằng \"extendedMinimum\" mỗi mức cần bao "
                    + "nhiêu phần trăm số tiêu chí mở rộng, ví dụ 30 (Yên Bái 2024: \"tối thiểu 30% tiêu chí mở rộng\")",
                en: "some criteria are \"extended\": say with \"extendedMinimum\" what share (in percent) of them each "
                    + "level needs, e.g. 30 (Yên Bái 2024: \"tối thiểu 30% tiêu chí mở rộng\")")
        case .extendedMinimumCount(let levels):
            LocalizedText(
                vi: "cần một tỷ lệ cho mỗi mức (\(levels)), hoặc một số chung cho mọi mức",
                en: "expected one share per level (\(levels)), or one number for every level")
        case .extendedMinimumType:
            LocalizedText(
                vi: "cần một tỷ lệ phần trăm, hoặc một tỷ lệ cho mỗi mức",
                en: "expected a share in percent, or one per level")
        case .extendedMinimumRange:
            LocalizedText(
                vi: "tỷ lệ tiêu chí mở rộng phải từ 0 đến 100 (phần trăm)",
                en: "a share of extended criteria is from 0 to 100 (percent)")
        case .extendedMinimumUnused:
            LocalizedText(
                vi: "không tiêu chí nào là \"extended\", nên tỷ lệ này chẳng áp vào đâu; hãy đánh dấu các tiêu chí "
                    + "mở rộng bằng \"extended\": true hoặc xóa khóa này",
                en: "no criterion is \"extended\", so this share applies to nothing; mark the extended criteria with "
                    + "\"extended\": true or remove the key")
        default: criterionText
        }
    }

    /// The words of the problems of one criterion.
    private var criterionText: LocalizedText {
        switch self {
        case .unknownMeasure(let name, let expected, let suggestion):
            LocalizedText(
                vi: "không có loại số đo \"\(name)\"; các loại được dùng: \(expected.joined(separator: ", "))"
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .parenthesized, in: .vi),
                en: "unknown measure \"\(name)\"; expected one of: \(expected.joined(separator: ", "))"
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .parenthesized, in: .en))
        case .conditionalRollUp:
            LocalizedText(
                vi: "tiêu chí tổng hợp từ đơn vị cấp dưới không thể có điều kiện: nó không đọc cột nào có thể ghi KAD",
                en: "a roll-up criterion cannot be conditional: it reads no column that could say KAD")
        case .invalidCriterionID:
            LocalizedText(
                vi: "mã tiêu chí không được để trống hoặc chứa dấu phẩy, dấu ngoặc kép hay khoảng trắng",
                en: "a criterion ID may not be empty or hold commas, quotes or spaces")
        case .unknownGroup(let name, let suggestion):
            LocalizedText(
                vi: "không có nhóm tiêu chí \"\(name)\""
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .clause, in: .vi)
                    + "; các nhóm được khai báo trong \"groups\"",
                en: "unknown group \"\(name)\"" + Suggestion.text(suggestion.map { "\"\($0)\"" }, .clause, in: .en)
                    + "; groups are declared under \"groups\"")
        case .childLevelsSecondMeasure:
            LocalizedText(
                vi: "số đo thứ hai không thể là childLevels", en: "a second measure cannot be childLevels")
        case .requirementCount(let levels, let found):
            LocalizedText(
                vi: "cần một chỉ tiêu cho mỗi mức (\(levels)), nhưng có \(found)",
                en: "expected one requirement per level (\(levels)), found \(found)")
        case .unknownSecondMeasure(let name):
            LocalizedText(
                vi: "không có số đo thứ hai \"\(name)\"; hãy khai báo nó trong \"secondMeasures\" của tiêu chí này",
                en: "unknown second measure \"\(name)\"; declare it under \"secondMeasures\" of this criterion")
        default: ruleText
        }
    }

    /// The words of the problems of one requirement.
    private var ruleText: LocalizedText {
        switch self {
        case .rollUpRule:
            LocalizedText(
                vi: "tiêu chí đo bằng childLevels chỉ nhận chỉ tiêu childLevels hoặc notApplicable",
                en: "a criterion measured as childLevels takes only childLevels or notApplicable rules")
        case .notApplicableNotTrue:
            LocalizedText(
                vi: "hãy ghi \"notApplicable\": true, hoặc bỏ khóa này",
                en: "write \"notApplicable\": true, or leave the key out")
        case .ruleCount(let rules, let found):
            LocalizedText(
                vi: "mỗi chỉ tiêu cần đúng một quy tắc (\(rules.joined(separator: ", "))), nhưng có "
                    + (found.isEmpty ? "không quy tắc nào" : found.joined(separator: ", ")),
                en: "expected exactly one rule (\(rules.joined(separator: ", "))), found "
                    + (found.isEmpty ? "none" : found.joined(separator: ", ")))
        case .thresholdOutOfRange(let threshold, let kind):
            LocalizedText(
                vi: "ngưỡng \(NumberText.shortest(threshold)) nằm ngoài giá trị mà số đo loại \(kind.rawValue) có thể "
                    + "có; cần \(Self.expectation(kind))",
                en: "threshold \(NumberText.shortest(threshold)) is outside what a \(kind.rawValue) measure can hold; "
                    + "expected \(kind.expectation)")
        case .atLeastOnYesNo:
            LocalizedText(
                vi: "hãy dùng \"yes\": true cho số đo có/không", en: "use \"yes\": true for a yes/no measure")
        case .yesNotTrue:
            LocalizedText(
                vi: "hãy ghi \"yes\": true; chưa hỗ trợ chỉ tiêu đòi \"không\"",
                en: "write \"yes\": true; a requirement of \"no\" is not supported")
        case .yesNeedsYesNo(let kind):
            LocalizedText(
                vi: "\"yes\" cần số đo loại yesNo, số đo này là \(kind?.rawValue ?? "(chưa khai báo)")",
                en: "\"yes\" needs a yesNo measure, this one is \(kind?.rawValue ?? "none")")
        case .anyOfTooFew:
            LocalizedText(
                vi: "anyOf cần ít nhất hai chỉ tiêu thay thế", en: "anyOf needs at least two alternatives")
        case .childLevelsNeedsMeasure:
            LocalizedText(
                vi: "chỉ tiêu childLevels cần tiêu chí có \"measure\": \"childLevels\"",
                en: "childLevels rules need \"measure\": \"childLevels\" on the criterion")
        case .noSuchLevel(let level, let levels):
            LocalizedText(
                vi: "không có mức \(level); cần từ 0 đến \(levels)",
                en: "level \(level) does not exist; expected 0 to \(levels)")
        case .sharePercentRange:
            LocalizedText(vi: "cần một tỷ lệ phần trăm từ 0 đến 100", en: "expected a percentage from 0 to 100")
        case .stopsApplying(let level):
            LocalizedText(
                vi: "áp dụng ở mức \(level) nhưng không áp dụng ở mức \(level + 1); đơn vị ở mức \(level + 1) vẫn phải "
                    + "đạt chỉ tiêu này",
                en: "applies at level \(level) but not at level \(level + 1); a unit at level \(level + 1) is still "
                    + "held to it")
        case .thresholdFalls(let low, let high, let level):
            LocalizedText(
                vi: "ngưỡng giảm từ \(NumberText.shortest(low)) ở mức \(level) xuống \(NumberText.shortest(high)) ở "
                    + "mức \(level + 1)",
                en: "threshold falls from \(NumberText.shortest(low)) at level \(level) to "
                    + "\(NumberText.shortest(high)) at level \(level + 1)")
        default: LocalizedText(vi: "", en: "")
        }
    }

    /// What a value of `kind` is, in Vietnamese, as ``MeasureKind/expectation`` says it in English.
    static func expectation(_ kind: MeasureKind) -> String {
        switch kind {
        case .percent: "một tỷ lệ phần trăm từ 0 đến 100 (ví dụ 72,5, 72.5 hoặc 72,5%)"
        case .count: "một số nguyên từ 0 trở lên"
        case .yesNo: "có hoặc không (có/không, đạt/không đạt, yes/no, true/false, 1/0)"
        case .points: "một số điểm"
        case .ratio: "một tỷ số từ 0 đến 1 (ví dụ 0,4123)"
        case .number: "một số"
        case .choice: "một trong các câu trả lời được liệt kê"
        }
    }
}
