/// An `.xlsx` workbook opened for reading: its sheets in tab order, shared strings and number formats read at once,
/// each sheet's cells when asked for.
///
/// The parts are found as the package says, through `_rels/.rels` and the workbook's relationships, so a workbook
/// whose parts have other names (LibreOffice, Google Sheets, openpyxl all write the usual ones) reads the same.
package struct XLSXBook: Sendable {
    /// Why a file cannot be opened as a workbook.
    package enum Failure: Error, Hashable, Sendable {
        /// The archive cannot be read (an OLE2 compound file among these: `.xls` or encrypted).
        case zip(ZipError)
        /// The part `part` is not the XML it should be.
        case xml(part: String, XMLError)
        /// The archive is not a workbook: it lacks the part `part`.
        case notWorkbook(part: String)
        /// The archive is an OpenDocument spreadsheet (`.ods`).
        case openDocument
    }

    /// The workbook part: sheets in tab order and the date system.
    package let workbook: XLSXWorkbook
    /// The shared strings (none when the workbook has no such part).
    package private(set) var sharedStrings: XLSXSharedStrings
    /// The cell styles' number formats (General everywhere when the workbook has no styles part).
    package private(set) var styles: XLSXStyles
    /// The part name of each sheet of ``workbook``, in the same order; `nil` for a sheet whose relationship is
    /// missing or is not a worksheet (a chart sheet).
    package let sheetParts: [String?]
    private let archive: ZipReader

    /// Opens the workbook `bytes`.
    ///
    /// - Throws: ``Failure`` when the file is not a readable ZIP archive, not a workbook, or one of the parts read
    ///   at once (relationships, workbook, shared strings, styles) is not well-formed.
    /// - Complexity: O(*n*) in the size of those parts.
    package init(_ bytes: [UInt8], limits: ZipLimits = .standard) throws(Failure) {
        do { archive = try ZipReader(bytes, limits: limits) } catch { throw .zip(error) }
        if let mimetype = archive.entry(named: "mimetype"),
            let contents = try? archive.contents(of: mimetype),
            String(decoding: contents, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument")
        {
            throw .openDocument
        }
        let root = try Self.relationships(archive, part: "_rels/.rels", required: true)
        let workbookPart = XLSXRelationships.resolve(
            root.first(ofKind: "officeDocument")?.target ?? "xl/workbook.xml", from: "")
        guard archive.entry(named: workbookPart) != nil else { throw .notWorkbook(part: workbookPart) }
        workbook = try Self.parse(archive, workbookPart, XLSXWorkbook.init(parsing:))
        let relationships = try Self.relationships(archive, part: Self.relationshipsPart(of: workbookPart))
        func part(_ kind: String) -> String? {
            relationships.first(ofKind: kind).map { XLSXRelationships.resolve($0.target, from: workbookPart) }
        }
        sharedStrings = XLSXSharedStrings(strings: [])
        styles = XLSXStyles(cellFormatIDs: [], customFormats: [:])
        if let strings = part("sharedStrings") {
            sharedStrings = try Self.parse(archive, strings, XLSXSharedStrings.init(parsing:))
        }
        if let styles = part("styles") { self.styles = try Self.parse(archive, styles, XLSXStyles.init(parsing:)) }
        sheetParts = workbook.sheets.map { sheet in
            relationships[id: sheet.relationshipID].flatMap { relationship in
                relationship.type.hasSuffix("/worksheet") && !relationship.isExternal
                    ? XLSXRelationships.resolve(relationship.target, from: workbookPart) : nil
            }
        }
    }

    /// The cells of sheet `index` (a position in ``XLSXWorkbook/sheets``).
    ///
    /// - Throws: ``Failure`` when the sheet's part is missing, cannot be read from the archive or is not a
    ///   well-formed worksheet.
    /// - Complexity: O(*n*) in the size of the sheet's part.
    package func worksheet(at index: Int) throws(Failure) -> XLSXWorksheet {
        guard sheetParts.indices.contains(index), let part = sheetParts[index] else {
            throw .notWorkbook(part: "xl/worksheets/sheet\(index + 1).xml")
        }
        return try Self.parse(archive, part, XLSXWorksheet.init(parsing:))
    }

    /// `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`.
    static func relationshipsPart(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        return "\(part[..<slash])/_rels/\(part[part.index(after: slash)...]).rels"
    }

    /// The relationships part `part`; none when it is absent and not `required`.
    private static func relationships(_ archive: ZipReader, part: String, required: Bool = false)
        throws(Failure) -> XLSXRelationships
    {
        guard archive.entry(named: part) != nil else {
            if required { throw .notWorkbook(part: part) }
            return XLSXRelationships(relationships: [])
        }
        return try parse(archive, part, XLSXRelationships.init(parsing:))
    }

    /// Reads the part `part` from `archive` with `parse`.
    private static func parse<Part>(
        _ archive: ZipReader, _ part: String, _ parse: ([UInt8]) throws(XMLError) -> Part
    ) throws(Failure) -> Part {
        let bytes: [UInt8]
        do { bytes = try archive.contents(named: part) } catch { throw .zip(error) }
        do { return try parse(bytes) } catch { throw .xml(part: part, error) }
    }
}
