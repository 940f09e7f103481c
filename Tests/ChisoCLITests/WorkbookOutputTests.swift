import ChisoCore
import ChisoPeerTools
import Foundation
import Testing

@testable import ChisoCLI
@testable import ChisoFormats
@testable import ChisoReports

/// A workbook chiso wrote, opened again with chiso's own SpreadsheetML readers: each sheet as rows of cells.
struct WorkbookContents {
    /// One cell: its text (a number as written in the file) and whether it is a number.
    struct Cell: Equatable {
        var text: String
        var isNumber: Bool
        var format: NumberFormatKind
    }

    var names: [String] = []
    var sheets: [String: [[Cell]]] = [:]
    var frozen: [String: Bool] = [:]

    init(path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let zip = try ZipReader(bytes)
        let workbook = try XLSXWorkbook(parsing: zip.contents(named: "xl/workbook.xml"))
        let strings = try XLSXSharedStrings(parsing: zip.contents(named: "xl/sharedStrings.xml"))
        let styles = try XLSXStyles(parsing: zip.contents(named: "xl/styles.xml"))
        for (index, sheet) in workbook.sheets.enumerated() {
            let part = try zip.contents(named: "xl/worksheets/sheet\(index + 1).xml")
            let worksheet = try XLSXWorksheet(parsing: part)
            names.append(sheet.name)
            frozen[sheet.name] = String(decoding: part, as: UTF8.self).contains("state=\"frozen\"")
            sheets[sheet.name] = worksheet.rows.map { row in
                let width = row.cells.map(\.column).max() ?? 0
                var cells = Array(repeating: Cell(text: "", isNumber: false, format: .number), count: width)
                for cell in row.cells {
                    let text = cell.kind == .sharedString ? Int(cell.value).flatMap { strings[$0] } ?? "" : cell.value
                    cells[cell.column - 1] = Cell(
                        text: text, isNumber: cell.kind == .number, format: styles.kind(ofStyle: cell.style))
                }
                return cells
            }
        }
    }

    /// A sheet's rows as text.
    func text(_ sheet: String) -> [[String]] {
        (sheets[sheet] ?? []).map { $0.map(\.text) }
    }
}

/// `--format xlsx`: every command with CSV output writes the same values as a workbook, with a results sheet (display
/// names over column IDs), a sheet describing the columns and a "Nguồn" (Source) sheet.
@Suite struct WorkbookOutputTests {
    static let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path
    static let commune = ["--framework", "vn-2361-commune", communes]
    static let province = ["--framework", "vn-dti-922-province", dti]

    /// The arguments of a run of `command` on the samples, without `--format`.
    static func arguments(_ command: String) throws -> [String] {
        switch command {
        case "score": return ["score"] + commune
        case "score province": return ["score"] + province
        case "gap": return ["gap"] + commune
        case "plan":
            return ["plan"] + commune + [
                "--costs", try PlanRoundTripTests.costs(for: "vn-2361-commune"), "--target", "next",
            ]
        case "whatif": return ["whatif"] + commune + ["--unit", "H04-X02", "--set", "CQS.11=60"]
        case "compare":
            let scored = try temporaryFile("a.csv", chiso(["score"] + commune + ["--format", "csv"]).output)
            return ["compare", scored, scored, "--framework", "vn-2361-commune"]
        case "uncertainty": return ["uncertainty"] + commune + ["--noise-absolute", "3", "--runs", "20", "--seed", "1"]
        case "sensitivity":
            return ["sensitivity"] + province + ["--noise-relative", "0.05", "--samples", "16", "--bootstrap", "4"]
        case "regroup": return ["regroup", "--map", try OutputOriginTests.map()] + province
        case "crosswalk": return ["crosswalk", "--map", "vn-dti-1726-to-922", "--coverage"]
        case "explain": return ExplainCSVTests.commune
        case "explain district": return ExplainCSVTests.district
        case "explain points": return try ExplainCSVTests.points("S2")
        case "crosswalk data": return ["crosswalk", "--map", "vn-2361-commune-to-district", communes]
        case "frameworks show": return ["frameworks", "show", "vn-2361-commune"]
        case "frameworks diff": return ["frameworks", "diff", "vn-dti-1726-province", "vn-dti-922-province"]
        default: return ["frameworks", "compare", "vn-dti-1726-province", "vn-dti-922-province"]
        }
    }

    static let commands = [
        "score", "score province", "gap", "plan", "whatif", "compare", "uncertainty", "sensitivity", "regroup",
        "crosswalk", "crosswalk data", "frameworks show", "frameworks diff", "frameworks compare", "explain",
        "explain district", "explain points",
    ]

