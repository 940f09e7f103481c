import ChisoCLI
import Foundation
import Testing

/// Problems of configuration files (frameworks, crosswalks, uncertainty specs) are said in the run's language
/// (issue 20, items 2 and 4): `--lang vi` words every one of them in Vietnamese, keeping IDs, keys, paths and values
/// as written, and `--lang en` keeps the English as it was.
@Suite struct ConfigDiagnosticsLanguageTests {
    static let provenance =
        #""provenance": {"decision": "0/QĐ", "date": "2025-01-01", "issuer": {"vi": "Không ai", "en": "Nobody"}, "#
        + #""title": {"vi": "Thử", "en": "Toy"}}"#

    /// A level framework with many problems at once: an ID with a space, a value of the wrong type, an unknown
    /// level rule and measure, a duplicate criterion ID, an unknown group, a threshold a percentage cannot hold,
    /// two rules in one requirement, a falling threshold and a key of point frameworks.
    static let brokenLevels = """
        {
          "id": "hong nat",
          "scheme": "levels",
          "name": {"vi": "Hỏng", "en": "Broken"},
          "unitType": {"vi": "xã", "en": 3},
          \(provenance),
          "levelRule": "perlevel",
          "levels": [{"vi": "Một", "en": "One"}, {"vi": "Hai", "en": "Two"}],
          "groups": [{"id": "G", "name": {"vi": "Nhóm", "en": "Group"}}],
          "criteria": [
            {"id": "G.01", "group": "G", "measure": "percent", "name": {"vi": "A", "en": "A"}, "unit": {"vi": "%", "en": "%"},
             "requirements": [{"atLeast": 50}, {"atLeast": 60}]},
            {"id": "G.01", "group": "G", "measure": "percent", "name": {"vi": "B", "en": "B"}, "unit": {"vi": "%", "en": "%"},
             "requirements": [{"atLeast": 70}, {"atLeast": 120}]},
            {"id": "G.02", "group": "H", "measure": "percent", "name": {"vi": "C", "en": "C"}, "unit": {"vi": "%", "en": "%"},
             "requirements": [{"atLeast": 70}, {"atLeast": 80, "yes": true}]},
            {"id": "G.03", "group": "G", "measure": "percent", "name": {"vi": "D", "en": "D"}, "unit": {"vi": "%", "en": "%"},
             "requirements": [{"atLeast": 70}, {"atLeast": 60}]},
            {"id": "G.04", "group": "G", "measure": "percnt", "name": {"vi": "E", "en": "E"}, "unit": {"vi": "%", "en": "%"},
             "requirements": [{"atLeast": 50}, {"atLeast": 60}]}
          ],
          "tiers": []
        }
        """

    /// A point framework with an unknown rule, steps out of order, tiers out of order and an unreachable tier.
    static let brokenPoints = """
        {
          "id": "diem", "scheme": "points",
          "name": {"vi": "Hỏng", "en": "Broken"}, "unitType": {"vi": "tỉnh", "en": "province"},
          \(provenance),
          "nodes": [
            {"id": "A", "name": {"vi": "A", "en": "A"}, "max": 10, "rule": "lineer"},
            {"id": "B", "name": {"vi": "B", "en": "B"}, "max": 10, "rule": "steps",
             "steps": [{"atLeast": 1, "points": 5}, {"atLeast": 2, "points": 8}]}
          ],
          "tiers": [
            {"name": {"vi": "Khá", "en": "Fair"}, "minimum": 10},
            {"name": {"vi": "Tốt", "en": "Good"}, "minimum": 15},
            {"name": {"vi": "Xuất sắc", "en": "Excellent"}, "minimum": 30}
          ]
        }
        """

    /// Not JSON: a comma is missing.
    static let badJSON = """
        {"id": "x", "scheme": "levels"
         "name": {"vi": "x", "en": "x"}}
        """

    /// A crosswalk with an unknown column, an unknown aggregation and two source columns without one, a conversion
    /// into a column that is not yes/no, and a negative weight.
    static let brokenCrosswalk = """
        {"id": "hong", "from": "vn-2361-commune", "to": "vn-2361-district",
         "name": {"vi": "thử", "en": "test"}, "approximation": " ",
         "mappings": [
           {"to": "CQS.01", "from": ["CQS.01", "CQS.99"], "aggregate": "avg"},
           {"to": "CQS.02", "from": ["CQS.01", "CQS.02"], "weights": [1, -1]},
           {"to": "KTS.01", "from": "KTS.04", "convert": {"atLeast": 3}},
           {"to": "CQS.03", "from": "CQS.03", "convert": {"scale": 2, "above": 1}}
         ]}
        """

