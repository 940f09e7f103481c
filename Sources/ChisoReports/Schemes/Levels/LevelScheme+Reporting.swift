public import ChisoCore
package import ChisoFormats

extension LevelScheme: SchemeReporting {
    package var classWord: String { "level" }

    package func planClassText(_ ordinal: Int) -> String { String(ordinal) }

    package var hasRegisteredClass: Bool { true }

    package func csvColumns() -> [String] {
        [
            "unit_id", "unit_name", "parent_id", "year", "level", "level_name", "level_name_en", "registered_level",
            "meets_registered", "next_level_blockers", "missing",
        ]
    }

    package func csvRow(_ result: UnitResult, ranks: [Figure: Int]) -> [String] {
        let level = result.standing.ordinal
        let name = className(level)
        return [
            result.unit.id, result.unit.name ?? "", result.unit.parentID ?? "", result.unit.year.map(String.init) ?? "",
            String(level), name.vi, name.en, result.unit.registeredLevel.map(String.init) ?? "",
            result.meetsRegistered.map { $0 ? "yes" : "no" } ?? "",
            ReportText.ids(result.blockers, in: self).joined(separator: ";"),
            ReportText.ids(result.missing, in: self).joined(separator: ";"),
        ]
    }

    package func tableColumns() -> (header: [String], rightAligned: Set<Int>) {
        var header = ["unit_id", "unit_name", "level", "level_name", "registered", "meets"]
        if rollsUpChildren { header.append("subunits") }
        header += ["missing", "next_level_blockers"]
        var right: Set<Int> = [2, header.count - 2]
        if rollsUpChildren { right.insert(6) }
        return (header, right)
    }

    package func tableRow(_ result: UnitResult, ranks: [Figure: Int], language: Language) -> [String] {
        let level = result.standing.ordinal
        var row = [
            result.unit.id, result.unit.name ?? "", String(level), className(level).text(in: language),
            result.unit.registeredLevel.map(String.init) ?? "",
            result.meetsRegistered.map { $0 ? "yes" : "no" } ?? "",
        ]
        if rollsUpChildren {
            let children = result.levelDetail?.subordinates
            row.append(children.map { String($0.total) } ?? "-")
        }
        row.append(String(result.missing.count))
        row.append(Plural.abbreviated(ReportText.ids(result.blockers, in: self), keep: 4))
        return row
    }

    package func summary(_ results: [UnitResult], language: Language) -> String {
        var counts = Array(repeating: 0, count: levels.count + 1)
        for result in results { counts[min(max(result.standing.ordinal, 0), levels.count)] += 1 }
        var text = "\(Plural.count(results.count, "unit")) by level:"
        for (level, count) in counts.enumerated() {
            text += " \(level) \(className(level).text(in: language)): \(count);"
        }
        let registered = results.compactMap(\.meetsRegistered)
        if !registered.isEmpty {
            text += " meeting their registered level: \(registered.filter { $0 }.count) of \(registered.count)."
        }
        return String(text.hasSuffix(";") ? text.dropLast() : Substring(text)) + "\n"
    }

    package func jsonFramework(into object: inout JSONObjectBuilder) {
        object.add(
            "criteria",
            .objects(conditions.indices) { index, entry in
                let condition = conditions[index]
                entry.add("id", condition.id)
                entry.add("group", condition.group)
                entry.add("name", JSONNode.Value.localized(condition.name))
                entry.add("columns", strings: condition.measures.map { measures[$0].key })
                entry.add(
                    "requirements",
                    .array(
                        levels.indices.map { level in
                            .string(
                                ReportText.requirement(requirement(of: index, forClass: level + 1), measures: measures))
                        }
                    )
                )
            }
        )
    }

    package func writeJSON(_ result: UnitResult, ranks: [Figure: Int], into unit: inout CompactJSON) {
        unit.beginObject()
        unit.add("unit_id", result.unit.id)
        unit.add("unit_name", result.unit.name)
        unit.add("parent_id", result.unit.parentID)
        unit.add("year", result.unit.year)
        unit.add("level", result.standing.ordinal)
        unit.add("registered_level", result.unit.registeredLevel)
        unit.add("meets_registered", result.meetsRegistered)
        unit.add("next_level_blockers", strings: ReportText.ids(result.blockers, in: self))
        unit.add("missing", strings: ReportText.ids(result.missing, in: self))
        let detail = result.levelDetail
        if let children = detail?.subordinates {
            unit.key("subunits")
            unit.beginObject()
            unit.add("total", children.total)
            unit.add("by_level", integers: children.counts)
            unit.add("unreadable", strings: children.unreadable)
            unit.endObject()
        }
        unit.addValues(result.values, measures: measures)
        unit.key("statuses")
        unit.beginObject()
        let levelCount = levels.count
        for (index, condition) in conditions.enumerated() {
            var codes = ""
            for level in 0..<levelCount {
                codes.append(ReportText.code(detail.map { $0.statuses[index][level + 1] } ?? .missing))
            }
            unit.add(condition.id, codes)
        }
        unit.endObject()
        unit.endObject()
    }

    package func classHeading(_ ordinal: Int, language: Language) -> String {
        "L\(ordinal) \(className(ordinal).text(in: language))"
    }

