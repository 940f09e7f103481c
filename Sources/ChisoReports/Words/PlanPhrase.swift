package import ChisoCore
import ChisoFormats

/// The fixed texts of the report's plan part (its budget, its ladder of what the budget buys, its counts of changes),
/// in Vietnamese and English, and the sentences it makes from numbers and the currency. Vietnamese is written
/// precomposed (NFC), which a test checks.
package enum PlanPhrase: CaseIterable, Sendable {
    case budget, budgetGiven, ladderDescription, ladderStepColumn, ladderUnitColumn, ladderCostColumn
    case ladderCumulativeColumn, ladderBudgetColumn, withinBudget, ladderThinned, notesColumn, changesUnknown
    case changesUnknownNote, noBudgetLadder

    /// The phrase in both languages.
    package var text: LocalizedText {
        let (vi, en) = pair
        return LocalizedText(vi: vi, en: en)
    }

    private var pair: (String, String) {
        switch self {
        case .budget: ("Ngân sách", "Budget")
        case .budgetGiven:
            (
                "Ngân sách lấy từ tệp phương án (chiso plan --budget) hoặc từ --budget của báo cáo.",
                "The budget comes from the plan file (chiso plan --budget) or from the report's --budget."
            )
        case .ladderDescription:
            (
                "Mỗi bậc cấp kinh phí cho thêm một đơn vị, rẻ nhất trước — đúng cách chiso plan --budget chia ngân "
                    + "sách để nhiều đơn vị đạt mục tiêu nhất; cột tổng là số tiền phải chi để đến bậc đó.",
                "Each step funds one more unit, cheapest first — as chiso plan --budget shares a budget to bring the "
                    + "most units to their target; the total is what it takes to reach that step."
            )
        case .ladderStepColumn: ("Số đơn vị được cấp kinh phí", "Units funded")
        case .ladderUnitColumn: ("Đơn vị thêm vào", "Unit added")
        case .ladderCostColumn: ("Chi phí của đơn vị", "Its cost")
        case .ladderCumulativeColumn: ("Tổng chi phí đến bậc này", "Total to this step")
        case .ladderBudgetColumn: ("So với ngân sách", "Against the budget")
        case .withinBudget: ("trong ngân sách", "within the budget")
        case .ladderThinned:
            (
                "Bảng lược bớt các bậc ở giữa: ghi từng bậc đến ngân sách (hoặc các bậc đầu và các số tròn), năm bậc "
                    + "sau đó và bậc cấp kinh phí cho mọi đơn vị.",
                "Steps in between are left out: the table gives every step up to the budget (or the first steps and "
                    + "round numbers), the five after it and the step that funds every unit."
            )
        case .notesColumn: ("Ghi chú", "Notes")
        case .changesUnknown: ("không rõ", "unknown")
        case .changesUnknownNote:
            (
                "Tệp phương án không ghi số thay đổi (tệp --summary ghi trước khi có cột changes): chạy lại chiso "
                    + "plan để có số này.",
                "The plan file does not give the number of changes (a --summary file written before it had a changes "
                    + "column): run chiso plan again to have it."
            )
        case .noBudgetLadder:
            (
                "Chưa có ngân sách: bảng cho biết mỗi mức ngân sách mua được gì; cho --budget (ở chiso plan hoặc ở "
                    + "báo cáo) để đánh dấu bậc của ngân sách.",
                "No budget is given: the table tells what each amount buys; give --budget (to chiso plan or to the "
                    + "report) to mark the budget's step."
            )
        }
    }

    /// An amount as the report writes it, with the currency after it when one is given: `20.000 triệu đồng`.
    package static func amount(_ value: Double, currency: String?, numbers: LocaleNumbers) -> String {
        numbers.decimal(value) + (currency.map { " " + $0 } ?? "")
    }

    /// A column heading for amounts, with the currency in brackets when one is given: `Chi phí (triệu đồng)`.
    package static func heading(_ heading: String, currency: String?) -> String {
        heading + (currency.map { " (\($0))" } ?? "")
    }

    /// A text in both languages, each side made with its language's numbers.
    private static func both(_ make: (LocaleNumbers, Language) -> String) -> LocalizedText {
        LocalizedText(vi: make(LocaleNumbers(.vi), .vi), en: make(LocaleNumbers(.en), .en))
    }

    /// "N units" in English, with the singular for one.
    private static func units(_ count: Int, _ numbers: LocaleNumbers) -> String {
        "\(numbers.integer(count)) \(count == 1 ? "unit" : "units")"
    }

    /// The budget's cell of the ladder at the budget's step: what is left of it.
    package static func budgetStep(budget: Double, left: Double, currency: String?) -> LocalizedText {
        both { numbers, language in
            let (amount, rest) = (
                Self.amount(budget, currency: currency, numbers: numbers),
                Self.amount(left, currency: currency, numbers: numbers)
            )
            return language == .vi
                ? "◀ ngân sách \(amount) đủ đến bậc này, còn dư \(rest)"
                : "◀ the budget of \(amount) reaches this step, with \(rest) left"
        }
    }

    /// The budget's cell of a step beyond it: how much more it takes.
    package static func beyondBudget(more: Double, currency: String?) -> LocalizedText {
        both { numbers, language in
            let amount = Self.amount(more, currency: currency, numbers: numbers)
            return language == .vi ? "cần thêm \(amount)" : "\(amount) more"
        }
    }

    /// The line under the heading: the budget and what it funds.
    package static func budgetLine(budget: Double, funded: Int, spent: Double, currency: String?) -> LocalizedText {
        both { numbers, language in
            let (amount, used, left) = (
                Self.amount(budget, currency: currency, numbers: numbers),
                Self.amount(spent, currency: currency, numbers: numbers),
                Self.amount(max(budget - spent, 0), currency: currency, numbers: numbers)
            )
            return language == .vi
                ? "Ngân sách: \(amount). Được cấp kinh phí: \(numbers.integer(funded)) đơn vị, tổng chi phí \(used); "
                    + "còn dư \(left)."
                : "Budget: \(amount). Funded: \(units(funded, numbers)), costing \(used) in all; \(left) left."
        }
    }

    /// The line a budget-less plan gives: what bringing every reachable unit to its target costs.
    package static func totalLine(units count: Int, total: Double, currency: String?) -> LocalizedText {
        both { numbers, language in
            let amount = Self.amount(total, currency: currency, numbers: numbers)
            return language == .vi
                ? "Để cả \(numbers.integer(count)) đơn vị có thể đạt mục tiêu đều đạt cần tổng cộng \(amount)."
                : "Bringing all \(units(count, numbers)) that can reach their target there costs \(amount) in all."
        }
    }

    /// The note when the plan's own funded units are not the ladder's: its budget was shared another way (the most
    /// classes gained).
    package static func otherAllocation(funded: Int, spent: Double, currency: String?) -> LocalizedText {
        both { numbers, language in
            let amount = Self.amount(spent, currency: currency, numbers: numbers)
            return language == .vi
                ? "Phương án này không chia ngân sách theo thứ tự rẻ trước (ví dụ --objective levels-gained: tăng "
                    + "nhiều mức nhất): nó cấp kinh phí cho \(numbers.integer(funded)) đơn vị, tổng \(amount) (cột "
                    + "được cấp kinh phí ở trên). Bảng dưới đây là thứ tự rẻ trước, để so sánh."
                : "This plan does not share its budget cheapest first (for example --objective levels-gained: the "
                    + "most levels gained): it funds \(units(funded, numbers)), costing \(amount) (the funded column "
                    + "above). The table below is the cheapest-first order, for comparison."
        }
    }

    /// The leader's one or two sentences: what the budget buys and what more it takes, or without a budget what
    /// bringing every unit that can reach its target costs, and how many cannot.
    ///
    /// - Parameters:
    ///   - budget: The budget, if any.
    ///   - reaching: The units at their target within the budget (funded, or already there).
    ///   - reachable: The units that can reach their target (already there or for a cost).
    ///   - more: What more than the budget it takes to bring every reachable unit there; without a budget, the total.
    ///   - unreachable: The units that cannot reach their target with the costs given.
    ///   - currency: The currency written after amounts, if any.
    package static func headline(
        budget: Double?, reaching: Int, reachable: Int, more: Double, unreachable: Int, currency: String?
    ) -> LocalizedText {
        both { numbers, language in
            let vi = language == .vi
            let count = numbers.integer
            var text: String
            if let budget {
                let amount = Self.amount(budget, currency: currency, numbers: numbers)
                let rest = Self.amount(more, currency: currency, numbers: numbers)
                if more <= 0 {
                    text =
                        vi
                        ? "Với ngân sách \(amount), cả \(count(reachable)) đơn vị có thể đạt mục tiêu đều đạt."
                        : "A budget of \(amount) brings all \(units(reachable, numbers)) that can reach their target "
                            + "there."
                } else {
                    text =
                        vi
                        ? "Với ngân sách \(amount), \(count(reaching)) trong \(count(reachable)) đơn vị đạt mục tiêu; "
                            + "cần thêm \(rest) để cả \(count(reachable)) đơn vị đạt."
                        : "A budget of \(amount) brings \(count(reaching)) of \(units(reachable, numbers)) to their "
                            + "target; \(rest) more would bring all \(count(reachable))."
                }
            } else {
                let amount = Self.amount(more, currency: currency, numbers: numbers)
                text =
                    vi
                    ? "Để cả \(count(reachable)) đơn vị có thể đạt mục tiêu đều đạt cần tổng cộng \(amount)."
                    : "Bringing all \(units(reachable, numbers)) that can reach their target there costs \(amount)."
            }
            if unreachable > 0 {
                text +=
                    vi
                    ? " \(count(unreachable)) đơn vị không thể đạt mục tiêu với các chi phí đã cho."
                    : " \(count(unreachable)) cannot reach it with the costs given."
            }
            return text
        }
    }
}

extension Words {
    /// A fixed phrase of the plan part in this language.
    package func callAsFunction(_ phrase: PlanPhrase) -> String {
        phrase.text.text(in: language)
    }
}
