package import ChisoCore
import ChisoFormats

/// What a scheme says in the HTML report, in Vietnamese or English: the word for its classes, the names of the
/// figures it ranks, and the sentences under an explanation. Each built-in scheme conforms in its own file
/// (`LevelScheme+ReportWording.swift`, `PointScheme+ReportWording.swift`); any other scheme is worded by
/// ``GenericReportWording`` from the shared protocol alone, so a new scheme plugs in without changes here.
package protocol ReportWording: Sendable {
    /// The word for a class, lower case: `mức`/`level`, `hạng`/`tier`.
    var classNoun: LocalizedText { get }
    /// The name of a figure the scheme ranks units on.
    func figureName(_ figure: Figure) -> LocalizedText
    /// The sentences an explanation ends with, in `language`, numbers as its readers write them.
    func sentences(_ explanation: Explanation, words: ReportWords) -> [String]
    /// A class as a table heads its column: the class's name, with a short number where classes are numbered
    /// (`M2 Kết nối`, `L2 Connecting`).
    func classHeading(_ ordinal: Int, name: String, words: ReportWords) -> String
}

extension ReportWording {
    /// The class's name alone: tiers have names of their own (`Mức IV`), and a number beside them would mislead.
    package func classHeading(_ ordinal: Int, name: String, words: ReportWords) -> String { name }
}

extension Framework {
    /// How this framework's scheme reads in the HTML report.
    package var wording: any ReportWording {
        (scheme as? any ReportWording) ?? GenericReportWording(scheme: scheme)
    }
}

/// The report's wording for a scheme without one of its own.
package struct GenericReportWording: ReportWording {
    /// The scheme worded.
    package var scheme: any ScoringScheme

    package var classNoun: LocalizedText { LocalizedText(vi: "hạng", en: "class") }

    package func figureName(_ figure: Figure) -> LocalizedText {
        ReportWords.figureName(figure, conditions: scheme.conditions)
    }

    package func sentences(_ explanation: Explanation, words: ReportWords) -> [String] {
        explanation.findings.compactMap { finding in
            switch finding {
            case .nextClassNotReached(let next, let blockers):
                let ids = ReportText.ids(blockers, in: scheme).joined(separator: ", ")
                let name = scheme.className(next).text(in: words.language)
                return words.pick(vi: "Chưa đạt \(name): \(ids).", en: "\(name) is not reached: \(ids).")
            case .missingValues(let missing):
                let ids = ReportText.ids(missing, in: scheme).joined(separator: ", ")
                return words.pick(vi: "Thiếu giá trị: \(ids).", en: "Missing values: \(ids).")
            default:
                return nil
            }
        }
    }
}

