/// Writes a ZIP archive of stored or deflated entries, byte for byte the same for the same entries and timestamp.
///
/// Names are written in UTF-8 (flag bit 11 set when a name is not ASCII); every entry carries the caller's
/// timestamp, its CRC-32 and its sizes in the local header (no data descriptors), so that tests can compare bytes.
/// No ZIP64: an entry that would take the archive past 4 GiB or 65,535 entries is refused with an error.
package struct ZipWriter: Sendable {
    /// The archive so far: local headers and data.
    private var bytes: [UInt8] = []
    /// The central directory so far.
    private var directory: [UInt8] = []
    /// How many entries have been added.
    private(set) var count = 0
    /// The modification time given to every entry.
    package let timestamp: DOSTimestamp

    /// A date and time as ZIP stores them (MS-DOS format: years 1980–2107, even seconds, no time zone).
    package struct DOSTimestamp: Hashable, Sendable {
        /// The date field: `(year - 1980) << 9 | month << 5 | day`.
        package var date: UInt16
        /// The time field: `hour << 11 | minute << 5 | second / 2`.
        package var time: UInt16

        /// The timestamp of this date and time; fields out of range are clamped.
        package init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
            let year = min(max(year, 1980), 2107) - 1980
            date = UInt16(year << 9 | min(max(month, 1), 12) << 5 | min(max(day, 1), 31))
            time = UInt16(min(max(hour, 0), 23) << 11 | min(max(minute, 0), 59) << 5 | min(max(second, 0), 59) / 2)
        }

        /// 1 January 1980, 00:00, the earliest DOS time.
        package static let earliest = DOSTimestamp(year: 1980, month: 1, day: 1)
    }

    /// An empty archive whose entries will carry `timestamp`.
    package init(timestamp: DOSTimestamp = .earliest) {
        self.timestamp = timestamp
    }

    /// Appends an entry named `name` holding `contents`.
    ///
    /// - Parameters:
    ///   - name: The entry's path in the archive, `/`-separated.
    ///   - contents: Its uncompressed data.
    ///   - method: `.deflated` (the default, fixed-Huffman DEFLATE) or `.stored`; any other is written stored.
    /// - Throws: ``ZipError/tooLargeToWrite(entry:)`` when the name has 65,536 UTF-8 bytes or more, the data or
    ///   the archive would reach 4 GiB, or the archive already holds 65,535 entries (ZIP64 is not written); the
    ///   archive is then left as it was.
    /// - Complexity: O(*n*) in the size of `contents`.
    package mutating func add(_ name: String, contents: [UInt8], method: ZipEntry.Method = .deflated)
        throws(ZipError)
    {
        let data = method == .deflated ? Deflate.compress(contents) : contents
        let isDeflated = method == .deflated
        let nameBytes = Array(name.utf8)
        let largest = Int(UInt32.max) - 1
        guard nameBytes.count <= Int(UInt16.max), count < Int(UInt16.max), contents.count <= largest,
            bytes.count + 30 + nameBytes.count + data.count + directory.count + 46 + nameBytes.count + 22 <= largest
        else { throw .tooLargeToWrite(entry: name) }
        let header = EntryHeader(
            version: isDeflated ? 20 : 10, flags: name.utf8.allSatisfy { $0 < 0x80 } ? 0 : 0x800,
            method: isDeflated ? 8 : 0, timestamp: timestamp, checksum: CRC32.checksum(contents),
            compressedSize: UInt32(truncatingIfNeeded: data.count),
            uncompressedSize: UInt32(truncatingIfNeeded: contents.count), nameLength: UInt16(nameBytes.count))
        let offset = UInt32(truncatingIfNeeded: bytes.count)
        bytes.appendLittleEndian(ZipSignature.localHeader)
        header.write(to: &bytes)
        bytes.appendLittleEndian(UInt16(0))  // extra field length
        bytes += nameBytes
        bytes += data
        directory.appendLittleEndian(ZipSignature.centralHeader)
        directory.appendLittleEndian(UInt16(20))  // made by: MS-DOS, version 2.0
        header.write(to: &directory)
        for _ in 0..<4 { directory.appendLittleEndian(UInt16(0)) }  // extra, comment, disk, internal attributes
        directory.appendLittleEndian(UInt32(0))  // external attributes
        directory.appendLittleEndian(offset)
        directory += nameBytes
        count += 1
    }

    /// The finished archive: the entries, their central directory and its end record.
    ///
    /// - Complexity: O(*n*) in the size of the archive.
    package func finish() -> [UInt8] {
        var archive = bytes
        archive += directory
        archive.appendLittleEndian(ZipSignature.endOfCentralDirectory)
        archive.appendLittleEndian(UInt16(0))  // this disk
        archive.appendLittleEndian(UInt16(0))  // the disk of the central directory
        archive.appendLittleEndian(UInt16(truncatingIfNeeded: count))
        archive.appendLittleEndian(UInt16(truncatingIfNeeded: count))
        archive.appendLittleEndian(UInt32(truncatingIfNeeded: directory.count))
        archive.appendLittleEndian(UInt32(truncatingIfNeeded: bytes.count))
        archive.appendLittleEndian(UInt16(0))  // comment length
        return archive
    }
}

/// The fields a local header and a central directory header share, from "version needed" to "name length".
private struct EntryHeader {
    var version: UInt16
    var flags: UInt16
    var method: UInt16
    var timestamp: ZipWriter.DOSTimestamp
    var checksum: UInt32
    var compressedSize: UInt32
    var uncompressedSize: UInt32
    var nameLength: UInt16

    /// Appends the fields in header order.
    func write(to bytes: inout [UInt8]) {
        bytes.appendLittleEndian(version)
        bytes.appendLittleEndian(flags)
        bytes.appendLittleEndian(method)
        bytes.appendLittleEndian(timestamp.time)
        bytes.appendLittleEndian(timestamp.date)
        bytes.appendLittleEndian(checksum)
        bytes.appendLittleEndian(compressedSize)
        bytes.appendLittleEndian(uncompressedSize)
        bytes.appendLittleEndian(nameLength)
    }
}

extension [UInt8] {
    /// Appends `value` in little-endian byte order.
    mutating func appendLittleEndian(_ value: some FixedWidthInteger) {
        for index in 0..<(value.bitWidth / 8) { append(UInt8(truncatingIfNeeded: value >> (index * 8))) }
    }
}
