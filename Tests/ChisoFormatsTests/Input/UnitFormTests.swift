import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

/// The per-unit form's layout: where a reader finds the identity, the header and the cells to read.
@Suite struct UnitFormTests {
    @Test(arguments: [(0, 4, 6), (2, 6, 8), (5, 9, 11)])
    func theValueColumnFollowsTheDetails(details: Int, value: Int, width: Int) {
        let form = UnitForm(detailCount: details)
        #expect(form.valueColumn == value)
        #expect(form.position(of: .evidence) == value + 1)
        #expect(form.position(of: .note) == width)
        #expect(form.width == width)
        #expect((0..<details).map(form.detailPosition) == Array(4..<(4 + details)))
        #expect(UnitForm.Column.allCases.map(form.position).sorted() == [1, 2, 3, value, value + 1, value + 2])
    }

    @Test func theIdentityBlockSitsAboveTheHeader() {
        #expect(UnitForm.Field.allCases.map(\.row) == [2, 3, 4, 5, 6])
        #expect(
            UnitForm.Field.allCases.map(\.rawValue) == [
                "unit_id", "unit_name", "parent_id", "year", "registered_level",
            ])
        #expect(UnitForm.headerRow > UnitForm.Field.registeredLevel.row)
        #expect(UnitForm.row(ofMeasure: 0) == UnitForm.firstCriterionRow)
        #expect(UnitForm.row(ofMeasure: 3) == UnitForm.headerRow + 4)
        #expect(UnitForm(detailCount: -1).detailCount == 0)
    }

    @Test func headingsAreInBothLanguages() {
        for column in UnitForm.Column.allCases {
            #expect(!column.headings.vi.isEmpty && column.headings.vi != column.headings.en, "\(column)")
            #expect(column.headings.vi == column.headings.vi.precomposedStringWithCanonicalMapping)
        }
        #expect(UnitForm.Column.value.headings == LocalizedText(vi: "Giá trị", en: "Value"))
    }
}
