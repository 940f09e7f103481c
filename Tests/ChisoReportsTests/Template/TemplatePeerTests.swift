import ChisoCore
import ChisoFormats
import ChisoPeerTools
import ChisoReports
import Foundation
import Testing

@Suite struct TemplatePeerTests {
    static let inspect = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        s = book.worksheets[0]
        out = {"sheets": book.sheetnames, "freeze": s.freeze_panes}
        out["validations"] = {v.promptTitle: [v.type, v.formula1, v.formula2, str(v.sqref), v.prompt,
                                              bool(v.showInputMessage)]
                              for v in s.data_validations.dataValidation}
        cell = s[sys.argv[2]]
        out["input"] = [cell.protection.locked, cell.fill.fgColor.rgb]
        out["header"] = [c.value for c in s[int(sys.argv[3])]]
        print(json.dumps(out, ensure_ascii=False))
        """

    static func written(_ document: WorkbookDocument, in directory: URL) throws -> URL {
        let file = directory.appendingPathComponent("mau.xlsx")
        try Data(XLSXWriter.write(document)).write(to: file)
        return file
    }

    static func inspect(_ file: URL, cell: String, headerRow: Int) throws -> [String: Any] {
        let python = try #require(PeerTools.python)
        let output = try #require(
            PeerTools.run(python, ["-c", Self.inspect, file.path, cell, String(headerRow)]))
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    @Test(.enabled(if: PeerTools.python != nil, "SKIP: python3 with openpyxl is not installed"))
    func openpyxlReadsTheWideWorkbook() throws {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let framework = try TemplateWorkbookTests.framework("vn-2361-commune")
        let file = try Self.written(
            TemplateWorkbook.document(framework, units: 100, origin: TemplateWorkbookTests.origin(framework, .vi)),
            in: directory)
        let json = try Self.inspect(file, cell: "F2", headerRow: 1)
        #expect(json["sheets"] as? [String] == ["Dữ liệu", "Hướng dẫn", "Nguồn"])
        #expect(json["freeze"] as? String == "B2")
        let header = FrameworkReport.template(framework).split(separator: "\n")[0].split(separator: ",")
        #expect(json["header"] as? [String] == header.map(String.init))
        let input = try #require(json["input"] as? [Any])
        #expect(input.first as? Bool == false)
        #expect(input.last as? String == "FFFFF2CC")
        let validations = try #require(json["validations"] as? [String: [Any]])
        #expect(validations.count == header.count)
        let expected: [(String, String, String?, String?, String)] = [
            ("CQS.01", "decimal", "0", "100", "F2:F101"), ("CQS.04", "list", "\"Có,Không\"", nil, "I2:I101"),
            ("KTS.03", "list", "\"Có,Không,KAD\"", nil, "AF2:AF101"),
            ("KTS.04", "whole", "0", "2147483647", "AG2:AG101"),
            ("CQS.09", "custom", "OR(AND(ISNUMBER(N2),N2>=0,N2<=100),UPPER(TRIM(N2))=\"KAD\")", nil, "N2:N101"),
            ("year", "whole", "1900", "2100", "D2:D101"),
        ]
        for (title, type, first, second, cells) in expected {
            let validation = try #require(validations[title], "\(title)")
            #expect(validation[0] as? String == type, "\(title)")
            #expect(validation[1] as? String == first, "\(title)")
            #expect(validation[2] as? String == second, "\(title)")
            #expect(validation[3] as? String == cells, "\(title)")
            #expect((validation[4] as? String)?.isEmpty == false, "\(title)")
            #expect(validation[5] as? Bool == true, "\(title)")
        }
        #expect((validations["CQS.01"]?[4] as? String)?.contains("Mức 3: ≥70%") == true)
    }

    @Test(.enabled(if: PeerTools.python != nil, "SKIP: python3 with openpyxl is not installed"))
    func openpyxlReadsTheForm() throws {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let framework = try TemplateWorkbookTests.framework("vn-hue-3043")
        let unit = UnitFormWorkbook.Unit(id: "S01", name: "Sở Nội vụ")
        let file = try Self.written(
            UnitFormWorkbook.document(framework, units: [unit], origin: TemplateWorkbookTests.origin(framework, .en)),
            in: directory)
        let form = UnitForm(detailCount: 2)
        let value = CellReference(row: UnitForm.row(ofMeasure: 0), column: form.valueColumn).description
        let json = try Self.inspect(file, cell: value, headerRow: UnitForm.headerRow)
        #expect(json["sheets"] as? [String] == ["S01", "Instructions", "Source"])
        #expect(json["freeze"] as? String == "A9")
        #expect(
            json["header"] as? [String] == [
                "Code", "Criterion", "Unit of measurement", "Maximum points", "How it is scored", "Value", "Evidence",
                "Note",
            ])
        let input = try #require(json["input"] as? [Any])
        #expect(input.first as? Bool == false)
        #expect(input.last as? String == "FFFFF2CC")
        let validations = try #require(json["validations"] as? [String: [Any]])
        #expect(validations["NT"]?[0] as? String == "decimal")
        #expect(validations["NT"]?[2] as? String == "8")
        #expect(validations["NT"]?[3] as? String == value)
        #expect(validations["year"]?[3] as? String == "B5")
    }

    /// LibreOffice opens the wide workbook, and its data sheet saved as CSV has the CSV template's header.
    @Test(.enabled(if: PeerTools.soffice != nil, "SKIP: LibreOffice (soffice) is not installed"))
    func libreOfficeSavesTheDataSheetWithTheTemplatesHeader() throws {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for id in ["vn-2361-commune", "vn-hue-3043"] {
            let framework = try TemplateWorkbookTests.framework(id)
            let file = try Self.written(
                TemplateWorkbook.document(framework, units: 5, origin: TemplateWorkbookTests.origin(framework, .en)),
                in: directory)
            _ = PeerTools.run(
                try #require(PeerTools.soffice),
                [
                    "-env:UserInstallation=file://\(directory.path)/profile", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033", "--outdir", directory.path, file.path,
                ])
            let csv = try String(contentsOf: directory.appendingPathComponent("mau.csv"), encoding: .utf8)
            let template = FrameworkReport.template(framework)
            #expect(csv.split(separator: "\n").first == template.split(separator: "\n").first, "\(id)")
        }
    }
}
