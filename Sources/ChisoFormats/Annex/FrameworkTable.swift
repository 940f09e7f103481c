package import ChisoCore
import Foundation

/// A framework written as a decision's annex table: chiso's second framework file format, beside the JSON one.
///
/// A table file is a workbook (`.xlsx`) or a CSV file holding these parts (``FrameworkTablePart``):
/// - **`Khung`**, the annex itself (the workbook's sheet named so, else its first sheet with an annex header; in a
///   CSV file, every row before the first part marker): a title block if any, then the header (`STT`, `Mã`,
///   `Chỉ số/Chỉ số thành phần` or `Tiêu chí`, …; ``AnnexColumn`` lists the columns read), then one row per
///   group, indicator or criterion. A point framework's table has `Điểm tối đa`; a level framework's has
///   `Mức 1 … Mức n`.
/// - **`Thông tin`**: one row per setting, `label | value | English value` (``FrameworkTableInfo``): the
///   framework's ID, name, unit type, provenance (decision, date, issuer, title, part, one row per note) and the
///   scheme's own settings.
/// - the scheme's own parts: `Xếp loại` (tiers and the class below the last), `Khung nhìn` (views) and
///   `Lựa chọn` (codes and English names of choice answers) for points; `Mức` (the level names) for levels.
///
/// In a CSV file a part starts at a row whose first cell is its name in brackets (`[Thông tin]`), the rows up to
/// the next marker being its own.
package enum FrameworkTable {
    /// Whether `path` names a framework table rather than a framework file: it ends in `.xlsx` or `.csv`.
    package static func isTableFile(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".xlsx") || lower.hasSuffix(".csv")
    }
}

/// A part of a framework table: a workbook's sheet, or a section of a CSV file.
package enum FrameworkTablePart: String, CaseIterable, Hashable, Sendable {
    /// The annex table itself.
    case main = "Khung"
    /// The framework's identity, provenance and settings, one row per setting.
    case info = "Thông tin"
    /// Points: the tiers, best first, and the class below the last.
    case tiers = "Xếp loại"
    /// Points: the views (named sets of nodes).
    case views = "Khung nhìn"
    /// Points: the codes and English names of choice answers.
    case choices = "Lựa chọn"
    /// Levels: the names of the levels, lowest first.
    case levels = "Mức"

    /// The part's name: the sheet's name, and the CSV marker's text without brackets.
    package var title: String { rawValue }

    /// The part a sheet's name or a CSV marker's text (brackets removed) names, compared as header cells are.
    package init?(title: String) {
        let key = AnnexText.headerKey(title)
        guard let part = Self.allCases.first(where: { AnnexText.headerKey($0.rawValue) == key }) else { return nil }
        self = part
    }

    /// The part a CSV marker cell (`[Thông tin]`) names, or `nil` when the cell is no marker.
    package init?(marker cell: String) {
        let text = AnnexText.oneLine(cell)
        guard text.hasPrefix("["), text.hasSuffix("]") else { return nil }
        self.init(title: String(text.dropFirst().dropLast()))
    }
}

/// The rows of one part as read, with the sheet they are on (`nil` for a CSV file).
package struct FrameworkTableRows: Sendable {
    /// The rows, each a record whose field *n* is column *n*; blank rows may be among them.
    package var records: [CSVRecord]
    /// The sheet, for a workbook.
    package var sheet: String?

    /// Creates the rows of a part.
    package init(records: [CSVRecord], sheet: String?) {
        self.records = records
        self.sheet = sheet
    }
}