    /// The results sheet holds exactly the CSV's values: row 2 is the CSV's header, every later row one CSV row,
    /// numbers as numbers (equal to the CSV's), everything else as the same text.
    @Test(arguments: commands)
    func theWorkbookHoldsTheCSVsValues(command: String) throws {
        let arguments = try Self.arguments(command)
        let csv = chiso(arguments + (command.hasPrefix("crosswalk data") ? [] : ["--format", "csv"]))
        #expect(csv.status == .ok, "\(csv.error)")
        let output = try temporaryFile("out.xlsx", "")
        try FileManager.default.removeItem(atPath: output)
        let run = chiso(arguments + ["--output", output])
        #expect(run.status == .ok, "\(run.error)")
        let book = try WorkbookContents(path: output)
        #expect(book.names == ["Kết quả", "Cột", "Nguồn"])
        let (records, _) = CSVReader.read(Array(csv.output.utf8), file: command)
        let rows = try #require(book.sheets["Kết quả"])
        #expect(rows.count == records.count + 1)
        #expect(rows.dropFirst().first?.map(\.text) == records.first?.fields)
        let header = records.first?.fields ?? []
        for (record, row) in zip(records.dropFirst(), rows.dropFirst(2)) {
            for (column, field) in record.fields.enumerated() {
                let cell =
                    column < row.count ? row[column] : WorkbookContents.Cell(text: "", isNumber: false, format: .number)
                let number = !CSVWriter.isIdentifierColumn(header[column]) && CSVWriter.plainDecimalPlaces(field) != nil
                #expect(cell.isNumber == number, "\(command) line \(record.line) \(header[column]) \(field)")
                if number {
                    #expect(Double(cell.text) == Double(field), "\(command) line \(record.line) \(header[column])")
                } else {
                    #expect(cell.text == field, "\(command) line \(record.line) \(header[column])")
                }
            }
        }
        // Every column is described, in the order of the results.
        #expect(book.text("Cột").dropFirst().prefix(header.count).map { $0.first ?? "" } == header)
        // A tidy output names its statistics after its columns.
        if command == "uncertainty" {
            #expect(
                book.text("Cột").contains(["nominal_rank", "Thứ hạng danh nghĩa", "Thứ hạng với số liệu như đã ghi"]))
        }
        #expect(book.frozen["Kết quả"] == true)
    }

    /// The layout in Vietnamese and English: sheet names, the two header rows, the columns sheet and the source
    /// sheet, with the time fixed.
    @Test(arguments: [Language.vi, .en])
    func layout(language: Language) throws {
        let data = try temporaryFile("xa.csv", "unit_id,unit_name,CQS.01\nX1,Xã Đông Hòa,80\n")
        let output = try temporaryFile("out.xlsx", "")
        var console = Console()
        console.madeAt = "2026-12-02T06:00:00Z"
        console.languageVariable = language.rawValue
        let arguments = ["score", "--framework", "vn-2361-commune", data, "--output", output]
        let status = Chiso.main(arguments, console: &console)
        #expect(status == .ok, "\(console.error)")
        let book = try WorkbookContents(path: output)
        let folder = (data as NSString).deletingLastPathComponent + "/"
        func lines(_ sheet: String) -> String {
            book.text(sheet).map { $0.joined(separator: " | ") }.joined(separator: "\n")
                .replacingOccurrences(of: folder, with: "").replacingOccurrences(
                    of: (output as NSString).deletingLastPathComponent + "/", with: "")
        }
        let snapshot = book.names.joined(separator: ", ") + "\n" + book.names.map(lines).joined(separator: "\n--\n")
        #expect(snapshot == (language == .vi ? Self.layoutVi : Self.layoutEn))
    }

    static let layoutVi = """
        Kết quả, Cột, Nguồn
        Mã đơn vị | Tên đơn vị | Mã đơn vị cấp trên | Năm | Mức | Tên mức | Tên mức (tiếng Anh) | Mức đăng ký | Đạt mức đăng ký | Tiêu chí cản trở lên mức tiếp theo | Chưa có số liệu | Khung đánh giá
        unit_id | unit_name | parent_id | year | level | level_name | level_name_en | registered_level | meets_registered | next_level_blockers | missing | framework
        X1 | Xã Đông Hòa |  |  | 0 | Chưa đạt mức 1 | Below level 1 |  |  | CQS.02;CQS.03;CQS.06;CQS.07;CQS.08;KTS.01;KTS.02;XHS.01;XHS.02;XHS.03;XHS.04;XHS.05;XHS.06 | CQS.02;CQS.03;CQS.04;CQS.05;CQS.06;CQS.07;CQS.08;CQS.09;CQS.10;CQS.11;CQS.12;CQS.13;CQS.14;CQS.15;CQS.16;CQS.17;CQS.18;CQS.19;CQS.20;CQS.21;CQS.22;CQS.23;CQS.24;KTS.01;KTS.02;KTS.03;KTS.04;KTS.05;XHS.01;XHS.02;XHS.03;XHS.04;XHS.05;XHS.06;XHS.07;XHS.08;XHS.09 | vn-2361-commune
        --
        Mã cột | Tên | Ý nghĩa | Giá trị
        unit_id | Mã đơn vị | Mã của đơn vị được đánh giá | chữ
        unit_name | Tên đơn vị | Tên của đơn vị được đánh giá | chữ
        parent_id | Mã đơn vị cấp trên | Mã của huyện (hoặc tỉnh) chứa đơn vị | chữ
        year | Năm | Năm đánh giá | chữ
        level | Mức | Mức chuyển đổi số đạt được (0 = chưa đạt mức 1) | số nguyên
        level_name | Tên mức | Tên mức bằng tiếng Việt | chữ
        level_name_en | Tên mức (tiếng Anh) | Tên mức bằng tiếng Anh | chữ
        registered_level | Mức đăng ký | Mức đơn vị đăng ký xét công nhận | chữ
        meets_registered | Đạt mức đăng ký | yes nếu đạt mức đã đăng ký; no nếu chưa | chữ
        next_level_blockers | Tiêu chí cản trở lên mức tiếp theo | Mã các tiêu chí chưa đạt yêu cầu của mức tiếp theo, cách nhau bởi dấu ; | chữ
        missing | Chưa có số liệu | Mã các tiêu chí chưa có số liệu (tính là chưa đạt) | chữ
        framework | Khung đánh giá | Mã khung đánh giá đã dùng | chữ
        --
        Mục | Nội dung
        Mã khung đánh giá | vn-2361-commune
        Tên khung đánh giá | Mức độ chuyển đổi số cấp xã (Quyết định 2361/QĐ-BTTTT)
        Văn bản ban hành | 2361/QĐ-BTTTT
        Ngày ban hành | 2024-12-31
        Cơ quan ban hành | Bộ Thông tin và Truyền thông
        Phiên bản chiso | 0.1.0
        Lệnh đã chạy | chiso score --framework vn-2361-commune xa.csv --output out.xlsx
        Thời điểm tạo (UTC) | 2026-12-02T06:00:00Z
        Tệp đầu vào | xa.csv
        """
    static let layoutEn = """
        Results, Columns, Source
        Unit ID | Unit name | Parent unit ID | Year | Level | Level name | Level name (English) | Registered level | Meets registered level | Next level blockers | Missing | Framework
        unit_id | unit_name | parent_id | year | level | level_name | level_name_en | registered_level | meets_registered | next_level_blockers | missing | framework
        X1 | Xã Đông Hòa |  |  | 0 | Chưa đạt mức 1 | Below level 1 |  |  | CQS.02;CQS.03;CQS.06;CQS.07;CQS.08;KTS.01;KTS.02;XHS.01;XHS.02;XHS.03;XHS.04;XHS.05;XHS.06 | CQS.02;CQS.03;CQS.04;CQS.05;CQS.06;CQS.07;CQS.08;CQS.09;CQS.10;CQS.11;CQS.12;CQS.13;CQS.14;CQS.15;CQS.16;CQS.17;CQS.18;CQS.19;CQS.20;CQS.21;CQS.22;CQS.23;CQS.24;KTS.01;KTS.02;KTS.03;KTS.04;KTS.05;XHS.01;XHS.02;XHS.03;XHS.04;XHS.05;XHS.06;XHS.07;XHS.08;XHS.09 | vn-2361-commune
        --
        Column ID | Name | Meaning | Values
        unit_id | Unit ID | The assessed unit's ID | text
        unit_name | Unit name | The assessed unit's name | text
        parent_id | Parent unit ID | The ID of the district (or province) the unit belongs to | text
        year | Year | The assessment year | text
        level | Level | The digital-transformation level reached (0 = below level 1) | whole numbers
        level_name | Level name | The level's name in Vietnamese | text
        level_name_en | Level name (English) | The level's name in English | text
        registered_level | Registered level | The level the unit registered for recognition | text
        meets_registered | Meets registered level | yes if the unit reaches its registered level; no if not | text
        next_level_blockers | Next level blockers | The IDs of the criteria that fall short of the next level, separated by ; | text
        missing | Missing | The IDs of the criteria without data (counted as not met) | text
        framework | Framework | The ID of the framework used | text
        --
        Item | Value
        Framework ID | vn-2361-commune
        Framework name | Digital-transformation level of communes (Decision 2361/QĐ-BTTTT)
        Decision | 2361/QĐ-BTTTT
        Date | 2024-12-31
        Issuer | Ministry of Information and Communications
        chiso version | 0.1.0
        Command | chiso score --framework vn-2361-commune xa.csv --output out.xlsx
        Made (UTC) | 2026-12-02T06:00:00Z
        Input file | xa.csv
        """

    /// A workbook needs a file, and nothing that disagrees with it.
    @Test(arguments: [
        (["--format", "xlsx"], "give --output FILE.xlsx"),
        (["--format", "csv", "--output", "x.xlsx"], "--format csv"),
        (["--format", "xlsx", "--output", "x.csv"], "--format xlsx"),
        (["--format", "xlsx", "--output", "x.xlsx", "--excel"], "--excel"),
    ])
    func workbookUsageErrors(extra: [String], message: String) {
        let run = chisoInEnglish(["score"] + Self.commune + extra)
        #expect(run.status == .usage)
        #expect(run.error.contains(message), "\(run.error)")
    }

    /// Hostile texts from the data: IDs that look like numbers, booleans or formulas stay text in the workbook (never
    /// a formula), and a name longer than an Excel cell holds is cut short there with a notice, in both languages.
    @Test(arguments: [
        (
            Language.vi,
            "lưu ý: 1 ô dài hơn 32767 ký tự, giới hạn của một ô Excel, nên được cắt ngắn trong bảng tính (kết thúc "
                + "bằng …); đầu ra CSV (--format csv) giữ nguyên đủ"
        ),
        (
            Language.en,
            "notice: 1 cell longer than 32767 characters, the most an Excel cell holds, cut short in the workbook "
                + "(ending in …); the CSV output (--format csv) keeps every text whole"
        ),
    ])
    func hostileTextsStayTextAndALongOneIsCut(language: Language, notice: String) throws {
        let sample = repository.appendingPathComponent("notebooks-data/sample-example-province-department.csv")
        var lines = try String(contentsOf: sample, encoding: .utf8).split(separator: "\n").map(String.init)
        let ids = ["00123", "1e5", "TRUE", "=SUM(A1)", "+1+2", "-3+4", "@cmd"]
        for (index, id) in ids.enumerated() {
            var fields = lines[index + 1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[0] = id
            if index == 0 { fields[1] = String(repeating: "X", count: 40_000) }
            lines[index + 1] = fields.joined(separator: ",")
        }
        let data = try temporaryFile("hostile.csv", lines.joined(separator: "\n") + "\n")
        let output = try temporaryFile("hostile.xlsx", "")
        try FileManager.default.removeItem(atPath: output)
        let framework = ["score", "--framework", "example-province-department", data, "--lang", language.rawValue]
        let run = chiso(framework + ["--output", output])
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.error.contains("\(output): \(notice)"), "\(run.error)")
        let part = try ZipReader([UInt8](Data(contentsOf: URL(fileURLWithPath: output))))
            .contents(named: "xl/worksheets/sheet1.xml")
        #expect(!String(decoding: part, as: UTF8.self).contains("<f>"))
        let book = try WorkbookContents(path: output)
        let rows = try #require(book.sheets[language == .vi ? "Kết quả" : "Results"])
        #expect(rows.dropFirst(2).prefix(ids.count).map(\.[0].text) == ids)
        #expect(rows.dropFirst(2).prefix(ids.count).allSatisfy { !$0[0].isNumber })
        #expect(rows[2][1].text == String(repeating: "X", count: 32_766) + "…")
        // The CSV output keeps the whole name.
        let csv = chiso(framework + ["--format", "csv"])
        #expect(csv.output.contains(String(repeating: "X", count: 40_000)))
        #expect(!csv.error.contains("32767"))
    }

    /// `explain` writes its tidy CSV rows as a workbook for an `.xlsx` output name (issue 21), and, as every command,
    /// refuses `--format xlsx` without a file to write it to.
    @Test func explainWritesAWorkbookToAnXLSXName() throws {
        let output = try temporaryFile("why.xlsx", "")
        try FileManager.default.removeItem(atPath: output)
        let run = chisoInEnglish(["explain"] + Self.commune + ["--unit", "H04-X02", "--output", output])
        #expect(run.status == .ok, "\(run.error)")
        let book = try WorkbookContents(path: output)
        #expect(book.text("Results").dropFirst().first == ExplainCSVTests.columns)
        #expect(book.text("Columns").contains { $0.first == "blocks_next" })
        let refused = chisoInEnglish(["explain"] + Self.commune + ["--unit", "H04-X02", "--format", "xlsx"])
        #expect(refused.status == .usage)
        #expect(refused.error.contains("xlsx"), "\(refused.error)")
    }
}

