import ChisoCLI
import Foundation
import Testing

/// `gap`, `plan` and `whatif` speak the language asked for (issue 20, items 2 and 3): Vietnamese by default, English
/// with `--lang en`, in their headings, values, classes, reasons, sentences and numbers. The snapshots are a level
/// framework (Decision 2361, communes) and a point framework (DTI 922, provinces, aiming at an index), in both
/// languages; CSV and JSON are the same in both.
@Suite struct GapPlanWhatIfLanguageTests {
    static let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path

    static let commune = ["--framework", "vn-2361-commune", communes]
    static let province = ["--framework", "vn-dti-922-province", dti]
    /// What brings commune H01-X01 from level 1 to level 2.
    static let communeChanges =
        ["--unit", "H01-X01"]
        + ["CQS.02=30", "CQS.03=70", "CQS.08=60", "CQS.11=40", "CQS.14=yes", "KTS.01=30", "KTS.03=yes", "XHS.01=60"]
        .flatMap { ["--set", $0] } + ["--set", "XHS.03=30", "--set", "XHS.07=80"]

    /// Every commune criterion costs 1 a point and 5 to start, and KTS.03 (an OCOP product, "nếu có") is capped
    /// at no: the communes that need it cannot reach level 2.
    static func communeCosts() throws -> String {
        let header = chiso("template", "--framework", "vn-2361-commune").output.split(separator: "\n")[0]
        let criteria = header.split(separator: ",").dropFirst(5)
        return try temporaryFile(
            "costs.csv",
            "unit_id,criterion,per_point,fixed,max\n"
                + criteria.map { $0 == "KTS.03" ? ",KTS.03,1,5,0\n" : ",\($0),1,5,\n" }.joined())
    }

    /// Every district criterion costs 1 a point and 5 to start.
    static func districtCosts() throws -> String {
        let header = chiso("template", "--framework", "vn-2361-district").output.split(separator: "\n")[0]
        let criteria = header.split(separator: ",").dropFirst(5)
        return try temporaryFile(
            "district-costs.csv", "unit_id,criterion,per_point,fixed,max\n" + criteria.map { ",\($0),1,5,\n" }.joined())
    }

    /// The DTI's main indices priced per point of index; AT capped at 0.5.
    static func provinceCosts() throws -> String {
        try temporaryFile(
            "costs.csv",
            "unit_id,criterion,per_point,fixed,max\n,NT,100,0,\n,TC,100,0,\n,HT,100,0,\n,NL,100,0,\n,AT,100,0,0.5\n"
                + ",HD.CQS,200,0,\n")
    }

    /// The first lines of a table (`head`) and what follows it (`end`); with `whole`, the whole output is `end`.
    static func expect(_ arguments: [String], head: String, end: String, whole: Bool = false) throws {
        let run = chiso(arguments)
        #expect(run.status == .ok, "\(run.error)")
        if whole {
            #expect(run.output == end, "\(run.output)")
            return
        }
        #expect(run.output.hasPrefix(head), "\(run.output.prefix(3_000))")
        #expect(run.output.hasSuffix(end), "\(run.output.suffix(1_000))")
    }

    @Test func communeGapInVietnamese() throws {
        try Self.expect(
            ["gap"] + Self.commune + ["--lang", "vi"],
            head: """
                Mã đơn vị  Tên đơn vị         Mục tiêu  Mã      Tên                              Hiện tại  Yêu cầu  Còn thiếu  Loại
                ---------  -----------------  --------  ------  ------------------------  ---------------  -------  ---------  --------
                H01-X01    Xã Minh Họa 1-1    2         CQS.02  Tỷ lệ hồ sơ thủ tục hàn…               28       30          2  chỉ tiêu
                H01-X01    Xã Minh Họa 1-1    2         CQS.03  Tỷ lệ xử lý văn bản, hồ…               62       70          8  chỉ tiêu
                H01-X01    Xã Minh Họa 1-1    2         CQS.08  Tỷ lệ công chức cấp xã…                52       60          8  chỉ tiêu

                """,
            end: """
                1.263 khoảng cách ở 106 đơn vị.

                """)
    }

