import ChisoCore
import ChisoFormats
import Testing

@Suite struct PointSchemeDecoderTests {
    static let valid = """
        {
          "id": "toy-points", "scheme": "points",
          "name": {"vi": "Thử", "en": "Toy"}, "unitType": {"vi": "sở", "en": "department"},
          "provenance": {"decision": "0", "date": "2025-01-01", "issuer": {"vi": "-", "en": "-"}, "title": {"vi": "-", "en": "-"}},
          "precision": 2,
          "nodes": [
            {"id": "A", "name": {"vi": "A", "en": "A"}, "max": 6, "rule": "points"},
            {"id": "B", "name": {"vi": "B", "en": "B"}, "max": 4, "children": [
              {"id": "B1", "name": {"vi": "B1", "en": "B1"}, "max": 2, "rule": "steps", "steps": [{"atLeast": 90, "points": 2}, {"atLeast": 70, "points": 1}]},
              {"id": "B2", "name": {"vi": "B2", "en": "B2"}, "max": 2, "rule": "linear", "floor": 20, "target": 80}
            ]}
          ],
          "views": [{"id": "V", "name": {"vi": "V", "en": "V"}, "nodes": ["A", "B1"]}],
          "tiers": [
            {"name": {"vi": "Tốt", "en": "Good"}, "minimum": 8, "floors": [{"node": "B", "fraction": 0.5}]},
            {"name": {"vi": "Khá", "en": "Fair"}, "minimum": 5}
          ]
        }
        """

    static func errors(_ text: String) -> [String] {
        do {
            _ = try FrameworkDecoder.decode(text, file: "p.json")
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }

    static func replacing(_ old: String, _ new: String) -> String {
        #expect(valid.contains(old), "fixture has \(old)")
        return valid.replacingOccurrences(of: old, with: new)
    }

    @Test func validFileDecodesAndRoundTrips() throws {
        let (framework, warnings) = try FrameworkDecoder.decode(Self.valid, file: "p.json")
        #expect(warnings.isEmpty)
        guard let scheme = framework.scheme as? PointScheme else { throw TestFailure("not points") }
        #expect(scheme.nodes.map(\.node.id) == ["A", "B", "B1", "B2"])
        #expect(scheme.measures.map(\.key) == ["A", "B1", "B2"])
        let (again, _) = try FrameworkDecoder.decode(FrameworkEncoder.encode(framework), file: "round-trip")
        #expect(again.scheme as? PointScheme == scheme)
        #expect(again.id == framework.id && again.provenance == framework.provenance)
    }

    @Test(arguments: [
        (
            #""id": "B2""#, #""id": "A""#,
            #"p.json:10:14: error: nodes[1].children[1].id: duplicate node ID "A"; nodes[0] has it already"#
        ),
        (
            #""max": 4, "children""#, #""max": 5, "children""#,
            "p.json:8:56: error: nodes[1].max: max is 5 but the children's maxima add up to 4"
        ),
        (
            #""rule": "points""#, #""rule": "point""#,
            #"p.json:7:67: error: nodes[0].rule: unknown rule "point"; expected one of: points, ratio, proportional, steps, yesNo, linear, choice (did you mean "points"?)"#
        ),
        (
            #""minimum": 5}"#, #""minimum": 9}"#,
            "p.json:16:54: error: tiers[1].minimum: tiers are listed best first: this tier's minimum must be below the one before (8)"
        ),
        (
            #""fraction": 0.5"#, #""fraction": 50"#,
            "p.json:15:94: error: tiers[0].floors[0].fraction: a floor is a fraction of the node's maximum, from 0 to 1"
        ),
        (
            #"{"atLeast": 70, "points": 1}"#, #"{"atLeast": 95, "points": 1}"#,
            "p.json:9:121: error: nodes[1].children[0].steps[1]: steps must be listed from the highest threshold down, each with fewer points than the one before"
        ),
        (
            #""nodes": ["A", "B1"]"#, #""nodes": ["A", "B3"]"#,
            #"p.json:13:66: error: views[0].nodes[1]: unknown node "B3"; did you mean "B"?"#
        ),
        (
            #""minimum": 8,"#, #""minimum": 101,"#,
            "p.json:15:54: error: tiers[0].minimum: this tier cannot be reached: it asks for 101 of 10 points"
        ),
        (
            #""floor": 20, "target": 80"#, #""floor": 80, "target": 20"#,
            "p.json:10:105: error: nodes[1].children[1].target: target 20 must be above floor 80"
        ),
        (
            #""node": "B""#, #""node": "C""#,
            #"p.json:15:77: error: tiers[0].floors[0].node: unknown node "C"; did you mean "A"?"#
        ),
        (
            #""rule": "points"}"#, "}",
            "p.json:7:5: error: nodes[0]: a leaf needs a rule (points, ratio, proportional, steps, yesNo, linear, choice), or children"
        ),
    ])
    func eachProblemWithPathAndLine(old: String, new: String, expected: String) {
        #expect(Self.errors(Self.replacing(old, new)) == [expected])
    }

    @Test func everyProblemAtOnce() {
        var text = Self.replacing(#""rule": "points""#, #""rule": "point""#)
        text = text.replacingOccurrences(of: #""fraction": 0.5"#, with: #""fraction": 2"#)
        text = text.replacingOccurrences(of: #""precision": 2"#, with: #""precison": 2"#)
        #expect(Self.errors(text).count == 3)
    }

    @Test func unknownMaximumIsAllowedButSaid() throws {
        let text = Self.replacing(#""max": 6, "rule": "points""#, #""max": null, "rule": "points""#)
        let (framework, _) = try FrameworkDecoder.decode(text, file: "p.json")
        guard let scheme = framework.scheme as? PointScheme else { throw TestFailure("not points") }
        #expect(scheme.unknownWeights.map { scheme.conditions[$0].id } == ["A"])
        #expect(scheme.maximum == nil)
    }
}
