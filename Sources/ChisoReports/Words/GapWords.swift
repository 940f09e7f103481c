package import ChisoCore

/// The words of a gap, in Vietnamese and English: what the unit has now and what the target asks.
package enum GapWords {
    /// The current and required texts of a shortfall, numbers in plain style: `72.5` and `≥80`, `no` and `yes`,
    /// `missing` and the subordinate units to give.
    package static func figures(_ shortfall: Gap.Shortfall, scheme: any ScoringScheme)
        -> (current: LocalizedText, required: LocalizedText)
    {
        let yesNo = { (measure: Int?) in measure.map { scheme.measures[$0].kind == .yesNo } ?? false }
        let value = { (value: Double?, measure: Int?) -> LocalizedText in
            guard let value else { return Phrase.missing.text }
            return yesNo(measure) ? (value >= 1 ? Phrase.yes : Phrase.no).text : same(Numerals.plain.points(value))
        }
        switch shortfall {
        case .value(let current, let least, let inclusive, let measure):
            let required =
                yesNo(measure) ? Phrase.yes.text : same((inclusive ? "" : ">") + Numerals.plain.points(least))
            return (value(current, measure), required)
        case .unmet(let current, let requirement, let measure):
            return (
                value(current, measure),
                ConditionWords.requirement(requirement, measures: scheme.measures, style: .plain)
            )
        case .subordinateClass(let current, let needed):
            return (same(String(current)), same(String(needed)))
        case .subordinatesNotGiven:
            return (
                Phrase.missing.text,
                LocalizedText(vi: "các đơn vị cấp dưới (--children)", en: "subordinate units (--children)")
            )
        case .subordinatesUnnamed(let children, let unreadable):
            let current =
                children == 0 && unreadable == 0
                ? Phrase.noSubordinates.text
                : LocalizedText(
                    vi: "\(unreadable) đơn vị cấp dưới không đọc được", en: "\(unreadable) subordinate units unreadable"
                )
            return (
                current,
                LocalizedText(
                    vi: "các đơn vị cấp dưới đạt mức cần có (--children)",
                    en: "subordinate units at their level (--children)")
            )
        }
    }

    /// What a gap table says when there is no gap.
    package static let none = LocalizedText(
        vi: "Không có khoảng cách: mọi đơn vị được hỏi đều đã đạt mục tiêu.",
        en: "No gaps: every unit asked about already reaches the target.")

    /// The line under a gap table: how many gaps for how many units.
    package static func summary(gaps: Int, units: Int) -> LocalizedText {
        LocalizedText(
            vi: "\(gaps) khoảng cách ở \(units) đơn vị.",
            en: "\(gaps) \(gaps == 1 ? "gap" : "gaps") for \(units) \(units == 1 ? "unit" : "units").")
    }

    /// The same text in both languages: a number, an ID.
    private static func same(_ text: String) -> LocalizedText { LocalizedText(vi: text, en: text) }
}
