import ChisoCore
import Foundation

/// The keys every framework has, read from the `Thông tin` rows of a framework table: its ID, name, unit type,
/// provenance, child framework and common scale. What the rows do not give is taken from the table (the title
/// block's first line as the name, the file's name as the ID) or marked unknown, each time with a warning, so an
/// annex pasted without its `Thông tin` still imports and says what is left to fill in.
struct FrameworkTableCommon {
    /// The framework's ID.
    var id: String
    /// Its name.
    var name: LocalizedText
    /// The kind of unit it assesses.
    var unitType: LocalizedText
    /// Its provenance.
    var provenance: Provenance
    /// The framework of its subordinate units, if any.
    var childFramework: String?
    /// The common scale, as written (`classes`, `index`), if any.
    var commonScale: String?
    /// The comment lines heading the framework file.
    var heading: [String]

    /// The labels of the `Thông tin` rows, Vietnamese first, as written by ``FrameworkTableExport``.
    enum Label {
        static let id = "Mã khung"
        static let name = "Tên khung"
        static let unitType = "Đơn vị được đánh giá"
        static let decision = "Số quyết định"
        static let date = "Ngày ban hành"
        static let issuer = "Cơ quan ban hành"
        static let title = "Trích yếu"
        static let part = "Phần"
        static let note = "Ghi chú"
        static let childFramework = "Khung của đơn vị cấp dưới"
        static let commonScale = "Thang chung"
        static let scheme = "Loại khung"
    }

    /// The `Thông tin` label a framework file's top-level path (`id`, `provenance.date`, `name.vi`) is read from, if
    /// any.
    static func label(forPath path: String) -> String? {
        let labels: [(String, String)] = [
            ("id", Label.id), ("name", Label.name), ("unitType", Label.unitType),
            ("provenance.decision", Label.decision), ("provenance.date", Label.date),
            ("provenance.issuer", Label.issuer), ("provenance.title", Label.title), ("provenance.part", Label.part),
            ("provenance.notes", Label.note), ("childFramework", Label.childFramework),
            ("commonScale", Label.commonScale), ("precision", "Số chữ số thập phân"),
            ("classPrecision", "Số chữ số thập phân khi xếp loại"),
        ]
        return labels.first { path == $0.0 || path.hasPrefix($0.0 + ".") || path.hasPrefix($0.0 + "[") }?.1
    }

    /// What "unknown" is written as in a field the table leaves empty.
    static let unknown = LocalizedText(vi: "chưa rõ", en: "unknown")

    /// Reads the common keys from `info`, with `table` (read from `main`) for what `info` lacks.
    static func read(
        _ info: FrameworkTableInfo, table: AnnexTable, main: FrameworkTableRows, file: String,
        problems: inout FrameworkTableProblems
    ) -> FrameworkTableCommon {
        var missing: [String] = []
        let text = { (label: String, fallback: LocalizedText?) -> LocalizedText in
            guard let entry = info.entry(label), !entry.value.isEmpty else {
                missing.append(label)
                return fallback ?? unknown
            }
            return LocalizedText(vi: entry.value, en: entry.english.isEmpty ? entry.value : entry.english)
        }
        let id: String
        if let entry = info.entry(Label.id), !entry.value.isEmpty {
            id = AnnexText.oneLine(entry.value)
        } else {
            id = slug(of: file)
            problems.add(
                FrameworkTableMessage.idFromFileName(id: id), sheet: info.sheet ?? main.sheet, line: nil, column: nil,
                .warning)
        }
        let name = text(Label.name, titleLine(of: main, before: table.headerLine))
        let unitType = text(Label.unitType, nil)
        let decision = text(Label.decision, nil).vi
        let date = isoDate(text(Label.date, nil).vi)
        let issuer = text(Label.issuer, nil)
        let title = text(Label.title, nil)
        if !missing.isEmpty {
            problems.add(
                // On a workbook, the sheet to add; a CSV file has no sheets.
                FrameworkTableMessage.missingInfo(labels: missing),
                sheet: info.sheet ?? main.sheet.map { _ in FrameworkTablePart.info.title },
                line: nil, column: nil, .warning)
        }
        let part = info.entry(Label.part).map(\.value).flatMap { $0.isEmpty ? nil : $0 }
        let notes = info.entries(Label.note).map(\.value).filter { !$0.isEmpty }
        let child = info.entry(Label.childFramework).map { AnnexText.oneLine($0.value) }.flatMap {
            $0.isEmpty ? nil : $0
        }
        let scale = info.entry(Label.commonScale).map { commonScale(AnnexText.oneLine($0.value)) }.flatMap {
            $0.isEmpty ? nil : $0
        }
        let provenance = Provenance(
            decision: decision, date: date, issuer: issuer, title: title, part: part, notes: notes)
        let heading = [
            "Khung đánh giá nhập từ bảng \(file) bằng `chiso frameworks import`.",
            "Framework imported from the table \(file) by `chiso frameworks import`.",
            "Các dòng \"GỢI Ý — cần xác nhận\" là quy tắc chiso đoán từ lời văn của quyết định: kiểm tra từng dòng.",
            "Lines \"GỢI Ý — cần xác nhận\" are rules chiso guessed from the decision's wording: check each one.",
        ]
        return FrameworkTableCommon(
            id: id, name: name, unitType: unitType, provenance: provenance, childFramework: child,
            commonScale: scale, heading: heading)
    }

