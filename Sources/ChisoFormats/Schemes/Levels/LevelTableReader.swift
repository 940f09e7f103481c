import ChisoCore

/// Reads a level framework (`"scheme": "levels"`) from its annex table: the top-level members `levels`,
/// `levelRule`, `extendedMinimum`, `groups` and `criteria`, exactly as ``LevelSchemeDecoder`` reads them, so that
/// checking them is the decoder's.
///
/// - Groups are the rows numbered in Roman numerals (`I`, `II`): ID from `Mã` (else the numeral), name from the
///   name column, English from `Tên tiếng Anh`.
/// - Criteria are the numbered rows under them: ID from `Mã` (else the numbering), name and unit with their
///   English, `Đo bằng` (inferred from the level cells when empty, with a notice), one requirement per `Mức n`
///   cell read by ``RequirementWords`` (the cell's text kept as `text`; a `Nguyên văn:` line, as the writer adds
///   where chiso's words stand for a requirement's own, keeps the wording apart), `Số liệu phụ` one second measure
///   per line (`share: phần trăm: Tỷ lệ … | Share …`), `Phương pháp`, `Căn cứ`, `Áp dụng khi`, `Mở rộng`,
///   `Chủ đề`.
/// - The level names come from the `Mức` part (`Mức | Tên | Tên tiếng Anh`, lowest first), else from the header
///   cells (`Mức 1 (Khởi động)`), else they are Decision 2361's when the table has five level columns.
/// - `Thông tin` gives `Cách xét mức` (``LevelTableWords/levelRules``) and `Số tiêu chí mở rộng tối thiểu`
///   (percentages, one or one per level, separated by `;`).
///
/// Every problem is reported at once, each on its sheet, row and column.
struct LevelTableReader {
    /// What the reader is given.
    let input: FrameworkTableInput
    /// The column of each role in the annex.
    let place: [AnnexColumn: Int]
    /// How many levels the annex has columns for.
    let levelCount: Int

    /// Reads the scheme's members from `input`; `nil` when an error was found (every one of them added to
    /// `problems`).
    ///
    /// - Complexity: O(*n*) in the number of cells.
    static func read(_ input: FrameworkTableInput, problems: inout FrameworkTableProblems) -> SchemeTableRead? {
        let reader = LevelTableReader(input: input)
        let errorsBefore = problems.list.count { $0.severity == .error }
        var members = JSONObjectBuilder()
        let levels = reader.levelNames(problems: &problems)
        members.add("levels", .array(levels.map(JSONNode.Value.localized)))
        reader.addSettings(to: &members, problems: &problems)
        var groups: [JSONNode.Value] = []
        var criteria: [JSONNode.Value] = []
        var comments: [String: [String]] = [:]
        for row in input.table.rows {
            if case .group = row.number {
                var group = JSONObjectBuilder()
                group.add("id", row.id)
                group.add("name", .localized(reader.localized(row.name, english: row.extras[.englishName])))
                groups.append(group.value)
                comments[row.id, default: []].append(reader.location(of: row))
            } else if row.depth == 1, let groupID = row.parentID {
                guard let (criterion, notes) = reader.criterion(row, group: groupID, problems: &problems) else {
                    continue
                }
                criteria.append(criterion)
                comments[row.id, default: []] += [reader.location(of: row)] + notes
            } else {
                problems.add(
                    row.depth == 0 ? LevelTableMessage.criterionOutsideGroup : LevelTableMessage.rowUnderCriterion,
                    sheet: input.sheet, line: row.line, column: reader.place[.number], field: "STT",
                    value: row.number.text)
            }
        }
        members.add("groups", .array(groups))
        members.add("criteria", .array(criteria))
        guard problems.list.count(where: { $0.severity == .error }) == errorsBefore else { return nil }
        return SchemeTableRead(members: members, comments: comments)
    }

    private init(input: FrameworkTableInput) {
        self.input = input
        place = Dictionary(input.table.columns.map { ($1, $0) }, uniquingKeysWith: min)
        levelCount =
            input.table.columns.values.compactMap { if case .level(let level) = $0 { level } else { nil } }.max() ?? 0
    }

