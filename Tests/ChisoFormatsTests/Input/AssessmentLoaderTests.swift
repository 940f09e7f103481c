import ChisoCore
import ChisoFormats
import Testing

@Suite struct AssessmentLoaderTests {
    static let measures = [
        Measure(criterionID: "CQS.01", kind: .percent), Measure(criterionID: "CQS.04", kind: .yesNo),
        Measure(criterionID: "KTS.04", kind: .count), Measure(criterionID: "KTS.04", suffix: "share", kind: .percent),
    ]

    static func load(_ csv: String, computed: [String: String] = [:]) -> AssessmentTable {
        Support.load(csv, measures: measures, computed: computed)
    }

    static func errors(_ table: AssessmentTable) -> [String] {
        table.diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    @Test func readsUnitsAndValues() {
        let table = Self.load(
            "unit_id,unit_name,parent_id,year,registered_level,CQS.01,CQS.04,KTS.04,KTS.04.share\n"
                + "X1,Xã A,H1,2025,3,\"72,5\",có,2,NA\n"
        )
        #expect(table.diagnostics.isEmpty)
        #expect(table.assessments.count == 1)
        let unit = table.assessments[0].unit
        #expect(unit == UnitInfo(id: "X1", name: "Xã A", parentID: "H1", year: 2025, registeredLevel: 3))
        #expect(table.assessments[0].values == [72.5, 1, 2, nil])
        #expect(table.lines == [2])
    }

    @Test func columnsInAnyOrderAndNFDHeaders() {
        // "unit_name" is ASCII; the criterion header is written with a decomposed character in the unit name.
        let table = Self.load("KTS.04.share, CQS.01 ,unit_id,CQS.04,KTS.04\n50,60,Xa\u{0303},co\u{0301},1\n")
        #expect(Self.errors(table).isEmpty)
        #expect(table.assessments.first?.values == [60, 1, 1, 50])
        #expect(table.assessments.first?.unit.id == "X\u{E3}")
        #expect(table.assessments.first?.unit.id.unicodeScalars.count == 2)  // normalised to NFC
    }

    @Test func emptyFile() {
        #expect(
            Self.errors(Self.load("")) == [
                "test.csv: error: the file is empty; expected a header row starting with unit_id"
            ])
    }

