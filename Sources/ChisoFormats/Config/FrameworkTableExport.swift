package import ChisoCore

/// Writes a framework as a framework table (``FrameworkTable``): the annex as a decision prints it, with chiso's
/// added columns carrying every rule parameter, a `Thông tin` part and the scheme's own parts, so that
/// ``FrameworkTableImport`` reads back an equal framework.
package enum FrameworkTableExport {
    /// A framework's table: the annex (title block, header, rows) and the other parts, each header first.
    package struct Tables: Sendable {
        /// The annex: two title lines, a blank row, the header and the rows.
        package var main: [[String]]
        /// The row (from 1) of the annex's header.
        package var headerRow: Int
        /// The other parts, in the order written.
        package var parts: [(part: FrameworkTablePart, rows: [[String]])]
    }

    /// The tables of `framework`, or `nil` when its scheme has no table format.
    package static func tables(_ framework: Framework) -> Tables? {
        guard
            let written = SchemeFormat.registered.lazy.compactMap({ $0.table?.write(framework.scheme) }).first
        else { return nil }
        let provenance = framework.provenance
        var source = "Quyết định số \(provenance.decision)"
        if provenance.date != FrameworkTableCommon.unknown.vi {
            source += " ngày \(FrameworkTableCommon.vietnameseDate(provenance.date))"
        }
        source += " của \(provenance.issuer.vi)"
        let title: [[String]] = [[framework.name.vi], [source], []]
        var info = FrameworkTableCommon.rows(of: framework)
        info += written.info
        return Tables(
            main: title + [written.header] + written.rows, headerRow: title.count + 1,
            parts: [(.info, info)] + written.parts)
    }

    /// The tables as one CSV file: the annex first, then each part after its marker row (`[Thông tin]`), every
    /// row as wide as the widest.
    package static func csv(_ tables: Tables) -> String {
        let all = tables.main + tables.parts.flatMap { [["[\($0.part.title)]"]] + $0.rows }
        let width = all.map(\.count).max() ?? 0
        var text = ""
        for row in tables.main { text += CSVWriter.line(padded(row, to: width)) }
        for part in tables.parts {
            text += CSVWriter.line(padded(["[\(part.part.title)]"], to: width))
            for row in part.rows { text += CSVWriter.line(padded(row, to: width)) }
        }
        return text
    }

    /// The tables as a workbook: a sheet per part, the annex's named `Khung`, headers bold and frozen, text
    /// wrapped, `Điểm tối đa` as numbers.
    package static func workbook(_ tables: Tables) -> WorkbookDocument {
        var sheets = [sheet(FrameworkTablePart.main.title, tables.main, headerRow: tables.headerRow)]
        for part in tables.parts { sheets.append(sheet(part.part.title, part.rows, headerRow: 1)) }
        return WorkbookDocument(sheets: sheets)
    }

    /// One sheet of `rows` whose header is on `headerRow`.
    static func sheet(_ name: String, _ rows: [[String]], headerRow: Int) -> WorkbookSheet {
        let header = rows.count >= headerRow ? rows[headerRow - 1] : []
        let numeric = Set(header.indices.filter { AnnexColumn(header: header[$0]) == .maxPoints })
        let body = CellStyle(wraps: true)
        var cells: [[WorkbookCell]] = []
        for (index, row) in rows.enumerated() {
            let line = index + 1
            cells.append(
                row.enumerated().map { column, text in
                    if line < headerRow { return .text(text, style: CellStyle(isBold: line == 1)) }
                    if line == headerRow { return .text(text, style: .header) }
                    if numeric.contains(column), let number = Double(text) { return .number(number, style: body) }
                    return text.isEmpty ? .text("") : .text(text, style: body)
                })
        }
        let widths: [Double?] = header.map { title in
            switch AnnexColumn(header: title) {
            case .number: 6
            case .code, .maxPoints, .measure, .theme, .informationOnly, .extended: 12
            case .name, .englishName, .method, .methodSource, .basis, .note, .evidence: 48
            case .level: 16
            default: 24
            }
        }
        return WorkbookSheet(
            name: name, rows: cells, columnWidths: widths.isEmpty ? [28, 60, 40] : widths, frozenRows: headerRow)
    }

    /// `row` with empty cells added up to `width`.
    static func padded(_ row: [String], to width: Int) -> [String] {
        row.count >= width ? row : row + Array(repeating: "", count: width - row.count)
    }
}
