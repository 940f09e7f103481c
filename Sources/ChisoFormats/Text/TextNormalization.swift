// Foundation: Unicode NFC normalisation (`precomposedStringWithCanonicalMapping`), which FoundationEssentials lacks.
import Foundation

/// How names and identifiers from files are compared: trimmed of surrounding white space and in Unicode NFC, so
/// that `Xã` typed with a combining accent (NFD, as macOS file tools may write it) matches `Xã` written precomposed.
public enum TextNormalization {
    /// `text` trimmed of surrounding white space (including no-break spaces) and in NFC.
    public static func key(_ text: String) -> String {
        // Most identifiers are plain ASCII without surrounding spaces: nothing to do.
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, last > 0x20,
            text.utf8.allSatisfy({ $0 < 0x80 })
        {
            return text
        }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        let trimmed = String(scalars[start...end])
        // Text without combining marks or conjoining Hangul jamo is already composed, as precomposed Vietnamese
        // is; decomposed Vietnamese (NFD) always has combining marks. Only such text goes through the conversion,
        // which is comparatively slow.
        let needsComposition = trimmed.unicodeScalars.contains {
            $0.properties.canonicalCombiningClass != .notReordered || (0x1100...0x11FF).contains($0.value)
                || (0x2126...0x212B).contains($0.value)
        }
        return needsComposition ? trimmed.precomposedStringWithCanonicalMapping : trimmed
    }

    /// `text` in NFC, a whole file at a time (text decoded from Windows-1258 carries combining tone marks).
    static func composed(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// `text` for loose comparison of words: trimmed, lowercased, without diacritics (`Không Áp Dụng` →
    /// `khong ap dung`; đ → d).
    public static func folded(_ text: String) -> String {
        let decomposed = key(text).lowercased().decomposedStringWithCanonicalMapping
        var result = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where !(0x300...0x36F).contains(scalar.value) {
            result.append(scalar == "đ" ? "d" : scalar)
        }
        return String(result)
    }
}