    @Test func noUnitIDColumn() {
        #expect(
            Self.errors(Self.load("id,CQS.01\nX1,50\n"))
                == [
                    "test.csv:1:1: error: id: unknown column; expected unit_id, unit_name, parent_id, year, "
                        + "registered_level or a criterion ID of the framework (see `chiso template`); to leave such columns out, "
                        + "give --ignore-column NAME or --extra-columns ignore",
                    "test.csv:1: error: unit_id: no unit_id column; the first row must be a header with a unit_id "
                        + "column: rename the column that identifies the units to unit_id (see `chiso template`)",
                ]
        )
    }

    @Test func everyValueProblemAtOnce() {
        let table = Self.load(
            "unit_id,CQS.01,CQS.04,KTS.04,KTS.04.share\nX1,120%,maybe,-3,50\nX2,50,có,1,50\nX3,abc,có,1.5,101\n"
        )
        #expect(
            Self.errors(table) == [
                "test.csv:2:2: error: CQS.01 \"120%\": out of range; expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)",
                "test.csv:2:3: error: CQS.04 \"maybe\": expected yes or no (có/không, đạt/không đạt, yes/no, true/false, 1/0)",
                "test.csv:2:4: error: KTS.04 \"-3\": expected a whole number of 0 or more",
                "test.csv:4:2: error: CQS.01 \"abc\": expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)",
                "test.csv:4:4: error: KTS.04 \"1.5\": expected a whole number of 0 or more; 1.5 is not a whole number",
                "test.csv:4:5: error: KTS.04.share \"101\": out of range; expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)",
            ]
        )
        #expect(table.assessments.map(\.unit.id) == ["X2"])
        #expect(table.skippedLines == [2, 4])
        #expect(!table.hasFileErrors)
    }

    @Test func duplicateUnitIDsLeaveOutEveryCopy() {
        let table = Self.load("unit_id,CQS.01\nX1,50\nX2,60\n X1 ,70\n")
        #expect(
            Self.errors(table) == [
                "test.csv:2:1: error: unit_id \"X1\": duplicate unit_id; it also stands on line 4. Each unit may appear once"
                    + "; if the rows are of different years, add a year column giving each row's year",
                "test.csv:4:1: error: unit_id \"X1\": duplicate unit_id; line 2 has it too",
            ]
        )
        #expect(table.assessments.map(\.unit.id) == ["X2"])
    }

    @Test func duplicateAndUnknownColumnsWithSuggestions() {
        let table = Self.load("unit_id,CQS.01,CQS.1,CQS.01,population\nX1,1,2,3,4\n")
        #expect(
            Self.errors(table) == [
                "test.csv:1:3: error: CQS.1: unknown column; did you mean CQS.01?",
                "test.csv:1:4: error: CQS.01: duplicate column; column 2 has the same name. Remove or rename one of them",
                "test.csv:1:5: error: population: unknown column; expected unit_id, unit_name, parent_id, year, "
                    + "registered_level or a criterion ID of the framework (see `chiso template`); to leave such columns out, "
                    + "give --ignore-column NAME or --extra-columns ignore",
            ]
        )
        #expect(table.hasFileErrors)
    }

    @Test func computedCriterionColumnIsRefused() {
        let table = Self.load("unit_id,CHUNG.01\nH1,100\n", computed: ["CHUNG.01": "it is computed from communes"])
        #expect(
            Self.errors(table) == [
                "test.csv:1:2: error: CHUNG.01: this criterion is not read from a column: it is computed from the levels "
                    + "of the subordinate units given with --children. Remove the column"
            ])
        #expect(table.diagnostics.filter { $0.severity == .error }.map(\.code) == ["data.computed-criterion"])
    }

    @Test func raggedRowsAndEmptyIDs() {
        let table = Self.load("unit_id,CQS.01\nX1,50,9\n,60\nX3\n")
        #expect(
            Self.errors(table) == [
                "test.csv:2: error: the row has 3 fields but the header has 2; check for a missing or extra separator, "
                    + "or a separator inside a value that should be quoted",
                "test.csv:3:1: error: unit_id \"\": empty unit_id; every row needs one",
                "test.csv:4: error: the row has 1 field but the header has 2; check for a missing or extra separator, "
                    + "or a separator inside a value that should be quoted",
            ]
        )
    }

    @Test func registeredLevelAndYearAreChecked() {
        let table = Self.load("unit_id,year,registered_level,CQS.01\nX1,20x5,6,50\n")
        #expect(
            Self.errors(table) == [
                "test.csv:2:2: error: year \"20x5\": expected a whole number from 1900 to 2200",
                "test.csv:2:3: error: registered_level \"6\": expected a whole number from 1 to 5",
            ]
        )
    }

    @Test func absentCriterionColumnIsAWarningAndCountsAsMissing() {
        let table = Self.load("unit_id,CQS.01,CQS.04,KTS.04\nX1,50,có,1\n")
        #expect(Self.errors(table).isEmpty)
        #expect(
            table.diagnostics.map(\.description) == [
                "test.csv:1: warning: KTS.04.share: no column for this measure; it counts as missing for every unit"
            ]
        )
        #expect(table.assessments[0].values == [50, 1, 1, nil])
    }

    @Test func decomposedVietnameseHeaderMatchesPrecomposedCriterionID() {
        // A custom framework's criterion ID written precomposed (NFC); the file's header typed decomposed (NFD).
        let measures = [Measure(criterionID: "X\u{E3}.01", kind: .percent)]
        let table = Support.load("unit_id,X" + "a\u{303}.01\nU1,50\n", measures: measures)
        #expect(table.diagnostics.isEmpty)
        #expect(table.assessments.first?.values == [50])
        #expect(table.header == ["unit_id", "X\u{E3}.01"])
    }
}
