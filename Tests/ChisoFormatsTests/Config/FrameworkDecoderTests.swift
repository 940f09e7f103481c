import ChisoCore
import ChisoFormats
import Foundation
import Testing

@Suite struct FrameworkDecoderTests {
    /// A small valid level framework; tests break one thing at a time.
    static let valid = """
        {
          // Comments and trailing commas are allowed.
          "id": "toy",
          "scheme": "levels",
          "name": {"vi": "Thử", "en": "Toy"},
          "unitType": {"vi": "xã", "en": "commune"},
          "provenance": {
            "decision": "0/QĐ", "date": "2025-01-01",
            "issuer": {"vi": "Không ai", "en": "Nobody"}, "title": {"vi": "Thử", "en": "Toy"},
          },
          "levels": [{"vi": "Một", "en": "One"}, {"vi": "Hai", "en": "Two"}],
          "groups": [{"id": "G", "name": {"vi": "Nhóm", "en": "Group"}}],
          "criteria": [
            {
              "id": "G.01", "group": "G", "measure": "percent",
              "name": {"vi": "Tỷ lệ", "en": "Share"}, "unit": {"vi": "%", "en": "%"},
              "requirements": [{"text": "50%", "atLeast": 50}, {"text": "60%", "atLeast": 60}],
            },
          ],
        }
        """

