package import ChisoCore
import ChisoFormats

/// Why a unit's plan cannot reach its target, or what a reader should know about it: one case per kind of reason.
///
/// Each reason has two forms. ``words(measures:)`` says it for a planner, in Vietnamese and English: what it means
/// for the unit and what to do or enter. ``record`` is the English a plan's CSV and JSON have always written
/// (`KTS.03: KTS.03 is capped at 0 and needs 1`), which `report` reads back (``read(_:)``) and words in its own
/// language; machine outputs keep it byte for byte.
package enum PlanReason: Sendable, Hashable {
    /// The unit already stands at the target.
    case alreadyThere
    /// The plan changes values the data leaves empty (their keys), costed from 0.
    case costedFromZero([String])
    /// The planner could not prove the plan the cheapest.
    case unproved
    /// No plan reaches the target, and no single criterion is to blame.
    case noPlan
    /// A criterion the target needs has no cost row for its measure: the plan cannot change it.
    case noCostRow(criterion: String, measure: String)
    /// A criterion the target needs is capped by its cost row's `max` below what the target asks.
    case capped(criterion: String, measure: String, maximum: Double, needed: Double)
    /// A criterion that depends on the subordinate units, which the plan does not change.
    case subordinates(criterion: String)
    /// No value the cost file allows meets the criterion's requirement.
    case impossible(criterion: String)
    /// A reason read from a file that is none of the above, quoted as written.
    case quoted(String)

    /// What a unit's plan says: why it cannot reach its target, or the notes on its plan; empty when there is
    /// nothing to add.
    package static func reasons(of plan: UnitPlan, scheme: any ScoringScheme) -> [PlanReason] {
        switch plan.outcome {
        case .alreadyThere:
            return [.alreadyThere]
        case .plan, .bestFound:
            let missing = plan.missingChanged.map { scheme.measures[$0].key }
            return (missing.isEmpty ? [] : [.costedFromZero(missing)])
                + (plan.outcome.isProvedOptimal ? [] : [.unproved])
        case .unreachable(let obstacles):
            guard !obstacles.isEmpty else { return [.noPlan] }
            return obstacles.map { obstacle in
                let id =
                    scheme.conditions.indices.contains(obstacle.condition)
                    ? scheme.conditions[obstacle.condition].id : "?"
                switch obstacle.reason {
                case .noCost(let measure): return .noCostRow(criterion: id, measure: scheme.measures[measure].key)
                case .capped(let measure, let maximum, let needed):
                    return .capped(
                        criterion: id, measure: scheme.measures[measure].key, maximum: maximum, needed: needed)
                case .subordinates: return .subordinates(criterion: id)
                case .impossible: return .impossible(criterion: id)
                }
            }
        }
    }

    /// The reason as a plan's CSV and JSON write it, in English.
    package var record: String {
        switch self {
        case .alreadyThere: "already at the target"
        case .costedFromZero(let keys): "missing values costed from 0: " + keys.joined(separator: ", ")
        case .unproved: PlanWords.unproved.en
        case .noPlan: "no plan reaches the target"
        case .noCostRow(let id, let key): "\(id): no cost row for \(key), so it cannot change"
        case .capped(let id, let key, let maximum, let needed):
            "\(id): \(key) is capped at \(Numerals.plain.planned(maximum)) and needs \(Numerals.plain.planned(needed))"
        case .subordinates(let id): "\(id): depends on the subordinate units, which this plan does not change"
        case .impossible(let id): "\(id): cannot be met with the costs given"
        case .quoted(let text): text
        }
    }

    /// Reasons as a plan's CSV and JSON write them: each ``record``, joined by `; `.
    package static func record(_ reasons: [PlanReason]) -> String {
        reasons.map(\.record).joined(separator: "; ")
    }

    /// The reasons a plan's CSV gives (``record(_:)``), each read back into its kind; a part that is none of them is
    /// ``quoted(_:)``.
    package static func read(_ text: String) -> [PlanReason] {
        guard !text.isEmpty else { return [] }
        let simple: [PlanReason] = [.alreadyThere, .unproved, .noPlan]
        return text.components(separatedBy: "; ").map { part in
            if let reason = simple.first(where: { $0.record == part }) { return reason }
            let missing = PlanReason.costedFromZero([]).record
            if part.hasPrefix(missing) {
                return .costedFromZero(part.dropFirst(missing.count).components(separatedBy: ", "))
            }
            guard let colon = part.range(of: ": ") else { return .quoted(part) }
            let id = String(part[..<colon.lowerBound])
            let rest = String(part[colon.upperBound...])
            for reason in [PlanReason.subordinates(criterion: id), .impossible(criterion: id)]
            where reason.record == part {
                return reason
            }
            if rest.hasPrefix("no cost row for "), rest.hasSuffix(", so it cannot change") {
                let key = rest.dropFirst("no cost row for ".count).dropLast(", so it cannot change".count)
                return .noCostRow(criterion: id, measure: String(key))
            }
            if let capped = rest.range(of: " is capped at "), let needs = rest.range(of: " and needs "),
                capped.upperBound <= needs.lowerBound,
                let maximum = Double(rest[capped.upperBound..<needs.lowerBound]),
                let needed = Double(rest[needs.upperBound...])
            {
                return .capped(
                    criterion: id, measure: String(rest[..<capped.lowerBound]), maximum: maximum, needed: needed)
            }
            return .quoted(part)
        }
    }

    /// Reasons in words for a planner, joined by `; `.
    package static func words(_ reasons: [PlanReason], measures: [Measure], conditions: [Condition] = [])
        -> LocalizedText
    {
        let said = reasons.map { $0.words(measures: measures, conditions: conditions) }
        return LocalizedText(
            vi: said.map(\.vi).joined(separator: "; "), en: said.map(\.en).joined(separator: "; "))
    }

    /// The reason in words for a planner: what it means for the unit and what to do or enter. `measures` are the
    /// framework's, to say a value as its kind does (`có`, `30%`) and whether the criterion may not apply ("nếu
    /// có"); a measure not among them is said as a number. `conditions` are the framework's, to say a condition that
    /// is the total (`total` in the record) as the total score rather than by its ID.
    package func words(measures: [Measure], conditions: [Condition] = []) -> LocalizedText {
        switch self {
        case .alreadyThere:
            LocalizedText(vi: "đã đạt mục tiêu", en: "already at the target")
        case .costedFromZero(let keys):
            LocalizedText(
                vi: "chưa có số liệu cho \(keys.joined(separator: ", ")): chi phí được tính từ 0; nhập số liệu thực "
                    + "để có chi phí đúng",
                en: "no figure yet for \(keys.joined(separator: ", ")): costed from 0; enter the real figures for the "
                    + "true cost")
        case .unproved:
            PlanWords.unproved
        case .noPlan:
            LocalizedText(
                vi: "không có phương án nào đạt mục tiêu với các chi phí đã cho",
                en: "no plan reaches the target with the costs given")
        case .noCostRow(let id, let key):
            LocalizedText(
                vi: "\(id) không thay đổi được: tệp chi phí không có dòng cho \(key); thêm một dòng nếu đơn vị có "
                    + "thể cải thiện tiêu chí này",
                en: "\(id) cannot change: the cost file has no row for \(key); add one if the unit can improve it")
        case .capped(let id, let key, let maximum, let needed):
            Self.capped(id, key, maximum: maximum, needed: needed, measure: measures.first { $0.key == key })
        case .subordinates(let id):
            LocalizedText(
                vi: "\(id) phụ thuộc vào mức của các đơn vị cấp dưới, mà phương án này không thay đổi: cho số liệu "
                    + "của chúng (--children) và chi phí của chúng (--children-costs) để tính cả thay đổi ở đó",
                en: "\(id) depends on the subordinate units' levels, which this plan does not change: give their "
                    + "data (--children) and costs (--children-costs) to plan their changes too")
        case .impossible(let id) where conditions.first(where: { $0.id == id })?.tags.contains(.total) == true:
            LocalizedText(
                vi: "tổng điểm không thể đạt mức mục tiêu yêu cầu, kể cả khi thay đổi mọi tiêu chí trong giới hạn của "
                    + "tệp chi phí: thêm dòng chi phí cho các tiêu chí chưa có, hoặc nâng cột max của chúng",
                en: "the total score cannot reach what the target asks, even with every change the cost file allows: "
                    + "add cost rows for the criteria that have none, or raise their max")
        case .impossible(let id):
            LocalizedText(
                vi: "không giá trị nào mà tệp chi phí cho phép đáp ứng chỉ tiêu của \(id) ở mục tiêu này; kiểm tra "
                    + "các dòng của \(id) trong tệp chi phí",
                en: "no value the cost file allows meets what the target asks of \(id); check its rows in the cost "
                    + "file")
        case .quoted(let text):
            LocalizedText(vi: text, en: text)
        }
    }

    /// A criterion capped below what the target asks: the unit cannot get there by spending, and what to enter
    /// instead (`KAD` for a criterion asked "nếu có", else a higher `max`).
    private static func capped(_ id: String, _ key: String, maximum: Double, needed: Double, measure: Measure?)
        -> LocalizedText
    {
        let value = { (value: Double, language: Language) -> String in
            let numbers = Numerals.text(language)
            switch measure?.kind {
            case .yesNo?: return "“" + (value >= 1 ? Phrase.yes : Phrase.no).text.text(in: language) + "”"
            case .percent?: return numbers.quantity(value) + "%"
            default: return numbers.quantity(value)
            }
        }
        let named = id == key ? id : "\(id) (\(key))"
        var vi =
            "\(named) cần \(value(needed, .vi)), nhưng tệp chi phí giới hạn đơn vị này ở \(value(maximum, .vi)) "
            + "(cột max): chi thêm cũng không đạt"
        var en =
            "\(named) must be \(value(needed, .en)), but the cost file caps this unit at \(value(maximum, .en)) "
            + "(max column): spending cannot get there"
        if measure?.isConditional == true {
            vi += ". Nếu tiêu chí không áp dụng cho đơn vị (“nếu có”), ghi KAD cho \(key) trong tệp dữ liệu"
            en += ". If the criterion does not concern the unit (asked “if any”), enter KAD for \(key) in the data file"
        } else {
            vi += ". Nếu đơn vị làm được hơn, nâng cột max của \(key) trong tệp chi phí"
            en += ". If the unit can do more, raise \(key)'s max in the cost file"
        }
        return LocalizedText(vi: vi, en: en)
    }
}
