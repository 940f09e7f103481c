import ChisoCore
import ChisoFormats
import Foundation
import Testing

@testable import ChisoCLI

/// The problems the command line's tasks find are told in the user's language (issue 20): broken inputs of compare,
/// regroup, explain, report and plan run with `--lang vi` say nothing in English outside file names, IDs, quoted
/// values and option names; the same runs in English keep their words; each problem has its stable code.
@Suite struct TaskDiagnosticsLanguageTests {
    /// Words that give away an English sentence.
    static let englishWords = [
        "expected", "error", "warning", "notice", "missing", "column", "row", "rows", "line", "file", "unknown",
        "must", "should", "value", "not", "the", "unit", "units", "give", "appears", "more", "than", "once", "did",
        "you", "mean", "map", "target", "year", "years", "names", "holds", "of", "and", "or", "no", "is", "in",
    ]

    /// The broken runs, by name: the arguments, and the exit status they end with.
    static func brokenRun(_ name: String) throws -> (arguments: [String], status: ExitCode) {
        switch name {
        case "compare-years":
            let a = try temporaryFile("2024.csv", "unit_id,level,year\nX1,1,2022\nX2,2,2022\n")
            let b = try temporaryFile("2025.csv", "unit_id,level,year\nX1,2,2025\nX2,3,2025\n")
            return (["compare", "--framework", "vn-2361-commune", a, b, "--years", "2024,2025"], .usage)
        case "compare-duplicates":
            let (a, _) = try CompareCommandTests.levelSides()
            let b = try temporaryFile("2025.csv", "unit_id,level\nX1,2\nX2,2\nX1,3\n")
            return (["compare", "--framework", "vn-2361-commune", a, b], .dataError)
        case "regroup-map":
            let map = try temporaryFile("map.csv", "old_unit,new_unit\nP1,N1\n")
            let data = try RegroupCommandTests.provinces()
            return (
                ["regroup", "--map", map, "--framework", "vn-dti-922-province", data, "--weight", "population"],
                .dataError
            )
        case "explain-unit":
            return (["explain", "--framework", "vn-2361-commune", communes, "--unit", "H01-X99"], .usage)
        case "report-plan":
            let strangers = try temporaryFile(
                "plan.csv", "unit_id,current,target,reachable,total_cost,reason\nZZ-1,1,2,yes,10,\n")
            return (["report", "--framework", "vn-2361-commune", communes, "--plan", strangers], .dataError)
        default:
            let costs = try PlanCommandTests.costs()
            return (
                ["plan", "--framework", "vn-2361-commune", communes, "--costs", costs, "--target", "Mức 9"], .usage
            )
        }
    }

