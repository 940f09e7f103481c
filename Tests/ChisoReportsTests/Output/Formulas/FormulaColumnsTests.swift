import ChisoCore
import ChisoFormats
import ChisoReports
import Testing

/// The formulas compiled from a framework, as a spreadsheet reads them. That they compute what chiso scores is
/// shown by LibreOffice in ChisoCLITests (`FormulaWorkbookTests`, `FormulaPropertyTests`).
@Suite struct FormulaColumnsTests {
    static func criterion(
        _ id: String, _ kind: MeasureKind, _ rules: [Requirement], second: [SecondMeasure] = [],
        conditional: String? = nil
    ) -> LevelCriterion {
        LevelCriterion(
            id: id, group: "G", name: LocalizedText(vi: id, en: id), measurementUnit: LocalizedText(vi: "", en: ""),
            kind: kind, secondMeasures: second, requirements: rules.map { LevelRequirement(rule: $0, text: "") },
            conditional: conditional)
    }

    /// Two levels: a percentage (50, 70), a conditional yes/no asked at level 2, and a count with a share as an
    /// alternative at level 2 (as commune KTS.04).
    static let levels = LevelScheme(
        levels: [LocalizedText(vi: "Mức 1", en: "Level 1"), LocalizedText(vi: "Mức 2", en: "Level 2")],
        groups: [CriterionGroup(id: "G", name: LocalizedText(vi: "G", en: "G"))],
        criteria: [
            criterion("A", .percent, [.atLeast(50), .atLeast(70)]),
            criterion("B", .yesNo, [.notApplicable, .yes()], conditional: "nếu có"),
            criterion(
                "C", .count, [.atLeast(1), .anyOf([.atLeast(3), .atLeast(100, measure: "share")])],
                second: [SecondMeasure(suffix: "share", kind: .percent, name: LocalizedText(vi: "", en: ""))]),
        ])

    static func formulas(_ columns: FormulaColumns, row: Int) -> [String] {
        zip(columns.columns, columns.cells(row: row)).map { column, cell in
            switch cell.value {
            case .formula(let formula, _): "\(column.id) = \(formula)"
            case .text(let text): "\(column.id): \(text)"
            default: "\(column.id) ?"
            }
        }
    }

