/// Builds the outline of an annex table row by row: places each row by its number, and checks the numbering
/// (readable, unique, without gaps, under an existing row) and, at the end, the sums of the maxima.
struct AnnexOutline {
    /// A row read, before its ID is settled.
    struct Draft {
        /// The row, its ID and place not yet set.
        var row: AnnexRow
        /// Its key, unique in the table: its number scoped by its group (`G2|1.3`).
        var key: String
        /// The key of the row it stands under.
        var parentKey: String?
        /// The group it is in.
        var group: Int?
        /// Its `Mã` cell.
        var code: String
        /// Its `Điểm tối đa` cell as written.
        var maxText: String
        /// Its cells as written, with those of the rows that continue it (``AnnexOutline/continueRow(with:problems:)``).
        var fields: [String]
    }

    /// The column of each role.
    let place: [AnnexColumn: Int]
    /// The levels the table has a column for.
    let levels: [Int]
    /// The rows read so far.
    var drafts: [Draft] = []
    /// The group the rows now read are in.
    var group: Int?
    /// The key of the last numbered (`1.2`) row, which items `a)` stand under.
    var lastPathKey: String?
    /// The line each key was first used on.
    var seen: [String: Int] = [:]
    /// The highest last part of a number seen under each parent.
    var lastChild: [String: Int] = [:]

    /// An outline for a table whose columns are `columns`.
    init(columns: [Int: AnnexColumn]) {
        place = Dictionary(columns.map { ($1, $0) }, uniquingKeysWith: min)
        levels = columns.values.compactMap { if case .level(let level) = $0 { level } else { nil } }.sorted()
    }

    /// The scoped key of group `group`.
    static func groupKey(_ group: Int?) -> String { group.map { "G\($0)" } ?? "" }

    /// Reads `record` into the outline, its problems added to `problems`.
    mutating func add(_ record: CSVRecord, problems: inout AnnexProblems) {
        guard record.fields.contains(where: { !AnnexText.oneLine($0).isEmpty }) else { return }
        let place = self.place
        let cell = { (column: AnnexColumn) -> String in
            guard let index = place[column], index <= record.fields.count else { return "" }
            return record.fields[index - 1]
        }
        let numberColumn = place[.number]
        guard let number = AnnexNumber(cell(.number)) else {
            if AnnexText.oneLine(cell(.number)).isEmpty, !drafts.isEmpty {
                continueRow(with: record, problems: &problems)
                return
            }
            problems.add(
                .unreadableNumber, line: record.line, column: numberColumn, field: "STT",
                value: AnnexText.oneLine(cell(.number)))
            return
        }
        guard let (key, parentKey) = placeRow(number, line: record.line, problems: &problems) else { return }
        let row = self.row(record.fields, line: record.line, number: number)
        if row.row.maxPoints == nil, !row.maxText.isEmpty {
            problems.add(
                .unreadableMaximum, line: record.line, column: place[.maxPoints], field: "Điểm tối đa",
                value: row.maxText)
        }
        drafts.append(
            Draft(
                row: row.row, key: key, parentKey: parentKey, group: group, code: row.code, maxText: row.maxText,
                fields: record.fields))
    }

    /// The row numbered `number` on `line` whose cells are `fields`, its `Điểm tối đa` as written and its `Mã`.
    func row(_ fields: [String], line: Int, number: AnnexNumber) -> (row: AnnexRow, maxText: String, code: String) {
        let place = self.place
        let cell = { (column: AnnexColumn) -> String in
            guard let index = place[column], index <= fields.count else { return "" }
            return fields[index - 1]
        }
        let maxText = AnnexText.oneLine(cell(.maxPoints))
        var row = AnnexRow(
            line: line, number: number, id: "", parentID: nil, depth: 0, name: AnnexText.oneLine(cell(.name)),
            maxPoints: AnnexText.points(maxText))
        row.fill(cell, levels: levels)
        row.extras = row.extras.filter { place[$0.key] != nil }
        return (row, maxText, AnnexText.oneLine(cell(.code)))
    }