    static func errors(_ text: String) -> [String] {
        do {
            _ = try FrameworkDecoder.decode(text, file: "f.json")
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }

    @Test func validFileDecodes() throws {
        let (framework, warnings) = try FrameworkDecoder.decode(Self.valid, file: "f.json")
        #expect(warnings.isEmpty)
        #expect(framework.id == "toy")
        guard let scheme = framework.scheme as? LevelScheme else { throw TestFailure("not levels") }
        #expect(scheme.criteria.first?.requirements.map(\.rule) == [.atLeast(50), .atLeast(60)])
        #expect(scheme.rule == .perLevel)  // Decision 2361's rule when the file names none
    }

    @Test(arguments: [("perLevel", LevelScheme.Rule.perLevel), ("cumulative", .cumulative)])
    func levelRuleIsReadAndWrittenBack(name: String, rule: LevelScheme.Rule) throws {
        let text = Self.valid.replacingOccurrences(
            of: "\"levels\": [", with: "\"levelRule\": \"\(name)\", \"levels\": [")
        let (framework, _) = try FrameworkDecoder.decode(text, file: "f.json")
        #expect((framework.scheme as? LevelScheme)?.rule == rule)
        let (again, _) = try FrameworkDecoder.decode(FrameworkEncoder.encode(framework), file: "again")
        #expect(again == framework)
    }

    @Test func extendedCriteriaNeedAShareAndRoundTrip() throws {
        let extended = Self.valid.replacingOccurrences(of: #""id": "G.01","#, with: #""id": "G.01", "extended": true,"#)
        #expect(
            Self.errors(extended) == [
                "f.json:1:1: error: extendedMinimum: some criteria are \"extended\": say with \"extendedMinimum\" what "
                    + "share (in percent) of them each level needs, e.g. 30 (Yên Bái 2024: \"tối thiểu 30% tiêu chí "
                    + "mở rộng\")"
            ])
        let withShare = extended.replacingOccurrences(of: #""levels": ["#, with: #""extendedMinimum": 30, "levels": ["#)
        let (framework, _) = try FrameworkDecoder.decode(withShare, file: "f.json")
        let scheme = try #require(framework.scheme as? LevelScheme)
        #expect(scheme.extendedMinimum == [30, 30])
        #expect(scheme.criteria.map(\.isExtended) == [true])
        let (again, _) = try FrameworkDecoder.decode(FrameworkEncoder.encode(framework), file: "again")
        #expect(again == framework)
        let wrongCount = extended.replacingOccurrences(
            of: #""levels": ["#, with: #""extendedMinimum": [30], "levels": ["#)
        #expect(
            Self.errors(wrongCount) == [
                "f.json:11:22: error: extendedMinimum: expected one share per level (2), or one number for every level"
            ])
    }

    @Test func aConditionalCriterionIsReadAndARollUpCannotBeOne() throws {
        let conditional = Self.valid.replacingOccurrences(
            of: #""id": "G.01","#, with: #""id": "G.01", "conditional": "only where there are systems","#)
        let (framework, _) = try FrameworkDecoder.decode(conditional, file: "f.json")
        let scheme = try #require(framework.scheme as? LevelScheme)
        #expect(scheme.criteria.first?.conditional == "only where there are systems")
        #expect(scheme.measures.first?.isConditional == true)
        let rollUp = conditional.replacingOccurrences(of: #""measure": "percent""#, with: #""measure": "childLevels""#)
        #expect(
            Self.errors(rollUp).contains {
                $0.hasSuffix(
                    "conditional: a roll-up criterion cannot be conditional: it reads no column that could say KAD")
            })
    }

    @Test func unknownLevelRuleIsAnErrorWithASuggestion() {
        let text = Self.valid.replacingOccurrences(
            of: "\"levels\": [", with: "\"levelRule\": \"perlevel\", \"levels\": [")
        #expect(
            Self.errors(text) == [
                "f.json:11:16: error: levelRule: unknown level rule \"perlevel\"; expected \"perLevel\" or "
                    + "\"cumulative\" (did you mean \"perLevel\"?)"
            ])
    }

    @Test func syntaxErrorPointsAtLineAndColumn() {
        let text = Self.valid.replacingOccurrences(of: "\"scheme\": \"levels\",", with: "\"scheme\": \"levels\"")
        #expect(
            Self.errors(text) == [
                "f.json:5:3: error: not valid JSON: expected ',' or '}' after the value of \"scheme\", found '\"'"
            ])
    }

    @Test func everyProblemAtOnceWithPathAndLine() {
        var text = Self.valid
        text = text.replacingOccurrences(of: "\"unitType\"", with: "\"unitTyp\"")
        text = text.replacingOccurrences(of: "\"measure\": \"percent\"", with: "\"measure\": \"percnt\"")
        text = text.replacingOccurrences(
            of: "{\"text\": \"60%\", \"atLeast\": 60}", with: "{\"text\": \"60%\", \"atleast\": 60}")
        text = text.replacingOccurrences(of: "\"group\": \"G\"", with: "\"group\": \"H\"")
        #expect(
            Self.errors(text) == [
                "f.json:6:3: error: unitTyp: unknown key; did you mean \"unitType\"?",
                "f.json:1:1: error: unitType: missing required key \"unitType\"",
                "f.json:15:30: error: criteria[0].group: unknown group \"H\"; did you mean \"G\"?; groups are declared under \"groups\"",
                "f.json:15:46: error: criteria[0].measure: unknown measure \"percnt\"; expected one of: percent, count, yesNo, points, ratio, number, childLevels (did you mean \"percent\"?)",
                "f.json:17:72: error: criteria[0].requirements[1].atleast: unknown key; did you mean \"atLeast\"?",
                "f.json:17:56: error: criteria[0].requirements[1]: expected exactly one rule (notApplicable, atLeast, yes, anyOf, childLevels), found none",
            ]
        )
    }

    @Test(arguments: [
        ("{\"text\": \"50%\", \"atLeast\": 150}", "threshold 150 is outside what a percent measure can hold"),
        ("{\"text\": \"x\", \"yes\": true}", "\"yes\" needs a yesNo measure, this one is percent"),
        (
            "{\"text\": \"x\", \"atLeast\": 5, \"yes\": true}",
            "expected exactly one rule (notApplicable, atLeast, yes, anyOf, childLevels), found atLeast, yes"
        ),
        ("{\"text\": \"x\", \"measure\": \"share\", \"atLeast\": 5}", "unknown second measure \"share\""),
        ("{\"text\": \"x\", \"anyOf\": [{\"atLeast\": 1}]}", "anyOf needs at least two alternatives"),
        ("{\"text\": \"x\", \"notApplicable\": false}", "write \"notApplicable\": true, or leave the key out"),
        (
            "{\"text\": \"x\", \"childLevels\": {\"allAtLeast\": 1}}",
            "childLevels rules need \"measure\": \"childLevels\""
        ),
    ])
    func ruleProblems(requirement: String, message: String) {
        let text = Self.valid.replacingOccurrences(of: "{\"text\": \"50%\", \"atLeast\": 50}", with: requirement)
        let errors = Self.errors(text)
        #expect(errors.count == 1)
        #expect(errors.first?.contains(message) == true, "\(errors)")
        #expect(errors.first?.contains("criteria[0].requirements[0]") == true, "\(errors)")
    }

