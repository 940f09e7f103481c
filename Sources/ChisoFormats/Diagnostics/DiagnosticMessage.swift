public import ChisoCore

/// What a diagnostic says: a stable code, the typed details of the problem, and its words in Vietnamese and English.
///
/// Each area of chiso that finds problems (CSV reading, assessment files, framework files, …) lists its problems as
/// one enum whose cases carry the details as typed values and whose ``text`` words every case in both languages side
/// by side, as `Phrase` does the report's phrases. Tests and scripts match ``code``, which never changes with the
/// wording; the words change freely.
public protocol DiagnosticMessage: Sendable {
    /// A stable code, `area.kind` in lowercase with dashes: `csv.unclosed-quote`.
    var code: String { get }
    /// What is wrong, what was expected and what to do, in Vietnamese and English (NFC, checked by a test).
    var text: LocalizedText { get }
    /// One example of every case, with made-up details: the test of both languages words each of them.
    static var examples: [Self] { get }
}

extension Diagnostic.Severity {
    /// The severity as a reader of `language` calls it: `lỗi`, `cảnh báo`, `lưu ý`; `error`, `warning`, `notice`.
    public func word(in language: Language) -> String {
        switch (self, language) {
        case (.error, .vi): "lỗi"
        case (.warning, .vi): "cảnh báo"
        case (.notice, .vi): "lưu ý"
        case (_, .en): rawValue
        }
    }
}
