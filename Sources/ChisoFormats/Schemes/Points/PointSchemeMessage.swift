public import ChisoCore

/// What is wrong with the keys of a point framework (`"scheme": "points"`): its nodes and their rules, views and
/// tiers; in both languages.
public enum PointSchemeMessage: DiagnosticMessage, Hashable {
    /// `nodes` is empty.
    case noNodes
    /// `precision` or `classPrecision` outside 0–9.
    case precisionRange
    /// `unrankedBelowTiers` in a framework without tiers.
    case unrankedWithoutTiers
    /// `classPrecision` in a framework without tiers.
    case classPrecisionWithoutTiers
    /// A tier's minimum has more decimals than `classPrecision`.
    case tierMinimumPrecision(tier: String, minimum: Double, places: Int)
    /// A node ID that is empty or holds commas, quotes or spaces.
    case invalidNodeID
    /// A node or view ID given twice; `first` is the path of the one that has it.
    case duplicateID(String, first: String, isNode: Bool)
    /// A negative `max`.
    case negativeMaximum
    /// A node with children and a rule.
    case ruleWithChildren
    /// A leaf without a rule.
    case leafWithoutRule(rules: [String])
    /// An unknown `measure`.
    case unknownMeasure(String, expected: [String], suggestion: String?)
    /// A node's `max` differs from the sum of its children's.
    case maximumMismatch(maximum: Double, sum: Double)
    /// An unknown `rule`.
    case unknownRule(String, expected: [String], suggestion: String?)
    /// A linear rule's target not above its floor.
    case targetNotAboveFloor(target: Double, floor: Double)
    /// Steps not listed from the highest threshold down.
    case stepsOutOfOrder
    /// A step giving more than the node's max.
    case stepAboveMaximum(Double)
    /// A steps rule without steps.
    case noSteps
    /// A choice with both or neither of `points` and `fraction`.
    case pointsOrFraction
    /// A choice's points outside 0 to the node's max.
    case choicePointsRange(maximum: Double)
    /// A choice's fraction outside 0–1.
    case choiceFractionRange
    /// Two answers that read the same in data; `first` is the path of the other.
    case sameAnswer(String, first: String)
    /// A choice rule without answers.
    case noChoices
    /// A node a view or floor names that does not exist.
    case unknownNode(String, suggestion: String?)
    /// A tier with both or neither of `minimum` and `above`.
    case minimumOrAbove
    /// An unknown tier `basis`.
    case unknownBasis(String)
    /// A floor fraction outside 0–1.
    case floorFractionRange
    /// Tiers not listed best first; `previous` is the minimum of the one before.
    case tiersOutOfOrder(previous: Double)
    /// A floor higher than in the tier above.
    case floorAboveHigherTier(node: String)
    /// A tier asking more points than the maximum.
    case unreachableTier(minimum: Double, maximum: Double, inclusive: Bool)
    /// A tier on the index asking more than 1.
    case unreachableIndexTier