    /// `vi` with its English, the English being `vi` when the cell is empty or missing.
    func localized(_ vi: String, english: String?) -> LocalizedText {
        let en = AnnexText.oneLine(english ?? "")
        return LocalizedText(vi: vi, en: en.isEmpty ? vi : en)
    }

    /// Where `row` was read, for the comment above its object: `Khung!B12` in a workbook, `hàng 12` in a CSV file.
    func location(of row: AnnexRow) -> String {
        guard let sheet = input.sheet else { return "hàng \(row.line)" }
        let column = place[.code] ?? place[.number] ?? 1
        return "\(sheet)!\(Diagnostic.columnLetters(column))\(row.line)"
    }
}

extension LevelTableReader {
    /// One criterion's object and the notes for its comment; `nil` after reporting its problems.
    func criterion(_ row: AnnexRow, group: String, problems: inout FrameworkTableProblems)
        -> (JSONNode.Value, [String])?
    {
        let errorsBefore = problems.list.count { $0.severity == .error }
        let extra = { (column: AnnexColumn) in row.extras[column] ?? "" }
        let seconds = secondMeasures(extra(.secondMeasures), row: row, problems: &problems)
        var cells: [(level: Int, text: String, words: RequirementWords)] = []
        for level in stride(from: 1, through: levelCount, by: 1) {
            let cell = row.levels[level] ?? ""
            let (words, verbatim) = LevelTableWords.splitVerbatim(cell)
            let at = AnnexCell(file: input.file, sheet: input.sheet, row: row.line, column: place[.level(level)] ?? 0)
            switch RequirementWords.read(words, at: at) {
            case .success(let read): cells.append((level, verbatim ?? cell, read.requirement))
            case .failure(let problem): problems.add([problem.diagnostic])
            }
        }
        var notes: [String] = []
        let kind = measure(of: row, cells: cells.map(\.words), notes: &notes, problems: &problems)
        var requirements: [JSONNode.Value] = []
        if let kind {
            let measures = LevelTableWords.Measures(kind: kind, seconds: seconds)
            for cell in cells {
                switch LevelTableWords.rule(cell.words, measures: measures) {
                case .success(let rule):
                    var entry = JSONObjectBuilder()
                    entry.add("text", cell.text)
                    LevelSchemeEncoder.addRule(rule, to: &entry)
                    requirements.append(entry.value)
                case .failure(let misfit):
                    let message =
                        switch misfit {
                        case .doesNotFit:
                            LevelTableMessage.requirementDoesNotFit(measure: LevelTableWords.word(for: kind))
                        case .noSecondMeasure(let wanted):
                            LevelTableMessage.noSecondMeasureFor(measure: LevelTableWords.word(for: wanted))
                        }
                    problems.add(
                        message, sheet: input.sheet, line: row.line, column: place[.level(cell.level)],
                        field: "Mức \(cell.level)", value: cell.text)
                }
            }
        }
        let extended = LevelTableWords.flag(extra(.extended))
        if extended == nil {
            problems.add(
                LevelTableMessage.unreadableFlag, sheet: input.sheet, line: row.line, column: place[.extended],
                field: AnnexColumn.extended.title, value: extra(.extended))
        }
        guard problems.list.count(where: { $0.severity == .error }) == errorsBefore, let kind else { return nil }
        var object = JSONObjectBuilder()
        object.add("id", row.id)
        let theme = AnnexText.oneLine(extra(.theme))
        if !theme.isEmpty { object.add("theme", theme) }
        object.add("group", group)
        object.add("name", .localized(localized(row.name, english: row.extras[.englishName])))
        object.add("unit", .localized(localized(row.unit, english: row.extras[.unitEnglish])))
        object.add("measure", kind?.rawValue ?? "childLevels")
        if !seconds.isEmpty {
            object.add(
                "secondMeasures",
                .objects(seconds) { second, entry in
                    entry.add("suffix", second.suffix)
                    entry.add("measure", second.kind.rawValue)
                    entry.add("name", .localized(second.name))
                })
        }
        object.add("requirements", .array(requirements))
        object.add("method", row.methodSource)
        object.add("legalBasis", row.basis)
        if !extra(.conditional).isEmpty { object.add("conditional", extra(.conditional)) }
        if extended == true { object.add("extended", true) }
        return (object.value, notes)
    }

