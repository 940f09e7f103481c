package import ChisoCore

/// The sentences of the report's first page, in Vietnamese and English side by side: each takes its numbers already
/// written as the report's readers write them, and its names in the report's language.
package enum OverviewWords {
    /// A class and how many units sit in it: `M1 Khởi động: 52 (43,3%)`.
    package struct ClassCount: Sendable {
        /// The class as the report heads it.
        package var name: String
        /// The number of units, written.
        package var count: String
        /// Their share of all units, written.
        package var share: String

        /// Creates a count.
        package init(name: String, count: String, share: String) {
            self.name = name
            self.count = count
            self.share = share
        }
    }

    /// Where the units stand: the class most of them sit in, then every class from the highest.
    ///
    /// - Parameters:
    ///   - total: The number of units, written.
    ///   - mode: The class holding the most units.
    ///   - classes: Every class holding a unit, the highest first; the units below the lowest class last.
    ///   - noun: The scheme's word for a class (`mức`, `hạng`).
    package static func classes(total: String, mode: ClassCount, classes: [ClassCount], noun: LocalizedText)
        -> LocalizedText
    {
        let list = classes.map { "\($0.name) \($0.count)" }.joined(separator: ", ")
        return LocalizedText(
            vi: "\(mode.count) trong \(total) đơn vị (\(mode.share)) ở \(mode.name). Theo \(noun.vi): \(list).",
            en: "\(mode.count) of \(total) units (\(mode.share)) are at \(mode.name). By \(noun.en): \(list).")
    }

    /// How many units reached the class they registered for.
    package static func registered(reached: String, units: String, noun: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: "\(reached) trong \(units) đơn vị đã đăng ký \(noun.vi) đạt được \(noun.vi) đã đăng ký.",
            en: "\(reached) of the \(units) units that registered a \(noun.en) reached it.")
    }

    /// The conditions that keep the most units from their next class: `XHS.07 «…» (89 đơn vị)`, each already
    /// written with its ID, name and count.
    package static func blockers(_ items: [String], noun: LocalizedText) -> LocalizedText {
        let list = items.joined(separator: "; ")
        return LocalizedText(
            vi: "Các tiêu chí cản nhiều đơn vị nhất lên \(noun.vi) tiếp theo: \(list).",
            en: "The criteria that keep the most units from their next \(noun.en): \(list).")
    }

    /// One blocking condition in ``blockers(_:noun:)``.
    package static func blocker(id: String, name: String, units: String, first: Bool) -> LocalizedText {
        LocalizedText(
            vi: "\(id) «\(name)» (\(units)\(first ? " đơn vị" : ""))",
            en: "\(id) “\(name)” (\(units)\(first ? " units" : ""))")
    }

    /// How many units one condition alone keeps from their next class, some named with it: `X (CQS.14)`.
    package static func oneBlocker(units: String, noun: LocalizedText, named: [String], more: Bool) -> LocalizedText {
        let list = named.joined(separator: ", ")
        return LocalizedText(
            vi: "\(units) đơn vị chỉ còn thiếu một tiêu chí để lên \(noun.vi) tiếp theo"
                + (named.isEmpty ? "." : (more ? ", trong đó: " : ": ") + list + "."),
            en: "\(units) units miss only one criterion to reach their next \(noun.en)"
                + (named.isEmpty ? "." : (more ? ", among them " : ": ") + list + "."))
    }

    /// Nothing keeps any unit from its next class.
    package static let noBlockers = LocalizedText(
        vi: "Không tiêu chí nào cản đơn vị lên mức tiếp theo: mọi đơn vị đã ở mức cao nhất.",
        en: "No criterion keeps a unit from its next level: every unit is at the highest.")

    /// The spread of the total: its lowest, median and highest, with the units at the ends.
    package static func spread(
        figure: String, low: String, lowUnit: String, median: String, high: String,
        highUnit: String
    ) -> LocalizedText {
        LocalizedText(
            vi: "\(figure.capitalizedFirst) từ \(low) (\(lowUnit)) đến \(high) (\(highUnit)); trung vị \(median).",
            en: "The \(figure) runs from \(low) (\(lowUnit)) to \(high) (\(highUnit)); median \(median).")
    }

    /// The strongest and weakest top-level nodes, each written with its mean share of its maximum.
    package static func components(strongest: [String], weakest: [String]) -> LocalizedText {
        LocalizedText(
            vi: "Mạnh nhất: \(strongest.joined(separator: " và ")); yếu nhất: \(weakest.joined(separator: " và ")) "
                + "(trung bình tỷ lệ điểm đạt được trên điểm tối đa).",
            en: "Strongest: \(strongest.joined(separator: " and ")); weakest: \(weakest.joined(separator: " and ")) "
                + "(the mean share of the maximum points reached).")
    }

    /// The units ranked first and last, each written with its rank.
    package static func ends(first: [String], last: [String], total: String) -> LocalizedText {
        LocalizedText(
            vi: "Dẫn đầu trong \(total) đơn vị xếp hạng: \(first.joined(separator: ", ")); cuối bảng: "
                + "\(last.joined(separator: ", ")).",
            en: "First of the \(total) units ranked: \(first.joined(separator: ", ")); last: "
                + "\(last.joined(separator: ", ")).")
    }

    /// Who moved between two sides of a comparison: classes up and down, and the largest rank shifts.
    package static func moves(
        from a: String, to b: String, up: String?, down: String?, same: String?, noun: LocalizedText,
        rose: String?, fell: String?
    ) -> LocalizedText {
        var vi: [String] = []
        var en: [String] = []
        if let up, let down, let same {
            vi.append("\(up) đơn vị lên \(noun.vi), \(down) xuống \(noun.vi), \(same) giữ nguyên")
            en.append("\(up) units moved up a \(noun.en), \(down) down, \(same) stayed")
        }
        if let rose {
            vi.append("tăng hạng nhiều nhất: \(rose)")
            en.append("the largest rise in rank: \(rose)")
        }
        if let fell {
            vi.append("giảm hạng nhiều nhất: \(fell)")
            en.append("the largest fall: \(fell)")
        }
        return LocalizedText(
            vi: "Từ \(a) đến \(b): \(vi.joined(separator: "; ")).",
            en: "From \(a) to \(b): \(en.joined(separator: "; ")).")
    }

    /// How many units an uncertainty analysis leaves unsure of their class.
    package static func unsure(units: String, total: String, noun: LocalizedText, threshold: String) -> LocalizedText {
        LocalizedText(
            vi: "Với sai số đã giả định trong phân tích độ bất định, \(units) trong \(total) đơn vị có dưới "
                + "\(threshold) khả năng ở đúng \(noun.vi) hiện tại.",
            en: "Under the errors assumed in the uncertainty analysis, \(units) of \(total) units are less than "
                + "\(threshold) likely to be at their current \(noun.en).")
    }

    /// The headline's labels.
    package static let organisation = LocalizedText(vi: "Cơ quan", en: "Organisation")
    /// The assessment year's label.
    package static let year = LocalizedText(vi: "Năm đánh giá", en: "Assessment year")
    /// The date the report was made.
    package static let made = LocalizedText(vi: "Ngày lập", en: "Made on")
    /// The heading of the key points.
    package static let keyPoints = LocalizedText(vi: "Những điểm chính", en: "Key points")
    /// Who each group of parts is for, in the contents.
    package static let forLeaders = LocalizedText(vi: "Cho lãnh đạo", en: "For leaders")
    /// The planner's parts.
    package static let forPlanners = LocalizedText(vi: "Cho người lập kế hoạch", en: "For planners")
    /// The units' parts.
    package static let forUnits = LocalizedText(vi: "Từng đơn vị", en: "Unit by unit")
    /// The components chart's title.
    package static let componentsTitle = LocalizedText(
        vi: "Tỷ lệ điểm đạt được theo thành phần", en: "Share of the maximum points by component")
    /// The components chart's description.
    package static let componentsDescription = LocalizedText(
        vi: "Biểu đồ thanh: với mỗi thành phần cấp đầu, trung bình qua các đơn vị của tỷ lệ điểm đạt được trên điểm "
            + "tối đa, cao nhất trước.",
        en: "Bar chart: for each top-level component, the mean over the units of the share of its maximum points "
            + "reached, highest first.")
    /// The component column.
    package static let componentColumn = LocalizedText(vi: "Thành phần", en: "Component")
    /// The mean share column.
    package static let meanShareColumn = LocalizedText(vi: "Tỷ lệ trung bình", en: "Mean share")
    /// The top blockers chart's title, before the class noun.
    package static func topBlockersTitle(noun: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: "Tiêu chí cản nhiều đơn vị nhất lên \(noun.vi) tiếp theo",
            en: "The criteria that keep most units from their next \(noun.en)")
    }
    /// A sentence after the top blockers saying where the rest are.
    package static func moreBlockers(part: String) -> LocalizedText {
        LocalizedText(vi: "Danh sách đầy đủ ở phần “\(part)”.", en: "The full list is in the part “\(part)”.")
    }
}
