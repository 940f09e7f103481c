package import ChisoCore
package import ChisoFormats

/// How a scheme's results are computed by a spreadsheet: the result columns of a data-entry workbook as formulas
/// over the cells a person types, so that a workbook scores itself where chiso does not run. Each built-in scheme
/// conforms in its own file; a scheme that does not conform gets ``UncompiledFormulas``, whose every cell says it
/// cannot be computed in the spreadsheet — a new scheme plugs in without changes here.
///
/// ## Implementation guidance
///
/// - A formula must give exactly the result chiso gives for the same cells. Whatever a formula cannot say exactly
///   (a roll-up of subordinate units, a rank among units) is ``SpreadsheetFormula/notCompiled(_:)``: the cell then
///   tells the reader to use chiso, never a near result.
/// - Formulas use functions of Excel 2007 and later (`IF`, `AND`, `OR`, `NOT`, `ISNUMBER`, `TRIM`, `LEN`, `N`,
///   `INT`, `MIN`, `MAX`, `ROUND`, `CHOOSE`, `FIND`, `SUBSTITUTE`, `SUMPRODUCT`, `LEFT`, `CELL`; not `TEXTJOIN`, `IFS` or `LET`),
///   which LibreOffice Calc also computes; a formula longer than Excel's 8,192 characters is not written.
/// - Cells read as ``SpreadsheetCell`` says: the same words and numbers as chiso's reader, and a marker for a cell
///   chiso would refuse.
package protocol SchemeFormulas: Sendable {
    /// The columns appended to a data sheet, in order: the results and the per-condition detail they read.
    ///
    /// - Parameter language: The language of the texts a formula shows (a cell that cannot be read, a result that
    ///   cannot be computed).
    func formulaColumns(language: Language) -> [FormulaColumn]
}

/// What one appended cell holds: a formula, or why none is written.
package enum SpreadsheetFormula: Hashable, Sendable {
    /// A formula without `=`, in Excel's English function names with `,` between arguments.
    case formula(String)
    /// No formula says the result exactly: the cell holds this text instead.
    case notCompiled(LocalizedText)
}

/// One column appended to a data sheet, computed in each row by a formula.
package struct FormulaColumn: Sendable {
    /// The column's ID in the header row, as `score --format csv` names it (`level`, `score`), or a detail column
    /// (`blocks.CQS.01`, `points.NT`).
    package var id: String
    /// How its numbers show.
    package var format: CellStyle.NumberFormat
    /// The cell of one row.
    package var cell: @Sendable (FormulaRow) -> SpreadsheetFormula

    /// Creates a column.
    package init(
        _ id: String, format: CellStyle.NumberFormat = .general,
        cell: @escaping @Sendable (FormulaRow) -> SpreadsheetFormula
    ) {
        self.id = id
        self.format = format
        self.cell = cell
    }

    /// A column whose every cell says that it cannot be computed in the spreadsheet, and why.
    package static func notCompiled(_ id: String, because reason: FormulaWords.Reason) -> FormulaColumn {
        let text = FormulaWords.notCompiled(reason)
        return FormulaColumn(id) { _ in .notCompiled(text) }
    }
}

/// One row of a data sheet as formulas see it: where each column stands.
package struct FormulaRow: Sendable {
    /// The row number, from 1.
    package var row: Int
    /// The column number (from 1) of each column ID: the data columns and the appended ones.
    package var columns: [String: Int]

    /// Creates a row.
    package init(row: Int, columns: [String: Int]) {
        self.row = row
        self.columns = columns
    }

    /// The reference of a column's cell in this row (`C5`), or `nil` when the sheet has no such column.
    package func cell(_ id: String) -> String? {
        columns[id].map { CellReference(row: row, column: $0).description }
    }

    /// The range of this row from one column's cell to another's (`H5:AX5`).
    package func range(from first: String, to last: String) -> String? {
        guard let start = cell(first), let end = cell(last) else { return nil }
        return start + ":" + end
    }
}

/// The formulas of a scheme that has none of its own: every result column says it cannot be computed.
package struct UncompiledFormulas: SchemeFormulas {
    /// The scheme.
    package var scheme: any ScoringScheme

    /// One column per result column of `score --format csv` (the unit's own columns left out), each saying it
    /// cannot be computed in the spreadsheet.
    package func formulaColumns(language: Language) -> [FormulaColumn] {
        let unitColumns = Set(ScoreColumn.unitInFile.map(\.name))
        return Framework.reporting(of: scheme).csvColumns().map(\.name).filter { !unitColumns.contains($0) }.map {
            FormulaColumn.notCompiled($0, because: .scheme)
        }
    }
}

extension Framework {
    /// How this framework's results are computed by a spreadsheet.
    package var formulas: any SchemeFormulas { Self.formulas(of: scheme) }

    /// How a scheme's results are computed by a spreadsheet: its own formulas, or ``UncompiledFormulas``.
    package static func formulas(of scheme: any ScoringScheme) -> any SchemeFormulas {
        (scheme as? any SchemeFormulas) ?? UncompiledFormulas(scheme: scheme)
    }
}
