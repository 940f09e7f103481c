import ChisoCLI
import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// A scheme chiso does not know, with a file format chiso does not know, registered with one line: it loads from a
/// framework file and goes through `score`, `explain`, `plan` and `report`, with no edit outside its own folder.
@Suite struct StagesSchemeTests {
    /// The registered schemes while a test runs: the built-ins and the stages scheme.
    static let formats = SchemeFormat.builtIn + [StagesScheme.format]

    static let data = """
        unit_id,unit_name,S1,S2,S3
        U1,Xã Một,95,90,85
        U2,Xã Hai,65,50,70
        U3,Xã Ba,,75,60

        """

    /// Runs the tool with the stages format registered.
    static func run(_ arguments: String...) -> (status: ExitCode, output: String, error: String) {
        SchemeFormat.$registered.withValue(formats) { chiso(arguments) }
    }

    @Test func aFrameworkFileOfTheSchemeLoadsAndRoundTrips() throws {
        let file = try temporaryFile("stages-demo.json", StagesScheme.demo)
        let (framework, warnings) = try SchemeFormat.$registered.withValue(Self.formats) {
            try FrameworkCatalog.load(file)
        }
        #expect(warnings.isEmpty)
        let scheme = try #require(framework.scheme as? StagesScheme)
        #expect(scheme.classes.map(\.en) == ["Starting", "Steady", "Leading"])
        #expect(scheme.checks.map(\.atLeast) == [[30, 60, 90], [40, 70, 85], [20, 50, 80]])
        let written = SchemeFormat.$registered.withValue(Self.formats) { FrameworkEncoder.encode(framework) }
        #expect(written.contains("\"scheme\": \"stages\""))
        let again = try SchemeFormat.$registered.withValue(Self.formats) {
            try FrameworkDecoder.decode(written, file: "again.json").0
        }
        #expect(again == framework)
        // Without the registration, the file names an unknown scheme, and the message lists the known ones.
        #expect(throws: InputError.self) { try FrameworkCatalog.load(file) }
        #expect(chisoInEnglish("frameworks", "validate", file).error.contains("unknown scheme \"stages\""))
        #expect(Self.run("frameworks", "validate", file).status == .ok)
    }

    @Test func scoresToCSVAndJSON() throws {
        let file = try temporaryFile("stages-demo.json", StagesScheme.demo)
        let data = try temporaryFile("units.csv", Self.data)
        let csv = Self.run("score", "--framework", file, data, "--format", "csv")
        #expect(csv.status == .ok, "\(csv.error)")
        #expect(
            csv.output == """
                unit_id,unit_name,parent_id,year,class,class_name,class_name_en,blockers,missing,framework
                U1,Xã Một,,,3,Dẫn đầu,Leading,,,stages-demo
                U2,Xã Hai,,,1,Khởi đầu,Starting,S2,,stages-demo
                U3,Xã Ba,,,0,Không xếp loại,Below the lowest class,S1,S1,stages-demo

                """)
        let json = Self.run("score", "--framework", file, data, "--format", "json")
        #expect(json.status == .ok)
        #expect(json.output.contains("\"stages-demo\""))
        #expect(json.output.contains("\"U2\""))
    }

    @Test func explainsAUnit() throws {
        let file = try temporaryFile("stages-demo.json", StagesScheme.demo)
        let data = try temporaryFile("units.csv", Self.data)
        let run = Self.run("explain", "--framework", file, data, "--unit", "U2")
        #expect(run.status == .ok, "\(run.error)")
        // The second line names the framework's temporary file.
        var lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 1 && lines.remove(at: 1).hasPrefix("Khung đánh giá: stages-demo (none), từ /"))
        #expect(
            lines.joined(separator: "\n") == """
                Đơn vị U2 — Xã Hai
                Hạng 1 — Khởi đầu

                   Mã  Tên                 Giá trị  Khởi đầu  Vững    Dẫn đầu
                -  --  ------------------  -------  --------  ------  -------
                   S1  Dịch vụ trực tuyến  65%      ✓ ≥30%    ✓ ≥60%  ✗ ≥90%
                *  S2  Hồ sơ số            50%      ✓ ≥40%    ✗ ≥70%  ✗ ≥85%
                   S3  Kỹ năng số          70%      ✓ ≥20%    ✓ ≥50%  ✗ ≥80%

                ✓ đạt  ✗ chưa đạt  · không áp dụng  ? chưa có số liệu (tính là chưa đạt)  \
                * tiêu chí cản trở: giữ đơn vị lại, chưa lên hạng tiếp theo

                - Chưa đạt Vững: S2.

                """)
    }

    @Test func plansToTheNextStage() throws {
        let file = try temporaryFile("stages-demo.json", StagesScheme.demo)
        let data = try temporaryFile("units.csv", Self.data)
        let costs = try temporaryFile(
            "costs.csv", "unit_id,criterion,per_point,fixed,max\n,S1,1,5,\n,S2,2,0,\n,S3,1,0,\n")
        let run = Self.run("plan", "--framework", file, data, "--costs", costs, "--target", "next", "--format", "csv")
        #expect(run.status == .ok, "\(run.error)")
        #expect(
            run.output == """
                unit_id,criterion,from,to,cost,framework
                U2,S2,50,70,40,stages-demo
                U3,S1,,30,35,stages-demo

                """)
    }

    @Test func rendersInTheHTMLReport() throws {
        let file = try temporaryFile("stages-demo.json", StagesScheme.demo)
        let data = try temporaryFile("units.csv", Self.data)
        let output = URL(fileURLWithPath: data).deletingLastPathComponent().appendingPathComponent("report.html").path
        let run = Self.run("report", "--framework", file, data, "--output", output)
        #expect(run.status == .ok, "\(run.error)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        for text in ["Các giai đoạn thử", "Xã Hai", "Dịch vụ trực tuyến", "Vững"] {
            #expect(html.contains(text), "\(text)")
        }
        // A scheme without a browser model: the what-if part says so in words, and embeds no panel.
        #expect(html.contains("<h2 id=\"whatif-heading\">Thử thay đổi</h2>"))
        #expect(html.contains("Khung đánh giá này chưa cho phép thử thay đổi trong trình duyệt"))
        #expect(!html.contains("whatif-data"))
    }
}
