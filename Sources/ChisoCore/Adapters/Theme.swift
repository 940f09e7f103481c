/// A theme of digital transformation that criteria of different frameworks share, so that frameworks can be laid
/// side by side. The vocabulary is chiso's: the decisions group their criteria in their own ways (2361 by pillar,
/// the DTI by main index), and each shipped framework's file gives every criterion or node one of these themes.
public struct Theme: Hashable, Sendable {
    /// The ID used in framework files (`digitalGovernment`).
    public var id: String
    /// The theme's name.
    public var name: LocalizedText

    /// The shared vocabulary, in the order tables show it.
    public static let vocabulary: [Theme] = [
        Theme(id: "awareness", name: LocalizedText(vi: "Nhận thức số", en: "Digital awareness")),
        Theme(id: "institutions", name: LocalizedText(vi: "Thể chế số", en: "Digital institutions")),
        Theme(
            id: "infrastructure",
            name: LocalizedText(vi: "Hạ tầng và nền tảng số", en: "Digital infrastructure and platforms")),
        Theme(id: "data", name: LocalizedText(vi: "Dữ liệu số", en: "Digital data")),
        Theme(id: "humanResources", name: LocalizedText(vi: "Nhân lực số", en: "Digital human resources")),
        Theme(id: "cybersecurity", name: LocalizedText(vi: "An toàn thông tin mạng", en: "Cybersecurity")),
        Theme(id: "digitalGovernment", name: LocalizedText(vi: "Chính quyền số", en: "Digital government")),
        Theme(id: "digitalEconomy", name: LocalizedText(vi: "Kinh tế số", en: "Digital economy")),
        Theme(id: "digitalSociety", name: LocalizedText(vi: "Xã hội số", en: "Digital society")),
        Theme(id: "smartCity", name: LocalizedText(vi: "Đô thị thông minh", en: "Smart city")),
        Theme(id: "subordinateUnits", name: LocalizedText(vi: "Đơn vị trực thuộc", en: "Subordinate units")),
    ]

    /// The theme with an ID.
    public static func named(_ id: String) -> Theme? { vocabulary.first { $0.id == id } }
}
