/// The fixed parts of DEFLATE's alphabets (RFC 1951 §3.2.5–3.2.7), shared by the decoder and the encoder.
enum DeflateAlphabet {
    /// The shortest match length of each length symbol 257…285.
    static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    /// The extra bits after each length symbol 257…285.
    static let lengthExtraBits: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    /// The shortest distance of each distance symbol 0…29.
    static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    /// The extra bits after each distance symbol 0…29.
    static let distanceExtraBits: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// The order in which a dynamic block gives the lengths of the code-length code.
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The code lengths of the fixed literal/length code: 8 bits for 0–143, 9 for 144–255, 7 for 256–279, 8 for
    /// 280–287.
    static let fixedLiteralLengths: [UInt8] =
        Array(repeating: 8, count: 144) + Array(repeating: 9, count: 112) + Array(repeating: 7, count: 24)
        + Array(repeating: 8, count: 8)
    /// The code lengths of the fixed distance code: 5 bits for each of the 32 symbols.
    static let fixedDistanceLengths: [UInt8] = Array(repeating: 5, count: 32)

    /// The canonical Huffman code of each symbol for `lengths` (RFC 1951 §3.2.2), bits in reading order: reversed,
    /// so that the first bit of the code is the lowest bit. Symbols without a code get 0.
    ///
    /// The lengths must not be over-subscribed; ``HuffmanTable`` checks that before calling this.
    /// - Complexity: O(*n*) in the number of symbols.
    static func reversedCodes(for lengths: some Collection<UInt8>) -> [UInt16] {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for bits in 1..<16 {
            code = (code + counts[bits - 1]) << 1
            next[bits] = code
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            let code = next[Int(length)]
            next[Int(length)] += 1
            return reversed(code, bits: Int(length))
        }
    }

    /// The lowest `bits` bits of `code` in reverse order.
    static func reversed(_ code: Int, bits: Int) -> UInt16 {
        var result = 0
        var rest = code
        for _ in 0..<bits {
            result = (result << 1) | (rest & 1)
            rest >>= 1
        }
        return UInt16(result)
    }
}
