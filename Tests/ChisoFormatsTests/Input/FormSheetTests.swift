import Testing

@testable import ChisoFormats

/// Per-unit forms read by their labels, and many of them assembled into one table whose problems are told at the
/// forms' own cells.
@Suite struct FormSheetTests {
    static func records(_ rows: [[String]], from line: Int = 1) -> [CSVRecord] {
        rows.enumerated().map { CSVRecord(line: line + $0, fields: $1) }
    }

    /// A form as provinces lay it out: a title, an identity block of labels and values, then the criteria table.
    static func form(unit: String, name: String = "Xã A", values: [String] = ["Có", "72,5"]) -> [CSVRecord] {
        records([
            ["PHIẾU TỰ ĐÁNH GIÁ CHUYỂN ĐỔI SỐ CẤP XÃ"],
            [],
            ["Mã đơn vị:", "", unit, "Tên đơn vị", name],
            ["Đơn vị cấp trên", "H01", "", "Năm", "2025"],
            [],
            ["STT", "Mã", "Tiêu chí", "Đơn vị tính", "Giá trị", "Tài liệu kiểm chứng", "Ghi chú"],
            ["I", "", "Nhóm tiêu chí chung"],
            ["1", "CQS.01", "Có trang thông tin", "Có/Không", values[0], "QĐ 12/2025", ""],
            ["2", "CQS.02", "Tỷ lệ hồ sơ", "%", values[1], "", "ước tính"],
        ])
    }

    @Test func identityAndCriteriaAreReadByTheirLabels() throws {
        let form = try #require(FormSheet(records: Self.form(unit: "X01")))
        #expect(
            form.identity.mapValues(\.text) == [
                "unit_id": "X01", "unit_name": "Xã A", "parent_id": "H01", "year": "2025",
            ])
        #expect(form.identity["unit_id"].map { [$0.line, $0.column] } == [3, 3])
        #expect(form.headerLine == 6)
        #expect(form.entries.map(\.criterion.text) == ["CQS.01", "CQS.02"])
        #expect(form.entries.map(\.value.text) == ["Có", "72,5"])
        #expect(form.entries.map { [$0.value.line, $0.value.column] } == [[8, 5], [9, 5]])
        #expect(form.entries.map { $0.evidence?.text } == ["QĐ 12/2025", ""])
        #expect(form.entries.map { $0.note?.text } == ["", "ước tính"])
    }

    @Test func aSheetWithoutACriteriaTableIsNoForm() {
        #expect(FormSheet(records: Self.records([["Hướng dẫn"], ["Điền cột Giá trị"]])) == nil)
    }

    @Test func anEmptyValueBeforeTheNextLabelIsNoValue() throws {
        let rows = Self.records([["Mã đơn vị", "", "Tên đơn vị", "Xã B"], ["Mã", "Giá trị"], ["CQS.01", "Có"]])
        let form = try #require(FormSheet(records: rows))
        #expect(form.identity["unit_id"] == nil)
        #expect(form.identity["unit_name"]?.text == "Xã B")
    }

    @Test func formsAssembleIntoOneTableWithTheirPlaces() throws {
        var assembly = TableAssembly()
        for (file, unit) in [("a.xlsx", "X01"), ("b.xlsx", "X02"), ("c.xlsx", "X01")] {
            assembly.add(try #require(FormSheet(records: Self.form(unit: unit))), file: file, sheet: "Phiếu")
        }
        let records = assembly.records
        let header = try #require(records.first).fields
        #expect(Set(header) == ["unit_id", "unit_name", "parent_id", "year", "CQS.01", "CQS.02"])
        #expect(records.count == 3)
        let unitColumn = try #require(header.firstIndex(of: "unit_id"))
        #expect(records.dropFirst().map { $0.fields[unitColumn] } == ["X01", "X02"])
        // The third form repeats X01: one error at its unit cell, naming the first.
        #expect(assembly.problems.map(\.code) == ["form.unit-given-twice"])
        #expect(
            assembly.problems.first.map { [$0.file, "\($0.line ?? 0)", "\($0.column ?? 0)"] } == ["c.xlsx", "3", "3"])
        #expect(assembly.problems.first?.text.en.contains("a.xlsx[Phiếu]!C3") == true)
        // A problem at the second unit's CQS.02 value is told at b.xlsx's cell E9; at the header, at the code cell.
        let valueColumn = try #require(header.firstIndex(of: "CQS.02")) + 1
        #expect(
            assembly.place(line: 3, column: valueColumn) == .init(file: "b.xlsx", sheet: "Phiếu", line: 9, column: 5))
        #expect(
            assembly.place(line: 1, column: valueColumn) == .init(file: "a.xlsx", sheet: "Phiếu", line: 9, column: 2))
        let moved = assembly.relocate(
            [Diagnostic(file: "forms", line: 3, column: valueColumn, AssessmentMessage.emptyFile)], assembled: "forms")
        #expect(moved.map { "\($0.file):\($0.line ?? 0):\($0.column ?? 0)" } == ["b.xlsx:9:5"])
    }

    @Test func evidenceAndNotesBecomeColumnsWhenKept() throws {
        var assembly = TableAssembly(keepsEvidence: true)
        assembly.add(try #require(FormSheet(records: Self.form(unit: "X01"))), file: "a.xlsx", sheet: nil)
        let header = try #require(assembly.records.first).fields
        #expect(header.contains("CQS.01.evidence") && header.contains("CQS.02.note"))
    }

    @Test func wideTablesJoinByColumnNameRegardlessOfCase() {
        var assembly = TableAssembly()
        assembly.add(wide: Self.records([["unit_id", "CQS.01"], ["X1", "Có"]]), file: "a.csv", sheet: nil)
        assembly.add(
            wide: Self.records([["Unit_ID", "cqs.01", "CQS.02"], ["X2", "Không", "50"]]), file: "b.csv", sheet: nil)
        #expect(
            assembly.records.map(\.fields) == [
                ["unit_id", "CQS.01", "CQS.02"], ["X1", "Có", ""], ["X2", "Không", "50"],
            ])
        #expect(assembly.place(line: 3, column: 3) == .init(file: "b.csv", sheet: nil, line: 2, column: 3))
    }
}
