import ChisoCore
import ChisoFormats

/// What a file given to the wrong framework or in the wrong place looks like, and what to do, in both languages.
enum FileMixUpMessage: DiagnosticMessage, Hashable {
    /// chiso's own output given as data.
    case scoreOutput
    /// A list of recognised levels given as data.
    case recognisedLevels
    /// The columns are criteria of `others` (first two), not of `framework`.
    case otherFramework(others: [String], fit: Int, framework: String, unknown: Int, absent: Int, advice: Advice)

    /// What to do with a file of another framework's criteria, by where it stands in the run.
    enum Advice: Hashable, Sendable {
        /// The parents' file looks like the subordinate units'.
        case swappedParents
        /// A file scored alone looks like subordinate units'; `other` is their framework.
        case subordinates(other: String)
        /// The subordinate units' file looks like the parents'.
        case swappedChildren
        /// The subordinate units of `parent` are scored with `framework`.
        case checkChildren(parent: String, framework: String)
        /// Score it with `other`.
        case scoreWith(other: String)
    }

    static var examples: [Self] {
        [
            .scoreOutput, .recognisedLevels,
            .otherFramework(
                others: ["qd2361-xa"], fit: 30, framework: "qd2361-huyen", unknown: 30, absent: 33,
                advice: .swappedParents),
            .otherFramework(
                others: ["qd2361-xa"], fit: 30, framework: "qd2361-huyen", unknown: 30, absent: 1,
                advice: .subordinates(other: "qd2361-xa")),
            .otherFramework(
                others: ["qd2361-huyen"], fit: 30, framework: "qd2361-xa", unknown: 30, absent: 33,
                advice: .swappedChildren),
            .otherFramework(
                others: ["dti-2023", "dti-2022"], fit: 20, framework: "qd2361-xa", unknown: 20, absent: 38,
                advice: .checkChildren(parent: "qd2361-huyen", framework: "qd2361-xa")),
            .otherFramework(
                others: ["dti-2023"], fit: 20, framework: "qd2361-xa", unknown: 20, absent: 38,
                advice: .scoreWith(other: "dti-2023")),
        ]
    }

    var code: String {
        switch self {
        case .scoreOutput: "input.score-output-as-data"
        case .recognisedLevels: "input.levels-as-data"
        case .otherFramework: "input.other-framework"
        }
    }

    var text: LocalizedText {
        switch self {
        case .scoreOutput:
            LocalizedText(
                vi: "tệp này trông như kết quả của chiso (score --format csv), không phải tệp đánh giá: hãy đưa tệp "
                    + "dữ liệu đã dùng để tính ra kết quả đó",
                en: "this looks like chiso's output (score --format csv), not an assessment file: give the file the "
                    + "results were scored from")
        case .recognisedLevels:
            LocalizedText(
                vi: "tệp này trông như danh sách mức đã được công nhận (unit_id, parent_id, level), không phải tệp "
                    + "đánh giá: hãy đưa nó bằng --children-levels",
                en: "this looks like a list of recognised levels (unit_id, parent_id, level), not an assessment file: "
                    + "give it with --children-levels")
        case .otherFramework(let others, let fit, let framework, let unknown, let absent, let advice):
            Self.other(others, fit: fit, framework: framework, unknown: unknown, absent: absent, advice.text)
        }
    }

    private static func other(
        _ others: [String], fit: Int, framework: String, unknown: Int, absent: Int, _ advice: LocalizedText
    ) -> LocalizedText {
        let en =
            "the columns of this file are criteria of \(others.prefix(2).joined(separator: " or ")) (\(fit) of them), "
            + "not of \(framework) (\(unknown) unknown to it, \(Plural.count(absent, "criterion", "criteria")) of it "
            + "absent): " + advice.en
        let vi =
            "các cột của tệp này là tiêu chí của \(others.prefix(2).joined(separator: " hoặc ")) (\(fit) cột), "
            + "không phải của \(framework) (\(unknown) cột \(framework) không biết, thiếu \(absent) tiêu chí của nó): "
            + advice.vi
        return LocalizedText(
            vi: vi + (vi.hasSuffix("?") ? " " : ". ")
                + "Nếu \(framework) là đúng, hãy nêu các cột còn lại bằng --ignore-column để bỏ qua chúng",
            en: en + (en.hasSuffix("?") ? " " : ". ")
                + "If \(framework) is right, name the other columns with --ignore-column to leave them out")
    }
}

extension FileMixUpMessage.Advice {
    /// What to do, in both languages.
    var text: LocalizedText {
        switch self {
        case .swappedParents:
            LocalizedText(
                vi: "nó trông như tệp của đơn vị cấp dưới; có phải DATA.csv và --children bị đổi chỗ cho nhau?",
                en: "it looks like the subordinate units' file; did you swap DATA.csv and --children?")
        case .subordinates(let other):
            LocalizedText(
                vi: "nó trông như tệp của đơn vị cấp dưới: hãy tính điểm nó với --framework \(other), hoặc đưa nó "
                    + "bằng --children bên cạnh tệp của đơn vị cấp trên",
                en: "it looks like a file of subordinate units: score it with --framework \(other), or give it "
                    + "with --children beside the file of their parents")
        case .swappedChildren:
            LocalizedText(
                vi: "nó trông như tệp của đơn vị cấp trên; có phải DATA.csv và --children bị đổi chỗ cho nhau?",
                en: "it looks like the parents' file; did you swap DATA.csv and --children?")
        case .checkChildren(let parent, let framework):
            LocalizedText(
                vi: "đơn vị cấp dưới của \(parent) được tính điểm bằng \(framework); hãy kiểm tra tệp đưa bằng "
                    + "--children",
                en: "the subordinate units of \(parent) are scored with \(framework); check the "
                    + "file given with --children")
        case .scoreWith(let other):
            LocalizedText(
                vi: "hãy tính điểm nó với --framework \(other)", en: "score it with --framework \(other)")
        }
    }
}
