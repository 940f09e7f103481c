public import ChisoCore
package import ChisoFormats

extension LevelScheme: SchemeReporting {
    package var hasRegisteredClass: Bool { true }

    package func csvColumns() -> [ScoreColumn] {
        let scheme = self
        return ScoreColumn.unitInFile + [
            ScoreColumn("level") { String($0.standing.ordinal) },
            ScoreColumn("level_name") { scheme.className($0.standing.ordinal).vi },
            ScoreColumn("level_name_en") { scheme.className($0.standing.ordinal).en },
            ScoreColumn("registered_level") { $0.unit.registeredLevel.map(String.init) ?? "" },
            ScoreColumn("meets_registered") { $0.meetsRegistered.map { $0 ? "yes" : "no" } ?? "" },
            .ids("next_level_blockers", of: scheme, separator: ";") { $0.blockers },
            .ids("missing", of: scheme, separator: ";") { $0.missing },
        ]
    }

    package func tableColumns() -> [ScoreColumn] {
        let scheme = self
        var columns =
            ScoreColumn.unit + [
                .ordinal("level", heading: LocalizedText(vi: "Mức", en: "level")),
                ScoreColumn("level_name", heading: LocalizedText(vi: "Tên mức", en: "level_name")) {
                    result, _, language in scheme.className(result.standing.ordinal).text(in: language)
                },
                ScoreColumn("registered", heading: LocalizedText(vi: "Mức đăng ký", en: "registered")) {
                    $0.unit.registeredLevel.map(String.init) ?? ""
                },
                ScoreColumn("meets", heading: LocalizedText(vi: "Đạt mức đăng ký", en: "meets")) {
                    result, _, language in
                    result.meetsRegistered.map { ConditionWords.answer($0).text(in: language) } ?? ""
                },
            ]
        if rollsUpChildren {
            columns.append(
                ScoreColumn(
                    "subunits", heading: LocalizedText(vi: "Đơn vị cấp dưới", en: "subunits"), rightAligned: true
                ) { result, _, language in
                    result.levelDetail?.subordinates.map { Numerals.text(language).integer($0.total) } ?? "-"
                })
        }
        columns.append(.missingCount)
        columns.append(
            ScoreColumn(
                "next_level_blockers",
                heading: LocalizedText(vi: "Tiêu chí cản trở lên mức tiếp theo", en: "next_level_blockers")
            ) { result, _, language in
                ConditionWords.abbreviated(ConditionWords.ids(result.blockers, in: scheme), keep: 4).text(in: language)
            })
        return columns
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
                                ConditionWords.requirement(
                                    requirement(of: index, forClass: level + 1), measures: measures, style: .plain
                                ).en)
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
        unit.add("next_level_blockers", strings: ConditionWords.ids(result.blockers, in: self))
        unit.add("missing", strings: ConditionWords.ids(result.missing, in: self))
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
                codes.append(ConditionWords.code(detail.map { $0.statuses[index][level + 1] } ?? .missing))
            }
            unit.add(condition.id, codes)
        }
        unit.endObject()
        unit.endObject()
    }

    package func show(_ framework: Framework, format: OutputFormat, language: Language) -> String {
        let rows = criteria.indices.map { index -> [String] in
            let criterion = criteria[index]
            let requirements = (0..<levels.count).map {
                ConditionWords.requirement(requirement(of: index, forClass: $0 + 1), measures: measures, style: .plain)
                    .en
            }
            return [criterion.id, criterion.group, criterion.name.vi, criterion.name.en, criterion.measurementUnit.vi]
                + requirements
        }
        let header = FrameworkReport.csvHeader(levelCount: levels.count)
        if format == .csv { return CSVWriter.document(header: header, rows: rows) }
        let nameColumn = language == .vi ? 2 : 3
        let shortRows = criteria.indices.map { index -> [String] in
            let row = rows[index]
            let name = row[nameColumn]
            let requirements = (0..<levels.count).map {
                ConditionWords.requirement(requirement(of: index, forClass: $0 + 1), measures: measures)
                    .text(in: language)
            }
            return [row[0], row[1]] + requirements + [name.count > 70 ? String(name.prefix(69)) + "…" : name]
        }
        let say = { (words: FrameworkWords) in words.text.text(in: language) }
        let shortHeader =
            [say(.idColumn), say(.groupColumn)]
            + levels.indices.map { classHeading($0 + 1, style: Numerals.text(language).style).text(in: language) }
            + [say(.nameColumn)]
        let table = TextTable(header: shortHeader, rows: shortRows)
        return FrameworkReport.describe(framework, language: language) + "\n"
            + (format == .markdown ? table.markdown() : table.plainText())
    }
}