    /// An uncertainty spec with an unknown missing rule, an unknown column and group, an unknown distribution, an
    /// amount out of range and weights on levels the tree does not have.
    static let brokenSpec = """
        {"missing": ["mean"],
         "noise": [
           {"columns": ["NT", "TX"], "absolute": 0.1, "distribution": "beta"},
           {"group": "HDX", "flip": 2},
           {"columns": ["HT"]}
         ],
         "weights": {"levels": [5], "amplitude": 1.5},
         "extra": 1}
        """

    static let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path

    /// English words that must not be left in a Vietnamese message.
    static let englishWords = [
        "expected", "error", "warning", "missing", "column", "columns", "row", "line", "file", "unknown", "must",
        "should", "value", "values", "not", "the", "found", "key", "did", "mean", "duplicate", "cannot", "level",
        "levels", "tier", "tiers", "criterion", "node", "threshold", "needs", "give", "write", "is", "are", "and",
        "of", "one", "every", "each", "with", "only", "at", "least", "than", "more", "share", "weight", "list",
        "problem", "problems", "load", "framework", "required", "number", "string", "object", "array",
    ]

    /// Each broken file run through the command that reads it: the framework file through `frameworks validate` and
    /// `score --framework`, the crosswalk through `crosswalk`, the spec through `uncertainty`.
    static func commands() throws -> [[String]] {
        let levels = try temporaryFile("hong.json", brokenLevels)
        let points = try temporaryFile("diem.json", brokenPoints)
        let json = try temporaryFile("json.json", badJSON)
        let data = try temporaryFile("d.csv", "unit_id,G.01\nX,1\n")
        let crosswalk = try temporaryFile("hong.crosswalk.json", brokenCrosswalk)
        let communes = try temporaryFile("c.csv", "unit_id,CQS.01\nX,1\n")
        let spec = try temporaryFile("spec.json", brokenSpec)
        return [
            ["frameworks", "validate", levels], ["frameworks", "validate", points], ["frameworks", "validate", json],
            ["score", "--framework", levels, data], ["score", "--framework", points, data],
            ["score", "--framework", json, data], ["score", "--framework", "vn-2361", data],
            ["crosswalk", "--map", crosswalk, communes],
            ["uncertainty", "--framework", "vn-dti-922-province", dti, "--spec", spec],
        ]
    }

    /// Runs `command` for a reader of `language`: with `--lang`, or, for `frameworks validate`, which takes no
    /// `--lang`, with `CHISO_LANG`.
    static func run(_ command: [String], in language: String) -> (status: ExitCode, output: String, error: String) {
        var console = Console()
        let arguments: [String]
        if command.first == "frameworks" {
            console.languageVariable = language
            arguments = command
        } else {
            arguments = command + ["--lang", language]
        }
        let status = Chiso.main(arguments, console: &console)
        return (status, console.output, console.error)
    }

