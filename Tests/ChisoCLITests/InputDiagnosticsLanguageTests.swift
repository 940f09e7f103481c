import Foundation
import Testing

@testable import ChisoCLI

/// Broken data, cost, scenario, map, recognised-level and subordinate-unit files are told about in the user's
/// language (issue 20): with `--lang vi` no English word is left in what chiso says about them, and one data error is
/// snapshot in both languages.
@Suite struct InputDiagnosticsLanguageTests {
    /// English words that must not appear in Vietnamese diagnostics once IDs, file names, quoted values and option
    /// names are masked.
    static let englishWords = [
        "expected", "error", "errors", "warning", "missing", "column", "columns", "row", "rows", "line", "file",
        "unknown", "must", "should", "value", "not", "the", "did", "you", "mean", "more", "number", "cannot", "empty",
        "duplicate", "header", "field", "fields", "nothing", "written", "and", "or", "is", "has", "give", "write",
        "check", "percentage", "whole", "level",
    ]

    /// A data file with several problems of different kinds, one of them repeated past what is shown one by one.
    static let brokenData =
        "unit_id,CQS.01,CQS.04,CQS01,CQS.02\n" + (1...7).map { "X\($0),\(110 + 10 * $0),có,1,5\n" }.joined()
        + ",50,có,1,5\nX1,50,hmm,1,5\nX9,50,có\n"

    /// Each broken input, with the command that reads it: the file's name and the arguments (`FILE` stands for it).
    static func cases() throws -> [(file: String, arguments: [String])] {
        let hue = try temporaryFile(
            "hue.csv", chisoInEnglish("sample", "--framework", "vn-hue-3043", "--units", "4", "--seed", "4").output)
        let children =
            "unit_id,unit_name,parent_id,year,registered_level,CQS.01,CQS.02\nH01-X01,Xã 1,H01,2025,2,50,40\n"
            + "H01-X09,Xã 9,H01,2025,2,abc,1\nH01-X01,Xã 1,H01,2025,9,50,4\n"
        return [
            (try temporaryFile("data.csv", brokenData), ["score", "--framework", "vn-2361-commune", "FILE"]),
            (
                try temporaryFile(
                    "costs.csv",
                    "unit_id,criterion,per_point,fixed,max,colour\n,CQS.01,abc,,,\n,CQS01,1,,,\n,CQS.02,,,,\n"
                        + "ZZ9,CQS.03,1,2,,\n,CQS.01,1,,,\n"),
                ["plan", "--framework", "vn-2361-commune", communes, "--costs", "FILE", "--target", "next"]
            ),
            (
                try temporaryFile(
                    "scenario.csv", "unit_id,criterion,value,valeur\nH01-X01,CQS.01,80,1\nH01-X01,CQS.02,80\n"),
                ["whatif", "--framework", "vn-2361-commune", communes, "--scenario", "FILE"]
            ),
            (
                try temporaryFile("map.csv", "old_unit,new_unit\nU1,N1\nU1,N2\nU2,\n"),
                ["regroup", "--map", "FILE", "--framework", "vn-hue-3043", hue, "--data-only"]
            ),
            (
                try temporaryFile("columns-map.csv", "a,b\nU1,N1\n"),
                ["regroup", "--map", "FILE", "--framework", "vn-hue-3043", hue, "--data-only"]
            ),
            (
                try temporaryFile("levels.csv", "unit_id,parent_id,level\nH01-X01,H01,9\nH01-X01,H0l,2\n,H02,1\n"),
                ["score", "--framework", "vn-2361-district", districts, "--children-levels", "FILE"]
            ),
            (
                try temporaryFile("children.csv", children),
                ["score", "--framework", "vn-2361-district", districts, "--children", "FILE"]
            ),
            (try ansi(), ["score", "--framework", "vn-2361-commune", "FILE"]),
            (
                try temporaryFile("long.csv", LongPanelDataTests.brokenLong),
                ["score", "--framework", "vn-hue-3043", "FILE"]
            ),
            (
                try weighted(hue),
                ["regroup", "--map", try unitMap(hue), "--framework", "vn-hue-3043", "FILE", "--weight", "population"]
            ),
            ("/nonexistent/data.csv", ["score", "--framework", "vn-2361-commune", "FILE"]),
            ("/nonexistent-dir/out.csv", ["score", "--framework", "vn-2361-commune", communes, "--output", "FILE"]),
        ]
    }

