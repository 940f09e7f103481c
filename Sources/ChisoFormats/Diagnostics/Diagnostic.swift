public import ChisoCore

/// One problem found in an input file, with everything a person needs to find and fix it.
///
/// What it says is a ``DiagnosticMessage``: a stable ``code`` that tests match, and the words in both languages
/// (``text``); ``description(in:)`` writes it for a reader of either language.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Hashable, Sendable {
        /// The input cannot be used as it is.
        case error
        /// The input can be used, but probably not as intended.
        case warning
        /// The input was read in a way worth knowing (a semicolon as separator, Windows-1258, a row index dropped).
        case notice
    }

    /// Problems of one kind, of which the first few are shown and the rest summed up in one line (see
    /// ``DiagnosticDigest``).
    public struct Group: Hashable, Sendable {
        /// Problems with the same key, file and severity are one kind.
        public var key: String
        /// How many of them are shown one by one.
        public var shown: Int
        /// What the line that sums up the rest says after "and N more" ("còn N"), such as "rows with an empty
        /// parent_id" ("dòng có parent_id trống"); `nil` when another message already covers them and no line is
        /// needed.
        public var summary: LocalizedText?

        /// Creates a group.
        public init(_ key: String, shown: Int = DiagnosticDigest.shownPerKind, summary: LocalizedText?) {
            self.key = key
            self.shown = shown
            self.summary = summary
        }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The file, as the user named it.
    public var file: String
    /// The sheet of a workbook the problem is on, if the file is a workbook; ``line`` is then the sheet's row and
    /// ``column`` its column (1 for `A`), as Excel numbers them.
    public var sheet: String?
    /// The line, from 1, if the problem has one.
    public var line: Int?
    /// The column, from 1, if the problem has one: the field number in a CSV file, the character in a JSON file.
    public var column: Int?
    /// The field, column name or config path concerned, if any.
    public var field: String?
    /// The offending value as written, if any.
    public var value: String?
    /// The stable code of what is wrong (`csv.unclosed-quote`), which tests and scripts match.
    public var code: String
    /// What is wrong, what was expected, and how to fix it, in Vietnamese and English.
    public var text: LocalizedText
    /// What is wrong, what was expected, and how to fix it, in English.
    public var message: String { text.en }
    /// Whether the problem concerns one row of a data file only, so that `--skip-invalid` can drop that row.
    public var isRowProblem: Bool
    /// The kind of problem, when repeats of it are summed up; row problems without one are grouped by field and
    /// message.
    public var group: Group?

    /// Creates a diagnostic that says `message`.
    public init(
        _ severity: Severity = .error,
        file: String,
        line: Int? = nil,
        column: Int? = nil,
        field: String? = nil,
        value: String? = nil,
        _ message: some DiagnosticMessage,
        isRowProblem: Bool = false,
        group: Group? = nil
    ) {
        self.severity = severity
        self.file = file
        self.sheet = nil
        self.line = line
        self.column = column
        self.field = field
        self.value = value
        self.code = message.code
        self.text = message.text
        self.isRowProblem = isRowProblem
        self.group = group
    }

    /// `file:line:column: error: field "value": message`, in the form editors and compilers use. The field and
    /// the value are shortened and their invisible characters shown escaped (``DisplayText/visible(_:limit:)``), so
    /// that a huge or binary cell cannot flood a terminal.
    public var description: String { description(in: .en) }

    /// The description for a reader of `language`: `tệp.csv:3:2: lỗi: CQS.01 "abc": …` in Vietnamese. The place
    /// keeps the form editors read in both languages; on a workbook's sheet it is the cell as Excel names it,
    /// `xa.xlsx[Dữ liệu]!C14`, or the row, `xa.xlsx[Dữ liệu]!14:14`, or the sheet, `xa.xlsx[Dữ liệu]`.
    public func description(in language: Language) -> String {
        "\(location): \(severity.word(in: language)): \(body(in: language))"
    }

    /// Where the problem is, in the form editors read (`tệp.csv:3:2`) or, on a workbook's sheet, as Excel names
    /// the place (`xa.xlsx[Dữ liệu]!C14`, `xa.xlsx[Dữ liệu]!14:14`).
    public var location: String {
        guard let sheet else {
            var location = file
            if let line {
                location += ":\(line)"
                if let column { location += ":\(column)" }
            }
            return location
        }
        var location = "\(file)[\(sheet)]"
        if let line {
            if let column, column >= 1 {
                location += "!" + Self.columnLetters(column) + String(line)
            } else {
                location += "!\(line):\(line)"
            }
        }
        return location
    }

    /// Excel's letters for `column` (from 1): `A`…`Z`, `AA`…`XFD`; empty for a column below 1.
    ///
    /// - Complexity: O(log *column*).
    package static func columnLetters(_ column: Int) -> String {
        var letters: [UInt8] = []
        var remaining = column
        while remaining > 0 {
            remaining -= 1
            letters.append(UInt8(ascii: "A") + UInt8(remaining % 26))
            remaining /= 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The diagnostic placed on sheet `sheet` of its workbook when it concerns `file` and `sheet` is not `nil`;
    /// otherwise unchanged.
    public func placed(onSheet sheet: String?, of file: String) -> Diagnostic {
        guard let sheet, self.file == file, self.sheet == nil else { return self }
        var placed = self
        placed.sheet = sheet
        return placed
    }

    /// `field "value": message`, the description without its place and severity.
    package var body: String { body(in: .en) }

    /// `field "value": message` in `language`.
    package func body(in language: Language) -> String {
        var subject = ""
        if let field { subject += DisplayText.visible(field) }
        if let value { subject += (subject.isEmpty ? "" : " ") + "\"\(DisplayText.visible(value))\"" }
        return (subject.isEmpty ? "" : subject + ": ") + text.text(in: language)
    }
}

/// Problems that stop a command: every problem of the input at once.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is, which decides the exit status.
    public enum Kind: Hashable, Sendable {
        /// The data is unusable (exit 65).
        case data
        /// An input cannot be opened (exit 66).
        case noInput
        /// The command was called wrongly (exit 64).
        case usage
        /// An output file cannot be created (exit 73).
        case cannotCreate
        /// The output is a pipe whose reader has gone (`chiso score … | head`): the run ends quietly, as a process
        /// that SIGPIPE ends (141 in a shell).
        case closedPipe
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// Every problem found; warnings may be among them.
    public var diagnostics: [Diagnostic]

    /// Creates an error.
    public init(_ kind: Kind = .data, _ diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    /// Creates an error with a single problem that says `message`.
    public init(_ kind: Kind, file: String, _ message: some DiagnosticMessage) {
        self.init(kind, [Diagnostic(file: file, message)])
    }

    /// One problem per line.
    public var description: String { description(in: .en) }

    /// One problem per line, for a reader of `language`.
    public func description(in language: Language) -> String {
        diagnostics.map { $0.description(in: language) }.joined(separator: "\n")
    }
}
