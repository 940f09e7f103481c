package import ChisoCore
import ChisoFormats

/// The fixed texts of `crosswalk` and `regroup`, in Vietnamese and English; the sentences that take numbers or names
/// are made by the static functions below, the Vietnamese with its readers' numbers. Vietnamese is written
/// precomposed (NFC), which a test checks.
package enum AdapterWords: CaseIterable, Sendable {
    case toColumn, fromColumn, howColumn, filledColumn, missingColumn, noteColumn, noReason, same

    /// The phrase in both languages.
    package var text: LocalizedText {
        let (vi, en) = pair
        return LocalizedText(vi: vi, en: en)
    }

    private var pair: (String, String) {
        switch self {
        case .toColumn: ("Cột của khung đích", "to")
        case .fromColumn: ("Lấy từ cột", "from")
        case .howColumn: ("Cách quy đổi", "how")
        case .filledColumn: ("Số đơn vị được điền", "filled")
        case .missingColumn: ("Chưa có số liệu", "missing")
        case .noteColumn: ("Ghi chú của bảng quy đổi", "note")
        case .noReason: ("không nêu lý do", "no reason given")
        case .same: ("giữ nguyên", "same")
        }
    }

    /// The numbers of Vietnamese text.
    private static let vi = Numerals.text(.vi)

    /// How a mapping makes its value, as the coverage's `how` says it in English (`weighted mean (1, 2), atLeast 50`),
    /// in words in Vietnamese.
    package static func how(_ mapping: Crosswalk.Mapping) -> LocalizedText {
        var parts: [LocalizedText] = []
        if mapping.sources.count > 1 {
            let aggregation = mapping.aggregation ?? .mean
            let words: [Crosswalk.Aggregation: String] = [
                .mean: "trung bình", .min: "nhỏ nhất", .max: "lớn nhất", .sum: "tổng", .allOf: "đạt khi mọi cột đạt",
                .anyOf: "đạt khi một cột đạt",
            ]
            let vi = words[aggregation] ?? aggregation.rawValue
            parts.append(
                mapping.weights.map { weights in
                    LocalizedText(
                        vi: "\(vi) có trọng số (\(weights.map(self.vi.quantity).joined(separator: "; ")))",
                        en:
                            "weighted \(aggregation.rawValue) (\(weights.map(NumberText.shortest).joined(separator: ", ")))"
                    )
                } ?? LocalizedText(vi: vi, en: aggregation.rawValue))
        }
        switch mapping.conversion {
        case .none:
            if mapping.sources.count == 1 { parts.append(same.text) }
        case .atLeast(let threshold):
            parts.append(
                LocalizedText(vi: "có khi ≥\(vi.quantity(threshold))", en: "atLeast \(NumberText.shortest(threshold))"))
        case .above(let threshold):
            parts.append(
                LocalizedText(vi: "có khi >\(vi.quantity(threshold))", en: "above \(NumberText.shortest(threshold))"))
        case .percentOf(let column):
            parts.append(LocalizedText(vi: "phần trăm của \(column)", en: "percentOf \(column)"))
        case .scale(let factor):
            parts.append(LocalizedText(vi: "nhân \(vi.quantity(factor))", en: "scale \(NumberText.shortest(factor))"))
        }
        return LocalizedText(
            vi: parts.map(\.vi).joined(separator: ", "), en: parts.map(\.en).joined(separator: ", "))
    }

    /// The paragraph that sums up a crosswalk: how much of B it fills, whether it is an approximation, and with data
    /// what became of the values.
    package static func summary(
        source: String, target: String, inputs: Int, mapped: Int, approximation: String?,
        units: Int, filled: Int, lost: Int
    ) -> LocalizedText {
        var text = LocalizedText(
            vi: "\(vi.integer(mapped)) trên \(vi.integer(inputs)) cột đầu vào của \(target) có thể điền từ \(source); "
                + "\(vi.integer(inputs - mapped)) cột không thể (xem lý do từng cột).",
            en: "\(mapped) of \(Plural.count(inputs, "input")) of \(target) can be filled from "
                + "\(source); \(inputs - mapped) cannot (see each reason).")
        if let why = approximation {
            text.vi +=
                units == 0
                ? " GẦN ĐÚNG: các giá trị bảng này điền không phải số liệu của chính \(target): \(why) Muốn quy đổi "
                    + "dữ liệu bằng bảng này cần --accept-approximation."
                : " GẦN ĐÚNG (đã chấp nhận bằng --accept-approximation): các giá trị được ghi không phải số liệu của "
                    + "chính \(target)."
            text.en +=
                units == 0
                ? " APPROXIMATION: the values it fills are not \(target)'s own quantities: \(why) "
                    + "Translating data with it needs --accept-approximation."
                : " APPROXIMATION (accepted with --accept-approximation): the values written are not "
                    + "\(target)'s own quantities."
        }
        if units > 0 {
            let cells = units * inputs
            text.vi +=
                " Với \(vi.integer(units)) đơn vị: điền được \(vi.integer(filled)) trên \(vi.integer(cells)) giá trị; "
                + "\(vi.integer(lost)) giá trị để trống vì giá trị nguồn chưa có số liệu hoặc không quy đổi được; số "
                + "còn lại thuộc các cột không có cột nguồn tương ứng. Không có giá trị nào được tự điền: giá trị chưa "
                + "có số liệu vẫn để trống."
            text.en +=
                " For \(Plural.count(units, "unit")): \(filled) of \(cells) values filled; \(lost) left missing "
                + "because a source value was missing or could not be converted; the rest are unmapped. Nothing is "
                + "filled in: a missing value stays missing."
        }
        return text
    }
}
