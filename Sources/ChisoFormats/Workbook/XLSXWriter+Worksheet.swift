/// One worksheet part.
enum WorksheetPart {
    /// Excel's limit on the characters of an input message, and of its title.
    static let promptLimit = 255
    /// Excel's limit on the characters of an input message's title.
    static let titleLimit = 32

    /// The `sheetN.xml` part of `sheet`, its texts added to `strings` and its looks to `styles`.
    static func bytes(of sheet: WorkbookSheet, strings: inout SharedStrings, styles: inout StyleTable) -> [UInt8] {
        let width = sheet.rows.map(\.count).max() ?? 0
        var xml = XMLBuffer(reservingCapacity: sheet.rows.count * max(width, 1) * 24 + 1024)
        xml.raw("<worksheet xmlns=\"\(XLSXWriter.mainNamespace)\" xmlns:r=\"\(XLSXWriter.relationshipNamespace)\">")
        let last = CellReference(row: max(sheet.rows.count, 1), column: max(width, 1))
        xml.raw("<dimension ref=\"\(CellRange(CellReference(row: 1, column: 1), last))\"/>")
        view(of: sheet, into: &xml)
        xml.raw("<sheetFormatPr defaultRowHeight=\"15\"/>")
        columns(of: sheet, into: &xml)
        xml.raw("<sheetData>")
        let letters = (0..<width).map { Array(CellReference.columnLetters($0 + 1).utf8) }
        var lastStyles = [(style: CellStyle, index: Int)](repeating: (CellStyle(), 0), count: width)
        for (rowIndex, row) in sheet.rows.enumerated() where !row.isEmpty {
            xml.raw("<row r=\"")
            xml.digits(rowIndex + 1)
            if rowIndex < sheet.rowHeights.count, let height = sheet.rowHeights[rowIndex], height > 0 {
                xml.raw("\" ht=\"\(number(min(height, 409)))\" customHeight=\"1")
            }
            xml.raw("\">")
            for (columnIndex, cell) in row.enumerated() {
                // Cells of a column mostly share a look: the table is asked only when it changes.
                if cell.style != lastStyles[columnIndex].style {
                    lastStyles[columnIndex] = (cell.style, styles.index(of: cell.style))
                }
                let place = CellPlace(letters: letters[columnIndex], row: rowIndex + 1)
                write(cell, at: place, style: lastStyles[columnIndex].index, into: &xml, strings: &strings)
            }
            xml.raw("</row>")
        }
        xml.raw("</sheetData>")
        if sheet.hasFilter, width > 0 {
            let header = max(sheet.frozenRows, 1)
            let range = CellRange(
                CellReference(row: header, column: 1),
                CellReference(row: max(sheet.rows.count, header), column: width))
            xml.raw("<autoFilter ref=\"\(range)\"/>")
        }
        if !sheet.mergedRanges.isEmpty {
            xml.raw("<mergeCells count=\"\(sheet.mergedRanges.count)\">")
            for range in sheet.mergedRanges { xml.raw("<mergeCell ref=\"\(range)\"/>") }
            xml.raw("</mergeCells>")
        }
        validations(of: sheet, into: &xml)
        xml.raw("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        xml.raw("</worksheet>")
        return xml.bytes
    }

    private static func view(of sheet: WorkbookSheet, into xml: inout XMLBuffer) {
        xml.raw("<sheetViews><sheetView workbookViewId=\"0\">")
        let rows = max(sheet.frozenRows, 0)
        let columns = max(sheet.frozenColumns, 0)
        if rows > 0 || columns > 0 {
            let topLeft = CellReference(row: rows + 1, column: columns + 1)
            let pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight"
            xml.raw("<pane\(columns > 0 ? " xSplit=\"\(columns)\"" : "")\(rows > 0 ? " ySplit=\"\(rows)\"" : "")")
            xml.raw(" topLeftCell=\"\(topLeft)\" activePane=\"\(pane)\" state=\"frozen\"/>")
            xml.raw("<selection pane=\"\(pane)\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>")
        }
        xml.raw("</sheetView></sheetViews>")
    }

    private static func columns(of sheet: WorkbookSheet, into xml: inout XMLBuffer) {
        let widths = sheet.columnWidths.enumerated().compactMap { index, width in width.map { (index + 1, $0) } }
        guard !widths.isEmpty else { return }
        xml.raw("<cols>")
        for (column, width) in widths {
            let clamped = min(max(width, 1), 255)
            xml.raw("<col min=\"\(column)\" max=\"\(column)\" width=\"\(number(clamped))\" customWidth=\"1\"/>")
        }
        xml.raw("</cols>")
    }

    /// Where a cell goes: its column's letters and its row.
    struct CellPlace {
        /// The column letters, as bytes.
        var letters: [UInt8]
        /// The row, from 1.
        var row: Int

        /// `<c r="B7"` and the style attribute unless the style is the default.
        func open(into xml: inout XMLBuffer, style: Int) {
            xml.raw("<c r=\"")
            xml.raw(bytes: letters)
            xml.digits(row)
            if style != 0 {
                xml.raw("\" s=\"")
                xml.digits(style)
            }
            xml.raw("\"")
        }
    }

    private static func write(
        _ cell: WorkbookCell, at place: CellPlace, style: Int, into xml: inout XMLBuffer,
        strings: inout SharedStrings
    ) {
        switch cell.value {
        case .empty:
            if style != 0 {
                place.open(into: &xml, style: style)
                xml.raw("/>")
            }
        case .text(let text):
            place.open(into: &xml, style: style)
            xml.raw(" t=\"s\"><v>")
            xml.digits(strings.index(of: text))
            xml.raw("</v></c>")
        case .number(let value):
            place.open(into: &xml, style: style)
            if value.isFinite {
                xml.raw("><v>")
                xml.number(value)
                xml.raw("</v></c>")
            } else {
                xml.raw(" t=\"e\"><v>#NUM!</v></c>")
            }
        case .boolean(let value):
            place.open(into: &xml, style: style)
            xml.raw(" t=\"b\"><v>\(value ? 1 : 0)</v></c>")
        case .formula(let formula, let cached):
            place.open(into: &xml, style: style)
            formulaCell(formula, cached: cached, into: &xml)
        }
    }

    private static func formulaCell(_ formula: String, cached: WorkbookCell.CachedValue?, into xml: inout XMLBuffer) {
        let type: String
        switch cached {
        case .text: type = " t=\"str\""
        case .boolean: type = " t=\"b\""
        case .number(let value) where !value.isFinite: type = " t=\"e\""
        default: type = ""
        }
        xml.raw("\(type)><f>")
        xml.text(formula)
        xml.raw("</f>")
        switch cached {
        case .none: break
        case .number(let value): xml.raw("<v>\(value.isFinite ? number(value) : "#NUM!")</v>")
        case .text(let text):
            xml.raw("<v>")
            xml.text(text)
            xml.raw("</v>")
        case .boolean(let value): xml.raw("<v>\(value ? 1 : 0)</v>")
        }
        xml.raw("</c>")
    }

    private static func validations(of sheet: WorkbookSheet, into xml: inout XMLBuffer) {
        guard !sheet.validations.isEmpty else { return }
        xml.raw("<dataValidations count=\"\(sheet.validations.count)\">")
        for validation in sheet.validations {
            let (type, operands) = rule(validation.rule)
            let between = ["list", "none", "custom"].contains(type) ? "" : " operator=\"between\""
            xml.raw("<dataValidation type=\"\(type)\"\(between)")
            xml.raw(
                "\(validation.allowsBlank ? " allowBlank=\"1\"" : "") showInputMessage=\"1\" showErrorMessage=\"1\"")
            for (name, text, limit) in [
                ("promptTitle", validation.promptTitle, titleLimit), ("prompt", validation.prompt, promptLimit),
                ("errorTitle", validation.errorTitle, titleLimit), ("error", validation.error, promptLimit),
            ] where !text.isEmpty {
                xml.attribute(name, shortened(text, to: limit))
            }
            xml.attribute("sqref", validation.ranges.map(\.description).joined(separator: " "))
            xml.raw(">")
            for (index, operand) in operands.enumerated() {
                xml.raw("<formula\(index + 1)>")
                xml.text(operand)
                xml.raw("</formula\(index + 1)>")
            }
            xml.raw("</dataValidation>")
        }
        xml.raw("</dataValidations>")
    }

    private static func rule(_ rule: DataValidation.Rule) -> (type: String, operands: [String]) {
        switch rule {
        case .list(let words): ("list", ["\"" + words.joined(separator: ",") + "\""])
        case .listRange(let range): ("list", [range])
        case .decimal(let minimum, let maximum): ("decimal", [number(minimum), number(maximum)])
        case .whole(let minimum, let maximum): ("whole", [String(minimum), String(maximum)])
        case .anyValue: ("none", [])
        case .custom(let formula): ("custom", [formula])
        }
    }

    /// `text` cut to `limit` characters, ending in `…` when cut.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    /// A number as the file holds it: whole numbers without a fraction, others in the shortest form that reads back
    /// as the same double.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

/// The hidden sheet that holds lists too long, or with commas or quotes, for a validation's inline list.
enum ListSheet {
    /// The hidden sheet's name.
    static let name = "_lists"
    /// Excel's limit on an inline list, in characters between the quotes.
    static let inlineLimit = 255

    /// Moves every such list of `document` to a column of a hidden sheet and points its validation there.
    static func move(longListsOf document: inout WorkbookDocument) {
        let sheetName = XLSXWriter.sheetName(name, taken: document.sheets.map(\.name))
        var columns: [[String]] = []
        for sheet in document.sheets.indices {
            for index in document.sheets[sheet].validations.indices {
                guard case .list(let words) = document.sheets[sheet].validations[index].rule,
                    words.joined(separator: ",").count > inlineLimit
                        || words.contains(where: { $0.contains(",") || $0.contains("\"") })
                else { continue }
                let column = columns.firstIndex(of: words) ?? columns.count
                if column == columns.count { columns.append(words) }
                let letters = CellReference.columnLetters(column + 1)
                document.sheets[sheet].validations[index].rule = .listRange(
                    "'\(sheetName)'!$\(letters)$1:$\(letters)$\(max(words.count, 1))")
            }
        }
        guard !columns.isEmpty else { return }
        let height = columns.map(\.count).max() ?? 0
        let rows = (0..<height).map { row in
            columns.map { row < $0.count ? WorkbookCell.text($0[row]) : .empty }
        }
        document.sheets.append(WorkbookSheet(name: sheetName, rows: rows, isHidden: true))
    }
}