    /// The criterion's measure from `Đo bằng`, else inferred from the level cells (with a notice and a note for
    /// the comment); `nil` after reporting that it cannot be told.
    private func measure(
        of row: AnnexRow, cells: [RequirementWords], notes: inout [String], problems: inout FrameworkTableProblems
    ) -> LevelTableWords.Kind? {
        let written = AnnexText.oneLine(row.extras[.measure] ?? "")
        let column = place[.measure]
        let field = AnnexColumn.measure.title
        guard written.isEmpty else {
            guard let kind = LevelTableWords.kind(of: written) else {
                problems.add(
                    LevelTableMessage.unknownMeasure(expected: LevelTableWords.measures.map(\.word)),
                    sheet: input.sheet, line: row.line, column: column, field: field, value: written)
                return nil
            }
            return kind
        }
        guard let kind = LevelTableWords.inferredKind(cells) else {
            problems.add(
                LevelTableMessage.measureNotInferred, sheet: input.sheet, line: row.line,
                column: column ?? place[.name],
                field: field)
            return nil
        }
        let word = LevelTableWords.word(for: kind)
        problems.add(
            LevelTableMessage.measureInferred(measure: word), sheet: input.sheet, line: row.line,
            column: column ?? place[.name], .notice, field: field)
        notes.append(
            "Đo bằng: \(word) — suy ra từ các ô mức, hãy xác nhận / measure: \(kind?.rawValue ?? "childLevels") — "
                + "inferred from the level cells, confirm it")
        return kind
    }

    /// The second measures of a `Số liệu phụ` cell, one per line: `suffix: measure word: Tên tiếng Việt | English`.
    private func secondMeasures(_ cell: String, row: AnnexRow, problems: inout FrameworkTableProblems)
        -> [SecondMeasure]
    {
        var seconds: [SecondMeasure] = []
        for line in cell.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 2).map { AnnexText.oneLine(String($0)) }
            let names =
                parts.count == 3
                ? parts[2].split(separator: "|", maxSplits: 1).map { AnnexText.oneLine(String($0)) } : []
            guard parts.count == 3, !parts[0].isEmpty, let vi = names.first, !vi.isEmpty,
                let found = LevelTableWords.kind(of: parts[1]), let kind = found
            else {
                problems.add(
                    LevelTableMessage.unreadableSecondMeasure, sheet: input.sheet, line: row.line,
                    column: place[.secondMeasures], field: AnnexColumn.secondMeasures.title, value: String(line))
                continue
            }
            seconds.append(
                SecondMeasure(suffix: parts[0], kind: kind, name: localized(vi, english: names.dropFirst().first)))
        }
        return seconds
    }
}

extension LevelTableReader {
    /// The names of the levels, lowest first: the `Mức` part's, else the header cells' (`Mức 1 (Khởi động)`), else
    /// Decision 2361's for five level columns; empty after reporting that they are not given.
    func levelNames(problems: inout FrameworkTableProblems) -> [LocalizedText] {
        if let part = input.parts[.levels] { return levelPart(part, problems: &problems) }
        var named: [LocalizedText] = []
        for level in stride(from: 1, through: levelCount, by: 1) {
            guard let index = place[.level(level)], index <= input.table.headerCells.count,
                let name = Self.parenthesised(input.table.headerCells[index - 1])
            else { break }
            let known = LevelTableWords.decision2361Levels.first {
                AnnexText.headerKey($0.vi) == AnnexText.headerKey(name)
            }
            named.append(known ?? LocalizedText(vi: name, en: name))
        }
        if levelCount > 0, named.count == levelCount { return named }
        if levelCount == LevelTableWords.decision2361Levels.count { return LevelTableWords.decision2361Levels }
        problems.add(
            LevelTableMessage.levelNamesMissing(levels: levelCount), sheet: input.sheet, line: input.table.headerLine,
            column: nil)
        return []
    }

