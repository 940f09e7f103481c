package import ChisoCore
package import ChisoFormats

/// How the wording layer writes numbers.
///
/// `.plain` is machine text, `72.5%`, `1406.25`, whatever the language: what CSV, JSON and plans write. `.local` is how
/// a reader of each language writes them, as the text outputs and the HTML report do: `72,5%` and `1.406,25` in
/// Vietnamese, `72.5%` and `1,406.25` in English.
package enum NumberStyle: Sendable {
    /// Machine text, the same in both languages.
    case plain
    /// Each language's own marks.
    case local
}

/// Numbers in one style and one language: the one place where a figure is rounded and written.
package struct Numerals: Sendable {
    /// The style written.
    package var style: NumberStyle
    /// The language whose marks `.local` follows.
    package var language: Language

    /// Numbers in `style` for readers of `language`.
    package init(_ style: NumberStyle, _ language: Language) {
        self.style = style
        self.language = language
    }

    /// Plain numbers, as the machine outputs write them.
    package static let plain = Numerals(.plain, .en)

    /// Numbers as the text outputs a person reads (tables, explanations) write them in `language`: Vietnamese with
    /// its own marks (`72,5%`, `1.406,25`), English with its own (`72.5%`, `1,406.25`). Machine outputs use ``plain``.
    package static func text(_ language: Language) -> Numerals {
        Numerals(.local, language)
    }

    private var locale: LocaleNumbers { LocaleNumbers(language) }

    /// A number of points, rounded to at most two decimals: `72.25`, `1.406,25`.
    package func points(_ value: Double) -> String {
        switch style {
        case .plain: NumberText.shortest((value * 100).rounded() / 100)
        case .local: locale.decimal(value, decimals: 2)
        }
    }

    /// A quantity a requirement or a value gives: as written in plain style, with at most four decimals in local.
    package func quantity(_ value: Double) -> String {
        switch style {
        case .plain: NumberText.shortest(value)
        case .local: locale.decimal(value, decimals: 4)
        }
    }

    /// A value as plans write it: at most six decimals, in plain style always (plans are read back).
    package func planned(_ value: Double) -> String {
        NumberText.shortest((value * 1_000_000).rounded() / 1_000_000)
    }

    /// `value` always with `decimals` places: `0.4120`, `0,4120`.
    package func fixed(_ value: Double, decimals: Int) -> String {
        switch style {
        case .plain: NumberText.fixed(value, decimals: decimals)
        case .local: locale.fixed(value, decimals: decimals)
        }
    }

    /// A whole number: `10600`, `10.600`.
    package func integer(_ value: Int) -> String {
        switch style {
        case .plain: String(value)
        case .local: locale.integer(value)
        }
    }

    /// A percentage from 0 to 100 that a rule asks: `50%`, `72,5%`.
    package func percent(_ value: Double) -> String {
        switch style {
        case .plain: NumberText.shortest(value) + "%"
        case .local: locale.percent(value)
        }
    }

    /// The short name of a class: `M2` (mức) in Vietnamese, `L2` in English.
    package func classAbbreviation(_ ordinal: Int) -> String {
        language == .vi ? "M\(ordinal)" : "L\(ordinal)"
    }

    /// Localized text made by `make` once per language, with the numbers of ``text(_:)``.
    package static func localizedText(_ make: (Numerals) -> String) -> LocalizedText {
        LocalizedText(vi: make(text(.vi)), en: make(text(.en)))
    }

    /// Localized text made by `make` once per language, with these numbers' style.
    package static func localized(_ style: NumberStyle, _ make: (Numerals) -> String) -> LocalizedText {
        LocalizedText(vi: make(Numerals(style, .vi)), en: make(Numerals(style, .en)))
    }
}
