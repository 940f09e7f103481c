package import ChisoCore

/// The words of the report's index of units and of the choice of units that get a section (`--units`), in
/// Vietnamese and English (NFC, which a test checks).
package enum UnitSectionWords {
    /// Over the index when the units named with `--units` (or `--unit`) get a section.
    package static let named = LocalizedText(
        vi: "Mục giải thích riêng dành cho các đơn vị nêu bằng --units.",
        en: "The units named with --units have a section of their own.")

    /// Over the index when a cohort has too many units for a section each by default: only the index is shown,
    /// and how to get sections.
    package static func tooMany(units: String, limit: String) -> LocalizedText {
        LocalizedText(
            vi: "Có \(units) đơn vị, nhiều hơn \(limit), nên báo cáo chỉ có danh sách rút gọn dưới đây, mỗi đơn vị "
                + "một dòng. Để thêm mục giải thích của từng đơn vị, chạy lại với --units MÃ,MÃ (các đơn vị cần xem) "
                + "hoặc --units all (mọi đơn vị).",
            en: "There are \(units) units, more than \(limit), so the report has only the compact index below, one "
                + "line per unit. To add each unit's explanation, run again with --units ID,ID (the units wanted) or "
                + "--units all (every unit).")
    }

    /// Over the index when `--units none` asked for no section.
    package static let none = LocalizedText(
        vi: "Báo cáo chỉ có danh sách rút gọn (--units none). Để thêm mục giải thích của từng đơn vị, chạy lại với "
            + "--units MÃ,MÃ hoặc --units all.",
        en: "The report has only the compact index (--units none). To add each unit's explanation, run again with "
            + "--units ID,ID or --units all.")

    /// The heading of the index's column of what blocks the next class: the first blocker, and how many more.
    package static let mainBlockerColumn = LocalizedText(vi: "Cản trở chính", en: "Main blocker")

    /// The first blocker and how many more there are: `CQS.01 (+12)`.
    package static func mainBlocker(_ first: String, more: String?) -> String {
        more.map { "\(first) (+\($0))" } ?? first
    }

    /// Every fixed text, for the test of both languages.
    package static var all: [LocalizedText] {
        [named, tooMany(units: "31", limit: "30"), none, mainBlockerColumn]
    }
}