    @Test func requirementCountMustMatchLevels() {
        let text = Self.valid.replacingOccurrences(of: ", {\"text\": \"60%\", \"atLeast\": 60}", with: "")
        #expect(
            Self.errors(text) == [
                "f.json:17:23: error: criteria[0].requirements: expected one requirement per level (2), found 1"
            ])
    }

    @Test func duplicateCriterionIDs() {
        let criterion = """
            {"id": "G.01", "group": "G", "measure": "yesNo", "name": {"vi": "a", "en": "a"}, "unit": {"vi": "a", "en": "a"},
             "requirements": [{"notApplicable": true}, {"yes": true}]},
            """
        let text = Self.valid.replacingOccurrences(of: "\"criteria\": [", with: "\"criteria\": [" + criterion)
        #expect(
            Self.errors(text) == [
                "f.json:15:5: error: criteria[1].id: duplicate criterion ID \"G.01\"; criteria[0] has it already"
            ])
    }

    @Test func fallingThresholdIsAWarning() throws {
        let text = Self.valid.replacingOccurrences(of: "\"atLeast\": 60", with: "\"atLeast\": 40")
        let (_, warnings) = try FrameworkDecoder.decode(text, file: "f.json")
        #expect(
            warnings.map(\.description) == [
                "f.json:17:23: warning: criteria[0].requirements[1]: threshold falls from 50 at level 1 to 40 at level 2"
            ])
    }

    @Test(arguments: FrameworkCatalog.builtIn.map(\.id))
    func encoderRoundTrips(id: String) throws {
        let (framework, _) = try FrameworkCatalog.load(id)
        let (again, warnings) = try FrameworkDecoder.decode(FrameworkEncoder.encode(framework), file: "round-trip")
        #expect(warnings.isEmpty)
        #expect(again == framework)
    }
}

@Suite struct FrameworkCatalogTests {
    @Test func builtInsAreEmbedded() {
        #expect(
            FrameworkCatalog.builtIn.map(\.id) == [
                "example-province-commune", "example-province-department", "example-province-district",
                "vn-2361-commune", "vn-2361-district",
                "vn-dti-1726-province", "vn-dti-922-province",
                "vn-dti-ministry-2020",
                "vn-hue-3043-strict", "vn-hue-3043",
            ]
        )
    }

    @Test func schemaIsEmbeddedButNotAFramework() throws {
        let schema = try #require(FrameworkCatalog.embeddedFile(named: "chiso-framework.schema.json"))
        try JSONParserProbe.parse(schema)
        #expect(!FrameworkCatalog.builtIn.contains { $0.id.contains("schema") })
        // Every key the decoders accept is in the schema, so editors complete them all.
        for key in [
            "childFramework", "secondMeasures", "notApplicable", "childLevels", "sharePercent", "informationOnly",
            "structure", "floors", "fraction", "above", "basis", "precision", "views", "steps", "target",
        ] {
            #expect(schema.contains("\"\(key)\""), "\(key)")
        }
    }

    /// A built-in decoded afresh from its text, as the catalog decodes it.
    static func decodedAfresh(_ id: String) throws -> (Framework, [Diagnostic]) {
        let entry = try #require(FrameworkCatalog.builtIn.first { $0.id == id })
        return try FrameworkDecoder.decode(entry.text, file: "\(id) (built-in)")
    }

    @Test func loadingABuiltInTwiceGivesEqualFrameworks() throws {
        let (first, firstWarnings) = try FrameworkCatalog.load("vn-2361-district")
        let (second, secondWarnings) = try FrameworkCatalog.load("vn-2361-district")
        #expect(first.id == "vn-2361-district")
        #expect(second == first)
        #expect(secondWarnings == firstWarnings)
    }

    /// Every built-in loads, each under its own ID, and the cached framework is the one its text decodes to.
    @Test(arguments: FrameworkCatalog.builtIn.map(\.id))
    func everyBuiltInLoads(id: String) throws {
        let (framework, warnings) = try FrameworkCatalog.load(id)
        let (fresh, freshWarnings) = try Self.decodedAfresh(id)
        #expect(framework.id == id)
        #expect(framework == fresh)
        #expect(warnings == freshWarnings)
    }

    /// Threads loading built-ins together, before or after they are cached, all get the same frameworks.
    @Test func concurrentLoadsAgree() async throws {
        let ids = FrameworkCatalog.builtIn.map(\.id)
        let loaded = try await withThrowingTaskGroup(of: (String, Framework).self) { group in
            for round in 0..<4 {
                for id in round.isMultiple(of: 2) ? ids : ids.reversed() {
                    group.addTask { (id, try FrameworkCatalog.load(id).0) }
                }
            }
            return try await group.reduce(into: [(String, Framework)]()) { $0.append($1) }
        }
        #expect(loaded.count == ids.count * 4)
        for (id, framework) in loaded {
            #expect(framework == (try Self.decodedAfresh(id).0), "\(id)")
        }
    }

    @Test func unknownIDSuggestsTheNearest() {
        #expect(throws: InputError.self) { try FrameworkCatalog.load("vn-2361-comune") }
        do {
            _ = try FrameworkCatalog.load("vn-2361-comune")
        } catch {
            #expect(error.kind == .usage)
            #expect(error.description.contains("did you mean \"vn-2361-commune\"?"))
        }
    }

    @Test func missingFileIsNoInput() {
        do {
            _ = try FrameworkCatalog.load("no/such/file.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .noInput)
            #expect(error.description == "no/such/file.json: error: no such file; check the path")
        }
    }
}

