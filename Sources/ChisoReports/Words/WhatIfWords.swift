package import ChisoCore

/// The words of a what-if, in Vietnamese and English.
package enum WhatIfWords {
    /// The mark of a subordinate unit's row in the table.
    package static let subordinate = LocalizedText(vi: "cấp dưới", en: "subordinate")

    /// The line under the table: how many units changed or were affected and how many rise; for a framework without
    /// tiers (`untiered`, its ID), how many indices rise and why no class is shown.
    package static func summary(units: Int, raised: Int, untiered framework: String?) -> LocalizedText {
        let changed = LocalizedText(
            vi: "\(units) đơn vị thay đổi hoặc chịu ảnh hưởng; ",
            en: "\(units) \(units == 1 ? "unit" : "units") changed or affected; ")
        guard let framework else {
            return LocalizedText(vi: changed.vi + "\(raised) đơn vị lên.", en: changed.en + "\(raised) rise.")
        }
        return LocalizedText(
            vi: changed.vi + "\(raised) chỉ số tăng. \(framework) không có xếp loại: chỉ hiện chỉ số và thứ hạng, "
                + "không có xếp loại.",
            en: changed.en + "\(raised) \(raised == 1 ? "index rises" : "indices rise"). \(framework) has no tiers: "
                + "the index and rank are shown, and no class.")
    }
}
