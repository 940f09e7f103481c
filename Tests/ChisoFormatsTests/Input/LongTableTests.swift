import ChisoCore
import Testing

@testable import ChisoFormats

/// Long tables (`unit_id, criterion, value`) widened into the units a wide file gives, every problem located on the
/// long file's own lines; panels keyed by `unit_id` and `year`; `--year` picking one year.
@Suite struct LongTableTests {
    static let measures = AssessmentLoaderTests.measures

    /// `wide` melted as pandas does (`df.melt(id_vars=…, var_name="criterion", value_name="value")`): criterion by
    /// criterion, every unit under each; `byUnit` lists each unit's criteria together instead.
    static func melt(
        _ wide: String, byUnit: Bool = false, header: (String, String, String) = ("unit_id", "criterion", "value")
    )
        -> String
    {
        let (records, _) = CSVReader.read(Array(wide.utf8), file: "wide.csv")
        let names = records[0].fields
        let unitColumns = names.indices.filter { AssessmentLoader.reservedColumns.contains(names[$0]) }
        let criteria = names.indices.filter { !unitColumns.contains($0) }
        let renamed = unitColumns.map { names[$0] == "unit_id" ? header.0 : names[$0] }
        var text = CSVWriter.line(renamed + [header.1, header.2])
        let rows = records.dropFirst()
        let pairs =
            byUnit
            ? rows.flatMap { row in criteria.map { (row, $0) } }
            : criteria.flatMap { column in rows.map { ($0, column) } }
        for (row, column) in pairs {
            text += CSVWriter.line(unitColumns.map { row.fields[$0] } + [names[column], row.fields[column]])
        }
        return text
    }

    static let wideFiles = [
        "unit_id,unit_name,CQS.01,CQS.04,KTS.04,KTS.04.share\nX1,Xã A,\"72,5\",có,2,NA\nX2,Xã B,40,không,,10\n",
        "unit_id,parent_id,year,registered_level,CQS.01,CQS.04\nX1,H1,2025,3,50,có\nX2,H1,2025,,,\n",
        "unit_id,year,CQS.01,KTS.04\nX1,2024,10,1\nX1,2025,20,2\nX2,2024,30,3\n",
    ]

    @Test(arguments: wideFiles, [false, true])
    func aMeltedFileReadsAsTheWideOne(wide: String, byUnit: Bool) {
        let fromWide = Support.load(wide, measures: Self.measures)
        let long = Self.melt(wide, byUnit: byUnit)
        let fromLong = Support.load(long, measures: Self.measures)
        #expect(fromWide.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(fromLong.diagnostics.filter { $0.severity == .error }.isEmpty, "\(fromLong.diagnostics)")
        #expect(fromLong.assessments == fromWide.assessments)
        #expect(fromLong.diagnostics.map(\.code).contains("data.long-table"))
    }