/// The DTI sample scored to a workbook, for the tests that open it in openpyxl and LibreOffice (`PeerTools`).
enum WorkbookPeers {
    /// The score of the DTI sample as CSV and as a workbook in a new directory.
    static func scored() throws -> (csv: String, directory: URL, workbook: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let workbook = directory.appendingPathComponent("ket-qua.xlsx")
        let arguments = ["score"] + WorkbookOutputTests.province
        let run = chiso(arguments + ["--output", workbook.path])
        #expect(run.status == .ok, "\(run.error)")
        return (chiso(arguments + ["--format", "csv"]).output, directory, workbook)
    }
}

@Suite struct WorkbookPeerTests {
    static let inspect = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        s = book.worksheets[0]
        out = {"sheets": [w.title for w in book.worksheets], "freeze": s.freeze_panes, "filter": s.auto_filter.ref}
        out["header"] = [[c.value, bool(c.font.b)] for c in s[1]] + [[c.value, bool(c.font.b)] for c in s[2]]
        out["row"] = [[c.data_type, c.number_format, c.value] for c in s[3]]
        print(json.dumps(out, ensure_ascii=False))
        """

    @Test(.enabled(if: PeerTools.python != nil, "SKIP: python3 with openpyxl is not installed"))
    func openpyxlReadsTypesFormatsAndTheFrozenHeader() throws {
        let (_, directory, workbook) = try WorkbookPeers.scored()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try #require(PeerTools.run(PeerTools.python!, ["-c", Self.inspect, workbook.path]))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(json["sheets"] as? [String] == ["Kết quả", "Cột", "Nguồn"])
        #expect(json["freeze"] as? String == "A3")
        #expect((json["filter"] as? String)?.hasPrefix("A2:") == true)
        let header = try #require(json["header"] as? [[Any]])
        #expect(header.first?[0] as? String == "Mã đơn vị")
        #expect(header.allSatisfy { $0[1] as? Bool == true })
        let row = try #require(json["row"] as? [[Any]])
        // unit_id U01 text; score 447.62 a number shown with two decimals; index 0.4476 with four; rank whole.
        #expect(row[0][0] as? String == "s")
        #expect(row[0][2] as? String == "U01")
        #expect(row[4][0] as? String == "n")
        #expect(row[4][1] as? String == "#,##0.00")
        #expect(row[4][2] as? Double == 447.62)
        #expect(row[6][1] as? String == "#,##0.0000")
        #expect(row[6][2] as? Double == 0.4476)
        #expect(row[9][1] as? String == "0")
    }

    @Test(.enabled(if: PeerTools.soffice != nil, "SKIP: LibreOffice (soffice) is not installed"))
    func libreOfficeConvertsItBackToTheCSVsValues() throws {
        let (csv, directory, workbook) = try WorkbookPeers.scored()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = PeerTools.run(
            PeerTools.soffice!,
            [
                "-env:UserInstallation=file://\(directory.path)/profile", "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false", "--outdir", directory.path,
                workbook.path,
            ])
        let converted = try String(
            contentsOf: directory.appendingPathComponent("ket-qua.csv"), encoding: .utf8)
        let (back, _) = CSVReader.read(Array(converted.utf8), file: "back")
        let (records, _) = CSVReader.read(Array(csv.utf8), file: "csv")
        #expect(back.first?.fields.first == "Mã đơn vị")
        #expect(back.first?.fields.contains("Thứ hạng") == true)
        #expect(back.count == records.count + 1)
        for (record, row) in zip(records, back.dropFirst()) {
            for (field, value) in zip(record.fields, row.fields) {
                if let number = Double(field), CSVWriter.plainDecimalPlaces(field) != nil {
                    #expect(Double(value) == number, "line \(record.line): \(value) for \(field)")
                } else {
                    #expect(value == field, "line \(record.line)")
                }
            }
        }
    }
}
