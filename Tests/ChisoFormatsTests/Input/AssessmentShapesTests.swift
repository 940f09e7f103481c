import ChisoCore
import ChisoFormats
import Testing

/// Assessment files as pandas, R and Excel write them, and columns beyond the framework's.
@Suite struct AssessmentShapesTests {
    static let measures = [
        Measure(criterionID: "CQS.01", kind: .percent), Measure(criterionID: "CQS.04", kind: .yesNo),
        Measure(criterionID: "KTS.04", kind: .count),
    ]

    static func load(_ csv: String, options: ReadingOptions = ReadingOptions()) -> AssessmentTable {
        AssessmentLoader.load(Array(csv.utf8), file: "t.csv", measures: measures, levelCount: 5, options: options)
    }

    static func lines(_ table: AssessmentTable, _ severity: Diagnostic.Severity) -> [String] {
        table.diagnostics.filter { $0.severity == severity }.map(\.description)
    }

    @Test func pandasIndexAndFloatsAreRead() {
        let table = Self.load(
            ",unit_id,year,registered_level,CQS.01,CQS.04,KTS.04\n0,X1,2025.0,2.0,2.7177621474322e-07,True,2.0\n"
                + "1,X2,2025.0,,63.5,False,1E+3\n2,X3,2025.0,3.0,,,0.0\n")
        #expect(Self.lines(table, .error).isEmpty)
        #expect(table.assessments.map(\.unit.id) == ["X1", "X2", "X3"])
        #expect(table.assessments.map(\.values) == [[2.7177621474322e-07, 1, 2], [63.5, 0, 1000], [nil, nil, 0]])
        #expect(table.assessments.map(\.unit.registeredLevel) == [2, nil, 3])
        #expect(table.assessments.map(\.unit.year) == [2025, 2025, 2025])
        #expect(
            Self.lines(table, .notice) == [
                "t.csv:1:1: notice: column 1 has no name and numbers the rows 0, 1, 2, …: read as a row index and left "
                    + "out. Write the file without it next time (pandas: to_csv(..., index=False); R: write.csv(..., "
                    + "row.names = FALSE))"
            ])
    }

    @Test func pandasReadAndWrittenAgainHasTwoIndexColumns() {
        let table = Self.load(",Unnamed: 0,unit_id,CQS.01,CQS.04,KTS.04\n0,0,X1,50,có,1\n1,1,X2,60,có,2\n")
        #expect(Self.lines(table, .error).isEmpty)
        #expect(table.assessments.map(\.unit.id) == ["X1", "X2"])
        #expect(table.diagnostics.filter { $0.severity == .notice }.map(\.column) == [1, 2])
    }

    @Test func rRowNamesAreRead() {
        // write.csv quotes everything and names the row-name column "".
        let numbered = Self.load(
            "\"\",\"unit_id\",\"CQS.01\",\"CQS.04\",\"KTS.04\"\n\"1\",\"X1\",50,\"có\",1\n\"2\",\"X2\",NA,NA,NA\n")
        #expect(Self.lines(numbered, .error).isEmpty)
        #expect(numbered.assessments.map(\.values) == [[50, 1, 1], [nil, nil, nil]])
        #expect(Self.lines(numbered, .notice).first?.contains("numbers the rows 1, 2, 3, …") == true)
        // Row names kept after a subset, and row names set to the unit IDs.
        let subset = Self.load("\"\",\"unit_id\",\"CQS.01\"\n\"3\",\"X1\",50\n\"17\",\"X2\",60\n")
        #expect(Self.lines(subset, .error).isEmpty)
        #expect(Self.lines(subset, .notice).first?.contains("has no name and numbers the rows: read as") == true)
        let named = Self.load("\"\",\"unit_id\",\"CQS.01\"\n\"X1\",\"X1\",50\n\"X2\",\"X2\",60\n")
        #expect(Self.lines(named, .error).isEmpty)
        #expect(Self.lines(named, .notice).first?.contains("has no name and repeats unit_id: read as") == true)
    }

    @Test func anUnnamedColumnThatIsNoIndexIsAnError() {
        let table = Self.load(",unit_id,CQS.01\n5,X1,50\n2,X2,60\n")
        #expect(
            Self.lines(table, .error) == [
                "t.csv:1:1: error: a column has no name but has values; name it (unit_id, a unit column or a criterion "
                    + "ID), or if it is a row index, write the file without it (pandas: to_csv(..., index=False); R: "
                    + "write.csv(..., row.names = FALSE))"
            ])
    }

    @Test func trailingEmptyColumnsAndCommaOnlyRowsAreBlank() {
        // Excel writes the width of the used range: columns with no name and no values, rows of commas only.
        let table = Self.load(
            "unit_id,CQS.01,CQS.04,KTS.04,,,\nX1,50,có,1,,,\n,,,,,,\nX2,60,không,2\n,,,\nX3,70,có,3,,,,,\n")
        #expect(table.diagnostics.isEmpty, "\(table.diagnostics)")
        #expect(table.assessments.map(\.unit.id) == ["X1", "X2", "X3"])
        #expect(table.lines == [2, 4, 6])
        // A row that lacks a named column is still an error.
        let short = Self.load("unit_id,CQS.01,CQS.04,KTS.04,,\nX1,50\n")
        #expect(
            Self.lines(short, .error).first?.hasPrefix("t.csv:2: error: the row has 2 fields but the header has 6")
                == true)
    }

    @Test func aRepeatedHeaderRowIsOneNotice() {
        let header = "unit_id,CQS.01,CQS.04,KTS.04"
        let table = Self.load("\(header)\nX1,50,có,1\n\(header)\nX2,60,có,2\n\(header)\n\(header)\n")
        #expect(Self.lines(table, .error).isEmpty)
        #expect(table.assessments.map(\.unit.id) == ["X1", "X2"])
        #expect(
            DiagnosticDigest.lines(table.diagnostics) == [
                "t.csv:3: notice: this row repeats the header row (files joined together?) and was skipped",
                "t.csv: notice: and 2 more rows that repeat the header row, skipped too",
            ])
        // A header with other columns would be read under the first one: an error, once per row.
        let other = Self.load("\(header)\nX1,50,có,1\nunit_id,KTS.04,CQS.01,CQS.04\nX2,2,60,có\n")
        let onLine3 = Self.lines(other, .error).filter { $0.hasPrefix("t.csv:3") }
        #expect(onLine3.count == 1)
        #expect(onLine3.first?.hasPrefix("t.csv:3: error: this row looks like a header row") == true)
    }

    @Test func headersMatchRegardlessOfCaseWhenUnambiguous() {
        let table = Self.load("Unit_ID,cqs.01,Cqs.04,kts.04\nX1,50,có,1\n")
        #expect(Self.lines(table, .error).isEmpty)
        #expect(table.header == ["unit_id", "CQS.01", "CQS.04", "KTS.04"])
        #expect(table.assessments.first?.values == [50, 1, 1])
        #expect(
            Self.lines(table, .notice) == [
                "t.csv:1: notice: column names matched regardless of case: Unit_ID → unit_id, cqs.01 → CQS.01, "
                    + "Cqs.04 → CQS.04, kts.04 → KTS.04"
            ])
        // Two criteria that differ only in case: no guess.
        let measures = [Measure(criterionID: "A.1", kind: .percent), Measure(criterionID: "a.1", kind: .percent)]
        let ambiguous = AssessmentLoader.load(
            Array("unit_id,A.1,a.1,A.1\n".utf8), file: "t.csv", measures: measures, levelCount: 5)
        #expect(ambiguous.diagnostics.contains { $0.message.hasPrefix("duplicate column; column 2") })
    }

    @Test func headerOnlyFileHasNoUnits() {
        let table = Self.load("unit_id,CQS.01,CQS.04,KTS.04\n,,,\n")
        #expect(
            Self.lines(table, .error) == [
                "t.csv:1: error: no units: the file has a header but no rows of data; add one row per unit under the "
                    + "header (see `chiso template`)"
            ])
        #expect(table.hasFileErrors)
    }

    @Test func extraColumnsAreErrorsUnlessIgnoredOrKept() {
        let csv = "unit_id,ghi_chu,CQS.01,tinh,CQS.04,KTS.04\nX1,note,50,HN,có,1\nX2,\"a, b\",60,HCM,có,2\n"
        #expect(
            Self.lines(Self.load(csv), .error) == [
                "t.csv:1:2: error: ghi_chu: unknown column; expected unit_id, unit_name, parent_id, year, "
                    + "registered_level or a criterion ID of the framework (see `chiso template`); to leave such "
                    + "columns out, give --ignore-column NAME or --extra-columns ignore",
                "t.csv:1:4: error: tinh: unknown column; expected unit_id, unit_name, parent_id, year, "
                    + "registered_level or a criterion ID of the framework (see `chiso template`); to leave such "
                    + "columns out, give --ignore-column NAME or --extra-columns ignore",
            ])
        let ignored = Self.load(csv, options: ReadingOptions(extraColumns: .ignore))
        #expect(
            ignored.diagnostics.map(\.description) == [
                "t.csv:1: notice: 2 columns that the framework does not have, left out (--extra-columns ignore): ghi_chu, tinh"
            ])
        #expect(ignored.assessments.map(\.values) == [[50, 1, 1], [60, 1, 2]])
        #expect(ignored.extraColumns.isEmpty)
        let kept = Self.load(csv, options: ReadingOptions(extraColumns: .keep))
        #expect(kept.extraColumns == ["ghi_chu", "tinh"])
        #expect(kept.extraValues == [["note", "HN"], ["a, b", "HCM"]])
        let named = Self.load(csv, options: ReadingOptions(ignoredColumns: ["GHI_CHU", "tinh", "absent"]))
        #expect(named.diagnostics.isEmpty)
        #expect(named.ignoredColumns == ["GHI_CHU", "tinh"])
    }

    @Test func ignoringATypoStillSaysWhatItLooksLike() {
        let table = Self.load(
            "unit_id,CQS.1,CQS.04,KTS.04\nX1,50,có,1\n", options: ReadingOptions(extraColumns: .ignore))
        #expect(
            Self.lines(table, .notice) == [
                "t.csv:1: notice: 1 column that the framework does not have, left out (--extra-columns ignore): CQS.1 "
                    + "(did you mean CQS.01?)"
            ])
        #expect(
            Self.lines(table, .warning) == [
                "t.csv:1: warning: CQS.01: no column for this measure; it counts as missing for every unit"
            ])
    }

    @Test func fractionsInAPercentageColumnAreAnError() {
        let table = Self.load("unit_id,CQS.01,CQS.04,KTS.04\nX1,0.63,có,1\nX2,1,có,1\nX3,0,có,1\n")
        #expect(
            Self.lines(table, .error) == [
                "t.csv:1:2: error: CQS.01: every value lies from 0 to 1 (0.63 on line 2): these look like fractions, "
                    + "but percentages are read in points, so 0.63 would be read as 0.63%. Write percentages (0.63 as "
                    + "63), give --fractions to read such columns as shares, or write 0.63% if that is meant"
            ])
        #expect(table.hasFileErrors)
        // Whole percentages 0 and 1 alone are not fractions; a % sign says what is meant.
        #expect(Self.load("unit_id,CQS.01\nX1,1\nX2,0\n").diagnostics.allSatisfy { $0.severity != .error })
        #expect(Self.load("unit_id,CQS.01\nX1,0.5%\nX2,0.8\n").diagnostics.allSatisfy { $0.severity != .error })
    }

    @Test func fractionsAreReadAsSharesWhenAskedExactly() {
        let options = ReadingOptions(fractions: true)
        let table = Self.load("unit_id,CQS.01,CQS.04,KTS.04\nX1,0.57,có,1\nX2,1,có,1\nX3,0.29,có,1\n", options: options)
        #expect(Self.lines(table, .error).isEmpty)
        // × 100 exactly: 0.57 is 57, not 56.99999999999999.
        #expect(table.assessments.map { $0.values[0] } == [57, 100, 29])
        #expect(
            Self.lines(table, .notice) == [
                "t.csv:1: notice: --fractions: 1 percentage column with values from 0 to 1 only read as shares (× "
                    + "100): CQS.01; any other in percentage points"
            ])
        // A lone fraction among percentage points is an error, with --fractions or without; 0.5% says what is meant.
        let points = Self.load("unit_id,CQS.01\nX1,57\nX2,0.5\n", options: options)
        #expect(
            Self.lines(points, .error) == [
                "t.csv:3:2: error: CQS.01 \"0.5\": a fraction among percentage points: the other values of CQS.01 are "
                    + "percentages (up to 100), so 0.5 would be read as 0.5%. Write 50 if 50% is meant, or 0.5% if a "
                    + "share under 1% is meant"
            ])
        let marked = Self.load("unit_id,CQS.01\nX1,57\nX2,0.5%\n", options: options)
        #expect(marked.assessments.map { $0.values[0] } == [57, 0.5])
    }
}
