package import ChisoCore
package import ChisoFormats

/// What made a workbook, for its "Nguồn" (Source) sheet and the words of its other sheets.
package struct WorkbookOrigin: Sendable {
    /// The output's name in the column dictionary: the command (`score`, `frameworks show`).
    package var output: String
    /// The frameworks the run used, in the order given.
    package var frameworks: [Framework]
    /// The command line as run, starting with `chiso`.
    package var commandLine: String
    /// When the workbook was made, in UTC as ISO 8601 (`2026-12-02T06:00:00Z`).
    package var made: String
    /// The files the run read.
    package var inputs: [String]
    /// The language of sheet names, display names and meanings.
    package var language: Language

    /// Creates an origin.
    package init(
        output: String, frameworks: [Framework], commandLine: String, made: String, inputs: [String],
        language: Language
    ) {
        self.output = output
        self.frameworks = frameworks
        self.commandLine = commandLine
        self.made = made
        self.inputs = inputs
        self.language = language
    }
}

/// A command's CSV output as a workbook: the same values, typed (numbers as numbers, IDs and words as text), on a
/// results sheet with a row of display names above the row of column IDs; a sheet describing each column; and a
/// "Nguồn" (Source) sheet saying what made it.
///
/// The results sheet is made from the CSV text itself, so that its values cannot differ from the CSV's: a cell is a
/// number only where the CSV field is a plain decimal number without a leading zero (`72.5`, `-3`, `0.7250`), shown
/// with as many decimals as the field has; everything else, and every ID column, stays text as written (`00123`,
/// `yes`). Row 1 holds the display names in the run's language, row 2 the column IDs of the CSV; both stay in view,
/// and row 2 carries the filter buttons, so that pandas reads the sheet with `read_excel(…, header=1)` and R with
/// `read_excel(…, skip = 1)`, under the CSV's own column names.
package enum ResultWorkbook {
    /// The workbook for `csv`, a command's CSV output.
    ///
    /// - Complexity: O(*n*) in the size of the CSV.
    package static func document(csv: String, origin: WorkbookOrigin) -> WorkbookDocument {
        let (records, _) = CSVReader.read(Array(csv.utf8), file: origin.output)
        let header = records.first?.fields ?? []
        let rows = records.dropFirst().map(\.fields)
        let places = columnPlaces(header: header, rows: rows)
        let cells = rows.map { row in
            header.indices.map { column in
                typed(
                    column < row.count ? row[column] : "", isIdentifier: CSVWriter.isIdentifierColumn(header[column]),
                    places: places[column])
            }
        }
        let describer = ColumnDescriber(origin: origin)
        return WorkbookDocument(sheets: [
            results(header: header, rows: rows, cells: cells, describer: describer),
            describer.sheet(header: header, cells: cells),
            source(origin),
        ])
    }

    /// The most characters an Excel cell holds; a longer text makes Excel repair the workbook on opening.
    package static let cellLimit = 32_767

    /// The number of fields of `csv` longer than ``cellLimit``, which ``document(csv:origin:)`` cuts short.
    ///
    /// - Complexity: O(1) for a CSV shorter than the limit, else O(*n*) in its size.
    package static func fieldsCut(in csv: String) -> Int {
        guard csv.utf8.count > cellLimit else { return 0 }
        let (records, _) = CSVReader.read(Array(csv.utf8), file: "")
        return records.reduce(0) { $0 + $1.fields.filter { $0.count > cellLimit }.count }
    }

    /// One CSV field as a cell: a number where the field is a plain decimal number (as the CSV writes them), text
    /// otherwise or in an ID column, nothing where it is empty.
    ///
    /// - Parameter places: The decimals to show every number of the column with, or `nil` to show each with its own.
    static func typed(_ field: String, isIdentifier: Bool, places: Int? = nil) -> WorkbookCell {
        if field.isEmpty { return .empty }
        if field.count > cellLimit { return .text(String(field.prefix(cellLimit - 1)) + "…") }
        if isIdentifier { return .text(field, style: CellStyle(format: .text)) }
        guard let own = CSVWriter.plainDecimalPlaces(field), let number = Double(field) else { return .text(field) }
        let shown = places ?? own
        return .number(number, style: CellStyle(format: shown == 0 ? .integer : .decimal(places: shown)))
    }

    /// The decimals each column's numbers are shown with: the most any of its fields has (so that `674.3` shows as
    /// `674.30` beside `447.62`, the same value); `nil` for every column of a tidy output (one with a `statistic`
    /// column), whose `value` column mixes ranks and shares, so each number keeps its own.
    static func columnPlaces(header: [String], rows: [[String]]) -> [Int?] {
        guard !header.contains("statistic") else { return header.map { _ in nil } }
        var places = [Int?](repeating: nil, count: header.count)
        for row in rows {
            for (column, field) in row.enumerated() where column < places.count {
                guard let own = CSVWriter.plainDecimalPlaces(field) else { continue }
                places[column] = max(places[column] ?? 0, own)
            }
        }
        return places
    }

    /// The results sheet: display names, column IDs, then the rows.
    static func results(header: [String], rows: [[String]], cells: [[WorkbookCell]], describer: ColumnDescriber)
        -> WorkbookSheet
    {
        let language = describer.origin.language
        let titles = header.map { describer.words(for: $0).title.text(in: language) }
        var widths: [Double?] = []
        for (column, id) in header.enumerated() {
            let longest = rows.reduce(id.count) { max($0, column < $1.count ? characterCount($1[column]) : 0) }
            widths.append(Double(min(max(longest, min(titles[column].count, 24), 6) + 2, 60)))
        }
        return WorkbookSheet(
            name: WorkbookWords.results.text(in: language),
            rows: [titles.map { .text($0, style: .header) }, header.map { .text($0, style: .header) }] + cells,
            columnWidths: widths, frozenRows: 2, hasFilter: true)
    }

    /// The "Nguồn" (Source) sheet: what made the workbook, one fact a row.
    static func source(_ origin: WorkbookOrigin) -> WorkbookSheet {
        let language = origin.language
        func row(_ label: WorkbookWords, _ value: String) -> [WorkbookCell] {
            [.text(label.text(in: language), style: CellStyle(isBold: true)), .text(value)]
        }
        var rows = [[WorkbookWords.item, .value].map { WorkbookCell.text($0.text(in: language), style: .header) }]
        for framework in origin.frameworks {
            let provenance = framework.provenance
            rows += [
                row(.framework, framework.id), row(.frameworkName, framework.name.text(in: language)),
                row(.decision, provenance.decision), row(.date, provenance.date),
                row(.issuer, provenance.issuer.text(in: language)),
            ]
        }
        rows += [
            row(.version, OutputOrigin.version), row(.command, origin.commandLine), row(.made, origin.made),
        ]
        rows += origin.inputs.map { row(.input, $0) }
        let longest = rows.reduce(0) { max($0, $1.count > 1 ? textLength($1[1]) : 0) }
        return WorkbookSheet(
            name: WorkbookWords.source.text(in: language), rows: rows,
            columnWidths: [28, Double(min(max(longest, 20) + 2, 100))], frozenRows: 1)
    }

    /// The number of characters of `text`, counted from its bytes when they are printable ASCII (one character each).
    static func characterCount(_ text: String) -> Int {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x80 } ? text.utf8.count : text.count
    }

    /// The length of a text cell's text.
    static func textLength(_ cell: WorkbookCell) -> Int {
        if case .text(let text) = cell.value { return text.count }
        return 0
    }
}
