package import ChisoCore
package import ChisoFormats

/// The words of a plan, in Vietnamese and English: why a unit cannot reach its target, or what a reader should know
/// about its plan.
package enum PlanWords {
    /// What a plan says when the planner could not prove it the cheapest.
    package static let unproved = LocalizedText(
        vi: "phương án rẻ nhất tìm được, chưa chứng minh được là rẻ nhất: việc tìm kiếm chính xác đã dừng ở giới hạn "
            + "của nó với bài toán này",
        en: "the cheapest plan found, not proved the cheapest: the exact search stopped at its limit on this problem")

    /// The warning on standard error for a plan not proved the cheapest.
    package static func unprovedNotice(unit: String) -> LocalizedText {
        LocalizedText(
            vi: "đơn vị \(unit): \(unproved.vi); chi phí của phương án là cận trên",
            en: "unit \(unit): \(unproved.en); its cost is an upper bound")
    }

    /// Why a unit cannot reach its target, or what a reader should know about its plan, in words for a planner;
    /// empty for a plan with nothing to add.
    package static func reason(_ plan: UnitPlan, scheme: any ScoringScheme) -> LocalizedText {
        PlanReason.words(
            PlanReason.reasons(of: plan, scheme: scheme), measures: scheme.measures, conditions: scheme.conditions)
    }

    /// The columns of the plan table.
    package static let columns = [
        LocalizedText(vi: "Mã đơn vị", en: "unit_id"), LocalizedText(vi: "Tên đơn vị", en: "unit_name"),
        LocalizedText(vi: "Hiện tại", en: "now"), LocalizedText(vi: "Mục tiêu", en: "target"),
        LocalizedText(vi: "Chi phí", en: "cost"), LocalizedText(vi: "Thay đổi", en: "changes"),
    ]

    /// A value the data leaves empty, in a change of the table.
    package static let noFigure = LocalizedText(vi: "chưa có số liệu", en: "missing")

    /// Changes listed in a table cell, the first `keep` of them and how many more: `A, B (+3 more)`.
    package static func abbreviated(_ changes: [String], keep: Int, in language: Language) -> String {
        guard changes.count > keep else { return changes.joined(separator: ", ") }
        let more = Numerals.text(language).integer(changes.count - keep)
        let shown = changes.prefix(keep).joined(separator: ", ")
        return shown + (language == .vi ? " (và \(more) thay đổi khác)" : " (+\(more) more)")
    }

    /// A class as a table names it in `language`: a level number, a tier's name; an index target (`chỉ số ≥ 0.7`)
    /// with the language's numbers (`chỉ số ≥ 0,7`).
    package static func className(_ name: LocalizedText, in language: Language) -> String {
        let text = name.text(in: language)
        for prefix in ["chỉ số ≥ ", "chỉ số < ", "index ≥ ", "index < "] where text.hasPrefix(prefix) {
            guard let index = Double(text.dropFirst(prefix.count)) else { return text }
            return prefix + Numerals.text(language).quantity(index)
        }
        return text
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
            vi: "\(Numerals.text(.vi).integer(count)) thay đổi ở \(units)",
            en: "\(Numerals.text(.en).integer(count)) \(count == 1 ? "change" : "changes") in \(units)")
    }

    /// The cost cell of a plan that cannot reach its target.
    package static let unreachable = LocalizedText(vi: "không thể đạt", en: "unreachable")

    /// The line a budget adds under the plans: what it funds, what it spends and what it leaves.
    package static func budget(_ budget: Double, funded: [String], spent: Double) -> LocalizedText {
        let units = funded.joined(separator: ", ")
        let (vi, en) = (Numerals.text(.vi), Numerals.text(.en))
        return LocalizedText(
            vi: "Ngân sách \(vi.points(budget)): cấp kinh phí cho \(vi.integer(funded.count)) phương án (\(units)), "
                + "đã chi \(vi.points(spent)), còn lại \(vi.points(budget - spent)).",
            en: "Budget \(en.points(budget)): \(en.integer(funded.count)) \(funded.count == 1 ? "plan" : "plans") "
                + "funded (\(units)), \(en.points(spent)) spent, \(en.points(budget - spent)) left unspent.")
    }

    /// The line under the plans: how many units can reach the target, for how much, and whether every plan is
    /// proved the cheapest.
    package static func summary(units: Int, reachable: Int, total: Double, unproved: Int) -> LocalizedText {
        let (local, plain) = (Numerals.text(.vi), Numerals.text(.en))
        var vi =
            "\(local.integer(units)) đơn vị; \(local.integer(reachable)) đơn vị có thể đạt mục tiêu, tổng chi phí "
            + "\(local.points(total)). "
        var en =
            "\(plain.integer(units)) \(units == 1 ? "unit" : "units"); \(plain.integer(reachable)) can reach the "
            + "target, for \(plain.points(total)) in all. "
        if unproved == 0 {
            vi += "Mỗi phương án là rẻ nhất có thể (tìm kiếm chính xác)."
            en += "Each plan is the cheapest there is (exact search)."
        } else {
            vi +=
                "Mỗi phương án là rẻ nhất có thể (tìm kiếm chính xác), trừ \(local.integer(unproved)) phương án chưa chứng minh được là "
                + "rẻ nhất (xem cột thay đổi)."
            en +=
                "Each plan is the cheapest there is (exact search), except \(plain.integer(unproved)) "
                + "\(unproved == 1 ? "plan" : "plans") the search could not prove the cheapest (see their changes column)."
        }
        return LocalizedText(vi: vi, en: en)
    }
}
