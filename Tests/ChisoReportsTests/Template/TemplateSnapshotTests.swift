import ChisoCore
import ChisoFormats
import ChisoReports
import Testing

/// The data-collection workbooks as a person meets them: sheets, header rows, validations and input messages.
@Suite struct TemplateSnapshotTests {
    static let commune = "vn-2361-commune"
    static let hue = "vn-hue-3043"
    static let communePrompts: Set = ["CQS.04", "CQS.09", "KTS.03", "KTS.04.share"]

    static func wide(_ id: String, units: Int, _ language: Language) throws -> WorkbookDocument {
        let framework = try TemplateWorkbookTests.framework(id)
        return TemplateWorkbook.document(
            framework, units: units, origin: TemplateWorkbookTests.origin(framework, language))
    }

    static func forms(_ id: String, _ units: [UnitFormWorkbook.Unit], _ language: Language) throws
        -> WorkbookDocument
    {
        let framework = try TemplateWorkbookTests.framework(id)
        return UnitFormWorkbook.document(
            framework, units: units, origin: TemplateWorkbookTests.origin(framework, language))
    }

    @Test func communeWideVietnamese() throws {
        let text = TemplateSnapshot.text(
            try Self.wide(Self.commune, units: 100, .vi), headerRows: 1, prompted: Self.communePrompts)
        TemplateWorkbookTests.check(text, Self.communeWideVI, name: "communeWideVI")
    }

    @Test func communeWideEnglish() throws {
        let text = TemplateSnapshot.text(
            try Self.wide(Self.commune, units: 100, .en), headerRows: 1, prompted: Self.communePrompts)
        TemplateWorkbookTests.check(text, Self.communeWideEN, name: "communeWideEN")
    }

    @Test func communeFormVietnamese() throws {
        let unit = UnitFormWorkbook.Unit(id: "X01", name: "Xã Một", parentID: "H01")
        let text = TemplateSnapshot.text(
            try Self.forms(Self.commune, [unit], .vi), headerRows: 10, prompted: ["CQS.01"])
        TemplateWorkbookTests.check(text, Self.communeFormVI, name: "communeFormVI")
    }

    @Test func communeFormEnglish() throws {
        let text = TemplateSnapshot.text(try Self.forms(Self.commune, [], .en), headerRows: 10, prompted: ["CQS.01"])
        TemplateWorkbookTests.check(text, Self.communeFormEN, name: "communeFormEN")
    }

    @Test func hueWideVietnamese() throws {
        let text = TemplateSnapshot.text(try Self.wide(Self.hue, units: 50, .vi), headerRows: 1, prompted: ["NT"])
        TemplateWorkbookTests.check(text, Self.hueWideVI, name: "hueWideVI")
    }

    @Test func hueWideEnglish() throws {
        let text = TemplateSnapshot.text(try Self.wide(Self.hue, units: 50, .en), headerRows: 1, prompted: ["NT"])
        TemplateWorkbookTests.check(text, Self.hueWideEN, name: "hueWideEN")
    }

    @Test func hueFormVietnamese() throws {
        let text = TemplateSnapshot.text(try Self.forms(Self.hue, [], .vi), headerRows: 20, prompted: ["NT", "NL"])
        TemplateWorkbookTests.check(text, Self.hueFormVI, name: "hueFormVI")
    }

    @Test func hueFormEnglish() throws {
        let unit = UnitFormWorkbook.Unit(id: "HUE/01", name: "Sở Nội vụ")
        let text = TemplateSnapshot.text(try Self.forms(Self.hue, [unit], .en), headerRows: 20, prompted: ["NT", "NL"])
        TemplateWorkbookTests.check(text, Self.hueFormEN, name: "hueFormEN")
    }
}
