import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// Issue 18, item 7: readings beyond the text, stated in the notes with the decision's words, shown by
/// `frameworks show`.
@Suite struct FrameworkReadingsTests {
    /// Item 7: readings beyond the text, stated in the notes with the decision's words, shown by `frameworks show`.
    struct Reading: CustomTestStringConvertible, Sendable {
        var framework: String
        var note: String
        var criterion: String?
        var words: [String]
        var testDescription: String { "\(framework) \(note)" }
    }

    static let readings = [
        Reading(
            framework: "vn-2361-district", note: "Reading of CQS.08", criterion: "CQS.08",
            words: [
                "số máy tính được trang bị cho công chức cấp huyện",
                "trên tổng số máy tính hiện có của cơ quan chính quyền cấp huyện",
            ]),
        Reading(
            framework: "vn-2361-district", note: "Reading of CQS.11", criterion: "CQS.11",
            words: ["01 lần kiểm tra, đánh giá được tính cho 02 năm"]),
        Reading(
            framework: "vn-2361-commune", note: "Reading of CQS.14", criterion: "CQS.14",
            words: [
                "Điểm phục vụ bưu chính tại xã có ít nhất 01 máy tính được kết nối Internet và sẵn sàng phục vụ người "
                    + "dân sử dụng dịch vụ công trực tuyến"
            ]),
        Reading(
            framework: "vn-2361-commune", note: "Reading of CQS.15", criterion: "CQS.15",
            words: ["có kết nối và sử dụng mạng truyền số liệu chuyên dùng"]),
        Reading(
            framework: "vn-2361-district", note: "CHUNG.01 is not read from a column", criterion: nil,
            words: ["Ủy ban nhân dân cấp huyện tổ chức đánh giá, công nhận mức độ chuyển đổi số cấp xã"]),
        Reading(
            framework: "vn-2361-commune", note: "The 2025 reorganisation", criterion: nil,
            words: ["Ủy ban nhân dân cấp huyện tổ chức đánh giá, công nhận mức độ chuyển đổi số cấp xã"]),
    ]

    @Test(arguments: readings)
    func aReadingIsStatedWithTheDecisionsWords(reading: Reading) throws {
        let (framework, _) = try FrameworkCatalog.load(reading.framework)
        let note = try #require(framework.provenance.notes.first { $0.hasPrefix(reading.note) })
        for words in reading.words {
            #expect(note.contains(words), "the note quotes \(words)")
            if let criterion = reading.criterion {
                #expect(AnnexWords.says(reading.framework, criterion, words), "the annex says \(words)")
            }
        }
        #expect(FrameworkReport.show(framework, format: .table).contains(note))
    }
}
