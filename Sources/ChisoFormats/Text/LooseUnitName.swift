/// A unit's name as official tables may write it, reduced to a form in which the ways of writing one name agree:
/// the old tone placement (`Hoà Bình`, `Thanh Hoá`, `Khánh Hoà` against `Hòa Bình`, `Thanh Hóa`, `Khánh Hòa`), a
/// `TP.`, `Thành phố` or `Tỉnh` prefix, dashes with or without spaces (`Bà Rịa – Vũng Tàu`, `Bà Rịa-Vũng Tàu`), and
/// `Đăk`/`Đắk`. Used only where a name does not match as written, and every such match is reported.
package struct LooseUnitName: Hashable, Sendable {
    /// A way of writing that the loose form disregards, for the notice of a loose match.
    package enum Variant: String, CaseIterable, Sendable {
        case tonePlacement = "old tone placement"
        case prefix = "TP./Thành phố/Tỉnh prefix"
        case dash = "dash"
        case dakSpelling = "Đăk/Đắk"
        case alias = "another name of the unit"
    }

    /// The loose form.
    package var key: String

    /// The variants a loose match of `name` with `other` rests on: those without which the two would not match.
    ///
    /// - Parameters:
    ///   - name: A name of the data.
    ///   - other: The name of the map it matched loosely.
    ///   - aliases: The map's other names of units.
    package static func variants(matching name: String, to other: String, aliases: [String: String]) -> [Variant] {
        Variant.allCases.filter {
            LooseUnitName(name, aliases: aliases, skipping: [$0]).key != LooseUnitName(other, skipping: [$0]).key
        }
    }
    /// What differed from the name as written.
    package var variants: Set<Variant>

    /// Syllable ends written with the tone on the second vowel in the old placement (`oà`), and the same with the
    /// tone on the first (`òa`), as the 2024 spelling rules and most tables now write them.
    private static let tonePairs: [(old: String, new: String)] = {
        let bases: [(first: String, toned: [String], second: String, marked: [String])] = [
            ("o", ["ò", "ó", "ỏ", "õ", "ọ"], "a", ["à", "á", "ả", "ã", "ạ"]),
            ("o", ["ò", "ó", "ỏ", "õ", "ọ"], "e", ["è", "é", "ẻ", "ẽ", "ẹ"]),
            ("u", ["ù", "ú", "ủ", "ũ", "ụ"], "y", ["ỳ", "ý", "ỷ", "ỹ", "ỵ"]),
        ]
        return bases.flatMap { base in
            zip(base.toned, base.marked).map { (old: base.first + $0.1, new: $0.0 + base.second) }
        }
    }()

    /// The loose form of a name.
    ///
    /// - Parameters:
    ///   - name: The name as written.
    ///   - aliases: Other names of units, by loose form (`hcm` → `hồ chí minh`), applied last.
    ///   - skipping: Variants left as written (to find which ones a match needs).
    package init(_ name: String, aliases: [String: String] = [:], skipping: Set<Variant> = []) {
        var text = TextNormalization.key(name).lowercased()
        var variants: Set<Variant> = []
        func apply(_ variant: Variant, _ change: (String) -> String) {
            guard !skipping.contains(variant) else { return }
            let changed = change(text)
            if changed != text { variants.insert(variant) }
            text = changed
        }
        apply(.dash) { text in
            var result = ""
            for character in text {
                if "–—‐-".contains(character) {
                    while result.last == " " { result.removeLast() }
                    result.append("-")
                } else if character == " ", result.last == "-" || result.last == " " {
                    continue
                } else {
                    result.append(character)
                }
            }
            return result
        }
        apply(.prefix) { text in
            for prefix in ["thành phố ", "tp. ", "tp.", "tp ", "tỉnh "] where text.hasPrefix(prefix) {
                return String(text.dropFirst(prefix.count))
            }
            return text
        }
        apply(.tonePlacement) { text in
            Self.tonePairs.reduce(text) { $0.replacingAll($1.old, with: $1.new) }
        }
        apply(.dakSpelling) { $0.replacingAll("ắk", with: "ăk") }
        apply(.alias) { aliases[$0] ?? $0 }
        key = text
        self.variants = variants
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (FoundationEssentials-free).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