    @Test func communeGapInEnglish() throws {
        try Self.expect(
            ["gap"] + Self.commune + ["--lang", "en"],
            head: """
                unit_id  unit_name          target  criterion  name                      current  required  gap  kind
                -------  -----------------  ------  ---------  ------------------------  -------  --------  ---  -----------
                H01-X01  Xã Minh Họa 1-1    2       CQS.02     Share of administrative…       28        30    2  requirement
                H01-X01  Xã Minh Họa 1-1    2       CQS.03     Share of documents and…        62        70    8  requirement
                H01-X01  Xã Minh Họa 1-1    2       CQS.08     Share of commune civil…        52        60    8  requirement

                """,
            end: """
                1,263 gaps for 106 units.

                """)
    }

    @Test func provinceGapInVietnamese() throws {
        try Self.expect(
            ["gap"] + Self.province + ["--target", "0.6"] + ["--lang", "vi"],
            head: """
                Mã đơn vị  Tên đơn vị          Mục tiêu      Mã      Tên                       Hiện tại  Yêu cầu  Còn thiếu  Loại
                ---------  ------------------  ------------  ------  ------------------------  --------  -------  ---------  ---------
                U01        Đơn vị Minh Họa 1   chỉ số ≥ 0,6  total   Tổng điểm                   447,62      600     152,38  tổng điểm
                U01        Đơn vị Minh Họa 1   chỉ số ≥ 0,6  NT      Nhận thức số                 42,82      100      57,18  dư địa
                U01        Đơn vị Minh Họa 1   chỉ số ≥ 0,6  TC      Thể chế số                    47,7      100       52,3  dư địa

                """,
            end: """
                288 khoảng cách ở 32 đơn vị.

                """)
    }

    @Test func provinceGapInEnglish() throws {
        try Self.expect(
            ["gap"] + Self.province + ["--target", "0.6"] + ["--lang", "en"],
            head: """
                unit_id  unit_name           target       criterion  name                      current  required     gap  kind
                -------  ------------------  -----------  ---------  ------------------------  -------  --------  ------  --------
                U01      Đơn vị Minh Họa 1   index ≥ 0.6  total      Total                      447.62       600  152.38  total
                U01      Đơn vị Minh Họa 1   index ≥ 0.6  NT         Digital awareness           42.82       100   57.18  headroom
                U01      Đơn vị Minh Họa 1   index ≥ 0.6  TC         Digital institutions         47.7       100    52.3  headroom

                """,
            end: """
                288 gaps for 32 units.

                """)
    }

    @Test func communePlanInVietnamese() throws {
        try Self.expect(
            ["plan"] + Self.commune + ["--costs", try Self.communeCosts(), "--target", "next"] + ["--lang", "vi"],
            head: """
                Mã đơn vị  Tên đơn vị         Hiện tại  Mục tiêu        Chi phí  Thay đổi
                ---------  -----------------  --------  --------  -------------  -------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
                H01-X01    Xã Minh Họa 1-1    1         2         không thể đạt  KTS.03 cần “có”, nhưng tệp chi phí giới hạn đơn vị này ở “không” (cột max): chi thêm cũng không đạt. Nếu tiêu chí không áp dụng cho đơn vị (“nếu có”), ghi KAD cho KTS.03 trong tệp dữ liệu
                H01-X02    Xã Minh Họa 1-2    1         2         không thể đạt  KTS.03 cần “có”, nhưng tệp chi phí giới hạn đơn vị này ở “không” (cột max): chi thêm cũng không đạt. Nếu tiêu chí không áp dụng cho đơn vị (“nếu có”), ghi KAD cho KTS.03 trong tệp dữ liệu
                H01-X03    Xã Minh Họa 1-3    1         2                   154  CQS.02 27→30, CQS.03 63→70, CQS.06 57→60, CQS.11 13→40 (và 6 thay đổi khác)

                """,
            end: """
                120 đơn vị; 90 đơn vị có thể đạt mục tiêu, tổng chi phí 16.248. Mỗi phương án là rẻ nhất có thể (tìm kiếm chính xác).

                """)
    }

