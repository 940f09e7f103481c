package import ChisoCore
package import ChisoFormats

/// How a scheme's results and explanations read, in Vietnamese and English side by side: the word for its classes,
/// a class's heading, the names of the figures it ranks, an explanation's headline, values, requirements and
/// findings, and a class as plans show it.
///
/// Every text is a ``LocalizedText``; a ``Words`` value picks the language. Each built-in scheme conforms in its own
/// folder (`Schemes/Levels/`, `Schemes/Points/`); any other scheme is worded by ``GenericWording`` from the shared
/// protocol alone, so a new scheme plugs in without changes here, and a new finding is worded in one place.
package protocol SchemeWording: Sendable {
    /// The word for a class, lower case: `mức`/`level`, `xếp loại`/`tier`.
    var classNoun: LocalizedText { get }
    /// The name of a figure the scheme ranks units on.
    func figureName(_ figure: Figure) -> LocalizedText
    /// A class as a table heads its column: the class's name, with a short number where classes are numbered
    /// (`L2 Kết nối` in plain style; `M2 Kết nối`, `L2 Connecting` in local style).
    func classHeading(_ ordinal: Int, style: NumberStyle) -> LocalizedText
    /// The line that says what the unit reached.
    func headline(_ explanation: Explanation) -> LocalizedText
    /// A condition's value in an explanation: the Vietnamese with its readers' numbers, the English in plain style.
    func value(_ row: Explanation.Row, in explanation: Explanation) -> LocalizedText
    /// A requirement in an explanation (`≥70%`, `yes`, `all ≥L2, ≥50% ≥L3`, `≥90`): the Vietnamese with its
    /// readers' numbers, the English in plain style; empty in Vietnamese where the class asks nothing.
    func requirement(_ requirement: ClassRequirement) -> LocalizedText
    /// The sentences an explanation ends with: the Vietnamese with its readers' numbers, the English in plain style.
    func findings(_ explanation: Explanation) -> [LocalizedText]
    /// A class as plans and what-ifs show it: a level's number, or a tier's name.
    func planClass(_ ordinal: Int) -> LocalizedText
    /// The line under the `score` table: how many units reached each class, the classes named in `language`.
    func summary(_ results: [UnitResult], classNames language: Language) -> LocalizedText
    /// What `frameworks validate` says the framework holds: `33 criteria`, `12 nodes, 9 inputs`.
    var validationSummary: LocalizedText { get }
    /// The scheme's part of `frameworks list`: `5 levels, 38 criteria`.
    var listSummary: LocalizedText { get }
    /// The scheme's lines in `frameworks show`: its classes and how a class is reached (empty when it has none).
    func describe() -> LocalizedText
}

extension SchemeWording {
    /// The class's name alone: tiers have names of their own (`Mức IV`), and a number beside them would mislead.
    package func classHeading(_ ordinal: Int, name: LocalizedText) -> LocalizedText { name }
}

extension Framework {
    /// How this framework's scheme reads.
    package var wording: any SchemeWording { Self.wording(of: scheme) }

    /// How a scheme reads: its own wording, or ``GenericWording`` for a scheme that has none.
    package static func wording(of scheme: any ScoringScheme) -> any SchemeWording {
        (scheme as? any SchemeWording) ?? GenericWording(scheme: scheme)
    }
}

/// The wording of a scheme without one of its own: the class reached, blockers and missing values, from the shared
/// protocol alone.
package struct GenericWording: SchemeWording {
    /// The scheme worded.
    package var scheme: any ScoringScheme

    package var classNoun: LocalizedText { LocalizedText(vi: "hạng", en: "class") }

    package func figureName(_ figure: Figure) -> LocalizedText {
        Words.figureName(figure, conditions: scheme.conditions)
    }

    package func classHeading(_ ordinal: Int, style: NumberStyle) -> LocalizedText { scheme.className(ordinal) }

    package func headline(_ explanation: Explanation) -> LocalizedText {
        let ordinal = explanation.standing.ordinal
        let name = scheme.className(ordinal)
        return LocalizedText(vi: "Hạng \(ordinal) — \(name.vi)", en: "Class \(ordinal) — \(name.vi) (\(name.en))")
    }

    package func value(_ row: Explanation.Row, in explanation: Explanation) -> LocalizedText {
        ConditionWords.value(row.value, condition: scheme.conditions[row.condition], measures: scheme.measures)
    }

    package func requirement(_ requirement: ClassRequirement) -> LocalizedText {
        ConditionWords.requirement(requirement, measures: scheme.measures)
    }

    package func findings(_ explanation: Explanation) -> [LocalizedText] {
        explanation.findings.compactMap { finding in
            switch finding {
            case .nextClassNotReached(let next, let blockers):
                let ids = ConditionWords.ids(blockers, in: scheme).joined(separator: ", ")
                return LocalizedText(
                    vi: "Chưa đạt \(scheme.className(next).vi): \(ids).", en: "Class \(next) is not reached: \(ids).")
            case .missingValues(let missing):
                let ids = ConditionWords.ids(missing, in: scheme).joined(separator: ", ")
                return LocalizedText(vi: "Chưa có số liệu: \(ids).", en: "Missing values: \(ids).")
            default:
                return nil
            }
        }
    }

    package func planClass(_ ordinal: Int) -> LocalizedText { scheme.className(ordinal) }

    package func summary(_ results: [UnitResult], classNames language: Language) -> LocalizedText {
        var counts = Array(repeating: 0, count: scheme.classes.count + 1)
        for result in results { counts[min(max(result.standing.ordinal, 0), scheme.classes.count)] += 1 }
        let parts = counts.enumerated().map {
            "\($0.offset) \(scheme.className($0.offset).text(in: language)): \($0.element)"
        }.joined(separator: "; ")
        return LocalizedText(
            vi: "\(results.count) đơn vị theo hạng: \(parts)\n",
            en: "\(Plural.count(results.count, "unit")) by class: \(parts)\n")
    }

    package var validationSummary: LocalizedText {
        LocalizedText(vi: "\(scheme.conditions.count) điều kiện", en: "\(scheme.conditions.count) conditions")
    }

    package var listSummary: LocalizedText {
        let (classes, conditions) = (scheme.classes.count, scheme.conditions.count)
        return LocalizedText(
            vi: "\(classes) hạng, \(conditions) điều kiện", en: "\(classes) classes, \(conditions) conditions")
    }

    package func describe() -> LocalizedText { LocalizedText(vi: "", en: "") }
}
