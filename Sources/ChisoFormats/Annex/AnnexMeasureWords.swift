import ChisoCore

/// The words of a framework table's `Đo bằng` and yes/no cells, shared by the point and level tables' readers and
/// writers: the reader accepts the Vietnamese word (case as written) or the model's raw value, the writer writes the
/// Vietnamese word.
enum AnnexMeasureWords {
    /// The Vietnamese word of each kind of value, as the writer writes it.
    static let words: [(word: String, kind: MeasureKind)] = [
        ("phần trăm", .percent), ("số lượng", .count), ("có/không", .yesNo), ("điểm", .points), ("tỷ lệ", .ratio),
        ("số", .number), ("lựa chọn", .choice),
    ]

    /// The kind a `Đo bằng` cell names (`tỉ lệ` spelt either way, a raw value such as `count`), or `nil`.
    static func kind(_ text: String) -> MeasureKind? {
        let key = AnnexText.headerKey(text)
        if let found = words.first(where: { $0.word == key }) { return found.kind }
        if key == "tỉ lệ" { return .ratio }
        return MeasureKind.allCases.first { $0.rawValue.lowercased() == key }
    }

    /// The word the writer writes for `kind`.
    static func word(_ kind: MeasureKind) -> String {
        words.first { $0.kind == kind }?.word ?? kind.rawValue
    }

    /// A yes/no cell: `x`, `có`, `yes`, `true` are yes; empty, `không`, `no`, `false` are no; `nil` for anything
    /// else.
    static func flag(_ text: String) -> Bool? {
        switch AnnexText.headerKey(text) {
        case "x", "có", "yes", "true": true
        case "", "không", "no", "false": false
        default: nil
        }
    }
}
