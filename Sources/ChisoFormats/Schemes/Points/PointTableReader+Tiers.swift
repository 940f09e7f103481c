import ChisoCore

extension PointTableReader {
    /// One tier as read, for the order check.
    struct ReadTier {
        var minimum: Double
        var inclusive: Bool
        var basis: Tier.Basis
        var floors: [Tier.Floor]
        var text: String
    }

    /// The words that mark the row naming the class below the last tier, in its `Điểm tối thiểu` cell.
    static let belowWords: Set<String> = ["", "dưới mức thấp nhất", "below the lowest tier", "below"]

    /// `Xếp loại`: `Tên | Tên tiếng Anh | Điểm tối thiểu | Tính theo | Sàn từng chỉ số | Xếp hạng`, tiers best
    /// first; the row whose minimum is `dưới mức thấp nhất` (or empty) names the class below the last, its
    /// `Xếp hạng` `Không` when units there are not ranked. `roots` are the top-level nodes' IDs, which a floor
    /// `90% × Điểm tối đa` applies to.
    mutating func readTiers(roots: [String]) -> Tiers {
        var tiers = Tiers()
        guard let part = PointTablePart(input.parts[.tiers]) else { return tiers }
        let minimumColumn = part.column("Điểm tối thiểu")
        var belowLine: Int?
        var previous: ReadTier?
        for record in part.records {
            let name = AnnexText.oneLine(part.cell(record, "Tên"))
            if name.isEmpty { add(.missingName, in: part, line: record.line, column: part.column("Tên")) }
            let english = AnnexText.oneLine(part.cell(record, "Tên tiếng Anh"))
            let text = LocalizedText(vi: name, en: english.isEmpty ? name : english)
            let minimumText = AnnexText.oneLine(part.cell(record, "Điểm tối thiểu"))
            if Self.belowWords.contains(AnnexText.headerKey(minimumText)) {
                if let belowLine {
                    add(.secondBelowTiers(firstLine: belowLine), in: part, line: record.line, column: minimumColumn)
                    continue
                }
                belowLine = record.line
                tiers.below = text
                let rankedText = part.cell(record, "Xếp hạng")
                switch PointTableWords.flag(rankedText) {
                case .some(let ranked): tiers.unranked = !ranked && !AnnexText.oneLine(rankedText).isEmpty
                case nil:
                    add(
                        .unreadableRanked, in: part, line: record.line, column: part.column("Xếp hạng"),
                        value: rankedText)
                }
                continue
            }
            guard let tier = readTier(record, in: part, roots: roots) else { continue }
            if let previous, previous.basis == tier.basis,
                tier.minimum > previous.minimum
                    || (tier.minimum == previous.minimum && tier.inclusive == previous.inclusive
                        && tier.floors == previous.floors)
            {
                add(
                    .tiersOutOfOrder(previous: previous.text), in: part, line: record.line, column: minimumColumn,
                    value: minimumText)
            }
            previous = tier
            var object = JSONObjectBuilder()
            PointSchemeEncoder.add(
                Tier(
                    name: text, minimum: tier.minimum, inclusive: tier.inclusive, basis: tier.basis,
                    floors: tier.floors),
                to: &object)
            tiers.list.append(object.value)
        }
        return tiers
    }

    /// One tier's minimum, basis and floors; `nil` when its minimum cannot be read (the problems added).
    mutating func readTier(_ record: CSVRecord, in part: PointTablePart, roots: [String]) -> ReadTier? {
        let minimumText = AnnexText.oneLine(part.cell(record, "Điểm tối thiểu"))
        var rest = Substring(minimumText)
        var inclusive = true
        if let sign = [("≥", true), (">=", true), (">", false), ("từ", true)].first(where: { rest.hasPrefix($0.0) }) {
            inclusive = sign.1
            rest = rest.dropFirst(sign.0.count).drop(while: { $0 == " " })
        }
        let basisText = part.cell(record, "Tính theo")
        var basis = Tier.Basis.points
        switch AnnexText.headerKey(basisText) {
        case "", "điểm", "tổng điểm", "points": basis = .points
        case "chỉ số", "index": basis = .index
        default:
            add(.unreadableBasis, in: part, line: record.line, column: part.column("Tính theo"), value: basisText)
        }
        let floors = readFloors(part.cell(record, "Sàn từng chỉ số"), line: record.line, in: part, roots: roots)
        guard let (minimum, after) = AnnexText.leadingNumber(rest), after.isEmpty else {
            add(
                .unreadableMinimum, in: part, line: record.line, column: part.column("Điểm tối thiểu"),
                value: minimumText)
            return nil
        }
        return ReadTier(minimum: minimum, inclusive: inclusive, basis: basis, floors: floors, text: minimumText)
    }

    /// The floors a `Sàn từng chỉ số` cell gives: `90% × Điểm tối đa` for every top-level node, or
    /// `NT: 90%; TC: 80%` node by node.
    mutating func readFloors(_ text: String, line: Int, in part: PointTablePart, roots: [String]) -> [Tier.Floor] {
        let cleaned = AnnexText.cleaned(text, lineBreak: ";")
        guard !cleaned.isEmpty else { return [] }
        let column = part.column("Sàn từng chỉ số")
        if !cleaned.contains(":") {
            guard let share = PointTableWords.share(of: cleaned) else {
                add(.unreadableFloor(item: cleaned), in: part, line: line, column: column, value: text)
                return []
            }
            return roots.map { Tier.Floor(node: $0, fraction: share) }
        }
        let known = Set(ids)
        var floors: [Tier.Floor] = []
        for item in cleaned.split(separator: ";").map({ AnnexText.oneLine(String($0)) }) where !item.isEmpty {
            guard let colon = item.firstIndex(of: ":"),
                let share = PointTableWords.share(of: String(item[item.index(after: colon)...]))
            else {
                add(.unreadableFloor(item: item), in: part, line: line, column: column, value: text)
                continue
            }
            let node = AnnexText.oneLine(String(item[..<colon]))
            if !known.contains(node) { add(.unknownNode(node), in: part, line: line, column: column, value: node) }
            floors.append(Tier.Floor(node: node, fraction: share))
        }
        return floors
    }
}
