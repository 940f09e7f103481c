/// One filled per-unit form read from the records of a sheet: the unit's identity from the labelled block above the
/// table, and one value per criterion from the table's rows, each with the cell it came from.
///
/// A form is recognised by its labels, not by fixed cells, so that a province's own form reads as well as the one
/// `chiso template --per-unit` writes: the identity block holds label cells (`Mã đơn vị:`, `Tên đơn vị`, `Đơn vị
/// cấp trên`, `Năm`, `Mức đăng ký`, or the column IDs `unit_id`, `unit_name`, `parent_id`, `year`,
/// `registered_level`) with the value in the next filled cell to the right; the table has a header row with a code
/// column (`Mã`, `Mã tiêu chí`, `criterion`) and a value column (`Giá trị`, `value`), and optionally evidence
/// (`Tài liệu kiểm chứng`, `evidence`) and notes (`Ghi chú`, `note`). Labels are compared trimmed, in NFC,
/// regardless of case and of a trailing colon.
package struct FormSheet: Hashable, Sendable {
    /// A value and the cell it came from (line = sheet row, column = column number from 1).
    package struct Cell: Hashable, Sendable {
        /// The text of the cell.
        package var text: String
        /// The row, from 1.
        package var line: Int
        /// The column, from 1.
        package var column: Int
    }

    /// One row of the criteria table.
    package struct Entry: Hashable, Sendable {
        /// The criterion's code.
        package var criterion: Cell
        /// Its value; empty text when the cell is empty.
        package var value: Cell
        /// The evidence given, when the form has the column.
        package var evidence: Cell?
        /// The note given, when the form has the column.
        package var note: Cell?
    }

    /// The identity block's values by unit column (`unit_id`, `unit_name`, `parent_id`, `year`,
    /// `registered_level`).
    package var identity: [String: Cell]
    /// Where the label of each identity value is, for problems about a missing value.
    package var labels: [String: Cell]
    /// The criteria table's rows in order, rows without a code left out.
    package var entries: [Entry]
    /// The header row of the criteria table.
    package var headerLine: Int

    /// The labels of the identity block, by unit column, as written by `chiso template --per-unit` and by
    /// provinces' forms.
    package static let identityLabels: [String: [String]] = [
        "unit_id": ["unit_id", "mã đơn vị", "unit id", "mã xã", "mã huyện"],
        "unit_name": ["unit_name", "tên đơn vị", "unit name", "tên xã", "tên huyện"],
        "parent_id": ["parent_id", "đơn vị cấp trên", "mã đơn vị cấp trên", "parent unit id", "parent unit"],
        "year": ["year", "năm", "năm đánh giá"],
        "registered_level": ["registered_level", "mức đăng ký", "registered level"],
    ]
    /// The headers of the table's columns, by role.
    package static let tableLabels: [String: [String]] = [
        "criterion": ["criterion", "mã", "mã tiêu chí", "mã chỉ số", "code"],
        "value": ["value", "giá trị", "giá trị tự đánh giá", "số liệu", "kết quả tự đánh giá"],
        "evidence": ["evidence", "tài liệu kiểm chứng"],
        "note": ["note", "ghi chú"],
    ]

    /// The form in `records`, or `nil` when they hold no criteria table (a sheet that is not a form).
    ///
    /// - Complexity: O(*n*) in the number of cells.
    package init?(records: [CSVRecord]) {
        guard let (headerIndex, columns) = Self.tableHeader(in: records),
            let codeColumn = columns["criterion"], let valueColumn = columns["value"]
        else { return nil }
        headerLine = records[headerIndex].line
        identity = [:]
        labels = [:]
        entries = []
        for record in records[..<headerIndex] { readIdentity(record) }
        for record in records[(headerIndex + 1)...] {
            func cell(_ column: Int?) -> Cell? {
                guard let column else { return nil }
                let text = column < record.fields.count ? TextNormalization.key(record.fields[column]) : ""
                return Cell(text: text, line: record.line, column: column + 1)
            }
            guard let code = cell(codeColumn), !code.text.isEmpty, let value = cell(valueColumn) else { continue }
            entries.append(
                Entry(criterion: code, value: value, evidence: cell(columns["evidence"]), note: cell(columns["note"])))
        }
    }

    /// A header the way labels are compared: trimmed, NFC, lower case, without a trailing colon or asterisk.
    static func label(_ text: String) -> String {
        var key = TextNormalization.key(text).lowercased()
        while let last = key.last, last == ":" || last == "*" { key.removeLast() }
        return TextNormalization.key(key)
    }

    /// The first row with both a code and a value header, and the column of each role it has.
    private static func tableHeader(in records: [CSVRecord]) -> (Int, [String: Int])? {
        for (index, record) in records.enumerated() {
            var columns: [String: Int] = [:]
            for (column, field) in record.fields.enumerated() {
                let key = label(field)
                guard !key.isEmpty else { continue }
                for (role, names) in tableLabels where columns[role] == nil && names.contains(key) {
                    columns[role] = column
                }
            }
            if columns["criterion"] != nil, columns["value"] != nil {
                // A header with a unit column is a table (wide or long), not a form's criteria table.
                if record.fields.contains(where: { role(ofLabel: $0) == "unit_id" }) { return nil }
                return (index, columns)
            }
        }
        return nil
    }

    /// The unit column an identity label stands for.
    static func role(ofLabel text: String) -> String? {
        let key = label(text)
        guard !key.isEmpty else { return nil }
        return identityLabels.first { $0.value.contains(key) }?.key
    }

    /// Reads the label–value pairs of one row of the identity block.
    private mutating func readIdentity(_ record: CSVRecord) {
        var column = 0
        while column < record.fields.count {
            guard let role = Self.role(ofLabel: record.fields[column]), identity[role] == nil else {
                column += 1
                continue
            }
            labels[role] = Cell(text: Self.label(record.fields[column]), line: record.line, column: column + 1)
            var next = column + 1
            while next < record.fields.count, TextNormalization.key(record.fields[next]).isEmpty { next += 1 }
            // An empty value followed by the next label: the label is not the value.
            if next < record.fields.count, Self.role(ofLabel: record.fields[next]) == nil {
                identity[role] = Cell(
                    text: TextNormalization.key(record.fields[next]), line: record.line, column: next + 1)
                column = next + 1
            } else {
                column = next
            }
        }
    }
}