/// The report's words for values, requirements and statuses, in one language, numbers formatted for its readers.
package struct ReportWords: Sendable {
    /// The language written.
    package var language: Language
    /// Numbers as its readers write them.
    package var numbers: LocaleNumbers

    /// Words in `language`.
    package init(_ language: Language) {
        self.language = language
        numbers = LocaleNumbers(language)
    }

    /// The Vietnamese or the English text, as the language asks.
    package func pick(vi: String, en: String) -> String {
        language == .vi ? vi : en
    }

    /// A fixed phrase in this language.
    package func callAsFunction(_ phrase: Phrase) -> String {
        phrase.text.text(in: language)
    }

    /// A localized text in this language.
    package func callAsFunction(_ text: LocalizedText) -> String {
        text.text(in: language)
    }

    /// The short name of a class in tables: `M2`/`L2`.
    package func classAbbreviation(_ ordinal: Int) -> String {
        pick(vi: "M\(ordinal)", en: "L\(ordinal)")
    }

    /// A number of points with at most two decimals.
    package func points(_ value: Double) -> String {
        numbers.decimal(value, decimals: 2)
    }

    /// The name of a ranked figure from the scheme's conditions: the total, a node; views are the scheme's to name.
    package static func figureName(_ figure: Figure, conditions: [Condition]) -> LocalizedText {
        switch figure {
        case .total:
            return Phrase.total.text
        case .condition(let index):
            guard conditions.indices.contains(index) else { return LocalizedText(vi: "?", en: "?") }
            return conditions[index].name
        case .view(let index):
            return LocalizedText(vi: "Nhóm \(index + 1)", en: "View \(index + 1)")
        }
    }

    /// A status word: `đạt`/`met`, `chưa đạt`/`not met`, `không áp dụng`/`not applicable`, `thiếu`/`missing`.
    package func status(_ status: CriterionStatus) -> String {
        switch status {
        case .met: self(.met)
        case .notMet: self(.notMet)
        case .notApplicable: self(.notApplicable)
        case .missing: self(.missing)
        }
    }

    /// A requirement as short text in this language: `≥70%`, `có`/`yes`, `≥3 hoặc tỷ lệ ≥100%`, a roll-up
    /// `tất cả ≥M2, ≥50% ≥M3`, points `≥90`, an index `chỉ số >0,4`; empty where the class asks nothing.
    package func requirement(_ requirement: ClassRequirement, measures: [Measure]) -> String {
        switch requirement {
        case .notApplicable:
            return ""
        case .value(let index, let least):
            guard measures.indices.contains(index) else { return "≥" + numbers.decimal(least, decimals: 4) }
            let measure = measures[index]
            let prefix = measure.suffix.map { "\(suffixWord($0)) " } ?? ""
            if measure.kind == .yesNo && least == 1 { return prefix + self(.yes) }
            return prefix + "≥" + numbers.decimal(least, decimals: 4) + (measure.kind == .percent ? "%" : "")
        case .anyOf(let alternatives):
            return alternatives.map { self.requirement($0, measures: measures) }
                .joined(separator: pick(vi: " hoặc ", en: " or "))
        case .subordinates(let rule):
            var text = pick(vi: "tất cả ", en: "all ") + "≥" + classAbbreviation(rule.allAtLeast)
            if let shareLevel = rule.shareLevel {
                text += ", ≥" + numbers.percent(rule.sharePercent) + " ≥" + classAbbreviation(shareLevel)
            }
            return text
        case .points(let least, let inclusive):
            return (inclusive ? "≥" : ">") + points(least)
        case .index(let least, let inclusive):
            return pick(vi: "chỉ số ", en: "index ") + (inclusive ? "≥" : ">") + numbers.decimal(least, decimals: 4)
        }
    }

    /// A condition's value as text in this language: `72,5%`, `có`, `3; tỷ lệ 100%`, a roll-up's counts by level,
    /// points.
    package func value(_ value: Explanation.Value, condition: Condition, measures: [Measure], decimals: Int = 2)
        -> String
    {
        switch value {
        case .measures(let values):
            return zip(condition.measures, values).map { index, value in
                guard measures.indices.contains(index) else { return self(.missing) }
                let measure = measures[index]
                let text = self.measure(value, of: measure)
                return measure.suffix.map { "\(suffixWord($0)) \(text)" } ?? text
            }.joined(separator: "; ")
        case .subordinates(let summary):
            guard let children = summary else { return self(.noSubordinatesGiven) }
            guard children.totalWithUnreadable > 0 else { return self(.noSubordinates) }
            let counts = children.counts.enumerated().filter { $0.element > 0 }
                .map { "\(classAbbreviation($0.offset)): \(numbers.integer($0.element))" }
            var text = "\(numbers.integer(children.total)) \(self(.unitsWord)) (\(counts.joined(separator: ", ")))"
            if !children.unreadable.isEmpty {
                text +=
                    pick(vi: " và ", en: " and ") + numbers.integer(children.unreadable.count) + " "
                    + self(.unreadable)
            }
            return text
        case .points(let earned, let maximum):
            return "\(points(earned)) / \(maximum.map(points) ?? "?")"
        case .total(let earned, let maximum, let index):
            return
                "\(points(earned)) / \(points(maximum)) (\(self(.index)) \(numbers.fixed(index, decimals: decimals)))"
        case .missingPoints(let maximum):
            return "\(self(.missing)) (0 / \(points(maximum ?? 0)))"
        case .informationOnly(let input):
            return self(.informationOnly) + (input.map { ": " + numbers.decimal($0, decimals: 4) } ?? "")
        }
    }

    /// One measure's value: `72,5%`, `có`, `3`, a choice's name; `thiếu`/`missing` for `nil`.
    package func measure(_ value: Double?, of measure: Measure) -> String {
        guard let value else { return self(.missing) }
        if value.isNaN { return self(.notApplicableToUnit) }
        switch measure.kind {
        case .percent: return numbers.percent(value, decimals: 2)
        case .yesNo: return value >= 1 ? self(.yes) : self(.no)
        case .count, .points, .ratio, .number: return numbers.decimal(value, decimals: 4)
        case .choice:
            let index = Int(value)
            guard measure.categories.indices.contains(index) else { return numbers.decimal(value) }
            return self(measure.categories[index].name)
        }
    }

    private func suffixWord(_ suffix: String) -> String {
        suffix == "share" ? self(.shareWord) : suffix
    }
}
