public import ChisoCore

/// Renders scoring results in the output formats.
public enum ResultReport {
    /// The columns of CSV output for a level framework, in order.
    public static let levelColumns = [
        "unit_id", "unit_name", "parent_id", "year", "level", "level_name", "level_name_en", "registered_level",
        "meets_registered", "next_level_blockers", "missing",
    ]

    /// Renders results.
    ///
    /// - Parameters:
    ///   - results: The results, in the order to show them.
    ///   - framework: The framework that produced them.
    ///   - format: The output format.
    /// - Returns: The text.
    /// - Complexity: O(*n* × *c* × *l*) for *n* units, *c* criteria and *l* levels.
    public static func render(_ results: [UnitResult], framework: Framework, format: OutputFormat) -> String {
        switch framework.scheme {
        case .levels(let scheme):
            switch format {
            case .csv: return CSVWriter.document(header: levelColumns, rows: results.map { csvRow($0, scheme: scheme) })
            case .json: return JSONWriter.write(json(results, framework: framework, scheme: scheme))
            case .table: return table(results, scheme: scheme).plainText() + "\n" + summary(results, scheme: scheme)
            case .markdown: return table(results, scheme: scheme).markdown() + "\n" + summary(results, scheme: scheme)
            }
        case .points(let scheme):
            return PointReport.render(results, framework: framework, scheme: scheme, format: format)
        }
    }

    private static func csvRow(_ result: UnitResult, scheme: LevelScheme) -> [String] {
        let level = result.standing.ordinal
        let name = scheme.levelName(level)
        return [
            result.unit.id, result.unit.name ?? "", result.unit.parentID ?? "", result.unit.year.map(String.init) ?? "",
            String(level), name.vi, name.en, result.unit.registeredLevel.map(String.init) ?? "",
            result.meetsRegistered.map { $0 ? "yes" : "no" } ?? "", result.blockers.joined(separator: ";"),
            result.missing.joined(separator: ";"),
        ]
    }

    private static func table(_ results: [UnitResult], scheme: LevelScheme) -> TextTable {
        let showChildren = scheme.rollsUpChildren
        var header = ["unit_id", "unit_name", "level", "level_name", "registered", "meets"]
        if showChildren { header.append("subunits") }
        header += ["missing", "next_level_blockers"]
        let rows = results.map { result -> [String] in
            let level = result.standing.ordinal
            let name = scheme.levelName(level)
            var row = [
                result.unit.id, result.unit.name ?? "", String(level), "\(name.vi) (\(name.en))",
                result.unit.registeredLevel.map(String.init) ?? "",
                result.meetsRegistered.map { $0 ? "yes" : "no" } ?? "",
            ]
            if showChildren { row.append(result.children.map { String($0.total) } ?? "-") }
            row.append(String(result.missing.count))
            row.append(abbreviated(result.blockers, keep: 4))
            return row
        }
        var right: Set<Int> = [2, header.count - 2]
        if showChildren { right.insert(6) }
        return TextTable(header: header, rows: rows, rightAligned: right)
    }

    private static func abbreviated(_ items: [String], keep: Int) -> String {
        guard items.count > keep else { return items.joined(separator: ", ") }
        return items.prefix(keep).joined(separator: ", ") + " (+\(items.count - keep) more)"
    }

    /// One line per level: how many units reached it.
    private static func summary(_ results: [UnitResult], scheme: LevelScheme) -> String {
        var counts = Array(repeating: 0, count: scheme.levels.count + 1)
        for result in results { counts[min(max(result.standing.ordinal, 0), scheme.levels.count)] += 1 }
        var text = "\(results.count) units by level:"
        for (level, count) in counts.enumerated() {
            text += " \(level) \(scheme.levelName(level).en): \(count);"
        }
        let registered = results.compactMap(\.meetsRegistered)
        if !registered.isEmpty {
            text += " meeting their registered level: \(registered.filter { $0 }.count) of \(registered.count)."
        }
        return String(text.hasSuffix(";") ? text.dropLast() : Substring(text)) + "\n"
    }

    private static func json(_ results: [UnitResult], framework: Framework, scheme: LevelScheme) -> JSONNode.Value {
        var root = JSONObjectBuilder()
        root.add("framework", frameworkHeader(framework))
        root.add("units", .array(results.map { unitJSON($0, scheme: scheme) }))
        return root.value
    }

    static func frameworkHeader(_ framework: Framework) -> JSONNode.Value {
        var header = JSONObjectBuilder()
        header.add("id", framework.id)
        header.add("decision", framework.provenance.decision)
        header.add("date", framework.provenance.date)
        header.add("classes", .array(framework.scoring.classes.map(localized)))
        return header.value
    }

    static func localized(_ text: LocalizedText) -> JSONNode.Value {
        var object = JSONObjectBuilder()
        object.add("vi", text.vi)
        object.add("en", text.en)
        return object.value
    }

    private static func unitJSON(_ result: UnitResult, scheme: LevelScheme) -> JSONNode.Value {
        var unit = JSONObjectBuilder()
        unit.add("unit_id", result.unit.id)
        unit.add("unit_name", result.unit.name)
        unit.add("parent_id", result.unit.parentID)
        unit.add("year", result.unit.year)
        unit.add("level", result.standing.ordinal)
        unit.add("level_name", localized(scheme.levelName(result.standing.ordinal)))
        unit.add("registered_level", result.unit.registeredLevel)
        unit.add("meets_registered", result.meetsRegistered)
        unit.add("next_level_blockers", strings: result.blockers)
        unit.add("missing", strings: result.missing)
        if let children = result.children {
            var summary = JSONObjectBuilder()
            summary.add("total", children.total)
            summary.add("by_level", .array(children.counts.map { .number(Double($0)) }))
            unit.add("subunits", summary.value)
        }
        var criteria: [JSONNode.Value] = []
        for (index, criterion) in scheme.criteria.enumerated() {
            var entry = JSONObjectBuilder()
            entry.add("id", criterion.id)
            if criterion.kind != nil {
                entry.add("value", scheme.mainValue(of: index, in: result.values))
            } else {
                entry.add("value", scheme.valueText(of: index, in: result))
            }
            for extra in criterion.secondMeasures {
                entry.add("value.\(extra.suffix)", scheme.secondValue(extra.suffix, of: index, in: result.values))
            }
            let secondKinds = Dictionary(
                criterion.secondMeasures.map { ($0.suffix, $0.kind) }, uniquingKeysWith: { a, _ in a })
            let levels = criterion.requirements.enumerated().map { offset, requirement -> JSONNode.Value in
                var cell = JSONObjectBuilder()
                cell.add("level", offset + 1)
                cell.add("requirement", requirement.rule.summary(kind: criterion.kind, secondKinds: secondKinds))
                cell.add("status", result.statuses[index][offset + 1].label)
                return cell.value
            }
            entry.add("levels", .array(levels))
            criteria.append(entry.value)
        }
        unit.add("criteria", .array(criteria))
        return unit.value
    }
}
