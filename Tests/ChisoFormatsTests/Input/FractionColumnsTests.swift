import ChisoCore
import ChisoFormats
import Testing

/// Shares given as two counts, `ID.num` and `ID.den`, instead of a percentage (issue 7, item 3).
@Suite struct FractionColumnsTests {
    static func commune() throws -> LevelScheme { try Support.builtIn("vn-2361-commune").1 }

    /// (numerator, denominator) of commune CQS.01 → its value and its status at level 3 (≥70%).
    @Test(arguments: [
        ("7", "10", 70.0, CriterionStatus.met),  // exactly at the threshold
        ("699", "1000", 69.9, .notMet),  // just below
        ("37", "52", 3700.0 / 52, .met),
        ("0", "5", 0, .notMet),
        ("52", "52", 100, .met),
    ])
    func sharesFromCounts(numerator: String, denominator: String, value: Double, status: CriterionStatus) throws {
        let scheme = try Self.commune()
        let table = Support.load(
            "unit_id,CQS.01.num,CQS.01.den\nU1,\(numerator),\(denominator)\n", measures: scheme.measures)
        #expect(table.diagnostics.filter { $0.severity == .error }.isEmpty)
        let assessment = try #require(table.assessments.first)
        #expect(assessment.values[0] == value)
        #expect(
            table.fractions.first?[0]
                == Fraction(numerator: Double(numerator) ?? -1, denominator: Double(denominator) ?? -1))
        #expect(scheme.score(assessment).statuses[0][3] == status)
    }

    @Test func bothEmptyIsMissing() throws {
        let scheme = try Self.commune()
        let table = Support.load("unit_id,CQS.01.num,CQS.01.den\nU1,,\n", measures: scheme.measures)
        #expect(table.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(table.assessments.first?.values[0] == nil)
    }

    @Test func aZeroDenominatorOnAConditionalCriterionDoesNotApply() throws {
        let scheme = try Self.commune()
        let slot = try #require(scheme.measures.firstIndex { $0.key == "CQS.09" })
        let table = Support.load("unit_id,CQS.09.num,CQS.09.den\nU1,0,0\n", measures: scheme.measures)
        #expect(table.diagnostics.filter { $0.severity == .error }.isEmpty)
        let value = try #require(table.assessments.first?.values[slot] ?? nil)
        #expect(value.isNaN)
    }

    /// Each broken pair, with the message at its line and column.
    @Test(arguments: [
        (
            "unit_id,CQS.01.num,CQS.01.den\nU1,3,0\n",
            "test.csv:2:3: error: CQS.01.den \"0\": the share CQS.01.num/CQS.01.den is undefined with a denominator of 0, "
                + "and CQS.01 applies to every unit; check the counts"
        ),
        (
            "unit_id,CQS.01.num,CQS.01.den\nU1,5,4\n",
            "test.csv:2:2: error: CQS.01.num \"5\": CQS.01.num (5) is more than CQS.01.den (4): a share cannot pass 100%"
        ),
        (
            "unit_id,CQS.01.num,CQS.01.den\nU1,5,\n",
            "test.csv:2:3: error: CQS.01.den: one count of the share CQS.01 is empty; give both CQS.01.num and "
                + "CQS.01.den, or leave both empty if the value is missing"
        ),
        (
            "unit_id,CQS.01.num,CQS.01.den\nU1,2.5,4\n",
            "test.csv:2:2: error: CQS.01.num \"2.5\": expected a whole number of 0 or more; 2.5 is not a whole number"
        ),
        (
            "unit_id,CQS.01.num\nU1,5\n",
            "test.csv:1:2: error: CQS.01.num: a share given as counts needs both columns: add CQS.01.den beside "
                + "CQS.01.num, or give CQS.01 as a percentage instead"
        ),
        (
            "unit_id,CQS.01,CQS.01.num,CQS.01.den\nU1,50,5,10\n",
            "test.csv:1:2: error: CQS.01: CQS.01 is given twice: as a column and as CQS.01.num/CQS.01.den; keep one of "
                + "them"
        ),
    ])
    func brokenPairs(csv: String, expected: String) throws {
        let scheme = try Self.commune()
        let errors = Support.load(csv, measures: scheme.measures).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.description) == [expected])
    }

    @Test func onlyPercentagesAndRatiosTakeCounts() throws {
        let scheme = try Self.commune()
        // CQS.04 is yes/no: CQS.04.num is an unknown column.
        let errors = Support.load("unit_id,CQS.04.num,CQS.04.den\nU1,1,2\n", measures: scheme.measures).diagnostics
            .filter { $0.severity == .error }
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.message.hasPrefix("unknown column") })
    }

    /// A ratio leaf of a point framework from two counts: "Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa".
    @Test func pointsFromARatioOfCounts() throws {
        let (framework, _) = try FrameworkCatalog.load("example-province-district")
        let scheme = try #require(framework.scheme as? PointScheme)
        let table = Support.load(
            "unit_id,HD.CQS.01.num,HD.CQS.01.den\nU1,3,4\n", measures: scheme.measures, levelCount: nil)
        #expect(table.diagnostics.filter { $0.severity == .error }.isEmpty)
        let result = scheme.score(try #require(table.assessments.first))
        let node = try #require(scheme.nodeIndex("HD.CQS.01"))
        #expect(result.pointDetail?.nodePoints[node] == 7.5)  // 3/4 of 10 points
    }
}
