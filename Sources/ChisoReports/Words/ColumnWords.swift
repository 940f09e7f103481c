package import ChisoCore
import ChisoFormats

/// One column of chiso's CSV outputs (or one statistic of its tidy outputs): the stable ID a program reads, and the
/// display name and meaning a person reads, in Vietnamese and English. `notebooks-data/columns.csv` is written from
/// these entries (a test checks it), and workbooks describe their columns with them.
package struct ColumnEntry: Sendable {
    /// What a column's numbers are measured in, where a reader could take one for another.
    package enum Scale: Sendable {
        /// A share from 0 to 1 (an index), not a percentage.
        case share
    }

    /// The command whose output has the column (`score`, `frameworks show`), `* ` for every output, or a command
    /// followed by ` statistic` for the statistics of a tidy output.
    package var output: String
    /// The column's ID; `<ID>` stands for any text, `<N>` for a whole number.
    package var name: String
    /// The display name.
    package var title: LocalizedText
    /// What the column holds.
    package var meaning: LocalizedText
    /// What its numbers are measured in, when it matters.
    package var scale: Scale?

    /// Creates an entry.
    package init(
        _ output: String, _ name: String, vi: String, en: String, meaning: LocalizedText, scale: Scale? = nil
    ) {
        self.output = output
        self.name = name
        self.title = LocalizedText(vi: vi, en: en)
        self.meaning = meaning
        self.scale = scale
    }

    /// The text `<ID>` or `<N>` stood for when `column` matches the entry's name (an empty string for a name without
    /// one), or `nil` when it does not match.
    package func match(_ column: String) -> String? {
        for placeholder in ["<ID>", "<N>"] {
            guard let range = name.firstRange(of: placeholder) else { continue }
            let prefix = name[..<range.lowerBound]
            let suffix = name[range.upperBound...]
            guard column.count > prefix.count + suffix.count, column.hasPrefix(prefix), column.hasSuffix(suffix)
            else { return nil }
            let middle = String(column.dropFirst(prefix.count).dropLast(suffix.count))
            if placeholder == "<N>", !middle.allSatisfy(\.isASCIIDigit) { return nil }
            return middle
        }
        return name == column ? "" : nil
    }

    /// The entry's display name and meaning for `column`, with the text its placeholder stood for put in.
    package func words(for column: String) -> (title: LocalizedText, meaning: LocalizedText) {
        guard let filled = match(column), !filled.isEmpty else { return (title, meaning) }
        func fill(_ text: LocalizedText) -> LocalizedText {
            LocalizedText(
                vi: text.vi.replacing("<ID>", with: filled).replacing("<N>", with: filled),
                en: text.en.replacing("<ID>", with: filled).replacing("<N>", with: filled))
        }
        return (fill(title), fill(meaning))
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0–9.
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

/// The column dictionary: every column of chiso's CSV outputs and every statistic of its tidy outputs, named in
/// Vietnamese and English.
package enum ColumnWords {
    /// The entry for `column` of `output`'s CSV: the output's own first, then one for every output (`*`).
    package static func entry(for column: String, output: String) -> ColumnEntry? {
        entries.first { $0.output == output && $0.match(column) != nil }
            ?? entries.first { $0.output == "*" && $0.match(column) != nil }
    }

    /// The dictionary as `notebooks-data/columns.csv` holds it: `output,name,vi,en,meaning_vi,meaning_en`.
    package static var csv: String {
        CSVWriter.document(
            header: ["output", "name", "vi", "en", "meaning_vi", "meaning_en"],
            rows: entries.map { [$0.output, $0.name, $0.title.vi, $0.title.en, $0.meaning.vi, $0.meaning.en] })
    }

    /// Every entry, in the order of `notebooks-data/columns.csv`.
    package static let entries: [ColumnEntry] = [
        ColumnEntry(
            "*", "unit_id", vi: "Mã đơn vị", en: "Unit ID",
            meaning: LocalizedText(
                vi: "Mã của đơn vị được đánh giá",
                en: "The assessed unit's ID")),
        ColumnEntry(
            "*", "unit_name", vi: "Tên đơn vị", en: "Unit name",
            meaning: LocalizedText(
                vi: "Tên của đơn vị được đánh giá",
                en: "The assessed unit's name")),
        ColumnEntry(
            "*", "parent_id", vi: "Mã đơn vị cấp trên", en: "Parent unit ID",
            meaning: LocalizedText(
                vi: "Mã của huyện (hoặc tỉnh) chứa đơn vị",
                en: "The ID of the district (or province) the unit belongs to")),
        ColumnEntry(
            "*", "year", vi: "Năm", en: "Year",
            meaning: LocalizedText(
                vi: "Năm đánh giá",
                en: "The assessment year")),
        ColumnEntry(
            "*", "framework", vi: "Khung đánh giá", en: "Framework",
            meaning: LocalizedText(
                vi: "Mã khung đánh giá đã dùng",
                en: "The ID of the framework used")),
        ColumnEntry(
            "*", "frameworks", vi: "Các khung đánh giá", en: "Frameworks",
            meaning: LocalizedText(
                vi: "Mã các khung đánh giá, cách nhau bởi dấu ;",
                en: "The IDs of the frameworks, separated by ;")),
        ColumnEntry(
            "score", "level", vi: "Mức", en: "Level",
            meaning: LocalizedText(
                vi: "Mức chuyển đổi số đạt được (0 = chưa đạt mức 1)",
                en: "The digital-transformation level reached (0 = below level 1)")),
        ColumnEntry(
            "score", "level_name", vi: "Tên mức", en: "Level name",
            meaning: LocalizedText(
                vi: "Tên mức bằng tiếng Việt",
                en: "The level's name in Vietnamese")),
        ColumnEntry(
            "score", "level_name_en", vi: "Tên mức (tiếng Anh)", en: "Level name (English)",
            meaning: LocalizedText(
                vi: "Tên mức bằng tiếng Anh",
                en: "The level's name in English")),
        ColumnEntry(
            "score", "registered_level", vi: "Mức đăng ký", en: "Registered level",
            meaning: LocalizedText(
                vi: "Mức đơn vị đăng ký xét công nhận",
                en: "The level the unit registered for recognition")),
        ColumnEntry(
            "score", "meets_registered", vi: "Đạt mức đăng ký", en: "Meets registered level",
            meaning: LocalizedText(
                vi: "yes nếu đạt mức đã đăng ký; no nếu chưa",
                en: "yes if the unit reaches its registered level; no if not")),
        ColumnEntry(
            "score", "next_level_blockers", vi: "Tiêu chí cản trở lên mức tiếp theo", en: "Next level blockers",
            meaning: LocalizedText(
                vi: "Mã các tiêu chí chưa đạt yêu cầu của mức tiếp theo, cách nhau bởi dấu ;",
                en: "The IDs of the criteria that fall short of the next level, separated by ;")),
        ColumnEntry(
            "score", "missing", vi: "Chưa có số liệu", en: "Missing",
            meaning: LocalizedText(
                vi: "Mã các tiêu chí chưa có số liệu (tính là chưa đạt)",
                en: "The IDs of the criteria without data (counted as not met)")),
        ColumnEntry(
            "score", "score", vi: "Điểm", en: "Score",
            meaning: LocalizedText(
                vi: "Tổng điểm đạt được",
                en: "The points scored")),
        ColumnEntry(
            "score", "max_score", vi: "Điểm tối đa", en: "Maximum score",
            meaning: LocalizedText(
                vi: "Tổng điểm tối đa của khung đánh giá",
                en: "The framework's maximum points")),
        ColumnEntry(
            "score", "index", vi: "Chỉ số", en: "Index",
            meaning: LocalizedText(
                vi: "Điểm chia cho điểm tối đa (0–1)",
                en: "The score divided by the maximum (0–1)"), scale: .share),
        ColumnEntry(
            "score", "tier", vi: "Xếp loại", en: "Tier",
            meaning: LocalizedText(
                vi: "Xếp loại đạt được bằng tiếng Việt (trống nếu không xếp loại)",
                en: "The tier reached in Vietnamese (empty when the framework has none)")),
        ColumnEntry(
            "score", "tier_en", vi: "Xếp loại (tiếng Anh)", en: "Tier (English)",
            meaning: LocalizedText(
                vi: "Xếp loại đạt được bằng tiếng Anh",
                en: "The tier reached in English")),
        ColumnEntry(
            "score", "rank", vi: "Thứ hạng", en: "Rank",
            meaning: LocalizedText(
                vi: "Thứ hạng theo tổng điểm (1 = cao nhất)",
                en: "The rank by total score (1 = highest)")),
        ColumnEntry(
            "score", "index.<ID>", vi: "Chỉ số <ID>", en: "Index of <ID>",
            meaning: LocalizedText(
                vi: "Chỉ số (0–1) của chỉ số chính hoặc nhóm <ID>",
                en: "The index (0–1) of main index or view <ID>"), scale: .share),
        ColumnEntry(
            "score", "rank.<ID>", vi: "Thứ hạng <ID>", en: "Rank by <ID>",
            meaning: LocalizedText(
                vi: "Thứ hạng theo chỉ số chính hoặc nhóm <ID>",
                en: "The rank by main index or view <ID>")),
        ColumnEntry(
            "score", "next_tier_blockers", vi: "Cản trở lên xếp loại tiếp theo", en: "Next tier blockers",
            meaning: LocalizedText(
                vi: "Mã các chỉ số chưa đạt yêu cầu của xếp loại tiếp theo, cách nhau bởi dấu ;",
                en: "The IDs of the nodes that fall short of the next tier, separated by ;")),
        ColumnEntry(
            "explain", "criterion", vi: "Tiêu chí", en: "Criterion",
            meaning: LocalizedText(
                vi: "Mã tiêu chí (với khung đánh giá không theo mức và không tính điểm: mã điều kiện)",
                en: "The criterion's ID (for a framework neither of levels nor of points: the condition's ID)")),
        ColumnEntry(
            "explain", "level", vi: "Mức", en: "Level",
            meaning: LocalizedText(
                vi: "Mức được xét ở dòng này",
                en: "The level this row is about")),
        ColumnEntry(
            "explain", "class", vi: "Mức hoặc xếp loại", en: "Class",
            meaning: LocalizedText(
                vi: "Hạng được xét ở dòng này",
                en: "The class this row is about")),
        ColumnEntry(
            "explain", "required", vi: "Yêu cầu", en: "Required",
            meaning: LocalizedText(
                vi:
                    "Điều mức hoặc xếp loại yêu cầu ở tiêu chí hoặc chỉ số, như bảng giải thích ghi (bằng tiếng Anh); trống nếu không yêu cầu gì",
                en:
                    "What the level or tier asks of the criterion or node, as the explanation's table writes it; empty when it asks nothing"
            )),
        ColumnEntry(
            "explain", "value", vi: "Giá trị", en: "Value",
            meaning: LocalizedText(
                vi: "Giá trị của đơn vị, như bảng giải thích ghi (bằng tiếng Anh)",
                en: "The unit's value, as the explanation's table writes it")),
        ColumnEntry(
            "explain", "status", vi: "Tình trạng", en: "Status",
            meaning: LocalizedText(
                vi:
                    "Tình trạng ở mức hoặc xếp loại này: met (đạt), not met (chưa đạt), missing (chưa có số liệu), not applicable (không áp dụng cho đơn vị), not required (mức hoặc xếp loại không yêu cầu gì)",
                en:
                    "The status at this level or tier: met, not met, missing, not applicable (to the unit), not required (the level or tier asks nothing)"
            )),
        ColumnEntry(
            "explain", "blocks_next", vi: "Cản trở lên mức hoặc xếp loại tiếp theo",
            en: "Blocks the next level or tier",
            meaning: LocalizedText(
                vi:
                    "yes ở dòng của mức hoặc xếp loại tiếp theo khi tiêu chí hoặc chỉ số giữ đơn vị lại, chưa lên được; còn lại no",
                en:
                    "yes on the next level's or tier's row where the criterion or node keeps the unit from it; no elsewhere"
            )),
        ColumnEntry(
            "explain", "node", vi: "Chỉ số", en: "Node",
            meaning: LocalizedText(
                vi: "Mã chỉ số (total là tổng điểm)",
                en: "The node's ID (total for the total)")),
        ColumnEntry(
            "explain", "parent", vi: "Chỉ số cha", en: "Parent",
            meaning: LocalizedText(
                vi: "Mã chỉ số chứa chỉ số này (trống ở cấp cao nhất)",
                en: "The ID of the node it belongs to (empty at the top)")),
        ColumnEntry(
            "explain", "depth", vi: "Cấp", en: "Depth",
            meaning: LocalizedText(
                vi: "Độ sâu của chỉ số trong cây (0 ở cấp cao nhất)",
                en: "How deep the node lies in the tree (0 at the top)")),
        ColumnEntry(
            "explain", "points", vi: "Điểm", en: "Points",
            meaning: LocalizedText(
                vi: "Điểm đơn vị đạt ở chỉ số (trống nếu thiếu số liệu hoặc chỉ để tham khảo)",
                en: "The points the unit earns on the node (empty when its input is missing or it is information only)")
        ),
        ColumnEntry(
            "explain", "max_points", vi: "Điểm tối đa", en: "Maximum points",
            meaning: LocalizedText(
                vi: "Điểm tối đa của chỉ số",
                en: "The node's maximum points")),
        ColumnEntry(
            "explain", "share", vi: "Tỷ lệ điểm", en: "Share of points",
            meaning: LocalizedText(
                vi: "Điểm chia cho điểm tối đa (0–1)",
                en: "The points divided by the maximum (0–1)"), scale: .share),
        ColumnEntry(
            "explain", "tier", vi: "Xếp loại", en: "Tier",
            meaning: LocalizedText(
                vi: "Xếp loại được xét ở dòng này, bằng tiếng Việt",
                en: "The tier this row is about, in Vietnamese")),
        ColumnEntry(
            "explain", "tier_en", vi: "Xếp loại (tiếng Anh)", en: "Tier (English)",
            meaning: LocalizedText(
                vi: "Xếp loại được xét ở dòng này, bằng tiếng Anh",
                en: "The tier this row is about, in English")),
        ColumnEntry(
            "gap", "target", vi: "Mục tiêu", en: "Target",
            meaning: LocalizedText(
                vi: "Mức hoặc xếp loại cần đạt",
                en: "The level or tier to reach")),
        ColumnEntry(
            "gap", "criterion", vi: "Tiêu chí", en: "Criterion",
            meaning: LocalizedText(
                vi: "Mã tiêu chí hoặc chỉ số",
                en: "The criterion or node ID")),
        ColumnEntry(
            "gap", "current", vi: "Hiện tại", en: "Current",
            meaning: LocalizedText(
                vi: "Giá trị hiện tại",
                en: "The value now")),
        ColumnEntry(
            "gap", "required", vi: "Yêu cầu", en: "Required",
            meaning: LocalizedText(
                vi: "Giá trị mục tiêu yêu cầu",
                en: "The value the target requires")),
        ColumnEntry(
            "gap", "gap", vi: "Khoảng cách", en: "Gap",
            meaning: LocalizedText(
                vi: "Phần còn thiếu so với yêu cầu",
                en: "How far the value falls short")),
        ColumnEntry(
            "gap", "kind", vi: "Loại", en: "Kind",
            meaning: LocalizedText(
                vi:
                    "Loại khoảng cách: criterion (chỉ tiêu), total (tổng điểm), floor (sàn), headroom (điểm còn có thể tăng), subordinates (đơn vị cấp dưới)",
                en: "The kind of gap: criterion, total, floor, headroom, subordinates")),
        ColumnEntry(
            "plan", "criterion", vi: "Tiêu chí", en: "Criterion",
            meaning: LocalizedText(
                vi: "Mã tiêu chí cần thay đổi",
                en: "The criterion to change")),
        ColumnEntry(
            "plan", "from", vi: "Từ", en: "From",
            meaning: LocalizedText(
                vi: "Giá trị hiện tại",
                en: "The value now")),
        ColumnEntry(
            "plan", "to", vi: "Đến", en: "To",
            meaning: LocalizedText(
                vi: "Giá trị cần đạt",
                en: "The value to reach")),
        ColumnEntry(
            "plan", "cost", vi: "Chi phí", en: "Cost",
            meaning: LocalizedText(
                vi: "Chi phí của thay đổi này",
                en: "The cost of this change")),
        ColumnEntry(
            "plan", "current", vi: "Hiện tại", en: "Current",
            meaning: LocalizedText(
                vi: "Mức hoặc xếp loại hiện tại",
                en: "The level or tier now")),
        ColumnEntry(
            "plan", "target", vi: "Mục tiêu", en: "Target",
            meaning: LocalizedText(
                vi: "Mức hoặc xếp loại cần đạt",
                en: "The level or tier to reach")),
        ColumnEntry(
            "plan", "reachable", vi: "Có thể đạt", en: "Reachable",
            meaning: LocalizedText(
                vi: "yes nếu có phương án đạt mục tiêu; no nếu không",
                en: "yes if some option reaches the target; no if none")),
        ColumnEntry(
            "plan", "total_cost", vi: "Tổng chi phí", en: "Total cost",
            meaning: LocalizedText(
                vi: "Tổng chi phí của phương án rẻ nhất",
                en: "The total cost of the cheapest option")),
        ColumnEntry(
            "plan", "changes", vi: "Số thay đổi", en: "Changes",
            meaning: LocalizedText(
                vi: "Số thay đổi của phương án (bằng số dòng của đơn vị trong tệp --format csv); trống nếu không đạt "
                    + "được",
                en: "The number of changes the plan makes (its rows in the --format csv file); empty if unreachable")),
        ColumnEntry(
            "plan", "reason", vi: "Lý do", en: "Reason",
            meaning: LocalizedText(
                vi: "Vì sao không đạt được (tiếng Anh, để đọc lại)",
                en: "Why the target cannot be reached (English, read back by report)")),
        ColumnEntry(
            "plan", "funded", vi: "Được cấp kinh phí", en: "Funded",
            meaning: LocalizedText(
                vi: "yes nếu ngân sách đủ cho đơn vị này; no nếu không",
                en: "yes if the budget funds this unit; no if not")),
        ColumnEntry(
            "plan", "budget", vi: "Ngân sách", en: "Budget",
            meaning: LocalizedText(
                vi: "Ngân sách đã chia (--budget), giống nhau ở mọi dòng",
                en: "The budget shared (--budget), the same on every row")),
        ColumnEntry(
            "whatif", "subordinate", vi: "Đơn vị cấp dưới", en: "Subordinate unit",
            meaning: LocalizedText(
                vi: "Mã xã có giá trị thay đổi (với cấp huyện)",
                en: "The commune whose values changed (for districts)")),
        ColumnEntry(
            "whatif", "before", vi: "Trước", en: "Before",
            meaning: LocalizedText(
                vi: "Mức hoặc xếp loại trước khi thay đổi",
                en: "The level or tier before the change")),
        ColumnEntry(
            "whatif", "after", vi: "Sau", en: "After",
            meaning: LocalizedText(
                vi: "Mức hoặc xếp loại sau khi thay đổi",
                en: "The level or tier after the change")),
        ColumnEntry(
            "whatif", "score_before", vi: "Điểm trước", en: "Score before",
            meaning: LocalizedText(
                vi: "Điểm trước khi thay đổi",
                en: "The score before the change")),
        ColumnEntry(
            "whatif", "score_after", vi: "Điểm sau", en: "Score after",
            meaning: LocalizedText(
                vi: "Điểm sau khi thay đổi",
                en: "The score after the change")),
        ColumnEntry(
            "whatif", "index_before", vi: "Chỉ số trước", en: "Index before",
            meaning: LocalizedText(
                vi: "Chỉ số trước khi thay đổi",
                en: "The index before the change"), scale: .share),
        ColumnEntry(
            "whatif", "index_after", vi: "Chỉ số sau", en: "Index after",
            meaning: LocalizedText(
                vi: "Chỉ số sau khi thay đổi",
                en: "The index after the change"), scale: .share),
        ColumnEntry(
            "whatif", "rank_before", vi: "Thứ hạng trước", en: "Rank before",
            meaning: LocalizedText(
                vi: "Thứ hạng trước khi thay đổi",
                en: "The rank before the change")),
        ColumnEntry(
            "whatif", "rank_after", vi: "Thứ hạng sau", en: "Rank after",
            meaning: LocalizedText(
                vi: "Thứ hạng sau khi thay đổi",
                en: "The rank after the change")),
        ColumnEntry(
            "compare", "side", vi: "Bên", en: "Side",
            meaning: LocalizedText(
                vi: "Tệp, năm hoặc khung đánh giá của kết quả",
                en: "The file, year or framework of the result")),
        ColumnEntry(
            "compare", "outcome", vi: "Kết quả", en: "Outcome",
            meaning: LocalizedText(
                vi: "Mức hoặc xếp loại (hoặc điểm) ở bên này",
                en: "The level or tier (or score) on this side")),
        ColumnEntry(
            "compare", "scale", vi: "Thang chung", en: "Common scale",
            meaning: LocalizedText(
                vi: "Kết quả quy về thang chung 0–1",
                en: "The result on the common 0–1 scale"), scale: .share),
        ColumnEntry(
            "compare", "rank", vi: "Thứ hạng", en: "Rank",
            meaning: LocalizedText(
                vi: "Thứ hạng ở bên này",
                en: "The rank on this side")),
        ColumnEntry(
            "compare", "rank_shift", vi: "Thay đổi thứ hạng", en: "Rank shift",
            meaning: LocalizedText(
                vi: "Thứ hạng thay đổi so với bên trước (dương = lên hạng)",
                en: "The change of rank from the previous side (positive = up)")),
        ColumnEntry(
            "compare", "a", vi: "Bên A", en: "Side A",
            meaning: LocalizedText(
                vi: "Bên thứ nhất được so sánh",
                en: "The first side compared")),
        ColumnEntry(
            "compare", "b", vi: "Bên B", en: "Side B",
            meaning: LocalizedText(
                vi: "Bên thứ hai được so sánh",
                en: "The second side compared")),
        ColumnEntry(
            "compare", "n", vi: "Số đơn vị chung", en: "Shared units",
            meaning: LocalizedText(
                vi: "Số đơn vị có ở cả hai bên",
                en: "The number of units on both sides")),
        ColumnEntry(
            "compare", "only_a", vi: "Chỉ có ở A", en: "Only in A",
            meaning: LocalizedText(
                vi: "Số đơn vị chỉ có ở bên A",
                en: "The number of units only in A")),
        ColumnEntry(
            "compare", "only_b", vi: "Chỉ có ở B", en: "Only in B",
            meaning: LocalizedText(
                vi: "Số đơn vị chỉ có ở bên B",
                en: "The number of units only in B")),
        ColumnEntry(
            "compare", "spearman_rho", vi: "Tương quan hạng Spearman ρ", en: "Spearman's ρ",
            meaning: LocalizedText(
                vi: "Hệ số tương quan hạng Spearman",
                en: "Spearman's rank correlation")),
        ColumnEntry(
            "compare", "spearman_p", vi: "Giá trị p của ρ", en: "p-value of ρ",
            meaning: LocalizedText(
                vi: "Giá trị p của ρ",
                en: "The p-value of ρ")),
        ColumnEntry(
            "compare", "kendall_tau_b", vi: "Kendall τ-b", en: "Kendall's τ-b",
            meaning: LocalizedText(
                vi: "Hệ số tương quan hạng Kendall τ-b",
                en: "Kendall's rank correlation τ-b")),
        ColumnEntry(
            "compare", "kendall_p", vi: "Giá trị p của τ-b", en: "p-value of τ-b",
            meaning: LocalizedText(
                vi: "Giá trị p của τ-b",
                en: "The p-value of τ-b")),
        ColumnEntry(
            "compare", "kappa_linear", vi: "Kappa có trọng số tuyến tính", en: "Linear-weighted κ",
            meaning: LocalizedText(
                vi: "Mức độ trùng khớp của mức hoặc xếp loại (trọng số tuyến tính)",
                en: "Agreement of levels or tiers (linear weights)")),
        ColumnEntry(
            "compare", "kappa_quadratic", vi: "Kappa có trọng số bậc hai", en: "Quadratic-weighted κ",
            meaning: LocalizedText(
                vi: "Mức độ trùng khớp của mức hoặc xếp loại (trọng số bậc hai)",
                en: "Agreement of levels or tiers (quadratic weights)")),
        ColumnEntry(
            "compare", "exact_agreement", vi: "Tỷ lệ trùng mức hoặc xếp loại", en: "Exact agreement",
            meaning: LocalizedText(
                vi: "Tỷ lệ đơn vị có cùng mức hoặc xếp loại ở hai bên",
                en: "The share of units with the same level or tier on both sides"), scale: .share),
        ColumnEntry(
            "compare", "top_k", vi: "Số đơn vị dẫn đầu xét", en: "Top k",
            meaning: LocalizedText(
                vi: "Số đơn vị đứng đầu được so sánh",
                en: "How many leading units are compared")),
        ColumnEntry(
            "compare", "top_k_overlap", vi: "Trùng nhóm dẫn đầu", en: "Top-k overlap",
            meaning: LocalizedText(
                vi: "Số đơn vị có mặt trong nhóm dẫn đầu ở cả hai bên",
                en: "The number of units in the top k on both sides")),
        ColumnEntry(
            "compare", "unranked_a", vi: "Không xếp hạng ở A", en: "Unranked in A",
            meaning: LocalizedText(
                vi: "Số đơn vị không xếp hạng ở bên A",
                en: "The number of unranked units in A")),
        ColumnEntry(
            "compare", "unranked_b", vi: "Không xếp hạng ở B", en: "Unranked in B",
            meaning: LocalizedText(
                vi: "Số đơn vị không xếp hạng ở bên B",
                en: "The number of unranked units in B")),
        ColumnEntry(
            "compare", "ranks_within_groups", vi: "Xếp hạng trong nhóm", en: "Ranks within groups",
            meaning: LocalizedText(
                vi: "yes nếu thứ hạng được tính trong từng nhóm",
                en: "yes if ranks are counted within each group")),
        ColumnEntry(
            "uncertainty", "statistic", vi: "Thống kê", en: "Statistic",
            meaning: LocalizedText(
                vi: "Tên thống kê (xem phần thống kê bên dưới)",
                en: "The statistic's name (see the statistics below)")),
        ColumnEntry(
            "uncertainty", "value", vi: "Giá trị", en: "Value",
            meaning: LocalizedText(
                vi: "Giá trị của thống kê",
                en: "The statistic's value")),
        ColumnEntry(
            "sensitivity", "analysis", vi: "Phân tích", en: "Analysis",
            meaning: LocalizedText(
                vi: "Loại phân tích: sobol, weight ±X, leave-one-out",
                en: "The analysis: sobol, weight ±X, leave-one-out")),
        ColumnEntry(
            "sensitivity", "input", vi: "Đầu vào", en: "Input",
            meaning: LocalizedText(
                vi: "Đầu vào không chắc chắn được xét",
                en: "The uncertain input")),
        ColumnEntry(
            "sensitivity", "statistic", vi: "Thống kê", en: "Statistic",
            meaning: LocalizedText(
                vi: "Tên thống kê",
                en: "The statistic's name")),
        ColumnEntry(
            "sensitivity", "value", vi: "Giá trị", en: "Value",
            meaning: LocalizedText(
                vi: "Giá trị của thống kê",
                en: "The statistic's value")),
        ColumnEntry(
            "sensitivity", "low", vi: "Cận dưới", en: "Low",
            meaning: LocalizedText(
                vi: "Cận dưới của khoảng tin cậy bootstrap",
                en: "The lower bound of the bootstrap interval")),
        ColumnEntry(
            "sensitivity", "high", vi: "Cận trên", en: "High",
            meaning: LocalizedText(
                vi: "Cận trên của khoảng tin cậy bootstrap",
                en: "The upper bound of the bootstrap interval")),
        ColumnEntry(
            "crosswalk", "to", vi: "Cột đích", en: "To",
            meaning: LocalizedText(
                vi: "Cột của khung đánh giá đích",
                en: "The target framework's column")),
        ColumnEntry(
            "crosswalk", "status", vi: "Tình trạng", en: "Status",
            meaning: LocalizedText(
                vi: "Cách cột đích được lấp: exact, approximate, unmapped…",
                en: "How the target column is filled: exact, approximate, unmapped…")),
        ColumnEntry(
            "crosswalk", "from", vi: "Cột nguồn", en: "From",
            meaning: LocalizedText(
                vi: "Cột của khung đánh giá nguồn",
                en: "The source framework's columns")),
        ColumnEntry(
            "crosswalk", "how", vi: "Cách quy đổi", en: "How",
            meaning: LocalizedText(
                vi: "Cách tính giá trị đích từ giá trị nguồn",
                en: "How the target value is made from the source")),
        ColumnEntry(
            "crosswalk", "units_filled", vi: "Số đơn vị được lấp", en: "Units filled",
            meaning: LocalizedText(
                vi: "Số đơn vị có giá trị ở cột đích",
                en: "The number of units given a value")),
        ColumnEntry(
            "crosswalk", "units_missing", vi: "Số đơn vị còn thiếu", en: "Units missing",
            meaning: LocalizedText(
                vi: "Số đơn vị chưa có số liệu ở cột đích",
                en: "The number of units left without a value")),
        ColumnEntry(
            "crosswalk", "note", vi: "Ghi chú", en: "Note",
            meaning: LocalizedText(
                vi: "Ghi chú của bảng quy đổi",
                en: "The crosswalk's note")),
        ColumnEntry(
            "frameworks show", "id", vi: "Mã", en: "ID",
            meaning: LocalizedText(
                vi: "Mã tiêu chí hoặc chỉ số",
                en: "The criterion or node ID")),
        ColumnEntry(
            "frameworks show", "group", vi: "Nhóm", en: "Group",
            meaning: LocalizedText(
                vi: "Nhóm tiêu chí",
                en: "The criterion's group")),
        ColumnEntry(
            "frameworks show", "parent", vi: "Chỉ số cha", en: "Parent",
            meaning: LocalizedText(
                vi: "Mã chỉ số chứa chỉ số này",
                en: "The ID of the node above")),
        ColumnEntry(
            "frameworks show", "name_vi", vi: "Tên", en: "Name",
            meaning: LocalizedText(
                vi: "Tên bằng tiếng Việt",
                en: "The name in Vietnamese")),
        ColumnEntry(
            "frameworks show", "name_en", vi: "Tên (tiếng Anh)", en: "Name (English)",
            meaning: LocalizedText(
                vi: "Tên bằng tiếng Anh",
                en: "The name in English")),
        ColumnEntry(
            "frameworks show", "unit", vi: "Đơn vị tính", en: "Measure",
            meaning: LocalizedText(
                vi: "Đơn vị tính của tiêu chí",
                en: "The criterion's measure")),
        ColumnEntry(
            "frameworks show", "level<N>", vi: "Mức <N>", en: "Level <N>",
            meaning: LocalizedText(
                vi: "Yêu cầu của mức <N>",
                en: "The requirement of level <N>")),
        ColumnEntry(
            "frameworks show", "max", vi: "Điểm tối đa", en: "Maximum points",
            meaning: LocalizedText(
                vi: "Điểm tối đa của chỉ số",
                en: "The node's maximum points")),
        ColumnEntry(
            "frameworks show", "rule", vi: "Cách tính điểm", en: "Rule",
            meaning: LocalizedText(
                vi: "Quy tắc tính điểm",
                en: "The scoring rule")),
        ColumnEntry(
            "frameworks show", "measure", vi: "Loại số liệu", en: "Measure",
            meaning: LocalizedText(
                vi: "Loại số liệu của cột dữ liệu",
                en: "The kind of data in the column")),
        ColumnEntry(
            "frameworks show", "information_only", vi: "Không tính điểm", en: "Information only",
            meaning: LocalizedText(
                vi: "yes nếu chỉ số không tính vào tổng điểm",
                en: "yes if the node does not count towards the total")),
        ColumnEntry(
            "frameworks show", "note", vi: "Ghi chú", en: "Note",
            meaning: LocalizedText(
                vi: "Ghi chú",
                en: "The note")),
        ColumnEntry(
            "frameworks diff", "change", vi: "Thay đổi", en: "Change",
            meaning: LocalizedText(
                vi: "Loại thay đổi: added, removed, renamed, moved, changed…",
                en: "The kind of change: added, removed, renamed, moved, changed…")),
        ColumnEntry(
            "frameworks diff", "id", vi: "Mã", en: "ID",
            meaning: LocalizedText(
                vi: "Mã tiêu chí hoặc chỉ số",
                en: "The criterion or node ID")),
        ColumnEntry(
            "frameworks diff", "field", vi: "Trường", en: "Field",
            meaning: LocalizedText(
                vi: "Trường thay đổi",
                en: "The field that changed")),
        ColumnEntry(
            "frameworks diff", "a", vi: "Ở A", en: "In A",
            meaning: LocalizedText(
                vi: "Giá trị ở khung A",
                en: "The value in framework A")),
        ColumnEntry(
            "frameworks diff", "b", vi: "Ở B", en: "In B",
            meaning: LocalizedText(
                vi: "Giá trị ở khung B",
                en: "The value in framework B")),
        ColumnEntry(
            "frameworks compare", "theme", vi: "Chủ đề", en: "Theme",
            meaning: LocalizedText(
                vi: "Mã chủ đề chung",
                en: "The shared theme's ID")),
        ColumnEntry(
            "frameworks compare", "theme_vi", vi: "Tên chủ đề", en: "Theme name",
            meaning: LocalizedText(
                vi: "Tên chủ đề bằng tiếng Việt",
                en: "The theme's name in Vietnamese")),
        ColumnEntry(
            "frameworks compare", "theme_en", vi: "Tên chủ đề (tiếng Anh)", en: "Theme name (English)",
            meaning: LocalizedText(
                vi: "Tên chủ đề bằng tiếng Anh",
                en: "The theme's name in English")),
        ColumnEntry(
            "frameworks compare", "class", vi: "Mức hoặc xếp loại", en: "Class",
            meaning: LocalizedText(
                vi: "Mức hoặc xếp loại được xét",
                en: "The level or tier")),
        ColumnEntry(
            "frameworks compare", "criteria", vi: "Số tiêu chí", en: "Criteria",
            meaning: LocalizedText(
                vi: "Số tiêu chí thuộc chủ đề",
                en: "The number of criteria in the theme")),
        ColumnEntry(
            "frameworks compare", "points", vi: "Số điểm", en: "Points",
            meaning: LocalizedText(
                vi: "Số điểm thuộc chủ đề",
                en: "The points in the theme")),
        ColumnEntry(
            "frameworks compare", "share", vi: "Tỷ lệ", en: "Share",
            meaning: LocalizedText(
                vi: "Tỷ lệ của chủ đề trong khung",
                en: "The theme's share of the framework"), scale: .share),
        ColumnEntry(
            "uncertainty statistic", "nominal_class", vi: "Mức hoặc xếp loại danh nghĩa", en: "Nominal class",
            meaning: LocalizedText(
                vi: "Mức hoặc xếp loại với số liệu như đã ghi",
                en: "The level or tier with the data as written")),
        ColumnEntry(
            "uncertainty statistic", "nominal_rank", vi: "Thứ hạng danh nghĩa", en: "Nominal rank",
            meaning: LocalizedText(
                vi: "Thứ hạng với số liệu như đã ghi",
                en: "The rank with the data as written")),
        ColumnEntry(
            "uncertainty statistic", "mean_rank", vi: "Thứ hạng trung bình", en: "Mean rank",
            meaning: LocalizedText(
                vi: "Thứ hạng trung bình qua các lần mô phỏng",
                en: "The mean rank over the runs")),
        ColumnEntry(
            "uncertainty statistic", "median_rank", vi: "Thứ hạng trung vị", en: "Median rank",
            meaning: LocalizedText(
                vi: "Thứ hạng trung vị qua các lần mô phỏng",
                en: "The median rank over the runs")),
        ColumnEntry(
            "uncertainty statistic", "rank_p05", vi: "Thứ hạng phân vị 5%", en: "5th percentile rank",
            meaning: LocalizedText(
                vi: "Phân vị 5% của thứ hạng",
                en: "The 5th percentile of the rank")),
        ColumnEntry(
            "uncertainty statistic", "rank_p95", vi: "Thứ hạng phân vị 95%", en: "95th percentile rank",
            meaning: LocalizedText(
                vi: "Phân vị 95% của thứ hạng",
                en: "The 95th percentile of the rank")),
        ColumnEntry(
            "uncertainty statistic", "p_class_<N>", vi: "Xác suất đạt mức <N>", en: "Probability of class <N>",
            meaning: LocalizedText(
                vi: "Tỷ lệ lần mô phỏng đơn vị ở mức hoặc xếp loại <N>",
                en: "The share of runs with the unit at level or tier <N>")),
        ColumnEntry(
            "uncertainty statistic", "p_registered", vi: "Xác suất đạt mức đăng ký",
            en: "Probability of the registered level",
            meaning: LocalizedText(
                vi: "Tỷ lệ lần mô phỏng đơn vị đạt mức đã đăng ký",
                en: "The share of runs in which the unit meets its registered level")),
        ColumnEntry(
            "uncertainty statistic", "binding:<ID>", vi: "Tỷ lệ <ID> cản trở", en: "Share binding on <ID>",
            meaning: LocalizedText(
                vi: "Tỷ lệ lần mô phỏng tiêu chí <ID> cản trở đơn vị lên mức tiếp theo",
                en: "The share of runs in which criterion <ID> keeps the unit from the next level")),
        ColumnEntry(
            "uncertainty statistic", "index_nominal", vi: "Chỉ số danh nghĩa", en: "Nominal index",
            meaning: LocalizedText(
                vi: "Chỉ số với số liệu như đã ghi",
                en: "The index with the data as written")),
        ColumnEntry(
            "uncertainty statistic", "index_mean", vi: "Chỉ số trung bình", en: "Mean index",
            meaning: LocalizedText(
                vi: "Chỉ số trung bình qua các lần mô phỏng",
                en: "The mean index over the runs")),
        ColumnEntry(
            "uncertainty statistic", "index_sd", vi: "Độ lệch chuẩn của chỉ số", en: "Standard deviation of the index",
            meaning: LocalizedText(
                vi: "Độ lệch chuẩn của chỉ số qua các lần mô phỏng",
                en: "The standard deviation of the index over the runs")),
        ColumnEntry(
            "sensitivity statistic", "first", vi: "Chỉ số Sobol bậc nhất", en: "First-order Sobol index",
            meaning: LocalizedText(
                vi: "Phần biến động kết quả do riêng đầu vào này",
                en: "The share of the output's variance due to this input alone")),
        ColumnEntry(
            "sensitivity statistic", "total", vi: "Chỉ số Sobol toàn phần", en: "Total Sobol index",
            meaning: LocalizedText(
                vi: "Phần biến động kết quả do đầu vào này kể cả tương tác",
                en: "The share of the output's variance due to this input with its interactions")),
        ColumnEntry(
            "sensitivity statistic", "max_rank_shift", vi: "Thay đổi thứ hạng lớn nhất", en: "Largest rank shift",
            meaning: LocalizedText(
                vi: "Số bậc thứ hạng thay đổi nhiều nhất",
                en: "The largest change of rank")),
        ColumnEntry(
            "sensitivity statistic", "mean_abs_rank_shift", vi: "Thay đổi thứ hạng trung bình",
            en: "Mean absolute rank shift",
            meaning: LocalizedText(
                vi: "Trung bình giá trị tuyệt đối của thay đổi thứ hạng",
                en: "The mean absolute change of rank")),
        ColumnEntry(
            "uncertainty statistic", "p_ranked", vi: "Xác suất được xếp hạng", en: "Probability of being ranked",
            meaning: LocalizedText(
                vi: "Tỷ lệ lần mô phỏng đơn vị được xếp hạng",
                en: "The share of runs in which the unit is ranked")),
    ]
}
