/// A lookup table decoding one Huffman code of a DEFLATE block in a single step.
///
/// The table has `1 << maximumLength` entries, indexed by the next `maximumLength` input bits in reading order; each
/// entry holds the symbol those bits start with and the length of its code (`symbol << 4 | length`), or 0 where no
/// code starts (possible only for the incomplete codes DEFLATE allows).
struct HuffmanTable: Sendable {
    /// `symbol << 4 | length` for each possible value of the next `maximumLength` bits.
    let entries: [UInt16]
    /// The length of the longest code, at least 1.
    let maximumLength: Int
    /// `(1 << maximumLength) - 1`.
    let mask: UInt64
    /// Which code of the block this is, for errors.
    let kind: InflateError.CodeTable

    /// A table for the code with these lengths (one per symbol, 0 for unused symbols), checked as DEFLATE requires.
    ///
    /// Over-subscribed lengths are always refused. Incomplete ones are refused except where zlib accepts them: a
    /// literal/length or distance code of a single one-bit code, and a distance code with no codes at all.
    /// - Throws: ``InflateError/overSubscribedCode(_:)`` or ``InflateError/incompleteCode(_:)``.
    /// - Complexity: O(2^*L* + *n*) for the longest code length *L* ≤ 15 and *n* symbols.
    init(lengths: some Collection<UInt8>, kind: InflateError.CodeTable) throws(InflateError) {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[Int(length)] += 1 }
        var left = 1
        var longest = 0
        for bits in 1..<16 {
            left = (left << 1) - counts[bits]
            if left < 0 { throw .overSubscribedCode(kind) }
            if counts[bits] > 0 { longest = bits }
        }
        if left > 0 {
            let isEmptyDistanceCode = longest == 0 && kind == .distance
            let isSingleCode = longest == 1 && kind != .codeLengths
            if !isEmptyDistanceCode && !isSingleCode { throw .incompleteCode(kind) }
        }
        self.init(checkedLengths: lengths, kind: kind)
    }

    /// A table for lengths known to be valid: the fixed codes, or lengths ``init(lengths:kind:)`` has checked.
    init(checkedLengths lengths: some Collection<UInt8>, kind: InflateError.CodeTable) {
        let longest = max(1, Int(lengths.max() ?? 1))
        let size = 1 << longest
        var entries = [UInt16](repeating: 0, count: size)
        let codes = DeflateAlphabet.reversedCodes(for: lengths)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let entry = UInt16(symbol << 4) | UInt16(length)
            var index = Int(codes[symbol])
            while index < size {
                entries[index] = entry
                index += 1 << Int(length)
            }
        }
        self.entries = entries
        self.maximumLength = longest
        self.mask = UInt64(size - 1)
        self.kind = kind
    }

    /// The fixed literal/length code of block type 1.
    static let fixedLiteral = HuffmanTable(
        checkedLengths: DeflateAlphabet.fixedLiteralLengths, kind: .literalLength)
    /// The fixed distance code of block type 1.
    static let fixedDistance = HuffmanTable(checkedLengths: DeflateAlphabet.fixedDistanceLengths, kind: .distance)
}
