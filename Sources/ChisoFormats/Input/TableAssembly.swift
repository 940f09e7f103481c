/// Assessment tables from many files — filled per-unit forms and wide tables — assembled into the one wide table the
/// assessment loader reads, remembering where in its own file every cell came from, so that each problem the loader
/// finds is told at that file, sheet and cell.
///
/// Columns are joined by name (trimmed, NFC, regardless of case; the first spelling kept). A unit given twice (the
/// same `unit_id`, and the same `year` when there is one) is an error naming both places, and the second is left out.
package struct TableAssembly: Sendable {
    /// Where a cell came from.
    package struct Place: Hashable, Sendable {
        /// The file, as the user named it.
        package var file: String
        /// The sheet, for a workbook.
        package var sheet: String?
        /// The row or line, from 1.
        package var line: Int
        /// The column or field, from 1, when the place is one cell.
        package var column: Int?
    }

    /// The joined header.
    package private(set) var header: [String] = []
    /// The rows, each as long as the header.
    package private(set) var rows: [[String]] = []
    /// Problems found while joining: units given twice, forms without a unit.
    package private(set) var problems: [Diagnostic] = []
    /// Whether evidence and notes of forms become columns `ID.evidence` and `ID.note` (for `--extra-columns keep`).
    package var keepsEvidence: Bool

    private var columnOfKey: [String: Int] = [:]
    private var headerPlaces: [Place] = []
    private var rowPlaces: [Place] = []
    private var cellPlaces: [[Place?]] = []
    private var unitPlaces: [String: Place] = [:]

    /// An empty assembly.
    package init(keepsEvidence: Bool = false) {
        self.keepsEvidence = keepsEvidence
    }

    /// The records the loader reads: the header on line 1, row *k* on line *k* + 1.
    package var records: [CSVRecord] {
        [CSVRecord(line: 1, fields: header)] + rows.enumerated().map { CSVRecord(line: $0 + 2, fields: $1) }
    }

    /// Adds a filled form.
    package mutating func add(_ form: FormSheet, file: String, sheet: String?) {
        guard let unit = form.identity["unit_id"], !unit.text.isEmpty else {
            let place = form.labels["unit_id"] ?? FormSheet.Cell(text: "", line: form.headerLine, column: 1)
            problems.append(
                Diagnostic(file: file, line: place.line, column: place.column, FormMessage.noUnitID(sheet: sheet))
                    .placed(onSheet: sheet, of: file))
            return
        }
        var cells: [(String, FormSheet.Cell)] = form.identity.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        for entry in form.entries {
            cells.append((entry.criterion.text, entry.value))
            if keepsEvidence {
                if let evidence = entry.evidence { cells.append((entry.criterion.text + ".evidence", evidence)) }
                if let note = entry.note { cells.append((entry.criterion.text + ".note", note)) }
            }
        }
        let rowPlace = Place(file: file, sheet: sheet, line: unit.line, column: unit.column)
        let headerPlace = { (cell: FormSheet.Cell) in
            Place(file: file, sheet: sheet, line: cell.line, column: cell.column)
        }
        addRow(
            cells.map { name, cell in (name, cell.text, headerPlace(cell)) },
            unit: unit.text, year: form.identity["year"]?.text ?? "", place: rowPlace,
            headerPlace: { name in
                form.entries.first { $0.criterion.text == name }.map { headerPlace($0.criterion) } ?? rowPlace
            })
    }

    /// Adds the rows of a wide table whose first record is its header.
    package mutating func add(wide records: [CSVRecord], file: String, sheet: String?) {
        guard let header = records.first else { return }
        let names = header.fields.map(TextNormalization.key)
        let unitColumn = names.firstIndex { $0.lowercased() == "unit_id" }
        let yearColumn = names.firstIndex { $0.lowercased() == "year" }
        for record in records.dropFirst() {
            let cells = names.enumerated().compactMap { column, name -> (String, String, Place)? in
                guard !name.isEmpty else { return nil }
                let text = column < record.fields.count ? record.fields[column] : ""
                return (name, text, Place(file: file, sheet: sheet, line: record.line, column: column + 1))
            }
            let unit = unitColumn.map { $0 < record.fields.count ? TextNormalization.key(record.fields[$0]) : "" }
            let year = yearColumn.map { $0 < record.fields.count ? TextNormalization.key(record.fields[$0]) : "" }
            addRow(
                cells, unit: unit ?? "", year: year ?? "", place: Place(file: file, sheet: sheet, line: record.line),
                headerPlace: { name in
                    let column = names.firstIndex(of: name).map { $0 + 1 }
                    return Place(file: file, sheet: sheet, line: header.line, column: column)
                })
        }
    }

    private mutating func addRow(
        _ cells: [(name: String, text: String, place: Place)], unit: String, year: String, place: Place,
        headerPlace: (String) -> Place
    ) {
        if !unit.isEmpty {
            let key = unit + "\u{1F}" + year
            if let first = unitPlaces[key] {
                problems.append(
                    Diagnostic(
                        file: place.file, line: place.line, column: place.column, field: "unit_id", value: unit,
                        FormMessage.unitGivenTwice(first: Self.describe(first), year: year.isEmpty ? nil : year)
                    ).placed(onSheet: place.sheet, of: place.file))
                return
            }
            unitPlaces[key] = place
        }
        var row = [String](repeating: "", count: header.count)
        var places = [Place?](repeating: nil, count: header.count)
        for cell in cells {
            let key = cell.name.lowercased()
            let column: Int
            if let known = columnOfKey[key] {
                column = known
            } else {
                column = header.count
                columnOfKey[key] = column
                header.append(cell.name)
                headerPlaces.append(headerPlace(cell.name))
                for index in rows.indices {
                    rows[index].append("")
                    cellPlaces[index].append(nil)
                }
                row.append("")
                places.append(nil)
            }
            row[column] = cell.text
            places[column] = cell.place
        }
        rows.append(row)
        cellPlaces.append(places)
        rowPlaces.append(place)
    }

    /// The place of line `line`, column `column` of ``records``.
    package func place(line: Int, column: Int?) -> Place? {
        if line == 1 {
            guard let column, headerPlaces.indices.contains(column - 1) else { return headerPlaces.first }
            return headerPlaces[column - 1]
        }
        let row = line - 2
        guard rowPlaces.indices.contains(row) else { return nil }
        if let column, cellPlaces[row].indices.contains(column - 1), let place = cellPlaces[row][column - 1] {
            return place
        }
        return rowPlaces[row]
    }

    /// `diagnostics` about ``records`` (named `assembled` as their file) told at the places the cells came from.
    package func relocate(_ diagnostics: [Diagnostic], assembled: String) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.file == assembled, let line = diagnostic.line,
                let place = place(line: line, column: diagnostic.column)
            else { return diagnostic }
            var moved = diagnostic
            moved.file = place.file
            moved.sheet = place.sheet
            moved.line = place.line
            moved.column = place.column
            return moved
        }
    }

    /// `file[sheet]!B3` or `file:3:2`, for a message that names another place.
    static func describe(_ place: Place) -> String {
        guard let sheet = place.sheet else {
            return place.file + ":\(place.line)" + (place.column.map { ":\($0)" } ?? "")
        }
        let cell =
            place.column.map { CellReference(row: place.line, column: $0).description } ?? "\(place.line):\(place.line)"
        return "\(place.file)[\(sheet)]!\(cell)"
    }
}