    @Test func levelFormulasReadTheRowByColumnID() {
        // The data columns in another order than the framework's, and a column the formulas do not read.
        let columns = FormulaColumns(
            scheme: Self.levels, header: ["unit_id", "C.share", "note", "B", "A", "C"], language: .en)
        #expect(columns.firstColumn == 7)
        #expect(columns.columns.map(\.id) == ["level", "next_level_blockers", "blocks.A", "blocks.B", "blocks.C"])
        let yes =
            #"OR(TRIM(D5)="có",TRIM(D5)="co",TRIM(D5)="yes",TRIM(D5)="true",TRIM(D5)="1",TRIM(D5)="đạt",TRIM(D5)="dat",TRIM(D5)="1.0")"#
        let no =
            #"OR(TRIM(D5)="không",TRIM(D5)="khong",TRIM(D5)="no",TRIM(D5)="false",TRIM(D5)="0",TRIM(D5)="không đạt",TRIM(D5)="khong dat",TRIM(D5)="chưa đạt",TRIM(D5)="chua dat",TRIM(D5)="0.0")"#
        let kad = #"OR(TRIM(D5)="KAD",TRIM(D5)="không áp dụng",TRIM(D5)="khong ap dung")"#
        func missing(_ cell: String) -> String {
            #"OR(LEN(TRIM(\#(cell)))=0,TRIM(\#(cell))="NA",TRIM(\#(cell))="N/A",TRIM(\#(cell))="-")"#
        }
        #expect(
            Self.formulas(columns, row: 5) == [
                #"level = IF(SUMPRODUCT(--(I5:K5="?"))>0,"A cell cannot be read: check the values entered","#
                    + #"IF(SUMPRODUCT(--ISNUMBER(FIND("2",I5:K5)))>0,IF(SUMPRODUCT(--ISNUMBER(FIND("1",I5:K5)))>0,0,1),2))"#,
                #"next_level_blockers = IF(ISNUMBER(G5),SUBSTITUTE(TRIM(IF(ISNUMBER(FIND(G5+1,I5)),"A ","")&"#
                    + #"IF(ISNUMBER(FIND(G5+1,J5)),"B ","")&IF(ISNUMBER(FIND(G5+1,K5)),"C ",""))," ",";"),G5)"#,
                #"blocks.A = IF(OR(\#(missing("E5")),FALSE,AND(ISNUMBER(E5),E5>=0,E5<=100)),"#
                    + #"IF(AND(ISNUMBER(E5),E5>=50),"","1")&IF(AND(ISNUMBER(E5),E5>=70),"","2"),"?")"#,
                #"blocks.B = IF(OR(\#(missing("D5")),\#(kad),OR(\#(yes),\#(no))),IF(OR(\#(kad),\#(yes)),"","2"),"?")"#,
                #"blocks.C = IF(AND(OR(\#(missing("F5")),FALSE,AND(ISNUMBER(F5),F5>=0,F5=INT(N(F5)))),"#
                    + #"OR(\#(missing("B5")),FALSE,AND(ISNUMBER(B5),B5>=0,B5<=100))),"#
                    + #"IF(AND(ISNUMBER(F5),F5>=1),"","1")&IF(OR(AND(ISNUMBER(F5),F5>=3),AND(ISNUMBER(B5),B5>=100)),"","2"),"#
                    + #""?")"#,
            ])
    }

    @Test func aFrameworkThatRollsUpSubunitsIsNotCompiled() throws {
        let (framework, _) = try Support.builtIn("vn-2361-district")
        let columns = FormulaColumns(framework: framework, header: ["unit_id"], language: .vi)
        #expect(columns.columns.map(\.id) == ["level", "next_level_blockers"])
        #expect(
            Self.formulas(columns, row: 2) == [
                "level: Không tính được trong bảng tính (cần mức của các đơn vị cấp dưới): hãy chấm bằng chiso",
                "next_level_blockers: Không tính được trong bảng tính (cần mức của các đơn vị cấp dưới): hãy chấm bằng chiso",
            ])
    }

    @Test func aFormulaLongerThanExcelTakesIsNotWritten() {
        let criteria = (1...700).map { Self.criterion(String(format: "LONG.%03d", $0), .yesNo, [.yes()]) }
        let scheme = LevelScheme(
            levels: [LocalizedText(vi: "Mức 1", en: "Level 1")],
            groups: [CriterionGroup(id: "G", name: LocalizedText(vi: "G", en: "G"))], criteria: criteria)
        let columns = FormulaColumns(scheme: scheme, header: ["unit_id"] + criteria.map(\.id), language: .en)
        let cells = Self.formulas(columns, row: 2)
        #expect(
            cells[1]
                == "next_level_blockers: Cannot be computed in the spreadsheet (the formula is too long for Excel): score with chiso"
        )
        #expect(cells[0].hasPrefix("level = IF("))
    }

    @Test func columnsAreAppendedToTheSheet() {
        let columns = FormulaColumns(scheme: Self.levels, header: ["unit_id", "A", "B", "C", "C.share"], language: .vi)
        let sheet = WorkbookSheet(
            name: "Dữ liệu", rows: [["unit_id", "A", "B", "C", "C.share"].map { .text($0) }, [.text("X1")]])
        let appended = columns.appended(to: sheet, units: 3)
        #expect(appended.rows.count == 4)
        #expect(appended.rows.map(\.count) == [10, 10, 10, 10])
        #expect(appended.rows[0][5] == .text("level", style: .header))
        #expect(appended.rows[1][0] == .text("X1"))
        #expect(appended.rows[3][1] == .empty)
        let level = appended.rows[3][5]
        #expect(level.style == CellStyle(fill: .computed, isLocked: true))
        guard case .formula(let formula, nil) = level.value else {
            Issue.record("level is not a formula without a cached value: \(level)")
            return
        }
        #expect(formula.contains("H4:J4"))
    }
}
