import ChisoCLI
import Foundation
import Testing

/// `score` and `explain` speak the language asked for (issue 20, item 2): Vietnamese by default, English with
/// `--lang en`, in their headers, values, summary lines, legends and sentences, with each language's numbers. The
/// snapshots are a level framework (Decision 2361, communes) and a point framework (DTI 922, provinces).
@Suite struct ScoreExplainLanguageTests {
    static let dti = repository.appendingPathComponent("notebooks-data/sample-vn-dti-922-province.csv").path

    static let commune = ["--framework", "vn-2361-commune", communes]
    static let province = ["--framework", "vn-dti-922-province", dti]
    /// A roll-up: districts with their communes.
    static let district = ["--framework", "vn-2361-district", districts, "--children", communes]

    /// The first rows of a score table (header, rule, three units) and its summary line.
    static func expectScore(_ arguments: [String], head: String, summary: String) {
        let run = chiso(["score"] + arguments)
        #expect(run.status == .ok, "\(run.error)")
        #expect(run.output.hasPrefix(head), "\(run.output.prefix(2_000))")
        #expect(run.output.hasSuffix("\n\n" + summary + "\n"), "\(run.output.suffix(500))")
    }

    @Test func communeScoreInVietnamese() {
        Self.expectScore(
            Self.commune + ["--lang", "vi"],
            head: """
                Mã đơn vị  Tên đơn vị         Mức  Tên mức         Mức đăng ký  Đạt mức đăng ký  Chưa có số liệu  Tiêu chí cản trở lên mức tiếp theo
                ---------  -----------------  ---  --------------  -----------  ---------------  ---------------  ----------------------------------------------
                H01-X01    Xã Minh Họa 1-1      1  Khởi động       2            Không                          1  CQS.02, CQS.03, CQS.08, CQS.11 (và 6 mã khác)
                H01-X02    Xã Minh Họa 1-2      1  Khởi động       2            Không                          0  CQS.01, CQS.08, CQS.11, CQS.14 (và 5 mã khác)
                H01-X03    Xã Minh Họa 1-3      1  Khởi động       1            Có                             0  CQS.02, CQS.03, CQS.06, CQS.11 (và 6 mã khác)

                """,
            summary:
                "120 đơn vị theo mức: 0 Chưa đạt mức 1: 7; 1 Khởi động: 52; 2 Kết nối: 26; 3 Cơ bản: 16; 4 Nâng cao: 5; 5 Toàn diện: 14; đạt mức đã đăng ký: 64 trên 120."
        )
    }

    @Test func communeScoreInEnglish() {
        Self.expectScore(
            Self.commune + ["--lang", "en"],
            head: """
                unit_id  unit_name          level  level_name     registered  meets  missing  next_level_blockers
                -------  -----------------  -----  -------------  ----------  -----  -------  -----------------------------------------
                H01-X01  Xã Minh Họa 1-1        1  Starting       2           no           1  CQS.02, CQS.03, CQS.08, CQS.11 (+6 more)
                H01-X02  Xã Minh Họa 1-2        1  Starting       2           no           0  CQS.01, CQS.08, CQS.11, CQS.14 (+5 more)
                H01-X03  Xã Minh Họa 1-3        1  Starting       1           yes          0  CQS.02, CQS.03, CQS.06, CQS.11 (+6 more)

                """,
            summary:
                "120 units by level: 0 Below level 1: 7; 1 Starting: 52; 2 Connecting: 26; 3 Basic: 16; 4 Advanced: 5; 5 Comprehensive: 14; meeting their registered level: 64 of 120."
        )
    }

