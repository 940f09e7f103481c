import Foundation

/// What a column of a decision's annex table holds, recognised from its header cell.
public enum AnnexColumn: Hashable, Sendable, Comparable {
    /// `STT`: the row's number (`1`, `1.2`, `I`, `a)`).
    case number
    /// `Mã`: the row's code, used as its ID when present.
    case code
    /// `Chỉ số/Chỉ số thành phần`, `Tiêu chí` or `Nội dung`: the row's name.
    case name
    /// `Điểm tối đa`: the row's maximum points.
    case maxPoints
    /// `Cách xác định và tính điểm`: how the points are worked out, as the decision words it.
    case method
    /// `Tài liệu kiểm chứng`: the evidence asked for.
    case evidence
    /// `Nguồn thu thập dữ liệu`: where the data comes from.
    case dataSource
    /// `Đơn vị phối hợp xác minh`: the body that helps verify the data.
    case verifier
    /// `Đơn vị tính`: the unit of a level framework's criterion.
    case unit
    /// `Mức n`: the requirement of level `n` (from 1).
    case level(Int)

    /// The columns beyond the decision's own that chiso reads (and writes), kept in ``AnnexRow/extras``.
    static let extras: [AnnexColumn] = [
        .englishName, .rule, .measure, .theme, .note, .structure, .informationOnly, .conditional, .extended,
        .secondMeasures, .unitEnglish,
    ]
    /// `Phương pháp`: a level framework's method and data source.
    case methodSource
    /// `Căn cứ`: the legal basis.
    case basis
    /// `Tên tiếng Anh`: the row's name in English.
    case englishName
    /// `Quy tắc tính điểm`: a point rule in a person's words (`4:20; 3:15`, `Có=5; Không=0`, `a/b`).
    case rule
    /// `Đo bằng`: what the input column holds (`phần trăm`, `số lượng`, `có/không`, …).
    case measure
    /// `Chủ đề`: the theme shared across frameworks (`awareness`, `infrastructure`, …).
    case theme
    /// `Ghi chú`: a note on the row.
    case note
    /// `Cấu trúc`: the parts a points node is published with, one per line (`tiếng Việt | English`).
    case structure
    /// `Chỉ để tham khảo`: the row is shown but not scored (`x`, `Có`).
    case informationOnly
    /// `Áp dụng khi`: a level criterion applies only where this holds (`nếu có`), with the reason.
    case conditional
    /// `Mở rộng`: a level criterion is an extended one (`x`, `Có`).
    case extended
    /// `Số liệu phụ`: a level criterion's second measures (`share: phần trăm: Tỷ lệ … | Share …`).
    case secondMeasures
    /// `Đơn vị tính (tiếng Anh)`: a level criterion's unit in English.
    case unitEnglish

    /// The header names each column is recognised by, normalised (``AnnexText/headerKey(_:)``); levels are matched
    /// apart, by ``init(header:)``.
    static let names: [(String, AnnexColumn)] = [
        ("stt", .number), ("số tt", .number), ("tt", .number), ("mã", .code), ("mã chỉ số", .code),
        ("mã tiêu chí", .code), ("chỉ số/chỉ số thành phần", .name), ("tiêu chí", .name), ("nội dung", .name),
        ("chỉ số", .name), ("tên chỉ số", .name), ("điểm tối đa", .maxPoints),
        ("cách xác định và tính điểm", .method), ("tài liệu kiểm chứng", .evidence),
        ("nguồn thu thập dữ liệu", .dataSource), ("đơn vị phối hợp xác minh", .verifier),
        ("đơn vị phối hợp xác minh số liệu", .verifier), ("đơn vị tính", .unit), ("phương pháp", .methodSource),
        ("căn cứ", .basis), ("căn cứ pháp lý", .basis), ("tên tiếng anh", .englishName),
        ("tên (tiếng anh)", .englishName), ("english name", .englishName), ("quy tắc tính điểm", .rule),
        ("quy tắc", .rule), ("đo bằng", .measure), ("loại số liệu", .measure), ("chủ đề", .theme),
        ("ghi chú", .note), ("cấu trúc", .structure), ("chỉ để tham khảo", .informationOnly),
        ("áp dụng khi", .conditional), ("điều kiện áp dụng", .conditional), ("mở rộng", .extended),
        ("tiêu chí mở rộng", .extended), ("số liệu phụ", .secondMeasures),
        ("đơn vị tính (tiếng anh)", .unitEnglish),
    ]

    /// The column a header cell names, or `nil` when it names none of them. `Mức 3` and `Mức 3 (Cơ bản)` are
    /// level 3.
    public init?(header: String) {
        let key = AnnexText.headerKey(header)
        if let found = Self.names.first(where: { $0.0 == key }) {
            self = found.1
            return
        }
        guard key.hasPrefix("mức ") else { return nil }
        let digits = key.dropFirst(4).prefix { $0.isASCII && $0.isNumber }
        let rest = key.dropFirst(4 + digits.count)
        guard let level = Int(digits), level >= 1, rest.first.map({ !$0.isLetter && !$0.isNumber }) ?? true
        else { return nil }
        self = .level(level)
    }

    /// The column's name as a decision writes it, for messages.
    public var title: String {
        switch self {
        case .number: "STT"
        case .code: "Mã"
        case .name: "Chỉ số/Chỉ số thành phần"
        case .maxPoints: "Điểm tối đa"
        case .method: "Cách xác định và tính điểm"
        case .evidence: "Tài liệu kiểm chứng"
        case .dataSource: "Nguồn thu thập dữ liệu"
        case .verifier: "Đơn vị phối hợp xác minh"
        case .unit: "Đơn vị tính"
        case .level(let level): "Mức \(level)"
        case .methodSource: "Phương pháp"
        case .basis: "Căn cứ"
        case .englishName: "Tên tiếng Anh"
        case .rule: "Quy tắc tính điểm"
        case .measure: "Đo bằng"
        case .theme: "Chủ đề"
        case .note: "Ghi chú"
        case .structure: "Cấu trúc"
        case .informationOnly: "Chỉ để tham khảo"
        case .conditional: "Áp dụng khi"
        case .extended: "Mở rộng"
        case .secondMeasures: "Số liệu phụ"
        case .unitEnglish: "Đơn vị tính (tiếng Anh)"
        }
    }
}

/// How the annex reader reads the text of a pasted cell (the words parsers' part is in `AnnexCell.swift`).
extension AnnexText {
    /// `text` trimmed, in NFC, lowercased, with every run of white space (line breaks too) one space and the
    /// spaces around a slash removed: how header cells are compared.
    static func headerKey(_ text: String) -> String {
        let words = oneLine(text).lowercased()
        return words.replacingOccurrences(of: " / ", with: "/").replacingOccurrences(of: " /", with: "/")
            .replacingOccurrences(of: "/ ", with: "/")
    }

    /// `text` in NFC with every run of white space, line breaks included, one space, trimmed: a name or a number
    /// broken over lines by a paste.
    static func oneLine(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` in NFC with each line trimmed, its runs of spaces one space and blank lines dropped, lines joined
    /// with a line break: a long text cell keeps its lines.
    static func lines(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isNewline).map { oneLine(String($0)) }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The points a `Điểm tối đa` cell gives: `10`, `2,5`, `2.5`, `10đ`, `10 đ`, `(20 điểm)`, `20 điểm`; `nil`
    /// when the cell holds anything else.
    static func points(_ text: String) -> Double? {
        points(Substring(oneLine(text))).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
    }

}
