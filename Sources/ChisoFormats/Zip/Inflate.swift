/// A DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Hostile input is bounded: every malformed stream ends in an ``InflateError``, the decoder consumes input on every
/// step (so it cannot hang), and the output never grows past the limit the caller gives — a ZIP bomb stops there with
/// ``InflateError/outputLimitExceeded(limit:)``.
package enum Inflate {
    /// The bytes `input` decodes to.
    ///
    /// Input after the final block is ignored.
    /// - Parameters:
    ///   - input: A raw DEFLATE stream (no zlib or gzip wrapper).
    ///   - limit: The most bytes the output may hold; a stream that decodes to more is refused.
    ///   - expectedSize: How many bytes the output is expected to hold, to reserve them at once (capped at `limit`).
    /// - Returns: The decoded bytes.
    /// - Throws: ``InflateError`` for a malformed or truncated stream, or one whose output exceeds `limit`.
    /// - Complexity: O(*n* + *m*) for *n* input and *m* output bytes.
    package static func decompress(_ input: [UInt8], limit: Int, expectedSize: Int = 0) throws(InflateError)
        -> [UInt8]
    {
        try input.withUnsafeBufferPointer { (buffer) throws(InflateError) -> [UInt8] in
            try decompress(buffer, limit: limit, expectedSize: expectedSize)
        }
    }

    /// The bytes the DEFLATE stream in `input` decodes to; see ``decompress(_:limit:expectedSize:)-([UInt8],_,_)``.
    ///
    /// - Throws: ``InflateError``.
    /// - Complexity: O(*n* + *m*) for *n* input and *m* output bytes.
    package static func decompress(_ input: UnsafeBufferPointer<UInt8>, limit: Int, expectedSize: Int = 0)
        throws(InflateError) -> [UInt8]
    {
        var inflater = Inflater(input: input, limit: max(0, limit), expectedSize: expectedSize)
        try inflater.run()
        return inflater.output
    }
}

/// The state of one decoding: the input with a 64-bit bit buffer read lowest bit first, and the output so far.
struct Inflater {
    /// The compressed bytes.
    private let input: UnsafeBufferPointer<UInt8>
    /// The next input byte to move into the bit buffer.
    private var position = 0
    /// Input bits not yet used, the next one lowest.
    private var bitBuffer: UInt64 = 0
    /// How many bits of `bitBuffer` are input.
    private var bitCount = 0
    /// The most bytes `output` may hold.
    private let limit: Int
    /// The bytes decoded so far; back-references reach into them across blocks.
    private(set) var output: [UInt8] = []
    /// The alphabets' tables, held here so the hot loop does not reach for globals.
    private let lengthBase = DeflateAlphabet.lengthBase
    private let lengthExtraBits = DeflateAlphabet.lengthExtraBits
    private let distanceBase = DeflateAlphabet.distanceBase
    private let distanceExtraBits = DeflateAlphabet.distanceExtraBits

    /// A decoder of `input` whose output may hold at most `limit` bytes.
    init(input: UnsafeBufferPointer<UInt8>, limit: Int, expectedSize: Int) {
        self.input = input
        self.limit = limit
        output.reserveCapacity(min(max(0, expectedSize), limit))
    }

    /// Decodes blocks up to and including the final one.
    mutating func run() throws(InflateError) {
        var isFinal = false
        while !isFinal {
            isFinal = try bits(1) == 1
            switch try bits(2) {
            case 0: try copyStoredBlock()
            case 1: try decodeBlock(literals: .fixedLiteral, distances: .fixedDistance)
            case 2:
                let (literals, distances) = try readDynamicCodes()
                try decodeBlock(literals: literals, distances: distances)
            default: throw .badBlockType
            }
        }
    }

    /// Moves whole input bytes into the bit buffer while they fit.
    @inline(__always)
    private mutating func refill() {
        while bitCount <= 56 && position < input.count {
            bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
            position += 1
            bitCount += 8
        }
    }

    /// The next `count` bits (at most 32) as a number, first bit lowest.
    @inline(__always)
    private mutating func bits(_ count: Int) throws(InflateError) -> Int {
        if bitCount < count {
            refill()
            if bitCount < count { throw .truncated }
        }
        let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
        bitBuffer >>= UInt64(count)
        bitCount -= count
        return value
    }

