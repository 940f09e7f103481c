import ChisoPeerTools
import Foundation
import Testing

@testable import ChisoFormats

@Suite struct XLSXWriterPeerTests {
    static let inspect = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        out = {"sheets": [[s.title, s.sheet_state] for s in book.worksheets]}
        s = book.worksheets[0]
        out["cells"] = [[c.coordinate, c.data_type, c.number_format, c.value, bool(c.font.b)]
                        for row in s.iter_rows() for c in row if c.value is not None]
        out["freeze"] = s.freeze_panes
        out["filter"] = s.auto_filter.ref
        out["widths"] = {k: v.width for k, v in s.column_dimensions.items() if v.customWidth}
        out["validations"] = [[v.type, v.formula1, v.formula2, str(v.sqref), v.prompt]
                              for v in s.data_validations.dataValidation]
        print(json.dumps(out, ensure_ascii=False))
        """

    static var document: WorkbookDocument {
        var document = XLSXWriterTests.document
        document.sheets[0].validations = [
            DataValidation(
                ranges: [CellRange(CellReference(row: 5, column: 2), CellReference(row: 9, column: 2))],
                rule: .list(["Có", "Không", "KAD"]), prompt: "Chọn Có hoặc Không"),
            DataValidation(
                ranges: [CellRange(CellReference(row: 5, column: 3), CellReference(row: 9, column: 3))],
                rule: .decimal(minimum: 0, maximum: 100)),
        ]
        return document
    }

    @Test(.enabled(if: PeerTools.python != nil, "SKIP: python3 with openpyxl is not installed"))
    func openpyxlReadsTypesFormatsAndValidations() throws {
        let directory = try PeerTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("out.xlsx")
        try Data(XLSXWriter.write(Self.document)).write(to: file)
        let output = try #require(PeerTools.run(PeerTools.python!, ["-c", Self.inspect, file.path]))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(json["sheets"] as? [[String]] == [["Kết quả", "visible"], ["Ẩn", "hidden"]])
        #expect(json["freeze"] as? String == "A2")
        #expect(json["filter"] as? String == "A1:C4")
        let cells = try #require(json["cells"] as? [[Any]])
        let byReference = Dictionary(uniqueKeysWithValues: cells.map { ($0[0] as? String ?? "", $0) })
        #expect(byReference["A1"]?[4] as? Bool == true)
        #expect(byReference["A2"]?[3] as? String == "00123")
        // openpyxl leaves the escape of a control character as written (Excel and LibreOffice decode it).
        #expect(byReference["B2"]?[3] as? String == "Xã Đông Hòa_x0001__x0041_")
        #expect(byReference["C2"]?[2] as? String == "0.0%")
        #expect(byReference["C2"]?[3] as? Double == 0.725)
        #expect(byReference["C3"]?[2] as? String == "#,##0.00")
        #expect(byReference["B3"]?[1] as? String == "b")
        #expect(byReference["B4"]?[3] as? String == "=C2*2")
        let validations = try #require(json["validations"] as? [[Any]])
        #expect(validations.count == 2)
        #expect(validations.first?[1] as? String == "\"Có,Không,KAD\"")
        #expect(validations.first?[4] as? String == "Chọn Có hoặc Không")
        #expect(validations.last?[0] as? String == "decimal")
    }

    @Test(.enabled(if: PeerTools.soffice != nil, "SKIP: LibreOffice (soffice) is not installed"))
    func libreOfficeConvertsItBackToTheSameValues() throws {
        let directory = try PeerTools.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("out.xlsx")
        try Data(XLSXWriter.write(Self.document)).write(to: file)
        let profile = "-env:UserInstallation=file://\(directory.path)/profile"
        _ = PeerTools.run(
            PeerTools.soffice!,
            [
                profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033", "--outdir",
                directory.path, file.path,
            ])
        let csv = try String(contentsOf: directory.appendingPathComponent("out.csv"), encoding: .utf8)
        #expect(
            csv.split(separator: "\n").map(String.init) == [
                "unit_id,Tên đơn vị,index", "00123,Xã Đông Hòa\u{1}_x0041_,72.5%", "X2,TRUE,\"1,406.25\"",
                "X3,1.45,0.0000001",
            ])
    }
}
