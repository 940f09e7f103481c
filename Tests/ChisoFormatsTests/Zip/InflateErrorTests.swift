import Testing

@testable import ChisoFormats

/// Broken DEFLATE streams, each refused with its own error, never a crash or a hang.
struct InflateErrorTests {
    /// A dynamic block's header: the counts, then the code-length code's lengths in RFC 1951's order.
    static func dynamicHeader(literals: Int = 257, distances: Int = 1, codeLengthLengths: [Int]) -> DeflateBits {
        var bits = DeflateBits()
        bits.field(1, 1)
        bits.field(2, 2)
        bits.field(literals - 257, 5)
        bits.field(distances - 1, 5)
        bits.field(codeLengthLengths.count - 4, 4)
        for length in codeLengthLengths { bits.field(length, 3) }
        return bits
    }

    static func expect(_ stream: [UInt8], throws error: InflateError, sourceLocation: SourceLocation = #_sourceLocation)
    {
        #expect(throws: error, sourceLocation: sourceLocation) { try Inflate.decompress(stream, limit: 1 << 20) }
    }

    @Test func headerAndStoredBlockErrors() {
        Self.expect([], throws: .truncated)
        Self.expect([0x07], throws: .badBlockType)
        Self.expect([0x01, 0x01, 0x00, 0x00, 0x00], throws: .storedLengthMismatch(length: 1, complement: 0))
        Self.expect([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x61], throws: .truncated)
        Self.expect([0x00, 0x00, 0x00, 0xFF, 0xFF], throws: .truncated)  // a non-final block and nothing after
    }

    @Test func fixedBlockErrors() {
        typealias Step = InflateTests.FixedStep
        Self.expect(
            InflateTests.fixedBlock([.match(lengthSymbol: 257, distanceSymbol: 0), .end]),
            throws: .distanceTooFar(distance: 1, available: 0))
        Self.expect(
            InflateTests.fixedBlock([.literal(1), .match(lengthSymbol: 257, distanceSymbol: 1), .end]),
            throws: .distanceTooFar(distance: 2, available: 1))
        Self.expect(InflateTests.fixedBlock([.symbol(286), .end]), throws: .invalidSymbol(.literalLength))
        Self.expect(InflateTests.fixedBlock([.symbol(287), .end]), throws: .invalidSymbol(.literalLength))
        Self.expect(
            InflateTests.fixedBlock([.literal(1), .match(lengthSymbol: 257, distanceSymbol: 30), .end]),
            throws: .invalidSymbol(.distance))
        Self.expect(InflateTests.fixedBlock([.literal(1)]), throws: .truncated)
    }

    @Test func dynamicHeaderErrors() {
        var tooMany = Self.dynamicHeader(literals: 287, codeLengthLengths: [0, 0, 0, 0])
        Self.expect(tooMany.bytes(), throws: .tooManyCodes(literals: 287, distances: 1))
        var tooManyDistances = Self.dynamicHeader(distances: 31, codeLengthLengths: [0, 0, 0, 0])
        Self.expect(tooManyDistances.bytes(), throws: .tooManyCodes(literals: 257, distances: 31))
        var overSubscribed = Self.dynamicHeader(codeLengthLengths: Array(repeating: 1, count: 19))
        Self.expect(overSubscribed.bytes(), throws: .overSubscribedCode(.codeLengths))
        var incomplete = Self.dynamicHeader(codeLengthLengths: [0, 0, 0, 1])
        Self.expect(incomplete.bytes(), throws: .incompleteCode(.codeLengths))
        var empty = Self.dynamicHeader(codeLengthLengths: [0, 0, 0, 0])
        Self.expect(empty.bytes(), throws: .incompleteCode(.codeLengths))
    }

    @Test func codeLengthErrors() {
        // Code-length code: symbol 0 → "0", symbol 16 → "1"; a repeat with nothing before it.
        var repeatFirst = Self.dynamicHeader(codeLengthLengths: [1, 0, 0, 1])
        repeatFirst.code(1, 1)
        Self.expect(repeatFirst.bytes(), throws: .badLengthRepeat)
        // Symbol 0 → "0", symbol 18 → "1": runs of zeros.
        var pastTheEnd = Self.dynamicHeader(codeLengthLengths: [0, 0, 1, 1])
        for _ in 0..<2 {
            pastTheEnd.code(1, 1)
            pastTheEnd.field(127, 7)
        }
        Self.expect(pastTheEnd.bytes(), throws: .badLengthRepeat)
        var noEnd = Self.dynamicHeader(codeLengthLengths: [0, 0, 1, 1])
        noEnd.code(1, 1)
        noEnd.field(127, 7)  // 138 zeros
        noEnd.code(1, 1)
        noEnd.field(109, 7)  // 120 zeros: 258 lengths, all zero
        Self.expect(noEnd.bytes(), throws: .missingEndOfBlock)
    }

    @Test func literalCodeErrors() {
        // Code-length code: symbol 8 → "0", symbol 18 → "1" (lengths given for 16, 17, 18, 0, 8).
        var overSubscribed = Self.dynamicHeader(codeLengthLengths: [0, 0, 1, 0, 1])
        for _ in 0..<258 { overSubscribed.code(0, 1) }  // 258 codes of 8 bits
        Self.expect(overSubscribed.bytes(), throws: .overSubscribedCode(.literalLength))
        var incomplete = Self.dynamicHeader(codeLengthLengths: [0, 0, 1, 0, 1])
        incomplete.code(1, 1)
        incomplete.field(127, 7)  // 138 zeros
        incomplete.code(1, 1)
        incomplete.field(107, 7)  // 118 zeros: 0…255 unused
        incomplete.code(0, 1)  // end of block: 8 bits, the only code
        incomplete.code(0, 1)  // distance 0: 8 bits
        Self.expect(incomplete.bytes(), throws: .incompleteCode(.literalLength))
    }

    @Test func aSingleOneBitDistanceCodeIsAllowed() throws {
        // Code-length code: 18 → "0", 1 → "10", 2 → "11" (lengths in the order 16, 17, 18, 0, 8, …, 2, 14, 1).
        var bits = Self.dynamicHeader(
            literals: 258, codeLengthLengths: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2])
        bits.code(0, 1)
        bits.field(86, 7)  // 97 zeros: 0…96
        bits.code(0b10, 2)  // 97 ("a"): 1 bit
        bits.code(0, 1)
        bits.field(127, 7)  // 138 zeros: 98…235
        bits.code(0, 1)
        bits.field(9, 7)  // 20 zeros: 236…255
        bits.code(0b11, 2)  // 256: 2 bits
        bits.code(0b11, 2)  // 257: 2 bits
        bits.code(0b10, 2)  // distance 0: 1 bit, the only distance code
        // Literal/length code: 97 → "0", 256 → "10", 257 → "11"; distance code: 0 → "0".
        bits.code(0, 1)  // "a"
        bits.code(0b11, 2)  // length 3
        bits.code(0, 1)  // distance 1
        bits.code(0b10, 2)  // end of block
        #expect(try Inflate.decompress(bits.bytes(), limit: 100) == Array("aaaa".utf8))
    }
}
