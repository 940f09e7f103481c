package import ChisoCore
import ChisoFormats

/// Every fixed text of the HTML report, in Vietnamese and English. Texts that take numbers or names are made by the
/// sections from these and ``Words``; Vietnamese is written precomposed (NFC), which a test checks.
package enum Phrase: CaseIterable, Sendable {
    case reportTitle, contents, madeWith, dataFile, subordinateFile, generatedNote
    case summary, framework, legalSource, decision, issuer, date, documentPart, unitCount, unitsWord
    case classDistribution, classDistributionDescription, indexDistribution, indexDistributionDescription
    case unitsColumn, shareColumn, idColumn, nameColumn, valueColumn, rankColumn, indexColumn
    case binColumn
    case criteria, heatMap, heatMapDescription, criterionColumn, passRateNote
    case blockersDescription, blockersNone, blockedUnitsColumn
    case subordinates, subordinateLevels, subordinatesDescription, rollUpStatus, rollUpDescription
    case ranks, ranksDescription, ranksTableNote, figureColumn, minimumColumn, quartile1Column, medianColumn
    case quartile3Column, maximumColumn
    case strengths, strengthsDescription, strengthsColumn, weaknessesColumn
    case units, unitIndex, unitIndexNote, explanationLegend, bindingColumn
    case compare, compareDescription, compareRanksNote, slopeDescription, pairColumn, sharedColumn, onlyAColumn,
        onlyBColumn
    case spearman, kendall, kappaLinear, kappaQuadratic, exactAgreement, topOverlap, movedUp, movedDown
    case rankShiftColumn
    case plan, planDescription, costColumn, targetColumn, reachableColumn, fundedColumn, reasonColumn
    case budgetBuys, budgetBuysNothing, reasonsQuoted, changesColumn, costChartDescription, totalCost
    case uncertainty, uncertaintyDescription, rankIntervalDescription, intervalColumn, nominalRankColumn
    case classProbabilities, classProbabilitiesDescription
    case met, notMet, notApplicable, missing, yes, no, notApplicableToUnit, informationOnly, unreadable
    case noSubordinates, noSubordinatesGiven, shareWord, total, index, points, none
    case yesWord, noWord

    /// The phrase in both languages.
    package var text: LocalizedText {
        let (vi, en) = pair
        return LocalizedText(vi: vi, en: en)
    }

    private var pair: (String, String) {
        switch self {
        case .reportTitle: ("Báo cáo chuyển đổi số", "Digital transformation report")
        case .contents: ("Mục lục", "Contents")
        case .madeWith: ("Lập bằng chiso", "Made with chiso")
        case .dataFile: ("Tệp dữ liệu", "Data file")
        case .subordinateFile: ("Tệp đơn vị cấp dưới", "Subordinate units' file")
        case .generatedNote:
            (
                "Tệp này tự chứa: không tải phông chữ, tập lệnh hay hình ảnh từ bên ngoài.",
                "This file is self-contained: it loads no fonts, scripts or images from elsewhere."
            )
        case .summary: ("Tóm tắt", "Summary")
        case .framework: ("Khung đánh giá", "Framework")
        case .legalSource: ("Căn cứ pháp lý", "Legal source")
        case .decision: ("Quyết định", "Decision")
        case .issuer: ("Cơ quan ban hành", "Issued by")
        case .date: ("Ngày ban hành", "Date")
        case .documentPart: ("Phần", "Part")
        case .unitCount: ("Số đơn vị", "Units")
        case .unitsWord: ("đơn vị", "units")
        case .classDistribution: ("Số đơn vị theo", "Units by")
        case .classDistributionDescription:
            ("Biểu đồ thanh: số đơn vị đạt mỗi", "Bar chart: the number of units at each")
        case .indexDistribution: ("Phân bố chỉ số", "Distribution of the index")
        case .indexDistributionDescription:
            (
                "Biểu đồ tần suất của chỉ số (0–1), chia thành các khoảng 0,05; các đường dọc là ngưỡng của từng hạng.",
                "Histogram of the index (0–1) in bins of 0.05; the vertical lines are the thresholds of the tiers."
            )
        case .unitsColumn: ("Số đơn vị", "Units")
        case .shareColumn: ("Tỷ lệ", "Share")
        case .idColumn: ("Mã", "ID")
        case .nameColumn: ("Tên", "Name")
        case .valueColumn: ("Giá trị", "Value")
        case .rankColumn: ("Thứ hạng", "Rank")
        case .indexColumn: ("Chỉ số", "Index")
        case .binColumn: ("Khoảng", "Bin")
        case .criteria: ("Tiêu chí theo", "Criteria by")
        case .heatMap: ("Tỷ lệ đơn vị đạt từng tiêu chí", "Share of units meeting each criterion")
        case .heatMapDescription:
            (
                "Bản đồ nhiệt: mỗi hàng là một tiêu chí, mỗi cột là một mức hoặc xếp loại; ô ghi tỷ lệ đơn vị đạt tiêu chí ở đó "
                    + "(màu càng đậm, tỷ lệ càng cao); ô trống: tiêu chí không áp dụng ở đó.",
                "Heat map: one row per criterion, one column per class; each cell gives the share of units that meet "
                    + "the criterion at that class (darker is higher); an empty cell: the criterion does not apply there."
            )
        case .criterionColumn: ("Tiêu chí", "Criterion")
        case .passRateNote:
            (
                "Tỷ lệ tính trên các đơn vị mà tiêu chí áp dụng; tiêu chí chưa có số liệu được tính là chưa đạt.",
                "Shares are of the units to which the criterion applies; a missing value counts as not met."
            )
        case .blockersDescription:
            (
                "Biểu đồ thanh: các tiêu chí giữ nhiều đơn vị nhất ở lại dưới mức tiếp theo, với số đơn vị bị cản trở.",
                "Bar chart: the criteria that keep the most units from their next class, with the number of units."
            )
        case .blockersNone:
            (
                "Không có tiêu chí nào cản trở: mọi đơn vị đã ở mức (xếp loại) cao nhất.",
                "Nothing blocks: every unit is at the top."
            )
        case .blockedUnitsColumn: ("Số đơn vị bị cản trở", "Units blocked")
        case .subordinates: ("Đơn vị cấp dưới", "Subordinate units")
        case .subordinateLevels:
            ("Mức của các đơn vị cấp dưới theo từng đơn vị", "Levels of each unit's subordinate units")
        case .subordinatesDescription:
            (
                "Biểu đồ thanh chồng: số đơn vị cấp dưới của mỗi đơn vị theo mức (nhãn trên từng đoạn là số đơn vị).",
                "Stacked bar chart: each unit's subordinate units by level (the label on each segment is the count)."
            )
        case .rollUpStatus: ("Tình trạng tiêu chí về đơn vị cấp dưới", "Status of the roll-up criterion")
        case .rollUpDescription:
            (
                "Tiêu chí tính từ mức của các đơn vị cấp dưới, ở từng mức: ✓ đạt, ✗ chưa đạt, ? chưa có số liệu.",
                "The criterion computed from the subordinate units' levels, at each level: ✓ met, ✗ not met, ? missing."
            )
        case .ranks: ("Xếp hạng", "Ranks")
        case .ranksDescription:
            (
                "Phân bố chỉ số của từng chỉ số chính và nhóm chỉ số: hộp từ tứ phân vị thứ nhất đến thứ ba, vạch là trung vị, "
                    + "râu từ nhỏ nhất đến lớn nhất; mỗi chấm là một đơn vị (khi không quá 300 đơn vị).",
                "Distribution of each figure's index: the box runs from the first to the third quartile, the bar is the "
                    + "median, the whiskers run from the least to the greatest; each dot is a unit (up to 300 units)."
            )
        case .ranksTableNote:
            (
                "Bảng xếp hạng theo chỉ số, từng chỉ số chính và nhóm chỉ số (nhấn vào tiêu đề cột để sắp xếp khi trình duyệt "
                    + "cho phép tập lệnh).",
                "Ranks by the index and by each top-level node and view (select a column heading to sort, where the "
                    + "browser runs scripts)."
            )
        case .figureColumn: ("Chỉ số chính, nhóm chỉ số", "Figure")
        case .minimumColumn: ("Nhỏ nhất", "Least")
        case .quartile1Column: ("Tứ phân vị 1", "First quartile")
        case .medianColumn: ("Trung vị", "Median")
        case .quartile3Column: ("Tứ phân vị 3", "Third quartile")
        case .maximumColumn: ("Lớn nhất", "Greatest")
        case .strengths: ("Điểm mạnh và điểm yếu", "Strengths and weaknesses")
        case .strengthsDescription:
            (
                "Với mỗi đơn vị, các chỉ số chính có thứ hạng tốt nhất và kém nhất so với các đơn vị khác.",
                "For each unit, the top-level nodes where it ranks best and worst among the units."
            )
        case .strengthsColumn: ("Điểm mạnh", "Strengths")
        case .weaknessesColumn: ("Điểm yếu", "Weaknesses")
        case .units: ("Từng đơn vị", "Unit by unit")
        case .unitIndex: ("Danh sách đơn vị", "Index of units")
        case .unitIndexNote:
            (
                "Mã đơn vị có liên kết dẫn tới phần giải thích của đơn vị đó.",
                "A linked unit ID leads to that unit's explanation."
            )
        case .explanationLegend:
            (
                "✓ đạt · ✗ chưa đạt · – không áp dụng · ? chưa có số liệu (tính là chưa đạt) · * cản trở bước tiếp theo",
                "✓ met · ✗ not met · – not applicable · ? missing (counts as not met) · * keeps the unit from the next step"
            )
        case .bindingColumn: ("Cản trở", "Binding")
        case .compare: ("So sánh", "Comparison")
        case .compareDescription:
            (
                "Thứ hạng của cùng các đơn vị ở các bên so sánh (khung, năm hoặc tệp), ghép theo mã đơn vị.",
                "The ranks of the same units on each side compared (frameworks, years or files), joined on unit ID."
            )
        case .compareRanksNote:
            (
                "Đơn vị không được xếp hạng không tính vào ρ, τ-b, top và thay đổi thứ hạng. Khi một bên xếp hạng "
                    + "trong từng nhóm, ρ, τ-b và top không được tính: thứ hạng của các nhóm khác nhau không thuộc "
                    + "cùng một bảng xếp hạng.",
                "Units not ranked are left out of ρ, τ-b, the tops and the rank shifts. When a side ranks within "
                    + "groups, ρ, τ-b and the tops are not computed: ranks of different groups are not one ranking."
            )
        case .slopeDescription:
            (
                "Biểu đồ độ dốc: mỗi đường nối thứ hạng của một đơn vị ở hai bên; nét liền: tăng hạng, nét đứt: giảm "
                    + "hạng, màu xám: giữ nguyên; ghi tên các đơn vị thay đổi nhiều nhất.",
                "Slope chart: each line joins a unit's ranks on the two sides; solid: up, dashed: down, grey: "
                    + "unchanged; the units that moved most are labelled."
            )
        case .pairColumn: ("Cặp so sánh", "Pair")
        case .sharedColumn: ("Đơn vị chung", "Shared units")
        case .onlyAColumn: ("Chỉ có ở bên A", "Only on side A")
        case .onlyBColumn: ("Chỉ có ở bên B", "Only on side B")
        case .spearman: ("ρ Spearman", "Spearman's ρ")
        case .kendall: ("τ-b Kendall", "Kendall's τ-b")
        case .kappaLinear: ("κ có trọng số tuyến tính", "Linear weighted κ")
        case .kappaQuadratic: ("κ có trọng số bậc hai", "Quadratic weighted κ")
        case .exactAgreement: ("Tỷ lệ trùng xếp loại", "Exact agreement")
        case .topOverlap: ("Trùng lặp nhóm đầu", "Top overlap")
        case .movedUp: ("Tăng hạng nhiều nhất", "Moved up most")
        case .movedDown: ("Giảm hạng nhiều nhất", "Moved down most")
        case .rankShiftColumn: ("Thay đổi thứ hạng", "Rank shift")
        case .plan: ("Phương án và chi phí", "Plan and costs")
        case .planDescription:
            (
                "Chi phí thấp nhất để mỗi đơn vị đạt mục tiêu, theo kết quả của chiso plan.",
                "The least cost for each unit to reach its target, as chiso plan found it."
            )
        case .costColumn: ("Chi phí", "Cost")
        case .targetColumn: ("Mục tiêu", "Target")
        case .reachableColumn: ("Đạt được", "Reachable")
        case .fundedColumn: ("Được cấp kinh phí", "Funded")
        case .reasonColumn: ("Lý do", "Reason")
        case .budgetBuys: ("Ngân sách mua được gì", "What the budget buys")
        case .budgetBuysNothing:
            (
                "Không đơn vị nào trong phương án đạt được mục tiêu, nên không có chi phí để cộng dồn.",
                "No unit in the plan can reach its target, so there is no cost to add up."
            )
        case .reasonsQuoted:
            (
                "Lý do nào chiso không đọc lại được thì được trích nguyên văn từ tệp phương án (có thể bằng tiếng Anh).",
                "Reasons chiso cannot read back are quoted as the plan file gives them."
            )
        case .changesColumn: ("Số thay đổi", "Changes")
        case .costChartDescription:
            (
                "Biểu đồ thanh: chi phí phương án của từng đơn vị, thấp nhất ở trên.",
                "Bar chart: the cost of each unit's plan, cheapest first."
            )
        case .totalCost: ("Tổng chi phí", "Total cost")
        case .uncertainty: ("Độ bất định", "Uncertainty")
        case .uncertaintyDescription:
            (
                "Kết quả mô phỏng Monte Carlo của chiso uncertainty: thứ hạng và xếp loại của mỗi đơn vị chắc chắn đến đâu.",
                "The Monte Carlo results of chiso uncertainty: how sure each unit's rank and class are."
            )
        case .rankIntervalDescription:
            (
                "Biểu đồ chấm và râu: chấm là thứ hạng danh nghĩa, râu là khoảng 90% của thứ hạng qua các lần chạy.",
                "Dot and whisker chart: the dot is the nominal rank, the whisker the 90% interval of the rank over the runs."
            )
        case .intervalColumn: ("Khoảng 90%", "90% interval")
        case .nominalRankColumn: ("Thứ hạng danh nghĩa", "Nominal rank")
        case .classProbabilities: ("Xác suất của từng xếp loại", "Probability of each class")
        case .classProbabilitiesDescription:
            (
                "Biểu đồ thanh chồng: tỷ lệ số lần chạy mà đơn vị đứng ở mỗi xếp loại.",
                "Stacked bar chart: the share of runs in which the unit stood at each class."
            )
        case .met: ("đạt", "met")
        case .notMet: ("chưa đạt", "not met")
        case .notApplicable: ("không áp dụng", "not applicable")
        case .missing: ("chưa có số liệu", "missing")
        case .yes: ("có", "yes")
        case .no: ("không", "no")
        case .notApplicableToUnit: ("không áp dụng cho đơn vị này", "n/a for this unit")
        case .informationOnly: ("không tính điểm", "information only")
        case .unreadable: ("không đọc được", "unreadable")
        case .noSubordinates: ("không có đơn vị cấp dưới", "no subordinate units")
        case .noSubordinatesGiven: ("thiếu (chưa có tệp đơn vị cấp dưới)", "missing (no subordinate units given)")
        case .shareWord: ("tỷ lệ", "share")
        case .total: ("Tổng", "Total")
        case .index: ("chỉ số", "index")
        case .points: ("điểm", "points")
        case .none: ("không có", "none")
        case .yesWord: ("Có", "Yes")
        case .noWord: ("Không", "No")
        }
    }
}
