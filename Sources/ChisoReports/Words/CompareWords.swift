package import ChisoCore
import ChisoFormats

/// The fixed texts of `compare`'s report, in Vietnamese and English; the sentences that take numbers or names are
/// made by the static functions below, the Vietnamese with its readers' numbers, the English in plain style.
/// Vietnamese is written precomposed (NFC), which a test checks.
package enum CompareWords: CaseIterable, Sendable {
    case sides, kappaNotComputed, ranksWithinGroups, correlationsUndefined, movedUp, movedDown, noChange
    case notRanked, unitColumn, nameColumn, outcomeColumn, scaleColumn, rankColumn, shiftColumn, undefined

    /// The phrase in both languages.
    package var text: LocalizedText {
        let (vi, en) = pair
        return LocalizedText(vi: vi, en: en)
    }

    private var pair: (String, String) {
        switch self {
        case .sides: ("Các bên so sánh:", "Sides:")
        case .kappaNotComputed:
            (
                "Hệ số kappa Cohen κ: không tính, vì hai bên không xếp loại theo cùng các mức",
                "Cohen's κ: not computed, the two sides do not rate on the same classes"
            )
        case .ranksWithinGroups:
            (
                "tương quan hạng và nhóm đầu: không tính, vì một bên xếp hạng đơn vị trong từng nhóm, và thứ hạng của "
                    + "các nhóm khác nhau không phải một bảng xếp hạng; thay đổi thứ hạng tính trong nhóm của đơn vị",
                "rank correlations and tops: not computed, a side ranks its units within groups, and ranks of "
                    + "different groups are not one ranking; rank shifts are within a unit's group"
            )
        case .correlationsUndefined:
            (
                "tương quan hạng: không xác định (ít hơn 3 đơn vị, hoặc một bên xếp mọi đơn vị đồng hạng)",
                "rank correlations: not defined (fewer than 3 units, or one side ranks them all equal)"
            )
        case .movedUp: ("tăng hạng nhiều nhất", "moved up most")
        case .movedDown: ("giảm hạng nhiều nhất", "moved down most")
        case .noChange: ("không đổi", "no change")
        case .notRanked: ("không xếp hạng", "not ranked")
        case .unitColumn: ("Mã đơn vị", "unit_id")
        case .nameColumn: ("Tên đơn vị", "unit_name")
        case .outcomeColumn: ("kết quả", "outcome")
        case .scaleColumn: ("thang chung", "scale")
        case .rankColumn: ("thứ hạng", "rank")
        case .shiftColumn: ("thay đổi", "shift")
        case .undefined: ("không xác định", "undefined")
        }
    }

    /// The numbers of each language in the text outputs.
    private static let (vi, en) = (Numerals.text(.vi), Numerals.text(.en))

    /// What a common scale means: its name and how a unit's place on it is found.
    package static func scale(_ scale: CommonScale) -> LocalizedText {
        switch scale {
        case .classes:
            LocalizedText(
                vi:
                    "theo xếp loại: thứ tự của mức hoặc xếp loại đạt được chia cho số mức hoặc xếp loại, 0 khi chưa đạt",
                en: "\(scale.rawValue): \(scale.explanation)")
        case .index:
            LocalizedText(vi: "theo chỉ số: điểm chia cho điểm tối đa", en: "\(scale.rawValue): \(scale.explanation)")
        }
    }

    /// One side: `A. results: framework, 12 units, common scale …`.
    package static func side(label: String, name: String, framework: String, units: Int, scale: CommonScale)
        -> LocalizedText
    {
        let words = self.scale(scale)
        return LocalizedText(
            vi: "  \(label). \(name): \(framework), \(vi.integer(units)) đơn vị, thang chung \(words.vi)\n",
            en: "  \(label). \(name): \(framework), \(units) units, common scale \(words.en)\n")
    }

    /// The head of a pair: `A → B: 12 units on both sides`.
    package static func pairHead(_ a: String, _ b: String, shared: Int) -> LocalizedText {
        LocalizedText(
            vi: "\(a) → \(b): \(vi.integer(shared)) đơn vị có ở cả hai bên",
            en: "\(a) → \(b): \(shared) units on both sides")
    }

    /// `; only on A: …`, the IDs each on one line as a table cell shows it.
    package static func onlyOn(_ label: String, _ ids: [String]) -> LocalizedText {
        let shown = ids.prefix(8).joined(separator: ", ")
        let more = ids.count - 8
        return LocalizedText(
            vi: "; chỉ có ở \(label): " + shown + (more > 0 ? " và \(vi.integer(more)) đơn vị khác" : ""),
            en: "; only on \(label): " + shown + (more > 0 ? " and \(more) more" : ""))
    }

    /// The units a pair's rank statistics leave out as not ranked.
    package static func unranked(_ a: String, _ countA: Int, _ b: String, _ countB: Int) -> LocalizedText {
        LocalizedText(
            vi: "  không đưa vào thống kê thứ hạng vì không xếp hạng: \(vi.integer(countA)) ở \(a), "
                + "\(vi.integer(countB)) ở \(b) (dưới các xếp loại mà khung của chúng xếp hạng)\n",
            en: "  left out of the rank statistics as not ranked: \(countA) on \(a), "
                + "\(countB) on \(b) (below the tiers their framework ranks)\n")
    }

    /// A p-value: `p < 0.001`, `p = 0.012`, `p = 0,012`.
    private static func pValue(_ p: Double, _ numbers: Numerals) -> String {
        p < 0.001 ? "p < \(numbers.fixed(0.001, decimals: 3))" : "p = \(numbers.fixed(p, decimals: 3))"
    }

    /// Spearman's ρ and Kendall's τ-b with their p-values.
    package static func correlations(rho: Double, rhoP: Double, tau: Double, tauP: Double) -> LocalizedText {
        LocalizedText(
            vi: "  tương quan hạng Spearman ρ \(vi.fixed(rho, decimals: 3)) (\(pValue(rhoP, vi))), "
                + "Kendall τ-b \(vi.fixed(tau, decimals: 3)) (\(pValue(tauP, vi)))\n",
            en: "  Spearman's ρ \(en.fixed(rho, decimals: 3)) (\(pValue(rhoP, en))), "
                + "Kendall's τ-b \(en.fixed(tau, decimals: 3)) (\(pValue(tauP, en)))\n")
    }

    /// Cohen's weighted κ, linear and quadratic, and the share of units in the same class.
    package static func kappas(linear: Double?, quadratic: Double?, exactShare: Double?) -> LocalizedText {
        let written = { (numbers: Numerals, undefined: String) in
            (
                linear.map { numbers.fixed($0, decimals: 3) } ?? undefined,
                quadratic.map { numbers.fixed($0, decimals: 3) } ?? undefined
            )
        }
        let (linearVi, quadraticVi) = written(vi, undefined.text.vi)
        let (linearEn, quadraticEn) = written(en, undefined.text.en)
        var text = LocalizedText(
            vi: "  hệ số kappa Cohen có trọng số κ: tuyến tính \(linearVi), bậc hai \(quadraticVi)",
            en: "  Cohen's weighted κ: linear \(linearEn), quadratic \(quadraticEn)")
        if let exactShare {
            text.vi += "; cùng xếp loại: \(vi.fixed(exactShare * 100, decimals: 1))% số đơn vị"
            text.en += "; same class for \(en.fixed(exactShare * 100, decimals: 1))% of units"
        }
        text.vi += "\n"
        text.en += "\n"
        return text
    }

    /// How much of the larger top is in both tops.
    package static func top(_ k: Int, overlap: Double) -> LocalizedText {
        LocalizedText(
            vi: "  nhóm \(vi.integer(k)) đầu: \(vi.fixed(overlap * 100, decimals: 1))% nhóm đầu lớn hơn có ở cả hai\n",
            en: "  top \(k): \(en.fixed(overlap * 100, decimals: 1))% of the larger top is in both\n")
    }

    /// "up 17 places", "down 1 place", "no change"; "tăng 17 bậc", "giảm 1 bậc", "không đổi".
    package static func shift(_ shift: Int) -> LocalizedText {
        if shift == 0 { return noChange.text }
        let places = abs(shift) == 1 ? "place" : "places"
        return LocalizedText(
            vi: "\(shift > 0 ? "tăng" : "giảm") \(vi.integer(abs(shift))) bậc",
            en: "\(shift > 0 ? "up" : "down") \(abs(shift)) \(places)")
    }
}
