/// A small DEFLATE encoder (RFC 1951): stored blocks, or one fixed-Huffman block with LZ77 matches found through a
/// hash chain.
///
/// The output is deterministic — the same bytes for the same input — and any DEFLATE decoder reads it. It trades
/// ratio for size of code: no dynamic Huffman codes, no lazy matching.
package enum Deflate {
    /// How to code the data.
    package enum Mode: Hashable, Sendable {
        /// Stored blocks of at most 65,535 bytes each: no compression.
        case stored
        /// One block coded with the fixed Huffman codes, repeats replaced by back-references.
        case fixedHuffman
    }

    /// The raw DEFLATE stream (no zlib or gzip wrapper) of `input`.
    ///
    /// - Parameters:
    ///   - input: The bytes to compress.
    ///   - mode: How to code them.
    /// - Returns: The compressed bytes.
    /// - Complexity: O(*n*) in the input length (the match search follows at most a fixed number of candidates).
    package static func compress(_ input: [UInt8], mode: Mode = .fixedHuffman) -> [UInt8] {
        switch mode {
        case .stored: storedBlocks(input)
        case .fixedHuffman:
            input.withUnsafeBufferPointer { buffer in
                var encoder = FixedHuffmanEncoder(input: buffer)
                return encoder.encode()
            }
        }
    }

    /// `input` as stored blocks.
    private static func storedBlocks(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 5 * (input.count / 65535 + 1))
        var start = 0
        repeat {
            let end = min(input.count, start + 65535)
            let length = end - start
            output.append(end == input.count ? 1 : 0)
            output += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            output += input[start..<end]
            start = end
        } while start < input.count
        return output
    }
}

/// Writes bits lowest first into bytes, as DEFLATE packs them.
struct BitWriter {
    /// The whole bytes written.
    private(set) var bytes: [UInt8] = []
    /// Bits not yet making a whole byte, the first lowest.
    private var buffer: UInt64 = 0
    /// How many bits `buffer` holds.
    private var count = 0

    /// Appends the lowest `bits` bits of `value` (at most 32), lowest first.
    @inline(__always)
    mutating func write(_ value: Int, bits: Int) {
        buffer |= UInt64(truncatingIfNeeded: value) << UInt64(count)
        count += bits
        while count >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
    }

    /// Pads the last byte with zero bits and returns every byte.
    mutating func finish() -> [UInt8] {
        if count > 0 { write(0, bits: 8 - count) }
        return bytes
    }
}

/// Encodes one input as a single final fixed-Huffman block.
struct FixedHuffmanEncoder {
    /// The bytes to encode.
    private let input: UnsafeBufferPointer<UInt8>
    /// The output bits.
    private var writer = BitWriter()
    /// The most recent position of each 3-byte hash, or -1.
    private var head = [Int32](repeating: -1, count: 1 << 15)
    /// For each position modulo the window, the previous position with the same hash, or -1.
    private var previous = [Int32](repeating: -1, count: 1 << 15)
    /// The fixed literal/length codes in writing order, and their lengths.
    private let literalCodes = DeflateAlphabet.reversedCodes(for: DeflateAlphabet.fixedLiteralLengths)
    private let literalLengths = DeflateAlphabet.fixedLiteralLengths
    /// The fixed distance codes in writing order.
    private let distanceCodes = DeflateAlphabet.reversedCodes(for: DeflateAlphabet.fixedDistanceLengths)
    /// The length symbol index (0…28) of each match length 3…258.
    private let lengthIndex: [Int]

    /// The most candidates the match search follows at one position.
    static let maximumChain = 16
    /// A match this long is taken without looking further back for a longer one (zlib's `nice_length`).
    static let niceLength = 64
    /// The window: how far back a match may start.
    static let window = 32768