    /// The text in the parentheses of a header cell (`Khởi động` in `Mức 1 (Khởi động)`), `nil` when none.
    static func parenthesised(_ header: String) -> String? {
        let text = AnnexText.oneLine(header)
        guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close else { return nil }
        let name = AnnexText.oneLine(String(text[text.index(after: open)..<close]))
        return name.isEmpty ? nil : name
    }

    /// The level names of the `Mức` part: a header `Mức | Tên | Tên tiếng Anh`, then one row per level from 1.
    private func levelPart(_ part: FrameworkTableRows, problems: inout FrameworkTableProblems) -> [LocalizedText] {
        let records = part.records.filter { record in
            record.fields.contains { !AnnexText.oneLine($0).isEmpty }
                && FrameworkTablePart(marker: record.fields.first ?? "") == nil
        }
        let headerIndex = records.firstIndex { AnnexText.headerKey($0.fields.first ?? "") == "mức" }
        var columns = (number: 0, name: 1, english: 2)
        if let headerIndex {
            let keys = records[headerIndex].fields.map(AnnexText.headerKey)
            columns.name = keys.firstIndex(of: "tên") ?? 1
            columns.english = keys.firstIndex(of: "tên tiếng anh") ?? 2
        }
        var names: [LocalizedText] = []
        for record in records[((headerIndex ?? -1) + 1)...] {
            let field = { (index: Int) in index < record.fields.count ? AnnexText.oneLine(record.fields[index]) : "" }
            let expected = names.count + 1
            guard Int(field(columns.number)) == expected, !field(columns.name).isEmpty else {
                problems.add(
                    LevelTableMessage.unreadableLevelName(expected: expected), sheet: part.sheet, line: record.line,
                    column: Int(field(columns.number)) == expected ? columns.name + 1 : columns.number + 1,
                    field: FrameworkTablePart.levels.title, value: field(columns.number) + " " + field(columns.name))
                continue
            }
            names.append(localized(field(columns.name), english: field(columns.english)))
        }
        if names.count != levelCount {
            problems.add(
                LevelTableMessage.levelNameCount(columns: levelCount, found: names.count), sheet: part.sheet,
                line: headerIndex.map { records[$0].line }, column: nil)
        }
        return names
    }

    /// Adds `levelRule` (from `Cách xét mức`, Decision 2361's per-level rule when absent) and `extendedMinimum`
    /// (from `Số tiêu chí mở rộng tối thiểu`, when given).
    func addSettings(to members: inout JSONObjectBuilder, problems: inout FrameworkTableProblems) {
        let info = input.info
        if let entry = info.entry(LevelTableWriter.levelRuleLabel) {
            if let rule = LevelTableWords.levelRule(entry.value) {
                members.add("levelRule", rule.rawValue)
            } else {
                problems.add(
                    LevelTableMessage.unknownLevelRule(expected: LevelTableWords.levelRules.map(\.word)),
                    sheet: info.sheet, line: entry.line, column: 2, field: entry.label, value: entry.value)
            }
        } else {
            members.add("levelRule", LevelRule.perLevel.rawValue)
        }
        guard let entry = info.entry(LevelTableWriter.extendedMinimumLabel) else { return }
        let parts = entry.value.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map { String($0) }
        let shares = parts.compactMap(LevelTableWords.readNumber)
        guard !shares.isEmpty, shares.count == parts.count else {
            problems.add(
                LevelTableMessage.unreadableExtendedMinimum, sheet: info.sheet, line: entry.line, column: 2,
                field: entry.label, value: entry.value)
            return
        }
        members.add("extendedMinimum", shares.count == 1 ? .number(shares[0]) : .array(shares.map { .number($0) }))
    }
}
