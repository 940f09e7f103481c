package import ChisoCore
package import ChisoFormats

/// How a scheme's results and framework are laid out in the output formats: the columns and rows that the core
/// leaves to the output layer; the words come from its ``SchemeWording``. Each built-in scheme conforms in its own
/// file; a scheme that does not conform is reported through ``GenericReporting``, so a new scheme plugs in without
/// changes here.
package protocol SchemeReporting: Sendable {
    /// The columns of `score --format csv`.
    func csvColumns() -> [ScoreColumn]
    /// The columns of the `score` table, classes named in the language asked.
    func tableColumns() -> [ScoreColumn]
    /// Writes one unit's object of `score --format json`, on one line.
    func writeJSON(_ result: UnitResult, ranks: [Figure: Int], into json: inout CompactJSON)
    /// What the `framework` block of `score --format json` adds for this scheme.
    func jsonFramework(into object: inout JSONObjectBuilder)
    /// `frameworks show` for the table, Markdown and CSV formats; tables name conditions and classes in `language`.
    func show(_ framework: Framework, format: OutputFormat, language: Language) -> String
    /// Whether data files for this scheme have a `registered_level` column.
    var hasRegisteredClass: Bool { get }
    /// The header and rows of `explain --format csv` (before the framework's column): one row per condition and
    /// class, as the scheme lays them out; `value` gives a row's value as the English table writes it. A scheme
    /// without rows of its own gets ``ExplanationRows/generic(_:scheme:value:)``.
    func explanationRows(_ explanation: Explanation, value: (Explanation.Row) -> String) -> ExplanationRows
}

extension Framework {
    /// How this framework's scheme reads in outputs.
    package var reporting: any SchemeReporting { Self.reporting(of: scheme) }

    /// How a scheme reads in outputs: its own reporting, or ``GenericReporting`` for a scheme that has none.
    package static func reporting(of scheme: any ScoringScheme) -> any SchemeReporting {
        (scheme as? any SchemeReporting) ?? GenericReporting(scheme: scheme)
    }
}
