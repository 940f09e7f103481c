/// A decision's annex table read into an outline: the header found under any title block, each column's role,
/// the rows in the order of the table with their place in the hierarchy, and every problem found at once.
///
/// Reads the records ``TableReader/read(_:file:knownColumns:sheet:)`` gives for a CSV file or a workbook's sheet
/// (field *n* is column *n*). Pure: it reads nothing itself. Tolerates what a paste from Word produces: a title
/// block above the header, line breaks inside cells (header cells too), blank spacer rows, `10đ` / `(20 điểm)` /
/// `20 điểm` / `2,5` in `Điểm tối đa`, `1.` and `I.` with a trailing dot.
public struct AnnexTable: Hashable, Sendable {
    /// The row (line) of the header, `nil` when none was found.
    public var headerLine: Int?
    /// The role of each column read, by column number from 1.
    public var columns: [Int: AnnexColumn]
    /// The rows, in the order of the table; blank rows and rows whose number cannot be read are left out.
    public var rows: [AnnexRow]
    /// Every problem found, placed on the sheet when one was given.
    public var problems: [Diagnostic]
    /// The header's cells as written (`Mức 1 (Khởi động)` names a level), empty when no header was found.
    public var headerCells: [String] = []

    /// Whether the table is a level framework's (`Mức n` columns) rather than a points table's.
    public var isLevelTable: Bool { columns.values.contains { if case .level = $0 { true } else { false } } }

    /// Reads the annex table in `records`.
    ///
    /// - Parameters:
    ///   - records: The table's records, title block included.
    ///   - file: The file's name, for messages.
    ///   - sheet: The workbook sheet the records come from, for messages; `nil` for a CSV file.
    /// - Complexity: O(*n*) in the number of cells.
    public static func read(_ records: [CSVRecord], file: String, sheet: String? = nil) -> AnnexTable {
        var problems = AnnexProblems(file: file, sheet: sheet)
        guard let headerIndex = records.firstIndex(where: { Self.isHeader($0) }) else {
            problems.add(AnnexTableMessage.noHeader, line: nil, column: nil)
            return AnnexTable(headerLine: nil, columns: [:], rows: [], problems: problems.list)
        }
        let header = records[headerIndex]
        let columns = Self.columns(of: header, problems: &problems)
        var outline = AnnexOutline(columns: columns)
        for record in records[(headerIndex + 1)...] { outline.add(record, problems: &problems) }
        let rows = outline.finish(problems: &problems)
        var table = AnnexTable(headerLine: header.line, columns: columns, rows: rows, problems: problems.list)
        table.headerCells = header.fields
        return table
    }

    /// Whether `record` names the columns `STT` and a name column.
    static func isHeader(_ record: CSVRecord) -> Bool {
        let found = Set(record.fields.compactMap(AnnexColumn.init(header:)))
        return found.contains(.number) && found.contains(.name)
    }

    /// The role of each column of `header`, the first of two with the same role read; the columns a table
    /// needs and lacks, and those not read, added to `problems`.
    static func columns(of header: CSVRecord, problems: inout AnnexProblems) -> [Int: AnnexColumn] {
        var columns: [Int: AnnexColumn] = [:]
        for (index, field) in header.fields.enumerated() {
            guard let column = AnnexColumn(header: field) else {
                if !AnnexText.oneLine(field).isEmpty {
                    problems.add(
                        AnnexTableMessage.columnNotRead, line: header.line, column: index + 1, .notice,
                        field: AnnexText.oneLine(field))
                }
                continue
            }
            if !columns.values.contains(column) { columns[index + 1] = column }
        }
        let levels = columns.values.compactMap { if case .level(let level) = $0 { level } else { nil } }
        var missing: [AnnexColumn] = []
        if levels.isEmpty, !columns.values.contains(.maxPoints) { missing.append(.maxPoints) }
        if let top = levels.max() {
            missing += (1...top).filter { !levels.contains($0) }.map { .level($0) }
        }
        for column in missing {
            problems.add(AnnexTableMessage.missingColumn(column: column.title), line: header.line, column: nil)
        }
        return columns
    }
}

/// The problems found so far, each located in the file (and sheet).
struct AnnexProblems {
    /// The file's name.
    let file: String
    /// The sheet, when a workbook's.
    let sheet: String?
    /// The problems, in the order found.
    var list: [Diagnostic] = []

    /// Adds `message` at `line` and `column`.
    mutating func add(
        _ message: AnnexTableMessage, line: Int?, column: Int?, _ severity: Diagnostic.Severity = .error,
        field: String? = nil, value: String? = nil
    ) {
        let diagnostic = Diagnostic(
            severity, file: file, line: line, column: column, field: field, value: value, message)
        list.append(diagnostic.placed(onSheet: sheet, of: file))
    }
}
