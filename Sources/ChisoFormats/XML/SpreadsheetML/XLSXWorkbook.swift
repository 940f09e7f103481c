/// The workbook part (`xl/workbook.xml`): its sheets in tab order and its date system.
package struct XLSXWorkbook: Hashable, Sendable {
    /// A sheet as the workbook lists it.
    package struct Sheet: Hashable, Sendable {
        /// The tab's name, in NFC.
        package var name: String
        /// `sheetId`, stable while sheets are moved.
        package var sheetID: Int
        /// The relationship (`r:id`) that leads to the sheet's part.
        package var relationshipID: String
        /// Whether the tab is shown.
        package var visibility: Visibility
    }

    /// Whether a sheet's tab is shown (`state`).
    package enum Visibility: String, Hashable, Sendable {
        /// Shown.
        case visible
        /// Hidden; the user can unhide it.
        case hidden
        /// Hidden; only a macro can unhide it.
        case veryHidden
    }

    /// The sheets in tab order.
    package var sheets: [Sheet]
    /// Whether serial dates count from 1904 (`workbookPr date1904`) rather than 1900.
    package var usesDate1904: Bool

    /// Reads the workbook part.
    ///
    /// - Throws: ``XMLError`` when the part is not well-formed, not `<workbook>`, or a sheet lacks its name, ID or
    ///   relationship.
    /// - Complexity: O(*n*) in the size of the part.
    package init(parsing bytes: [UInt8]) throws(XMLError) {
        var scanner = try SpreadsheetPart.open(bytes, root: "workbook")
        sheets = []
        usesDate1904 = false
        while let event = try scanner.next() {
            guard case .start(let tag) = event else { continue }
            switch tag.localName {
            case "workbookPr": usesDate1904 = SpreadsheetPart.flag(tag["date1904"])
            case "sheet":
                guard let relationship = tag.prefixedAttribute("id") else {
                    throw scanner.error(
                        .missingAttribute(element: tag.name, attribute: "r:id"), at: scanner.eventOffset)
                }
                sheets.append(
                    Sheet(
                        name: SpreadsheetPart.userText(try SpreadsheetPart.required("name", of: tag, in: scanner)),
                        sheetID: try SpreadsheetPart.number("sheetId", of: tag, in: scanner),
                        relationshipID: relationship,
                        visibility: tag["state"].flatMap(Visibility.init(rawValue:)) ?? .visible))
            case "extLst", "definedNames", "bookViews": try scanner.skipElement()
            default: break
            }
        }
    }
}

/// The shared strings part (`xl/sharedStrings.xml`): the strings cells of type `s` point at by index.
package struct XLSXSharedStrings: Hashable, Sendable {
    /// The strings in order, in NFC: each `<si>`'s `<t>`, or its rich text runs' `<t>` concatenated (phonetic runs
    /// left out).
    package var strings: [String]

    /// Creates the part from its strings.
    package init(strings: [String]) { self.strings = strings }

    /// Reads the shared strings part.
    ///
    /// - Throws: ``XMLError`` when the part is not well-formed or not `<sst>`.
    /// - Complexity: O(*n*) in the size of the part.
    package init(parsing bytes: [UInt8]) throws(XMLError) {
        var scanner = try SpreadsheetPart.open(bytes, root: "sst")
        strings = []
        while let event = try scanner.next() {
            guard case .start(let tag) = event, tag.localName == "si" else { continue }
            strings.append(try SpreadsheetPart.richText(&scanner))
        }
    }

    /// The string at `index`, or `nil` when there is none (a cell pointing past the table).
    package subscript(index: Int) -> String? { strings.indices.contains(index) ? strings[index] : nil }
}
