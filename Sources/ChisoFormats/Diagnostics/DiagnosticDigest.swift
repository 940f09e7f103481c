import ChisoCore

/// Turns a list of problems into the lines a person reads: every problem of a kind up to a few, then one line that
/// sums up the rest ("and 118 more rows with an empty parent_id"). The problems themselves are kept whole, so that
/// counts and `--skip-invalid` stay exact; only what is printed is shortened.
public enum DiagnosticDigest {
    /// How many problems of one kind are shown before the rest are summed up, unless the kind says otherwise.
    public static let shownPerKind = 3

    /// The lines to print for `diagnostics`, in their order.
    ///
    /// Problems are of one kind when they share a file, a severity and a ``Diagnostic/Group`` key; row problems
    /// without a group are of one kind when they share a field and a message (the same error in one column). Other
    /// problems are always shown.
    ///
    /// - Parameter language: The language of the lines (English unless told).
    /// - Complexity: O(*n*) in the number of problems.
    public static func lines(_ diagnostics: [Diagnostic], language: Language = .en) -> [String] {
        var totals: [String: Int] = [:]
        for diagnostic in diagnostics {
            if let key = kind(of: diagnostic) { totals[key, default: 0] += 1 }
        }
        var seen: [String: Int] = [:]
        var lines: [String] = []
        for diagnostic in diagnostics {
            guard let key = kind(of: diagnostic) else {
                lines.append(diagnostic.description(in: language))
                continue
            }
            let position = seen[key, default: 0]
            seen[key] = position + 1
            let shown = diagnostic.group?.shown ?? shownPerKind
            if position < shown {
                lines.append(diagnostic.description(in: language))
            } else if position == shown {
                let summary = diagnostic.group == nil ? sameProblem : diagnostic.group?.summary
                guard let summary else { continue }
                var subject = ""
                if let field = diagnostic.field { subject = DisplayText.visible(field) + ": " }
                let rest = (totals[key] ?? 0) - shown
                let more =
                    language == .vi
                    ? "còn \(rest) \(summary.vi)" : "and \(rest) more \(summary.en)"
                lines.append(
                    "\(diagnostic.sheet.map { "\(diagnostic.file)[\($0)]" } ?? diagnostic.file): "
                        + "\(diagnostic.severity.word(in: language)): \(subject)\(more)")
            }
        }
        return lines
    }

    /// What the line that sums up repeats of a row problem without a group says.
    static let sameProblem = LocalizedText(vi: "dòng khác cùng lỗi này", en: "rows with the same problem")

    /// How many of `diagnostics` the lines of ``lines(_:)`` do not show one by one.
    public static func hiddenCount(_ diagnostics: [Diagnostic]) -> Int {
        var seen: [String: Int] = [:]
        var hidden = 0
        for diagnostic in diagnostics {
            guard let key = kind(of: diagnostic) else { continue }
            let position = seen[key, default: 0]
            seen[key] = position + 1
            if position >= diagnostic.group?.shown ?? shownPerKind { hidden += 1 }
        }
        return hidden
    }

    private static func kind(of diagnostic: Diagnostic) -> String? {
        let prefix = "\(diagnostic.file)\u{0}\(diagnostic.severity.rawValue)\u{0}"
        if let group = diagnostic.group { return prefix + "g\u{0}" + group.key }
        guard diagnostic.isRowProblem else { return nil }
        return prefix + "r\u{0}\(diagnostic.field ?? "")\u{0}\(diagnostic.code)\u{0}\(diagnostic.message)"
    }
}
