/// A theme of digital transformation that criteria of different frameworks share, so that frameworks can be laid
/// side by side. The vocabulary is chiso's: the decisions group their criteria in their own ways (2361 by pillar,
/// the DTI by main index), and each shipped framework's file gives every criterion or node one of these themes.
/// The names say "theme" (`Chủ đề kinh tế số`), so that they do not read as a decision's group or main index of
/// similar words (2361's group "Kinh tế số"), whose criteria a theme need not match.
public struct Theme: Hashable, Sendable {
    /// The ID used in framework files (`digitalGovernment`).
    public var id: String
    /// The theme's name.
    public var name: LocalizedText

    /// The shared vocabulary, in the order tables show it.
    public static let vocabulary: [Theme] = [
        Theme(id: "awareness", name: LocalizedText(vi: "Chủ đề nhận thức số", en: "Awareness theme")),
        Theme(id: "institutions", name: LocalizedText(vi: "Chủ đề thể chế số", en: "Institutions theme")),
        Theme(
            id: "infrastructure",
            name: LocalizedText(vi: "Chủ đề hạ tầng và nền tảng số", en: "Infrastructure and platforms theme")),
        Theme(id: "data", name: LocalizedText(vi: "Chủ đề dữ liệu số", en: "Data theme")),
        Theme(id: "humanResources", name: LocalizedText(vi: "Chủ đề nhân lực số", en: "Human resources theme")),
        Theme(id: "cybersecurity", name: LocalizedText(vi: "Chủ đề an toàn thông tin mạng", en: "Cybersecurity theme")),
        Theme(
            id: "digitalGovernment", name: LocalizedText(vi: "Chủ đề chính quyền số", en: "Digital government theme")),
        Theme(id: "digitalEconomy", name: LocalizedText(vi: "Chủ đề kinh tế số", en: "Digital economy theme")),
        Theme(id: "digitalSociety", name: LocalizedText(vi: "Chủ đề xã hội số", en: "Digital society theme")),
        Theme(id: "smartCity", name: LocalizedText(vi: "Chủ đề đô thị thông minh", en: "Smart city theme")),
        Theme(
            id: "subordinateUnits", name: LocalizedText(vi: "Chủ đề đơn vị cấp dưới", en: "Subordinate units theme")),
    ]

    /// The theme with an ID.
    public static func named(_ id: String) -> Theme? { vocabulary.first { $0.id == id } }
}
