import Testing

@testable import ChisoReports

/// Names beside IDs: one line, cut with "…" at a width counted in characters (a Vietnamese letter with its marks is
/// one column, as ``TextTable`` counts it).
@Suite struct NameCellTests {
    @Test(arguments: [
        ("Huyện Minh Họa 1", 20, "Huyện Minh Họa 1"),
        ("Tỷ lệ thủ tục hành chính đủ điều kiện", 24, "Tỷ lệ thủ tục hành chín…"),
        // A space before the cut goes: the mark follows the last word.
        ("Tỷ lệ hồ sơ thủ tục", 7, "Tỷ lệ…"),
        ("Xã\nMinh Họa", 20, "Xã\\nMinh Họa"),
        ("abc", 3, "abc"),
        ("abcd", 3, "ab…"),
    ])
    func cutsToTheWidthInCharacters(name: String, width: Int, shown: String) {
        #expect(NameCell.text(name, width: width) == shown)
        #expect(NameCell.text(name, width: width).count <= width)
    }

    @Test func noNameIsEmpty() {
        #expect(NameCell.text(nil, width: 20) == "")
        #expect(NameCell.text("Xã", width: 0) == "")
    }

    /// Decomposed input (a vowel and its marks as separate scalars) is still one column per letter.
    @Test func decomposedLettersCountOnce() {
        let decomposed = "Ho\u{0323}a Bi\u{0300}nh Thu\u{031B}\u{0323}c nghie\u{0323}\u{0302}m"
        let shown = NameCell.text(decomposed, width: 10)
        // "Họa Bình " is nine letters; the space before the cut goes.
        #expect(shown == "Họa Bình…")
    }
}
