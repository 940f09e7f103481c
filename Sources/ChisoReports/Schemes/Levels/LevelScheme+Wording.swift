package import ChisoCore
package import ChisoFormats

extension LevelScheme: SchemeWording {
    package var classNoun: LocalizedText { LocalizedText(vi: "mức", en: "level") }

    package func figureName(_ figure: Figure) -> LocalizedText {
        Words.figureName(figure, conditions: conditions)
    }

    package func classHeading(_ ordinal: Int, style: NumberStyle) -> LocalizedText {
        let name = className(ordinal)
        let vi = style == .plain ? "L\(ordinal)" : Numerals(style, .vi).classAbbreviation(ordinal)
        return LocalizedText(vi: "\(vi) \(name.vi)", en: "L\(ordinal) \(name.en)")
    }

    package func headline(_ explanation: Explanation) -> LocalizedText {
        let level = explanation.standing.ordinal
        let name = className(level)
        return LocalizedText(vi: "Mức \(level) — \(name.vi)", en: "Level \(level) — \(name.vi) (\(name.en))")
    }

    package func value(_ row: Explanation.Row, in explanation: Explanation) -> LocalizedText {
        ConditionWords.value(row.value, condition: conditions[row.condition], measures: measures)
    }

    package func requirement(_ requirement: ClassRequirement) -> LocalizedText {
        ConditionWords.requirement(requirement, measures: measures)
    }

    package func planClass(_ ordinal: Int) -> LocalizedText {
        LocalizedText(vi: String(ordinal), en: String(ordinal))
    }

    package func summary(_ results: [UnitResult], classNames language: Language) -> LocalizedText {
        var counts = Array(repeating: 0, count: levels.count + 1)
        for result in results { counts[min(max(result.standing.ordinal, 0), levels.count)] += 1 }
        let parts = counts.enumerated().map {
            " \($0.offset) \(className($0.offset).text(in: language)): \($0.element)"
        }
        .joined(separator: ";")
        var vi = "\(results.count) đơn vị theo mức:" + parts
        var en = "\(Plural.count(results.count, "unit")) by level:" + parts
        let registered = results.compactMap(\.meetsRegistered)
        if !registered.isEmpty {
            let met = registered.filter { $0 }.count
            vi += "; đạt mức đã đăng ký: \(met) trên \(registered.count)."
            en += "; meeting their registered level: \(met) of \(registered.count)."
        }
        return LocalizedText(vi: vi + "\n", en: en + "\n")
    }

    package var validationSummary: LocalizedText {
        LocalizedText(vi: "\(criteria.count) tiêu chí", en: "\(criteria.count) criteria")
    }

    package var listSummary: LocalizedText {
        LocalizedText(
            vi: "\(levels.count) mức, \(criteria.count) tiêu chí",
            en: Plural.count(levels.count, "level") + ", " + Plural.count(criteria.count, "criterion", "criteria"))
    }

    package func describe() -> LocalizedText {
        let vi = levels.enumerated().map { "\($0.offset + 1) \($0.element.vi)" }
        let en = levels.enumerated().map { "\($0.offset + 1) \($0.element.vi) (\($0.element.en))" }
        let reading =
            rule == .perLevel
            ? LocalizedText(
                vi: "perLevel — đạt một mức khi đạt mọi tiêu chí của chính mức đó",
                en: "perLevel — a level is reached when every criterion of that level is met")
            : LocalizedText(
                vi: "cumulative — đạt một mức khi đạt mọi tiêu chí của mức đó và của mọi mức thấp hơn",
                en: "cumulative — a level is reached when every criterion of that level and of every lower level is met"
            )
        return LocalizedText(
            vi: "Các mức: \(vi.joined(separator: ", "))\nQuy tắc xác định mức: \(reading.vi)\n",
            en: "Levels: \(en.joined(separator: ", "))\nLevel rule: \(reading.en)\n")
    }