    /// One example of every case.
    public static var examples: [Self] {
        [
            .noNodes, .precisionRange, .unrankedWithoutTiers, .classPrecisionWithoutTiers,
            .tierMinimumPrecision(tier: "Mức I", minimum: 90.25, places: 1), .invalidNodeID,
            .duplicateID("A", first: "nodes[0]", isNode: true), .duplicateID("V", first: "views[0]", isNode: false),
            .negativeMaximum, .ruleWithChildren, .leafWithoutRule(rules: ["points", "ratio"]),
            .unknownMeasure("percnt", expected: ["percent"], suggestion: "percent"),
            .unknownMeasure("x", expected: ["percent"], suggestion: nil), .maximumMismatch(maximum: 10, sum: 9),
            .unknownRule("lineer", expected: ["linear"], suggestion: "linear"),
            .unknownRule("x", expected: ["linear"], suggestion: nil), .targetNotAboveFloor(target: 1, floor: 2),
            .stepsOutOfOrder, .stepAboveMaximum(10), .noSteps, .pointsOrFraction, .choicePointsRange(maximum: 5),
            .choiceFractionRange, .sameAnswer("có", first: "nodes[1].choices[0]"), .noChoices,
            .unknownNode("A.1", suggestion: "A1"), .unknownNode("X", suggestion: nil), .minimumOrAbove,
            .unknownBasis("score"), .floorFractionRange, .tiersOutOfOrder(previous: 80),
            .floorAboveHigherTier(node: "A"), .unreachableTier(minimum: 120, maximum: 100, inclusive: true),
            .unreachableTier(minimum: 100, maximum: 100, inclusive: false), .unreachableIndexTier,
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .noNodes: "points.no-nodes"
        case .precisionRange: "points.precision-range"
        case .unrankedWithoutTiers: "points.unranked-without-tiers"
        case .classPrecisionWithoutTiers: "points.class-precision-without-tiers"
        case .tierMinimumPrecision: "points.tier-minimum-precision"
        case .invalidNodeID: "points.invalid-node-id"
        case .duplicateID: "points.duplicate-id"
        case .negativeMaximum: "points.negative-max"
        case .ruleWithChildren: "points.rule-with-children"
        case .leafWithoutRule: "points.leaf-without-rule"
        case .unknownMeasure: "points.unknown-measure"
        case .maximumMismatch: "points.max-mismatch"
        case .unknownRule: "points.unknown-rule"
        case .targetNotAboveFloor: "points.target-not-above-floor"
        case .stepsOutOfOrder: "points.steps-out-of-order"
        case .stepAboveMaximum: "points.step-above-max"
        case .noSteps: "points.no-steps"
        case .pointsOrFraction: "points.points-or-fraction"
        case .choicePointsRange, .choiceFractionRange: "points.choice-range"
        case .sameAnswer: "points.same-answer"
        case .noChoices: "points.no-choices"
        case .unknownNode: "points.unknown-node"
        case .minimumOrAbove: "points.minimum-or-above"
        case .unknownBasis: "points.unknown-basis"
        case .floorFractionRange: "points.floor-range"
        case .tiersOutOfOrder: "points.tiers-out-of-order"
        case .floorAboveHigherTier: "points.floor-above-higher-tier"
        case .unreachableTier, .unreachableIndexTier: "points.unreachable-tier"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .noNodes:
            LocalizedText(
                vi: "khung đánh giá tính điểm cần ít nhất một chỉ số thành phần",
                en: "a point framework needs at least one node"
            )
        case .precisionRange:
            LocalizedText(vi: "cần từ 0 đến 9 chữ số thập phân", en: "expected 0 to 9 decimal places")
        case .unrankedWithoutTiers:
            LocalizedText(
                vi:
                    "\"unrankedBelowTiers\" để các đơn vị dưới xếp loại thấp nhất là không xếp hạng, mà khung này không "
                    + "có xếp loại nào",
                en:
                    "\"unrankedBelowTiers\" leaves units below the lowest tier unranked, and this framework has no tiers"
            )
        case .classPrecisionWithoutTiers:
            LocalizedText(
                vi: "\"classPrecision\" là độ chính xác dùng để xét xếp loại, mà khung này không có xếp loại nào",
                en: "\"classPrecision\" is the precision tiers are read at, and this framework has no tiers")
        case .tierMinimumPrecision(let tier, let minimum, let places):
            LocalizedText(
                vi:
                    "xếp loại \"\(tier)\" có điểm tối thiểu \(NumberText.shortest(minimum)), nhiều hơn \(places) chữ số "
                    + "thập phân: một số liệu làm tròn đến \(places) chữ số không bao giờ bằng đúng mức đó",
                en: "the tier \"\(tier)\" has the minimum \(NumberText.shortest(minimum)), which has more than "
                    + "\(places) decimal places: a figure read at \(places) decimals cannot sit on it")
        case .invalidNodeID:
            LocalizedText(
                vi: "mã chỉ số thành phần không được để trống hoặc chứa dấu phẩy, dấu ngoặc kép hay khoảng trắng",
                en: "a node ID may not be empty or hold commas, quotes or spaces")
        case .duplicateID(let id, let first, let isNode):
            LocalizedText(
                vi: "mã \"\(id)\" bị lặp; \(first) đã dùng mã này",
                en: "duplicate \(isNode ? "node " : "")ID \"\(id)\"; \(first) has it already")
        case .negativeMaximum:
            LocalizedText(vi: "điểm tối đa không được âm", en: "a maximum cannot be negative")
        case .ruleWithChildren:
            LocalizedText(
                vi:
                    "chỉ số thành phần có thành phần con thì cộng điểm của các thành phần con và không có quy tắc (rule) riêng",
                en: "a node with children adds up their points and takes no rule")
        case .leafWithoutRule(let rules):
            LocalizedText(
                vi:
                    "chỉ số thành phần không có thành phần con cần một quy tắc (\(rules.joined(separator: ", "))), hoặc các thành phần con",
                en: "a leaf needs a rule (\(rules.joined(separator: ", "))), or children")
        case .unknownMeasure(let name, let expected, let suggestion):
            LocalizedText(
                vi: "không có loại số đo \"\(name)\"; các loại được dùng: \(expected.joined(separator: ", "))"
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .parenthesized, in: .vi),
                en: "unknown measure \"\(name)\"; expected one of: \(expected.joined(separator: ", "))"
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .parenthesized, in: .en))
        case .maximumMismatch(let maximum, let sum):
            LocalizedText(
                vi:
                    "điểm tối đa là \(NumberText.shortest(maximum)) nhưng điểm tối đa của các thành phần con cộng lại là "
                    + NumberText.shortest(sum),
                en: "max is \(NumberText.shortest(maximum)) but the children's maxima add up to "
                    + NumberText.shortest(sum))
        case .unknownRule(let name, let expected, let suggestion):
            LocalizedText(
                vi: "không có quy tắc \"\(name)\"; các quy tắc được dùng: \(expected.joined(separator: ", "))"
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .parenthesized, in: .vi),
                en: "unknown rule \"\(name)\"; expected one of: \(expected.joined(separator: ", "))"
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .parenthesized, in: .en))
        default: ruleText
        }
    }

    /// The words of the problems of a rule and its answers.
    private var ruleText: LocalizedText {
        switch self {
        case .targetNotAboveFloor(let target, let floor):
            LocalizedText(
                vi: "đích \(NumberText.shortest(target)) phải lớn hơn sàn \(NumberText.shortest(floor))",
                en: "target \(NumberText.shortest(target)) must be above floor \(NumberText.shortest(floor))")
        case .stepsOutOfOrder:
            LocalizedText(
                vi: "các bậc phải liệt kê từ ngưỡng cao nhất trở xuống, mỗi bậc ít điểm hơn bậc trước",
                en: "steps must be listed from the highest threshold down, each with fewer points than the one before")
        case .stepAboveMaximum(let maximum):
            LocalizedText(
                vi:
                    "một bậc không được cho nhiều hơn điểm tối đa của chỉ số thành phần (\(NumberText.shortest(maximum)))",
                en: "a step cannot give more than the node's max (\(NumberText.shortest(maximum)))")
        case .noSteps:
            LocalizedText(vi: "quy tắc steps cần ít nhất một bậc", en: "a steps rule needs at least one step")
        case .pointsOrFraction:
            LocalizedText(
                vi: "hãy ghi đúng một trong hai: \"points\" hoặc \"fraction\" (một phần của điểm tối đa)",
                en: "give exactly one of \"points\" or \"fraction\" (a share of the max)")
        case .choicePointsRange(let maximum):
            LocalizedText(
                vi: "một câu trả lời được từ 0 đến điểm tối đa của chỉ số thành phần (\(NumberText.shortest(maximum)))",
                en: "an answer earns 0 to the node's max (\(NumberText.shortest(maximum)))")
        case .choiceFractionRange:
            LocalizedText(
                vi: "phần của điểm tối đa phải từ 0 đến 1", en: "a fraction of the max is from 0 to 1")
        case .sameAnswer(let token, let first):
            LocalizedText(
                vi:
                    "\"\(token)\" cũng là một câu trả lời của \(first); các câu trả lời phải đọc khác nhau trong dữ liệu",
                en: "\"\(token)\" is also an answer of \(first); answers must read differently in data")
        case .noChoices:
            LocalizedText(
                vi: "quy tắc choice cần ít nhất một câu trả lời", en: "a choice rule needs at least one answer")
        default: tierText
        }
    }

    /// The words of the problems of views and tiers.
    private var tierText: LocalizedText {
        switch self {
        case .unknownNode(let node, let suggestion):
            LocalizedText(
                vi: "không có chỉ số thành phần \"\(node)\""
                    + Suggestion.text(suggestion.map { "\"\($0)\"" }, .clause, in: .vi),
                en: "unknown node \"\(node)\"" + Suggestion.text(suggestion.map { "\"\($0)\"" }, .clause, in: .en))
        case .minimumOrAbove:
            LocalizedText(
                vi: "hãy ghi đúng một trong hai: \"minimum\" (≥) hoặc \"above\" (>)",
                en: "give exactly one of \"minimum\" (≥) or \"above\" (>)")
        case .unknownBasis(let name):
            LocalizedText(
                vi: "không có cơ sở xếp loại \"\(name)\"; cần points hoặc index",
                en: "unknown basis \"\(name)\"; expected points or index")
        case .floorFractionRange:
            LocalizedText(
                vi: "sàn là một phần điểm tối đa của chỉ số chính, từ 0 đến 1",
                en: "a floor is a fraction of the node's maximum, from 0 to 1")
        case .tiersOutOfOrder(let previous):
            LocalizedText(
                vi: "các xếp loại được liệt kê từ cao xuống thấp: điểm tối thiểu của xếp loại này phải thấp hơn xếp "
                    + "loại trước (\(NumberText.shortest(previous)))",
                en: "tiers are listed best first: this tier's minimum must be below the one before "
                    + "(\(NumberText.shortest(previous)))")
        case .floorAboveHigherTier(let node):
            LocalizedText(
                vi: "sàn của \(node) cao hơn ở xếp loại trên, nên một đơn vị có thể đạt xếp loại trên mà không đạt "
                    + "xếp loại này",
                en: "floor on \(node) is higher than in the tier above, so a unit can reach the tier above without "
                    + "this one")
        case .unreachableTier(let minimum, let maximum, let inclusive):
            LocalizedText(
                vi: "không đơn vị nào đạt được xếp loại này: nó đòi \(inclusive ? "" : "hơn ")"
                    + "\(NumberText.shortest(minimum)) trên \(NumberText.shortest(maximum)) điểm",
                en: "this tier cannot be reached: it asks for \(inclusive ? "" : "more than ")"
                    + "\(NumberText.shortest(minimum)) of \(NumberText.shortest(maximum)) points")
        case .unreachableIndexTier:
            LocalizedText(
                vi: "không đơn vị nào đạt được xếp loại này: chỉ số cao nhất là 1",
                en: "this tier cannot be reached: the index is at most 1")
        default: LocalizedText(vi: "", en: "")
        }
    }
}
