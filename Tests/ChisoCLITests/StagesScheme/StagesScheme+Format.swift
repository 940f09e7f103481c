import ChisoCore
import ChisoFormats

extension StagesScheme {
    /// How stage frameworks are written: `"scheme": "stages"`, with `stages` (names, lowest first) and `checks`
    /// (each with the least value every stage asks of it). Registered for a piece of work with one line:
    /// `SchemeFormat.$registered.withValue(SchemeFormat.builtIn + [StagesScheme.format]) { … }`.
    static let format = SchemeFormat(
        name: "stages",
        frameworks: LocalizedText(vi: "khung theo giai đoạn", en: "stage frameworks"),
        keys: ["stages", "checks"],
        foreignKeyHints: [
            "levels": LocalizedText(vi: "có phải ý bạn là \"stages\"?", en: "did you mean \"stages\"?"),
            "criteria": LocalizedText(vi: "có phải ý bạn là \"checks\"?", en: "did you mean \"checks\"?"),
        ],
        starter: demo,
        schema: schema,
        decode: { top, reader in decode(top, reader: reader) },
        encode: { scheme, root in
            guard let scheme = scheme as? StagesScheme else { return false }
            root.add("stages", .array(scheme.stages.map(JSONNode.Value.localized)))
            root.add(
                "checks",
                .objects(scheme.checks) { check, object in
                    object.add("id", check.id)
                    object.add("name", JSONNode.Value.localized(check.name))
                    object.add("atLeast", .array(check.atLeast.map { .number($0) }))
                })
            return true
        }
    )

    /// Reads `stages` and `checks`, reporting every problem.
    static func decode(_ top: ConfigReader.Members, reader: ConfigReader) -> StagesScheme? {
        let stages = top.array("stages")?.enumerated().compactMap { reader.localized($1, path: "stages[\($0)]") }
        let checks = top.array("checks")?.enumerated().compactMap { index, node -> Check? in
            let path = "checks[\(index)]"
            guard let members = reader.object(node, path: path, allowed: ["id", "name", "atLeast"]) else { return nil }
            let id = members.string("id")
            let name = members.localized("name")
            let atLeast = members.array("atLeast")?.enumerated().compactMap {
                reader.number($1, path: "\(path).atLeast[\($0)]")
            }
            guard let id, let name, let atLeast else { return nil }
            if let stages, atLeast.count != stages.count || atLeast != atLeast.sorted() {
                reader.problem(
                    StagesMessage.leastValues(stages: stages.count), at: members["atLeast"],
                    path: members.path("atLeast"))
                return nil
            }
            return Check(id: id, name: name, atLeast: atLeast)
        }
        guard let stages, let checks, !stages.isEmpty else { return nil }
        return StagesScheme(stages: stages, checks: checks)
    }

    /// Stage frameworks' part of the JSON Schema: `stages` and `checks`, and the definition of a check.
    static let schema = #"""
        {
          "description": "stages (scheme \"stages\", as the tests)",
          "properties": {
            "stages": {"type": "array", "items": {"$ref": "#/definitions/text"}, "minItems": 1},
            "checks": {"type": "array", "items": {"$ref": "#/definitions/check"}}
          },
          "definitions": {
            "check": {
              "type": "object",
              "required": ["id", "name", "atLeast"],
              "properties": {"id": {"type": "string"}, "name": {"$ref": "#/definitions/text"}, "atLeast": {"type": "array", "items": {"type": "number"}}},
              "additionalProperties": false
            }
          }
        }
        """#

    /// The name of the demo framework in the conformance cases.
    static let caseName = "test:stages-demo"

    /// The demo framework, decoded from its file text with the stages format registered.
    static func loadDemo() throws -> Framework {
        try SchemeFormat.$registered.withValue(SchemeFormat.builtIn + [format]) {
            try FrameworkDecoder.decode(demo, file: "stages-demo.json").0
        }
    }

    /// A stage framework file: three stages, three checks.
    static let demo = """
        // A stage framework: a unit stands at the highest stage whose thresholds it all meets.
        {
          "$schema": "chiso-framework.schema.json",
          "id": "stages-demo",
          "scheme": "stages",
          "name": {"vi": "Các giai đoạn thử", "en": "Trial stages"},
          "unitType": {"vi": "cấp xã", "en": "commune"},
          "provenance": {
            "decision": "none",
            "date": "2026-12-02",
            "issuer": {"vi": "Bộ kiểm thử", "en": "The tests"},
            "title": {"vi": "Khung thử", "en": "A trial framework"},
          },
          "stages": [{"vi": "Khởi đầu", "en": "Starting"}, {"vi": "Vững", "en": "Steady"}, {"vi": "Dẫn đầu", "en": "Leading"}],
          "checks": [
            {"id": "S1", "name": {"vi": "Dịch vụ trực tuyến", "en": "Online services"}, "atLeast": [30, 60, 90]},
            {"id": "S2", "name": {"vi": "Hồ sơ số", "en": "Digital records"}, "atLeast": [40, 70, 85]},
            {"id": "S3", "name": {"vi": "Kỹ năng số", "en": "Digital skills"}, "atLeast": [20, 50, 80]},
          ],
        }

        """
}

/// What a stage framework's checks can get wrong, worded as every scheme words its messages: in both languages.
enum StagesMessage: DiagnosticMessage, Hashable {
    /// A check's `atLeast` does not give one least value per stage, never falling.
    case leastValues(stages: Int)

    static var examples: [Self] { [.leastValues(stages: 3)] }

    var code: String { "stages.least-values" }

    var text: LocalizedText {
        switch self {
        case .leastValues(let stages):
            LocalizedText(
                vi: "cần một giá trị tối thiểu cho mỗi giai đoạn (\(stages)), giai đoạn thấp nhất trước, không giảm",
                en: "expected one least value per stage (\(stages)), lowest stage first, never falling")
        }
    }
}