    package func findings(_ explanation: Explanation) -> [LocalizedText] {
        explanation.findings.compactMap { finding in
            switch finding {
            case .nextClassNotReached(let next, let blockers):
                return notReached(next, blockers: blockers)
            case .highestClassReached(let level):
                return LocalizedText(
                    vi: "Mức \(level) là mức cao nhất; mọi tiêu chí đều đạt.",
                    en: "Level \(level) is the highest level; every criterion meets it.")
            case .missingValues(let missing):
                let names = missing.map { missingText($0, in: explanation) }
                return LocalizedText(
                    vi: "Tiêu chí chưa có số liệu được tính là chưa đạt: "
                        + "\(ConditionWords.ids(missing, in: self).joined(separator: ", ")). "
                        + "Bổ sung số liệu để đánh giá đầy đủ.",
                    en: "Missing values count as not met: \(names.joined(separator: ", ")). "
                        + "Fill them in to score the unit fully.")
            case .noSubordinates:
                return LocalizedText(
                    vi: "Không có đơn vị cấp dưới nào có parent_id \(explanation.unit.id), nên tiêu chí về đơn vị "
                        + "cấp dưới chưa đạt.",
                    en: "No subordinate units have parent_id \(TextTable.cellText(explanation.unit.id)), so the "
                        + "roll-up criterion is not met.")
            case .unreadableSubordinates(let ids):
                return unreadable(ids)
            case .registered(let level, let reached):
                return LocalizedText(
                    vi: "Đơn vị đăng ký Mức \(level) và \(reached ? "đạt" : "chưa đạt") mức này.",
                    en: "The unit registered for level \(level) and \(reached ? "reaches it" : "does not reach it").")
            case .extendedShortfall(let level, let met, let applicable, let needed):
                return extendedShortfall(level, met: met, applicable: applicable, needed: needed)
            case .levelRule(let rule):
                return Self.ruleSentence(rule)
            case .view:
                return nil
            }
        }
    }

    private func notReached(_ next: Int, blockers: [Int]) -> LocalizedText {
        let name = className(next)
        let names = ConditionWords.ids(blockers, in: self).joined(separator: ", ")
        let count = blockers.count == 1 ? "1 criterion falls" : "\(blockers.count) criteria fall"
        return LocalizedText(
            vi: "Chưa đạt Mức \(next) (\(name.vi)): \(LocaleNumbers(.vi).integer(blockers.count)) tiêu chí chưa đạt: "
                + "\(names).",
            en: "Level \(next) (\(name.vi) / \(name.en)) is not reached: \(count) short of it: \(names).")
    }

    private func unreadable(_ ids: [String]) -> LocalizedText {
        LocalizedText(
            vi: "Không đọc được các đơn vị cấp dưới \(ids.joined(separator: ", ")) (dòng dữ liệu có lỗi), nên tiêu chí "
                + "tổng hợp được tính là thiếu ở những mức mà mức của chúng có thể làm thay đổi kết quả.",
            en: "Subordinate units \(ids.map(TextTable.cellText).joined(separator: ", ")) could not be read (their "
                + "rows have errors), so the roll-up criterion counts as missing wherever their levels could change it."
        )
    }

    private func extendedShortfall(_ level: Int, met: Int, applicable: Int, needed: Int) -> LocalizedText {
        let missing = needed - met
        return LocalizedText(
            vi: "Mức \(level) cần \(LocaleNumbers(.vi).percent(extendedMinimum[level - 1])) trong số \(applicable) "
                + "tiêu chí mở rộng (\(needed)); đã đạt \(met), còn thiếu \(missing).",
            en:
                "Level \(level) needs \(NumberText.shortest(extendedMinimum[level - 1]))% of its \(applicable) extended "
                + "criteria (\(needed)); \(met) \(met == 1 ? "is" : "are") met, so \(missing) more "
                + "\(missing == 1 ? "is" : "are") missing.")
    }

    private static func ruleSentence(_ rule: LevelRule) -> LocalizedText {
        switch rule {
        case .perLevel:
            LocalizedText(
                vi: "Quy tắc xác định mức: đạt một mức khi đạt 100% tiêu chí của chính mức đó, không phụ thuộc các "
                    + "mức thấp hơn (perLevel, như Quyết định 2361, mục II.1.c).",
                en: "Level rule: a level is reached when every criterion of that level is met, whatever the lower "
                    + "levels (perLevel, as in Decision 2361, II.1.c).")
        case .cumulative:
            LocalizedText(
                vi: "Quy tắc xác định mức: đạt một mức khi đạt mọi tiêu chí của mức đó và của mọi mức thấp hơn "
                    + "(cumulative).",
                en: "Level rule: a level is reached when every criterion of that level and of every lower level is "
                    + "met (cumulative).")
        }
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
}
