import ChisoCore
import ChisoFormats
import Testing

/// The framework file of ``ChoiceRuleTests``: a `choice` leaf and a `steps` leaf on a count. ChisoReportsTests
/// compiles this same file (through a symbolic link), so that the file is written once for both test targets.
enum ChoiceRuleFramework {
    static let file = """
        {
          "id": "choice-test", "scheme": "points",
          "name": {"vi": "Thử", "en": "Trial"}, "unitType": {"vi": "huyện", "en": "district"},
          "provenance": {"decision": "-", "date": "2026-11-30", "issuer": {"vi": "-", "en": "-"}, "title": {"vi": "-", "en": "-"}},
          "nodes": [
            {"id": "BCD", "name": {"vi": "Trưởng Ban chỉ đạo", "en": "Head of the steering committee"}, "max": 10,
             "rule": "choice", "choices": [
               {"value": "chu-tich", "name": {"vi": "Bí thư/Chủ tịch", "en": "Secretary/Chairman"}, "fraction": 1},
               {"value": "pho", "name": {"vi": "Phó Bí thư/Phó Chủ tịch", "en": "Deputy"}, "fraction": 0.5},
               {"value": "chua-co", "name": {"vi": "Chưa có Ban chỉ đạo", "en": "No steering committee"}, "points": 0}
             ]},
            {"id": "HOP", "name": {"vi": "Số lần BCĐ họp trong năm", "en": "Steering committee meetings a year"}, "max": 20,
             "rule": "steps", "measure": "count",
             "steps": [{"atLeast": 4, "points": 20}, {"atLeast": 3, "points": 15}, {"atLeast": 2, "points": 10}, {"atLeast": 1, "points": 5}]}
          ]
        }
        """

    static func decoded() throws -> (Framework, PointScheme) {
        let (framework, _) = try FrameworkDecoder.decode(Self.file, file: "c.json")
        let scheme = try #require(framework.scheme as? PointScheme)
        return (framework, scheme)
    }
}
