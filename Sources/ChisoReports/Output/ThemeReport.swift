public import ChisoCore
public import ChisoFormats

/// `frameworks compare`: how frameworks spread their points, or their criteria per level, over the shared themes.
public enum ThemeReport {
    /// The columns of `frameworks compare --format csv`: one row per framework and theme (class empty), and for a
    /// level framework one more per level.
    public static let columns = [
        "framework", "theme", "theme_vi", "theme_en", "class", "criteria", "points", "share",
    ]

    /// Renders the comparison.
    public static func render(_ frameworks: [Framework], format: OutputFormat, language: Language = .vi) -> String {
        let profiles = frameworks.map { ThemeProfile($0.scheme) }
        switch format {
        case .csv, .json:
            let rows = tidyRows(frameworks, profiles)
            if format == .csv { return CSVWriter.document(header: columns, rows: rows) }
            var root = JSONObjectBuilder()
            root.add("frameworks", strings: frameworks.map(\.id))
            root.add("notes", strings: zip(frameworks, profiles).compactMap { wholeLeavesNote($0, $1)?.en })
            root.add(
                "themes",
                .objects(rows) { row, object in
                    object.add(row: row, columns: columns) { ["class", "criteria", "points", "share"].contains($0) }
                })
            return JSONWriter.write(root.value)
        case .table, .markdown:
            return table(frameworks, profiles, format: format, language: language)
        }
    }

    /// The rows of the tidy CSV and JSON: one per framework and theme, and for a level framework one per level.
    private static func tidyRows(_ frameworks: [Framework], _ profiles: [ThemeProfile]) -> [[String]] {
        var rows: [[String]] = []
        for (framework, profile) in zip(frameworks, profiles) {
            for entry in profile.entries {
                let theme = entry.theme.flatMap(Theme.named)
                let names = [entry.theme ?? "", theme?.name.vi ?? "", theme?.name.en ?? ""]
                let share: Double? =
                    profile.hasPoints
                    ? entry.points.flatMap { points in profile.points.map { $0 > 0 ? points / $0 : 0 } }
                    : profile.criteria > 0 ? Double(entry.criteria) / Double(profile.criteria) : nil
                rows.append(
                    [framework.id] + names + [
                        "", String(entry.criteria), entry.points.map(number) ?? "", share.map(number) ?? "",
                    ])
                guard !profile.hasPoints else { continue }
                for (index, count) in entry.perClass.enumerated() {
                    let total = profile.perClass[index]
                    rows.append(
                        [framework.id] + names + [
                            String(index + 1), String(count), "",
                            total > 0 ? number(Double(count) / Double(total)) : "",
                        ])
                }
            }
        }
        return rows
    }

    /// The table for a terminal or Markdown: one row per theme any framework uses, one column per framework.
    private static func table(
        _ frameworks: [Framework], _ profiles: [ThemeProfile], format: OutputFormat, language: Language
    ) -> String {
        let say = { (text: LocalizedText) in text.text(in: language) }
        var used: [String?] = Theme.vocabulary.map(\.id).filter { id in profiles.contains { $0.entry(id) != nil } }
        if profiles.contains(where: { $0.entry(nil) != nil }) { used.append(nil) }
        let header = [say(FrameworkWords.themeColumn.text)] + frameworks.map(\.id)
        let rows = used.map { id -> [String] in
            let name = id.flatMap(Theme.named).map { say($0.name) } ?? say(FrameworkWords.noTheme.text)
            return [name] + profiles.map { say(cell($0, theme: id)) }
        }
        let totals =
            [say(FrameworkWords.allThemes.text)]
            + profiles.map { profile in
                profile.hasPoints
                    ? say(profile.points.map(FrameworkWords.points) ?? FrameworkWords.pointsUnknown.text)
                    : say(FrameworkWords.criteria(profile.criteria))
            }
        let table = TextTable(header: header, rows: rows + [totals])
        return (format == .markdown ? table.markdown() : table.plainText())
            + "\n" + say(FrameworkWords.themeReading.text) + "\n"
            + zip(frameworks, profiles).compactMap { wholeLeavesNote($0, $1) }.map { "\n" + say($0) + "\n" }.joined()
    }

    /// One framework's cell for a theme: its share of the points, or its criteria and how many the top level asks.
    private static func cell(_ profile: ThemeProfile, theme id: String?) -> LocalizedText {
        guard let entry = profile.entry(id) else { return LocalizedText(vi: "—", en: "—") }
        if profile.hasPoints {
            guard let points = entry.points, let total = profile.points, total > 0 else {
                return FrameworkWords.nodesWithoutPoints(entry.criteria)
            }
            return FrameworkWords.pointsCell(share: points / total, points: points)
        }
        let top = entry.perClass.last ?? entry.criteria
        let topTotal = profile.perClass.last ?? profile.criteria
        return FrameworkWords.criteriaCell(
            entry.criteria, share: Double(entry.criteria) / Double(max(profile.criteria, 1)),
            top: profile.perClass.count > 1 ? (top, topTotal) : nil)
    }

    /// The sentence that warns, for a framework whose scored leaves hold parts of their own, that each counts whole
    /// under one theme; `nil` when it has none.
    private static func wholeLeavesNote(_ framework: Framework, _ profile: ThemeProfile) -> LocalizedText? {
        let conditions = framework.scheme.conditions
        let leaves = profile.leavesWithParts.filter { $0 < conditions.count }.map { conditions[$0] }
        guard let first = leaves.first else { return nil }
        let sameCount = Set(leaves.map(\.parts.count)).count == 1
        return FrameworkWords.wholeLeaves(
            framework: framework.id, ids: leaves.map(\.id), parts: sameCount ? first.parts.count : nil)
    }

    private static func number(_ value: Double) -> String { NumberText.shortest((value * 10_000).rounded() / 10_000) }

}