    @Test func communePlanInEnglish() throws {
        try Self.expect(
            ["plan"] + Self.commune + ["--costs", try Self.communeCosts(), "--target", "next"] + ["--lang", "en"],
            head: """
                unit_id  unit_name          now  target         cost  changes
                -------  -----------------  ---  ------  -----------  ----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
                H01-X01  Xã Minh Họa 1-1    1    2       unreachable  KTS.03 must be “yes”, but the cost file caps this unit at “no” (max column): spending cannot get there. If the criterion does not concern the unit (asked “if any”), enter KAD for KTS.03 in the data file
                H01-X02  Xã Minh Họa 1-2    1    2       unreachable  KTS.03 must be “yes”, but the cost file caps this unit at “no” (max column): spending cannot get there. If the criterion does not concern the unit (asked “if any”), enter KAD for KTS.03 in the data file
                H01-X03  Xã Minh Họa 1-3    1    2               154  CQS.02 27→30, CQS.03 63→70, CQS.06 57→60, CQS.11 13→40 (+6 more)

                """,
            end: """
                120 units; 90 can reach the target, for 16,248 in all. Each plan is the cheapest there is (exact search).

                """)
    }

    @Test func communePlanWithBudgetInVietnamese() throws {
        try Self.expect(
            ["plan"] + Self.commune + ["--costs", try Self.communeCosts(), "--target", "next", "--budget", "500"] + [
                "--lang", "vi",
            ],
            head: "",
            end: """
                Ngân sách 500: cấp kinh phí cho 7 phương án (H04-X02, H06-X10, H06-X11, H07-X05, H08-X04, H08-X09, H10-X05), đã chi 435, còn lại 65.

                120 đơn vị; 90 đơn vị có thể đạt mục tiêu, tổng chi phí 16.248. Mỗi phương án là rẻ nhất có thể (tìm kiếm chính xác).

                """)
    }

    @Test func communePlanWithBudgetInEnglish() throws {
        try Self.expect(
            ["plan"] + Self.commune + ["--costs", try Self.communeCosts(), "--target", "next", "--budget", "500"] + [
                "--lang", "en",
            ],
            head: "",
            end: """
                Budget 500: 7 plans funded (H04-X02, H06-X10, H06-X11, H07-X05, H08-X04, H08-X09, H10-X05), 435 spent, 65 left unspent.

                120 units; 90 can reach the target, for 16,248 in all. Each plan is the cheapest there is (exact search).

                """)
    }

    @Test func provincePlanInVietnamese() throws {
        try Self.expect(
            ["plan"] + Self.province + ["--costs", try Self.provinceCosts(), "--target", "0.6"] + ["--lang", "vi"],
            head: """
                Mã đơn vị  Tên đơn vị          Hiện tại      Mục tiêu      Chi phí  Thay đổi
                ---------  ------------------  ------------  ------------  -------  ----------------------------------------------------------------------------------
                U01        Đơn vị Minh Họa 1   chỉ số < 0,6  chỉ số ≥ 0,6   152,38  NT 0.4282→1, TC 0.477→1, HT 0.3767→0.805701
                U02        Đơn vị Minh Họa 2   chỉ số ≥ 0,6  chỉ số ≥ 0,6        0

                """,
            end: """
                63 đơn vị; 63 đơn vị có thể đạt mục tiêu, tổng chi phí 4.445,23. Mỗi phương án là rẻ nhất có thể (tìm kiếm chính xác).

                """)
    }

