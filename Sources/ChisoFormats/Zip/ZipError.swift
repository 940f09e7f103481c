/// Why a ZIP archive, or one of its entries, cannot be read.
///
/// The cases carry typed details; ``ZipMessage`` words them for users in Vietnamese and English.
package enum ZipError: Error, Hashable, Sendable {
    /// The bytes are not a ZIP archive at all; `kind` says what they look like instead.
    case notZip(NotZipKind)
    /// The archive's structure is damaged: `part` says which record is missing, cut short or inconsistent.
    case damaged(DamagedPart)
    /// The archive uses ZIP64 records (more than 65,535 entries or 4 GiB), which this reader refuses.
    case zip64
    /// The archive is split over several disks (a spanned or split archive), which this reader refuses.
    case multiDisk
    /// The entry `entry` is encrypted (general-purpose flag bit 0).
    case encrypted(entry: String)
    /// The entry `entry` is compressed with `method`, neither stored (0) nor deflate (8).
    case unsupportedMethod(entry: String, method: Int)
    /// Two entries have the same name `entry`, so which one is meant is ambiguous.
    case duplicateEntry(entry: String)
    /// The archive has no entry named `entry`.
    case missingEntry(entry: String)
    /// The archive has `count` entries, more than `limit`.
    case tooManyEntries(count: Int, limit: Int)
    /// The entries declare `size` uncompressed bytes in all, more than `limit`.
    case archiveTooLarge(size: Int, limit: Int)
    /// The entry `entry` declares `size` uncompressed bytes, more than `limit`.
    case entryTooLarge(entry: String, size: Int, limit: Int)
    /// The entry `entry` would expand `ratio` times, more than `limit`: the mark of a ZIP bomb.
    case compressionRatioTooHigh(entry: String, ratio: Int, limit: Int)
    /// The entry's compressed data is not valid DEFLATE.
    case badCompressedData(entry: String, InflateError)
    /// The entry decodes to `actual` bytes where the directory declares `declared`.
    case sizeMismatch(entry: String, declared: Int, actual: Int)
    /// The entry's data has the CRC-32 `actual` where the directory declares `declared`: the data is corrupt.
    case checksumMismatch(entry: String, declared: UInt32, actual: UInt32)

    /// The writer cannot add the entry `entry` without ZIP64: its name, its data or the archive would be too large,
    /// or the archive would hold more than 65,535 entries.
    case tooLargeToWrite(entry: String)

    /// What a file that is not a ZIP archive looks like.
    package enum NotZipKind: Hashable, Sendable {
        /// The file is empty.
        case empty
        /// An OLE2 compound file (signature `D0 CF 11 E0 A1 B1 1A E1`): an old binary `.xls` or `.doc`, or an Office
        /// document saved with a password (Excel encrypts a password-protected `.xlsx` into this container).
        case compoundFile
        /// Anything else: no ZIP signature anywhere it should be.
        case other
    }

    /// A record of the archive that is missing or damaged.
    package enum DamagedPart: Hashable, Sendable {
        /// The archive starts like a ZIP but its end-of-central-directory record is missing (the file is cut short).
        case endOfCentralDirectory
        /// The central directory lies outside the file or a record in it lacks its signature or is cut short.
        case centralDirectory
        /// The local header of the entry `entry` is missing, cut short, or its data runs past the end of the file.
        case localHeader(entry: String)
    }
}
