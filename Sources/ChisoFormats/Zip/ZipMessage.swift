public import ChisoCore

/// What is wrong with a ZIP archive — in practice an `.xlsx` workbook — in words for users, in both languages.
///
/// ``init(_:)`` groups the reader's ``ZipError``s into the cases a user can act on: a file of another kind, a damaged
/// file, a feature chiso does not read, a file too large or suspicious to read.
public enum ZipMessage: DiagnosticMessage, Hashable {
    /// An OLE2 compound file: an old binary `.xls`, or a workbook saved with a password.
    case compoundFile
    /// An empty file.
    case emptyFile
    /// Neither a ZIP archive nor a compound file.
    case notZip
    /// The archive's directory is missing or broken: the file is cut short or damaged.
    case damaged
    /// ZIP64 records, which chiso does not read.
    case zip64
    /// An archive split over several files.
    case multiDisk
    /// The entry `entry` is compressed with `method`, neither stored (0) nor deflate (8).
    case unsupportedMethod(entry: String, method: Int)
    /// The entry `entry` is encrypted.
    case encrypted(entry: String)
    /// The archive lists `count` entries, more than `limit`.
    case tooManyEntries(count: Int, limit: Int)
    /// The entry `entry` (or, when `nil`, all entries together) expands to `size` bytes, more than `limit`.
    case tooLarge(entry: String?, size: Int, limit: Int)
    /// The entry `entry` would expand `ratio` times, more than `limit`: a ZIP bomb.
    case compressionRatio(entry: String, ratio: Int, limit: Int)
    /// The data of the entry `entry` is corrupt: it does not decompress, or its size or CRC-32 is wrong.
    case corruptEntry(entry: String)
    /// The archive has no entry `entry`.
    case missingEntry(entry: String)
    /// Two entries are named `entry`.
    case duplicateEntry(entry: String)
    /// The entry `entry` cannot be written: the workbook would pass 4 GiB or 65,535 entries.
    case tooLargeToWrite(entry: String)

    /// The message for a reader's error.
    package init(_ error: ZipError) {
        switch error {
        case .notZip(.compoundFile): self = .compoundFile
        case .notZip(.empty): self = .emptyFile
        case .notZip(.other): self = .notZip
        case .damaged(.localHeader(let entry)): self = .corruptEntry(entry: entry)
        case .damaged: self = .damaged
        case .zip64: self = .zip64
        case .multiDisk: self = .multiDisk
        case .encrypted(let entry): self = .encrypted(entry: entry)
        case .unsupportedMethod(let entry, let method): self = .unsupportedMethod(entry: entry, method: method)
        case .duplicateEntry(let entry): self = .duplicateEntry(entry: entry)
        case .tooLargeToWrite(let entry): self = .tooLargeToWrite(entry: entry)
        case .missingEntry(let entry): self = .missingEntry(entry: entry)
        case .tooManyEntries(let count, let limit): self = .tooManyEntries(count: count, limit: limit)
        case .archiveTooLarge(let size, let limit): self = .tooLarge(entry: nil, size: size, limit: limit)
        case .entryTooLarge(let entry, let size, let limit): self = .tooLarge(entry: entry, size: size, limit: limit)
        case .compressionRatioTooHigh(let entry, let ratio, let limit):
            self = .compressionRatio(entry: entry, ratio: ratio, limit: limit)
        case .badCompressedData(let entry, _), .sizeMismatch(let entry, _, _), .checksumMismatch(let entry, _, _):
            self = .corruptEntry(entry: entry)
        }
    }

    /// One example of every case.
    public static var examples: [Self] {
        [
            .compoundFile, .emptyFile, .notZip, .damaged, .zip64, .multiDisk,
            .unsupportedMethod(entry: "xl/worksheets/sheet1.xml", method: 12), .encrypted(entry: "xl/workbook.xml"),
            .tooManyEntries(count: 20_000, limit: 10_000),
            .tooLarge(entry: "xl/sharedStrings.xml", size: 300_000_000, limit: 268_435_456),
            .tooLarge(entry: nil, size: 2_000_000_000, limit: 1_073_741_824),
            .compressionRatio(entry: "xl/worksheets/sheet1.xml", ratio: 1030, limit: 250),
            .corruptEntry(entry: "xl/styles.xml"), .missingEntry(entry: "xl/workbook.xml"),
            .duplicateEntry(entry: "xl/workbook.xml"), .tooLargeToWrite(entry: "xl/worksheets/sheet1.xml"),
        ]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .compoundFile: "zip.compound-file"
        case .emptyFile: "zip.empty"
        case .notZip: "zip.not-zip"
        case .damaged: "zip.damaged"
        case .zip64: "zip.zip64"
        case .multiDisk: "zip.multi-disk"
        case .unsupportedMethod: "zip.method"
        case .encrypted: "zip.encrypted"
        case .tooManyEntries: "zip.too-many-entries"
        case .tooLarge: "zip.too-large"
        case .compressionRatio: "zip.ratio"
        case .corruptEntry: "zip.corrupt-entry"
        case .missingEntry: "zip.missing-entry"
        case .duplicateEntry: "zip.duplicate-entry"
        case .tooLargeToWrite: "zip.too-large-to-write"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .compoundFile, .emptyFile, .notZip, .damaged, .zip64, .multiDisk: fileText
        default: entryText
        }
    }
}
