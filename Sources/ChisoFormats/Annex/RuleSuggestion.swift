import Foundation

/// A point rule suggested from the Vietnamese wording of `Cách xác định và tính điểm`, for the officer to confirm:
/// never taken as given, always flagged, with the wording it came from kept.
///
/// Wordings understood: `Tỷ lệ = a/b … Điểm tối đa` (ratio); items `… N lần/năm: X điểm; … Còn lại: 0 điểm` (steps on a
/// count); items `…: Điểm tối đa; …: 1/2*Điểm tối đa; …: 0 điểm` or `Có: x điểm; Không: 0 điểm` (choice, needing
/// one item at the maximum and one at 0); `Đạt: …; Không đạt: 0` (yes/no). Anything else gives no suggestion.
public struct RuleSuggestion: Hashable, Sendable {
    /// Which wording the suggestion was read from.
    public enum Wording: String, Hashable, Sendable, CaseIterable {
        /// `Tỷ lệ = a/b; Điểm = Tỷ lệ*Điểm tối đa`.
        case ratio
        /// `N lần/năm: X điểm` items.
        case stepsOnCount
        /// `answer: points` items, one at the maximum and one at 0.
        case choice
        /// `Đạt: …; Không đạt: 0`.
        case yesNo
    }

    /// The rule suggested.
    public var rule: PointRuleWords
    /// The wording it was read from.
    public var wording: Wording
    /// The method text as written.
    public var text: String

    /// The rule `method` suggests for a node worth `maximum` points, or `nil` when its wording is not understood.
    public static func suggest(from method: String, maximum: Double) -> RuleSuggestion? {
        let key = AnnexText.cleaned(method, lineBreak: "; ").lowercased()
        if key.contains("a/b"), key.contains("tỷ lệ") || key.contains("tỉ lệ") {
            return RuleSuggestion(rule: .ratio, wording: .ratio, text: method)
        }
        let items = items(AnnexText.cleaned(method, lineBreak: "; "), maximum: maximum)
        guard items.count >= 2 else { return nil }
        let labels = items.map { $0.label.lowercased() }
        if labels.count == 2, labels[0] == "đạt", labels[1] == "không đạt", items[0].points == maximum,
            items[1].points == 0
        {
            return RuleSuggestion(rule: .yesNo, wording: .yesNo, text: method)
        }
        if let steps = steps(items) {
            return RuleSuggestion(rule: .steps(steps), wording: .stepsOnCount, text: method)
        }
        let atMaximum = items.filter { $0.points == maximum }.count
        guard atMaximum == 1, items.contains(where: { $0.points == 0 }) else { return nil }
        let choices = items.map { PointRuleWords.Choice(label: $0.label, points: $0.points) }
        return RuleSuggestion(rule: .choice(choices), wording: .choice, text: method)
    }

    /// The `label: points` items of `text`, split at `;` and at ` - ` bullets; empty when one cannot be read.
    static func items(_ text: String, maximum: Double) -> [(label: String, points: Double)] {
        let pieces = text.replacingOccurrences(of: " - ", with: ";").split(separator: ";").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "-. "))
        }.filter { !$0.isEmpty }
        var items: [(label: String, points: Double)] = []
        for piece in pieces {
            guard let colon = piece.lastIndex(of: ":") else { return [] }
            let label = piece[..<colon].trimmingCharacters(in: .whitespaces)
            guard let points = points(piece[piece.index(after: colon)...], maximum: maximum) else { return [] }
            items.append((label, points))
        }
        return items
    }

    /// `X điểm`, `Điểm tối đa`, `1/2*Điểm tối đa` (any `p/q`) as points, or `nil`.
    static func points(_ text: Substring, maximum: Double) -> Double? {
        let key = text.lowercased().filter { $0 != " " }
        if key == "điểmtốiđa" { return maximum }
        if key.hasSuffix("*điểmtốiđa") {
            let fraction = key.dropLast("*điểmtốiđa".count).split(separator: "/")
            guard fraction.count == 2, let top = Double(fraction[0]), let bottom = Double(fraction[1]), bottom > 0
            else { return nil }
            return maximum * top / bottom
        }
        return AnnexText.points(text)
    }

    /// Steps when every item but a last `Còn lại`/`Không` one at 0 names a count (`4 lần`), or `nil`.
    static func steps(_ items: [(label: String, points: Double)]) -> [PointRuleWords.Step]? {
        var steps: [PointRuleWords.Step] = []
        for (index, item) in items.enumerated() {
            let label = item.label.lowercased()
            if let count = count(in: label) {
                steps.append(PointRuleWords.Step(atLeast: count, points: item.points))
            } else if index != items.count - 1 || item.points != 0 || steps.isEmpty {
                return nil
            }
        }
        return steps
    }

    /// The number before the first `lần` in `label`, or `nil`.
    static func count(in label: String) -> Double? {
        guard let range = label.range(of: " lần") else { return nil }
        let before = label[..<range.lowerBound]
        let digits = before.reversed().prefix(while: { $0.isASCII && $0.isNumber })
        return digits.isEmpty ? nil : Double(String(digits.reversed()))
    }
}