    package func headline(_ explanation: Explanation) -> String {
        let name = className(explanation.standing.ordinal)
        return "Level \(explanation.standing.ordinal) — \(name.vi) (\(name.en))"
    }

    /// A criterion whose value is missing, naming the empty column where the criterion reads more than one: `KTS.04
    /// (KTS.04.share is empty; give the share, 0 when the unit has none to count)`.
    private func missingText(_ condition: Int, in explanation: Explanation) -> String {
        let id = conditions.indices.contains(condition) ? conditions[condition].id : "?"
        guard let row = explanation.rows.first(where: { $0.condition == condition }),
            case .measures(let values) = row.value, values.count > 1, values.contains(where: { $0 != nil })
        else { return id }
        let empty = zip(conditions[condition].measures, values).filter { $0.1 == nil }.map { measures[$0.0] }
        guard !empty.isEmpty else { return id }
        let columns = empty.map(\.key).joined(separator: ", ")
        let share = empty.contains { $0.kind == .percent || $0.kind == .ratio }
        return "\(id) (\(columns) \(empty.count == 1 ? "is" : "are") empty"
            + (share ? "; give the share, 0 when the unit has none to count)" : ")")
    }

    package func valueText(_ row: Explanation.Row, in explanation: Explanation) -> String {
        ReportText.value(row.value, condition: conditions[row.condition], measures: measures)
    }

    package func requirementText(_ requirement: ClassRequirement) -> String {
        ReportText.requirement(requirement, measures: measures)
    }

    package func sentences(_ explanation: Explanation) -> [String] {
        explanation.findings.compactMap { finding in
            switch finding {
            case .nextClassNotReached(let next, let blockers):
                let name = className(next)
                let names = ReportText.ids(blockers, in: self).joined(separator: ", ")
                let count = blockers.count == 1 ? "1 criterion falls" : "\(blockers.count) criteria fall"
                return "Level \(next) (\(name.vi) / \(name.en)) is not reached: \(count) short of it: \(names)."
            case .highestClassReached(let level):
                return "Level \(level) is the highest level; every criterion meets it."
            case .missingValues(let missing):
                let names = missing.map { missingText($0, in: explanation) }
                return "Missing values count as not met: \(names.joined(separator: ", ")). "
                    + "Fill them in to score the unit fully."
            case .noSubordinates:
                return
                    "No subordinate units have parent_id \(TextTable.cellText(explanation.unit.id)), so the roll-up "
                    + "criterion is not met."
            case .unreadableSubordinates(let ids):
                return
                    "Subordinate units \(ids.map(TextTable.cellText).joined(separator: ", ")) could not be read (their rows have errors), "
                    + "so the roll-up criterion counts as missing wherever their levels could change it."
            case .registered(let level, let reached):
                return "The unit registered for level \(level) and \(reached ? "reaches it" : "does not reach it")."
            case .extendedShortfall(let level, let met, let applicable, let needed):
                let share = NumberText.shortest(extendedMinimum[level - 1])
                let missing = needed - met
                return "Level \(level) needs \(share)% of its \(applicable) extended criteria (\(needed)); \(met) "
                    + "\(met == 1 ? "is" : "are") met, so \(missing) more \(missing == 1 ? "is" : "are") missing."
            case .levelRule(.perLevel):
                return "Level rule: a level is reached when every criterion of that level is met, whatever the lower "
                    + "levels (perLevel, as in Decision 2361, II.1.c)."
            case .levelRule(.cumulative):
                return "Level rule: a level is reached when every criterion of that level and of every lower level is "
                    + "met (cumulative)."
            case .view:
                return nil
            }
        }
    }

    package var validationSummary: String { "\(criteria.count) criteria" }

    package var listSummary: String { "\(levels.count) levels, \(criteria.count) criteria" }

    package func describe() -> String {
        let names = levels.enumerated().map { "\($0.offset + 1) \($0.element.vi) (\($0.element.en))" }
        let reading =
            rule == .perLevel
            ? "perLevel — a level is reached when every criterion of that level is met"
            : "cumulative — a level is reached when every criterion of that level and of every lower level is met"
        return "Levels: \(names.joined(separator: ", "))\nLevel rule: \(reading)\n"
    }

    package func show(_ framework: Framework, format: OutputFormat, language: Language) -> String {
        let rows = criteria.indices.map { index -> [String] in
            let criterion = criteria[index]
            let requirements = (0..<levels.count).map {
                ReportText.requirement(requirement(of: index, forClass: $0 + 1), measures: measures)
            }
            return [criterion.id, criterion.group, criterion.name.vi, criterion.name.en, criterion.measurementUnit.vi]
                + requirements
        }
        let header = FrameworkReport.csvHeader(levelCount: levels.count)
        if format == .csv { return CSVWriter.document(header: header, rows: rows) }
        let nameColumn = language == .vi ? 2 : 3
        let shortRows = rows.map { row in
            let name = row[nameColumn]
            return [row[0], row[1]] + row.dropFirst(5) + [name.count > 70 ? String(name.prefix(69)) + "…" : name]
        }
        let shortHeader = ["id", "group"] + levels.indices.map { classHeading($0 + 1, language: language) } + ["name"]
        let table = TextTable(header: shortHeader, rows: shortRows)
        return FrameworkReport.describe(framework) + "\n" + (format == .markdown ? table.markdown() : table.plainText())
    }
}
