import ChisoFormats
import Foundation

/// The words of Decision 2361's annex tables, by framework and criterion ID: name and method, spaces collapsed, read
/// from the annex fixture, so that a quote is checked against the decision, not against the framework file.
/// ChisoReportsTests compiles this same file (through a symbolic link).
enum AnnexWords {
    /// The annex's group headings and their IDs.
    static let groupIDs = ["CHÍNH QUYỀN SỐ": "CQS", "KINH TẾ SỐ": "KTS", "XÃ HỘI SỐ": "XHS", "CHỈ TIÊU CHUNG": "CHUNG"]

    static let byCriterion: [String: String] = {
        guard let data = FileManager.default.contents(atPath: Support.fixture("2361-annex-criteria.csv")) else {
            return [:]
        }
        let (records, _) = CSVReader.read([UInt8](data), file: "annex")
        guard let header = records.first?.fields else { return [:] }
        func column(_ name: String) -> Int { header.firstIndex(of: name) ?? 0 }
        var words: [String: String] = [:]
        for record in records.dropFirst() {
            let fields = record.fields
            let framework = fields[column("annex")] == "commune" ? "vn-2361-commune" : "vn-2361-district"
            let number = Int(fields[column("stt")]) ?? 0
            let group = Self.groupIDs[fields[column("group")]] ?? "?"
            let id = "\(group).\(number < 10 ? "0" : "")\(number)"
            words["\(framework) \(id)"] = collapse(fields[column("name")] + " " + fields[column("method_source")])
        }
        return words
    }()

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether the annex says `quote` for the criterion.
    static func says(_ framework: String, _ id: String, _ quote: String) -> Bool {
        byCriterion["\(framework) \(id)"]?.contains(collapse(quote)) == true
    }
}
