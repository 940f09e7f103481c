/// A format for command output.
public enum OutputFormat: String, Hashable, Sendable, CaseIterable {
    /// An aligned table for a terminal.
    case table
    /// CSV, one row per unit.
    case csv
    /// JSON with every detail.
    case json
    /// A Markdown table.
    case markdown
}
