/// Code page 437, the character set of ZIP entry names whose UTF-8 flag (bit 11) is clear.
enum CodePage437 {
    /// The characters of bytes 0x80–0xFF, in order; bytes below 0x80 are ASCII.
    static let upperHalf: [Unicode.Scalar] = Array(
        [
            "ÇüéâäàåçêëèïîìÄÅ",
            "ÉæÆôöòûùÿÖÜ¢£¥₧ƒ",
            "áíóúñÑªº¿⌐¬½¼¡«»",
            "░▒▓│┤╡╢╖╕╣║╗╝╜╛┐",
            "└┴┬├─┼╞╟╚╔╩╦╠═╬╧",
            "╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀",
            "αßΓπΣσµτΦΘΩδ∞φε∩",
            "≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}",
        ].joined().unicodeScalars)

    /// The text `bytes` encode in code page 437.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func decode(_ bytes: some Collection<UInt8>) -> String {
        var text = String.UnicodeScalarView()
        for byte in bytes {
            text.append(byte < 0x80 ? Unicode.Scalar(byte) : upperHalf[Int(byte) - 0x80])
        }
        return String(text)
    }
}