    /// Reads `record`, a row without a number under a numbered one, as the continuation of the row above: what a
    /// paste from Word gives for a cell broken over two rows, or cells merged down (the number, the name, the
    /// maximum) beside a text that goes on. Each of its cells is added on a new line to the cell above, unless it
    /// repeats it (a merged cell unmerged and filled).
    mutating func continueRow(with record: CSVRecord, problems: inout AnnexProblems) {
        // A maximum of its own makes it an indicator, which needs its number: never merged into the row above.
        let maximum = place[.maxPoints].flatMap { $0 <= record.fields.count ? record.fields[$0 - 1] : nil }
        if let maximum, !AnnexText.oneLine(maximum).isEmpty, AnnexText.oneLine(maximum) != drafts.last?.maxText {
            problems.add(.unreadableNumber, line: record.line, column: place[.number], field: "STT", value: "")
            return
        }
        guard var draft = drafts.popLast() else { return }
        var fields = draft.fields
        for (index, field) in record.fields.enumerated() {
            let text = AnnexText.oneLine(field)
            if index >= fields.count { fields.append("") }
            guard !text.isEmpty, text != AnnexText.oneLine(fields[index]) else { continue }
            fields[index] = fields[index].isEmpty ? field : fields[index] + "\n" + field
        }
        let row = self.row(fields, line: draft.row.line, number: draft.row.number)
        if row.row.maxPoints == nil, !row.maxText.isEmpty, row.maxText != draft.maxText {
            problems.add(
                .unreadableMaximum, line: record.line, column: place[.maxPoints], field: "Điểm tối đa",
                value: row.maxText)
        }
        (draft.row, draft.maxText, draft.code, draft.fields) = (row.row, row.maxText, row.code, fields)
        drafts.append(draft)
        problems.add(.rowContinued(line: draft.row.line), line: record.line, column: place[.number], .notice)
    }

    /// The key of the row numbered `number` and of the row it stands under; `nil` when the number repeats one
    /// already used (the row is then left out). The numbering's problems are added to `problems`.
    mutating func placeRow(_ number: AnnexNumber, line: Int, problems: inout AnnexProblems) -> (String, String?)? {
        let column = place[.number]
        var key: String
        var parentKey: String?
        var expected: (Int) -> String
        switch number {
        case .group(let value):
            group = value
            lastPathKey = nil
            (key, parentKey, expected) = (Self.groupKey(value), nil, AnnexNumber.romanText)
        case .path(let parts):
            key = Self.groupKey(group) + "|" + number.text
            let parentParts = parts.dropLast()
            parentKey =
                parentParts.isEmpty
                ? group.map { Self.groupKey($0) }
                : Self.groupKey(group) + "|"
                    + AnnexNumber.path(Array(parentParts)).text
            expected = { AnnexNumber.path(parentParts + [$0]).text }
            if let wanted = parentKey, seen[wanted] == nil, !parentParts.isEmpty {
                problems.add(
                    .missingParent(parent: AnnexNumber.path(Array(parentParts)).text), line: line, column: column,
                    field: "STT", value: number.text)
                parentKey = nil
            }
            lastPathKey = key
        case .item:
            parentKey = lastPathKey
            key = (lastPathKey ?? Self.groupKey(group)) + "|" + number.text
            expected = { AnnexNumber.item($0).text + ")" }
            if lastPathKey == nil {
                problems.add(.missingParent(parent: "1"), line: line, column: column, field: "STT", value: number.text)
            }
        }
        if let first = seen[key] {
            problems.add(
                .duplicateNumber(firstLine: first), line: line, column: column, field: "STT", value: number.text)
            return nil
        }
        seen[key] = line
        let scope = number.scope + (parentKey ?? "")
        let last = lastChild[scope] ?? 0
        if number.last > last + 1 {
            problems.add(
                .numberingGap(expected: expected(last + 1)), line: line, column: column, field: "STT",
                value: number.text)
        }
        lastChild[scope] = max(last, number.last)
        return (key, parentKey)
    }
}

extension AnnexNumber {
    /// What kind of number it is, so that groups, indicators and items are counted apart.
    var scope: String {
        switch self {
        case .group: "group:"
        case .path: "path:"
        case .item: "item:"
        }
    }
}
