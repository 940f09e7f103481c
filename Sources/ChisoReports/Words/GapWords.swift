package import ChisoCore

/// The words of a gap, in Vietnamese and English: what the unit has now and what the target asks.
package enum GapWords {
    /// The current and required texts of a shortfall: `72.5` and `≥80`, `no` and `yes`, `missing` and the subordinate
    /// units to give. Numbers are plain in both languages as CSV and JSON write them, or `inText` as a table writes
    /// them in each language (``Numerals/text(_:)``: `72,5` in Vietnamese).
    package static func figures(_ shortfall: Gap.Shortfall, scheme: any ScoringScheme, inText: Bool = false)
        -> (current: LocalizedText, required: LocalizedText)
    {
        let numbers = { (make: (Numerals) -> String) -> LocalizedText in
            inText ? Numerals.localizedText(make) : same(make(.plain))
        }
        let yesNo = { (measure: Int?) in measure.map { scheme.measures[$0].kind == .yesNo } ?? false }
        let value = { (value: Double?, measure: Int?) -> LocalizedText in
            guard let value else { return Phrase.missing.text }
            return yesNo(measure) ? (value >= 1 ? Phrase.yes : Phrase.no).text : numbers { $0.points(value) }
        }
        switch shortfall {
        case .value(let current, let least, let inclusive, let measure):
            let required = yesNo(measure) ? Phrase.yes.text : numbers { (inclusive ? "" : ">") + $0.points(least) }
            return (value(current, measure), required)
        case .unmet(let current, let requirement, let measure):
            let required =
                inText
                ? ConditionWords.requirement(requirement, measures: scheme.measures)
                : ConditionWords.requirement(requirement, measures: scheme.measures, style: .plain)
            return (value(current, measure), required)
        case .subordinateClass(let current, let needed):
            return (numbers { $0.integer(current) }, numbers { $0.integer(needed) })
        case .subordinatesNotGiven:
            return (
                Phrase.missing.text,
                LocalizedText(
                    vi: "cần số liệu các đơn vị cấp dưới (--children)", en: "subordinate units (--children)")
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

    /// The columns of the gap table: each ID with its name beside it.
    package static let columns = [
        LocalizedText(vi: "Mã đơn vị", en: "unit_id"), LocalizedText(vi: "Tên đơn vị", en: "unit_name"),
        LocalizedText(vi: "Mục tiêu", en: "target"), LocalizedText(vi: "Mã", en: "criterion"),
        LocalizedText(vi: "Tên", en: "name"), LocalizedText(vi: "Hiện tại", en: "current"),
        LocalizedText(vi: "Yêu cầu", en: "required"), LocalizedText(vi: "Còn thiếu", en: "gap"),
        LocalizedText(vi: "Loại", en: "kind"),
    ]

    /// A gap's kind as the table's last column says it: `chỉ tiêu`/`requirement`, `sàn`/`floor`, ….
    package static func kind(_ kind: Gap.Kind) -> LocalizedText {
        switch kind {
        case .requirement: LocalizedText(vi: "chỉ tiêu", en: "requirement")
        case .total: LocalizedText(vi: "tổng điểm", en: "total")
        case .floor: LocalizedText(vi: "sàn", en: "floor")
        case .headroom: LocalizedText(vi: "dư địa", en: "headroom")
        case .subordinate: LocalizedText(vi: "cấp dưới", en: "subordinate")
        }
    }

    /// What a gap table says when there is no gap.
    package static let none = LocalizedText(
        vi: "Không có khoảng cách: mọi đơn vị được hỏi đều đã đạt mục tiêu.",
        en: "No gaps: every unit asked about already reaches the target.")

    /// The line under a gap table: how many gaps for how many units.
    package static func summary(gaps: Int, units: Int) -> LocalizedText {
        let (vi, en) = (Numerals.text(.vi), Numerals.text(.en))
        return LocalizedText(
            vi: "\(vi.integer(gaps)) khoảng cách ở \(vi.integer(units)) đơn vị.",
            en:
                "\(en.integer(gaps)) \(gaps == 1 ? "gap" : "gaps") for \(en.integer(units)) \(units == 1 ? "unit" : "units")."
        )
    }

    /// The same text in both languages: a number, an ID.
    private static func same(_ text: String) -> LocalizedText { LocalizedText(vi: text, en: text) }
}
