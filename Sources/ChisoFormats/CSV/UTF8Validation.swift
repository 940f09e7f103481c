/// Finds bytes that are not valid UTF-8, so that an error can point at their line.
enum UTF8Validation {
    /// What a pass over a file found: how many bytes are not UTF-8, how many characters of two or more bytes are,
    /// and where the first bad byte stands.
    struct Survey {
        /// Bytes that start no valid UTF-8 sequence.
        var invalidCount = 0
        /// Valid sequences of two to four bytes (accented letters and other non-ASCII characters).
        var multibyteCount = 0
        /// The line and column (in characters, from 1) of the first invalid byte.
        var first: SourcePosition?
        /// The first invalid byte.
        var firstByte: UInt8 = 0
    }

    /// Positions (line, column in characters, from 1) of invalid UTF-8 sequences, at most `limit` of them.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func invalidPositions(in bytes: [UInt8], limit: Int) -> [SourcePosition] {
        var positions: [SourcePosition] = []
        walk(bytes[...]) { position, _ in
            positions.append(position)
            return positions.count < limit
        }
        return positions
    }

    /// Counts the invalid bytes and the valid multi-byte characters of `bytes`.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func survey(_ bytes: ArraySlice<UInt8>) -> Survey {
        var survey = Survey()
        survey.multibyteCount = walk(bytes) { position, byte in
            if survey.first == nil {
                survey.first = position
                survey.firstByte = byte
            }
            survey.invalidCount += 1
            return true
        }
        return survey
    }

    /// Walks `bytes`, calling `invalid` with the position of each byte that starts no valid sequence until it
    /// returns `false`; returns the number of valid multi-byte sequences seen.
    @discardableResult
    private static func walk(_ bytes: ArraySlice<UInt8>, invalid: (SourcePosition, UInt8) -> Bool) -> Int {
        var multibyte = 0
        var line = 1
        var column = 1
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
                continue
            }
            var length = 0
            if byte >= 0xC2, byte <= 0xDF {
                length = 2
            } else if byte >= 0xE0, byte <= 0xEF {
                length = 3
            } else if byte >= 0xF0, byte <= 0xF4 {
                length = 4
            }
            var valid = length > 0 && index + length <= end
            if valid {
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
                guard invalid(SourcePosition(line: line, column: column), byte) else { return multibyte }
                index += 1
                column += 1
                continue
            }
            multibyte += 1
            column += 1
            index += length
        }
        return multibyte
    }
}
