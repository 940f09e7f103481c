public import ChisoCore

/// What the annex words parsers cannot read in a cell of a decision's table, in both languages.
public enum AnnexWordsMessage: DiagnosticMessage, Hashable, Error {
    /// A `Mức` cell says no requirement the parser knows.
    case unreadableRequirement
    /// A rule cell says no rule the parser knows.
    case unreadableRule
    /// The points of item `item` of a rule cell are not a number.
    case unreadablePoints(item: String)
    /// A rule cell mixes counts (steps) and answers (choices).
    case mixedItems
    /// A linear rule's floor is not below its target.
    case linearNotRising

    /// One example of every case.
    public static var examples: [Self] {
        [.unreadableRequirement, .unreadableRule, .unreadablePoints(item: "Có=năm"), .mixedItems, .linearNotRising]
    }

    /// The stable code of the case.
    public var code: String {
        switch self {
        case .unreadableRequirement: "annex.requirement"
        case .unreadableRule: "annex.rule"
        case .unreadablePoints: "annex.rule-points"
        case .mixedItems: "annex.rule-mixed"
        case .linearNotRising: "annex.rule-linear"
        }
    }

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .unreadableRequirement:
            LocalizedText(
                vi: "không đọc được yêu cầu của mức; hãy viết như \"≥70%\", \"70%\", \"Tối thiểu 01 nhân sự\", \"Có\", "
                    + "\"Không áp dụng\" hoặc \"3 doanh nghiệp trở lên hoặc 100%\"",
                en: "the level requirement cannot be read; write it as \"≥70%\", \"70%\", \"Tối thiểu 01 nhân sự\", "
                    + "\"Có\", \"Không áp dụng\" or \"3 doanh nghiệp trở lên hoặc 100%\"")
        case .unreadableRule:
            LocalizedText(
                vi: "không đọc được cách tính điểm; hãy viết như \"4:20; 3:15\", \"Có=5; Không=0\", \"a/b\", "
                    + "\"Có/Không\" hoặc \"50% → 100%\"",
                en: "the point rule cannot be read; write it as \"4:20; 3:15\", \"Có=5; Không=0\", \"a/b\", "
                    + "\"Có/Không\" or \"50% → 100%\"")
        case .unreadablePoints(let item):
            LocalizedText(
                vi: "số điểm trong \"\(item)\" không phải là một số (viết như \"5\", \"0,5\", \"10đ\" hoặc "
                    + "\"20 điểm\")",
                en: "the points in \"\(item)\" are not a number (write \"5\", \"0,5\", \"10đ\" or \"20 điểm\")")
        case .mixedItems:
            LocalizedText(
                vi: "cách tính điểm vừa có số lần vừa có phương án; hãy viết toàn số lần (\"4:20; 3:15\") hoặc toàn "
                    + "phương án (\"Có=5; Không=0\")",
                en: "the point rule mixes counts and answers; write only counts (\"4:20; 3:15\") or only answers "
                    + "(\"Có=5; Không=0\")")
        case .linearNotRising:
            LocalizedText(
                vi: "mức sàn của cách tính tuyến tính phải nhỏ hơn mức mục tiêu (viết như \"50% → 100%\")",
                en: "the floor of a linear rule must be below its target (write \"50% → 100%\")")
        }
    }
}
