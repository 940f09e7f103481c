package import ChisoCore
import ChisoFormats

/// The words every scheme shares for a condition: its requirement at a class, its value, a status, in Vietnamese
/// and English side by side. A scheme's ``SchemeWording`` builds its sentences from these.
package enum ConditionWords {
    /// Condition IDs by index, as files show them.
    package static func ids(_ indices: [Int], in scheme: any ScoringScheme) -> [String] {
        indices.map { scheme.conditions.indices.contains($0) ? scheme.conditions[$0].id : "?" }
    }

    /// A yes/no answer as a table cell: `Có`/`Không` in Vietnamese, `yes`/`no` in English.
    package static func answer(_ flag: Bool) -> LocalizedText {
        LocalizedText(
            vi: (flag ? Phrase.yesWord : Phrase.noWord).text.vi, en: (flag ? Phrase.yes : Phrase.no).text.en)
    }

    /// IDs joined by commas, the first `keep` of them and how many more: `A, B (+3 more)`/`A, B (và 3 mã khác)`.
    package static func abbreviated(_ ids: [String], keep: Int) -> LocalizedText {
        guard ids.count > keep else {
            let all = ids.joined(separator: ", ")
            return LocalizedText(vi: all, en: all)
        }
        let shown = ids.prefix(keep).joined(separator: ", ")
        return LocalizedText(
            vi: shown + " (và \(ids.count - keep) mã khác)", en: shown + " (+\(ids.count - keep) more)")
    }

    /// The one-letter codes of statuses in JSON output.
    package static func code(_ status: CriterionStatus) -> Character {
        switch status {
        case .met: "m"
        case .notMet: "x"
        case .notApplicable: "-"
        case .missing: "?"
        }
    }

    /// A status word: `đạt`/`met`, `chưa đạt`/`not met`, `không áp dụng`/`not applicable`, `thiếu`/`missing`.
    package static func status(_ status: CriterionStatus) -> LocalizedText {
        switch status {
        case .met: Phrase.met.text
        case .notMet: Phrase.notMet.text
        case .notApplicable: Phrase.notApplicable.text
        case .missing: Phrase.missing.text
        }
    }

    /// A requirement as short text: `≥70%`, `có`/`yes`, `≥3 hoặc tỷ lệ ≥100%`/`≥3 or share ≥100%`, a roll-up
    /// `tất cả ≥M2, ≥50% ≥M3`/`all ≥L2, ≥50% ≥L3`, points `≥90`, an index. Where the class asks nothing, plain style
    /// writes `không áp dụng`/`n/a` and local style nothing.
    package static func requirement(_ requirement: ClassRequirement, measures: [Measure], style: NumberStyle)
        -> LocalizedText
    {
        Numerals.localized(style) { text(of: requirement, measures: measures, numbers: $0) }
    }

    private static func text(of requirement: ClassRequirement, measures: [Measure], numbers: Numerals) -> String {
        let language = numbers.language
        switch requirement {
        case .notApplicable:
            return numbers.style == .local ? "" : (language == .vi ? "không áp dụng" : "n/a")
        case .value(let index, let least):
            guard measures.indices.contains(index) else { return "≥" + numbers.quantity(least) }
            let measure = measures[index]
            let prefix = measure.suffix.map { "\(suffixWord($0, numbers)) " } ?? ""
            if measure.kind == .yesNo && least == 1 { return prefix + Phrase.yes.text.text(in: language) }
            return prefix + "≥" + numbers.quantity(least) + (measure.kind == .percent ? "%" : "")
        case .anyOf(let alternatives):
            return alternatives.map { text(of: $0, measures: measures, numbers: numbers) }
                .joined(separator: language == .vi ? " hoặc " : " or ")
        case .subordinates(let rule):
            var text = (language == .vi ? "tất cả " : "all ") + "≥" + numbers.classAbbreviation(rule.allAtLeast)
            if let shareLevel = rule.shareLevel {
                text += ", ≥" + numbers.percent(rule.sharePercent) + " ≥" + numbers.classAbbreviation(shareLevel)
            }
            return text
        case .points(let least, let inclusive):
            return (inclusive ? "≥" : ">") + numbers.points(least)
        case .index(let least, let inclusive):
            let bound = (inclusive ? "≥" : ">") + numbers.quantity(least)
            let word = Phrase.index.text.text(in: language)
            return numbers.style == .plain && language == .en ? "\(bound) \(word)" : "\(word) \(bound)"
        }
    }

    /// A requirement as the text outputs a person reads write it: the Vietnamese with its readers' numbers, the
    /// English in plain style (see ``Numerals/text(_:)``).
    package static func requirement(_ requirement: ClassRequirement, measures: [Measure]) -> LocalizedText {
        let (local, plain) = (
            self.requirement(requirement, measures: measures, style: .local),
            self.requirement(requirement, measures: measures, style: .plain)
        )
        return LocalizedText(vi: local.vi, en: plain.en)
    }

    /// A condition's value as the text outputs a person reads write it: the Vietnamese with its readers' numbers,
    /// the English in plain style.
    package static func value(_ value: Explanation.Value, condition: Condition, measures: [Measure]) -> LocalizedText {
        let (local, plain) = (
            self.value(value, condition: condition, measures: measures, style: .local),
            self.value(value, condition: condition, measures: measures, style: .plain)
        )
        return LocalizedText(vi: local.vi, en: plain.en)
    }

    /// A condition's value as text: `72.5%`/`72,5%`, `yes`/`có`, `3; share 100%`, a roll-up's counts by level,
    /// points; an index with `decimals` places.
    package static func value(
        _ value: Explanation.Value, condition: Condition, measures: [Measure], style: NumberStyle, decimals: Int = 2
    ) -> LocalizedText {
        Numerals.localized(style) { numbers in
            text(of: value, condition: condition, measures: measures, numbers: numbers, decimals: decimals)
        }
    }

    private static func text(
        of value: Explanation.Value, condition: Condition, measures: [Measure], numbers: Numerals, decimals: Int
    ) -> String {
        let say = { (phrase: Phrase) in phrase.text.text(in: numbers.language) }
        switch value {
        case .measures(let values):
            return zip(condition.measures, values).map { index, value in
                guard measures.indices.contains(index) else { return say(.missing) }
                let measure = measures[index]
                let text = self.measure(value, of: measure, numbers: numbers)
                return measure.suffix.map { "\(suffixWord($0, numbers)) \(text)" } ?? text
            }.joined(separator: "; ")
        case .subordinates(let summary):
            return subordinates(summary, numbers: numbers)
        case .points(let earned, let maximum):
            let unknown = numbers.style == .plain ? (numbers.language == .vi ? "chưa biết" : "unknown") : "?"
            return "\(numbers.points(earned)) / \(maximum.map(numbers.points) ?? unknown)"
        case .total(let earned, let maximum, let index):
            let index = numbers.style == .plain ? NumberText.shortest(index) : numbers.fixed(index, decimals: decimals)
            return "\(numbers.points(earned)) / \(numbers.points(maximum)) (\(say(.index)) \(index))"
        case .missingPoints(let maximum):
            return "\(say(.missing)) (0 / \(numbers.points(maximum ?? 0)))"
        case .informationOnly(let input):
            return say(.informationOnly) + (input.map { ": " + numbers.quantity($0) } ?? "")
        }
    }

    /// A roll-up's value: how many subordinate units are at each level.
    private static func subordinates(_ summary: ChildLevelSummary?, numbers: Numerals) -> String {
        let say = { (phrase: Phrase) in phrase.text.text(in: numbers.language) }
        guard let children = summary else { return say(.noSubordinatesGiven) }
        guard children.totalWithUnreadable > 0 else { return say(.noSubordinates) }
        let counts = children.counts.enumerated().filter { $0.element > 0 }
            .map { "\(numbers.classAbbreviation($0.offset)): \(numbers.integer($0.element))" }
        let vi = numbers.language == .vi
        let recognised =
            numbers.style == .plain && children.isRecognised
            ? (vi ? "mức đã được công nhận " : "recognised levels ") : ""
        var text =
            "\(numbers.integer(children.total)) \(say(.unitsWord)) (\(recognised)\(counts.joined(separator: ", ")))"
        if !children.unreadable.isEmpty {
            text += (vi ? " và " : " and ") + numbers.integer(children.unreadable.count) + " " + say(.unreadable)
        }
        return text
    }

    /// One measure's value: `72.5%`/`72,5%`, `yes`/`có`, `3`, a choice's name; `missing`/`thiếu` for `nil`.
    package static func measure(_ value: Double?, of measure: Measure, numbers: Numerals) -> String {
        let say = { (phrase: Phrase) in phrase.text.text(in: numbers.language) }
        guard let value else { return say(.missing) }
        if value.isNaN { return say(.notApplicableToUnit) }
        switch measure.kind {
        case .percent:
            return numbers.style == .plain
                ? NumberText.shortest(value) + "%" : LocaleNumbers(numbers.language).percent(value, decimals: 2)
        case .yesNo: return value >= 1 ? say(.yes) : say(.no)
        case .count, .points, .ratio, .number: return numbers.quantity(value)
        case .choice:
            let index = Int(value)
            guard measure.categories.indices.contains(index) else {
                return numbers.style == .plain
                    ? measure.kind.text(for: value) : LocaleNumbers(numbers.language).decimal(value)
            }
            // The plain text names a choice as the decision does, in Vietnamese, in both languages.
            let name = measure.categories[index].name
            return numbers.style == .plain ? name.vi : name.text(in: numbers.language)
        }
    }

    private static func suffixWord(_ suffix: String, _ numbers: Numerals) -> String {
        guard suffix == "share" else { return suffix }
        // The plain text writes the column's own suffix, as files name it.
        return numbers.style == .plain ? suffix : Phrase.shareWord.text.text(in: numbers.language)
    }
}
