import ChisoCore

/// One of the scheme's own parts (`Xếp loại`, `Khung nhìn`, `Lựa chọn`): its header row names the columns, each
/// later row that is not blank is read.
struct PointTablePart {
    /// The column of each header name, normalised (``AnnexText/headerKey(_:)``), from 1.
    var columns: [String: Int] = [:]
    /// The rows after the header that are not blank.
    var records: [CSVRecord] = []
    /// The sheet, for a workbook.
    var sheet: String?

    /// Reads `rows`; `nil` when the part is absent.
    init?(_ rows: FrameworkTableRows?) {
        guard let rows else { return nil }
        sheet = rows.sheet
        let filled = rows.records.filter { record in
            record.fields.contains { !AnnexText.oneLine($0).isEmpty }
                && FrameworkTablePart(marker: record.fields.first ?? "") == nil
        }
        guard let header = filled.first else { return }
        for (index, field) in header.fields.enumerated() {
            let key = AnnexText.headerKey(field)
            if !key.isEmpty, columns[key] == nil { columns[key] = index + 1 }
        }
        records = Array(filled.dropFirst())
    }

    /// The cell of the column named by any of `names` on `record`, lines kept; empty when there is none.
    func cell(_ record: CSVRecord, _ names: String...) -> String {
        guard let column = names.lazy.compactMap({ columns[AnnexText.headerKey($0)] }).first,
            column <= record.fields.count
        else { return "" }
        return AnnexText.lines(record.fields[column - 1])
    }

    /// The column named by any of `names`, if the part has it.
    func column(_ names: String...) -> Int? {
        names.lazy.compactMap { columns[AnnexText.headerKey($0)] }.first
    }
}

extension PointTableReader {
    /// The tiers read from `Xếp loại`, best first, and the class below the last.
    struct Tiers {
        var list: [JSONNode.Value] = []
        var below: LocalizedText?
        var unranked = false
    }

    /// Adds `message` about a cell of `part` on `line`, in the column named by `column`.
    mutating func add(
        _ message: PointTableMessage, in part: PointTablePart, line: Int, column: Int?,
        _ severity: Diagnostic.Severity = .error, value: String? = nil
    ) {
        problems.add(
            message, sheet: part.sheet, line: line, column: column, severity, value: value.map(AnnexText.oneLine))
    }

    /// `Thông tin`: `Số chữ số thập phân` (precision) and `Số chữ số thập phân khi xếp loại` (classPrecision).
    mutating func readInfo(into members: inout JSONObjectBuilder) {
        for (key, label) in [
            ("precision", "Số chữ số thập phân"), ("classPrecision", "Số chữ số thập phân khi xếp loại"),
        ] {
            guard let entry = input.info.entry(label) else { continue }
            let text = AnnexText.oneLine(entry.value)
            guard let places = Int(text), (0...9).contains(places) else {
                problems.add(
                    PointTableMessage.unreadablePlaces, sheet: input.info.sheet, line: entry.line, column: 2,
                    field: entry.label, value: text)
                continue
            }
            members.add(key, places)
        }
    }

    /// `Lựa chọn`: `Mã chỉ số | Giá trị | Tên | Tên tiếng Anh`.
    mutating func readAnswers() {
        guard let part = PointTablePart(input.parts[.choices]) else { return }
        for record in part.records {
            let node = AnnexText.oneLine(part.cell(record, "Mã chỉ số", "Mã"))
            let name = AnnexText.oneLine(part.cell(record, "Tên"))
            guard !name.isEmpty else {
                add(.missingName, in: part, line: record.line, column: part.column("Tên"))
                continue
            }
            answers[AnswerKey(node: node, name: AnnexText.headerKey(name))] = Answer(
                value: AnnexText.oneLine(part.cell(record, "Giá trị")),
                english: AnnexText.oneLine(part.cell(record, "Tên tiếng Anh")), line: record.line)
        }
    }

    /// Reports the `Lựa chọn` rows no choice rule used.
    mutating func reportUnusedAnswers() {
        guard let part = PointTablePart(input.parts[.choices]) else { return }
        let column = part.column("Mã chỉ số", "Mã")
        for (key, answer) in answers.sorted(by: { $0.value.line < $1.value.line }) where !answer.used {
            if !ids.contains(key.node) {
                add(.unknownNode(key.node), in: part, line: answer.line, column: column, value: key.node)
            } else if !choiceNodes.contains(key.node) {
                add(.notAChoice(node: key.node), in: part, line: answer.line, column: column, value: key.node)
            } else {
                add(.unknownAnswer(node: key.node), in: part, line: answer.line, column: part.column("Tên"), .warning)
            }
        }
    }

    /// `Khung nhìn`: `Mã | Tên | Tên tiếng Anh | Chỉ số`, the nodes separated by `;`.
    mutating func readViews() -> JSONNode.Value? {
        guard let part = PointTablePart(input.parts[.views]) else { return nil }
        let known = Set(ids)
        var views: [JSONNode.Value] = []
        for record in part.records {
            let id = AnnexText.oneLine(part.cell(record, "Mã"))
            let name = AnnexText.oneLine(part.cell(record, "Tên"))
            if id.isEmpty { add(.missingCode, in: part, line: record.line, column: part.column("Mã")) }
            if name.isEmpty { add(.missingName, in: part, line: record.line, column: part.column("Tên")) }
            let nodesText = part.cell(record, "Chỉ số")
            let nodes = AnnexText.cleaned(nodesText, lineBreak: ";").split(separator: ";").map {
                AnnexText.oneLine(String($0))
            }.filter { !$0.isEmpty }
            for node in nodes where !known.contains(node) {
                add(.unknownNode(node), in: part, line: record.line, column: part.column("Chỉ số"), value: node)
            }
            let english = AnnexText.oneLine(part.cell(record, "Tên tiếng Anh"))
            var view = JSONObjectBuilder()
            view.add("id", id)
            view.add("name", JSONNode.Value.localized(LocalizedText(vi: name, en: english.isEmpty ? name : english)))
            view.add("nodes", strings: nodes)
            views.append(view.value)
        }
        return .array(views)
    }
}
