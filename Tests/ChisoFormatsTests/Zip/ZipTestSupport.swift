import ChisoCore
import Foundation

@testable import ChisoFormats

/// Shared helpers for the ZIP tests: the fixtures of `Fixtures/zip` (made by `make.py` with CPython) and bits
/// written by hand for the RFC 1951 vectors.
enum ZipFixture {
    /// The bytes of `Fixtures/zip/<name>`.
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Support.fixtures.appendingPathComponent("zip").appendingPathComponent(name)))
    }

    /// The entries every `level-*.zip` and `descriptor.zip` holds, as `make.py` writes them.
    static func expectedEntries() throws -> [(String, [UInt8])] {
        [
            ("hello.txt", Array("Hello, ZIP!\n".utf8)),
            ("empty.txt", []),
            ("folder/", []),
            ("Báo cáo/điểm số.txt", try bytes("corpus.txt")),
        ]
    }

    /// `count` seeded random bytes.
    static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }
}

/// Bits packed lowest first as DEFLATE reads them, for hand-made streams.
struct DeflateBits {
    private var writer = BitWriter()

    /// Appends the lowest `count` bits of `value`, lowest first (header fields, extra bits).
    mutating func field(_ value: Int, _ count: Int) {
        writer.write(value, bits: count)
    }

    /// Appends a Huffman code of `count` bits, its highest bit first (RFC 1951 §3.1.1).
    mutating func code(_ value: Int, _ count: Int) {
        writer.write(Int(DeflateAlphabet.reversed(value, bits: count)), bits: count)
    }

    /// The bytes, the last one padded with zero bits.
    mutating func bytes() -> [UInt8] { writer.finish() }
}
