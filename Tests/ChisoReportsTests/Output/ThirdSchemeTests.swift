import ChisoCore
import ChisoReports
import Testing

/// The output layer reports ``AllOfScheme``, a scheme it does not know.
@Suite struct ThirdSchemeTests {
    static let framework = Framework(
        id: "all-of",
        name: LocalizedText(vi: "Thử", en: "Trial"),
        unitType: LocalizedText(vi: "xã", en: "commune"),
        provenance: Provenance(
            decision: "none", date: "2026-11-30", issuer: LocalizedText(vi: "-", en: "-"),
            title: LocalizedText(vi: "-", en: "-")),
        scheme: AllOfScheme(thresholds: [50, 70])
    )

    @Test func theOutputLayerReportsASchemeItDoesNotKnow() {
        let scheme = Self.framework.scheme
        let results = scheme.score([
            Assessment(unit: UnitInfo(id: "A"), values: [60, 80]),
            Assessment(unit: UnitInfo(id: "B"), values: [60, nil]),
        ])
        let csv = ResultReport.render(results, ranks: scheme.rank(results), framework: Self.framework, format: .csv)
        #expect(
            csv == """
                unit_id,unit_name,parent_id,year,class,class_name,class_name_en,blockers,missing,framework
                A,,,,1,Đạt,Pass,,,all-of
                B,,,,0,Chưa xếp hạng,Below the lowest class,M2,M2,all-of

                """)
        let explanation = ExplanationReport.render(
            scheme.explain(results[1], ranks: [:]), framework: Self.framework, format: .table)
        #expect(explanation.contains("? ≥70%"))
        #expect(explanation.contains("- Class 1 is not reached: M2."))
    }
}
