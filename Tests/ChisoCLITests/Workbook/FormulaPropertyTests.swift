import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// Random units typed as a person would (words in any case, numbers as numbers, values exactly on thresholds, `KAD`
/// where a criterion allows it, missing cells written four ways, and now and then a cell chiso refuses), recalculated
/// by LibreOffice once per framework, give the results `chiso score --format csv` gives the same cells as a CSV; a
/// unit with a refused cell shows the unreadable text instead of a result.
@Suite struct FormulaPropertyTests {
    static let frameworks = [
        "vn-2361-commune", "example-province-department", "example-province-district", "vn-hue-3043-strict",
        "vn-dti-1726-province", "vn-dti-922-province", "example-province-commune",
    ]

    /// One cell as typed in the workbook and as written in the CSV; `nil` CSV text for a cell chiso refuses.
    struct Typed {
        var cell: WorkbookCell
        var text: String?
        /// Whether the sheet refuses the cell though chiso reads its text: a percentage formatted as a percentage
        /// (0.725 shown `72.5%`, which chiso reads as 72.5 from the CSV's `72.5%`).
        var sheetRefuses = false
    }

    @Test(.enabled(if: Calc.soffice != nil, "SKIP: LibreOffice (soffice) is not installed"))
    func randomUnitsScoreAlike() throws {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var workbooks: [URL] = []
        var expectations: [[String: [String: String]]] = []
        for (position, id) in Self.frameworks.enumerated() {
            let (workbook, expected) = try batch(id, seed: 2100 + UInt64(position), in: directory)
            workbooks.append(workbook)
            expectations.append(expected)
        }
        let converted = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: converted, withIntermediateDirectories: true)
        try Calc.convert(workbooks, in: converted)
        for (position, id) in Self.frameworks.enumerated() {
            let csv = try String(contentsOf: converted.appendingPathComponent("\(id).csv"), encoding: .utf8)
            let computed = FormulaWorkbookTests.rowsByUnit(csv)
            var disagreements: [String] = []
            for (unit, want) in expectations[position].sorted(by: { $0.key < $1.key }) {
                for column in FormulaWorkbookTests.compared {
                    guard let expected = want[column], let got = computed[unit]?[column] else { continue }
                    let isResult = got == FormulaWords.unreadable.vi || expected == FormulaWords.unreadable.vi
                    if isResult ? got != expected : !FormulaWorkbookTests.same(got, expected, column: column) {
                        disagreements.append("\(unit) \(column): sheet \(got), chiso \(expected)")
                    }
                }
            }
            print("formula properties \(id): \(expectations[position].count) units, \(disagreements.count) disagree")
            #expect(disagreements.isEmpty, "\(id): \(disagreements.prefix(10))")
        }
    }

    /// One framework's batch: 150 random units typed into a workbook with the formula columns, and what chiso
    /// scores for each (the unreadable text for a unit with a cell chiso refuses).
    private func batch(_ id: String, seed: UInt64, in directory: URL) throws -> (URL, [String: [String: String]]) {
        let (framework, _) = try FrameworkCatalog.load(id)
        var random = SplitMix64(seed: seed)
        let header = ["unit_id"] + framework.scheme.measures.map(\.key)
        var sheetRows: [[WorkbookCell]] = [header.map { .text($0, style: .header) }]
        var csvRows: [[String]] = []
        var refused: [String] = []
        var refusedBySheet: [String] = []
        for index in 0..<150 {
            let unit = "U\(index)"
            let cells = Self.typedUnit(framework.scheme, using: &random)
            sheetRows.append([.text(unit)] + cells.map(\.cell))
            if cells.contains(where: { $0.text == nil }) {
                refused.append(unit)
            } else {
                csvRows.append([unit] + cells.map { $0.text ?? "" })
                if cells.contains(where: \.sheetRefuses) { refusedBySheet.append(unit) }
            }
        }
        let data = directory.appendingPathComponent("\(id).csv").path
        try Data(CSVWriter.document(header: header, rows: csvRows).utf8).write(to: URL(fileURLWithPath: data))
        for unit in refused {
            // chiso refuses the unit's cells, as the sheet does.
            let row = sheetRows[(Int(unit.dropFirst()) ?? 0) + 1].dropFirst().map(Self.text)
            let path = directory.appendingPathComponent("\(id)-\(unit).csv").path
            try Data(CSVWriter.document(header: header, rows: [[unit] + row]).utf8).write(
                to: URL(fileURLWithPath: path))
            #expect(chiso("score", "--framework", id, path, "--format", "csv").status == .dataError, "\(unit)")
        }
        let run = chiso("score", "--framework", id, data, "--format", "csv")
        #expect(run.status == .ok, "\(id): \(run.error)")
        var expected = FormulaWorkbookTests.rowsByUnit(run.output)
        let unreadable = FormulaWords.unreadable.vi
        for unit in refused + refusedBySheet {
            expected[unit] = Dictionary(
                uniqueKeysWithValues: FormulaWorkbookTests.compared.map { ($0, unreadable) })
        }
        let columns = FormulaColumns(framework: framework, header: header, language: .vi)
        let sheet = columns.appended(to: WorkbookSheet(name: "Dữ liệu", rows: sheetRows), units: 150)
        let url = directory.appendingPathComponent("\(id).xlsx")
        try Data(XLSXWriter.write(WorkbookDocument(sheets: [sheet]))).write(to: url)
        return (url, expected)
    }

    /// A typed cell as CSV text.
    static func text(_ cell: WorkbookCell) -> String {
        switch cell.value {
        case .text(let text): text
        case .number(let number): NumberText.shortest(number)
        default: ""
        }
    }

    /// A random unit's cells, one per measure.
    static func typedUnit(_ scheme: any ScoringScheme, using random: inout SplitMix64) -> [Typed] {
        let quality = Double.random(in: 0.3...1, using: &random)
        return scheme.measures.indices.map { index in
            let measure = scheme.measures[index]
            let roll = Int.random(in: 0..<100, using: &random)
            if roll < 3 {
                let word = ["", "NA", "-", "  "].randomElement(using: &random) ?? ""
                return Typed(cell: word.isEmpty ? .empty : .text(word), text: word)
            }
            if roll < 4 { return Typed(cell: .text("abc"), text: nil) }
            if roll < 5, measure.kind == .percent {
                let value = SyntheticUnits.value(measure, quality: quality, using: &random)
                let cell = WorkbookCell.number(value / 100, style: CellStyle(format: .percent(places: 1)))
                return Typed(cell: cell, text: NumberText.shortest(value) + "%", sheetRefuses: true)
            }
            if roll < 16, measure.isConditional {
                let word = ["KAD", "kad", "không áp dụng"].randomElement(using: &random) ?? "KAD"
                return Typed(cell: .text(word), text: word)
            }
            var value = SyntheticUnits.value(measure, quality: quality, using: &random)
            if roll < 40, let threshold = threshold(of: index, in: scheme, using: &random) { value = threshold }
            return typed(value, measure, using: &random)
        }
    }

    /// One of the thresholds the scheme's classes name for a measure, if any.
    static func threshold(of measure: Int, in scheme: any ScoringScheme, using random: inout SplitMix64) -> Double? {
        var values: [Double] = []
        for condition in scheme.conditions.indices where scheme.conditions[condition].measures.contains(measure) {
            for ordinal in scheme.classes.indices.map({ $0 + 1 }) {
                if let least = scheme.requirement(of: condition, forClass: ordinal).leastValue(of: measure) {
                    values.append(least)
                }
            }
        }
        return values.randomElement(using: &random)
    }

    /// A value as a person types it: a word for yes/no and choices, else a number cell.
    static func typed(_ value: Double, _ measure: Measure, using random: inout SplitMix64) -> Typed {
        switch measure.kind {
        case .yesNo:
            let words =
                value >= 1
                ? ["Có", "có", "CÓ", "co", "yes", "Đạt", "1"] : ["Không", "không", "KHÔNG", "no", "Chưa đạt", "0"]
            let word = words.randomElement(using: &random) ?? words[0]
            return Typed(cell: word.count == 1 ? .number(Double(word) ?? 0) : .text(word), text: word)
        case .choice:
            let category = measure.categories[min(max(Int(value), 0), measure.categories.count - 1)]
            let word = [category.value, category.name.vi, category.name.en].randomElement(using: &random) ?? ""
            return Typed(cell: .text(word), text: word)
        default:
            return Typed(cell: .number(value), text: NumberText.shortest(value))
        }
    }
}