    @Test func vietnameseHeadersAreTheGlossarysWords() {
        let wide = Self.wideFiles[0]
        let long = Self.melt(wide, header: ("Mã đơn vị", "Tiêu chí", "Giá trị"))
        #expect(
            Support.load(long, measures: Self.measures).assessments
                == Support.load(wide, measures: Self.measures).assessments)
    }

    @Test func theNoticeCountsUnitsAndCriteria() {
        let table = Support.load(Self.melt(Self.wideFiles[2]), measures: Self.measures)
        let notice = table.diagnostics.first { $0.code == "data.long-table" }
        #expect(
            notice?.description(in: .en)
                == "test.csv:1: notice: read as a long table (one row per unit and criterion): 3 units × 2 criteria")
        #expect(
            notice?.description(in: .vi)
                == "test.csv:1: lưu ý: đọc dưới dạng bảng dài (mỗi dòng một đơn vị và một tiêu chí): 3 đơn vị × 2 tiêu chí"
        )
    }

    /// Each problem of a long file, told at its own line and column.
    @Test(arguments: [
        (
            "X1,CQS.01,abc\n",
            "test.csv:3:3: error: CQS.01 \"abc\": expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)"
        ),
        (
            "X1,CQS.04,có\n",
            "test.csv:3:2: error: criterion \"CQS.04\": this unit already has a value of CQS.04 on line 2; a unit may have one value per criterion (add a year column if the rows are of different years)"
        ),
        (
            "X1,CQS.0l,1\n",
            "test.csv:3:2: error: criterion \"CQS.0l\": a criterion the framework does not have; did you mean CQS.01?"
        ),
        ("X1,,1\n", "test.csv:3:2: error: criterion: empty criterion; each row of a long table must name a criterion"),
        (",CQS.01,1\n", "test.csv:3:1: error: unit_id: empty unit_id"),
    ])
    func problemsPointToTheLongFile(row: String, expected: String) {
        let table = Support.load("unit_id,criterion,value\nX1,CQS.04,có\n" + row, measures: Self.measures)
        let errors = table.diagnostics.filter { $0.severity == .error }.map { $0.description(in: .en) }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix(expected.prefix(40)) == true, "\(errors)")
        if !expected.hasSuffix("unit_id") { #expect(errors.first == expected) }
    }

    @Test func unitColumnsThatDisagreeNameBothLines() {
        let table = Support.load(
            "unit_id,unit_name,criterion,value\nX1,Xã A,CQS.01,1\nX1,,CQS.04,có\nX1,Xã B,KTS.04,2\n",
            measures: Self.measures)
        let errors = table.diagnostics.filter { $0.severity == .error }
        #expect(
            errors.map { $0.description(in: .en) } == [
                "test.csv:4:2: error: unit_name \"Xã B\": differs from line 2 of the same unit, which says \"Xã A\"; every row of a unit must agree"
            ])
        #expect(
            errors.map { $0.description(in: .vi) } == [
                "test.csv:4:2: lỗi: unit_name \"Xã B\": khác với dòng 2 của cùng đơn vị, nơi ghi \"Xã A\"; mọi dòng của một đơn vị phải ghi như nhau"
            ])
        #expect(table.assessments.isEmpty)
        #expect(table.unreadable.map(\.unit.id) == ["X1"])
    }

    @Test func aCriterionTwiceInOneYearIsAnErrorAndInTwoYearsIsAPanel() {
        let twice = Support.load(
            "unit_id,year,criterion,value\nX1,2024,CQS.01,1\nX1,2024,CQS.01,2\n", measures: Self.measures)
        #expect(
            twice.diagnostics.filter { $0.severity == .error }.map { $0.description(in: .vi) } == [
                "test.csv:3:3: lỗi: criterion \"CQS.01\": đơn vị này đã có giá trị của CQS.01 trong năm 2024 ở dòng 2; mỗi đơn vị chỉ được có một giá trị cho mỗi tiêu chí"
            ])
        let panel = Support.load(
            "unit_id,year,criterion,value\nX1,2024,CQS.01,1\nX1,2025,CQS.01,2\n", measures: Self.measures)
        #expect(panel.assessments.map(\.unit.year) == [2024, 2025])
        #expect(panel.assessments.map { $0.values[0] } == [1, 2])
        #expect(panel.lines == [2, 3])
    }

    @Test func aCriterionMissingForAUnitIsMissingData() {
        let table = Support.load("unit_id,criterion,value\nX1,CQS.01,5\nX2,CQS.04,có\n", measures: Self.measures)
        #expect(table.assessments.map(\.values) == [[5, nil, nil, nil], [nil, 1, nil, nil]])
        let warning = table.diagnostics.first { $0.severity == .warning }
        #expect(
            warning?.description(in: .en)
                == "test.csv:1: warning: no row gives a value of these 2 measures, which count as missing for every unit: KTS.04, KTS.04.share"
        )
    }

    @Test func aRowIndexIsLeftOutWithANotice() {
        let table = Support.load(",unit_id,criterion,value\n0,X1,CQS.01,5\n1,X1,CQS.04,có\n", measures: Self.measures)
        #expect(table.assessments.map(\.values) == [[5, 1, nil, nil]])
        #expect(table.diagnostics.map(\.code).contains("data.long-index"))
    }

    @Test func aWideFileWithACriterionColumnIsNotLong() {
        // A `value` column beside criteria is an unknown column of a wide file, never a long table.
        let table = Support.load("unit_id,criterion,value,CQS.01\nX1,a,b,5\n", measures: Self.measures)
        #expect(!table.diagnostics.map(\.code).contains("data.long-table"))
    }

    // MARK: Panels

    @Test func duplicatesAreCheckedPerUnitAndYear() {
        let panel = Support.load("unit_id,year,CQS.01\nX1,2024,1\nX1,2025,2\n", measures: Self.measures)
        #expect(panel.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(panel.years == [2024, 2025])
        let twice = Support.load("unit_id,year,CQS.01\nX1,2024,1\nX1,2024,2\n", measures: Self.measures)
        #expect(
            twice.diagnostics.filter { $0.severity == .error }.first?.description(in: .en)
                == "test.csv:2:1: error: unit_id \"X1\": duplicate unit_id in year 2024; it also stands on line 3. Each unit may appear once a year"
        )
        let stacked = Support.load("unit_id,CQS.01\nX1,1\nX1,2\n", measures: Self.measures)
        #expect(
            stacked.diagnostics.filter { $0.severity == .error }.first?.description(in: .vi)
                == "test.csv:2:1: lỗi: unit_id \"X1\": unit_id trùng; nó còn xuất hiện ở dòng 3. Mỗi đơn vị chỉ được có một dòng; nếu các dòng là của những năm khác nhau, hãy thêm cột year ghi năm của từng dòng"
        )
    }

    static func loadYear(_ csv: String, _ year: Int) -> AssessmentTable {
        AssessmentLoader.load(
            Array(csv.utf8), file: "test.csv", measures: measures, levelCount: 5, options: ReadingOptions(year: year))
    }

    @Test(arguments: [false, true])
    func yearPicksOneYearOfWideAndLongPanels(long: Bool) {
        let wide = Self.wideFiles[2]
        let table = Self.loadYear(long ? Self.melt(wide) : wide, 2025)
        #expect(table.assessments.map(\.unit.id) == ["X1"])
        #expect(table.assessments.map { $0.values[0] } == [20])
        let notice = table.diagnostics.first { $0.code == "data.year-picked" }
        #expect(notice?.description(in: .en).hasPrefix("test.csv:1:") == true)
    }

    @Test func anUnknownYearListsTheYearsPresent() {
        let table = Self.loadYear(Self.wideFiles[2], 2030)
        #expect(
            table.diagnostics.map { $0.description(in: .en) } == [
                "test.csv:1:2: error: year: --year 2030: the file does not hold this year; it holds 2024, 2025"
            ])
        #expect(
            table.diagnostics.map { $0.description(in: .vi) } == [
                "test.csv:1:2: lỗi: year: --year 2030: tệp không có năm này; các năm có trong tệp: 2024, 2025"
            ])
        let noYear = Self.loadYear(Self.wideFiles[0], 2025)
        #expect(
            noYear.diagnostics.map { $0.description(in: .en) } == [
                "test.csv:1: error: year: --year 2025: the file has no year column; leave --year out, or add a year column"
            ])
    }

    @Test func aYearWrittenAsPandasWritesItIsTheSameYear() {
        let long = Support.load(
            "unit_id,year,criterion,value\nX1,2024,cqs.01,1\nX1,2024.0,CQS.04,có\n", measures: Self.measures)
        #expect(long.diagnostics.filter { $0.severity == .error }.isEmpty, "\(long.diagnostics)")
        #expect(long.assessments.map(\.values) == [[1, 1, nil, nil]])
        #expect(
            long.diagnostics.map { $0.description(in: .en) }.contains(
                "test.csv:1: notice: column names matched regardless of case: cqs.01 → CQS.01"))
        let wide = Support.load("unit_id,year,CQS.01\nX1,2024,1\nX1,2024.0,2\n", measures: Self.measures)
        #expect(wide.diagnostics.filter { $0.severity == .error }.first?.code == "data.duplicate-unit-id")
    }
}
