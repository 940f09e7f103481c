import ChisoCore

/// Writes a point scheme as a framework table (``FrameworkTable``), every parameter in it, so that
/// ``PointTableReader`` reads back an equal scheme: the annex (numbered `1`, `1.1`, `1.1.1`, the node IDs in `Mã`),
/// `Xếp loại`, `Khung nhìn`, `Lựa chọn` and the precisions for `Thông tin`.
enum PointTableWriter {
    /// The annex's columns in order; those after the rule are written only when a node fills them.
    static let columns: [AnnexColumn] = [
        .number, .code, .name, .englishName, .maxPoints, .rule, .measure, .method, .evidence, .dataSource, .verifier,
        .theme, .note, .structure, .informationOnly,
    ]
    /// The columns written even when every cell is empty.
    static let alwaysWritten: Set<AnnexColumn> = [.number, .code, .name, .englishName, .maxPoints, .rule]

    /// The tables of `scheme`.
    static func write(_ scheme: PointScheme) -> SchemeTableWrite {
        var cells: [[AnnexColumn: String]] = []
        func visit(_ node: PointNode, number: String, parentIsInformationOnly: Bool) {
            cells.append(self.cells(of: node, number: number, parentIsInformationOnly: parentIsInformationOnly))
            for (index, child) in node.children.enumerated() {
                visit(child, number: "\(number).\(index + 1)", parentIsInformationOnly: node.isInformationOnly)
            }
        }
        for (index, root) in scheme.roots.enumerated() {
            visit(root, number: "\(index + 1)", parentIsInformationOnly: false)
        }
        let used = columns.filter { column in
            alwaysWritten.contains(column) || cells.contains { !($0[column] ?? "").isEmpty }
        }
        var parts: [(part: FrameworkTablePart, rows: [[String]])] = []
        if let tiers = tiersPart(scheme) { parts.append((.tiers, tiers)) }
        if !scheme.views.isEmpty { parts.append((.views, viewsPart(scheme))) }
        if let choices = choicesPart(scheme) { parts.append((.choices, choices)) }
        var info = [["Số chữ số thập phân", String(scheme.precision), ""]]
        if let places = scheme.classPrecision { info.append(["Số chữ số thập phân khi xếp loại", String(places), ""]) }
        return SchemeTableWrite(
            header: used.map(\.title), rows: cells.map { row in used.map { row[$0] ?? "" } }, parts: parts,
            info: info)
    }

    /// The cells of one node's row.
    static func cells(of node: PointNode, number: String, parentIsInformationOnly: Bool) -> [AnnexColumn: String] {
        var cells: [AnnexColumn: String] = [
            .number: number, .code: node.id, .name: node.name.vi, .englishName: node.name.en,
            .maxPoints: node.maximum.map(PointTableWords.number) ?? "",
        ]
        let isPlainInformation = node.isInformationOnly && node.kind == .number && node.rule == .points
        if node.children.isEmpty, !isPlainInformation {
            if let rule = node.rule { cells[.rule] = PointTableWords.text(of: PointTableWords.words(for: rule)) }
            if let kind = node.kind {
                cells[.measure] = PointTableWords.word(kind)
            } else if case .steps = node.rule {
                // The table reads steps on a count unless it says otherwise; the file's default is a percentage.
                cells[.measure] = PointTableWords.word(.percent)
            }
        }
        cells[.method] = node.method
        cells[.evidence] = node.evidence
        cells[.dataSource] = node.dataSource
        cells[.verifier] = node.verifiedBy
        cells[.theme] = node.theme
        cells[.note] = node.note
        cells[.structure] = node.structure.map { "\($0.vi) | \($0.en)" }.joined(separator: "\n")
        if node.isInformationOnly, !parentIsInformationOnly { cells[.informationOnly] = "x" }
        return cells
    }

    /// `Xếp loại`: the tiers best first, then the class below the last; `nil` without tiers and with the usual name
    /// below them.
    static func tiersPart(_ scheme: PointScheme) -> [[String]]? {
        guard !scheme.tiers.isEmpty || scheme.belowTiers != PointScheme.unrankedName else { return nil }
        var rows = [["Tên", "Tên tiếng Anh", "Điểm tối thiểu", "Tính theo", "Sàn từng chỉ số", "Xếp hạng"]]
        let roots = scheme.roots.map(\.id)
        for tier in scheme.tiers.reversed() {
            let minimum = (tier.inclusive ? "" : "> ") + PointTableWords.number(tier.minimum)
            let shares = Set(tier.floors.map(\.fraction))
            let floors: String
            if tier.floors.map(\.node) == roots, shares.count == 1, let share = shares.first {
                floors = "\(PointTableWords.share(share)) × Điểm tối đa"
            } else {
                floors = tier.floors.map { "\($0.node): \(PointTableWords.share($0.fraction))" }.joined(separator: "; ")
            }
            rows.append([
                tier.name.vi, tier.name.en, minimum, tier.basis == .points ? "điểm" : "chỉ số", floors, "",
            ])
        }
        rows.append([
            scheme.belowTiers.vi, scheme.belowTiers.en, "dưới mức thấp nhất", "", "",
            scheme.unrankedBelowTiers ? "Không" : "Có",
        ])
        return rows
    }

    /// `Khung nhìn`: one view a row, its nodes separated by `;`.
    static func viewsPart(_ scheme: PointScheme) -> [[String]] {
        [["Mã", "Tên", "Tên tiếng Anh", "Chỉ số"]]
            + scheme.views.map { [$0.id, $0.name.vi, $0.name.en, $0.nodes.joined(separator: "; ")] }
    }

    /// `Lựa chọn`: the code and English name of every answer of every choice rule; `nil` when there is none.
    static func choicesPart(_ scheme: PointScheme) -> [[String]]? {
        var rows: [[String]] = []
        for (node, _, _) in scheme.nodes {
            guard case .choice(let choices) = node.rule, node.children.isEmpty else { continue }
            for choice in choices {
                rows.append([node.id, choice.category.value, choice.category.name.vi, choice.category.name.en])
            }
        }
        return rows.isEmpty ? nil : [["Mã chỉ số", "Giá trị", "Tên", "Tên tiếng Anh"]] + rows
    }
}