    /// Hides what is written as the user wrote it or as chiso names it in both languages: quoted values, paths
    /// (`criteria[1].id`) and keys before a message, IDs, keys in camel case (`atLeast`), option and file names.
    static func masked(_ text: String) throws -> String {
        let field = try Regex(#"(lỗi|cảnh báo|lưu ý|error|warning|notice): [^\s:]+: "#)
        let quoted = try Regex(#""[^"\n]*"|'[^'\n]*'"#)
        let path = try Regex(#"\w*\[\d+\]"#)
        let identifier = try Regex(#"[\w.-]*[_.\-/][\w.-]*|[a-z]+[A-Z]\w*|--[\w-]+"#)
        // Lists of allowed names, such as "mean, min, max, sum".
        let names = try Regex(#"\b[A-Za-z]+(, [A-Za-z]+)+\b"#)
        return text.replacing(field, with: " ").replacing(quoted, with: " ").replacing(path, with: " ").replacing(
            identifier, with: " "
        )
        .replacing(names, with: " ")
    }

    @Test func vietnameseDiagnosticsHaveNoEnglishWords() throws {
        let word = try Regex(#"\b("# + Self.englishWords.joined(separator: "|") + #")\b"#).ignoresCase()
        for command in try Self.commands() {
            let run = Self.run(command, in: "vi")
            #expect(run.status != .ok, "\(command)")
            #expect(run.error.contains(": lỗi: "), "\(command): \(run.error)")
            let text = try Self.masked(run.error)
            let found = text.matches(of: word).map { String(text[$0.range]) }
            #expect(found.isEmpty, "English words in \(command[0]) \(command[1]): \(found)\n\(run.error)")
            // The same words are there in English, so the check can fail.
            let english = try Self.masked(Self.run(command, in: "en").error)
            #expect(!english.matches(of: word).isEmpty, "\(command)")
        }
    }

    /// Every problem of the file is reported, in both languages, at the same places.
    @Test func everyProblemIsReportedInBothLanguages() throws {
        for command in try Self.commands() {
            let vi = Self.run(command, in: "vi").error.split(separator: "\n")
            let en = Self.run(command, in: "en").error.split(separator: "\n")
            #expect(vi.count == en.count, "\(command)")
            // The usage line after a usage error starts with its own word ("Cách dùng:", "Usage:").
            let place = { (line: Substring) in
                line.hasPrefix("Cách dùng: ") || line.hasPrefix("Usage: ")
                    ? "usage" : line.split(separator: " ").first.map(String.init) ?? ""
            }
            #expect(vi.map(place) == en.map(place), "\(command)")
        }
    }

    @Test func validateABrokenLevelFrameworkInVietnamese() throws {
        let file = try temporaryFile("hong.json", Self.brokenLevels)
        let run = Self.run(["frameworks", "validate", file], in: "vi")
        #expect(run.status == .dataError)
        #expect(run.error.replacingOccurrences(of: file, with: "hong.json") == Self.levelsVietnamese, "\(run.error)")
    }

    @Test func validateABrokenLevelFrameworkInEnglish() throws {
        let file = try temporaryFile("hong.json", Self.brokenLevels)
        let run = Self.run(["frameworks", "validate", file], in: "en")
        #expect(run.status == .dataError)
        #expect(run.error.replacingOccurrences(of: file, with: "hong.json") == Self.levelsEnglish, "\(run.error)")
    }

    static let levelsVietnamese = """
        hong.json:22:3: lỗi: tiers: "tiers" là khóa của khung đánh giá tính điểm; khung này có "scheme": "levels" — có phải ý bạn là "levels"?
        hong.json:2:9: lỗi: id: mã khung đánh giá chỉ được gồm chữ cái, chữ số, '-', '_' và '.'
        hong.json:5:34: lỗi: unitType.en: cần một chuỗi chữ, nhưng gặp một số
        hong.json:14:52: lỗi: criteria[1].requirements[1].atLeast: ngưỡng 120 nằm ngoài giá trị mà số đo loại percent có thể có; cần một tỷ lệ phần trăm từ 0 đến 100 (ví dụ 72,5, 72.5 hoặc 72,5%)
        hong.json:13:5: lỗi: criteria[1].id: mã tiêu chí "G.01" bị lặp; criteria[0] đã dùng mã này
        hong.json:15:29: lỗi: criteria[2].group: không có nhóm tiêu chí "H"; có phải ý bạn là "G"?; các nhóm được khai báo trong "groups"
        hong.json:16:40: lỗi: criteria[2].requirements[1]: mỗi chỉ tiêu cần đúng một quy tắc (notApplicable, atLeast, yes, anyOf, childLevels), nhưng có atLeast, yes
        hong.json:19:45: lỗi: criteria[4].measure: không có loại số đo "percnt"; các loại được dùng: percent, count, yesNo, points, ratio, number, childLevels (có phải ý bạn là "percent"?)
        hong.json:7:16: lỗi: levelRule: không có quy tắc mức "perlevel"; cần "perLevel" hoặc "cumulative" (có phải ý bạn là "perLevel"?)
        hong.json:18:22: cảnh báo: criteria[3].requirements[1]: ngưỡng giảm từ 70 ở mức 1 xuống 60 ở mức 2
        9 lỗi; chưa ghi gì. Hãy sửa hết rồi chạy lại lệnh.

        """

    static let levelsEnglish = """
        hong.json:22:3: error: tiers: "tiers" is a key of point frameworks; this framework has "scheme": "levels" — did you mean "levels"?
        hong.json:2:9: error: id: a framework ID may hold only letters, digits, '-', '_' and '.'
        hong.json:5:34: error: unitType.en: expected a string, found a number
        hong.json:14:52: error: criteria[1].requirements[1].atLeast: threshold 120 is outside what a percent measure can hold; expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or 72.5%)
        hong.json:13:5: error: criteria[1].id: duplicate criterion ID "G.01"; criteria[0] has it already
        hong.json:15:29: error: criteria[2].group: unknown group "H"; did you mean "G"?; groups are declared under "groups"
        hong.json:16:40: error: criteria[2].requirements[1]: expected exactly one rule (notApplicable, atLeast, yes, anyOf, childLevels), found atLeast, yes
        hong.json:19:45: error: criteria[4].measure: unknown measure "percnt"; expected one of: percent, count, yesNo, points, ratio, number, childLevels (did you mean "percent"?)
        hong.json:7:16: error: levelRule: unknown level rule "perlevel"; expected "perLevel" or "cumulative" (did you mean "perLevel"?)
        hong.json:18:22: warning: criteria[3].requirements[1]: threshold falls from 70 at level 1 to 60 at level 2
        9 errors; nothing was written. Fix them all and run the command again.

        """
}