@Suite struct JSONParserTests {
    @Test(arguments: [
        ("{\"a\": [1, 2,], }", nil as String?),
        ("/* c */ {\"a\": \"\\u00e9\\n\"} // end", nil),
        ("{\"a\": 1", "1:8: expected ',' or '}' after the value of \"a\", found end of file"),
        ("{\"a\": tru}", "1:7: expected 'true'"),
        ("{\"a\": \"x\ny\"}", "1:9: line break inside a string; write it as \\n"),
        ("[1] 2", "1:5: unexpected '2' after the end of the JSON value"),
        ("{a: 1, $b_2: 'it\\'s', \"c\": \"d\"}", nil),  // JSON5 names without quotes, single-quoted strings
        ("{1a: 1}", "1:2: expected a member name or '}', found '1'"),
        ("{'a: 1}", "1:2: unterminated string"),
        ("/* open", "1:1: unterminated /* comment"),
    ])
    func parse(text: String, error expected: String?) {
        do {
            _ = try JSONParserProbe.parse(text)
            #expect(expected == nil)
        } catch {
            #expect("\(error.position): \(error.message)" == expected)
        }
    }
}

/// Each scheme has its own top-level keys: a key of the other scheme is an error at the key that names the scheme
/// it belongs to and what to write instead.
@Suite struct FrameworkSchemeKeysTests {
    static func errors(_ text: String, file: String) -> [Diagnostic] {
        do {
            _ = try FrameworkDecoder.decode(text, file: file)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    /// The valid point framework with `"key": value` on a line of its own after `"scheme"`: line 3, column 3.
    static func pointFramework(with key: String, _ value: String) -> String {
        let scheme = #""scheme": "points","#
        #expect(PointSchemeDecoderTests.valid.contains(scheme))
        return PointSchemeDecoderTests.valid.replacingOccurrences(
            of: scheme, with: scheme + "\n  \"\(key)\": \(value),")
    }

    /// The valid level framework with `"key": value` on a line of its own after `"scheme"`: line 5, column 3.
    static func levelFramework(with key: String, _ value: String) -> String {
        let scheme = #""scheme": "levels","#
        #expect(FrameworkDecoderTests.valid.contains(scheme))
        return FrameworkDecoderTests.valid.replacingOccurrences(of: scheme, with: scheme + "\n  \"\(key)\": \(value),")
    }

    @Test(arguments: [
        (
            "levels", "[]",
            #""levels" is a key of level frameworks; this framework has "scheme": "points" — did you mean "tiers"?"#
        ),
        (
            "criteria", "[]",
            #""criteria" is a key of level frameworks; this framework has "scheme": "points" — did you mean "nodes"?"#
        ),
        (
            "groups", "[]",
            #""groups" is a key of level frameworks; this framework has "scheme": "points" — did you mean "views"?"#
        ),
        (
            "childFramework", #""vn-2361-commune""#,
            #""childFramework" is a key of level frameworks; this framework has "scheme": "points" — "#
                + "point frameworks do not roll up subordinate units; remove the key"
        ),
    ])
    func levelKeyInAPointFramework(key: String, value: String, message: String) {
        let errors = Self.errors(Self.pointFramework(with: key, value), file: "p.json")
        #expect(errors.map(\.description) == ["p.json:3:3: error: \(key): \(message)"])
        #expect(errors.map(\.code) == ["framework.foreign-key"])
    }

    @Test(arguments: [
        (
            "nodes", "[]",
            #""nodes" is a key of point frameworks; this framework has "scheme": "levels" — did you mean "criteria"?"#
        ),
        (
            "tiers", "[]",
            #""tiers" is a key of point frameworks; this framework has "scheme": "levels" — did you mean "levels"?"#
        ),
        (
            "views", "[]",
            #""views" is a key of point frameworks; this framework has "scheme": "levels" — did you mean "groups"?"#
        ),
        (
            "precision", "2",
            #""precision" is a key of point frameworks; this framework has "scheme": "levels" — "#
                + "level frameworks have no points to round; remove the key"
        ),
    ])
    func pointKeyInALevelFramework(key: String, value: String, message: String) {
        let errors = Self.errors(Self.levelFramework(with: key, value), file: "f.json")
        #expect(errors.map(\.description) == ["f.json:5:3: error: \(key): \(message)"])
        #expect(errors.map(\.code) == ["framework.foreign-key"])
    }

    @Test func keyOfNeitherSchemeIsUnknownWithTheNearestKeyOfItsOwnScheme() {
        #expect(
            Self.errors(Self.pointFramework(with: "tier", "[]"), file: "p.json").map(\.description) == [
                #"p.json:3:3: error: tier: unknown key; did you mean "tiers"?"#
            ])
        #expect(
            Self.errors(Self.levelFramework(with: "criterion", "[]"), file: "f.json").map(\.description) == [
                #"f.json:5:3: error: criterion: unknown key; did you mean "criteria"?"#
            ])
    }

