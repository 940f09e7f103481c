package import ChisoCore

/// The fixed lines of an explanation, in Vietnamese and English: which unit and framework it is about, and the
/// legend under its table.
package enum ExplanationWords {
    /// The lines above the table: the unit (its ID, name and parent's ID, as one line each) and the framework, with
    /// the file it was read from when it was not a built-in.
    package static func heading(
        unit: String, name: String?, parent: String?, framework: Framework, file: String?
    ) -> LocalizedText {
        var vi = "Đơn vị \(unit)"
        var en = "Unit \(unit)"
        if let name {
            vi += " — \(name)"
            en += " — \(name)"
        }
        if let parent {
            vi += " (cấp trên \(parent))"
            en += " (parent \(parent))"
        }
        let source = "\(framework.id) (\(framework.provenance.decision))"
        vi += "\nKhung đánh giá: \(source)" + (file.map { ", từ \($0)\n" } ?? "\n")
        en += "\nFramework: \(source)" + (file.map { ", from \($0)\n" } ?? "\n")
        return LocalizedText(vi: vi, en: en)
    }

    /// The explanation table's column of condition IDs.
    package static let conditionColumn = LocalizedText(vi: "Mã", en: "criterion")
    /// The explanation table's column of the unit's values.
    package static let valueColumn = LocalizedText(vi: "Giá trị", en: "value")
    /// The explanation table's column of condition names.
    package static let nameColumn = LocalizedText(vi: "Tên", en: "name")

    /// The legend under the table: what each mark means, and the binding mark, which keeps the unit from the next
    /// class (`classNoun`).
    package static func legend(classNoun: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: "✓ đạt  ✗ chưa đạt  · không áp dụng  ? chưa có số liệu (tính là chưa đạt)  * tiêu chí cản trở: giữ "
                + "đơn vị lại, chưa lên \(classNoun.vi) tiếp theo",
            en: "✓ met  ✗ not met  · not applicable  ? missing (counts as not met)  * binding: keeps the unit from "
                + "the next \(classNoun.en)")
    }
}
