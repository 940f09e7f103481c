import Testing

@testable import ChisoFormats

/// Archives and files the reader refuses, each with its own error, quickly and within bounded memory.
struct ZipReaderRefusalTests {
    /// `bytes` with the 16-bit field at `offset` set to `value`.
    static func patched16(_ bytes: [UInt8], at offset: Int, _ value: Int) -> [UInt8] {
        var bytes = bytes
        bytes[offset] = UInt8(value & 0xFF)
        bytes[offset + 1] = UInt8(value >> 8)
        return bytes
    }

    /// `bytes` with the 32-bit field at `offset` set to `value`.
    static func patched32(_ bytes: [UInt8], at offset: Int, _ value: UInt32) -> [UInt8] {
        let low = patched16(bytes, at: offset, Int(value & 0xFFFF))
        return patched16(low, at: offset + 2, Int(value >> 16))
    }

    /// The offset of the first central directory header.
    static func centralDirectory(_ bytes: [UInt8]) throws -> Int {
        let end = try #require(ZipReader.endOfCentralDirectory(in: bytes))
        return Int(bytes.littleEndian32(at: end + 16))
    }

    @Test func aZipBombStopsAtTheLimits() throws {
        let bomb = try ZipFixture.bytes("bomb.zip")
        let reader = try ZipReader(bomb)
        let entry = try #require(reader.entry(named: "zeros.bin"))
        #expect(entry.uncompressedSize == 100 << 20)
        let ratio = entry.uncompressedSize / entry.compressedSize
        #expect(throws: ZipError.compressionRatioTooHigh(entry: "zeros.bin", ratio: ratio, limit: 250)) {
            try reader.contents(of: entry)
        }
        let sizeLimited = try ZipReader(bomb, limits: .init(maximumEntrySize: 10 << 20, maximumCompressionRatio: 2000))
        #expect(throws: ZipError.entryTooLarge(entry: "zeros.bin", size: 100 << 20, limit: 10 << 20)) {
            try sizeLimited.contents(named: "zeros.bin")
        }
        #expect(throws: ZipError.archiveTooLarge(size: 100 << 20, limit: 1 << 20)) {
            try ZipReader(bomb, limits: .init(maximumTotalSize: 1 << 20))
        }
    }

    @Test func aBombThatLiesAboutItsSizeStopsAtTheDeclaredSize() throws {
        let bomb = try ZipFixture.bytes("bomb.zip")
        let central = try Self.centralDirectory(bomb)
        let lying = Self.patched32(bomb, at: central + 24, 1 << 20)  // declares 1 MiB: under the ratio check
        #expect(throws: ZipError.badCompressedData(entry: "zeros.bin", .outputLimitExceeded(limit: 1 << 20))) {
            try ZipReader(lying).contents(named: "zeros.bin")
        }
    }

    @Test func encryptedEntriesAreRefused() throws {
        let bytes = try ZipFixture.bytes("level-0.zip")
        let central = try Self.centralDirectory(bytes)
        let inDirectory = Self.patched16(bytes, at: central + 8, 1)
        #expect(throws: ZipError.encrypted(entry: "hello.txt")) {
            try ZipReader(inDirectory).contents(named: "hello.txt")
        }
        #expect(try ZipReader(inDirectory).entries.first?.isEncrypted == true)
        let inLocalHeader = Self.patched16(bytes, at: 6, 1)
        #expect(throws: ZipError.encrypted(entry: "hello.txt")) {
            try ZipReader(inLocalHeader).contents(named: "hello.txt")
        }
    }

    @Test func filesThatAreNotZipArchivesAreToldApart() {
        let compound = ZipReader.compoundFileSignature + Array(repeating: 0, count: 504)
        #expect(throws: ZipError.notZip(.compoundFile)) { try ZipReader(compound) }
        #expect(throws: ZipError.notZip(.empty)) { try ZipReader([]) }
        #expect(throws: ZipError.notZip(.other)) { try ZipReader(Array("unit_id,score\nX01,3\n".utf8)) }
        #expect(throws: ZipError.notZip(.other)) { try ZipReader(Array("PK".utf8)) }
    }

    @Test func aCutShortArchiveIsDamaged() throws {
        let bytes = try ZipFixture.bytes("level-6.zip")
        #expect(throws: ZipError.damaged(.endOfCentralDirectory)) { try ZipReader(Array(bytes.prefix(5000))) }
        let shifted = Self.patched32(bytes, at: try #require(ZipReader.endOfCentralDirectory(in: bytes)) + 16, 3)
        #expect(throws: ZipError.damaged(.centralDirectory)) { try ZipReader(shifted) }
    }

    @Test func checksumAndSizeMismatchesAreDetected() throws {
        let bytes = try ZipFixture.bytes("level-0.zip")
        let central = try Self.centralDirectory(bytes)
        let actual = CRC32.checksum(Array("Hello, ZIP!\n".utf8))
        let wrongChecksum = Self.patched32(bytes, at: central + 16, actual ^ 1)
        #expect(throws: ZipError.checksumMismatch(entry: "hello.txt", declared: actual ^ 1, actual: actual)) {
            try ZipReader(wrongChecksum).contents(named: "hello.txt")
        }
        var flipped = bytes
        flipped[30 + "hello.txt".utf8.count] ^= 0x20  // "hello" → "Hello" in the stored data
        #expect(
            throws: ZipError.checksumMismatch(
                entry: "hello.txt", declared: actual, actual: CRC32.checksum(Array("hello, ZIP!\n".utf8)))
        ) {
            try ZipReader(flipped).contents(named: "hello.txt")
        }
        let deflated = try ZipFixture.bytes("level-6.zip")
        let longer = Self.patched32(deflated, at: try Self.centralDirectory(deflated) + 24, 13)
        #expect(throws: ZipError.sizeMismatch(entry: "hello.txt", declared: 13, actual: 12)) {
            try ZipReader(longer).contents(named: "hello.txt")
        }
    }

    @Test func unsupportedArchivesAndEntriesAreRefused() throws {
        let bytes = try ZipFixture.bytes("level-0.zip")
        let central = try Self.centralDirectory(bytes)
        let end = try #require(ZipReader.endOfCentralDirectory(in: bytes))
        #expect(throws: ZipError.unsupportedMethod(entry: "hello.txt", method: 12)) {
            try ZipReader(Self.patched16(bytes, at: central + 10, 12)).contents(named: "hello.txt")
        }
        #expect(throws: ZipError.zip64) { try ZipReader(Self.patched32(bytes, at: central + 24, 0xFFFF_FFFF)) }
        #expect(throws: ZipError.zip64) { try ZipReader(Self.patched32(bytes, at: end + 16, 0xFFFF_FFFF)) }
        #expect(throws: ZipError.multiDisk) { try ZipReader(Self.patched16(bytes, at: end + 4, 1)) }
        #expect(throws: ZipError.tooManyEntries(count: 4, limit: 3)) {
            try ZipReader(bytes, limits: .init(maximumEntryCount: 3))
        }
        var writer = ZipWriter()
        try writer.add("a", contents: [1])
        try writer.add("a", contents: [2])
        #expect(throws: ZipError.duplicateEntry(entry: "a")) { try ZipReader(writer.finish()) }
    }
}
