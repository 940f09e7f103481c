import ChisoCLI
import Foundation
import Testing

/// `compare`, `uncertainty`, `sensitivity`, `crosswalk`, `regroup` and `frameworks list/show/compare/diff` speak the
/// language asked for (issue 20, items 2 and 3): Vietnamese by default, English with `--lang en`, in their headers,
/// values, summary lines, notes and sentences, with each language's numbers. CSV and JSON stay the same.
@Suite struct AdapterLanguageTests {
    /// Two years of 2361 commune levels (X6 only in the first, X7 only in the second), as `CompareCommandTests`
    /// has them.
    static func levelSides() throws -> [String] {
        let (a, b) = try CompareCommandTests.levelSides()
        return [a, b]
    }

    /// Five made-up communes of Decision 2361 (seeded).
    static func communes5() throws -> String {
        try temporaryFile("c5.csv", chiso("sample", "--framework", "vn-2361-commune", "--units", "5").output)
    }

    static func compare(_ language: String) throws -> (status: ExitCode, output: String, error: String) {
        chiso(
            ["compare", "--framework", "vn-2361-commune"] + (try levelSides())
                + ["--top", "2", "--years", "2024,2025", "--lang", language])
    }

    @Test func compareInVietnamese() throws {
        let run = try Self.compare("vi")
        #expect(run.status == .ok, "\(run.error)")
        #expect(
            run.output == #"""
                Các bên so sánh:
                  A. 2024: vn-2361-commune, 6 đơn vị, thang chung theo xếp loại: thứ tự của mức hoặc xếp loại đạt được chia cho số mức hoặc xếp loại, 0 khi chưa đạt
                  B. 2025: vn-2361-commune, 6 đơn vị, thang chung theo xếp loại: thứ tự của mức hoặc xếp loại đạt được chia cho số mức hoặc xếp loại, 0 khi chưa đạt

                A → B: 5 đơn vị có ở cả hai bên; chỉ có ở A: X6; chỉ có ở B: X7
                  tương quan hạng Spearman ρ 0,872 (p = 0,054), Kendall τ-b 0,738 (p = 0,077)
                  hệ số kappa Cohen có trọng số κ: tuyến tính 0,595, bậc hai 0,824; cùng xếp loại: 40,0% số đơn vị
                    A \ B  0  1  2  3  4  5
                    -----  -  -  -  -  -  -
                    0      0  0  0  0  0  0
                    1      0  0  1  0  0  0
                    2      0  0  1  0  0  0
                    3      0  0  0  1  0  0
                    4      0  0  0  0  0  1
                    5      0  0  0  0  1  0
                  nhóm 2 đầu: 100,0% nhóm đầu lớn hơn có ở cả hai
                  tăng hạng nhiều nhất: X1 (tăng 1 bậc: 5 → 4), X4 (tăng 1 bậc: 2 → 1)
                  giảm hạng nhiều nhất: X5 (giảm 1 bậc: 1 → 2)

                Mã đơn vị  A kết quả  A thang chung  A thứ hạng  B kết quả  B thang chung  B thứ hạng  B thay đổi
                ---------  ---------  -------------  ----------  ---------  -------------  ----------  ----------
                X1         1                  0,200           5  2                  0,400           4  tăng 1 bậc
                X2         2                  0,400           4  2                  0,400           4  không đổi
                X3         3                  0,600           3  3                  0,600           3  không đổi
                X4         4                  0,800           2  5                  1,000           1  tăng 1 bậc
                X5         5                  1,000           1  4                  0,800           2  giảm 1 bậc
                X6         0                  0,000           6  —                      —           —
                X7         —                      —           —  1                  0,200           6

                """#)
    }

    /// The same comparison in English is `CompareCommandTests.readableReport`'s snapshot.
    @Test func compareInEnglishIsTheEnglishSnapshot() throws {
        let run = try Self.compare("en")
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.hasPrefix("Sides:\n  A. 2024: vn-2361-commune, 6 units"))
        #expect(run.output.contains("X5       5            1.000       1  4            0.800       2  down 1 place"))
    }

    static func uncertainty(_ language: String) throws -> (status: ExitCode, output: String, error: String) {
        chiso([
            "uncertainty", "--framework", "vn-2361-commune", try communes5(), "--noise-absolute", "3", "--runs", "40",
            "--lang", language,
        ])
    }

    @Test func uncertaintyInVietnamese() throws {
        let run = try Self.uncertainty("vi")
        #expect(run.status == .ok, "\(run.error)")
        #expect(
            run.output == #"""
                Mã đơn vị  Mức             P(mức)  P(từng mức)     Thứ hạng  Khoảng 90%  Thứ hạng trung bình  Tiêu chí cản trở
                ---------  --------------  ------  --------------  --------  ----------  -------------------  -------------------------------------
                U1         Khởi động        42,5%  0: 57%; 1: 43%         2  1–3                         2,0  XHS.02 70%, CQS.01 43%, CQS.03 43%
                U2         Khởi động        67,5%  0: 33%; 1: 68%         2  1–3                         1,7  CQS.08 90%, CQS.02 68%, CQS.11 68%
                U3         Cơ bản            0,0%  0: 48%; 2: 53%         1  1–3                         1,6  CQS.07 48%, XHS.07 38%, CQS.03 35%
                U4         Chưa đạt mức 1  100,0%  0: 100%                4  1–4                         2,6  CQS.01 100%, CQS.02 100%, CQS.03 100%
                U5         Chưa đạt mức 1  100,0%  0: 100%                4  1–4                         2,6  CQS.01 100%, CQS.02 100%, CQS.03 100%

                40 lần chạy, hạt giống 1; thứ hạng chính xác. P(mức): tỷ lệ số lần đơn vị đứng ở mức danh nghĩa của nó; khoảng 90% chứa thứ hạng của đơn vị trong 90% số lần chạy (phân vị 5 đến 95); tiêu chí cản trở: tỷ lệ số lần một tiêu chí giữ đơn vị không lên được mức tiếp theo.

                """#)
    }

    @Test func uncertaintyInEnglish() throws {
        let run = try Self.uncertainty("en")
        #expect(run.status == .ok, "\(run.error)")
        #expect(
            run.output == #"""
                unit_id  class          P(class)  P(each class)   rank  90% interval  mean rank  binding
                -------  -------------  --------  --------------  ----  ------------  ---------  -------------------------------------
                U1       Starting          42.5%  0: 57%, 1: 43%     2  1–3                 2.0  XHS.02 70%, CQS.01 43%, CQS.03 43%
                U2       Starting          67.5%  0: 33%, 1: 68%     2  1–3                 1.7  CQS.08 90%, CQS.02 68%, CQS.11 68%
                U3       Basic              0.0%  0: 48%, 2: 53%     1  1–3                 1.6  CQS.07 48%, XHS.07 38%, CQS.03 35%
                U4       Below level 1    100.0%  0: 100%            4  1–4                 2.6  CQS.01 100%, CQS.02 100%, CQS.03 100%
                U5       Below level 1    100.0%  0: 100%            4  1–4                 2.6  CQS.01 100%, CQS.02 100%, CQS.03 100%

                40 runs, seed 1; ranks exact. P(class): how often the unit stood at its nominal class; the 90% interval holds its rank in 90% of the runs (5th to 95th percentile); binding: how often a criterion kept it from the next class.

                """#)
    }

    /// `frameworks show` of a small level framework, without the file's notes (English data, under their heading).
    static func show(_ language: String) -> String {
        let run = chiso("frameworks", "show", "example-province-commune", "--lang", language)
        #expect(run.status == .ok, "\(run.error)")
        return run.output.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("- ") }
            .joined(separator: "\n")
    }

    @Test func frameworksShowInVietnamese() {
        #expect(
            Self.show("vi") == #"""
                example-province-commune: VÍ DỤ — Xã đạt chuẩn chuyển đổi số
                Căn cứ: Quyết định VÍ DỤ (không phải quyết định thật) ngày 01/01/2024 của Ví dụ: UBND một tỉnh
                Thang chung: theo xếp loại: thứ tự của mức hoặc xếp loại đạt được chia cho số mức hoặc xếp loại, 0 khi chưa đạt (mặc định; đặt "commonScale" để thay đổi)
                Các mức: 1 Đạt chuẩn
                Quy tắc xác định mức: perLevel — đạt một mức khi đạt mọi tiêu chí của chính mức đó
                Ghi chú của chiso về cách đọc nguồn (bằng tiếng Anh):

                Mã     Nhóm  M1 Đạt chuẩn  Tên
                -----  ----  ------------  ----------------------------------------------------------------
                BB.01  BB    có            Có Kế hoạch chuyển đổi số năm được UBND xã ban hành
                BB.02  BB    ≥50%          Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến
                BB.03  BB    có            Có Tổ công nghệ số cộng đồng
                BB.04  BB    ≥100%         Tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn thông tin
                MR.01  MR    có            Có sản phẩm OCOP được đưa lên sàn thương mại điện tử (nếu có)
                MR.02  MR    ≥60%          Tỷ lệ hộ gia đình có đường Internet cáp quang
                MR.03  MR    ≥70%          Tỷ lệ người dân có tài khoản định danh điện tử mức 2
                MR.04  MR    ≥2            Số điểm phát Wi-Fi công cộng miễn phí
                MR.05  MR    có            Có ứng dụng chuyển đổi số trong nông nghiệp

                """#)
    }

    @Test func frameworksShowInEnglish() {
        #expect(
            Self.show("en") == #"""
                example-province-commune: VÍ DỤ — Xã đạt chuẩn chuyển đổi số
                  EXAMPLE — commune recognised for digital transformation
                Source: Decision VÍ DỤ (không phải quyết định thật) of 2024-01-01, Ví dụ: UBND một tỉnh (Example: a province's People's Committee)
                Common scale: classes: the class reached over the number of classes, 0 when none is reached (the default; set "commonScale" to change it)
                Levels: 1 Đạt chuẩn (Recognised)
                Level rule: perLevel — a level is reached when every criterion of that level is met

                id     group  L1 Recognised  name
                -----  -----  -------------  ------------------------------------------------------------
                BB.01  BB     yes            Annual digital-transformation plan issued by the commune
                BB.02  BB     ≥50%           Share of administrative files processed online
                BB.03  BB     yes            A community digital-technology team
                BB.04  BB     ≥100%          Share of information systems with an approved security level
                MR.01  MR     yes            OCOP products on e-commerce platforms (if any)
                MR.02  MR     ≥60%           Share of households with fibre Internet
                MR.03  MR     ≥70%           Share of residents with a level-2 electronic identity
                MR.04  MR     ≥2             Free public Wi-Fi points
                MR.05  MR     yes            Digital applications in agriculture

                """#)
    }

    /// The head of `frameworks list` (header, rule, first framework) and its last lines.
    static func expectList(_ language: String, head: String, tail: String) {
        let run = chiso("frameworks", "list", "--lang", language)
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.hasPrefix(head), "\(run.output)")
        #expect(run.output.hasSuffix(tail), "\(run.output)")
    }

    @Test func frameworksListInVietnamese() {
        Self.expectList(
            "vi",
            head: #"""
                Mã                           Đơn vị được đánh giá                             Cách tính                               Nguồn                               Tên
                ---------------------------  -----------------------------------------------  --------------------------------------  ----------------------------------  ------------------------------------------------------------------------------------------------
                example-province-commune     cấp xã                                           1 mức, 9 tiêu chí                       VÍ DỤ (không phải quyết định thật)  VÍ DỤ — Xã đạt chuẩn chuyển đổi số

                """#,
            tail: #"""

                Bảng quy đổi (chiso crosswalk --map ID): vn-2361-commune-to-district, vn-2361-district-to-commune, vn-2361-district-to-dti-922, vn-dti-1726-to-922, vn-dti-922-to-1726
                Bảng sắp xếp đơn vị (chiso regroup --map ID): vn-provinces-2025

                """#)
    }

    @Test func frameworksListInEnglish() {
        Self.expectList(
            "en",
            head: #"""
                id                           unit                               scheme                              source                              name
                ---------------------------  ---------------------------------  ----------------------------------  ----------------------------------  --------------------------------------------------------------------------
                example-province-commune     commune                            1 level, 9 criteria                 VÍ DỤ (không phải quyết định thật)  EXAMPLE — commune recognised for digital transformation

                """#,
            tail: #"""

                Crosswalks (chiso crosswalk --map ID): vn-2361-commune-to-district, vn-2361-district-to-commune, vn-2361-district-to-dti-922, vn-dti-1726-to-922, vn-dti-922-to-1726
                Unit maps (chiso regroup --map ID): vn-provinces-2025

                """#)
    }

    /// Words chiso used to print in English; with `--lang vi` none is left outside IDs, file names and option names.
    static let englishWords = [
        "level", "criteria", "criterion", "missing", "met", "yes", "no", "unit", "units", "reached", "tier", "tiers",
        "points", "rank", "ranks", "ranked", "sides", "class", "scale", "change", "input", "runs", "seed", "notice",
        "note", "interval", "filled", "same", "share", "source", "removed", "added", "theme", "order", "mean",
        "weighted", "only", "both", "top", "moved", "differences", "inputs", "unknown",
    ]

    /// Three old provinces of DTI 922 regrouped by the 2025 map (`RegroupCommandTests`'): both new units rest on
    /// partial data.
    static func provinces() throws -> String { try RegroupCommandTests.provinces() }

    /// A command of this suite's, what of its output a person reads in the language (`true`: standard error too),
    /// and the lines left out: data in English the decisions' files hold (a framework's or a crosswalk's notes).
    static func command(_ name: String) throws -> (arguments: [String], withError: Bool, leftOut: (String) -> Bool) {
        let none = { (_: String) in false }
        switch name {
        case "compare":
            return (["compare", "--framework", "vn-2361-commune"] + (try levelSides()) + ["--top", "2"], true, none)
        case "uncertainty":
            let data = try communes5()
            return (["uncertainty", "--framework", "vn-2361-commune", data, "--noise-absolute", "3"], true, none)
        case "uncertainty-csv":
            return (
                [
                    "uncertainty", "--framework", "vn-dti-922-province", dti, "--noise-absolute", "2", "--runs", "20",
                    "--format", "csv",
                ], true, { !$0.contains(":") }
            )
        case "sensitivity":
            let data = try communes5()
            return (
                [
                    "sensitivity", "--framework", "vn-2361-commune", data, "--noise-absolute", "3", "--samples", "20",
                    "--bootstrap", "10",
                ], true, none
            )
        case "sensitivity-weights":
            return (
                ["sensitivity", "--framework", "vn-dti-922-province", dti, "--weights", "0.2", "--samples", "20"],
                true, none
            )
        case "crosswalk-coverage":
            // The rows' notes are the crosswalk file's own words, in both languages: no row is left out.
            return (["crosswalk", "--map", "vn-2361-commune-to-district", "--coverage"], true, none)
        case "crosswalk":
            return (["crosswalk", "--map", "vn-2361-commune-to-district", communes], true, none)
        case "regroup":
            // Standard error holds the data's diagnostics, worded elsewhere.
            return (
                [
                    "regroup", "--map", "vn-provinces-2025", "--framework", "vn-dti-922-province", try provinces(),
                    "--by", "unit_name", "--ignore-column", "population",
                ], false, none
            )
        case "frameworks-list": return (["frameworks", "list"], true, none)
        case "frameworks-show": return (["frameworks", "show", "vn-2361-commune"], true, { $0.hasPrefix("- ") })
        case "frameworks-show-points":
            // Its nodes' notes, in the last column, are the file's own words too: rows with one are left out.
            return (
                ["frameworks", "show", "vn-dti-1726-province"], true,
                { $0.hasPrefix("- ") || $0.hasSuffix("criteria") || $0.hasSuffix("tiêu chí") }
            )
        case "frameworks-compare":
            return (["frameworks", "compare", "vn-2361-commune", "vn-dti-1726-province"], true, none)
        default:
            // The provenance's notes row holds the files' notes.
            return (
                ["frameworks", "diff", "vn-hue-3043", "vn-hue-3043-strict"], true,
                { $0.contains("ghi chú") || $0.contains("notes") }
            )
        }
    }

    static let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path

    @Test(arguments: [
        "compare", "uncertainty", "uncertainty-csv", "sensitivity", "sensitivity-weights", "crosswalk-coverage",
        "crosswalk", "regroup", "frameworks-list", "frameworks-show", "frameworks-show-points", "frameworks-compare",
        "frameworks-diff",
    ])
    func vietnameseOutputHasNoEnglishWords(name: String) throws {
        let (arguments, withError, leftOut) = try Self.command(name)
        // IDs (CQS.01, H01-X01, unit_id, perLevel), file names, option names and quoted keys ("theme") are left out
        // first.
        let identifier = try Regex(#"[\w.-]*[_.\-/][\w.-]*|[a-z]+[A-Z]\w*|--[\w-]+|"\w+""#)
        let word = try Regex(#"\b("# + Self.englishWords.joined(separator: "|") + #")\b"#).ignoresCase()
        let read = { (language: String) -> String in
            let run = chiso(arguments + ["--lang", language])
            #expect(run.status == .ok || run.status == .dataError, "\(name): \(run.error)")
            let text = run.output + (withError ? "\n" + run.error : "")
            return text.split(separator: "\n").map(String.init).filter { !leftOut($0) }.joined(separator: "\n")
                .replacing(identifier, with: " ")
        }
        let vietnamese = read("vi")
        let found = vietnamese.matches(of: word).map { String(vietnamese[$0.range]) }
        #expect(found.isEmpty, "\(name): English words in the Vietnamese output: \(found)\n\(vietnamese)")
        // The same words are there in English, so the check can fail.
        let english = read("en")
        #expect(!english.matches(of: word).isEmpty, "\(name)")
    }
}
