// Foundation: Unicode NFC normalisation (`precomposedStringWithCanonicalMapping`), which FoundationEssentials lacks.
import Foundation

/// How names and identifiers from files are compared: trimmed of surrounding white space and in Unicode NFC, so
/// that `Xã` typed with a combining accent (NFD, as macOS file tools may write it) matches `Xã` written precomposed.
public enum TextNormalization {
    /// `text` trimmed of surrounding white space (including no-break spaces) and in NFC.
    public static func key(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // Plain ASCII is already NFC; skip the conversion, which is comparatively slow.
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) { return trimmed }
        return trimmed.precomposedStringWithCanonicalMapping
    }
}
