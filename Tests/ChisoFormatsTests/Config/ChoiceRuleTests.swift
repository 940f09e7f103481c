import ChisoCore
import ChisoFormats
import Testing

/// The `choice` rule: a categorical answer with points per category (issue 7, item 7), as provincial tables write
/// it: "Trưởng ban là Bí thư/Chủ tịch: điểm tối đa; là Phó Bí thư/Phó Chủ tịch: 1/2 × điểm tối đa; chưa có Ban chỉ
/// đạo: 0".
@Suite struct ChoiceRuleTests {
    static let file = ChoiceRuleFramework.file

    static func framework() throws -> (Framework, PointScheme) { try ChoiceRuleFramework.decoded() }

    /// (cell, points) for the choice leaf, and (meetings, points) for the steps on a count.
    @Test(arguments: [
        ("chu-tich", 10.0), ("Bí thư/Chủ tịch", 10), ("BI THU/CHU TICH", 10), ("Secretary/Chairman", 10),
        (" pho ", 5), ("Phó Bí thư/Phó Chủ tịch", 5), ("chua-co", 0), ("Chưa có Ban chỉ đạo", 0),
    ])
    func answers(cell: String, points: Double) throws {
        let (_, scheme) = try Self.framework()
        let table = Support.load("unit_id,BCD,HOP\nU1,\(cell),4\n", measures: scheme.measures, levelCount: nil)
        #expect(table.diagnostics.filter { $0.severity == .error }.isEmpty, "\(cell)")
        let result = scheme.score(try #require(table.assessments.first))
        #expect(result.pointDetail?.nodePoints[0] == points, "\(cell)")
    }

    @Test(arguments: [(0.0, 0.0), (1, 5), (2, 10), (3, 15), (4, 20), (7, 20)])
    func meetingsAYear(count: Double, points: Double) throws {
        let (_, scheme) = try Self.framework()
        let result = scheme.score(Assessment(unit: UnitInfo(id: "U"), values: [2, count]))
        #expect(result.pointDetail?.nodePoints[1] == points)
    }

    @Test func anUnknownAnswerListsTheValidOnes() throws {
        let (_, scheme) = try Self.framework()
        let errors = Support.load("unit_id,BCD\nU1,truong-phong\n", measures: scheme.measures, levelCount: nil)
            .diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["test.csv:2:2: error: BCD \"truong-phong\": expected one of: chua-co, pho, chu-tich"])
    }

    /// Answers are held from the fewest points up, whatever their order in the file, so raising a value never
    /// lowers the points; the inverse gives the least answer that earns given points.
    @Test func answersAreOrderedByPointsAndInvert() throws {
        let (_, scheme) = try Self.framework()
        #expect(scheme.measures[0].categories.map(\.value) == ["chua-co", "pho", "chu-tich"])
        #expect(scheme.leastValue(ofLeaf: 1, earning: 5) == 1)
        #expect(scheme.leastValue(ofLeaf: 1, earning: 6) == 2)
        #expect(scheme.leastValue(ofLeaf: 1, earning: 11) == nil)
        #expect(scheme.leastValue(ofLeaf: 2, earning: 12) == 3)  // 3 meetings earn 15
    }

    /// Each invalid choice rule, with its path.
    @Test(arguments: [
        (
            #"{"value": "pho", "name": {"vi": "Phó Bí thư/Phó Chủ tịch", "en": "Deputy"}, "fraction": 0.5}"#,
            #"{"value": "pho", "fraction": 0.5, "points": 5}"#,
            "nodes[0].choices[1]: give exactly one of \"points\" or \"fraction\" (a share of the max)"
        ),
        (#""points": 0}"#, #""points": 12}"#, "nodes[0].choices[2].points: an answer earns 0 to the node's max (10)"),
        (
            #""value": "pho""#, #""value": "chu-tich""#,
            "nodes[0].choices[1].value: \"chu-tich\" is also an answer of nodes[0].choices[0]; answers must read differently in data"
        ),
    ])
    func invalidChoices(old: String, new: String, expected: String) {
        let text = Self.file.replacingOccurrences(of: old, with: new)
        #expect(text != Self.file)
        do {
            _ = try FrameworkDecoder.decode(text, file: "c.json")
            Issue.record("decoded")
        } catch {
            let messages = error.diagnostics.filter { $0.severity == .error }.map { "\($0.field ?? ""): \($0.message)" }
            #expect(messages.contains(expected), "\(messages)")
        }
    }

    /// An answer's name is optional: the value stands for it.
    @Test func anAnswerNeedsNoName() throws {
        let text = Self.file.replacingOccurrences(
            of:
                #"{"value": "chua-co", "name": {"vi": "Chưa có Ban chỉ đạo", "en": "No steering committee"}, "points": 0}"#,
            with: #"{"value": "chua-co", "points": 0}"#)
        #expect(text != Self.file)
        let (framework, _) = try FrameworkDecoder.decode(text, file: "c.json")
        let scheme = try #require(framework.scheme as? PointScheme)
        #expect(scheme.measures[0].categories.first?.name.vi == "chua-co")
    }
}
