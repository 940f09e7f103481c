import ChisoCore
import Foundation
import Testing

@testable import ChisoFormats

@Suite struct RuleSuggestionTests {
    /// The method texts of the real provincial tables in `shared/data/provincial/` (column `rule_text_vi`), verbatim,
    /// with their `Điểm tối đa` and the rule a person reads in them (`nil`: no suggestion should be made).
    static let provincial: [(String, String, Double, PointRuleWords?)] = [
        (
            "district bulletin 1.1",
            "BCĐ họp 4 lần/ năm (Trung bình mỗi quý 1 lần): 20 điểm; BCĐ họp 3 lần/ năm: 15 điểm; BCĐ họp 2 lần/ năm: "
                + "10 điểm; BCĐ họp 1 lần/ năm: 5 điểm; Còn lại: 0 điểm", 20,
            .steps([
                .init(atLeast: 4, points: 20), .init(atLeast: 3, points: 15), .init(atLeast: 2, points: 10),
                .init(atLeast: 1, points: 5),
            ])
        ),
        (
            "district bulletin 1.2",
            "a = Số cuộc họp CĐS của huyện có Bí thư/Chủ tịch huyện, thị xã, thành phố chủ trì; b = Tổng số cuộc họp "
                + "CĐS của huyện, thị xã, thành phố; - Tỷ lệ = a/b; - Điểm = Tỷ lệ*Điểm tối đa", 20, .ratio
        ),
        (
            "district bulletin 1.3",
            "a = Số lượng văn bản chỉ đạo chuyên đề về chuyển đổi số do người đứng đầu huyện, thị xã, thành phố (Chủ "
                + "tịch UBND huyện, thị xã, thành phố) ký; b = Tổng số lượng văn bản chỉ đạo chuyên đề về chuyển đổi số "
                + "của huyện, thị xã, thành phố theo yêu cầu của tỉnh; - Tỷ lệ = a/b; - Điểm = Tỷ lệ*Điểm tối đa", 20,
            .ratio
        ),
        (
            "Đồng Tháp 1.1",
            "- Trưởng ban là Bí thư/Chủ tịch huyện, thành phố: Điểm tối đa - Trưởng ban là Phó Bí thư/Phó Chủ tịch "
                + "huyện, thành phố: 1/2*Điểm tối đa; - Chưa có Ban chỉ đạo hoặc có nhưng Trưởng ban không phải Lãnh "
                + "đạo huyện, thành phố: 0 điểm.", 10,
            .choice([
                .init(label: "Trưởng ban là Bí thư/Chủ tịch huyện, thành phố", points: 10),
                .init(label: "Trưởng ban là Phó Bí thư/Phó Chủ tịch huyện, thành phố", points: 5),
                .init(
                    label: "Chưa có Ban chỉ đạo hoặc có nhưng Trưởng ban không phải Lãnh đạo huyện, thành phố",
                    points: 0),
            ])
        ),
        (
            "Đồng Tháp 1.2 (a sum of two halves: no one rule)",
            "- Chủ tịch/Phó Chủ tịch UBND huyện, thành phố tham gia đầy đủ các phiên họp về Chuyển đổi số của Tỉnh (do "
                + "UBND Tỉnh hoặc Ban Chỉ đạo CĐS Tỉnh mời): 1/2 * Điểm tối đa; - Chủ tịch/Phó Chủ tịch UBND huyện, "
                + "thành phố chủ trì các cuộc họp về CĐS của huyện, thành phố: 1/2 * Điểm tối đa - ... không tham gia "
                + "đầy đủ ...: 0 điểm; - ... không chủ trì ...: 0 điểm.", 10, nil
        ),
        (
            "Đồng Tháp 1.3 (cut off before its formula)",
            "a=Số lượng văn bản chỉ đạo chuyên đề về chuyển đổi số do người đứng đầu huyện/thành phố (Bí thư hoặc Chủ "
                + "tịch huyện, thành phố) ký; b=T[...]", 10, nil
        ),
        (
            "Thanh Hóa 1.1",
            "- Trưởng ban là Bí thư/Chủ tịch cấp xã (cấp Trưởng): Điểm tối đa. - Trưởng ban là Phó Bí thư/Phó Chủ tịch "
                + "cấp xã (cấp Phó): 1/2*Điểm tối đa. - Chưa có Ban Chỉ đạo hoặc có nhưng Trưởng ban không phải cấp "
                + "Trưởng/cấp Phó: 0 điểm.", 20,
            .choice([
                .init(label: "Trưởng ban là Bí thư/Chủ tịch cấp xã (cấp Trưởng)", points: 20),
                .init(label: "Trưởng ban là Phó Bí thư/Phó Chủ tịch cấp xã (cấp Phó)", points: 10),
                .init(label: "Chưa có Ban Chỉ đạo hoặc có nhưng Trưởng ban không phải cấp Trưởng/cấp Phó", points: 0),
            ])
        ),
    ]

    /// The short wordings.
    static let short: [(String, String, Double, PointRuleWords?)] = [
        ("ratio", "Tỷ lệ = a/b × Điểm tối đa", 10, .ratio),
        (
            "steps", "2 lần/năm: 10 điểm\n1 lần/năm: 5 điểm", 10,
            .steps([.init(atLeast: 2, points: 10), .init(atLeast: 1, points: 5)])
        ),
        (
            "choice", "Có: 5 điểm; Không: 0 điểm", 5,
            .choice([.init(label: "Có", points: 5), .init(label: "Không", points: 0)])
        ),
        ("yes/no", "Đạt: 10 điểm; Không đạt: 0", 10, .yesNo),
        ("yes/no at the maximum", "Đạt: Điểm tối đa; Không đạt: 0 điểm", 15, .yesNo),
        ("no wording", "Theo báo cáo của Sở", 10, nil),
        ("no item at 0", "Có: 5 điểm; Một phần: 2 điểm", 5, nil),
    ]

    @Test(arguments: provincial + short)
    func suggests(_ name: String, _ method: String, _ maximum: Double, _ expected: PointRuleWords?) {
        let suggestion = RuleSuggestion.suggest(from: method, maximum: maximum)
        #expect(suggestion?.rule == expected, "\(name)")
        if let suggestion { #expect(suggestion.text == method) }
    }
}
