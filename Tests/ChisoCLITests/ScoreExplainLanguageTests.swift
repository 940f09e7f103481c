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

                   Mã      Tên                               Giá trị          M1 Khởi động  M2 Kết nối  M3 Cơ bản  M4 Nâng cao  M5 Toàn diện
                -  ------  --------------------------------  ---------------  ------------  ----------  ---------  -----------  ---------------------
                   CQS.01  Tỷ lệ thủ tục hành chính đủ điề…  63%              ✓ ≥50%        ✓ ≥60%      ✗ ≥70%     ✗ ≥100%      ✗ ≥100%
                *  CQS.02  Tỷ lệ hồ sơ thủ tục hành chính…   28%              ✓ ≥20%        ✗ ≥30%      ✗ ≥50%     ✗ ≥80%       ✗ ≥90%
                *  CQS.03  Tỷ lệ xử lý văn bản, hồ sơ công…  62%              ✓ ≥60%        ✗ ≥70%      ✗ ≥80%     ✗ ≥90%       ✗ ≥100%
                   CQS.04  Chế độ báo cáo, chỉ tiêu tổng h…  có               ·             ·           ✓ có       ✓ có         ✓ có
                   CQS.05  Địa phương có ứng dụng, triển k…  không            ·             ·           ·          ✗ có         ✗ có
                   CQS.06  Tỷ lệ cán bộ, công chức cấp xã…   61%              ✓ ≥50%        ✓ ≥60%      ✗ ≥80%     ✗ ≥100%      ✗ ≥100%
                   CQS.07  Có bố trí người làm công tác ch…  1                ✓ ≥1          ✓ ≥1        ✓ ≥1       ✓ ≥1         ✗ ≥2
                *  CQS.08  Tỷ lệ công chức cấp xã được tra…  52%              ✓ ≥50%        ✗ ≥60%      ✗ ≥70%     ✗ ≥80%       ✗ ≥90%
                   CQS.09  Tỷ lệ hệ thống thông tin của ch…  41%              ·             ·           ✗ ≥100%    ✗ ≥100%      ✗ ≥100%
                   CQS.10  Tỷ lệ hệ thống thông tin của Ủy…  19%              ·             ·           ✗ ≥50%     ✗ ≥70%       ✗ ≥100%
                *  CQS.11  Tỷ lệ hệ thống thông tin được k…  33%              ·             ✗ ≥40%      ✗ ≥60%     ✗ ≥80%       ✗ ≥100%
                   CQS.12  Hệ thống camera giám sát an nin…  có               ·             ·           ✓ có       ✓ có         ✓ có
                   CQS.13  Đài truyền thanh xã, phường, th…  không            ·             ·           ✗ có       ✗ có         ✗ có
                *  CQS.14  Điểm phục vụ bưu chính có khả n…  không            ·             ✗ có        ✗ có       ✗ có         ✗ có
                   CQS.15  UBND cấp xã kết nối và sử dụng…   không            ·             ·           ✗ có       ✗ có         ✗ có
                   CQS.16  Trang thông tin điện tử cung cấ…  không            ·             ·           ✗ có       ✗ có         ✗ có
                   CQS.17  Chính quyền cấp xã sử dụng hệ t…  có               ·             ·           ✓ có       ✓ có         ✓ có
                   CQS.18  Chính quyền cấp xã có hệ thống…   không            ·             ·           ✗ có       ✗ có         ✗ có
                   CQS.19  Phổ biến thông tin (pháp luật,…   có               ·             ·           ✓ có       ✓ có         ✓ có
                   CQS.20  Xây dựng và triển khai kế hoạch…  không            ·             ·           ✗ có       ✗ có         ✗ có
                   CQS.21  Sử dụng nhóm, diễn đàn chia sẻ,…  có               ·             ·           ✓ có       ✓ có         ✓ có
                   CQS.22  Có ứng dụng hệ thống quản lý th…  không            ·             ·           ·          ✗ có         ✗ có
                   CQS.23  Có ứng dụng tương tác và xử lý…   không            ·             ·           ·          ✗ có         ✗ có
                   CQS.24  Có ứng dụng nền tảng số để giải…  không            ·             ·           ·          ✗ có         ✗ có
                *  KTS.01  Tỷ lệ doanh nghiệp nhỏ và vừa s…  29%              ✓ ≥20%        ✗ ≥30%      ✗ ≥40%     ✗ ≥50%       ✗ ≥70%
                   KTS.02  Tỷ lệ thành viên của hợp tác xã…  57%              ✓ ≥30%        ✓ ≥40%      ✓ ≥50%     ✗ ≥70%       ✗ ≥90%
                *  KTS.03  Có sản phẩm chủ lực, đặc trưng…   không            ·             ✗ có        ✗ có       ✗ có         ✗ có
                   KTS.04  Doanh nghiệp, hợp tác xã ứng dụ…  1; tỷ lệ 77%     ·             ·           ✓ ≥1       ✗ ≥2         ✗ ≥3 hoặc tỷ lệ ≥100%
                   KTS.05  Tỷ lệ tổ chức, doanh nghiệp chấ…  8%               ·             ·           ✗ ≥50%     ✗ ≥70%       ✗ ≥100%
                *  XHS.01  Tỷ lệ dân số trưởng thành từ 15…  57%              ✓ ≥50%        ✗ ≥60%      ✗ ≥70%     ✗ ≥80%       ✗ ≥100%
                   XHS.02  Tỷ lệ hộ gia đình được phủ mạng…  74%              ✓ ≥50%        ✓ ≥60%      ✓ ≥70%     ✗ ≥80%       ✗ ≥100%
                *  XHS.03  Tỷ lệ dân số trưởng thành từ 18…  28%              ✓ ≥20%        ✗ ≥30%      ✗ ≥40%     ✗ ≥50%       ✗ ≥60%
                   XHS.04  Tỷ lệ người dân trong độ tuổi t…  59%              ✓ ≥40%        ✓ ≥50%      ✗ ≥60%     ✗ ≥70%       ✗ ≥80%
                   XHS.05  Tỷ lệ người dân trong độ tuổi l…  33%              ✓ ≥10%        ✓ ≥30%      ✗ ≥50%     ✗ ≥70%       ✗ ≥90%
                   XHS.06  Tỷ lệ người dân có hồ sơ sức kh…  72%              ✓ ≥60%        ✓ ≥70%      ✗ ≥80%     ✗ ≥90%       ✗ ≥100%
                *  XHS.07  Tỷ lệ nhà văn hóa tại thôn, bản…  73%              ·             ✗ ≥80%      ✗ ≥90%     ✗ ≥100%      ✗ ≥100%
                   XHS.08  Trạm y tế triển khai hệ thống t…  không            ·             ·           ✗ có       ✗ có         ✗ có
                   XHS.09  Có cơ sở giáo dục và đào tạo đạ…  chưa có số liệu  ·             ·           ? có       ? có         ? có

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

                   criterion  name                              value         L1 Starting  L2 Connecting  L3 Basic  L4 Advanced  L5 Comprehensive
                -  ---------  --------------------------------  ------------  -----------  -------------  --------  -----------  -------------------
                   CQS.01     Share of eligible administrativ…  63%           ✓ ≥50%       ✓ ≥60%         ✗ ≥70%    ✗ ≥100%      ✗ ≥100%
                *  CQS.02     Share of administrative procedu…  28%           ✓ ≥20%       ✗ ≥30%         ✗ ≥50%    ✗ ≥80%       ✗ ≥90%
                *  CQS.03     Share of documents and work fil…  62%           ✓ ≥60%       ✗ ≥70%         ✗ ≥80%    ✗ ≥90%       ✗ ≥100%
                   CQS.04     Periodic and statistical socio-…  yes           · n/a        · n/a          ✓ yes     ✓ yes        ✓ yes
                   CQS.05     The locality uses a virtual ass…  no            · n/a        · n/a          · n/a     ✗ yes        ✗ yes
                   CQS.06     Share of commune officials and…   61%           ✓ ≥50%       ✓ ≥60%         ✗ ≥80%    ✗ ≥100%      ✗ ≥100%
                   CQS.07     Staff assigned full-time or as…   1             ✓ ≥1         ✓ ≥1           ✓ ≥1      ✓ ≥1         ✗ ≥2
                *  CQS.08     Share of commune civil servants…  52%           ✓ ≥50%       ✗ ≥60%         ✗ ≥70%    ✗ ≥80%       ✗ ≥90%
                   CQS.09     Share of government information…  41%           · n/a        · n/a          ✗ ≥100%   ✗ ≥100%      ✗ ≥100%
                   CQS.10     Share of the commune People's C…  19%           · n/a        · n/a          ✗ ≥50%    ✗ ≥70%       ✗ ≥100%
                *  CQS.11     Share of information systems in…  33%           · n/a        ✗ ≥40%         ✗ ≥60%    ✗ ≥80%       ✗ ≥100%
                   CQS.12     Security and public-order surve…  yes           · n/a        · n/a          ✓ yes     ✓ yes        ✓ yes
                   CQS.13     Commune radio station applying…   no            · n/a        · n/a          ✗ yes     ✗ yes        ✗ yes
                *  CQS.14     Postal service point able to he…  no            · n/a        ✗ yes          ✗ yes     ✗ yes        ✗ yes
                   CQS.15     Commune People's Committee conn…  no            · n/a        · n/a          ✗ yes     ✗ yes        ✗ yes
                   CQS.16     Website providing all informati…  no            · n/a        · n/a          ✗ yes     ✗ yes        ✗ yes
                   CQS.17     Commune government uses a paper…  yes           · n/a        · n/a          ✓ yes     ✓ yes        ✓ yes
                   CQS.18     Commune government has an IT sy…  no            · n/a        · n/a          ✗ yes     ✗ yes        ✗ yes
                   CQS.19     Information (laws, notices, gui…  yes           · n/a        · n/a          ✓ yes     ✓ yes        ✓ yes
                   CQS.20     Local plan built and carried ou…  no            · n/a        · n/a          ✗ yes     ✗ yes        ✗ yes
                   CQS.21     Groups or forums on digital pla…  yes           · n/a        · n/a          ✓ yes     ✓ yes        ✓ yes
                   CQS.22     Uses a system to manage socio-e…  no            · n/a        · n/a          · n/a     ✗ yes        ✗ yes
                   CQS.23     Uses an application to interact…  no            · n/a        · n/a          · n/a     ✗ yes        ✗ yes
                   CQS.24     Uses digital platforms to solve…  no            · n/a        · n/a          · n/a     ✗ yes        ✗ yes
                *  KTS.01     Share of small and medium enter…  29%           ✓ ≥20%       ✗ ≥30%         ✗ ≥40%    ✗ ≥50%       ✗ ≥70%
                   KTS.02     Share of members of cooperative…  57%           ✓ ≥30%       ✓ ≥40%         ✓ ≥50%    ✗ ≥70%       ✗ ≥90%
                *  KTS.03     Key, characteristic or OCOP pro…  no            · n/a        ✗ yes          ✗ yes     ✗ yes        ✗ yes
                   KTS.04     Enterprises and cooperatives ap…  1; share 77%  · n/a        · n/a          ✓ ≥1      ✗ ≥2         ✗ ≥3 or share ≥100%
                   KTS.05     Share of organisations and ente…  8%            · n/a        · n/a          ✗ ≥50%    ✗ ≥70%       ✗ ≥100%
                *  XHS.01     Share of adults aged 15 and ove…  57%           ✓ ≥50%       ✗ ≥60%         ✗ ≥70%    ✗ ≥80%       ✗ ≥100%
                   XHS.02     Share of households covered by…   74%           ✓ ≥50%       ✓ ≥60%         ✓ ≥70%    ✗ ≥80%       ✗ ≥100%
                *  XHS.03     Share of adults aged 18 and ove…  28%           ✓ ≥20%       ✗ ≥30%         ✗ ≥40%    ✗ ≥50%       ✗ ≥60%
                   XHS.04     Share of adults with an electro…  59%           ✓ ≥40%       ✓ ≥50%         ✗ ≥60%    ✗ ≥70%       ✗ ≥80%
                   XHS.05     Share of working-age people tra…  33%           ✓ ≥10%       ✓ ≥30%         ✗ ≥50%    ✗ ≥70%       ✗ ≥90%
                   XHS.06     Share of people with an electro…  72%           ✓ ≥60%       ✓ ≥70%         ✗ ≥80%    ✗ ≥90%       ✗ ≥100%
                *  XHS.07     Share of village and neighbourh…  73%           · n/a        ✗ ≥80%         ✗ ≥90%    ✗ ≥100%      ✗ ≥100%
                   XHS.08     Commune health station runs the…  no            · n/a        · n/a          ✗ yes     ✗ yes        ✗ yes
                   XHS.09     Has an education or training in…  missing       · n/a        · n/a          ? yes     ? yes        ? yes

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

                  Mã      Tên                       Giá trị
                  ------  ------------------------  ------------------------------
                  total   Tổng điểm                 447,62 / 1.000 (chỉ số 0,4476)
                  NT      Nhận thức số              42,82 / 100
                  TC      Thể chế số                47,7 / 100
                  HT      Hạ tầng số                37,67 / 100
                  NL      Nhân lực số               56,36 / 100
                  AT      An toàn thông tin mạng    60,95 / 100
                  DT      Đô thị thông minh         không tính điểm: 0,4385
                  HD.CQS  Hoạt động chính quyền số  87,34 / 200
                  HD.KTS  Hoạt động kinh tế số      63,14 / 150
                  HD.XHS  Hoạt động xã hội số       51,65 / 150

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

                  criterion  name                         value
                  ---------  ---------------------------  -----------------------------
                  total      Total                        447.62 / 1,000 (index 0.4476)
                  NT         Digital awareness            42.82 / 100
                  TC         Digital institutions         47.7 / 100
                  HT         Digital infrastructure       37.67 / 100
                  NL         Digital human resources      56.36 / 100
                  AT         Cyber information security   60.95 / 100
                  DT         Smart city                   information only: 0.4385
                  HD.CQS     Digital government activity  87.34 / 200
                  HD.KTS     Digital economy activity     63.14 / 150
                  HD.XHS     Digital society activity     51.65 / 150

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
