package import ChisoCore
package import ChisoFormats

/// The fixed texts of `uncertainty` and `sensitivity`, in Vietnamese and English; the sentences that take numbers or
/// names are made by the static functions below (in `AnalysisWords+Notices.swift` the notices), the Vietnamese with
/// its readers' numbers, the English in plain style. Vietnamese is written precomposed (NFC), which a test checks.
package enum AnalysisWords: CaseIterable, Sendable {
    case notice, notRanked, unitColumn, indexColumn, meanIndexColumn, sdColumn, rankColumn, rankedColumn
    case intervalColumn, meanRankColumn, bindingColumn, classColumn, classShareColumn, eachClassColumn
    case inputColumn, firstOrderColumn, totalColumn, nodeColumn, changeColumn, meanShiftColumn, largestShiftColumn
    case removed, nothingToApportion, sobolReading, weightsHead, ranksExact

    /// The phrase in both languages.
    package var text: LocalizedText {
        let (vi, en) = pair
        return LocalizedText(vi: vi, en: en)
    }

    private var pair: (String, String) {
        switch self {
        case .notice: ("Lưu ý", "Notice")
        case .notRanked: ("không xếp hạng", "not ranked")
        case .unitColumn: ("Mã đơn vị", "unit_id")
        case .indexColumn: ("Chỉ số", "index")
        case .meanIndexColumn: ("Chỉ số trung bình", "mean index")
        case .sdColumn: ("Độ lệch chuẩn", "sd")
        case .rankColumn: ("Thứ hạng", "rank")
        case .rankedColumn: ("P(được xếp hạng)", "P(ranked)")
        case .intervalColumn: ("Khoảng 90%", "90% interval")
        case .meanRankColumn: ("Thứ hạng trung bình", "mean rank")
        case .bindingColumn: ("Tiêu chí cản trở", "binding")
        case .classColumn: ("Xếp loại", "class")
        case .classShareColumn: ("P(xếp loại)", "P(class)")
        case .eachClassColumn: ("P(từng xếp loại)", "P(each class)")
        case .inputColumn: ("Đầu vào", "input")
        case .firstOrderColumn: ("Bậc một", "first order")
        case .totalColumn: ("Toàn phần", "total")
        case .nodeColumn: ("Chỉ số chính", "node")
        case .changeColumn: ("Thay đổi", "change")
        case .meanShiftColumn: ("Trung bình |thay đổi thứ hạng|", "mean |rank change|")
        case .largestShiftColumn: ("Thay đổi thứ hạng lớn nhất", "largest rank change")
        case .removed: ("bỏ ra", "removed")
        case .nothingToApportion:
            (
                "Đại lượng mục tiêu không thay đổi theo đặc tả này: không có gì để phân bổ.",
                "The target does not vary under this spec: there is nothing to apportion."
            )
        case .sobolReading:
            (
                "Bậc một: phần phương sai của đại lượng mục tiêu mà riêng đầu vào đó giải thích; toàn phần: kể cả mọi "
                    + "tương tác của nó. Một đầu vào có chỉ số toàn phần gần 0 có thể cố định ở bất kỳ giá trị nào mà "
                    + "kết quả không đổi.",
                "First order: the share of the target's variance that the input explains alone; total: with all its "
                    + "interactions. An input whose total is near 0 can be fixed at any value without changing the "
                    + "results."
            )
        case .weightsHead:
            (
                "Trọng số của các chỉ số chính, lần lượt từng chỉ số (các chỉ số cùng cấp được chia lại tỷ lệ):",
                "Weights of the top-level nodes, one at a time (siblings renormalised):"
            )
        case .ranksExact: ("thứ hạng chính xác", "ranks exact")
        }
    }

    /// The numbers of each language in the text outputs.
    static let (vi, en) = (Numerals.text(.vi), Numerals.text(.en))

    /// The word before a note on standard error.
    package static let note = LocalizedText(vi: "lưu ý", en: "note")

    /// More threads asked than the machine has cores.
    package static func threadsCapped(asked: Int, cores: Int) -> LocalizedText {
        LocalizedText(
            vi: "lưu ý: --threads \(asked) chạy trên \(cores) luồng (số lõi của máy này): thêm luồng không nhanh hơn, "
                + "chỉ tốn thêm bộ nhớ, và kết quả như nhau với bất kỳ số luồng nào",
            en: "note: --threads \(asked) runs on \(cores) (this machine's cores): more threads add no speed, "
                + "only memory, and the result is the same on any number")
    }

    /// An input group's name as a table shows it: the groups chiso names itself in words, a spec's own names as
    /// given.
    package static func group(_ name: String) -> LocalizedText {
        let known = [
            "data": "dữ liệu", "yes/no": "câu trả lời có/không", "counts": "số đếm",
            "missing": "cách đọc giá trị "
                + "chưa có số liệu", "frameworks": "khung đánh giá",
        ]
        if let vi = known[name] { return LocalizedText(vi: vi, en: name) }
        if name.hasPrefix("weights (level "), name.hasSuffix(")") {
            let depth = name.dropFirst("weights (level ".count).dropLast()
            return LocalizedText(vi: "trọng số (cấp \(depth))", en: name)
        }
        return LocalizedText(vi: name, en: name)
    }

    /// The sentence that says values are an approximation for the reason `why` (the crosswalk's own words).
    package static func approximation(_ why: String) -> LocalizedText {
        LocalizedText(
            vi: "GẦN ĐÚNG: các giá trị này được chuyển từ một khung khác bằng một bảng quy đổi chỉ gần đúng; chúng "
                + "không phải số liệu của chính khung này, nên điểm, xếp loại và thứ hạng cũng không phải của nó: "
                + BuiltInApproximations.text(why, in: .vi),
            en: OutputOrigin.approximationSentence(why))
    }

    /// A result's notes: `Notice: …` lines, then the approximation sentence.
    package static func notes(_ notices: [LocalizedText], approximation: String?, language: Language) -> String {
        let word = notice.text.text(in: language)
        return notices.map { "\(word): \($0.text(in: language)).\n" }.joined()
            + (approximation.map { self.approximation($0).text(in: language) + "\n" } ?? "")
    }

    /// The head of the Sobol table.
    package static func sobolHead(target: String, samples: Int, evaluations: Int, variance: Double) -> LocalizedText {
        LocalizedText(
            vi: "Chỉ số Sobol của \(target) (N = \(vi.integer(samples)), chấm điểm cả nhóm đơn vị "
                + "\(vi.integer(evaluations)) lần; phương sai \(vi.quantity(rounded(variance)))):\n\n",
            en: "Sobol indices of \(target) (N = \(en.integer(samples)), \(en.integer(evaluations)) scorings of the "
                + "cohort; variance \(en.quantity(rounded(variance)))):\n\n")
    }

    /// A statistic rounded as the outputs write it: at most four decimals.
    package static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    /// How the ranks were binned, for the sentence under an uncertainty table.
    package static func resolution(binWidth: Int) -> LocalizedText {
        binWidth == 1
            ? ranksExact.text
            : LocalizedText(
                vi: "thứ hạng theo khoảng \(vi.integer(binWidth)) bậc (hai đầu khoảng 90% là đầu các khoảng)",
                en: "ranks in bins of \(binWidth) (the interval's ends are bin starts)")
    }

    /// The sentence under an uncertainty table: runs, seed, resolution and how to read the columns; `classNoun` is the
    /// Vietnamese word for the framework's classes (`mức`, `xếp loại`).
    package static func uncertaintyReading(
        runs: Int, seed: UInt64, binWidth: Int, someUnranked: Bool, tiered: Bool, classNoun: String = "xếp loại"
    ) -> LocalizedText {
        let resolution = resolution(binWidth: binWidth)
        var vi =
            "\(self.vi.integer(runs)) lần chạy, hạt giống \(seed); \(resolution.vi). "
            + (tiered ? "P(\(classNoun)): tỷ lệ số lần đơn vị đứng ở \(classNoun) danh nghĩa của nó; " : "")
            + "khoảng 90% chứa thứ hạng của đơn vị trong 90% số lần chạy (phân vị 5 đến 95)"
        var en = "\(runs) runs, seed \(seed); \(resolution.en). "
        en +=
            tiered
            ? "P(class): how often the unit stood at its nominal class; the 90% interval holds its rank in 90% of the "
                + "runs (5th to 95th percentile)"
            : "The 90% interval holds the unit's rank in 90% of the runs (5th to 95th percentile)"
        if someUnranked {
            vi += " trong những lần nó được xếp hạng; P(được xếp hạng): tỷ lệ số lần nó được xếp hạng"
            en += " in which it is ranked; P(ranked): how often it was ranked at all"
        }
        if tiered {
            vi += "; tiêu chí cản trở: tỷ lệ số lần một tiêu chí giữ đơn vị không lên được \(classNoun) tiếp theo"
            en += "; binding: how often a criterion kept it from the next class"
        }
        return LocalizedText(vi: vi + ".\n", en: en + ".\n")
    }
}
