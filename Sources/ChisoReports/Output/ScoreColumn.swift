package import ChisoCore
package import ChisoFormats

/// One column of the `score` CSV or table, as data: its name, whether a table aligns it right, and its cell for a
/// unit's result (with the unit's ranks, class names in a language). ``ResultReport`` lays out the header and rows
/// from a scheme's list of columns.
package struct ScoreColumn: Sendable {
    /// A unit's cell: its result, its ranks, the language of class names.
    package typealias Cell = @Sendable (UnitResult, [Figure: Int], Language) -> String

    /// The column's name, in a CSV header: an English identifier.
    package var name: String
    /// The column's heading in a table a person reads, in both languages (the name in English where none is given).
    package var heading: LocalizedText
    /// Whether a table aligns the column right (numbers).
    package var rightAligned: Bool
    /// The cell of a unit.
    package var cell: Cell

    /// A column named `name`, headed `heading` in tables (`name` in both languages when `nil`).
    package init(_ name: String, heading: LocalizedText? = nil, rightAligned: Bool = false, cell: @escaping Cell) {
        self.name = name
        self.heading = heading ?? LocalizedText(vi: name, en: name)
        self.rightAligned = rightAligned
        self.cell = cell
    }

    /// A column that does not depend on ranks or language.
    package init(
        _ name: String, heading: LocalizedText? = nil, rightAligned: Bool = false,
        _ value: @escaping @Sendable (UnitResult) -> String
    ) {
        self.init(name, heading: heading, rightAligned: rightAligned) { result, _, _ in value(result) }
    }

    /// The same column headed `heading` in tables.
    package func headed(vi: String, en: String) -> ScoreColumn {
        var column = self
        column.heading = LocalizedText(vi: vi, en: en)
        return column
    }

    /// The unit's ID and name.
    package static let unit = [
        ScoreColumn("unit_id", heading: LocalizedText(vi: "Mã đơn vị", en: "unit_id")) { $0.unit.id },
        ScoreColumn("unit_name", heading: LocalizedText(vi: "Tên đơn vị", en: "unit_name")) { $0.unit.name ?? "" },
    ]

    /// The unit's ID, name, parent's ID and year, as every CSV starts.
    package static let unitInFile =
        unit + [
            ScoreColumn("parent_id") { $0.unit.parentID ?? "" },
            ScoreColumn("year") { $0.unit.year.map(String.init) ?? "" },
        ]

    /// The class's ordinal, right-aligned.
    package static func ordinal(_ name: String, heading: LocalizedText? = nil) -> ScoreColumn {
        ScoreColumn(name, heading: heading, rightAligned: true) { String($0.standing.ordinal) }
    }

    /// How many values are missing, right-aligned; a table writes the count in its language's numbers.
    package static let missingCount = ScoreColumn(
        "missing", heading: LocalizedText(vi: "Chưa có số liệu", en: "missing"), rightAligned: true
    ) { result, _, language in Numerals.text(language).integer(result.missing.count) }

    /// Condition IDs chosen from the result, joined by `separator`.
    package static func ids(
        _ name: String, of scheme: any ScoringScheme, separator: String,
        _ indices: @escaping @Sendable (UnitResult) -> [Int]
    ) -> ScoreColumn {
        ScoreColumn(name) { ConditionWords.ids(indices($0), in: scheme).joined(separator: separator) }
    }
}
