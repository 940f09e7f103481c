import ChisoCore

/// Writes a level framework as its annex table, every parameter in a cell, so that ``LevelTableReader`` reads back
/// an equal scheme.
///
/// The annex has the columns `STT`, `Mã`, `Tiêu chí`, `Tên tiếng Anh`, `Đơn vị tính`, `Đơn vị tính (tiếng Anh)`,
/// `Đo bằng`, `Mức 1…Mức n`, `Phương pháp`, `Căn cứ`, `Áp dụng khi`, `Mở rộng`, `Số liệu phụ`, `Chủ đề`, less the
/// optional ones no criterion uses (an English column where every English text is the Vietnamese one). A group is
/// a row `I`, `II`, … with its ID in `Mã`; its criteria follow, numbered `1`, `2`, … from 1 in each group, as
/// Decision 2361's annexes number them.
///
/// A level cell holds the requirement's own wording (`text`) when ``RequirementWords`` reads it back as the same
/// rule. When it does not (a wording chiso's reader does not understand, or one it reads otherwise), the cell holds
/// words that do, and a second line `Nguyên văn: …` keeps the wording; the reader takes the rule from the first
/// and the text from the second. A table written this way says chiso's reading of the requirement where the
/// decision's words alone would not give it back, and says so visibly rather than dropping either.
///
/// What a table cannot hold, so that such a scheme does not read back equal (no built-in framework has any of it):
/// criteria not listed group by group (the table lists each group's criteria under it, so their order changes);
/// a `conditional` reason that is empty (an empty cell says the criterion is not conditional); texts whose spaces
/// or blank lines a cell does not keep (the annex reader makes each run of spaces one space and drops blank lines);
/// a roll-up requirement on a level above 5 when its wording does not read back (the words name Decision 2361's
/// levels).
enum LevelTableWriter {
    /// The `Thông tin` label of the level rule.
    static let levelRuleLabel = "Cách xét mức"
    /// The `Thông tin` label of the share of extended criteria each level needs.
    static let extendedMinimumLabel = "Số tiêu chí mở rộng tối thiểu"

    /// The tables of `scheme`.
    ///
    /// - Complexity: O(*c* × *l*) for *c* criteria and *l* levels.
    static func write(_ scheme: LevelScheme) -> SchemeTableWrite {
        let columns = columns(of: scheme)
        var rows: [[String]] = []
        let differs = { (text: LocalizedText) in text.en == text.vi ? "" : text.en }
        for (index, group) in scheme.groups.enumerated() {
            let cells: [AnnexColumn: String] = [
                .number: AnnexNumber.romanText(index + 1), .code: group.id, .name: group.name.vi,
                .englishName: differs(group.name),
            ]
            rows.append(columns.map { cells[$0] ?? "" })
            for (number, criterion) in scheme.criteria.filter({ $0.group == group.id }).enumerated() {
                var cells: [AnnexColumn: String] = [
                    .number: String(number + 1), .code: criterion.id, .name: criterion.name.vi,
                    .englishName: differs(criterion.name), .unit: criterion.measurementUnit.vi,
                    .unitEnglish: differs(criterion.measurementUnit),
                    .measure: LevelTableWords.word(for: criterion.kind), .methodSource: criterion.method,
                    .basis: criterion.legalBasis, .conditional: criterion.conditional ?? "",
                    .extended: criterion.isExtended ? "x" : "", .theme: criterion.theme ?? "",
                    .secondMeasures: criterion.secondMeasures.map(secondMeasure).joined(separator: "\n"),
                ]
                let measures = LevelTableWords.Measures(kind: criterion.kind, seconds: criterion.secondMeasures)
                for (level, requirement) in criterion.requirements.enumerated() {
                    cells[.level(level + 1)] = cell(requirement, measures: measures)
                }
                rows.append(columns.map { cells[$0] ?? "" })
            }
        }
        let levels =
            [["Mức", "Tên", "Tên tiếng Anh"]]
            + scheme.levels.enumerated().map { [String($0 + 1), $1.vi, differs($1)] }
        var info = [[levelRuleLabel, LevelTableWords.word(for: scheme.rule), scheme.rule.rawValue]]
        if !scheme.extendedMinimum.isEmpty {
            info.append(
                [extendedMinimumLabel, scheme.extendedMinimum.map(LevelTableWords.number).joined(separator: "; "), ""])
        }
        return SchemeTableWrite(
            header: columns.map { $0 == .name ? "Tiêu chí" : $0.title }, rows: rows, parts: [(.levels, levels)],
            info: info)
    }

    /// The annex's columns: the decision's, chiso's `Đo bằng`, and each optional one some criterion uses.
    static func columns(of scheme: LevelScheme) -> [AnnexColumn] {
        let criteria = scheme.criteria
        let english =
            criteria.contains { $0.name.en != $0.name.vi } || scheme.groups.contains { $0.name.en != $0.name.vi }
        let used: [AnnexColumn: Bool] = [
            .englishName: english,
            .unitEnglish: criteria.contains { $0.measurementUnit.en != $0.measurementUnit.vi },
            .methodSource: criteria.contains { !$0.method.isEmpty },
            .basis: criteria.contains { !$0.legalBasis.isEmpty },
            .conditional: criteria.contains { $0.conditional != nil },
            .extended: criteria.contains(where: \.isExtended),
            .secondMeasures: criteria.contains { !$0.secondMeasures.isEmpty },
            .theme: criteria.contains { $0.theme != nil },
        ]
        let all: [AnnexColumn] =
            [.number, .code, .name, .englishName, .unit, .unitEnglish, .measure]
            + (1...max(scheme.levels.count, 1)).map { .level($0) }
            + [.methodSource, .basis, .conditional, .extended, .secondMeasures, .theme]
        return all.filter { used[$0] ?? true }
    }

    /// A second measure as a line of `Số liệu phụ`: `share: phần trăm: Tỷ lệ … | Share …`.
    static func secondMeasure(_ second: SecondMeasure) -> String {
        let english = second.name.en == second.name.vi ? "" : " | " + second.name.en
        return "\(second.suffix): \(LevelTableWords.word(for: second.kind)): \(second.name.vi)\(english)"
    }

    /// The level cell of `requirement`: its wording when that reads back as its rule, else words that do and the
    /// wording on a `Nguyên văn:` line.
    static func cell(_ requirement: LevelRequirement, measures: LevelTableWords.Measures) -> String {
        if readsBack(requirement.text, as: requirement.rule, measures: measures) { return requirement.text }
        guard let words = LevelTableWords.canonical(requirement.rule, measures: measures) else {
            return requirement.text
        }
        return words + "\n" + LevelTableWords.verbatimLabel + " " + requirement.text
    }

    /// Whether a cell holding `text` reads back as `rule` with `text` kept.
    static func readsBack(_ text: String, as rule: Requirement, measures: LevelTableWords.Measures) -> Bool {
        guard text == AnnexText.lines(text), LevelTableWords.splitVerbatim(text).verbatim == nil,
            let words = RequirementWords.parse(AnnexText.cleaned(text).lowercased()),
            case .success(let read) = LevelTableWords.rule(words, measures: measures)
        else { return false }
        return read == rule
    }
}
