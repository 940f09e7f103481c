package import ChisoCore
import ChisoFormats

/// The fixed texts of `frameworks list`, `show`, `diff` and `compare`, in Vietnamese and English; the sentences that
/// take numbers or names are made by the static functions below and in `FrameworkWords+Sentences.swift`.
/// Vietnamese is written precomposed (NFC), which a test checks.
package enum FrameworkWords: CaseIterable, Sendable {
    case idColumn, unitColumn, schemeColumn, sourceColumn, nameColumn, groupColumn, maximumColumn, ruleColumn
    case noteColumn, crosswalks, unitMaps, notScored, sumOfChildren, structureOnly, unknown, notesHead
    case changeColumn, fieldColumn, themeColumn, noTheme, allThemes, pointsUnknown, themeReading

    /// The phrase in both languages.
    package var text: LocalizedText {
        let (vi, en) = pair
        return LocalizedText(vi: vi, en: en)
    }

    private var pair: (String, String) {
        switch self {
        case .idColumn: ("Mã", "id")
        case .unitColumn: ("Đơn vị được đánh giá", "unit")
        case .schemeColumn: ("Cách tính", "scheme")
        case .sourceColumn: ("Nguồn", "source")
        case .nameColumn: ("Tên", "name")
        case .groupColumn: ("Nhóm", "group")
        case .maximumColumn: ("Điểm tối đa", "max")
        case .ruleColumn: ("Cách chấm", "rule")
        case .noteColumn: ("Ghi chú", "note")
        case .crosswalks: ("Bảng quy đổi", "Crosswalks")
        case .unitMaps: ("Bảng sắp xếp đơn vị", "Unit maps")
        case .notScored: ("không chấm điểm (0 điểm)", "not scored (0 points)")
        case .sumOfChildren: ("tổng điểm các mục con", "sum of children")
        case .structureOnly: ("chỉ là cấu trúc", "structure only")
        case .unknown: ("chưa biết", "unknown")
        case .notesHead: ("Ghi chú của chiso về cách đọc nguồn (bằng tiếng Anh):", "Notes:")
        case .changeColumn: ("Thay đổi", "change")
        case .fieldColumn: ("Thuộc tính", "field")
        case .themeColumn: ("Chủ đề của chiso", "chiso theme")
        case .noTheme: ("(không có chủ đề)", "(no theme)")
        case .allThemes: ("Tất cả", "all")
        case .pointsUnknown: ("chưa biết điểm", "points unknown")
        case .themeReading:
            (
                "Khung chấm điểm: tỷ lệ điểm của mỗi chủ đề trong điểm của các mục lá được chấm. Khung theo mức: số "
                    + "tiêu chí của mỗi chủ đề, tỷ lệ của chúng trong mọi tiêu chí, và số tiêu chí mức cao nhất yêu "
                    + "cầu. Chủ đề là cách chiso phân loại mỗi tiêu chí hoặc mục (khóa \"theme\" của tệp khung); các "
                    + "quyết định không định nghĩa chủ đề, và một chủ đề không phải một nhóm hay chỉ số chính của "
                    + "quyết định dù tên giống nhau: nó đếm các tiêu chí chiso xếp vào, từ bất kỳ nhóm nào. --format "
                    + "csv cho từng mức.",
                "Point frameworks: each theme's share of the points of the scored leaves. Level frameworks: the "
                    + "criteria of each theme, their share of all criteria, and how many the top level asks for. "
                    + "Themes are chiso's classification of each criterion or node (the \"theme\" key of the framework "
                    + "files); the decisions do not define them, and a theme is not a decision's group or main index "
                    + "even where the words are alike: it counts the criteria chiso puts under it, from any group. "
                    + "--format csv gives every level."
            )
        }
    }

    /// The numbers of each language in the text outputs.
    static let (vi, en) = (Numerals.text(.vi), Numerals.text(.en))

    /// The framework's name, source, common scale, classes and notes, as `frameworks show` heads its table.
    package static func describe(_ framework: Framework) -> LocalizedText {
        let provenance = framework.provenance
        var text = LocalizedText(
            vi: "\(framework.id): \(framework.name.vi)\n",
            en: "\(framework.id): \(framework.name.vi)\n  \(framework.name.en)\n")
        text.vi +=
            "Căn cứ: Quyết định \(provenance.decision) ngày \(vietnameseDate(provenance.date)) của "
            + provenance.issuer.vi
            + (provenance.part.map { ", \($0)" } ?? "") + "\n"
        text.en +=
            "Source: Decision \(provenance.decision) of \(provenance.date), \(provenance.issuer.vi) "
            + "(\(provenance.issuer.en))" + (provenance.part.map { ", \($0)" } ?? "") + "\n"
        if let child = framework.childFramework {
            text.vi += "Đơn vị cấp dưới được chấm theo khung: \(child)\n"
            text.en += "Subordinate units are scored with: \(child)\n"
        }
        let scale = scaleText(framework)
        text.vi += "Thang chung: \(scale.vi)\n"
        text.en += "Common scale: \(scale.en)\n"
        let scheme = framework.wording.describe()
        text.vi += scheme.vi
        text.en += scheme.en
        if !provenance.notes.isEmpty { text.vi += notesHead.text.vi + "\n" }
        for note in provenance.notes {
            text.vi += "- \(note)\n"
            text.en += "- \(note)\n"
        }
        return text
    }

    /// An ISO date as Vietnamese writes it, `2024-12-31` → `31/12/2024`; any other text as it is.
    static func vietnameseDate(_ date: String) -> String {
        let parts = date.split(separator: "-")
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return date }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// The common scale as a reader should see it: which, what it means, and whether the file chose it.
    package static func scaleText(_ framework: Framework) -> LocalizedText {
        let scale = framework.scale
        let chosen = framework.commonScale != nil
        return LocalizedText(
            vi: CompareWords.scale(scale).vi
                + (chosen ? " (do tệp khung đặt)" : " (mặc định; đặt \"commonScale\" để thay đổi)"),
            en: "\(scale.rawValue): \(scale.explanation) ("
                + (chosen ? "as the file sets" : "the default; set \"commonScale\" to change it") + ")")
    }

    /// A leaf rule as short text: `ratio`, `steps ≥90→2, ≥70→1`, `linear 20→80`; `tỷ lệ`, `bậc ≥90→2; ≥70→1`.
    package static func rule(_ rule: LeafRule) -> LocalizedText {
        let plain = Numerals.plain
        switch rule {
        case .steps(let steps):
            let written = { (numbers: Numerals) in
                steps.map { "≥\(numbers.quantity($0.atLeast))→\(numbers.quantity($0.points))" }
            }
            return LocalizedText(
                vi: "bậc " + written(vi).joined(separator: "; "), en: "steps " + written(plain).joined(separator: ", "))
        case .linear(let floor, let target):
            return LocalizedText(
                vi: "tuyến tính \(vi.quantity(floor))→\(vi.quantity(target))",
                en: "linear \(plain.quantity(floor))→\(plain.quantity(target))")
        case .choice(let choices):
            let written = { (numbers: Numerals, most: String) in
                choices.map { choice in
                    let share = choice.fraction.map { "\(numbers.quantity($0))×\(most)" }
                    return "\(choice.category.value)→\(share ?? numbers.quantity(choice.points ?? 0))"
                }
            }
            return LocalizedText(
                vi: "lựa chọn " + written(vi, "tối đa").joined(separator: "; "),
                en: "choice " + written(plain, "max").joined(separator: ", "))
        case .points: return LocalizedText(vi: "nhập điểm", en: rule.name)
        case .ratio: return LocalizedText(vi: "tỷ lệ 0–1 của điểm tối đa", en: rule.name)
        case .proportional: return LocalizedText(vi: "theo tỷ lệ phần trăm", en: rule.name)
        case .yesNo: return LocalizedText(vi: "có/không", en: rule.name)
        }
    }

    /// A node's rule in `frameworks show`: information only, not scored, a sum, or its leaf rule.
    package static func nodeRule(_ node: PointNode) -> LocalizedText {
        if node.isInformationOnly { return Phrase.informationOnly.text }
        if !node.isScored { return notScored.text }
        if !node.children.isEmpty { return sumOfChildren.text }
        return node.rule.map(rule) ?? LocalizedText(vi: "", en: "")
    }

    /// The lines under `frameworks list`: the built-in crosswalks and unit maps.
    package static func listTrailer(crosswalks: [String], unitMaps: [String]) -> LocalizedText {
        LocalizedText(
            vi: "\n\(self.crosswalks.text.vi) (chiso crosswalk --map ID): \(crosswalks.joined(separator: ", "))\n"
                + "\(self.unitMaps.text.vi) (chiso regroup --map ID): \(unitMaps.joined(separator: ", "))",
            en: "\n\(self.crosswalks.text.en) (chiso crosswalk --map ID): \(crosswalks.joined(separator: ", "))\n"
                + "\(self.unitMaps.text.en) (chiso regroup --map ID): \(unitMaps.joined(separator: ", "))")
    }
}
