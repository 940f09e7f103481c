public import ChisoCore

/// Renders frameworks for `chiso frameworks list` and `chiso frameworks show`.
public enum FrameworkReport {
    /// One line per framework: ID, unit type, scheme, source, name.
    public static func list(_ frameworks: [Framework]) -> String {
        let rows = frameworks.map { framework -> [String] in
            let scheme: String
            switch framework.scheme {
            case .levels(let levels): scheme = "\(levels.levels.count) levels, \(levels.criteria.count) criteria"
            case .points(let points):
                let maximum = points.maximum.map { "\(NumberText.shortest($0)) points" } ?? "points unknown"
                scheme = "\(maximum), \(points.roots.count) top-level, \(points.tiers.count) tiers"
            }
            return [framework.id, framework.unitType.en, scheme, framework.provenance.decision, framework.name.en]
        }
        return TextTable(header: ["id", "unit", "scheme", "source", "name"], rows: rows).plainText()
    }

    /// The header of `frameworks show --format csv` for a level framework.
    public static func csvHeader(levelCount: Int) -> [String] {
        ["id", "group", "name_vi", "name_en", "unit"] + (1...max(levelCount, 1)).map { "level\($0)" }
    }

    /// A framework in detail.
    ///
    /// - Parameters:
    ///   - framework: The framework.
    ///   - format: `table` (with provenance), `csv` (one row per criterion), `json` (the framework file format) or
    ///     `markdown`.
    /// - Returns: The text.
    public static func show(_ framework: Framework, format: OutputFormat) -> String {
        if format == .json { return FrameworkEncoder.encode(framework) }
        switch framework.scheme {
        case .levels(let scheme):
            let rows = scheme.criteria.map { criterion -> [String] in
                let secondKinds = Dictionary(
                    criterion.secondMeasures.map { ($0.suffix, $0.kind) }, uniquingKeysWith: { a, _ in a })
                let levels = criterion.requirements.map {
                    $0.rule.summary(kind: criterion.kind, secondKinds: secondKinds)
                }
                return [criterion.id, criterion.group, criterion.name.vi, criterion.name.en, criterion.unit.vi] + levels
            }
            let header = csvHeader(levelCount: scheme.levels.count)
            if format == .csv { return CSVWriter.document(header: header, rows: rows) }
            let shortRows = rows.map { row in
                [row[0], row[1]] + row.dropFirst(5) + [row[3].count > 70 ? String(row[3].prefix(69)) + "…" : row[3]]
            }
            let shortHeader =
                ["id", "group"] + scheme.levels.enumerated().map { "L\($0.offset + 1) \($0.element.en)" } + ["name"]
            let table = TextTable(header: shortHeader, rows: shortRows)
            return describe(framework) + "\n" + (format == .markdown ? table.markdown() : table.plainText())
        case .points(let scheme):
            return showPoints(framework, scheme: scheme, format: format)
        }
    }

    private static func showPoints(_ framework: Framework, scheme: PointScheme, format: OutputFormat) -> String {
        let header = ["id", "parent", "name_vi", "name_en", "max", "rule", "measure", "information_only", "note"]
        let rows = scheme.nodes.map { entry -> [String] in
            let node = entry.node
            let rule: String
            if node.isInformationOnly {
                rule = "information only"
            } else if !node.isScored {
                rule = "not scored (0 points)"
            } else {
                rule = node.children.isEmpty ? (node.rule.map(ruleText) ?? "") : "sum of children"
            }
            return [
                node.id, entry.parent.map { scheme.nodes[$0].node.id } ?? "", node.name.vi, node.name.en,
                node.isInformationOnly ? "-" : PointScheme.effectiveMaximum(node).map(NumberText.shortest) ?? "unknown",
                rule, node.children.isEmpty ? (node.kind ?? PointScheme.defaultKind(for: node.rule)).rawValue : "",
                node.isInformationOnly ? "yes" : "", node.note ?? "",
            ]
        }
        if format == .csv { return CSVWriter.document(header: header, rows: rows) }
        var shortRows: [[String]] = []
        for (entry, row) in zip(scheme.nodes, rows) {
            let indent = String(repeating: "  ", count: entry.depth)
            shortRows.append([indent + row[0], row[4], row[5], row[3], row[8]])
            for part in entry.node.structure {
                shortRows.append([indent + "  ·", "-", "structure only", part.en + " (" + part.vi + ")", ""])
            }
        }
        let table = TextTable(header: ["id", "max", "rule", "name", "note"], rows: shortRows, rightAligned: [1])
        return describe(framework) + "\n" + (format == .markdown ? table.markdown() : table.plainText())
    }

    /// The framework's name, source and notes, as plain text.
    public static func describe(_ framework: Framework) -> String {
        let provenance = framework.provenance
        var text = "\(framework.id): \(framework.name.vi)\n  \(framework.name.en)\n"
        text +=
            "Source: Decision \(provenance.decision) of \(provenance.date), \(provenance.issuer.vi) (\(provenance.issuer.en))"
        if let part = provenance.part { text += ", \(part)" }
        text += "\n"
        if let child = framework.childFramework { text += "Subordinate units are scored with: \(child)\n" }
        if case .levels(let scheme) = framework.scheme {
            let names = scheme.levels.enumerated().map { "\($0.offset + 1) \($0.element.vi) (\($0.element.en))" }
            text += "Levels: \(names.joined(separator: ", "))\n"
        }
        if case .points(let scheme) = framework.scheme {
            if let maximum = scheme.maximum {
                text +=
                    "Maximum: \(NumberText.shortest(maximum)) points; index = total / \(NumberText.shortest(maximum)), \(scheme.precision) decimals\n"
            }
            let unknown = scheme.unknownMaxima
            if !unknown.isEmpty {
                text +=
                    "Points unknown for: \(unknown.joined(separator: ", ")). This framework cannot be scored until they are given.\n"
            }
            for tier in scheme.tiers {
                let floors = tier.floors.map { "\($0.node) ≥\(NumberText.shortest($0.fraction * 100))%" }
                text += "Tier \(tier.name.vi) (\(tier.name.en)): total \(scheme.minimumText(tier))"
                text += floors.isEmpty ? "\n" : ", and \(floors.joined(separator: ", ")) of their maxima\n"
            }
            if !scheme.tiers.isEmpty {
                text += "Below the lowest tier: \(scheme.className(0).vi) (\(scheme.className(0).en))\n"
            }
            for view in scheme.views {
                text += "View \(view.id) (\(view.name.en)): \(view.nodes.joined(separator: " + ")) over their maxima\n"
            }
        }
        for note in provenance.notes { text += "- \(note)\n" }
        return text
    }

    /// A leaf rule as short text: `ratio`, `steps ≥90→2, ≥70→1`, `linear 20→80`.
    static func ruleText(_ rule: LeafRule) -> String {
        switch rule {
        case .steps(let steps):
            return "steps "
                + steps.map { "≥\(NumberText.shortest($0.atLeast))→\(NumberText.shortest($0.points))" }.joined(
                    separator: ", ")
        case .linear(let floor, let target):
            return "linear \(NumberText.shortest(floor))→\(NumberText.shortest(target))"
        default:
            return rule.name
        }
    }

    /// An empty assessment file for data entry: the header row only.
    ///
    /// A point framework's template leaves out `registered_level`, which only level frameworks use.
    public static func template(_ framework: Framework) -> String {
        var columns = AssessmentLoader.unitColumns
        if case .points = framework.scheme { columns.removeAll { $0 == "registered_level" } }
        return CSVWriter.document(header: columns + framework.measures.map(\.key), rows: [])
    }
}
