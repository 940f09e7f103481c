import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

@Suite struct TemplateWorkbookTests {
    static func framework(_ id: String) throws -> Framework {
        try FrameworkCatalog.load(id).0
    }

    /// What made a workbook in these tests: a fixed command line and time.
    static func origin(_ framework: Framework, _ language: Language) -> WorkbookOrigin {
        WorkbookOrigin(
            output: "template", frameworks: [framework], commandLine: "chiso template --framework \(framework.id)",
            made: "2026-12-02T06:00:00Z", inputs: [], language: language)
    }

    static func check(_ actual: String, _ expected: String, name: String) {
        #expect(actual == expected)
    }

    @Test(arguments: ["vn-2361-commune", "vn-2361-district", "vn-hue-3043", "vn-dti-922-province"])
    func theHeaderRowIsTheCSVTemplates(id: String) throws {
        let framework = try Self.framework(id)
        let csvHeader = FrameworkReport.template(framework).split(separator: "\n")[0].split(separator: ",").map(
            String.init)
        for language in Language.allCases {
            let (sheet, layout) = TemplateWorkbook.dataSheet(framework, units: 3, language: language)
            #expect(sheet.rows[0].map(TemplateSnapshot.cell) == csvHeader)
            #expect(layout.columns.map(\.id) == csvHeader)
            #expect(layout.dataRows == 2...4)
            #expect(sheet.rows.count == 4)
            #expect(sheet.frozenRows == 1)
            #expect(layout.letters(of: csvHeader[0]) == "A")
            // Every input cell is shaded and unlocked; every column has its validation and message.
            for row in sheet.rows.dropFirst() {
                #expect(row.allSatisfy { $0.style.fill == .input && !$0.style.isLocked })
            }
            #expect(sheet.validations.count == csvHeader.count)
            #expect(sheet.validations.allSatisfy { !$0.prompt.isEmpty && $0.prompt.count <= 255 })
        }
    }

    /// Every word a validation list offers is one chiso reads as the measure's kind (the example district index has
    /// choices among its leaf rules).
    @Test(arguments: [
        "vn-2361-commune", "vn-2361-district", "vn-hue-3043", "vn-dti-922-province", "example-province-district",
    ])
    func everyListedWordIsReadByChiso(id: String) throws {
        let framework = try Self.framework(id)
        for language in Language.allCases {
            let entries = framework.templating.formEntries()
            for entry in entries {
                guard
                    case .list(let words) = FormCells.rule(
                        for: entry.measure, at: CellReference(row: 2, column: 1), language: language)
                else { continue }
                for word in words {
                    let reading = CellParser.read(word, as: entry.measure)
                    #expect(reading != .missing, "\(entry.measure.key): \(word)")
                    if case .invalid(let problem) = reading {
                        Issue.record("\(entry.measure.key): \(word): \(problem)")
                    }
                }
                #expect(words.contains("KAD") == entry.measure.isConditional, "\(entry.measure.key)")
            }
        }
    }

    @Test(arguments: [
        (MeasureKind.percent, false, "decimal 0…100"), (.count, false, "whole 0…2147483647"),
        (.yesNo, false, "list Có,Không"), (.yesNo, true, "list Có,Không,KAD"), (.ratio, false, "decimal 0…1"),
        (.percent, true, "formula OR(AND(ISNUMBER(C5),C5>=0,C5<=100),UPPER(TRIM(C5))=\"KAD\")"),
        (.count, true, "formula OR(AND(ISNUMBER(C5),C5>=0,C5=INT(C5)),UPPER(TRIM(C5))=\"KAD\")"),
    ])
    func eachKindHasItsRule(kind: MeasureKind, conditional: Bool, expected: String) throws {
        let measure = Measure(criterionID: "X.01", kind: kind, isConditional: conditional)
        let rule = try #require(FormCells.rule(for: measure, at: CellReference(row: 5, column: 3), language: .vi))
        #expect(TemplateSnapshot.rule(rule) == expected)
    }

    @Test func aLongPromptIsCutBetweenWords() {
        let text = String(repeating: "chuyển đổi số ", count: 30)
        let cut = FormCells.shortened(text, limit: 255)
        #expect(cut.count <= 255)
        #expect(cut.hasSuffix("số…"))
    }

