package import ChisoCore

/// One input column of a framework as a data-collection form shows it: its name, its unit of measurement and what
/// is asked of it.
package struct FormEntry: Hashable, Sendable {
    /// The measure the column holds; its key is the column ID.
    package var measure: Measure
    /// The criterion's (or node's) name.
    package var name: LocalizedText
    /// The unit of measurement (`%`, `Hệ thống`, `Có/Không`).
    package var unit: LocalizedText
    /// What is asked, one text per heading of ``SchemeTemplating/formDetailHeadings``.
    package var details: [LocalizedText]

    /// Creates an entry.
    package init(measure: Measure, name: LocalizedText, unit: LocalizedText, details: [LocalizedText]) {
        self.measure = measure
        self.name = name
        self.unit = unit
        self.details = details
    }
}

/// How a scheme fills the data-collection forms of `chiso template --format xlsx`: the words that say what each
/// input column asks. Each scheme conforms in its own folder (`Schemes/Levels`, `Schemes/Points`); a scheme without
/// a conformance gets ``GenericTemplating``, which names the columns by their IDs.
///
/// Implementation guidance: return one entry per measure, in the order of the framework's measures (the CSV
/// template's order), each with as many details as there are headings.
package protocol SchemeTemplating: Sendable {
    /// The headings of the columns that say what is asked: one per level of a level framework, the maximum points
    /// and the scoring of a point framework.
    var formDetailHeadings: [LocalizedText] { get }
    /// The entries, one per measure, in the framework's order.
    func formEntries() -> [FormEntry]
    /// The levels a unit may register for (`registered_level`), or `nil` when the scheme has none.
    var registrableClasses: ClosedRange<Int>? { get }
}

/// The forms of a scheme that has no ``SchemeTemplating`` of its own: each column named by its ID and kind.
package struct GenericTemplating: SchemeTemplating {
    /// The scheme's measures.
    package var measures: [Measure]

    package var formDetailHeadings: [LocalizedText] { [] }

    package var registrableClasses: ClosedRange<Int>? { nil }

    package func formEntries() -> [FormEntry] {
        measures.map {
            FormEntry(
                measure: $0, name: LocalizedText(vi: $0.key, en: $0.key), unit: TemplateWords.kindUnit($0.kind),
                details: [])
        }
    }
}

extension Framework {
    /// How this framework's scheme fills data-collection forms.
    package var templating: any SchemeTemplating {
        (scheme as? any SchemeTemplating) ?? GenericTemplating(measures: measures)
    }
}