    /// The framework file's common members, in the order ``FrameworkEncoder`` writes them, for scheme `scheme`.
    func members(scheme: String) -> JSONObjectBuilder {
        let text = JSONNode.Value.localized
        var root = JSONObjectBuilder()
        root.add("$schema", "chiso-framework.schema.json")
        root.add("id", id)
        root.add("scheme", scheme)
        root.add("name", text(name))
        root.add("unitType", text(unitType))
        var entry = JSONObjectBuilder()
        entry.add("decision", provenance.decision)
        entry.add("date", provenance.date)
        entry.add("issuer", text(provenance.issuer))
        entry.add("title", text(provenance.title))
        if let part = provenance.part { entry.add("part", part) }
        entry.add("notes", strings: provenance.notes)
        root.add("provenance", entry.value)
        if let childFramework { root.add("childFramework", childFramework) }
        if let commonScale { root.add("commonScale", commonScale) }
        return root
    }

    /// The first text of the title block above the header, if any: the decision's title of its annex.
    static func titleLine(of main: FrameworkTableRows, before header: Int?) -> LocalizedText? {
        guard let header else { return nil }
        for record in main.records where record.line < header {
            if let text = record.fields.map(AnnexText.oneLine).first(where: { !$0.isEmpty }) {
                return LocalizedText(vi: text, en: text)
            }
        }
        return nil
    }

    /// An ID made of `file`'s name: its last path component without its extension, lower case, letters without
    /// their marks, anything else a hyphen (`Phụ lục 1.xlsx` → `phu-luc-1`).
    static func slug(of file: String) -> String {
        let name = (file as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return slug(stem).isEmpty ? "khung-nhap" : slug(stem)
    }

    /// `text` lower case, letters without their marks (`đ` as `d`), runs of anything else one hyphen.
    static func slug(_ text: String) -> String {
        let folded = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// `22/11/2021` (or `22-11-2021`, `22.11.2021`) as `2021-11-22`; anything else as written.
    static func isoDate(_ text: String) -> String {
        let parts = text.split(whereSeparator: { "/-.".contains($0) }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]),
            let year = Int(parts[2]), (1...31).contains(day), (1...12).contains(month)
        else { return text }
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// `2021-11-22` as a Vietnamese text writes it, `22/11/2021`; anything else as written.
    static func vietnameseDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil })
        else { return iso }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// The common scale a `Thang chung` cell names: `mức đạt`/`xếp loại` → `classes`, `chỉ số` → `index`, else as
    /// written (the decoder says what it expects).
    static func commonScale(_ cell: String) -> String {
        switch AnnexText.headerKey(cell) {
        case "mức đạt", "xếp loại", "theo mức", "classes": "classes"
        case "chỉ số", "theo chỉ số", "index": "index"
        default: cell
        }
    }

    /// The `Thông tin` rows a framework's common keys are written as: `label | value | English value`.
    static func rows(of framework: Framework) -> [[String]] {
        let localized = { (label: String, text: LocalizedText) -> [String] in
            [label, text.vi, text.en == text.vi ? "" : text.en]
        }
        var rows: [[String]] = [["Mục", "Giá trị", "Tiếng Anh"]]
        rows.append([Label.id, framework.id, ""])
        rows.append(localized(Label.name, framework.name))
        rows.append(localized(Label.unitType, framework.unitType))
        rows.append([Label.decision, framework.provenance.decision, ""])
        rows.append([Label.date, framework.provenance.date, ""])
        rows.append(localized(Label.issuer, framework.provenance.issuer))
        rows.append(localized(Label.title, framework.provenance.title))
        if let part = framework.provenance.part { rows.append([Label.part, part, ""]) }
        for note in framework.provenance.notes { rows.append([Label.note, note, ""]) }
        if let child = framework.childFramework { rows.append([Label.childFramework, child, ""]) }
        if let scale = framework.commonScale { rows.append([Label.commonScale, scale.rawValue, ""]) }
        return rows
    }
}