    @Test func unitFormLayoutPlacesTheColumns() {
        let form = UnitForm(detailCount: 5)
        #expect(form.position(of: .criterion) == 1)
        #expect(form.position(of: .unit) == 3)
        #expect(form.detailPosition(0) == 4)
        #expect(form.valueColumn == 9)
        #expect(form.position(of: .note) == 11)
        #expect(form.width == 11)
        #expect(UnitForm.Field.unitID.row == 2)
        #expect(UnitForm.Field.registeredLevel.row == 6)
        #expect(UnitForm.row(ofMeasure: 0) == UnitForm.headerRow + 1)
    }

    @Test func theFormFollowsItsLayout() throws {
        let framework = try Self.framework("vn-2361-commune")
        let unit = UnitFormWorkbook.Unit(id: "X01", name: "Xã Một", parentID: "H01")
        let sheet = UnitFormWorkbook.sheet(framework, unit: unit, language: .vi)
        let form = UnitForm(detailCount: 5)
        let cell = { (row: Int, column: Int) in TemplateSnapshot.cell(sheet.rows[row - 1][column - 1]) }
        #expect(cell(UnitForm.Field.unitID.row, UnitForm.identityValueColumn) == "X01")
        #expect(cell(UnitForm.Field.parentID.row, UnitForm.identityValueColumn) == "H01")
        #expect(cell(UnitForm.Field.year.row, UnitForm.identityLabelColumn) == "Năm")
        #expect(cell(UnitForm.headerRow, form.valueColumn) == "Giá trị")
        let keys = framework.measures.map(\.key)
        for (index, key) in keys.enumerated() {
            #expect(cell(UnitForm.row(ofMeasure: index), 1) == key)
            #expect(cell(UnitForm.row(ofMeasure: index), form.valueColumn) == "[ ]")
        }
        let valueCells = sheet.validations.dropFirst(UnitForm.Field.allCases.count).map(\.ranges[0].description)
        #expect(valueCells == keys.indices.map { "I\(UnitForm.row(ofMeasure: $0))" })
    }

    /// A choice criterion offers its answers' names, each read back as the answer's position.
    @Test func aChoiceOffersItsAnswers() throws {
        let (framework, _) = try ChoiceRuleFramework.decoded()
        let entry = try #require(framework.templating.formEntries().first { $0.measure.kind == .choice })
        for language in Language.allCases {
            let rule = FormCells.rule(for: entry.measure, at: CellReference(row: 2, column: 5), language: language)
            let names = entry.measure.categories.map { $0.name.text(in: language) }
            #expect(rule == .list(names))
            #expect(names.enumerated().allSatisfy { CellParser.read($1, as: entry.measure) == .value(Double($0)) })
        }
    }

    /// `FormSheet`, the reader of filled forms, finds the identity, the codes and the values of the form written.
    @Test(arguments: [("vn-2361-commune", Language.vi), ("vn-2361-commune", .en), ("vn-hue-3043", .en)])
    func theFormReaderReadsTheForm(id: String, language: Language) throws {
        let framework = try Self.framework(id)
        let unit = UnitFormWorkbook.Unit(id: "X01", name: "Xã Một", parentID: "H01")
        var sheet = UnitFormWorkbook.sheet(framework, unit: unit, language: language)
        let form = UnitForm(detailCount: framework.templating.formDetailHeadings.count)
        sheet.rows[UnitForm.Field.year.row - 1][UnitForm.identityValueColumn - 1] = .text("2025")
        for index in framework.measures.indices {
            sheet.rows[UnitForm.row(ofMeasure: index) - 1][form.valueColumn - 1] = .text("v\(index)")
        }
        let records = sheet.rows.enumerated().map { line, row in
            CSVRecord(
                line: line + 1, fields: row.map { TemplateSnapshot.cell($0) == "[ ]" ? "" : TemplateSnapshot.cell($0) })
        }
        let read = try #require(FormSheet(records: records))
        #expect(read.headerLine == UnitForm.headerRow)
        #expect(
            read.identity.mapValues(\.text) == [
                "unit_id": "X01", "unit_name": "Xã Một", "parent_id": "H01", "year": "2025",
            ])
        #expect(read.entries.map(\.criterion.text) == framework.measures.map(\.key))
        #expect(read.entries.map(\.value.text) == framework.measures.indices.map { "v\($0)" })
        #expect(read.entries.allSatisfy { $0.value.column == form.valueColumn && $0.evidence != nil && $0.note != nil })
    }
}
