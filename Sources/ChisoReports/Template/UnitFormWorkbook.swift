package import ChisoCore
package import ChisoFormats

/// The form one unit fills (`chiso template --per-unit --format xlsx`), laid out as ``UnitForm`` defines: the unit's
/// identity in a block at the top, then one row per criterion with what is asked and the cells to fill.
package enum UnitFormWorkbook {
    /// A unit a form is made for; empty fields leave their cells to fill.
    package struct Unit: Hashable, Sendable {
        /// `unit_id`.
        package var id: String
        /// `unit_name`.
        package var name: String
        /// `parent_id`.
        package var parentID: String

        /// Creates a unit.
        package init(id: String, name: String = "", parentID: String = "") {
            self.id = id
            self.name = name
            self.parentID = parentID
        }
    }

    /// A workbook of one form per unit, one sheet each (a blank form when `units` is empty), then the instructions
    /// and the source (from `origin`, whose language the forms are in). Sheets are named after the unit IDs, made valid
    /// sheet names by the writer.
    package static func document(_ framework: Framework, units: [Unit], origin: WorkbookOrigin) -> WorkbookDocument {
        let language = origin.language
        let forms =
            units.isEmpty
            ? [sheet(framework, unit: nil, language: language)]
            : units.map { sheet(framework, unit: $0, language: language) }
        return WorkbookDocument(
            sheets: forms + [
                TemplateSheets.instructions(framework, perUnit: true, language: language),
                TemplateSheets.source(origin),
            ])
    }

    /// One unit's form sheet, named after its unit ID (or "Phiếu"/"Form" for a blank one).
    package static func sheet(_ framework: Framework, unit: Unit?, language: Language) -> WorkbookSheet {
        let templating = framework.templating
        let headings = templating.formDetailHeadings
        let entries = templating.formEntries()
        let form = UnitForm(detailCount: headings.count)
        var rows = identityRows(framework, unit: unit, language: language)
        rows.append(
            [UnitForm.Column.criterion, .name, .unit].map { .text($0.headings.text(in: language), style: .header) }
                + headings.map { .text($0.text(in: language), style: .header) }
                + [UnitForm.Column.value, .evidence, .note].map {
                    .text($0.headings.text(in: language), style: .header)
                })
        var validations = identityValidations(framework, language: language)
        let describing = CellStyle(wraps: true)
        let widths: [Double] = [18, 48, 14] + headings.map { _ in 26 } + [14, 30, 24]
        var heights: [Double?] = Array(repeating: nil, count: UnitForm.headerRow)
        for (index, entry) in entries.enumerated() {
            let row = UnitForm.row(ofMeasure: index)
            rows.append(
                [
                    .text(entry.measure.key), .text(entry.name.text(in: language), style: describing),
                    .text(entry.unit.text(in: language), style: describing),
                ]
                    + entry.details.map { .text($0.text(in: language), style: describing) }
                    + [
                        WorkbookCell(.empty, style: FormCells.input()), WorkbookCell(.empty, style: FormCells.input()),
                        WorkbookCell(.empty, style: FormCells.input()),
                    ])
            let described = [entry.name, entry.unit] + entry.details
            heights.append(
                FormCells.rowHeight(
                    zip(described, widths.dropFirst()).map { ($0.text(in: language), $1) }))
            let cell = CellReference(row: row, column: form.valueColumn)
            validations.append(
                FormCells.validation(entry, headings: headings, ranges: [CellRange(cell, cell)], language: language))
        }
        let title = CellRange(
            CellReference(row: UnitForm.titleRow, column: 1), CellReference(row: UnitForm.titleRow, column: form.width))
        var sheet = WorkbookSheet(
            name: unit?.id ?? TemplateWords.formSheet.text.text(in: language), rows: rows, columnWidths: widths,
            frozenRows: UnitForm.headerRow, mergedRanges: [title], validations: validations)
        sheet.rowHeights = heights
        return sheet
    }

    /// Rows 1 to 7: the title, the identity block, an empty row.
    static func identityRows(_ framework: Framework, unit: Unit?, language: Language)
        -> [[WorkbookCell]]
    {
        let title = TemplateWords.formSheet.text.text(in: language) + " — " + framework.name.text(in: language)
        var rows: [[WorkbookCell]] = [[.text(title, style: CellStyle(isBold: true))]]
        let hasLevels = framework.templating.registrableClasses != nil
        for field in UnitForm.Field.allCases {
            if field == .registeredLevel, !hasLevels {
                rows.append([])
                continue
            }
            let value: String =
                switch field {
                case .unitID: unit?.id ?? ""
                case .unitName: unit?.name ?? ""
                case .parentID: unit?.parentID ?? ""
                case .year, .registeredLevel: ""
                }
            let isText = field != .year && field != .registeredLevel
            rows.append([
                .text(field.label.text(in: language), style: CellStyle(isBold: true)),
                WorkbookCell(value.isEmpty ? .empty : .text(value), style: FormCells.input(text: isText)),
            ])
        }
        while rows.count < UnitForm.headerRow - 1 { rows.append([]) }
        return rows
    }

    /// The messages and checks of the identity cells.
    static func identityValidations(_ framework: Framework, language: Language) -> [DataValidation] {
        let templating = framework.templating
        return UnitForm.Field.allCases.compactMap { field in
            if field == .registeredLevel, templating.registrableClasses == nil { return nil }
            let cell = CellReference(row: field.row, column: UnitForm.identityValueColumn)
            return TemplateWorkbook.unitValidation(
                field.rawValue, range: CellRange(cell, cell), templating, language)
        }
    }
}