    /// An encoder of `input`.
    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        var lengthIndex = [Int](repeating: 0, count: 259)
        for index in 0..<28 {
            let base = DeflateAlphabet.lengthBase[index]
            for length in base..<min(258, base + (1 << DeflateAlphabet.lengthExtraBits[index])) {
                lengthIndex[length] = index
            }
        }
        lengthIndex[258] = 28
        self.lengthIndex = lengthIndex
    }

    /// The DEFLATE stream: header, literals and matches, end of block.
    mutating func encode() -> [UInt8] {
        writer.write(1, bits: 1)
        writer.write(1, bits: 2)
        var position = 0
        while position < input.count {
            let (length, distance) = longestMatch(at: position)
            insert(position)
            if length >= 3 {
                writeMatch(length: length, distance: distance)
                for next in position + 1..<position + length { insert(next) }
                position += length
            } else {
                writeSymbol(Int(input[position]))
                position += 1
            }
        }
        writeSymbol(256)
        return writer.finish()
    }

    /// The hash of the three bytes at `position`, which must lie at least three bytes before the end.
    @inline(__always)
    private func hash(_ position: Int) -> Int {
        let value = Int(input[position]) << 16 | Int(input[position + 1]) << 8 | Int(input[position + 2])
        return (value &* 2_654_435_761) >> 17 & 0x7FFF
    }

    /// Records `position` as the latest with its hash.
    @inline(__always)
    private mutating func insert(_ position: Int) {
        guard position + 3 <= input.count else { return }
        let key = hash(position)
        previous[position & 0x7FFF] = head[key]
        head[key] = Int32(position)
    }

    /// The longest earlier repeat of the bytes at `position` within the window: its length (0 if under 3) and
    /// distance.
    private func longestMatch(at position: Int) -> (length: Int, distance: Int) {
        guard position + 3 <= input.count else { return (0, 0) }
        let limit = min(258, input.count - position)
        var candidate = Int(head[hash(position)])
        var best = (length: 0, distance: 0)
        var chain = Self.maximumChain
        let niceLength = min(limit, Self.niceLength)
        while candidate >= 0 && position - candidate <= Self.window && chain > 0 {
            // A candidate that differs at the byte after the best length so far cannot beat it.
            if best.length == 0 || input[candidate + best.length] == input[position + best.length] {
                let length = matchLength(candidate, position, limit: limit)
                if length > best.length {
                    best = (length, position - candidate)
                    if length >= niceLength { break }
                }
            }
            let next = Int(previous[candidate & 0x7FFF])
            guard next < candidate else { break }
            candidate = next
            chain -= 1
        }
        return best
    }

    /// How many bytes (at most `limit`) the bytes at `earlier` and at `position` have in common, compared eight at a
    /// time.
    @inline(__always)
    private func matchLength(_ earlier: Int, _ position: Int, limit: Int) -> Int {
        guard let base = input.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var length = 0
        while length + 8 <= limit {
            let left = raw.loadUnaligned(fromByteOffset: earlier + length, as: UInt64.self)
            let right = raw.loadUnaligned(fromByteOffset: position + length, as: UInt64.self)
            if left != right {
                // DEFLATE's bytes are read lowest address first: on a little-endian machine that is the low byte.
                let difference = UInt64(littleEndian: left ^ right)
                return length + difference.trailingZeroBitCount / 8
            }
            length += 8
        }
        while length < limit && input[earlier + length] == input[position + length] { length += 1 }
        return length
    }

    /// Writes literal/length symbol `symbol` with its fixed code.
    @inline(__always)
    private mutating func writeSymbol(_ symbol: Int) {
        writer.write(Int(literalCodes[symbol]), bits: Int(literalLengths[symbol]))
    }

    /// Writes a back-reference of `length` (3…258) bytes from `distance` (1…32768) back.
    private mutating func writeMatch(length: Int, distance: Int) {
        let index = lengthIndex[length]
        writeSymbol(257 + index)
        writer.write(length - DeflateAlphabet.lengthBase[index], bits: DeflateAlphabet.lengthExtraBits[index])
        var symbol = 29
        while DeflateAlphabet.distanceBase[symbol] > distance { symbol -= 1 }
        writer.write(Int(distanceCodes[symbol]), bits: 5)
        writer.write(distance - DeflateAlphabet.distanceBase[symbol], bits: DeflateAlphabet.distanceExtraBits[symbol])
    }
}
