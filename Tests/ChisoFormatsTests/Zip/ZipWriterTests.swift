import Testing

@testable import ChisoFormats

/// The encoder and the writer, read back by the decoder and the reader.
struct ZipWriterTests {
    static let megabyteRandom = ZipFixture.randomBytes(1 << 20, seed: 21)
    static let megabyteRepetitive: [UInt8] = {
        let row = Array("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>72.5</v></c></row>\n".utf8)
        return (0..<(1 << 20)).map { row[$0 % row.count] }
    }()

    static let inputs: [(String, [UInt8])] = [
        ("empty", []), ("one byte", [0x41]), ("text", Array("Xã Đông Hưng, huyện Đông Hưng, tỉnh Thái Bình".utf8)),
        ("1 MiB random", megabyteRandom), ("1 MiB repetitive", megabyteRepetitive),
    ]

    @Test(arguments: inputs.indices, [Deflate.Mode.fixedHuffman, .stored])
    func deflateRoundTrips(index: Int, mode: Deflate.Mode) throws {
        let (label, input) = Self.inputs[index]
        let stream = Deflate.compress(input, mode: mode)
        #expect(try Inflate.decompress(stream, limit: input.count) == input, "\(label)")
    }

    @Test func encoderCompressesRepeatsAndCodesTheEmptyInputAsRFC1951Says() {
        #expect(Deflate.compress([]) == [0x03, 0x00])
        #expect(Deflate.compress([], mode: .stored) == [0x01, 0x00, 0x00, 0xFF, 0xFF])
        let repetitive = Deflate.compress(Self.megabyteRepetitive)
        #expect(repetitive.count < Self.megabyteRepetitive.count / 50)
        // Random bytes cost at most 9 bits each in the fixed code.
        #expect(Deflate.compress(Self.megabyteRandom).count <= (1 << 20) * 9 / 8 + 2)
    }

    @Test func archiveRoundTripsThroughTheReader() throws {
        var writer = ZipWriter(timestamp: .init(year: 2026, month: 12, day: 2, hour: 5, minute: 30, second: 10))
        let entries: [(String, [UInt8], ZipEntry.Method)] = [
            ("[Content_Types].xml", Array("<Types/>".utf8), .deflated),
            ("empty.txt", [], .deflated), ("one.bin", [7], .stored),
            ("Báo cáo/Điểm chuyển đổi số.xml", Self.megabyteRepetitive, .deflated),
            ("ngẫu nhiên.bin", Self.megabyteRandom, .stored),
        ]
        for (name, contents, method) in entries { try writer.add(name, contents: contents, method: method) }
        let archive = writer.finish()
        let reader = try ZipReader(archive)
        #expect(reader.entries.map(\.name) == entries.map(\.0))
        #expect(reader.entries.map(\.method) == entries.map(\.2))
        for (name, contents, _) in entries {
            #expect(try reader.contents(named: name) == contents, "\(name)")
        }
    }

    @Test func outputIsDeterministicAndHeadersAreAsWritten() throws {
        func archive() throws -> [UInt8] {
            var writer = ZipWriter(timestamp: .init(year: 2024, month: 5, day: 17, hour: 8, minute: 30))
            try writer.add("a.txt", contents: Array("hello hello hello".utf8))
            try writer.add("điểm.txt", contents: [1, 2, 3], method: .stored)
            return writer.finish()
        }
        let bytes = try archive()
        #expect(try bytes == archive())
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes.littleEndian16(at: 6) == 0)  // ASCII name: no UTF-8 flag
        #expect(bytes.littleEndian16(at: 8) == 8)  // deflate
        #expect(bytes.littleEndian16(at: 10) == 8 << 11 | 30 << 5)  // 08:30:00
        #expect(bytes.littleEndian16(at: 12) == 44 << 9 | 5 << 5 | 17)  // 2024-05-17
        #expect(bytes.littleEndian32(at: 14) == CRC32.checksum(Array("hello hello hello".utf8)))
        let second = try #require(try ZipReader(bytes).entry(named: "điểm.txt"))
        #expect(bytes.littleEndian16(at: second.localHeaderOffset + 6) == 0x800)  // UTF-8 name
        #expect(Array(bytes.suffix(22)[bytes.count - 22..<bytes.count - 18]) == [0x50, 0x4B, 0x05, 0x06])
    }

    @Test func anEmptyArchiveIsTheEndRecordAlone() throws {
        let bytes = ZipWriter().finish()
        #expect(bytes == [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18))
        #expect(try ZipReader(bytes).entries.isEmpty)
    }

    @Test func entriesPastTheZIPLimitsAreRefusedAndLeaveTheArchiveAsItWas() throws {
        var writer = ZipWriter()
        try writer.add("a.txt", contents: [1])
        let before = writer.finish()
        let longName = String(repeating: "đ", count: 40_000)  // 80,000 UTF-8 bytes
        #expect(throws: ZipError.tooLargeToWrite(entry: longName)) { try writer.add(longName, contents: []) }
        #expect(writer.finish() == before)
    }
}
