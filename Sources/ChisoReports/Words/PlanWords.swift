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

    /// What a funded plan's changes are prefixed with in the table, when it is not funded or not proved the cheapest.
    package static func changesNote(funded: Bool?, proved: Bool) -> LocalizedText {
        LocalizedText(
            vi: (funded == false ? "không được cấp kinh phí: " : "") + (proved ? "" : "có thể chưa rẻ nhất: "),
            en: (funded == false ? "not funded: " : "") + (proved ? "" : "may not be the cheapest: "))
    }

    /// The changes a district's plan makes in its communes: `3 changes in X01, X02`.
    package static func subordinateChanges(_ count: Int, in units: String) -> LocalizedText {
        LocalizedText(
            vi: "\(count) thay đổi ở \(units)", en: "\(count) \(count == 1 ? "change" : "changes") in \(units)")
    }

    /// The cost cell of a plan that cannot reach its target.
    package static let unreachable = LocalizedText(vi: "không thể đạt", en: "unreachable")

    /// The line a budget adds under the plans: what it funds, what it spends and what it leaves.
    package static func budget(_ budget: Double, funded: [String], spent: Double) -> LocalizedText {
        let money = Numerals.plain.points
        let units = funded.joined(separator: ", ")
        return LocalizedText(
            vi: "Ngân sách \(money(budget)): cấp cho \(funded.count) phương án (\(units)), đã chi \(money(spent)), "
                + "còn lại \(money(budget - spent)).",
            en: "Budget \(money(budget)): \(funded.count) \(funded.count == 1 ? "plan" : "plans") funded (\(units)), "
                + "\(money(spent)) spent, \(money(budget - spent)) left unspent.")
    }

    /// The line under the plans: how many units can reach the target, for how much, and whether every plan is
    /// proved the cheapest.
    package static func summary(units: Int, reachable: Int, total: Double, unproved: Int) -> LocalizedText {
        let money = Numerals.plain.points(total)
        var vi = "\(units) đơn vị; \(reachable) đơn vị có thể đạt mục tiêu, tổng chi phí \(money). "
        var en = "\(units) \(units == 1 ? "unit" : "units"); \(reachable) can reach the target, for \(money) in all. "
        if unproved == 0 {
            vi += "Mỗi phương án là rẻ nhất có thể (tìm kiếm chính xác)."
            en += "Each plan is the cheapest there is (exact search)."
        } else {
            vi +=
                "Mỗi phương án là rẻ nhất có thể (tìm kiếm chính xác), trừ \(unproved) phương án chưa chứng minh được là "
                + "rẻ nhất (xem cột thay đổi)."
            en +=
                "Each plan is the cheapest there is (exact search), except \(unproved) "
                + "\(unproved == 1 ? "plan" : "plans") the search could not prove the cheapest (see their changes column)."
        }
        return LocalizedText(vi: vi, en: en)
    }

    private static func joined(_ notes: [LocalizedText]) -> LocalizedText {
        LocalizedText(
            vi: notes.map(\.vi).joined(separator: "; "), en: notes.map(\.en).joined(separator: "; "))
    }
}