    @Test func provincePlanInEnglish() throws {
        try Self.expect(
            ["plan"] + Self.province + ["--costs", try Self.provinceCosts(), "--target", "0.6"] + ["--lang", "en"],
            head: """
                unit_id  unit_name           now          target         cost  changes
                -------  ------------------  -----------  -----------  ------  ---------------------------------------------------------------
                U01      Đơn vị Minh Họa 1   index < 0.6  index ≥ 0.6  152.38  NT 0.4282→1, TC 0.477→1, HT 0.3767→0.805701
                U02      Đơn vị Minh Họa 2   index ≥ 0.6  index ≥ 0.6       0

                """,
            end: """
                63 units; 63 can reach the target, for 4,445.23 in all. Each plan is the cheapest there is (exact search).

                """)
    }

    @Test func provincePlanWithBudgetInVietnamese() throws {
        try Self.expect(
            ["plan"] + Self.province + ["--costs", try Self.provinceCosts(), "--target", "0.6", "--budget", "100"] + [
                "--lang", "vi",
            ],
            head: "",
            end: """
                Ngân sách 100: cấp kinh phí cho 5 phương án (U20, U21, U31, U40, U41), đã chi 80,7, còn lại 19,3.

                63 đơn vị; 63 đơn vị có thể đạt mục tiêu, tổng chi phí 4.445,23. Mỗi phương án là rẻ nhất có thể (tìm kiếm chính xác).

                """)
    }

    @Test func provincePlanWithBudgetInEnglish() throws {
        try Self.expect(
            ["plan"] + Self.province + ["--costs", try Self.provinceCosts(), "--target", "0.6", "--budget", "100"] + [
                "--lang", "en",
            ],
            head: "",
            end: """
                Budget 100: 5 plans funded (U20, U21, U31, U40, U41), 80.7 spent, 19.3 left unspent.

                63 units; 63 can reach the target, for 4,445.23 in all. Each plan is the cheapest there is (exact search).

                """)
    }

    @Test func communeWhatIfInVietnamese() throws {
        try Self.expect(
            ["whatif"] + Self.commune + Self.communeChanges + ["--lang", "vi"],
            head: "",
            end: """
                Mã đơn vị  Tên đơn vị         Mức    Điểm  Thứ hạng
                ---------  ---------------    -----  ----  --------
                H01-X01    Xã Minh Họa 1-1    1 → 2

                1 đơn vị thay đổi hoặc chịu ảnh hưởng; 1 đơn vị lên mức cao hơn.

                """, whole: true)
    }

    @Test func communeWhatIfInEnglish() throws {
        try Self.expect(
            ["whatif"] + Self.commune + Self.communeChanges + ["--lang", "en"],
            head: "",
            end: """
                unit_id  unit_name          class  score  rank
                -------  ---------------    -----  -----  ----
                H01-X01  Xã Minh Họa 1-1    1 → 2

                1 unit changed or affected; 1 rise.

                """, whole: true)
    }

    @Test func provinceWhatIfInVietnamese() throws {
        try Self.expect(
            ["whatif"] + Self.province + ["--unit", "U01", "--set", "NT=0.9", "--set", "HT=0.8"] + ["--lang", "vi"],
            head: "",
            end: """
                Mã đơn vị  Tên đơn vị            Chỉ số           Điểm             Thứ hạng
                ---------  ------------------    ---------------  ---------------  --------
                U01        Đơn vị Minh Họa 1     0,4476 → 0,5371  447,62 → 537,13  48 → 41
                U12        Đơn vị Minh Họa 12    0,4656 → 0,4656  465,63 → 465,63  45 → 46
                U14        Đơn vị Minh Họa 14    0,5069 → 0,5069  506,95 → 506,95  43 → 44
                U15        Đơn vị Minh Họa 15    0,5153 → 0,5153  515,26 → 515,26  42 → 43
                U34        Đơn vị Minh Họa 34    0,4680 → 0,4680  467,98 → 467,98  44 → 45
                U39        Đơn vị Minh Họa 39    0,4548 → 0,4548  454,83 → 454,83  47 → 48
                U46        Đơn vị Minh Họa 46    0,5347 → 0,5347  534,74 → 534,74  41 → 42
                U50        Đơn vị Minh Họa 50    0,4625 → 0,4625  462,46 → 462,46  46 → 47

                8 đơn vị thay đổi hoặc chịu ảnh hưởng; 1 đơn vị tăng chỉ số. vn-dti-922-province không có xếp loại: chỉ hiện chỉ số và thứ hạng.

                """, whole: true)
    }

