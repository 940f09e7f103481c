package import ChisoCore
import ChisoFormats

extension FrameworkWords {
    /// A field of `frameworks diff` as its table shows it: the CSV's name in English, words in Vietnamese; a field
    /// that is a framework file's key (`commonScale`, `classPrecision`) as it is.
    package static func field(_ field: String) -> LocalizedText {
        let words = [
            "id": "mã", "name_vi": "tên tiếng Việt", "name_en": "tên tiếng Anh", "parent": "mục cha",
            "count": "số lượng", "decision": "quyết định", "date": "ngày ban hành", "title": "tiêu đề",
            "issuer": "cơ quan ban hành", "part": "phần", "notes": "ghi chú", "unit": "đơn vị tính",
            "max": "điểm tối đa", "rule": "cách chấm", "measure": "kiểu dữ liệu", "information_only": "không tính điểm",
            "note": "ghi chú", "precision": "số chữ số thập phân",
        ]
        return LocalizedText(vi: words[field] ?? field, en: field)
    }

    /// A kind of change as `frameworks diff` names it, from its name in the CSV (`added`, `renamed`, …).
    package static func kind(_ kind: String) -> LocalizedText {
        let words = [
            "added": "thêm", "removed": "bỏ", "renamed": "đổi tên", "reidentified": "đổi mã", "moved": "chuyển chỗ",
            "requirement": "yêu cầu", "changed": "thay đổi", "classes": "xếp loại", "provenance": "nguồn",
        ]
        return LocalizedText(vi: words[kind] ?? kind, en: kind)
    }

    /// Two frameworks that differ in nothing `frameworks diff` compares.
    package static func noDifference(_ a: String, _ b: String) -> LocalizedText {
        LocalizedText(
            vi: "\(a) và \(b) có cùng các tiêu chí, xếp loại và nguồn.",
            en: "\(a) and \(b) define the same criteria, classes and source.")
    }

    /// The line under `frameworks diff`: how many differences, of each kind.
    package static func differences(_ total: Int, _ a: String, _ b: String, counts: [(kind: String, count: Int)])
        -> LocalizedText
    {
        let vi = counts.map { "\(Numerals.text(.vi).integer($0.count)) \(kind($0.kind).vi)" }.joined(separator: ", ")
        let en = counts.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
        return LocalizedText(
            vi: "\(Numerals.text(.vi).integer(total)) khác biệt giữa \(a) và \(b): \(vi).",
            en: "\(Plural.count(total, "difference")) between \(a) and \(b): \(en).")
    }

    /// A point framework's total in `frameworks compare`: `1000 pts`, `1.000 điểm`.
    package static func points(_ value: Double) -> LocalizedText {
        let rounded = (value * 10_000).rounded() / 10_000
        return LocalizedText(
            vi: "\(Numerals.text(.vi).quantity(rounded)) điểm", en: "\(Numerals.text(.en).quantity(rounded)) pts")
    }

    /// A level framework's number of criteria in `frameworks compare`.
    package static func criteria(_ count: Int) -> LocalizedText {
        LocalizedText(
            vi: "\(Numerals.text(.vi).integer(count)) tiêu chí", en: Plural.count(count, "criterion", "criteria"))
    }

    /// A theme's nodes whose points are unknown.
    package static func nodesWithoutPoints(_ count: Int) -> LocalizedText {
        LocalizedText(
            vi: "\(Numerals.text(.vi).integer(count)) mục, chưa biết điểm",
            en: "\(Plural.count(count, "node")), points unknown")
    }

    /// A level framework's cell: its criteria, their share, and how many the top level asks.
    package static func criteriaCell(_ count: Int, share: Double, top: (Int, Int)?) -> LocalizedText {
        let (vi, en) = (Numerals.text(.vi), Numerals.text(.en))
        return LocalizedText(
            vi: "\(vi.integer(count)) (\(vi.fixed(share * 100, decimals: 1))%)"
                + (top.map { "; mức cao nhất \(vi.integer($0.0))/\(vi.integer($0.1))" } ?? ""),
            en: "\(count) (\(en.fixed(share * 100, decimals: 1))%)" + (top.map { "; top level \($0.0)/\($0.1)" } ?? ""))
    }

    /// A point framework's cell: the theme's share of the points and its points.
    package static func pointsCell(share: Double, points: Double) -> LocalizedText {
        let rounded = (points * 10_000).rounded() / 10_000
        let (vi, en) = (Numerals.text(.vi), Numerals.text(.en))
        return LocalizedText(
            vi: "\(vi.fixed(share * 100, decimals: 1))% (\(vi.quantity(rounded)) điểm)",
            en: "\(en.fixed(share * 100, decimals: 1))% (\(en.quantity(rounded)) pts)")
    }

    /// The warning for a framework whose scored leaves hold parts of their own: each counts whole under one theme.
    package static func wholeLeaves(framework: String, ids: [String], parts: Int?) -> LocalizedText {
        let one = ids.count == 1
        let holds =
            (one ? "it holds " : "each holds ") + (parts.map { Plural.count($0, "part") } ?? "parts")
        let subject = one ? "\(ids[0]) is" : "\(ids.joined(separator: ", ")) are"
        let partsVi = parts.map { "\(Numerals.text(.vi).integer($0)) phần" } ?? "nhiều phần"
        return LocalizedText(
            vi: "\(framework): \(ids.joined(separator: ", ")) được chấm nguyên khối, và "
                + "\(one ? "mục này gồm" : "mỗi mục gồm") \(partsVi) mà nguồn không cho điểm riêng (frameworks show "
                + "\(framework) liệt kê chúng). \(one ? "Mục này" : "Mỗi mục") được tính trọn vào một chủ đề ở đây, "
                + "dù các phần nói về gì, nên tỷ lệ theo chủ đề của \(framework) là trọng số của "
                + "\(one ? "mục lá đó" : "các mục lá đó"), không phải cách nó trải trên các chủ đề.",
            en: "\(framework): \(subject) scored whole, and \(holds) to which the sources give no points of their "
                + "own (frameworks show \(framework) lists them). \(one ? "It" : "Each") counts under its one theme "
                + "here, whatever its parts are about, so the theme shares of \(framework) are the weights of "
                + "\(one ? "that leaf" : "those leaves"), not how it spreads over the themes.")
    }
}