    @Test func provinceScoreInVietnamese() {
        Self.expectScore(
            Self.province + ["--lang", "vi"],
            head: """
                Mã đơn vị  Tên đơn vị                    Điểm  Chỉ số  Thứ hạng  Xếp loại  Chưa có số liệu  Cản trở lên xếp loại tiếp theo
                ---------  ------------------  --------------  ------  --------  --------  ---------------  ------------------------------
                U01        Đơn vị Minh Họa 1   447,62 / 1.000  0,4476        48                          0
                U02        Đơn vị Minh Họa 2   706,61 / 1.000  0,7066        22                          0
                U03        Đơn vị Minh Họa 3   743,06 / 1.000  0,7431        19                          0

                """,
            summary:
                "63 đơn vị, xếp hạng theo tổng điểm.")
    }

    @Test func provinceScoreInEnglish() {
        Self.expectScore(
            Self.province + ["--lang", "en"],
            head: """
                unit_id  unit_name                    score   index  rank  tier  missing  next_tier_blockers
                -------  ------------------  --------------  ------  ----  ----  -------  ------------------
                U01      Đơn vị Minh Họa 1   447.62 / 1,000  0.4476    48              0
                U02      Đơn vị Minh Họa 2   706.61 / 1,000  0.7066    22              0
                U03      Đơn vị Minh Họa 3   743.06 / 1,000  0.7431    19              0

                """,
            summary:
                "63 units ranked by total.")
    }