    /// The next symbol of `table`'s code.
    @inline(__always)
    private mutating func symbol(_ table: HuffmanTable) throws(InflateError) -> Int {
        if bitCount < table.maximumLength { refill() }
        let entry = Int(table.entries[Int(bitBuffer & table.mask)])
        let length = entry & 15
        if length == 0 || length > bitCount {
            throw bitCount < table.maximumLength ? .truncated : .invalidSymbol(table.kind)
        }
        bitBuffer >>= UInt64(length)
        bitCount -= length
        return entry >> 4
    }

    /// Copies a stored block (type 0) to the output.
    private mutating func copyStoredBlock() throws(InflateError) {
        _ = try bits(bitCount % 8)
        let length = try bits(16)
        let complement = try bits(16)
        guard length == complement ^ 0xFFFF else {
            throw .storedLengthMismatch(length: length, complement: complement)
        }
        guard length <= limit - output.count else { throw .outputLimitExceeded(limit: limit) }
        var remaining = length
        while remaining > 0 && bitCount >= 8 {
            output.append(UInt8(try bits(8)))
            remaining -= 1
        }
        guard remaining <= input.count - position else { throw .truncated }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[position..<position + remaining]))
        position += remaining
    }

    /// Decodes a Huffman-coded block (type 1 or 2) with these codes up to its end-of-block symbol.
    private mutating func decodeBlock(literals: HuffmanTable, distances: HuffmanTable) throws(InflateError) {
        while true {
            let symbol = try symbol(literals)
            if symbol < 256 {
                guard output.count < limit else { throw .outputLimitExceeded(limit: limit) }
                output.append(UInt8(truncatingIfNeeded: symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < 29 else { throw .invalidSymbol(.literalLength) }
            let length = lengthBase[lengthIndex] + (try bits(lengthExtraBits[lengthIndex]))
            let distanceSymbol = try self.symbol(distances)
            guard distanceSymbol < 30 else { throw .invalidSymbol(.distance) }
            let distance = distanceBase[distanceSymbol] + (try bits(distanceExtraBits[distanceSymbol]))
            try copyMatch(length: length, distance: distance)
        }
    }

    /// Appends `length` bytes copied from `distance` bytes back (overlapping copies repeat the pattern).
    @inline(__always)
    private mutating func copyMatch(length: Int, distance: Int) throws(InflateError) {
        guard distance <= output.count else { throw .distanceTooFar(distance: distance, available: output.count) }
        guard length <= limit - output.count else { throw .outputLimitExceeded(limit: limit) }
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: length))
        output.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            if distance >= length {
                (base + start).update(from: base + start - distance, count: length)
            } else {
                // Overlapping: each byte copied may be one just written, repeating the last `distance` bytes.
                for index in start..<start + length { base[index] = base[index - distance] }
            }
        }
    }

    /// Reads a dynamic block's header (RFC 1951 §3.2.7) and builds its literal/length and distance codes.
    private mutating func readDynamicCodes() throws(InflateError) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286 && distanceCount <= 30 else {
            throw .tooManyCodes(literals: literalCount, distances: distanceCount)
        }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[DeflateAlphabet.codeLengthOrder[index]] = UInt8(try bits(3))
        }
        let codeLengthCode = try HuffmanTable(lengths: codeLengthLengths, kind: .codeLengths)
        let lengths = try readCodeLengths(count: literalCount + distanceCount, code: codeLengthCode)
        guard lengths[256] != 0 else { throw .missingEndOfBlock }
        return (
            try HuffmanTable(lengths: lengths[0..<literalCount], kind: .literalLength),
            try HuffmanTable(lengths: lengths[literalCount...], kind: .distance)
        )
    }

    /// Reads `count` code lengths coded with `code`, expanding the repeat instructions 16, 17 and 18.
    private mutating func readCodeLengths(count: Int, code: HuffmanTable) throws(InflateError) -> [UInt8] {
        var lengths: [UInt8] = []
        lengths.reserveCapacity(count)
        while lengths.count < count {
            let symbol = try symbol(code)
            let value: UInt8
            let repeats: Int
            switch symbol {
            case 0..<16: (value, repeats) = (UInt8(symbol), 1)
            case 16:
                guard let previous = lengths.last else { throw .badLengthRepeat }
                (value, repeats) = (previous, 3 + (try bits(2)))
            case 17: (value, repeats) = (0, 3 + (try bits(3)))
            default: (value, repeats) = (0, 11 + (try bits(7)))
            }
            guard repeats <= count - lengths.count else { throw .badLengthRepeat }
            lengths.append(contentsOf: repeatElement(value, count: repeats))
        }
        return lengths
    }
}
