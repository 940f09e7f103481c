import ChisoCLI
import Foundation
import Testing

/// A crosswalk's own texts — each mapping's note, each unmapped column's reason, its approximation — are printed in
/// the run's language (issue 20: "a Vietnamese officer never meets an English sentence"); CSV and JSON keep the
/// English.
@Suite struct CrosswalkTextLanguageTests {
    /// The first rows of a coverage table.
    static func head(_ language: String) -> String {
        let run = chiso("crosswalk", "--map", "vn-2361-district-to-commune", "--coverage", "--lang", language)
        #expect(run.status == .ok, "\(run.error)")
        return run.output.split(separator: "\n", omittingEmptySubsequences: false).prefix(12).joined(separator: "\n")
    }

    @Test func coverageInVietnamese() {
        #expect(
            Self.head("vi") == """
                vn-2361-district-to-commune: vn-2361-district → vn-2361-commune

                Cột của khung đích  Lấy từ cột  Cách quy đổi  Ghi chú của bảng quy đổi
                ------------------  ----------  ------------  ----------------------------------------------------------------------
                CQS.01              CQS.01      giữ nguyên    cùng một đại lượng: "Tỷ lệ TTHC đủ điều kiện được cung cấp dưới hình…
                CQS.02              CQS.02      giữ nguyên    cùng một đại lượng: "Tỷ lệ hồ sơ TTHC được thực hiện trực tuyến toàn…
                CQS.03              CQS.03      giữ nguyên    cùng một đại lượng: "Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ…
                CQS.04              CQS.04      giữ nguyên    cùng một đại lượng: "Chế độ báo cáo … trên Hệ thống thông tin báo cáo…
                CQS.05              CQS.05      giữ nguyên    cùng một đại lượng: "Địa phương có ứng dụng, triển khai trợ lý ảo" —…
                CQS.06              CQS.06      giữ nguyên    cùng một đại lượng: "Tỷ lệ cán bộ, công chức được đào tạo, bồi dưỡng,…
                CQS.07              —                         Tiêu chí cấp xã "Có bố trí người làm công tác chuyên trách hoặc đầu…
                CQS.08              CQS.08      giữ nguyên    cùng một đại lượng: "Tỷ lệ công chức được trang bị máy tính, có kết…
                """)
    }

    @Test func coverageInEnglish() {
        #expect(
            Self.head("en") == """
                vn-2361-district-to-commune: vn-2361-district → vn-2361-commune

                to            from    how        note
                ------------  ------  ---------  ----------------------------------------------------------------------
                CQS.01        CQS.01  same       same measure: "Tỷ lệ TTHC đủ điều kiện được cung cấp dưới hình thức…
                CQS.02        CQS.02  same       same measure: "Tỷ lệ hồ sơ TTHC được thực hiện trực tuyến toàn trình"…
                CQS.03        CQS.03  same       same measure: "Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật)…
                CQS.04        CQS.04  same       same measure: "Chế độ báo cáo … trên Hệ thống thông tin báo cáo Chính…
                CQS.05        CQS.05  same       same measure: "Địa phương có ứng dụng, triển khai trợ lý ảo" —…
                CQS.06        CQS.06  same       same measure: "Tỷ lệ cán bộ, công chức được đào tạo, bồi dưỡng, tập…
                CQS.07        —                  Commune "Có bố trí người làm công tác chuyên trách hoặc đầu mối"…
                CQS.08        CQS.08  same       same measure: "Tỷ lệ công chức được trang bị máy tính, có kết nối…
                """)
    }

    /// The warning of an approximation accepted quotes the crosswalk's reason in Vietnamese, and the file written
    /// carries it in English, as before.
    @Test func approximationWarningInEachLanguage() throws {
        let data = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-xwalk-\(UUID()).csv").path
        let arguments = [
            "crosswalk", "--map", "vn-dti-922-to-1726", "--accept-approximation", data, "--output", output,
        ]
        let vietnamese = chiso(arguments + ["--lang", "vi"])
        #expect(vietnamese.status == .ok, "\(vietnamese.error)")
        #expect(vietnamese.error.contains("(lý do, như tệp ghi: Các nhóm chỉ số trụ cột của Quyết định 922 ("))
        #expect(!vietnamese.error.contains("pillar views"))
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("vn-dti-922-to-1726: Decision 922's pillar views"))
        let english = chisoInEnglish(arguments)
        #expect(english.error.contains("are not its own quantities: Decision 922's pillar views (five scored"))
        #expect(!english.error.contains("Quyết định 922"))
    }

    /// A file carried by an approximation holds the crosswalk's reason in English; `score` and `explain` quote it in
    /// the run's language.
    @Test func scoreQuotesTheApproximationInEachLanguage() throws {
        let data = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path
        let carried = FileManager.default.temporaryDirectory.appendingPathComponent("chiso-xwalk-\(UUID()).csv").path
        let run = chiso(
            "crosswalk", "--map", "vn-dti-922-to-1726", "--accept-approximation", data, "--output", carried)
        #expect(run.status == .ok, "\(run.error)")
        for command in [["score"], ["explain", "--unit", "U01"]] {
            let arguments = command + ["--framework", "vn-dti-1726-province", carried]
            let vietnamese = chiso(arguments + ["--lang", "vi"]).output
            #expect(
                vietnamese.contains(
                    "nên điểm, xếp loại và thứ hạng cũng không phải của nó: vn-dti-922-to-1726: "
                        + "Các nhóm chỉ số trụ cột của Quyết định 922"), "\(command)")
            #expect(!vietnamese.contains("pillar views"), "\(command)")
            let english = chiso(arguments + ["--lang", "en"]).output
            #expect(english.contains("vn-dti-922-to-1726: Decision 922's pillar views"), "\(command)")
        }
    }
}