    /// The English words of `text` once file names, IDs, option names and quoted values are left out.
    static func englishWords(in text: String) throws -> [String] {
        let quoted = try Regex(#""[^"\n]*""#)
        // The field a problem is about is a column name, as the file writes it: `year "2022": …`.
        let field = try Regex(#": [\w.]+ (?=")"#)
        let identifier = try Regex(#"[\w.-]*[_.\-/:][\w.:-]*|[a-z]+[A-Z]\w*|--[\w-]+"#)
        let masked = text.replacing(field, with: ": ").replacing(quoted, with: " ").replacing(identifier, with: " ")
        let word = try Regex(#"\b("# + englishWords.joined(separator: "|") + #")\b"#).ignoresCase()
        return masked.matches(of: word).map { String(masked[$0.range]) }
    }

    @Test(arguments: [
        "compare-years", "compare-duplicates", "regroup-map", "explain-unit", "report-plan", "plan-target",
    ])
    func brokenInputsAreToldInVietnamese(name: String) throws {
        let (arguments, status) = try Self.brokenRun(name)
        let run = chiso(arguments + ["--lang", "vi"])
        #expect(run.status == status, "\(run.error)")
        #expect(run.error.contains(": lỗi: "), "\(run.error)")
        let found = try Self.englishWords(in: run.error)
        #expect(found.isEmpty, "English words in the Vietnamese message: \(found)\n\(run.error)")
        // The same run in English says it with English words, so the check can fail.
        let english = chisoInEnglish(arguments)
        #expect(english.status == status)
        #expect(english.error.contains(": error: "))
        #expect(!(try Self.englishWords(in: english.error)).isEmpty, "\(english.error)")
    }

    /// One compare error in both languages, whole.
    @Test func aDuplicateUnitSnapshot() throws {
        let (a, _) = try CompareCommandTests.levelSides()
        let b = try temporaryFile("dup.csv", "unit_id,level\nX1,2\nX2,2\nX1,3\n")
        let arguments = ["compare", "--framework", "vn-2361-commune", a, b]
        #expect(
            chiso(arguments + ["--lang", "vi"]).error == """
                \(b): lỗi: unit_id "X1": xuất hiện nhiều lần (đơn vị thứ 1 và thứ 3); để gộp đơn vị, hãy chạy chiso \
                regroup trước

                """)
        #expect(
            chiso(arguments + ["--lang", "en"]).error == """
                \(b): error: unit_id "X1": appears more than once (units 1 and 3); to merge units, use chiso regroup \
                first

                """)
    }

    /// One regroup error in both languages, whole.
    @Test func aMixedGroupSnapshot() throws {
        let data = try temporaryFile(
            "groups.csv",
            "unit_id,unit_name,group,NT,TC,HT,NL,AT,DT,HD.CQS,HD.KTS,HD.XHS\n"
                + "P1,A,sở,0.2,0.4,0.6,0.8,1,0.5,0.5,0.5,0.5\nP2,B,huyện,0.6,0.8,1,0.4,0.2,0.5,0.5,0.5,0.5\n")
        let map = try temporaryFile("map.csv", "old_unit,new_unit\nP1,N1\nP2,N1\n")
        let arguments = ["regroup", "--map", map, "--framework", "vn-dti-922-province", data]
        #expect(
            chiso(arguments + ["--lang", "vi"]).error == """
                \(data): lỗi: đơn vị mới "N1": các đơn vị cũ của nó thuộc các nhóm khác nhau: P1 (dòng 2, nhóm sở), \
                P2 (dòng 3, nhóm huyện); đơn vị được xếp hạng trong các nhóm khác nhau không cùng loại, nên không \
                được gộp: hãy đưa chúng vào các đơn vị mới khác nhau, hoặc sửa cột group

                """)
        #expect(
            chiso(arguments + ["--lang", "en"]).error == """
                \(data): error: new unit "N1": its old units are of different groups: P1 (line 2, group sở), P2 \
                (line 3, group huyện); units ranked in different groups are not alike, so they are not merged: map \
                them to different new units, or correct the group column

                """)
    }

    /// The codes of the problems `body` throws; empty when it throws none.
    static func codes(_ body: () throws(InputError) -> Void) -> [String] {
        do {
            try body()
            return []
        } catch {
            return error.diagnostics.map(\.code)
        }
    }

    @Test func problemsCarryTheirCodes() throws {
        #expect(
            Self.codes { () throws(InputError) in
                _ = try CompareRun.checkSides(files: ["a.csv"], frameworks: ["x"], years: [])
            }
                == ["compare.too-few-sides"])
        #expect(
            Self.codes { () throws(InputError) in
                _ = try CompareRun.checkSides(files: ["a.csv", "b.csv"], frameworks: ["x"], years: ["2024", "2024"])
            } == ["compare.year-twice"])
        let framework = try FrameworkCatalog.load("vn-2361-commune").0
        #expect(
            Self.codes { () throws(InputError) in _ = try PlanTarget.read("Mức 9", framework: framework, file: "f") }
                == ["plan.unknown-target"])
        #expect(
            Self.codes { () throws(InputError) in _ = try PlanTarget.read("0.7", framework: framework, file: "f") }
                == ["plan.index-target-without-index"])
        #expect(
            Self.codes { () throws(InputError) in _ = try RegroupRun.loadMap("vn-provinces-2052") } == [
                "regroup.unknown-map"
            ])
        #expect(Self.codes { () throws(InputError) in _ = try RegroupRun.loadMap("vn-provinces-2025") } == [])
    }

    /// The notices an analysis adds are told in the user's language too, beside its CSV; JSON keeps them in English.
    @Test func analysisNoticesAreToldInVietnamese() throws {
        let arguments = [
            "uncertainty", "--framework", "vn-dti-922-province", UncertaintyClassesCommandTests.dti, "--noise-absolute",
            "2", "--runs", "20",
        ]
        let csv = chiso(arguments + ["--format", "csv", "--lang", "vi"])
        #expect(csv.status == .ok)
        #expect(
            csv.error.contains(
                "lưu ý: nhiễu \"data\" ±2 ít nhất bằng cả khoảng giá trị của NT, TC, HT, NL (+5 mục khác)"),
            "\(csv.error)")
        let found = try Self.englishWords(in: csv.error)
        #expect(found.isEmpty, "English words in the Vietnamese notice: \(found)\n\(csv.error)")
        let json = chiso(arguments + ["--format", "json", "--lang", "vi"])
        #expect(json.output.contains("\"notices\": [\"noise \\\"data\\\" of ±2 is at least the whole range"))
    }
}
