package import ChisoCore
package import ChisoFormats

/// The language a text is written in and how its numbers are written: picks one side of every ``LocalizedText`` the
/// wording layer makes.
package struct Words: Sendable {
    /// The language written.
    package var language: Language
    /// How numbers are written.
    package var style: NumberStyle
    /// Numbers as readers of the language write them.
    package var numbers: LocaleNumbers

    /// Words in `language`, numbers in `style`.
    package init(_ language: Language, style: NumberStyle = .local) {
        self.language = language
        self.style = style
        numbers = LocaleNumbers(language)
    }

    /// Numbers in this style and language.
    package var numerals: Numerals { Numerals(style, language) }

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
        numerals.classAbbreviation(ordinal)
    }

    /// A number of points with at most two decimals.
    package func points(_ value: Double) -> String {
        numerals.points(value)
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
            return LocalizedText(vi: "Nhóm chỉ số \(index + 1)", en: "View \(index + 1)")
        }
    }

    /// A status word in this language.
    package func status(_ status: CriterionStatus) -> String {
        self(ConditionWords.status(status))
    }

    /// A requirement in this language and style (see ``ConditionWords/requirement(_:measures:style:)``).
    package func requirement(_ requirement: ClassRequirement, measures: [Measure]) -> String {
        self(ConditionWords.requirement(requirement, measures: measures, style: style))
    }

    /// A condition's value in this language and style (see ``ConditionWords/value(_:condition:measures:style:decimals:)``).
    package func value(_ value: Explanation.Value, condition: Condition, measures: [Measure], decimals: Int = 2)
        -> String
    {
        self(ConditionWords.value(value, condition: condition, measures: measures, style: style, decimals: decimals))
    }

    /// One measure's value in this language and style.
    package func measure(_ value: Double?, of measure: Measure) -> String {
        ConditionWords.measure(value, of: measure, numbers: numerals)
    }
}
