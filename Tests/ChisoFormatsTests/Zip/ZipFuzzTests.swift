import ChisoCore
import Testing

@testable import ChisoFormats

/// Seeded mutations of the fixtures — bytes changed, files cut, two files spliced, spans dropped — read with small
/// limits: every case ends in data that matches its directory or in a `ZipError`, never a crash or a hang.
struct ZipFuzzTests {
    static let limits = ZipLimits(maximumEntrySize: 1 << 20, maximumTotalSize: 4 << 20)

    static func seeds() throws -> [[UInt8]] {
        var writer = ZipWriter()
        try writer.add(
            "xl/worksheets/sheet1.xml", contents: Array(String(repeating: "<c><v>1.5</v></c>", count: 300).utf8))
        try writer.add("tên.txt", contents: Array("Thái Bình".utf8), method: .stored)
        return try ["level-0.zip", "level-6.zip", "descriptor.zip", "cp437.zip", "book.xlsx"].map(ZipFixture.bytes)
            + [writer.finish()]
    }

    /// A mutation of one of `seeds`, chosen by `rng`.
    static func mutation(of seeds: [[UInt8]], using rng: inout SplitMix64) -> [UInt8] {
        var bytes = seeds[Int.random(in: 0..<seeds.count, using: &rng)]
        guard !bytes.isEmpty else { return bytes }
        switch Int.random(in: 0..<4, using: &rng) {
        case 0:
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                // Half the changes land in the headers at either end, where the structure is.
                let nearEnd = Bool.random(using: &rng)
                let span = min(bytes.count, 256)
                let offset = Int.random(in: 0..<span, using: &rng)
                let position =
                    Bool.random(using: &rng)
                    ? Int.random(in: 0..<bytes.count, using: &rng) : nearEnd ? bytes.count - 1 - offset : offset
                bytes[position] = UInt8.random(in: 0...255, using: &rng)
            }
        case 1:
            bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)))
        case 2:
            let other = seeds[Int.random(in: 0..<seeds.count, using: &rng)]
            bytes =
                Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &rng)))
                + other.suffix(Int.random(in: 0...other.count, using: &rng))
        default:
            let start = Int.random(in: 0..<bytes.count, using: &rng)
            bytes.removeSubrange(start..<min(bytes.count, start + Int.random(in: 1...64, using: &rng)))
        }
        return bytes
    }

    @Test func mutatedArchivesReadOrFailCleanly() throws {
        let seeds = try Self.seeds()
        var rng = SplitMix64(seed: 2121)
        var (read, refused) = (0, 0)
        let cases = Support.fuzzCases(standard: 2000)
        for _ in 0..<cases {
            let bytes = Self.mutation(of: seeds, using: &rng)
            do {
                let reader = try ZipReader(bytes, limits: Self.limits)
                for entry in reader.entries {
                    do {
                        let contents = try reader.contents(of: entry)
                        #expect(contents.count == entry.uncompressedSize)
                        #expect(CRC32.checksum(contents) == entry.checksum)
                        read += 1
                    } catch {
                        refused += 1
                    }
                }
            } catch {
                refused += 1
            }
        }
        #expect(read > cases / 4 && refused > cases / 2, "read \(read), refused \(refused)")
    }

    @Test func mutatedDeflateStreamsDecodeOrFailCleanly() throws {
        let streams =
            try ["corpus-6.deflate", "corpus-fixed.deflate"].map(ZipFixture.bytes)
            + [[0x4B, 0x4C, 0x4A, 0x4E, 0x04, 0x23, 0x00]]
        var rng = SplitMix64(seed: 1951)
        var outcomes: Set<String> = []
        for _ in 0..<Support.fuzzCases(standard: 300) {
            var stream = streams[Int.random(in: 0..<streams.count, using: &rng)]
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let position = Int.random(in: 0..<min(stream.count, 400), using: &rng)
                stream[position] = UInt8.random(in: 0...255, using: &rng)
            }
            do {
                let output = try Inflate.decompress(stream, limit: 200_000)
                #expect(output.count <= 200_000)
                outcomes.insert("decoded")
            } catch {
                outcomes.insert("\(error)".prefix(while: { $0 != "(" }).description)
            }
        }
        #expect(outcomes.count >= 4, "\(outcomes.sorted())")
    }
}
