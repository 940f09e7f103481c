/// How an assessment file is read beyond its framework's columns: columns to leave out, what to do with columns
/// that are not the framework's, and whether percentage columns hold shares from 0 to 1.
public struct ReadingOptions: Hashable, Sendable {
    /// What happens to a column that is neither a unit column nor a criterion of the framework.
    public enum ExtraColumns: String, Hashable, Sendable, CaseIterable {
        /// It is an error, with the nearest criterion suggested, so that a typo cannot pass (the default).
        case refuse
        /// It is left out, with one notice that lists such columns.
        case ignore
        /// It is left out of scoring and its values pass through to `score --format csv`, after the other columns.
        case keep
    }

    /// Columns to leave out, by name (compared as headers are: trimmed, NFC, then regardless of case).
    public var ignoredColumns: [String]
    /// What happens to columns that are not the framework's.
    public var extraColumns: ExtraColumns
    /// Whether percentage columns whose values all lie from 0 to 1 hold shares, to be read as percentages (× 100).
    public var fractions: Bool
    /// `--year`: the one year of a panel (a file with a `year` column) to read; `nil` reads every row.
    public var year: Int?
    /// The sheet to read when the file is a workbook (`--sheet`); the first sheet when `nil`.
    public var sheet: String?

    /// Creates options; the defaults read only the framework's columns, strictly, from a workbook's first sheet.
    public init(
        ignoredColumns: [String] = [], extraColumns: ExtraColumns = .refuse, fractions: Bool = false, year: Int? = nil,
        sheet: String? = nil
    ) {
        self.ignoredColumns = ignoredColumns
        self.extraColumns = extraColumns
        self.fractions = fractions
        self.year = year
        self.sheet = sheet
    }
}
