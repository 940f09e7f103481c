/// How the criteria met at each level decide the level a ``LevelScheme`` reaches.
public enum LevelRule: String, Hashable, Sendable, CaseIterable {
    /// The level is the highest *L* whose own criteria are all met (Decision 2361, II.1.c: "Mức độ chuyển đổi
    /// số đạt được khi đạt 100% tiêu chí thành phần của mức độ chuyển đổi số tương ứng").
    case perLevel
    /// The level is the highest *L* such that every criterion of every level from 1 to *L* is met.
    case cumulative
}
