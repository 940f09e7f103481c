import ChisoCore
import ChisoFormats
import ChisoReports
import Testing

/// The data-collection workbooks as a person meets them: sheets, header rows, validations and input messages.
@Suite struct TemplateSnapshotTests {
    static let commune = "vn-2361-commune"
    static let hue = "vn-hue-3043"
    static let communePrompts: Set = ["CQS.04", "CQS.09", "KTS.03", "KTS.04.share"]

    @Test func communeWideVietnamese() throws {
        let document = TemplateWorkbook.document(
            try TemplateWorkbookTests.framework(Self.commune), units: 100, language: .vi)
        TemplateWorkbookTests.check(
            TemplateSnapshot.text(document, headerRows: 1, prompted: Self.communePrompts), Self.communeWideVI,
            name: "communeWideVI")
    }

    @Test func communeWideEnglish() throws {
        let document = TemplateWorkbook.document(
            try TemplateWorkbookTests.framework(Self.commune), units: 100, language: .en)
        TemplateWorkbookTests.check(
            TemplateSnapshot.text(document, headerRows: 1, prompted: Self.communePrompts), Self.communeWideEN,
            name: "communeWideEN")
    }

    @Test func communeFormVietnamese() throws {
        let unit = UnitFormWorkbook.Unit(id: "X01", name: "Xã Một", parentID: "H01")
        let document = UnitFormWorkbook.document(
            try TemplateWorkbookTests.framework(Self.commune), units: [unit], language: .vi)
        TemplateWorkbookTests.check(
            TemplateSnapshot.text(document, headerRows: 10, prompted: ["CQS.01"]), Self.communeFormVI,
            name: "communeFormVI")
    }

    @Test func communeFormEnglish() throws {
        let document = UnitFormWorkbook.document(
            try TemplateWorkbookTests.framework(Self.commune), units: [], language: .en)
        TemplateWorkbookTests.check(
            TemplateSnapshot.text(document, headerRows: 10, prompted: ["CQS.01"]), Self.communeFormEN,
            name: "communeFormEN")
    }

    @Test func hueWideVietnamese() throws {
        let document = TemplateWorkbook.document(
            try TemplateWorkbookTests.framework(Self.hue), units: 50, language: .vi)
        TemplateWorkbookTests.check(
            TemplateSnapshot.text(document, headerRows: 1, prompted: ["NT"]), Self.hueWideVI, name: "hueWideVI")
    }

    @Test func hueWideEnglish() throws {
        let document = TemplateWorkbook.document(
            try TemplateWorkbookTests.framework(Self.hue), units: 50, language: .en)
        TemplateWorkbookTests.check(
            TemplateSnapshot.text(document, headerRows: 1, prompted: ["NT"]), Self.hueWideEN, name: "hueWideEN")
    }

    @Test func hueFormVietnamese() throws {
        let document = UnitFormWorkbook.document(
            try TemplateWorkbookTests.framework(Self.hue), units: [], language: .vi)
        TemplateWorkbookTests.check(
            TemplateSnapshot.text(document, headerRows: 20, prompted: ["NT", "NL"]), Self.hueFormVI,
            name: "hueFormVI")
    }

    @Test func hueFormEnglish() throws {
        let unit = UnitFormWorkbook.Unit(id: "HUE/01", name: "Sở Nội vụ")
        let document = UnitFormWorkbook.document(
            try TemplateWorkbookTests.framework(Self.hue), units: [unit], language: .en)
        TemplateWorkbookTests.check(
            TemplateSnapshot.text(document, headerRows: 20, prompted: ["NT", "NL"]), Self.hueFormEN,
            name: "hueFormEN")
    }
}
