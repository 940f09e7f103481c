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

    /// The formulas of a row, without the test of an empty unit ID that wraps each one.
    static func formulas(_ columns: FormulaColumns, row: Int) -> [String] {
        let empty = "IF(LEN(TRIM(A\(row)))=0,\"\","
        return zip(columns.columns, columns.cells(row: row)).map { column, cell in
            switch cell.value {
            case .formula(let formula, _) where formula.hasPrefix(empty) && formula.hasSuffix(")"):
                "\(column.id) = \(formula.dropFirst(empty.count).dropLast())"
            case .formula(let formula, _): "\(column.id) unwrapped = \(formula)"
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
                #"blocks.A = IF(OR(\#(missing("E5")),FALSE,AND(ISNUMBER(E5),E5>=0,E5<=100,LEFT(CELL("format",E5),1)<>"P")),"#
                    + #"IF(AND(ISNUMBER(E5),E5>=50),"","1")&IF(AND(ISNUMBER(E5),E5>=70),"","2"),"?")"#,
                #"blocks.B = IF(OR(\#(missing("D5")),\#(kad),OR(\#(yes),\#(no))),IF(OR(\#(kad),\#(yes)),"","2"),"?")"#,
                #"blocks.C = IF(AND(OR(\#(missing("F5")),FALSE,AND(ISNUMBER(F5),F5>=0,F5=INT(N(F5)))),"#
                    + #"OR(\#(missing("B5")),FALSE,AND(ISNUMBER(B5),B5>=0,B5<=100,LEFT(CELL("format",B5),1)<>"P"))),"#
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
        #expect(formula.hasPrefix(#"IF(LEN(TRIM(A4))=0,"","#))
    }
}

/// The formulas of a point framework: a leaf of each rule, a group, a tier with a floor.
@Suite struct PointFormulaTests {
    static func leaf(_ id: String, _ maximum: Double, _ rule: LeafRule, kind: MeasureKind? = nil) -> PointNode {
        PointNode(id: id, name: LocalizedText(vi: id, en: id), maximum: maximum, rule: rule, kind: kind)
    }

    static let choices: [LeafRule.Choice] = [
        LeafRule.Choice(
            category: MeasureCategory(value: "none", name: LocalizedText(vi: "Không có", en: "None")), points: 0),
        LeafRule.Choice(
            category: MeasureCategory(value: "vice", name: LocalizedText(vi: "Phó", en: "Vice")), fraction: 0.5),
        LeafRule.Choice(
            category: MeasureCategory(value: "head", name: LocalizedText(vi: "Trưởng", en: "Head")), fraction: 1),
    ]

    static let scheme = PointScheme(
        roots: [
            PointNode(
                id: "G", name: LocalizedText(vi: "G", en: "G"), maximum: nil,
                children: [
                    leaf("P", 2, .points), leaf("R", 2, .ratio), leaf("Q", 2, .proportional),
                    leaf(
                        "S", 2, .steps([LeafRule.Step(atLeast: 70, points: 1), LeafRule.Step(atLeast: 90, points: 2)])),
                    leaf("L", 1, .linear(floor: 20, target: 80)), leaf("C", 1, .choice(choices)),
                ]),
            leaf("Y", 1, .yesNo),
        ],
        tiers: [
            Tier(name: LocalizedText(vi: "Khá", en: "Good"), minimum: 5, floors: [Tier.Floor(node: "G", fraction: 0.5)])
        ])

    @Test func pointFormulas() {
        let header = ["unit_id", "P", "R", "Q", "S", "L", "C", "Y"]
        let columns = FormulaColumns(scheme: Self.scheme, header: header, language: .vi)
        #expect(
            FormulaColumnsTests.formulas(columns, row: 2) == [
                #"score = IF(OR(O2="?",P2="?",Q2="?",R2="?",S2="?",T2="?",U2="?",V2="?"),"Có ô không đọc được: xem lại giá trị đã nhập",O2+V2)"#,
                #"index = IF(ISNUMBER(I2),I2/11,I2)"#,
                #"tier = IF(ISNUMBER(I2),CHOOSE(IF(AND(I2>=4.999999995,O2>=4.999999995),1,0)+1,"Không xếp hạng","Khá"),I2)"#,
                #"tier_en = IF(ISNUMBER(I2),CHOOSE(IF(AND(I2>=4.999999995,O2>=4.999999995),1,0)+1,"Unranked","Good"),I2)"#,
                #"next_tier_blockers = IF(ISNUMBER(I2),CHOOSE(IF(AND(I2>=4.999999995,O2>=4.999999995),1,0)+1,SUBSTITUTE(TRIM(IF(I2>=4.999999995,"","total ")&IF(O2>=4.999999995,"","G "))," ",";"),""),I2)"#,
                #"rank: Không tính được trong bảng tính (thứ hạng so sánh các đơn vị với nhau): hãy chấm bằng chiso"#,
                #"points.G = IF(OR(P2="?",Q2="?",R2="?",S2="?",T2="?",U2="?"),"?",P2+Q2+R2+S2+T2+U2)"#,
                #"points.P = IF(OR(LEN(TRIM(B2))=0,TRIM(B2)="NA",TRIM(B2)="N/A",TRIM(B2)="-"),0,IF(AND(ISNUMBER(B2),B2>=0,B2<=2),MIN(MAX(B2,0),2),"?"))"#,
                #"points.R = IF(OR(LEN(TRIM(C2))=0,TRIM(C2)="NA",TRIM(C2)="N/A",TRIM(C2)="-"),0,IF(AND(ISNUMBER(C2),C2>=0,C2<=1),MIN(MAX(C2*2,0),2),"?"))"#,
                #"points.Q = IF(OR(LEN(TRIM(D2))=0,TRIM(D2)="NA",TRIM(D2)="N/A",TRIM(D2)="-"),0,IF(AND(ISNUMBER(D2),D2>=0,D2<=100,LEFT(CELL("format",D2),1)<>"P"),MIN(MAX(D2/100*2,0),2),"?"))"#,
                #"points.S = IF(OR(LEN(TRIM(E2))=0,TRIM(E2)="NA",TRIM(E2)="N/A",TRIM(E2)="-"),0,IF(AND(ISNUMBER(E2),E2>=0,E2<=100,LEFT(CELL("format",E2),1)<>"P"),MIN(MAX(MAX(0,IF(E2>=70,1,0),IF(E2>=90,2,0)),0),2),"?"))"#,
                #"points.L = IF(OR(LEN(TRIM(F2))=0,TRIM(F2)="NA",TRIM(F2)="N/A",TRIM(F2)="-"),0,IF(AND(ISNUMBER(F2),F2>=0,F2<=100,LEFT(CELL("format",F2),1)<>"P"),MIN(MAX(IF(F2<=20,0,IF(F2>=80,1,(F2-20)/(80-20)*1)),0),1),"?"))"#,
                #"points.C = IF(OR(LEN(TRIM(G2))=0,TRIM(G2)="NA",TRIM(G2)="N/A",TRIM(G2)="-"),0,IF(OR(OR(TRIM(G2)="none",TRIM(G2)="Không có",TRIM(G2)="None"),OR(TRIM(G2)="vice",TRIM(G2)="Phó",TRIM(G2)="Vice"),OR(TRIM(G2)="head",TRIM(G2)="Trưởng",TRIM(G2)="Head")),MIN(MAX(CHOOSE(MIN(MAX(INT(IF(OR(TRIM(G2)="vice",TRIM(G2)="Phó",TRIM(G2)="Vice"),1,IF(OR(TRIM(G2)="head",TRIM(G2)="Trưởng",TRIM(G2)="Head"),2,0))),0),2)+1,0,0.5,1),0),1),"?"))"#,
                #"points.Y = IF(OR(LEN(TRIM(H2))=0,TRIM(H2)="NA",TRIM(H2)="N/A",TRIM(H2)="-"),0,IF(OR(OR(TRIM(H2)="có",TRIM(H2)="co",TRIM(H2)="yes",TRIM(H2)="true",TRIM(H2)="1",TRIM(H2)="đạt",TRIM(H2)="dat",TRIM(H2)="1.0"),OR(TRIM(H2)="không",TRIM(H2)="khong",TRIM(H2)="no",TRIM(H2)="false",TRIM(H2)="0",TRIM(H2)="không đạt",TRIM(H2)="khong dat",TRIM(H2)="chưa đạt",TRIM(H2)="chua dat",TRIM(H2)="0.0")),MIN(MAX(IF(IF(OR(TRIM(H2)="có",TRIM(H2)="co",TRIM(H2)="yes",TRIM(H2)="true",TRIM(H2)="1",TRIM(H2)="đạt",TRIM(H2)="dat",TRIM(H2)="1.0"),1,0)>=1,1,0),0),1),"?"))"#,
            ])
    }
}
