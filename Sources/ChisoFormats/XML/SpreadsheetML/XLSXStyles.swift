/// What a cell's number format shows its number as, as far as reading values is concerned.
package enum NumberFormatKind: Hashable, Sendable {
    /// A plain number (or text, or anything not below).
    case number
    /// A percentage: the cell holds 0.725 and shows `72.5%`.
    case percent
    /// A date, a time or both: the cell holds a serial day number.
    case dateTime
}

/// The styles part (`xl/styles.xml`), as far as number formats go: each cell style's format and the custom formats.
package struct XLSXStyles: Hashable, Sendable {
    /// The number format ID of each cell style (`cellXfs`), by the style index cells carry in `s`.
    package var cellFormatIDs: [Int]
    /// The custom number formats (`numFmts`): format code by ID.
    package var customFormats: [Int: String]

    /// Creates the number formats of styles from their parts.
    package init(cellFormatIDs: [Int], customFormats: [Int: String]) {
        self.cellFormatIDs = cellFormatIDs
        self.customFormats = customFormats
    }

    /// Reads the styles part.
    ///
    /// - Throws: ``XMLError`` when the part is not well-formed, not `<styleSheet>`, or a format's ID is not a
    ///   whole number.
    /// - Complexity: O(*n*) in the size of the part.
    package init(parsing bytes: [UInt8]) throws(XMLError) {
        var scanner = try SpreadsheetPart.open(bytes, root: "styleSheet")
        cellFormatIDs = []
        customFormats = [:]
        while let event = try scanner.next() {
            guard case .start(let tag) = event else { continue }
            switch tag.localName {
            case "numFmt":
                let id = try SpreadsheetPart.number("numFmtId", of: tag, in: scanner)
                customFormats[id] = try SpreadsheetPart.required("formatCode", of: tag, in: scanner)
            case "cellXfs": try readCellFormats(&scanner)
            case "cellStyleXfs", "extLst", "fonts", "fills", "borders", "dxfs": try scanner.skipElement()
            default: break
            }
        }
    }

    /// Reads the `<xf>` of the `<cellXfs>` just opened.
    private mutating func readCellFormats(_ scanner: inout XMLScanner) throws(XMLError) {
        let outer = scanner.depth - 1
        while let event = try scanner.next() {
            switch event {
            case .start(let tag) where tag.localName == "xf":
                cellFormatIDs.append(try SpreadsheetPart.number("numFmtId", of: tag, in: scanner, default: 0))
                try scanner.skipElement()
            case .end where scanner.depth == outer: return
            default: break
            }
        }
    }

    /// The number format ID of cell style `style` (0, General, for a style the part does not have).
    package func formatID(ofStyle style: Int) -> Int {
        cellFormatIDs.indices.contains(style) ? cellFormatIDs[style] : 0
    }

    /// What cell style `style` shows its number as.
    package func kind(ofStyle style: Int) -> NumberFormatKind {
        let id = formatID(ofStyle: style)
        return Self.kind(ofFormat: id, code: customFormats[id])
    }

    /// What number format `id` shows a number as: built-in 9 and 10 are percentages, 14–22 and 45–47 dates and
    /// times; a custom `code` is a percentage with `%`, a date or time with `y`, `m`, `d`, `h` or `s` (either
    /// case), counted outside quoted text, `[…]` brackets (except elapsed time `[h]`, `[mm]`, `[ss]`), and the
    /// characters escaped by `\`, `_` and `*`; only the first section (before `;`) counts.
    ///
    /// - Complexity: O(*n*) in the length of `code`.
    package static func kind(ofFormat id: Int, code: String?) -> NumberFormatKind {
        switch id {
        case 9, 10: return .percent
        case 14...22, 45...47: return .dateTime
        default: break
        }
        guard let code else { return .number }
        var percent = false
        var date = false
        var characters = code.unicodeScalars.makeIterator()
        while let character = characters.next() {
            switch character {
            case ";": return percent ? .percent : date ? .dateTime : .number
            case "\"": while let inner = characters.next(), inner != "\"" {}
            case "\\", "_", "*": _ = characters.next()
            case "[":
                var bracket = ""
                while let inner = characters.next(), inner != "]" { bracket.unicodeScalars.append(inner) }
                if !bracket.isEmpty, bracket.lowercased().allSatisfy({ "hms".contains($0) }) { date = true }
            case "%": percent = true
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S": date = true
            default: break
            }
        }
        return percent ? .percent : date ? .dateTime : .number
    }
}
