/// Finds bytes that are not valid UTF-8, so that an error can point at their line.
enum UTF8Validation {
    /// Positions (line, column in characters, from 1) of invalid UTF-8 sequences, at most `limit` of them.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func invalidPositions(in bytes: [UInt8], limit: Int) -> [SourcePosition] {
        var positions: [SourcePosition] = []
        var line = 1
        var column = 1
        var index = 0
        let count = bytes.count
        while index < count, positions.count < limit {
            let byte = bytes[index]
            var length = 0
            if byte < 0x80 {
                length = 1
            } else if byte >= 0xC2, byte <= 0xDF {
                length = 2
            } else if byte >= 0xE0, byte <= 0xEF {
                length = 3
            } else if byte >= 0xF0, byte <= 0xF4 {
                length = 4
            }
            var valid = length > 0 && index + length <= count
            if valid, length > 1 {
                for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { valid = false }
                if valid {
                    let second = bytes[index + 1]
                    if byte == 0xE0, second < 0xA0 { valid = false }  // overlong
                    if byte == 0xED, second > 0x9F { valid = false }  // surrogate
                    if byte == 0xF0, second < 0x90 { valid = false }  // overlong
                    if byte == 0xF4, second > 0x8F { valid = false }  // above U+10FFFF
                }
            }
            if !valid {
                positions.append(SourcePosition(line: line, column: column))
                index += 1
                column += 1
                continue
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return positions
    }
}