    @Test func unknownSchemeOffersBoth() {
        let text = FrameworkDecoderTests.valid.replacingOccurrences(
            of: #""scheme": "levels""#, with: #""scheme": "pionts""#)
        #expect(
            Self.errors(text, file: "f.json").map(\.description) == [
                #"f.json:4:13: error: scheme: unknown scheme "pionts"; expected "levels" or "points" (did you mean "points"?)"#
            ])
    }

    /// Which keys are out of place cannot be told without a scheme, so the keys of both schemes pass.
    @Test func unknownSchemeDoesNotReportSchemeKeys() {
        let text = Self.levelFramework(with: "nodes", "[]").replacingOccurrences(
            of: #""scheme": "levels""#, with: #""scheme": "point""#)
        #expect(
            Self.errors(text, file: "f.json").map(\.description) == [
                #"f.json:4:13: error: scheme: unknown scheme "point"; expected "levels" or "points" (did you mean "points"?)"#
            ])
    }

    @Test func missingSchemeDoesNotReportSchemeKeys() {
        let text = Self.levelFramework(with: "nodes", "[]").replacingOccurrences(
            of: #""scheme": "levels","#, with: #""tiers": [],"#)
        #expect(
            Self.errors(text, file: "f.json").map(\.description) == [
                #"f.json:1:1: error: scheme: missing required key "scheme""#
            ])
    }
}

/// The common scale a framework file declares, or its default.
struct CommonScaleDeclarationTests {
    @Test func shippedFrameworksUseTheirDefaults() throws {
        let levels = try FrameworkCatalog.load("vn-2361-commune").0
        #expect(levels.commonScale == nil && levels.scale == .classes)
        let dti = try FrameworkCatalog.load("vn-dti-922-province").0
        #expect(dti.scale == .index)
        let hue = try FrameworkCatalog.load("vn-hue-3043").0
        #expect(hue.scale == .classes)
    }

}
