import ChisoCore
import Foundation

/// The words of a point framework's table, both ways: the reader accepts the Vietnamese word (case as written) and
/// the English raw value; the writer writes the Vietnamese word. Numbers are written as chiso's CSV writes them
/// (`0.5`); the reader takes `0,5` too.
enum PointTableWords {
    /// The kind a `Đo bằng` cell names, or `nil` when it names none.
    static func measure(_ text: String) -> MeasureKind? { AnnexMeasureWords.kind(text) }

    /// The word the writer writes for `kind`.
    static func word(_ kind: MeasureKind) -> String { AnnexMeasureWords.word(kind) }

    /// A yes/no cell (``AnnexMeasureWords/flag(_:)``).
    static func flag(_ text: String) -> Bool? { AnnexMeasureWords.flag(text) }

    /// `value` as chiso's CSV writes numbers: `0.5`, `20`.
    static func number(_ value: Double) -> String { NumberText.shortest(value) }

    /// A share of a maximum, 0…1, as a percentage where that reads back exactly (`90%`), else as a plain share
    /// (`0.333`).
    static func share(_ fraction: Double) -> String {
        let percent = number(fraction * 100)
        if let read = Double(percent), read / 100 == fraction { return percent + "%" }
        return number(fraction)
    }

    /// The share a cell gives: `90%`, `0,9`, `90% × Điểm tối đa`, `1/2 × Điểm tối đa`, `Điểm tối đa`; `nil` for
    /// anything else or a share outside 0…1.
    static func share(of text: String) -> Double? {
        let cleaned = Substring(AnnexText.cleaned(text))
        if let fraction = PointRuleWords.fraction(cleaned) { return fraction }
        let share: Double?
        if cleaned.hasSuffix("%") {
            share = AnnexText.leadingNumber(cleaned.dropLast()).flatMap { $0.rest.isEmpty ? $0.value / 100 : nil }
        } else {
            share = AnnexText.leadingNumber(cleaned).flatMap { $0.rest.isEmpty ? $0.value : nil }
        }
        return share.flatMap { (0...1).contains($0) ? $0 : nil }
    }

    /// The rule cell's words for a leaf's rule: `4: 20; 3: 15`, `Có=5; Không=0`, `a/b`, `Có/Không`, `50 → 100`,
    /// `điểm`, `phần trăm`.
    static func text(of rule: PointRuleWords) -> String {
        switch rule {
        case .points: "điểm"
        case .proportional: "phần trăm"
        case .ratio: "a/b"
        case .yesNo: "Có/Không"
        case .linear(let floor, let target): "\(number(floor)) → \(number(target))"
        case .steps(let steps): steps.map { "\(number($0.atLeast)): \(number($0.points))" }.joined(separator: "; ")
        case .choice(let choices):
            choices.map { choice in
                let worth =
                    choice.points.map(number)
                    ?? (choice.fraction == 1 ? "Điểm tối đa" : "\(share(choice.fraction ?? 0)) × Điểm tối đa")
                return "\(choice.label)=\(worth)"
            }.joined(separator: "; ")
        }
    }

    /// A leaf's rule in the table's words, its answers named by their Vietnamese names.
    static func words(for rule: LeafRule) -> PointRuleWords {
        switch rule {
        case .points: .points
        case .proportional: .proportional
        case .ratio: .ratio
        case .yesNo: .yesNo
        case .linear(let floor, let target): .linear(floor: floor, target: target)
        case .steps(let steps): .steps(steps.map { PointRuleWords.Step(atLeast: $0.atLeast, points: $0.points) })
        case .choice(let choices):
            .choice(
                choices.map { choice in
                    var words = PointRuleWords.Choice(label: choice.category.name.vi, points: 0)
                    words.points = choice.points
                    words.fraction = choice.fraction
                    return words
                })
        }
    }

    /// A code for an answer from its Vietnamese label: lowercase ASCII words joined by dashes (`Chưa có` →
    /// `chua-co`).
    static func slug(_ label: String) -> String {
        var slug = ""
        for character in TextNormalization.folded(label) {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug
    }

    /// Where a cell is, as a comment says it: `Khung!B12` in a workbook, `hàng 12` in a CSV file.
    static func place(sheet: String?, line: Int, column: Int?) -> String {
        guard let sheet else { return "hàng \(line)" }
        return "\(sheet)!\(column.map(Diagnostic.columnLetters) ?? "")\(line)"
    }
}
