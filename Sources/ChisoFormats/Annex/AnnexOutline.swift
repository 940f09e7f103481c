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
            problems.add(
                .unreadableNumber, line: record.line, column: numberColumn, field: "STT",
                value: AnnexText.oneLine(cell(.number)))
            return
        }
        guard let (key, parentKey) = placeRow(number, line: record.line, problems: &problems) else { return }
        let maxText = AnnexText.oneLine(cell(.maxPoints))
        let maxPoints = AnnexText.points(maxText)
        if maxPoints == nil, !maxText.isEmpty {
            problems.add(
                .unreadableMaximum, line: record.line, column: place[.maxPoints], field: "Điểm tối đa", value: maxText)
        }
        var row = AnnexRow(
            line: record.line, number: number, id: "", parentID: nil, depth: 0, name: AnnexText.oneLine(cell(.name)),
            maxPoints: maxPoints)
        row.fill(cell, levels: levels)
        row.extras = row.extras.filter { place[$0.key] != nil }
        drafts.append(
            Draft(
                row: row, key: key, parentKey: parentKey, group: group, code: AnnexText.oneLine(cell(.code)),
                maxText: maxText))
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
