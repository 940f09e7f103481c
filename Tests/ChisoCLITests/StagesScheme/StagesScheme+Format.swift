import ChisoCore
import ChisoFormats

extension StagesScheme {
    /// How stage frameworks are written: `"scheme": "stages"`, with `stages` (names, lowest first) and `checks`
    /// (each with the least value every stage asks of it). Registered for a piece of work with one line:
    /// `SchemeFormat.$registered.withValue(SchemeFormat.builtIn + [StagesScheme.format]) { … }`.
    static let format = SchemeFormat(
        name: "stages",
        frameworks: "stage frameworks",
        keys: ["stages", "checks"],
        foreignKeyHints: ["levels": "did you mean \"stages\"?", "criteria": "did you mean \"checks\"?"],
        starter: demo,
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
                    "expected one least value per stage (\(stages.count)), lowest stage first, never falling",
                    at: members["atLeast"], path: members.path("atLeast"))
                return nil
            }
            return Check(id: id, name: name, atLeast: atLeast)
        }
        guard let stages, let checks, !stages.isEmpty else { return nil }
        return StagesScheme(stages: stages, checks: checks)
    }

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
