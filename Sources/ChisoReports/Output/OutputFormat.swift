import ChisoFormats

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

extension OutputFormat {
    /// The format a file name's extension names: `.csv`, `.json`, `.md` or `.markdown`, in any case; `nil` for any
    /// other extension (`.txt`) or none.
    ///
    /// - Parameter path: A file name or path.
    public init?(fileExtensionOf path: String) {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "csv": self = .csv
        case "json": self = .json
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }
}
