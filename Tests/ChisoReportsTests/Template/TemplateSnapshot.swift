import ChisoCore
import ChisoFormats
import ChisoReports

/// A data-collection workbook as text, for snapshots: its sheets, the rows above and including the header row,
/// what the frozen panes and merged ranges are, and every validation (cells, rule, title), with the input messages
/// of the columns `prompted` in full.
enum TemplateSnapshot {
    static func text(_ document: WorkbookDocument, headerRows: Int, prompted: Set<String> = []) -> String {
        var lines = ["sheets: " + document.sheets.map(\.name).joined(separator: " | ")]
        let sheet = document.sheets[0]
        lines.append("frozen: \(sheet.frozenRows) rows, \(sheet.frozenColumns) columns")
        if !sheet.mergedRanges.isEmpty { lines.append("merged: \(sheet.mergedRanges.map(\.description))") }
        for (index, row) in sheet.rows.prefix(headerRows).enumerated() {
            lines.append("row \(index + 1): " + row.map(cell).joined(separator: " | "))
        }
        for validation in sheet.validations {
            let cells = validation.ranges.map(\.description).joined(separator: " ")
            lines.append("\(cells) \(rule(validation.rule)) [\(validation.promptTitle)]")
            if prompted.contains(validation.promptTitle) {
                lines += validation.prompt.split(separator: "\n").map { "    " + $0 }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func cell(_ cell: WorkbookCell) -> String {
        switch cell.value {
        case .text(let text): text
        case .empty: cell.style.fill == .input ? "[ ]" : ""
        default: "?"
        }
    }

    static func rule(_ rule: DataValidation.Rule) -> String {
        switch rule {
        case .list(let words): "list " + words.joined(separator: ",")
        case .listRange(let range): "list " + range
        case .decimal(let minimum, let maximum):
            "decimal \(NumberText.shortest(minimum))…\(NumberText.shortest(maximum))"
        case .whole(let minimum, let maximum): "whole \(minimum)…\(maximum)"
        case .anyValue: "any"
        case .custom(let formula): "formula " + formula
        }
    }
}