    @Test func communeExplanationInVietnamese() {
        let run = chiso(["explain"] + Self.commune + ["--unit", "H01-X01", "--lang", "vi"])
        #expect(run.status == .ok, "\(run.error)")
        #expect(
            run.output == """
                Đơn vị H01-X01 — Xã Minh Họa 1-1 (cấp trên H01)
                Khung đánh giá: vn-2361-commune (2361/QĐ-BTTTT)
                Mức 1 — Khởi động

                   Mã      Giá trị          M1 Khởi động  M2 Kết nối  M3 Cơ bản  M4 Nâng cao  M5 Toàn diện           Tên
                -  ------  ---------------  ------------  ----------  ---------  -----------  ---------------------  ------------------------------------------------------------
                   CQS.01  63%              ✓ ≥50%        ✓ ≥60%      ✗ ≥70%     ✗ ≥100%      ✗ ≥100%                Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của phá…
                *  CQS.02  28%              ✓ ≥20%        ✗ ≥30%      ✗ ≥50%     ✗ ≥80%       ✗ ≥90%                 Tỷ lệ hồ sơ thủ tục hành chính được thực hiện trực tuyến to…
                *  CQS.03  62%              ✓ ≥60%        ✗ ≥70%      ✗ ≥80%     ✗ ≥90%       ✗ ≥100%                Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên m…
                   CQS.04  có               ·             ·           ✓ có       ✓ có         ✓ có                   Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cá…
                   CQS.05  không            ·             ·           ·          ✗ có         ✗ có                   Địa phương có ứng dụng, triển khai trợ lý ảo phục vụ hoạt đ…
                   CQS.06  61%              ✓ ≥50%        ✓ ≥60%      ✗ ≥80%     ✗ ≥100%      ✗ ≥100%                Tỷ lệ cán bộ, công chức cấp xã tham gia đào tạo, bồi dưỡng,…
                   CQS.07  1                ✓ ≥1          ✓ ≥1        ✓ ≥1       ✓ ≥1         ✗ ≥2                   Có bố trí người làm công tác chuyên trách hoặc đầu mối thực…
                *  CQS.08  52%              ✓ ≥50%        ✗ ≥60%      ✗ ≥70%     ✗ ≥80%       ✗ ≥90%                 Tỷ lệ công chức cấp xã được trang bị máy tính, có kết nối m…
                   CQS.09  41%              ·             ·           ✗ ≥100%    ✗ ≥100%      ✗ ≥100%                Tỷ lệ hệ thống thông tin của chính quyền được phê duyệt cấp…
                   CQS.10  19%              ·             ·           ✗ ≥50%     ✗ ≥70%       ✗ ≥100%                Tỷ lệ hệ thống thông tin của Ủy ban nhân dân cấp xã được tr…
                *  CQS.11  33%              ·             ✗ ≥40%      ✗ ≥60%     ✗ ≥80%       ✗ ≥100%                Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá an toàn th…
                   CQS.12  có               ·             ·           ✓ có       ✓ có         ✓ có                   Hệ thống camera giám sát an ninh, trật tự xã hội
                   CQS.13  không            ·             ·           ✗ có       ✗ có         ✗ có                   Đài truyền thanh xã, phường, thị trấn có ứng dụng công nghệ…
                *  CQS.14  không            ·             ✗ có        ✗ có       ✗ có         ✗ có                   Điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụn…
                   CQS.15  không            ·             ·           ✗ có       ✗ có         ✗ có                   UBND cấp xã kết nối và sử dụng mạng truyền số liệu chuyên d…
                   CQS.16  không            ·             ·           ✗ có       ✗ có         ✗ có                   Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy …
                   CQS.17  có               ·             ·           ✓ có       ✓ có         ✓ có                   Chính quyền cấp xã sử dụng hệ thống, nền tảng họp không giấ…
                   CQS.18  không            ·             ·           ✗ có       ✗ có         ✗ có                   Chính quyền cấp xã có hệ thống ứng dụng công nghệ thông tin…
                   CQS.19  có               ·             ·           ✓ có       ✓ có         ✓ có                   Phổ biến thông tin (pháp luật, thông báo, hướng dẫn…) đến n…
                   CQS.20  không            ·             ·           ✗ có       ✗ có         ✗ có                   Xây dựng và triển khai kế hoạch của địa phương để hỗ trợ, h…
                   CQS.21  có               ·             ·           ✓ có       ✓ có         ✓ có                   Sử dụng nhóm, diễn đàn chia sẻ, trao đổi thông tin giữa cán…
                   CQS.22  không            ·             ·           ·          ✗ có         ✗ có                   Có ứng dụng hệ thống quản lý thông tin dữ liệu kinh tế - xã…
                   CQS.23  không            ·             ·           ·          ✗ có         ✗ có                   Có ứng dụng tương tác và xử lý phản ánh kiến nghị của người…
                   CQS.24  không            ·             ·           ·          ✗ có         ✗ có                   Có ứng dụng nền tảng số để giải quyết hiệu quả các bài toán…
                *  KTS.01  29%              ✓ ≥20%        ✗ ≥30%      ✗ ≥40%     ✗ ≥50%       ✗ ≥70%                 Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ s…
                   KTS.02  57%              ✓ ≥30%        ✓ ≥40%      ✓ ≥50%     ✗ ≥70%       ✗ ≥90%                 Tỷ lệ thành viên của hợp tác xã, doanh nghiệp được định hướ…
                *  KTS.03  không            ·             ✗ có        ✗ có       ✗ có         ✗ có                   Có sản phẩm chủ lực, đặc trưng hoặc sản phẩm OCOP (nếu có) …
                   KTS.04  1; tỷ lệ 77%     ·             ·           ✓ ≥1       ✗ ≥2         ✗ ≥3 hoặc tỷ lệ ≥100%  Doanh nghiệp, hợp tác xã ứng dụng công nghệ số trong quản l…
                   KTS.05  8%               ·             ·           ✗ ≥50%     ✗ ≥70%       ✗ ≥100%                Tỷ lệ tổ chức, doanh nghiệp chấp nhận hình thức thanh toán …
                *  XHS.01  57%              ✓ ≥50%        ✗ ≥60%      ✗ ≥70%     ✗ ≥80%       ✗ ≥100%                Tỷ lệ dân số trưởng thành từ 15 tuổi trở lên có điện thoại …
                   XHS.02  74%              ✓ ≥50%        ✓ ≥60%      ✓ ≥70%     ✗ ≥80%       ✗ ≥100%                Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang
                *  XHS.03  28%              ✓ ≥20%        ✗ ≥30%      ✗ ≥40%     ✗ ≥50%       ✗ ≥60%                 Tỷ lệ dân số trưởng thành từ 18 tuổi trở lên có chữ ký số h…
                   XHS.04  59%              ✓ ≥40%        ✓ ≥50%      ✗ ≥60%     ✗ ≥70%       ✗ ≥80%                 Tỷ lệ người dân trong độ tuổi trưởng thành có tài khoản địn…
                   XHS.05  33%              ✓ ≥10%        ✓ ≥30%      ✗ ≥50%     ✗ ≥70%       ✗ ≥90%                 Tỷ lệ người dân trong độ tuổi lao động được được tập huấn, …
                   XHS.06  72%              ✓ ≥60%        ✓ ≥70%      ✗ ≥80%     ✗ ≥90%       ✗ ≥100%                Tỷ lệ người dân có hồ sơ sức khỏe điện tử
                *  XHS.07  73%              ·             ✗ ≥80%      ✗ ≥90%     ✗ ≥100%      ✗ ≥100%                Tỷ lệ nhà văn hóa tại thôn, bản, tổ dân phố có kết nối Inte…
                   XHS.08  không            ·             ·           ✗ có       ✗ có         ✗ có                   Trạm y tế triển khai hệ thống thông tin quản lý trạm y tế x…
                   XHS.09  chưa có số liệu  ·             ·           ? có       ? có         ? có                   Có cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ…

                ✓ đạt  ✗ chưa đạt  · không áp dụng  ? chưa có số liệu (tính là chưa đạt)  * tiêu chí cản trở: giữ đơn vị lại, chưa lên mức tiếp theo

                - Chưa đạt Mức 2 (Kết nối): 10 tiêu chí chưa đạt: CQS.02, CQS.03, CQS.08, CQS.11, CQS.14, KTS.01, KTS.03, XHS.01, XHS.03, XHS.07.
                - Tiêu chí chưa có số liệu được tính là chưa đạt: XHS.09. Bổ sung số liệu để đánh giá đầy đủ.
                - Đơn vị đăng ký Mức 2 và chưa đạt mức này.
                - Quy tắc xác định mức: đạt một mức khi đạt 100% tiêu chí của chính mức đó, không phụ thuộc các mức thấp hơn (perLevel, như Quyết định 2361, mục II.1.c).

                """)
    }

    @Test func communeExplanationInEnglish() {
        let run = chiso(["explain"] + Self.commune + ["--unit", "H01-X01", "--lang", "en"])
        #expect(run.status == .ok, "\(run.error)")
        #expect(
            run.output == """
                Unit H01-X01 — Xã Minh Họa 1-1 (parent H01)
                Framework: vn-2361-commune (2361/QĐ-BTTTT)
                Level 1 — Khởi động (Starting)

                   criterion  value         L1 Starting  L2 Connecting  L3 Basic  L4 Advanced  L5 Comprehensive     name
                -  ---------  ------------  -----------  -------------  --------  -----------  -------------------  ------------------------------------------------------------
                   CQS.01     63%           ✓ ≥50%       ✓ ≥60%         ✗ ≥70%    ✗ ≥100%      ✗ ≥100%              Share of eligible administrative procedures offered as full…
                *  CQS.02     28%           ✓ ≥20%       ✗ ≥30%         ✗ ≥50%    ✗ ≥80%       ✗ ≥90%               Share of administrative procedure files processed fully onl…
                *  CQS.03     62%           ✓ ≥60%       ✗ ≥70%         ✗ ≥80%    ✗ ≥90%       ✗ ≥100%              Share of documents and work files (except classified ones) …
                   CQS.04     yes           · n/a        · n/a          ✓ yes     ✓ yes        ✓ yes                Periodic and statistical socio-economic reporting done on t…
                   CQS.05     no            · n/a        · n/a          · n/a     ✗ yes        ✗ yes                The locality uses a virtual assistant serving officials, ci…
                   CQS.06     61%           ✓ ≥50%       ✓ ≥60%         ✗ ≥80%    ✗ ≥100%      ✗ ≥100%              Share of commune officials and civil servants trained or up…
                   CQS.07     1             ✓ ≥1         ✓ ≥1           ✓ ≥1      ✓ ≥1         ✗ ≥2                 Staff assigned full-time or as focal point for digital tran…
                *  CQS.08     52%           ✓ ≥50%       ✗ ≥60%         ✗ ≥70%    ✗ ≥80%       ✗ ≥90%               Share of commune civil servants equipped with a computer co…
                   CQS.09     41%           · n/a        · n/a          ✗ ≥100%   ✗ ≥100%      ✗ ≥100%              Share of government information systems with an approved in…
                   CQS.10     19%           · n/a        · n/a          ✗ ≥50%    ✗ ≥70%       ✗ ≥100%              Share of the commune People's Committee's information syste…
                *  CQS.11     33%           · n/a        ✗ ≥40%         ✗ ≥60%    ✗ ≥80%       ✗ ≥100%              Share of information systems inspected and assessed for inf…
                   CQS.12     yes           · n/a        · n/a          ✓ yes     ✓ yes        ✓ yes                Security and public-order surveillance camera system
                   CQS.13     no            · n/a        · n/a          ✗ yes     ✗ yes        ✗ yes                Commune radio station applying information and telecommunic…
                *  CQS.14     no            · n/a        ✗ yes          ✗ yes     ✗ yes        ✗ yes                Postal service point able to help citizens use online publi…
                   CQS.15     no            · n/a        · n/a          ✗ yes     ✗ yes        ✗ yes                Commune People's Committee connected to and using the speci…
                   CQS.16     no            · n/a        · n/a          ✗ yes     ✗ yes        ✗ yes                Website providing all information required by Decree 42/202…
                   CQS.17     yes           · n/a        · n/a          ✓ yes     ✓ yes        ✓ yes                Commune government uses a paperless meeting system or platf…
                   CQS.18     no            · n/a        · n/a          ✗ yes     ✗ yes        ✗ yes                Commune government has an IT system for assessing administr…
                   CQS.19     yes           · n/a        · n/a          ✓ yes     ✓ yes        ✓ yes                Information (laws, notices, guidance…) disseminated to citi…
                   CQS.20     no            · n/a        · n/a          ✗ yes     ✗ yes        ✗ yes                Local plan built and carried out to support and guide citiz…
                   CQS.21     yes           · n/a        · n/a          ✓ yes     ✓ yes        ✓ yes                Groups or forums on digital platforms or social networks fo…
                   CQS.22     no            · n/a        · n/a          · n/a     ✗ yes        ✗ yes                Uses a system to manage socio-economic data of the commune
                   CQS.23     no            · n/a        · n/a          · n/a     ✗ yes        ✗ yes                Uses an application to interact with citizens and handle th…
                   CQS.24     no            · n/a        · n/a          · n/a     ✗ yes        ✗ yes                Uses digital platforms to solve local problems in urban man…
                *  KTS.01     29%           ✓ ≥20%       ✗ ≥30%         ✗ ≥40%    ✗ ≥50%       ✗ ≥70%               Share of small and medium enterprises using digital platfor…
                   KTS.02     57%           ✓ ≥30%       ✓ ≥40%         ✓ ≥50%    ✗ ≥70%       ✗ ≥90%               Share of members of cooperatives and enterprises guided and…
                *  KTS.03     no            · n/a        ✗ yes          ✗ yes     ✗ yes        ✗ yes                Key, characteristic or OCOP products (if any) of the locali…
                   KTS.04     1; share 77%  · n/a        · n/a          ✓ ≥1      ✗ ≥2         ✗ ≥3 or share ≥100%  Enterprises and cooperatives applying digital technology in…
                   KTS.05     8%            · n/a        · n/a          ✗ ≥50%    ✗ ≥70%       ✗ ≥100%              Share of organisations and enterprises accepting cashless p…
                *  XHS.01     57%           ✓ ≥50%       ✗ ≥60%         ✗ ≥70%    ✗ ≥80%       ✗ ≥100%              Share of adults aged 15 and over with a smartphone
                   XHS.02     74%           ✓ ≥50%       ✓ ≥60%         ✓ ≥70%    ✗ ≥80%       ✗ ≥100%              Share of households covered by fibre-optic broadband Intern…
                *  XHS.03     28%           ✓ ≥20%       ✗ ≥30%         ✗ ≥40%    ✗ ≥50%       ✗ ≥60%               Share of adults aged 18 and over with a personal digital or…
                   XHS.04     59%           ✓ ≥40%       ✓ ≥50%         ✗ ≥60%    ✗ ≥70%       ✗ ≥80%               Share of adults with an electronic identification account
                   XHS.05     33%           ✓ ≥10%       ✓ ≥30%         ✗ ≥50%    ✗ ≥70%       ✗ ≥90%               Share of working-age people trained in basic digital skills…
                   XHS.06     72%           ✓ ≥60%       ✓ ≥70%         ✗ ≥80%    ✗ ≥90%       ✗ ≥100%              Share of people with an electronic health record
                *  XHS.07     73%           · n/a        ✗ ≥80%         ✗ ≥90%    ✗ ≥100%      ✗ ≥100%              Share of village and neighbourhood cultural houses with fib…
                   XHS.08     no            · n/a        · n/a          ✗ yes     ✗ yes        ✗ yes                Commune health station runs the health-station management i…
                   XHS.09     missing       · n/a        · n/a          ? yes     ? yes        ? yes                Has an education or training institution at digital-transfo…

                ✓ met  ✗ not met  · not applicable  ? missing (counts as not met)  * binding: keeps the unit from the next level

                - Level 2 (Kết nối / Connecting) is not reached: 10 criteria fall short of it: CQS.02, CQS.03, CQS.08, CQS.11, CQS.14, KTS.01, KTS.03, XHS.01, XHS.03, XHS.07.
                - Missing values count as not met: XHS.09. Fill them in to score the unit fully.
                - The unit registered for level 2 and does not reach it.
                - Level rule: a level is reached when every criterion of that level is met, whatever the lower levels (perLevel, as in Decision 2361, II.1.c).

                """)
    }

    @Test func provinceExplanationInVietnamese() {
        let run = chiso(["explain"] + Self.province + ["--unit", "U01", "--lang", "vi"])
        #expect(run.status == .ok, "\(run.error)")
        #expect(
            run.output == """
                Đơn vị U01 — Đơn vị Minh Họa 1
                Khung đánh giá: vn-dti-922-province (922/QĐ-BTTTT)
                Điểm — 447,62 trên 1.000 điểm, chỉ số 0,4476, xếp thứ 48

                  Mã      Giá trị                         Tên
                  ------  ------------------------------  ------------------------
                  total   447,62 / 1.000 (chỉ số 0,4476)  Tổng điểm
                  NT      42,82 / 100                     Nhận thức số
                  TC      47,7 / 100                      Thể chế số
                  HT      37,67 / 100                     Hạ tầng số
                  NL      56,36 / 100                     Nhân lực số
                  AT      60,95 / 100                     An toàn thông tin mạng
                  DT      không tính điểm: 0,4385         Đô thị thông minh
                  HD.CQS  87,34 / 200                     Hoạt động chính quyền số
                  HD.KTS  63,14 / 150                     Hoạt động kinh tế số
                  HD.XHS  51,65 / 150                     Hoạt động xã hội số

                ✓ đạt  ✗ chưa đạt  · không áp dụng  ? chưa có số liệu (tính là chưa đạt)  * tiêu chí cản trở: giữ đơn vị lại, chưa lên xếp loại tiếp theo

                - CQS (Trụ cột Chính quyền số): chỉ số 0,4755, xếp thứ 45.
                - KTS (Trụ cột Kinh tế số): chỉ số 0,4748, xếp thứ 46.
                - XHS (Trụ cột Xã hội số): chỉ số 0,4571, xếp thứ 47.
                - NEN_TANG (Nhóm chỉ số nền tảng chung): chỉ số 0,4910, xếp thứ 45.
                - HOAT_DONG (Nhóm chỉ số hoạt động): chỉ số 0,4042, xếp thứ 51.

                """)
    }

    @Test func provinceExplanationInEnglish() {
        let run = chiso(["explain"] + Self.province + ["--unit", "U01", "--lang", "en"])
        #expect(run.status == .ok, "\(run.error)")
        #expect(
            run.output == """
                Unit U01 — Đơn vị Minh Họa 1
                Framework: vn-dti-922-province (922/QĐ-BTTTT)
                Score — 447.62 of 1,000 points, index 0.4476, rank 48

                  criterion  value                          name
                  ---------  -----------------------------  ---------------------------
                  total      447.62 / 1,000 (index 0.4476)  Total
                  NT         42.82 / 100                    Digital awareness
                  TC         47.7 / 100                     Digital institutions
                  HT         37.67 / 100                    Digital infrastructure
                  NL         56.36 / 100                    Digital human resources
                  AT         60.95 / 100                    Cyber information security
                  DT         information only: 0.4385       Smart city
                  HD.CQS     87.34 / 200                    Digital government activity
                  HD.KTS     63.14 / 150                    Digital economy activity
                  HD.XHS     51.65 / 150                    Digital society activity

                ✓ met  ✗ not met  · not applicable  ? missing (counts as not met)  * binding: keeps the unit from the next tier

                - View CQS (Digital government pillar): index 0.4755, rank 45.
                - View KTS (Digital economy pillar): index 0.4748, rank 46.
                - View XHS (Digital society pillar): index 0.4571, rank 47.
                - View NEN_TANG (Common-foundation group): index 0.4910, rank 45.
                - View HOAT_DONG (Activity group): index 0.4042, rank 51.

                """)
    }

    /// Words chiso used to print in English; with `--lang vi` none is left outside IDs, file names and option names.
    static let englishWords = [
        "level", "criteria", "criterion", "missing", "met", "yes", "no", "unit", "units", "reached", "tier", "points",
    ]

    @Test(arguments: [
        ["score"] + commune, ["score"] + province, ["score"] + commune + ["--format", "markdown"],
        ["explain"] + commune + ["--unit", "H01-X01"], ["explain"] + province + ["--unit", "U01"],
        ["explain"] + commune + ["--unit", "H01-X01", "--format", "markdown"],
        ["score"] + district, ["explain"] + district + ["--unit", "H01"],
    ])
    func vietnameseOutputHasNoEnglishWords(command: [String]) throws {
        let run = chiso(command + ["--lang", "vi"])
        #expect(run.status == .ok, "\(run.error)")
        // IDs (CQS.01, H01-X01, unit_id, perLevel), file names and option names are left out first.
        let identifier = try Regex(#"[\w.-]*[_.\-/][\w.-]*|[a-z]+[A-Z]\w*|--[\w-]+"#)
        let text = run.output.replacing(identifier, with: " ")
        let word = try Regex(#"\b("# + Self.englishWords.joined(separator: "|") + #")\b"#).ignoresCase()
        let found = text.matches(of: word).map { String(text[$0.range]) }
        #expect(found.isEmpty, "English words in the Vietnamese output: \(found)")
        // The same words are there in English, so the check can fail.
        let english = chiso(command + ["--lang", "en"]).output.replacing(identifier, with: " ")
        #expect(!english.matches(of: word).isEmpty)
    }
}