/// The `Thông tin` part: one setting per row, `label | value | English value`, labels compared as header cells
/// are (``AnnexText/headerKey(_:)``).
package struct FrameworkTableInfo: Sendable {
    /// One row of settings.
    package struct Entry: Sendable {
        /// The label as normalised (`mã khung`).
        package var key: String
        /// The label as written.
        package var label: String
        /// The value (column B), as written, trimmed.
        package var value: String
        /// The English value (column C), if any.
        package var english: String
        /// The row.
        package var line: Int
    }

    /// The rows, in order; a label may repeat (`Ghi chú`, one note per row).
    package var entries: [Entry]
    /// The sheet, for a workbook.
    package var sheet: String?

    /// Reads the rows of a `Thông tin` part; rows with an empty label are skipped.
    package init(_ rows: FrameworkTableRows?) {
        sheet = rows?.sheet
        entries = (rows?.records ?? []).compactMap { record in
            let field = { (index: Int) in index < record.fields.count ? record.fields[index] : "" }
            let label = AnnexText.oneLine(field(0))
            guard !label.isEmpty, FrameworkTablePart(marker: label) == nil else { return nil }
            return Entry(
                key: AnnexText.headerKey(label), label: label, value: Self.trimmed(field(1)),
                english: Self.trimmed(field(2)), line: record.line)
        }
    }

    /// `text` in NFC without white space at its ends: a value is kept as written, its inner spaces and lines too.
    static func trimmed(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The first row labelled with any of `labels` (compared as header cells are), if any.
    package func entry(_ labels: String...) -> Entry? {
        let keys = Set(labels.map(AnnexText.headerKey))
        return entries.first { keys.contains($0.key) }
    }

    /// Every row labelled with any of `labels`, in order.
    package func entries(_ labels: String...) -> [Entry] {
        let keys = Set(labels.map(AnnexText.headerKey))
        return entries.filter { keys.contains($0.key) }
    }
}

/// The problems found while importing a table, each placed on its file, sheet, row and column.
package struct FrameworkTableProblems: Sendable {
    /// The file, as the user named it.
    package let file: String
    /// The problems, in the order found.
    package private(set) var list: [Diagnostic] = []

    /// Starts an empty list for `file`.
    package init(file: String) { self.file = file }

    /// Adds `message` about the cell at `line` and `column` of `sheet`.
    package mutating func add(
        _ message: any DiagnosticMessage, sheet: String?, line: Int?, column: Int?,
        _ severity: Diagnostic.Severity = .error, field: String? = nil, value: String? = nil
    ) {
        let diagnostic = Diagnostic(
            severity, file: file, line: line, column: column, field: field, value: value, message)
        list.append(diagnostic.placed(onSheet: sheet, of: file))
    }

    /// Adds problems already placed.
    package mutating func add(_ diagnostics: [Diagnostic]) { list += diagnostics }

    /// Whether any problem is an error.
    package var hasErrors: Bool { list.contains { $0.severity == .error } }
}

/// What a scheme's table reader is given: the file's name, the annex read into an outline, the scheme's own
/// parts and the `Thông tin` rows.
package struct FrameworkTableInput: Sendable {
    /// The file, as the user named it.
    package var file: String
    /// The annex table, read (its problems are already reported by the importer).
    package var table: AnnexTable
    /// The sheet the annex is on, `nil` for a CSV file.
    package var sheet: String?
    /// The other parts found, by part.
    package var parts: [FrameworkTablePart: FrameworkTableRows]
    /// The `Thông tin` rows (empty when the file has none).
    package var info: FrameworkTableInfo

    /// Creates the input.
    package init(
        file: String, table: AnnexTable, sheet: String?, parts: [FrameworkTablePart: FrameworkTableRows],
        info: FrameworkTableInfo
    ) {
        self.file = file
        self.table = table
        self.sheet = sheet
        self.parts = parts
        self.info = info
    }
}

/// What a scheme's table reader gives back: the scheme's top-level keys of a framework file, and comments to
/// write in that file.
package struct SchemeTableRead {
    /// The scheme's top-level members, in file order, as its JSON decoder reads them.
    package var members: JSONObjectBuilder
    /// Comment lines to write just before the `"id"` of the object with that ID (a node, a criterion, a group),
    /// without the `//`: where in the table the object was read (`Khung!A12`), the decision's text, and every
    /// suggestion to confirm. The importer maps the decoder's problems back to the table through them.
    package var comments: [String: [String]]

    /// Creates a result.
    package init(members: JSONObjectBuilder, comments: [String: [String]] = [:]) {
        self.members = members
        self.comments = comments
    }
}

/// What a scheme's table writer gives: the annex's header and rows, the scheme's own parts and settings.
package struct SchemeTableWrite: Sendable {
    /// The header of the annex (`STT`, `Mã`, …), titles as ``AnnexColumn/title`` gives them.
    package var header: [String]
    /// The annex's rows, as many cells as the header.
    package var rows: [[String]]
    /// The scheme's own parts, each its header row first.
    package var parts: [(part: FrameworkTablePart, rows: [[String]])]
    /// The scheme's own settings for `Thông tin`: `label | value | English value` rows.
    package var info: [[String]]

    /// Creates the tables.
    package init(
        header: [String], rows: [[String]], parts: [(part: FrameworkTablePart, rows: [[String]])] = [],
        info: [[String]] = []
    ) {
        self.header = header
        self.rows = rows
        self.parts = parts
        self.info = info
    }
}

/// How one scheme is written as an annex table: which tables are its, and its reader and writer.
package struct SchemeTableFormat: Sendable {
    /// Whether an annex table is this scheme's (levels: it has `Mức n` columns).
    package var fits: @Sendable (_ table: AnnexTable) -> Bool
    /// Reads the scheme's keys from the table, every problem added to `problems`; `nil` when it cannot.
    package var read:
        @Sendable (_ input: FrameworkTableInput, _ problems: inout FrameworkTableProblems) -> SchemeTableRead?
    /// Writes the scheme as tables, when the scheme is this format's.
    package var write: @Sendable (_ scheme: any ScoringScheme) -> SchemeTableWrite?

    /// Creates a table format.
    package init(
        fits: @escaping @Sendable (_ table: AnnexTable) -> Bool,
        read:
            @escaping @Sendable (_ input: FrameworkTableInput, _ problems: inout FrameworkTableProblems) ->
            SchemeTableRead?,
        write: @escaping @Sendable (_ scheme: any ScoringScheme) -> SchemeTableWrite?
    ) {
        self.fits = fits
        self.read = read
        self.write = write
    }
}
