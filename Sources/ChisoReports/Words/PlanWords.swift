package import ChisoCore

/// The words of a plan, in Vietnamese and English: why a unit cannot reach its target, or what a reader should know
/// about its plan.
package enum PlanWords {
    /// What a plan says when the planner could not prove it the cheapest.
    package static let unproved = LocalizedText(
        vi: "phương án rẻ nhất tìm được, chưa chứng minh được là rẻ nhất: việc tìm kiếm chính xác đã dừng ở giới hạn "
            + "của nó với bài toán này",
        en: "the cheapest plan found, not proved the cheapest: the exact search stopped at its limit on this problem")

    /// Why a unit cannot reach its target, or what a reader should know about its plan; empty for a plan with
    /// nothing to add.
    package static func reason(_ plan: UnitPlan, scheme: any ScoringScheme) -> LocalizedText {
        switch plan.outcome {
        case .alreadyThere:
            return LocalizedText(vi: "đã đạt mục tiêu", en: "already at the target")
        case .plan, .bestFound:
            let missing = plan.missingChanged.map { scheme.measures[$0].key }.joined(separator: ", ")
            var notes: [LocalizedText] = []
            if !missing.isEmpty {
                notes.append(
                    LocalizedText(
                        vi: "giá trị chưa có số liệu được tính chi phí từ 0: \(missing)",
                        en: "missing values costed from 0: \(missing)"))
            }
            if !plan.outcome.isProvedOptimal { notes.append(unproved) }
            return joined(notes)
        case .unreachable(let obstacles):
            guard !obstacles.isEmpty else {
                return LocalizedText(vi: "không có phương án nào đạt mục tiêu", en: "no plan reaches the target")
            }
            return joined(obstacles.map { obstacle($0, scheme: scheme) })
        }
    }

    /// What keeps one condition from the target.
    private static func obstacle(_ obstacle: PlanOutcome.Obstacle, scheme: any ScoringScheme) -> LocalizedText {
        let id = scheme.conditions.indices.contains(obstacle.condition) ? scheme.conditions[obstacle.condition].id : "?"
        switch obstacle.reason {
        case .noCost(let measure):
            let key = scheme.measures[measure].key
            return LocalizedText(
                vi: "\(id): tệp chi phí không có dòng cho \(key), nên giá trị này không thay đổi được",
                en: "\(id): no cost row for \(key), so it cannot change")
        case .capped(let measure, let maximum, let needed):
            let key = scheme.measures[measure].key
            let (most, need) = (Numerals.plain.planned(maximum), Numerals.plain.planned(needed))
            return LocalizedText(
                vi: "\(id): tệp chi phí cho \(key) lên tối đa \(most) (cột max), nhưng cần \(need)",
                en: "\(id): \(key) is capped at \(most) and needs \(need)")
        case .subordinates:
            return LocalizedText(
                vi: "\(id): phụ thuộc vào các đơn vị cấp dưới, mà phương án này không thay đổi",
                en: "\(id): depends on the subordinate units, which this plan does not change")
        case .impossible:
            return LocalizedText(
                vi: "\(id): không thể đạt với chi phí đã cho", en: "\(id): cannot be met with the costs given")
        }
    }

    private static func joined(_ notes: [LocalizedText]) -> LocalizedText {
        LocalizedText(
            vi: notes.map(\.vi).joined(separator: "; "), en: notes.map(\.en).joined(separator: "; "))
    }
}
