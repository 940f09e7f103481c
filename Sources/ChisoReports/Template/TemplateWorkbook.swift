package import ChisoCore
package import ChisoFormats

/// The wide data-entry workbook of `chiso template --format xlsx`: a sheet with the CSV template's column IDs in one
/// header row and a row to fill per unit, then the instructions and the source.
package enum TemplateWorkbook {
    /// A column of the data sheet: its ID (the CSV template's) and its letters.
    package struct Column: Hashable, Sendable {
        /// The column ID in row 1.
        package var id: String
        /// Its letters (`A`, `AB`).
        package var letters: String
    }

    /// Where things are on the data sheet, so that more columns (formulas computing the result) can be appended.
    package struct Layout: Hashable, Sendable {
        /// The header row.
        package var headerRow: Int
        /// The rows to fill, one per unit.
        package var dataRows: ClosedRange<Int>
        /// The columns, from A.
        package var columns: [Column]

        /// The letters of the column with `id`, if the sheet has one.
        package func letters(of id: String) -> String? { columns.first { $0.id == id }?.letters }
    }

    /// The workbook: the data sheet (first, where readers look), the instructions, the source.
    ///
    /// - Parameters:
    ///   - framework: The framework.
    ///   - units: How many rows to prepare.
    ///   - origin: What made the workbook, for its "Nguồn" sheet; its language is that of names, messages and
    ///     instructions (the column IDs do not change).
    ///   - formulas: Whether the data sheet scores itself: the framework's result columns appended as formulas
    ///     (``FormulaColumns``), after the data columns.
    package static func document(_ framework: Framework, units: Int, origin: WorkbookOrigin, formulas: Bool = false)
        -> WorkbookDocument
    {
        var (sheet, layout) = dataSheet(framework, units: units, language: origin.language)
        if formulas {
            let columns = FormulaColumns(
                framework: framework, header: layout.columns.map(\.id), language: origin.language)
            sheet = columns.appended(to: sheet, units: units)
            sheet.columnWidths += columns.columns.map { max(12, Double($0.id.count) + 3) }
        }
        return WorkbookDocument(sheets: [
            sheet,
            TemplateSheets.instructions(framework, perUnit: false, formulas: formulas, language: origin.language),
            TemplateSheets.source(origin),
        ])
    }

    /// The data sheet and its layout: a bold, frozen header row of column IDs (the CSV template's), `units` rows of
    /// shaded, unlocked cells, each column with its input message and the validation that fits it.
    package static func dataSheet(_ framework: Framework, units: Int, language: Language)
        -> (sheet: WorkbookSheet, layout: Layout)
    {
        let templating = framework.templating
        let headings = templating.formDetailHeadings
        let entries = templating.formEntries()
        let unitColumns = AssessmentLoader.unitColumns.filter {
            $0 != "registered_level" || framework.reporting.hasRegisteredClass
        }
        let ids = unitColumns + entries.map(\.measure.key)
        let rows = units > 0 ? 2...(units + 1) : 2...1
        let columns = ids.indices.map { Column(id: ids[$0], letters: CellReference.columnLetters($0 + 1)) }
        var validations = unitColumns.indices.map { index in
            unitValidation(unitColumns[index], range: range(column: index + 1, rows: rows), templating, language)
        }
        for (offset, entry) in entries.enumerated() {
            let range = range(column: unitColumns.count + offset + 1, rows: rows)
            validations.append(FormCells.validation(entry, headings: headings, ranges: [range], language: language))
        }
        let textColumns: Set = ["unit_id", "unit_name", "parent_id"]
        let inputRow = ids.map { WorkbookCell(.empty, style: FormCells.input(text: textColumns.contains($0))) }
        let sheet = WorkbookSheet(
            name: TemplateWords.dataSheet.text.text(in: language),
            rows: [ids.map { WorkbookCell.text($0, style: .header) }] + Array(repeating: inputRow, count: rows.count),
            columnWidths: ids.map { id in id == "unit_name" ? 28 : max(10, Double(id.count) + 3) },
            frozenRows: 1, frozenColumns: 1, hasFilter: false, validations: validations)
        return (sheet, Layout(headerRow: 1, dataRows: rows, columns: columns))
    }

    /// The cells of `column` in `rows` (a single header cell's column below row 1 when `rows` is empty).
    static func range(column: Int, rows: ClosedRange<Int>) -> CellRange {
        let last = max(rows.upperBound, rows.lowerBound)
        return CellRange(CellReference(row: rows.lowerBound, column: column), CellReference(row: last, column: column))
    }

    /// The message and the check of a unit column (`unit_id`, `year`, …).
    static func unitValidation(
        _ column: String, range: CellRange, _ templating: any SchemeTemplating, _ language: Language
    ) -> DataValidation {
        let say = { (words: TemplateWords) in words.text.text(in: language) }
        let (prompt, rule): (String, DataValidation.Rule) =
            switch column {
            case "unit_id": (say(.unitIDHelp) + " (" + say(.required) + ").", .anyValue)
            case "unit_name": (say(.unitNameHelp) + ".", .anyValue)
            case "parent_id": (say(.parentIDHelp) + ".", .anyValue)
            case "year": (say(.yearHelp) + ".", .whole(minimum: 1900, maximum: 2100))
            default:
                (
                    say(.registeredHelp) + ".",
                    templating.registrableClasses.map { .whole(minimum: $0.lowerBound, maximum: $0.upperBound) }
                        ?? .anyValue
                )
            }
        return DataValidation(
            ranges: [range], rule: rule, promptTitle: column, prompt: prompt,
            errorTitle: say(.notAllowedTitle), error: prompt)
    }
}
