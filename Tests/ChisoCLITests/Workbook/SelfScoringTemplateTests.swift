import ChisoCLI
import ChisoCore
import ChisoFormats
import ChisoPeerTools
import ChisoReports
import Foundation
import Testing

/// `chiso template --format xlsx --formulas`: the data sheet carries its result columns as formulas, and a filled
/// copy scores in chiso to what its data scores to, the result columns left out with a notice.
@Suite struct SelfScoringTemplateTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "notebooks-data/sample-communes.csv"
        ).path

    /// The template's data sheet with the sample's values typed in, numbers as numbers, and every formula cell given
    /// `cached` as the value a spreadsheet stored when it last computed.
    static func filled(units: Int, cached: WorkbookCell.CachedValue) throws -> WorkbookDocument {
        let (framework, _) = try FrameworkCatalog.load("vn-2361-commune")
        let origin = WorkbookOrigin(
            output: "template", frameworks: [framework], commandLine: "chiso template", made: "2026-12-02T00:00:00Z",
            inputs: [], language: .vi)
        var document = TemplateWorkbook.document(framework, units: units, origin: origin, formulas: true)
        let records = CSVReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: sample))), file: "s").records
        let header = records[0].fields
        var sheet = document.sheets[0]
        let ids = sheet.rows[0].map { cell -> String in
            if case .text(let text) = cell.value { return text } else { return "" }
        }
        for (index, record) in records.dropFirst().prefix(units).enumerated() {
            for (column, id) in ids.enumerated() {
                if case .formula(let formula, _) = sheet.rows[index + 1][column].value {
                    sheet.rows[index + 1][column].value = .formula(formula, cached: cached)
                    continue
                }
                guard let field = header.firstIndex(of: id), !record.fields[field].isEmpty else { continue }
                let text = record.fields[field]
                let isID = ["unit_id", "unit_name", "parent_id"].contains(id)
                sheet.rows[index + 1][column].value =
                    !isID ? Double(text).map { .number($0) } ?? .text(text) : .text(text)
            }
        }
        document.sheets[0] = sheet
        return document
    }

    @Test func theDataSheetCarriesFormulasAfterItsData() throws {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("mau.xlsx").path
        let run = chiso("template", "--framework", "vn-2361-commune", "--formulas", "--units", "3", "--output", path)
        #expect(run.status == .ok)
        let zip = try ZipReader(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        let sheet = try XLSXWorksheet(parsing: zip.contents(named: "xl/worksheets/sheet1.xml"))
        let strings = try XLSXSharedStrings(parsing: zip.contents(named: "xl/sharedStrings.xml"))
        let header = (sheet.rows.first?.cells ?? []).map { Int($0.value).flatMap { strings[$0] } ?? "" }
        let level = try #require(header.firstIndex(of: "level"))
        #expect(header[..<level].last == "XHS.09")
        #expect(header[level...].prefix(3) == ["level", "next_level_blockers", "blocks.CQS.01"])
        // Rows 2 to 4 compute; the formula cells carry no cached value, so the workbook computes on opening.
        let formulas = sheet.rows.dropFirst().map { row in row.cells.filter(\.hasFormula).count }
        #expect(formulas.count == 3 && formulas.allSatisfy { $0 == header.count - level })
        let workbook = String(decoding: try zip.contents(named: "xl/workbook.xml"), as: UTF8.self)
        #expect(workbook.contains("fullCalcOnLoad=\"1\""))
    }

    @Test func aFilledCopyScoresAsItsDataWithTheResultColumnsLeftOut() throws {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("da-dien.xlsx").path
        try Data(XLSXWriter.write(Self.filled(units: 120, cached: .text("")))).write(to: URL(fileURLWithPath: path))
        let fromWorkbook = chiso("score", "--framework", "vn-2361-commune", path, "--format", "csv")
        let fromCSV = chiso("score", "--framework", "vn-2361-commune", Self.sample, "--format", "csv")
        #expect(fromWorkbook.status == .ok, "\(fromWorkbook.error)")
        #expect(fromWorkbook.output == fromCSV.output)
        #expect(
            fromWorkbook.error.contains(
                "[Dữ liệu]!1:1: lưu ý: bỏ qua 40 cột kết quả do bảng tính tự tính (level, next_level_blockers, "
                    + "blocks.CQS.01, blocks.CQS.02, …): chiso tự tính kết quả từ số liệu"))
    }

    @Test func chisosOwnOutputIsStillRefusedAsData() throws {
        let output = chiso("score", "--framework", "vn-2361-commune", Self.sample, "--format", "csv").output
        let path = try temporaryFile("ket-qua.csv", output)
        let run = chisoInEnglish("score", "--framework", "vn-2361-commune", path)
        #expect(run.status == .dataError)
        #expect(run.error.contains("this looks like chiso's output"))
    }

    @Test(.enabled(if: PeerTools.soffice != nil, "SKIP: LibreOffice (soffice) is not installed"))
    func libreOfficeComputesTheLevelsChisoComputes() throws {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("da-dien.xlsx").path
        var document = try Self.filled(units: 120, cached: .text(""))
        // No cached values: LibreOffice computes every formula on opening and saves the results.
        for row in document.sheets[0].rows.indices {
            for column in document.sheets[0].rows[row].indices {
                if case .formula(let formula, _) = document.sheets[0].rows[row][column].value {
                    document.sheets[0].rows[row][column].value = .formula(formula, cached: nil)
                }
            }
        }
        try Data(XLSXWriter.write(document)).write(to: URL(fileURLWithPath: path))
        let saved = directory.appendingPathComponent("saved")
        _ = PeerTools.run(
            PeerTools.soffice ?? "",
            [
                "-env:UserInstallation=file://\(directory.path)/profile", "--headless", "--convert-to", "xlsx",
                "--outdir", saved.path, path,
            ])
        let recalculated = saved.appendingPathComponent("da-dien.xlsx").path
        let table = TableReader.read(
            Array(try Data(contentsOf: URL(fileURLWithPath: recalculated))), file: recalculated, knownColumns: [])
        let header = try #require(table.records.first).fields
        let unit = try #require(header.firstIndex(of: "unit_id"))
        let level = try #require(header.firstIndex(of: "level"))
        var computed: [String: String] = [:]
        for record in table.records.dropFirst() where !record.fields[unit].isEmpty {
            computed[record.fields[unit]] = record.fields[level]
        }
        let scored = chiso("score", "--framework", "vn-2361-commune", Self.sample, "--format", "csv").output
        let rows = CSVReader.read(Array(scored.utf8), file: "scored").records
        let levelColumn = try #require(rows.first?.fields.firstIndex(of: "level"))
        #expect(computed.count == 120)
        for row in rows.dropFirst() { #expect(computed[row.fields[0]] == row.fields[levelColumn], "\(row.fields[0])") }
        // And chiso scores the saved workbook as its data.
        let fromWorkbook = chiso("score", "--framework", "vn-2361-commune", recalculated, "--format", "csv")
        #expect(fromWorkbook.output == scored)
    }
}
