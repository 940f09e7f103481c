import ChisoCore
import ChisoFormats

/// Names and describes the columns of a workbook's results sheet: from the column dictionary (``ColumnWords``), else
/// from the framework's criteria (the columns of an assessment file), else by the ID alone.
struct ColumnDescriber {
    /// What made the workbook.
    var origin: WorkbookOrigin

    /// The display name, meaning and scale of `column`.
    func words(for column: String) -> (title: LocalizedText, meaning: LocalizedText, scale: ColumnEntry.Scale?) {
        if let entry = ColumnWords.entry(for: column, output: origin.output) {
            let words = entry.words(for: column)
            return (words.title, words.meaning, entry.scale)
        }
        for framework in origin.frameworks {
            guard let measure = framework.measures.firstIndex(where: { $0.key == column }),
                let condition = framework.scheme.conditions.first(where: { $0.measures.contains(measure) })
            else { continue }
            let name = condition.name
            let percent = framework.measures[measure].kind == .percent
            return (
                LocalizedText(vi: "\(column) \(name.vi)", en: "\(column) \(name.en)"),
                LocalizedText(
                    vi: "Số liệu của tiêu chí \(condition.id): \(name.vi)"
                        + (percent ? " (phần trăm, từ 0 đến 100)" : ""),
                    en: "The data of criterion \(condition.id): \(name.en)"
                        + (percent ? " (a percentage, from 0 to 100)" : "")),
                nil
            )
        }
        return (LocalizedText(vi: column, en: column), LocalizedText(vi: "", en: ""), nil)
    }

    /// The sheet describing the columns: ID, display name, meaning and the kind of values, one column a row.
    func sheet(header: [String], cells: [[WorkbookCell]]) -> WorkbookSheet {
        let language = origin.language
        var rows = [
            [WorkbookWords.columnID, .name, .meaning, .values].map {
                WorkbookCell.text($0.text(in: language), style: .header)
            }
        ]
        for (position, column) in header.enumerated() {
            let words = words(for: column)
            let values = cells.map { position < $0.count ? $0[position] : .empty }
            rows.append(
                [
                    .text(column), .text(words.title.text(in: language)), .text(words.meaning.text(in: language)),
                    .text(kind(of: values, scale: words.scale).text(in: language)),
                ])
        }
        rows += statistics(header: header, cells: cells)
        return WorkbookSheet(
            name: WorkbookWords.columns.text(in: language), rows: rows, columnWidths: [24, 32, 70, 40],
            frozenRows: 1, hasFilter: true)
    }

    /// For a tidy output (a `statistic` column): after a blank row, each statistic the output holds, once, with its
    /// name and meaning.
    func statistics(header: [String], cells: [[WorkbookCell]]) -> [[WorkbookCell]] {
        guard let column = header.firstIndex(of: "statistic") else { return [] }
        let language = origin.language
        var seen = Set<String>()
        var rows: [[WorkbookCell]] = [
            [],
            [WorkbookWords.statistic, .name, .meaning].map { .text($0.text(in: language), style: .header) },
        ]
        for row in cells where column < row.count {
            guard case .text(let statistic) = row[column].value, seen.insert(statistic).inserted else { continue }
            let entry = ColumnWords.entry(for: statistic, output: origin.output + " statistic")
            let words = entry?.words(for: statistic)
            rows.append(
                [
                    .text(statistic), .text(words?.title.text(in: language) ?? statistic),
                    .text(words?.meaning.text(in: language) ?? ""),
                ])
        }
        return rows
    }

    /// What a column's values are: text, whole numbers, or decimals with so many places (and on what scale).
    func kind(of cells: [WorkbookCell], scale: ColumnEntry.Scale?) -> LocalizedText {
        var places = -1
        var hasText = false
        for cell in cells {
            switch (cell.value, cell.style.format) {
            case (.number, .decimal(let count)): places = max(places, count)
            case (.number, _): places = max(places, 0)
            case (.text, _): hasText = true
            default: break
            }
        }
        if places < 0 { return WorkbookWords.textValues.phrase }
        var kind = places == 0 ? WorkbookWords.wholeNumbers.phrase : WorkbookWords.decimals(places)
        if hasText { kind = WorkbookWords.mixed(kind) }
        if scale == .share { kind = WorkbookWords.share(kind) }
        return kind
    }
}

/// The words of a workbook's sheets, in Vietnamese and English.
enum WorkbookWords {
    case results, columns, source, columnID, name, meaning, values, item, value
    case framework, frameworkName, decision, date, issuer, version, command, made, input
    case textValues, wholeNumbers, statistic

    /// The phrase.
    var phrase: LocalizedText {
        switch self {
        case .results: LocalizedText(vi: "Kết quả", en: "Results")
        case .columns: LocalizedText(vi: "Cột", en: "Columns")
        case .source: LocalizedText(vi: "Nguồn", en: "Source")
        case .columnID: LocalizedText(vi: "Mã cột", en: "Column ID")
        case .name: LocalizedText(vi: "Tên", en: "Name")
        case .meaning: LocalizedText(vi: "Ý nghĩa", en: "Meaning")
        case .values: LocalizedText(vi: "Giá trị", en: "Values")
        case .item: LocalizedText(vi: "Mục", en: "Item")
        case .value: LocalizedText(vi: "Nội dung", en: "Value")
        case .framework: LocalizedText(vi: "Mã khung đánh giá", en: "Framework ID")
        case .frameworkName: LocalizedText(vi: "Tên khung đánh giá", en: "Framework name")
        case .decision: LocalizedText(vi: "Văn bản ban hành", en: "Decision")
        case .date: LocalizedText(vi: "Ngày ban hành", en: "Date")
        case .issuer: LocalizedText(vi: "Cơ quan ban hành", en: "Issuer")
        case .version: LocalizedText(vi: "Phiên bản chiso", en: "chiso version")
        case .command: LocalizedText(vi: "Lệnh đã chạy", en: "Command")
        case .made: LocalizedText(vi: "Thời điểm tạo (UTC)", en: "Made (UTC)")
        case .input: LocalizedText(vi: "Tệp đầu vào", en: "Input file")
        case .textValues: LocalizedText(vi: "chữ", en: "text")
        case .wholeNumbers: LocalizedText(vi: "số nguyên", en: "whole numbers")
        case .statistic: LocalizedText(vi: "Thống kê", en: "Statistic")
        }
    }

    /// The phrase in `language`.
    func text(in language: Language) -> String { phrase.text(in: language) }

    /// Decimal numbers with `places` decimals.
    static func decimals(_ places: Int) -> LocalizedText {
        LocalizedText(vi: "số thập phân, \(places) chữ số sau dấu thập phân", en: "decimals, \(places) places")
    }

    /// `kind`, with some cells holding words instead.
    static func mixed(_ kind: LocalizedText) -> LocalizedText {
        LocalizedText(vi: kind.vi + ", có ô là chữ", en: kind.en + ", some cells words")
    }

    /// `kind`, as a share from 0 to 1.
    static func share(_ kind: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: kind.vi + "; tỷ lệ từ 0 đến 1 (không phải phần trăm)",
            en: kind.en + "; a share from 0 to 1 (not a percentage)")
    }
}
