import ChisoCore
import ChisoFormats
import Testing

/// Conditional criteria ("nếu có"): `KAD` in a cell says the criterion does not apply to the unit (issue 7, item 2).
@Suite struct ConditionalCriteriaTests {
    static let conditional = [
        ("vn-2361-commune", "KTS.01"), ("vn-2361-commune", "KTS.02"), ("vn-2361-commune", "KTS.03"),
        ("vn-2361-commune", "CQS.09"), ("vn-2361-commune", "CQS.10"), ("vn-2361-commune", "CQS.11"),
        ("vn-2361-commune", "XHS.07"), ("vn-2361-district", "KTS.05"), ("vn-2361-district", "CQS.09"),
        ("vn-2361-district", "CQS.10"), ("vn-2361-district", "CQS.11"),
    ]

    @Test func exactlyTheseCriteriaAreConditional() throws {
        for framework in ["vn-2361-commune", "vn-2361-district"] {
            let (_, scheme) = try Support.builtIn(framework)
            let marked = scheme.criteria.filter { $0.conditional != nil }.map(\.id)
            #expect(marked == Self.conditional.filter { $0.0 == framework }.map(\.1).sorted())
        }
    }

    /// Every spelling of KAD, on every conditional criterion: not applicable at every level, never met or missing.
    @Test(arguments: conditional)
    func kadLeavesTheCriterionOut(framework: String, id: String) throws {
        let (_, scheme) = try Support.builtIn(framework)
        let index = try #require(scheme.criteria.firstIndex { $0.id == id })
        for cell in ["KAD", "kad", " Kad ", "không áp dụng", "Không Áp Dụng", "khong ap dung", "KHÔNG ÁP DỤNG"] {
            let table = Support.load("unit_id,\(id)\nU1,\(cell)\n", measures: scheme.measures)
            #expect(table.diagnostics.filter { $0.severity == .error }.isEmpty, "\(cell)")
            let assessment = try #require(table.assessments.first)
            let result = scheme.score(assessment, subordinates: ChildLevelSummary(levels: [5], maximumLevel: 5))
            for level in 1...5 { #expect(result.statuses[index][level] == .notApplicable, "\(id) \(cell) L\(level)") }
            #expect(!result.missing.contains(index))
            #expect(!result.blockers.contains(index))
        }
    }

    /// Best values everywhere, the conditional criterion KAD: the unit reaches the top level without it.
    @Test(arguments: conditional)
    func aUnitWithoutTheConditionalCriterionIsScoredOnTheRest(framework: String, id: String) throws {
        let (_, scheme) = try Support.builtIn(framework)
        var values = Frameworks2361Tests.bestValues(scheme)
        let slot = try #require(scheme.measures.firstIndex { $0.key == id })
        values[slot] = Measure.notApplicableValue
        #expect(Frameworks2361Tests.score(scheme, values).standing.ordinal == 5)
    }

    @Test func kadOnACriterionThatIsNotConditionalIsAnErrorNamingIt() throws {
        let (_, scheme) = try Support.builtIn("vn-2361-commune")
        let table = Support.load("unit_id,CQS.01,KTS.03\nU1,KAD,KAD\n", measures: scheme.measures)
        let errors = table.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(
            errors == [
                "test.csv:2:2: error: CQS.01 \"KAD\": KAD (không áp dụng) is only for a conditional criterion "
                    + "(\"nếu có\") that does not apply to the unit; this criterion applies to every unit: give its "
                    + "value, or leave the cell empty if it is missing"
            ])
    }

    @Test func yesAndNoStillReadAsAnswers() throws {
        let (_, scheme) = try Support.builtIn("vn-2361-commune")
        let table = Support.load("unit_id,KTS.03\nU1,không\nU2,có\n", measures: scheme.measures)
        let slot = try #require(scheme.measures.firstIndex { $0.key == "KTS.03" })
        #expect(table.assessments.map { $0.values[slot] } == [0, 1])
    }
}
