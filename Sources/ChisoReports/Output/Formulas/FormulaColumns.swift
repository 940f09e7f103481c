package import ChisoCore
package import ChisoFormats

/// The result columns of a data-entry sheet as formulas: header cells to append to the sheet's header row, and the
/// cells of each unit's row, computed (light blue, locked) from the cells a person types in the same row.
///
/// The data sheet has one header row of column IDs (row 1) and a unit per row from row 2; the formulas find each
/// measure's cell by its column ID, so the data columns may stand in any order, and a measure without a column is
/// always missing. Where the sheet has a `unit_id` column, a row whose unit ID is empty shows no result.
package struct FormulaColumns: Sendable {
    /// The data sheet's header: column IDs from column A on.
    package let header: [String]
    /// The columns appended after the header's last column, in order.
    package let columns: [FormulaColumn]
    /// The language of the texts the cells show.
    package let language: Language
    /// The column number of every column ID, data and appended.
    private let positions: [String: Int]

    /// The most characters Excel takes in one formula.
    package static let formulaLimit = 8192

    /// The columns of a scheme, appended to a sheet whose header is `header`.
    ///
    /// - Parameters:
    ///   - scheme: The scheme whose results the formulas compute.
    ///   - header: The data sheet's column IDs, from column A on.
    ///   - language: The language of the texts cells show instead of a result.
    package init(scheme: any ScoringScheme, header: [String], language: Language) {
        self.header = header
        self.language = language
        columns = Framework.formulas(of: scheme).formulaColumns(language: language)
        var positions: [String: Int] = [:]
        for (index, id) in header.enumerated() where positions[id] == nil { positions[id] = index + 1 }
        for (index, column) in columns.enumerated() { positions[column.id] = header.count + index + 1 }
        self.positions = positions
    }

    /// The columns of a framework's scheme: see ``init(scheme:header:language:)``.
    package init(framework: Framework, header: [String], language: Language) {
        self.init(scheme: framework.scheme, header: header, language: language)
    }

    /// The column number (from 1) of the first appended column.
    package var firstColumn: Int { header.count + 1 }

    /// The header cells of the appended columns: their IDs, in the header's look.
    package var headerCells: [WorkbookCell] { columns.map { .text($0.id, style: .header) } }

    /// The appended cells of one row.
    ///
    /// - Parameter row: The row number, from 2 for the first unit.
    package func cells(row: Int) -> [WorkbookCell] {
        let place = FormulaRow(row: row, columns: positions)
        // A row without a unit ID shows nothing, as chiso scores no such row.
        let unit = place.cell("unit_id")
        return columns.map { column in
            let style = CellStyle(format: column.format, fill: .computed, isLocked: true)
            switch column.cell(place) {
            case .formula(let formula) where formula.utf16.count <= Self.formulaLimit - 30:
                let shown = unit.map { "IF(LEN(TRIM(\($0)))=0,\"\",\(formula))" } ?? formula
                return WorkbookCell(.formula(shown, cached: nil), style: style)
            case .formula:
                return .text(FormulaWords.notCompiled(.tooLong).text(in: language), style: style)
            case .notCompiled(let text):
                return .text(text.text(in: language), style: style)
            }
        }
    }

    /// `sheet` with the columns appended: the header cells after row 1's last data column, and formula cells in
    /// rows 2 to `units` + 1 (rows padded with empty cells up to the data's last column).
    ///
    /// - Complexity: O(*u* × *c*) for *u* units and *c* columns.
    package func appended(to sheet: WorkbookSheet, units: Int) -> WorkbookSheet {
        var sheet = sheet
        let rowCount = units + 1
        if sheet.rows.count < rowCount {
            sheet.rows += Array(repeating: [], count: rowCount - sheet.rows.count)
        }
        for index in 0..<rowCount {
            var row = sheet.rows[index]
            if row.count < header.count { row += Array(repeating: .empty, count: header.count - row.count) }
            row = Array(row.prefix(header.count)) + (index == 0 ? headerCells : cells(row: index + 1))
            sheet.rows[index] = row
        }
        return sheet
    }
}