    @Test func provinceWhatIfInEnglish() throws {
        try Self.expect(
            ["whatif"] + Self.province + ["--unit", "U01", "--set", "NT=0.9", "--set", "HT=0.8"] + ["--lang", "en"],
            head: "",
            end: """
                unit_id  unit_name             index            score            rank
                -------  ------------------    ---------------  ---------------  -------
                U01      Đơn vị Minh Họa 1     0.4476 → 0.5371  447.62 → 537.13  48 → 41
                U12      Đơn vị Minh Họa 12    0.4656 → 0.4656  465.63 → 465.63  45 → 46
                U14      Đơn vị Minh Họa 14    0.5069 → 0.5069  506.95 → 506.95  43 → 44
                U15      Đơn vị Minh Họa 15    0.5153 → 0.5153  515.26 → 515.26  42 → 43
                U34      Đơn vị Minh Họa 34    0.4680 → 0.4680  467.98 → 467.98  44 → 45
                U39      Đơn vị Minh Họa 39    0.4548 → 0.4548  454.83 → 454.83  47 → 48
                U46      Đơn vị Minh Họa 46    0.5347 → 0.5347  534.74 → 534.74  41 → 42
                U50      Đơn vị Minh Họa 50    0.4625 → 0.4625  462.46 → 462.46  46 → 47

                8 units changed or affected; 1 index rises. vn-dti-922-province has no tiers: the index and rank are shown, and no class.

                """, whole: true)
    }

    /// Words chiso used to print in English; with `--lang vi` none is left outside IDs, file names and option names.
    static let englishWords = [
        "level", "criteria", "criterion", "missing", "met", "yes", "no", "unit", "units", "reached", "tier", "points",
        "gap", "gaps", "plan", "plans", "cost", "budget", "target", "unreachable", "funded", "rise", "index", "score",
        "rank", "class", "current", "required", "requirement", "headroom", "changes", "spent",
    ]

    static let runs: [[String]] = [
        ["gap"] + commune, ["gap"] + province + ["--target", "0.6"],
        ["plan"] + commune + ["--costs", "COMMUNE", "--target", "next"],
        ["plan"] + commune + ["--costs", "COMMUNE", "--target", "next", "--budget", "500"],
        ["plan"] + province + ["--costs", "PROVINCE", "--target", "0.6", "--budget", "100"],
        ["whatif"] + commune + communeChanges, ["whatif"] + province + ["--unit", "U01", "--set", "NT=0.9"],
        // Districts with their communes: subordinate units in gaps, plans and what-ifs.
        [
            "gap", "--framework", "vn-2361-district", districts, "--children", communes, "--unit", "H01", "--target",
            "3",
        ],
        [
            "plan", "--framework", "vn-2361-district", districts, "--children", communes, "--costs", "DISTRICT",
            "--children-costs", "COMMUNE", "--target", "next",
        ],
        [
            "plan", "--framework", "vn-2361-district", districts, "--children", communes, "--costs", "DISTRICT",
            "--target", "next",
        ],
        [
            "whatif", "--framework", "vn-2361-district", districts, "--children", communes, "--unit", "H01-X01",
            "--set", "CQS.02=90",
        ],
    ]

