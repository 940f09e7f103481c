import ChisoCore
import Testing

@testable import ChisoFormats

/// The DEFLATE decoder on hand-made RFC 1951 vectors, on zlib's output at several levels, and on every kind of broken
/// stream.
struct InflateTests {
    static func inflate(_ bytes: [UInt8], limit: Int = 1 << 20) throws(InflateError) -> [UInt8] {
        try Inflate.decompress(bytes, limit: limit)
    }

    /// A fixed-Huffman block: header, then each step as a literal, a match `(length, distance)` or the end.
    static func fixedBlock(final: Bool = true, _ steps: [FixedStep]) -> [UInt8] {
        var bits = DeflateBits()
        bits.field(final ? 1 : 0, 1)
        bits.field(1, 2)
        for step in steps { step.write(to: &bits) }
        return bits.bytes()
    }

    /// One symbol of a fixed-Huffman block, coded as RFC 1951 §3.2.6 gives.
    enum FixedStep {
        case literal(UInt8)
        case match(lengthSymbol: Int, extra: Int = 0, distanceSymbol: Int, distanceExtra: Int = 0)
        case symbol(Int)
        case end

        func write(to bits: inout DeflateBits) {
            switch self {
            case .literal(let byte): Self.writeSymbol(Int(byte), to: &bits)
            case .symbol(let symbol): Self.writeSymbol(symbol, to: &bits)
            case .end: Self.writeSymbol(256, to: &bits)
            case .match(let lengthSymbol, let extra, let distanceSymbol, let distanceExtra):
                Self.writeSymbol(lengthSymbol, to: &bits)
                let index = lengthSymbol - 257
                if index < 29 { bits.field(extra, DeflateAlphabet.lengthExtraBits[index]) }
                bits.code(distanceSymbol, 5)
                if distanceSymbol < 30 { bits.field(distanceExtra, DeflateAlphabet.distanceExtraBits[distanceSymbol]) }
            }
        }

        static func writeSymbol(_ symbol: Int, to bits: inout DeflateBits) {
            switch symbol {
            case 0..<144: bits.code(0x30 + symbol, 8)
            case 144..<256: bits.code(0x190 + symbol - 144, 9)
            case 256..<280: bits.code(symbol - 256, 7)
            default: bits.code(0xC0 + symbol - 280, 8)
            }
        }
    }

    @Test(
        arguments: [
            ([0x03, 0x00], []),  // an empty fixed block
            ([0x01, 0x00, 0x00, 0xFF, 0xFF], []),  // an empty stored block
            ([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63], Array("abc".utf8)),  // a stored block
            ([0x4B, 0x04, 0x00], Array("a".utf8)),  // zlib's raw DEFLATE of "a"
            ([0x4B, 0x4C, 0x4A, 0x4E, 0x04, 0x23, 0x00], Array("abcabcabc".utf8)),  // zlib: a match with distance 3
        ] as [([UInt8], [UInt8])])
    func decodesKnownVectors(stream: [UInt8], expected: [UInt8]) throws {
        #expect(try Self.inflate(stream) == expected)
    }

    @Test func overlappingMatchRepeatsTheLastByte() throws {
        let stream = Self.fixedBlock([.literal(0x61), .match(lengthSymbol: 258, distanceSymbol: 0), .end])
        #expect(try Self.inflate(stream) == Array("aaaaa".utf8))
    }

    @Test func longestMatchAndExtraBitsDecode() throws {
        // Length 258 (symbol 285), then 13 + 1 (symbol 266, one extra bit); both at distance 5 + 1 (symbol 4).
        let stream = Self.fixedBlock([
            .literal(0x78), .literal(0x79), .literal(0x7A), .literal(0x31), .literal(0x32), .literal(0x33),
            .match(lengthSymbol: 285, distanceSymbol: 4, distanceExtra: 1),
            .match(lengthSymbol: 266, extra: 1, distanceSymbol: 4, distanceExtra: 1), .end,
        ])
        let pattern = Array("xyz123".utf8)
        let expected = (0..<(6 + 258 + 14)).map { pattern[$0 % 6] }
        #expect(try Self.inflate(stream) == expected)
    }

    @Test func backReferencesReachIntoEarlierBlocks() throws {
        var stream: [UInt8] = [0x00, 0x03, 0x00, 0xFC, 0xFF] + Array("xyz".utf8)  // a stored block, not final
        stream += Self.fixedBlock([.match(lengthSymbol: 257, distanceSymbol: 2), .end])
        #expect(try Self.inflate(stream) == Array("xyzxyz".utf8))
    }

    @Test(arguments: ["corpus-1.deflate", "corpus-6.deflate", "corpus-9.deflate", "corpus-fixed.deflate"])
    func decodesZlibOutput(name: String) throws {
        let stream = try ZipFixture.bytes(name)
        let blockType = (stream[0] >> 1) & 3
        #expect(blockType == (name == "corpus-fixed.deflate" ? 1 : 2))
        #expect(try Self.inflate(stream) == (try ZipFixture.bytes("corpus.txt")))
    }

    @Test func outputStopsAtTheLimit() throws {
        let stream = try ZipFixture.bytes("corpus-9.deflate")
        #expect(throws: InflateError.outputLimitExceeded(limit: 1000)) { try Self.inflate(stream, limit: 1000) }
        let corpus = try ZipFixture.bytes("corpus.txt")
        #expect(try Self.inflate(stream, limit: corpus.count) == corpus)
        #expect(throws: InflateError.outputLimitExceeded(limit: 2)) {
            try Self.inflate([0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63], limit: 2)
        }
    }

    @Test func everyPrefixOfAStreamIsTruncated() throws {
        let stream = try ZipFixture.bytes("corpus-6.deflate")
        var rng = SplitMix64(seed: 1951)
        let cuts = [0, 1, 2, 3, stream.count - 1] + (0..<60).map { _ in Int.random(in: 0..<stream.count, using: &rng) }
        for cut in cuts {
            #expect(throws: InflateError.truncated) { try Self.inflate(Array(stream[..<cut])) }
        }
    }
}
