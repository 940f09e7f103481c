import Testing

@testable import ChisoFormats

/// CRC-32 against its published check value and zlib's.
struct CRC32Tests {
    @Test func matchesTheCheckValues() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.checksum(Array("Hello, ZIP!\n".utf8)) == 0x8F86_5D0C)  // zlib.crc32
    }

    @Test func feedingInPiecesGivesTheSameValue() {
        let bytes = ZipFixture.randomBytes(10_000, seed: 32)
        var crc = CRC32()
        crc.update(bytes[..<1234])
        crc.update(bytes[1234...].lazy.map { $0 })  // a collection without contiguous storage
        #expect(crc.value == CRC32.checksum(bytes))
    }
}
