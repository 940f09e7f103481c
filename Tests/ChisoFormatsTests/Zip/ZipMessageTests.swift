import Testing

@testable import ChisoFormats

/// The reader's errors grouped into the messages users act on.
struct ZipMessageTests {
    @Test(arguments: [
        (ZipError.notZip(.compoundFile), "zip.compound-file"), (.notZip(.empty), "zip.empty"),
        (.notZip(.other), "zip.not-zip"), (.damaged(.endOfCentralDirectory), "zip.damaged"),
        (.damaged(.centralDirectory), "zip.damaged"), (.damaged(.localHeader(entry: "a")), "zip.corrupt-entry"),
        (.zip64, "zip.zip64"), (.multiDisk, "zip.multi-disk"), (.encrypted(entry: "a"), "zip.encrypted"),
        (.unsupportedMethod(entry: "a", method: 12), "zip.method"),
        (.duplicateEntry(entry: "a"), "zip.duplicate-entry"),
        (.missingEntry(entry: "a"), "zip.missing-entry"), (.tooManyEntries(count: 2, limit: 1), "zip.too-many-entries"),
        (.archiveTooLarge(size: 2, limit: 1), "zip.too-large"),
        (.entryTooLarge(entry: "a", size: 2, limit: 1), "zip.too-large"),
        (.compressionRatioTooHigh(entry: "a", ratio: 2, limit: 1), "zip.ratio"),
        (.badCompressedData(entry: "a", .truncated), "zip.corrupt-entry"),
        (.sizeMismatch(entry: "a", declared: 1, actual: 2), "zip.corrupt-entry"),
        (.checksumMismatch(entry: "a", declared: 1, actual: 2), "zip.corrupt-entry"),
        (.tooLargeToWrite(entry: "a"), "zip.too-large-to-write"),
    ])
    func everyErrorHasAMessage(error: ZipError, code: String) {
        #expect(ZipMessage(error).code == code)
    }

    @Test func theCompoundFileMessageSaysHowToSaveAsXlsx() {
        let text = ZipMessage(.notZip(.compoundFile)).text
        #expect(text.en.contains(".xls") && text.en.contains("save it as .xlsx"))
        #expect(text.vi.contains("lưu lại dưới dạng .xlsx"))
        #expect(ZipMessage.encrypted(entry: "xl/workbook.xml").text.vi.contains("\"xl/workbook.xml\""))
    }
}