    /// A file that is neither UTF-8 nor Windows-1258 (byte 0x81).
    static func ansi() throws -> String {
        let path = try temporaryFile("ansi.csv", "")
        try Data([0x75, 0x6E, 0x69, 0x74, 0x5F, 0x69, 0x64, 0x0A, 0x58, 0x81, 0x0A]).write(
            to: URL(fileURLWithPath: path))
        return path
    }

    /// `data` with a `population` column whose first two cells are not weights.
    static func weighted(_ data: String) throws -> String {
        let lines = try String(contentsOfFile: data, encoding: .utf8).split(separator: "\n")
        let cells = ["abc", "-5"] + Array(repeating: "1000", count: max(0, lines.count - 3))
        let rows = zip(lines.dropFirst(), cells).map { "\($0),\($1)\n" }.joined()
        return try temporaryFile("weighted.csv", "\(lines[0]),population\n" + rows)
    }

    /// A map that joins every unit of `data` into one.
    static func unitMap(_ data: String) throws -> String {
        let lines = try String(contentsOfFile: data, encoding: .utf8).split(separator: "\n").dropFirst()
        let ids = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false)[0] }
        return try temporaryFile("all.csv", "old_unit,new_unit\n" + ids.map { "\($0),N1\n" }.joined())
    }

    /// The lines of `error` about `file`, and the closing count; messages of the commands themselves (made
    /// elsewhere) are left to their own tests.
    static func linesAbout(_ file: String, in error: String) -> String {
        let lines = error.split(separator: "\n").map(String.init)
        let about = lines.filter { $0.hasPrefix(file) && !$0.contains("--children-levels), not levels") }
        return (about + lines.suffix(1)).joined(separator: "\n")
    }

    /// IDs, file names, option names and quoted values replaced by a space.
    static func masked(_ text: String) throws -> String {
        // A field before its value (level "9"), lists of column names (unit_id,parent_id,level) and suggested names
        // ("có phải ý bạn là value?") too.
        let identifier = try Regex(
            #": [\w.-]+ "[^"\n]*"|"[^"\n]*"|(có phải ý bạn là|did you mean) [^?]+\?|[\w.-]+(,[\w.-]+)+|[\w.-]*[_.\-/][\w.-]*|[a-z]+[A-Z]\w*|--[\w-]+"#
        )
        return text.replacing(identifier, with: " ")
    }

    @Test func vietnameseDiagnosticsHaveNoEnglishWords() throws {
        let word = try Regex(#"\b("# + Self.englishWords.joined(separator: "|") + #")\b"#).ignoresCase()
        for (file, arguments) in try Self.cases() {
            let command = arguments.map { $0 == "FILE" ? file : $0 }
            let run = chiso(command + ["--lang", "vi"])
            #expect(run.status != .ok, "\(command)")
            let text = try Self.masked(Self.linesAbout(file, in: run.error))
            #expect(text.contains(file == "/nonexistent/data.csv" ? "không có tệp này" : "lỗi"), "\(run.error)")
            let found = text.matches(of: word).map { String(text[$0.range]) }
            #expect(found.isEmpty, "English words in the Vietnamese diagnostics of \(file): \(found)\n\(run.error)")
            // The same words are there in English, so the check can fail.
            let english = try Self.masked(Self.linesAbout(file, in: chiso(command + ["--lang", "en"]).error))
            #expect(!english.matches(of: word).isEmpty, "\(english)")
        }
    }

    /// One data file with several problems: each told once, repeats summed up in one line ("còn 4 …"), and the
    /// closing count, in either language. The warning about the criteria without a column is checked apart, its
    /// list being long.
    @Test(arguments: [
        (
            "vi",
            """
            data.csv:1:4: lỗi: CQS01: cột không có trong khung đánh giá; có phải ý bạn là CQS.01?
            data.csv:2:1: lỗi: unit_id "X1": unit_id trùng; nó còn xuất hiện ở dòng 10. Mỗi đơn vị chỉ được có một dòng; \
            nếu các dòng là của những năm khác nhau, hãy thêm cột year ghi năm của từng dòng
            data.csv:2:2: lỗi: CQS.01 "120": ngoài khoảng cho phép; cần một tỷ lệ phần trăm từ 0 đến 100 (ví dụ 72,5, \
            72.5 hoặc 72,5%)
            data.csv:3:2: lỗi: CQS.01 "130": ngoài khoảng cho phép; cần một tỷ lệ phần trăm từ 0 đến 100 (ví dụ 72,5, \
            72.5 hoặc 72,5%)
            data.csv:4:2: lỗi: CQS.01 "140": ngoài khoảng cho phép; cần một tỷ lệ phần trăm từ 0 đến 100 (ví dụ 72,5, \
            72.5 hoặc 72,5%)
            data.csv: lỗi: CQS.01: còn 4 dòng có cùng lỗi
            data.csv:9:1: lỗi: unit_id "": unit_id trống; dòng nào cũng cần có unit_id
            data.csv:10:3: lỗi: CQS.04 "hmm": cần giá trị có hoặc không (có/không, đạt/không đạt, yes/no, true/false, \
            1/0)
            data.csv:11: lỗi: dòng có 3 ô nhưng dòng tiêu đề có 5; hãy xem có thiếu hay thừa dấu phân cách, hoặc có \
            dấu phân cách trong một giá trị cần đặt trong ngoặc kép
            13 lỗi (5 lỗi trong số đó được gộp ở trên); chưa ghi gì. Hãy sửa hết rồi chạy lại lệnh.
            """,
            "data.csv:1: cảnh báo: không có cột cho 36 tiêu chí sau, nên mọi đơn vị đều bị tính là chưa có số liệu"
        ),
        (
            "en",
            """
            data.csv:1:4: error: CQS01: unknown column; did you mean CQS.01?
            data.csv:2:1: error: unit_id "X1": duplicate unit_id; it also stands on line 10. Each unit may appear once; \
            if the rows are of different years, add a year column giving each row's year
            data.csv:2:2: error: CQS.01 "120": out of range; expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or \
            72.5%)
            data.csv:3:2: error: CQS.01 "130": out of range; expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or \
            72.5%)
            data.csv:4:2: error: CQS.01 "140": out of range; expected a percentage from 0 to 100 (e.g. 72.5, 72,5 or \
            72.5%)
            data.csv: error: CQS.01: and 4 more rows with the same problem
            data.csv:9:1: error: unit_id "": empty unit_id; every row needs one
            data.csv:10:3: error: CQS.04 "hmm": expected yes or no (có/không, đạt/không đạt, yes/no, true/false, 1/0)
            data.csv:11: error: the row has 3 fields but the header has 5; check for a missing or extra separator, or \
            a separator inside a value that should be quoted
            13 errors (5 of them summed up above); nothing was written. Fix them all and run the command again.
            """,
            "data.csv:1: warning: no columns for these 36 measures, which count as missing for every unit: CQS.03,"
        ),
    ])
    func aDataErrorIsToldInEitherLanguage(language: String, expected: String, warning: String) throws {
        let file = try temporaryFile("data.csv", Self.brokenData)
        let run = chiso("score", "--framework", "vn-2361-commune", file, "--lang", language)
        #expect(run.status == .dataError)
        let lines = run.error.replacingOccurrences(of: file, with: "data.csv").split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix(warning) }.count == 1, "\(run.error)")
        #expect(lines.filter { !$0.hasPrefix(warning) }.joined(separator: "\n") == expected)
    }
}