    @Test(arguments: runs, ["table", "markdown"])
    func vietnameseOutputHasNoEnglishWords(command: [String], format: String) throws {
        let arguments = try command.map { argument in
            switch argument {
            case "COMMUNE": try Self.communeCosts()
            case "PROVINCE": try Self.provinceCosts()
            case "DISTRICT": try Self.districtCosts()
            default: argument
            }
        }
        let run = chiso(arguments + ["--format", format, "--lang", "vi"])
        #expect(run.status == .ok, "\(run.error)")
        // IDs (CQS.01, H01-X01, unit_id), file names and option names are left out first.
        let identifier = try Regex(#"[\w.-]*[_.\-/][\w.-]*|[a-z]+[A-Z]\w*|--[\w-]+"#)
        let word = try Regex(#"\b("# + Self.englishWords.joined(separator: "|") + #")\b"#).ignoresCase()
        let text = (run.output + "\n" + run.error).replacing(identifier, with: " ")
        let found = text.matches(of: word).map { String(text[$0.range]) }
        #expect(found.isEmpty, "English words in the Vietnamese output: \(found)")
        // The same words are there in English, so the check can fail.
        let english = chiso(arguments + ["--format", format, "--lang", "en"])
        #expect(!(english.output + english.error).replacing(identifier, with: " ").matches(of: word).isEmpty)
    }

    /// CSV and JSON are the same whatever the language: machine outputs, read back by `report` and `whatif`.
    @Test(arguments: runs, ["csv", "json"])
    func machineOutputsDoNotChangeWithTheLanguage(command: [String], format: String) throws {
        // One cost file for both runs: the output names no file, but the same file keeps the runs alike.
        let costs = [
            "COMMUNE": try Self.communeCosts(), "PROVINCE": try Self.provinceCosts(),
            "DISTRICT": try Self.districtCosts(),
        ]
        let arguments = command.map { costs[$0] ?? $0 }
        let vietnamese = chiso(arguments + ["--format", format, "--lang", "vi"])
        #expect(vietnamese.status == .ok, "\(vietnamese.error)")
        #expect(vietnamese.output == chiso(arguments + ["--format", format, "--lang", "en"]).output)
        #expect(vietnamese.output == chiso(arguments + ["--format", format]).output)
    }

    /// The plan's CSV keeps its reasons in the English `report` reads back; the report says them in its language,
    /// in plain words, and quotes none.
    @Test func theReportSaysThePlansReasonsInItsLanguage() throws {
        let plan = try temporaryFile(
            "plan.csv",
            chiso(
                ["plan"] + Self.commune + [
                    "--costs", try Self.communeCosts(), "--target", "next", "--summary", "--format", "csv",
                ]
            )
            .output)
        let csv = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(csv.contains("H01-X01,1,2,no,,,KTS.03: KTS.03 is capped at 0 and needs 1,vn-2361-commune\n"), "\(csv)")
        let vietnamese = chiso(["report"] + Self.commune + ["--plan", plan, "--lang", "vi"])
        #expect(vietnamese.status == .ok, "\(vietnamese.error)")
        #expect(
            vietnamese.output.contains(
                "<td>KTS.03 cần “có”, nhưng tệp chi phí giới hạn đơn vị này ở “không” (cột max): chi thêm cũng không "
                    + "đạt. Nếu tiêu chí không áp dụng cho đơn vị (“nếu có”), ghi KAD cho KTS.03 trong tệp dữ liệu</td>"
            ))
        #expect(!vietnamese.output.contains("capped"))
        #expect(!vietnamese.output.contains("trích nguyên văn"))
        let english = chiso(["report"] + Self.commune + ["--plan", plan, "--lang", "en"])
        #expect(english.output.contains("<td>KTS.03 must be “yes”, but the cost file caps this unit at “no”"))
        #expect(!english.output.contains("quoted"))
    }
}
