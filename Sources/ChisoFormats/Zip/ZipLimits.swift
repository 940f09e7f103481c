/// The bounds a ``ZipReader`` keeps, so that a hostile archive is an error instead of an out-of-memory.
///
/// The defaults are generous for spreadsheets — a 10,600-row workbook is a few megabytes of XML that compresses
/// about 10 to 30 times — and far below what would hurt the machine.
package struct ZipLimits: Hashable, Sendable {
    /// The most entries the central directory may list. Default 10,000 (a workbook has a few dozen).
    package var maximumEntryCount: Int
    /// The most uncompressed bytes one entry may declare. Default 256 MiB.
    package var maximumEntrySize: Int
    /// The most uncompressed bytes all entries together may declare. Default 1 GiB.
    package var maximumTotalSize: Int
    /// The most an entry may expand, uncompressed over compressed size, when it is larger than
    /// ``ratioCheckThreshold``. Default 250: XML rarely passes 100, while DEFLATE's most (about 1,030) is how a bomb
    /// of zeros expands.
    package var maximumCompressionRatio: Int
    /// The uncompressed size under which the ratio is not checked (a small entry cannot do harm). Default 1 MiB.
    package var ratioCheckThreshold: Int

    /// Limits with the given bounds; every one left out takes its default.
    package init(
        maximumEntryCount: Int = 10_000, maximumEntrySize: Int = 256 << 20, maximumTotalSize: Int = 1 << 30,
        maximumCompressionRatio: Int = 250, ratioCheckThreshold: Int = 1 << 20
    ) {
        self.maximumEntryCount = maximumEntryCount
        self.maximumEntrySize = maximumEntrySize
        self.maximumTotalSize = maximumTotalSize
        self.maximumCompressionRatio = maximumCompressionRatio
        self.ratioCheckThreshold = ratioCheckThreshold
    }

    /// The default limits.
    package static let standard = ZipLimits()
}
