package import ChisoCore

/// The words of a what-if, in Vietnamese and English.
package enum WhatIfWords {
    /// The mark of a subordinate unit's row in the table.
    package static let subordinate = LocalizedText(vi: "cấp dưới", en: "subordinate")

    /// The columns of the table: the unit, its mark, its class (named by the scheme's `classNoun`: `Mức`, `Xếp
    /// loại`) or for a framework without tiers (`nil`) its index, its score and its rank.
    package static func columns(classNoun: LocalizedText?) -> [LocalizedText] {
        let classColumn =
            classNoun.map { LocalizedText(vi: $0.vi.prefix(1).uppercased() + $0.vi.dropFirst(), en: "class") }
            ?? LocalizedText(vi: "Chỉ số", en: "index")
        return [
            LocalizedText(vi: "Mã đơn vị", en: "unit_id"), LocalizedText(vi: "Tên đơn vị", en: "unit_name"),
            LocalizedText(vi: "", en: ""), classColumn,
            LocalizedText(vi: "Điểm", en: "score"), LocalizedText(vi: "Thứ hạng", en: "rank"),
        ]
    }

    /// The line under the table: how many units changed or were affected and how many rise; for a framework without
    /// tiers (`untiered`, its ID), how many indices rise and why no class is shown.
    /// `classNoun` names what rises (`mức`, `xếp loại`).
    package static func summary(
        units: Int, raised: Int, untiered framework: String?, classNoun: LocalizedText = LocalizedText(vi: "", en: "")
    ) -> LocalizedText {
        let (vi, en) = (Numerals.text(.vi), Numerals.text(.en))
        let changed = LocalizedText(
            vi: "\(vi.integer(units)) đơn vị thay đổi hoặc chịu ảnh hưởng; ",
            en: "\(en.integer(units)) \(units == 1 ? "unit" : "units") changed or affected; ")
        guard let framework else {
            return LocalizedText(
                vi: changed.vi + "\(vi.integer(raised)) đơn vị lên "
                    + (classNoun.vi.isEmpty ? "" : classNoun.vi + " ") + "cao hơn.",
                en: changed.en + "\(en.integer(raised)) rise.")
        }
        return LocalizedText(
            vi: changed.vi
                + "\(vi.integer(raised)) đơn vị tăng chỉ số. \(framework) không có xếp loại: chỉ hiện chỉ số "
                + "và thứ hạng.",
            en: changed.en
                + "\(en.integer(raised)) \(raised == 1 ? "index rises" : "indices rise"). \(framework) has no "
                + "tiers: the index and rank are shown, and no class.")
    }
}
