import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// The framework table format's hub (issue 22): the parts of a CSV file and of a workbook, the `Thông tin` rows,
/// the framework file written with its comments, and the round trip `export` → `import` for every built-in.
@Suite struct FrameworkTableTests {
    @Test func csvPartsStartAtTheirMarkers() throws {
        let csv = """
            Phụ lục,,
            STT,Chỉ số,Điểm tối đa
            1,Nhận thức số,10
            [Thông tin],,
            Mã khung,thu-nghiem,
            [ xếp loại ],,
            Tên,Điểm tối thiểu,
            Mức I,90,

            """
        var problems = FrameworkTableProblems(file: "t.csv")
        let (main, parts) = try #require(
            FrameworkTableImport.split(Array(csv.utf8), file: "t.csv", problems: &problems))
        #expect(main.records.map(\.line) == [1, 2, 3])
        #expect(parts[.info]?.records.map(\.line) == [5])
        #expect(parts[.tiers]?.records.map(\.line) == [7, 8])
        #expect(FrameworkTableInfo(parts[.info]).entry("MÃ KHUNG")?.value == "thu-nghiem")
        #expect(problems.hasErrors == false)
    }

    @Test(arguments: [
        ("[Thông tin]", FrameworkTablePart.info), ("[Xếp loại]", .tiers), ("[khung nhìn]", .views),
        ("[Lựa chọn]", .choices), ("[Mức]", .levels), ("[Khung]", .main),
    ])
    func markersNameTheirParts(marker: String, part: FrameworkTablePart) {
        #expect(FrameworkTablePart(marker: marker) == part)
        #expect(FrameworkTablePart(marker: part.title) == nil)
    }

    @Test(arguments: [
        ("Phụ lục 1.xlsx", "phu-luc-1"), ("/tmp/Bộ chỉ số ĐTH.csv", "bo-chi-so-dth"), ("___.csv", "khung-nhap"),
    ])
    func idsAreMadeFromFileNames(file: String, id: String) {
        #expect(FrameworkTableCommon.slug(of: file) == id)
    }

    @Test(arguments: [
        ("22/11/2021", "2021-11-22"), ("1-2-2024", "2024-02-01"), ("2024-12-31", "2024-12-31"),
        ("31/13/2024", "31/13/2024"), ("chưa rõ", "chưa rõ"),
    ])
    func datesAreWrittenTheISOWay(written: String, iso: String) {
        #expect(FrameworkTableCommon.isoDate(written) == iso)
    }

    @Test func aTableTitleWritesTheDateTheVietnameseWay() throws {
        #expect(FrameworkTableCommon.vietnameseDate("2021-11-22") == "22/11/2021")
        #expect(FrameworkTableCommon.vietnameseDate("chưa rõ") == "chưa rõ")
        let (framework, _) = try FrameworkCatalog.load("vn-hue-3043-strict")
        let tables = try #require(FrameworkTableExport.tables(framework))
        let source = "Quyết định số 3043/QĐ-UBND ngày 22/11/2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế"
        #expect(tables.main[1] == [source])
        #expect(tables.headerRow == 4)
    }

    @Test func commentsStandBeforeTheirObjectsAndProblemsGoBackToTheRows() throws {
        var node = JSONObjectBuilder()
        node.add("id", "1.2")
        node.add("max", 10.0)
        var root = JSONObjectBuilder()
        root.add("id", "khung")
        root.add("nodes", .array([node.value]))
        root.add("tiers", JSONNode.Value.array([JSONNode]()))
        let file = FrameworkTableText(
            root: root.value, comments: ["1.2": ["GỢI Ý — cần xác nhận: a/b", "hàng 12"]], heading: ["đầu"])
        let lines = file.text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "// đầu")
        let suggestion = try #require(lines.firstIndex { $0.hasSuffix("// GỢI Ý — cần xác nhận: a/b") })
        #expect(lines[suggestion + 2].trimmingCharacters(in: .whitespaces) == "\"id\": \"1.2\",")
        let row = AnnexRow(
            line: 12, number: .path([1, 2]), id: "1.2", parentID: nil, depth: 1, name: "x", maxPoints: 10)
        let inside = Diagnostic(file: "b.xlsx", line: suggestion + 4, FrameworkTableMessage.noSchemeFits)
        let outside = Diagnostic(file: "b.xlsx", line: lines.count, FrameworkTableMessage.noSchemeFits)
        let placed = file.placing([inside, outside], rows: [row], sheet: "Khung")
        #expect(placed.map(\.location) == ["b.xlsx[Khung]!12:12", "b.xlsx"])
    }

    @Test func aFileWithoutAnAnnexSaysSo() {
        let outcome = FrameworkTableImport.read(Array("a,b\n1,2\n".utf8), file: "x.csv")
        #expect(outcome.framework == nil)
        #expect(outcome.problems.map(\.code) == ["annex.no-header"])
    }
}
