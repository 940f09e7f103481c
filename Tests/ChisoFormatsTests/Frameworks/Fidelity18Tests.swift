import ChisoCore
import ChisoFormats
import Foundation
import Testing

/// Issue 18, items 1, 6 and 7: empty denominators, themes, readings left unsaid.
@Suite struct Fidelity18Tests {
    /// One criterion whose denominator a unit may have none of, with the decision's words for that denominator.
    struct Share: CustomTestStringConvertible, Sendable {
        var framework: String
        var id: String
        var words: String
        var testDescription: String { "\(framework) \(id): \(words)" }
    }

    /// Item 1: shares of something a unit may not have, conditional (KAD or 0/0 → n/a).
    static let conditionalShares = [
        Share(
            framework: "vn-2361-commune", id: "KTS.01", words: "trên tổng số doanh nghiệp nhỏ và vừa trên địa bàn xã"),
        Share(
            framework: "vn-2361-commune", id: "KTS.02",
            words: "trên tổng số thành viên của hợp tác xã, doanh nghiệp trên địa bàn xã"),
        Share(
            framework: "vn-2361-commune", id: "XHS.07",
            words: "trên tổng số nhà văn hóa tại khu dân cư của địa phương cấp xã"),
        Share(
            framework: "vn-2361-commune", id: "CQS.09",
            words: "trên tổng số hệ thống thông tin của cơ quan chính quyền cấp xã"),
        Share(
            framework: "vn-2361-commune", id: "CQS.10", words: "trên tổng số hệ thống thông tin của chính quyền cấp xã"),
        Share(
            framework: "vn-2361-commune", id: "CQS.11",
            words: "trên tổng số hệ thống thông tin của cơ quan chính quyền cấp xã"),
        Share(
            framework: "vn-2361-district", id: "CQS.09",
            words: "trên tổng số hệ thống thông tin của cơ quan chính quyền cấp huyện"),
        Share(
            framework: "vn-2361-district", id: "CQS.10",
            words: "trên tổng số hệ thống thông tin của chính quyền cấp huyện"),
        Share(
            framework: "vn-2361-district", id: "CQS.11",
            words: "trên tổng số hệ thống thông tin của cơ quan chính quyền cấp huyện"),
    ]

    /// Item 1: shares of what every district has; not conditional, so KAD and 0/0 are errors.
    static let everyDistrictHas = [
        Share(
            framework: "vn-2361-district", id: "CQS.16",
            words: "trên tổng số điểm phục vụ bưu chính thuộc mạng bưu chính công cộng trên địa bàn huyện"),
        Share(framework: "vn-2361-district", id: "XHS.03", words: "trên tổng số trạm y tế của địa phương cấp huyện"),
        Share(
            framework: "vn-2361-district", id: "XHS.04",
            words: "trên tổng số cơ sở khám bệnh, chữa bệnh của địa phương cấp huyện"),
    ]

    @Test(arguments: conditionalShares)
    func aShareOfNothingDoesNotApply(share: Share) throws {
        #expect(AnnexWords.says(share.framework, share.id, share.words), "the annex's words")
        let (framework, scheme) = try Support.builtIn(share.framework)
        let index = try #require(scheme.criteria.firstIndex { $0.id == share.id })
        let reason = try #require(scheme.criteria[index].conditional, "\(share.id) is conditional")
        #expect(reason.contains("(\"\(share.words)\")"), "the reason quotes the denominator")
        #expect(framework.provenance.notes.contains { $0.hasPrefix("Conditional criteria") && $0.contains(share.id) })
        // KAD, or counts whose denominator is 0: n/a for this unit, and the file is read without an error.
        for row in ["unit_id,\(share.id)\nU1,KAD\n", "unit_id,\(share.id).num,\(share.id).den\nU1,0,0\n"] {
            let table = Support.load(row, measures: scheme.measures)
            #expect(table.diagnostics.filter { $0.severity == .error }.isEmpty, "\(row)")
            let assessment = try #require(table.assessments.first)
            let result = scheme.score(assessment, subordinates: ChildLevelSummary(levels: [5], maximumLevel: 5))
            for level in 1...5 { #expect(result.statuses[index][level] == .notApplicable, "\(row) L\(level)") }
        }
        // Best values everywhere else: the unit reaches the top level without it.
        var values = Frameworks2361Tests.bestValues(scheme)
        let slot = try #require(scheme.measures.firstIndex { $0.key == share.id })
        values[slot] = Measure.notApplicableValue
        #expect(Frameworks2361Tests.score(scheme, values).standing.ordinal == 5)
    }

    @Test(arguments: everyDistrictHas)
    func aShareOfWhatEveryDistrictHasAppliesToEveryDistrict(share: Share) throws {
        #expect(AnnexWords.says(share.framework, share.id, share.words), "the annex's words")
        #expect(!AnnexWords.says(share.framework, share.id, "nếu có"))
        let (framework, scheme) = try Support.builtIn(share.framework)
        #expect(try #require(scheme.criteria.first { $0.id == share.id }).conditional == nil)
        let note = try #require(framework.provenance.notes.first { $0.hasPrefix("Conditional criteria") })
        #expect(note.contains("\"\(share.words)\"") && note.contains("apply to every district"))
        let kad = Support.load("unit_id,\(share.id)\nU1,KAD\n", measures: scheme.measures)
        #expect(kad.diagnostics.filter { $0.severity == .error }.map(\.field) == [share.id])
        let zero = Support.load("unit_id,\(share.id).num,\(share.id).den\nU1,0,0\n", measures: scheme.measures)
        #expect(
            zero.diagnostics.filter { $0.severity == .error }.map(\.message) == [
                "the share \(share.id).num/\(share.id).den is undefined with a denominator of 0, and \(share.id) "
                    + "applies to every unit; check the counts"
            ])
    }

    /// District CQS.09–11 have the commune's exact wording, tier aside, and are read the same way.
    @Test(arguments: ["CQS.09", "CQS.10", "CQS.11"])
    func theTwoTiersReadTheInformationSystemsAlike(id: String) throws {
        let commune = try #require(AnnexWords.byCriterion["vn-2361-commune \(id)"])
        let district = try #require(AnnexWords.byCriterion["vn-2361-district \(id)"])
        #expect(commune.replacingOccurrences(of: "cấp xã", with: "cấp huyện") == district)
        let communeReason = try Support.builtIn("vn-2361-commune").1.criteria.first { $0.id == id }?.conditional
        let districtReason = try Support.builtIn("vn-2361-district").1.criteria.first { $0.id == id }?.conditional
        #expect(districtReason != nil)
        #expect(
            communeReason?.replacingOccurrences(of: "commune", with: "district")
                .replacingOccurrences(of: "cấp xã", with: "cấp huyện") == districtReason)
    }

    /// A commune with no small or medium enterprise: "trên tổng số doanh nghiệp nhỏ và vừa trên địa bàn xã" is
    /// 0/0. It was level 0 whatever else it did, and its counts refused the whole file; now it is assessed on the rest.
    @Test func aCommuneWithoutAnSMEIsNotLevelZeroForIt() throws {
        let (_, scheme) = try Support.builtIn("vn-2361-commune")
        var header = ["unit_id"]
        var first = ["X1"]
        var second = ["X2"]
        for (measure, value) in zip(scheme.measures, Frameworks2361Tests.bestValues(scheme)) {
            if measure.key == "KTS.01" {
                header += ["KTS.01.num", "KTS.01.den"]
                first += ["0", "0"]
                second += ["6", "10"]
            } else {
                header.append(measure.key)
                let text = value.map { NumberText.shortest($0) } ?? ""
                first.append(text)
                second.append(text)
            }
        }
        let csv = [header, first, second].map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        let table = Support.load(csv, measures: scheme.measures)
        #expect(table.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(table.assessments.count == 2)
        let levels = table.assessments.map { scheme.score($0).standing.ordinal }
        #expect(levels == [5, 4])  // X2: 60% of its SMEs, level 4's "50%" but not level 5's "70%"
    }

    /// Item 6: themes an official would give, quoting what the criterion is about.
    struct Themed: CustomTestStringConvertible, Sendable {
        var framework: String
        var id: String
        var theme: String
        var words: String
        var testDescription: String { "\(framework) \(id) → \(theme): \(words)" }
    }

    static let themed = [
        Themed(
            framework: "vn-2361-commune", id: "CQS.08", theme: "cybersecurity",
            words: "được cài phần mềm phòng chống virus, mã độc"),
        Themed(
            framework: "vn-2361-district", id: "CQS.08", theme: "cybersecurity",
            words: "được cài phần mềm phòng chống virus, mã độc"),
        Themed(
            framework: "vn-2361-commune", id: "CQS.20", theme: "digitalSociety",
            words: "kế hoạch của địa phương để hỗ trợ, hướng dẫn người dân trong chuyển đổi số"),
        Themed(
            framework: "vn-2361-commune", id: "KTS.02", theme: "digitalEconomy",
            words:
                "thành viên của hợp tác xã, doanh nghiệp được định hướng, tập huấn ứng dụng công nghệ số phục vụ sản "
                + "xuất, kinh doanh"),
        Themed(
            framework: "vn-2361-commune", id: "XHS.05", theme: "digitalSociety",
            words: "người dân trong độ tuổi lao động được tập huấn, hướng dẫn kỹ năng số cơ bản"),
    ]

    @Test(arguments: themed)
    func themeOfACriterion(row: Themed) throws {
        #expect(AnnexWords.says(row.framework, row.id, row.words), "the annex's words")
        let (_, scheme) = try Support.builtIn(row.framework)
        let criterion = try #require(scheme.criteria.first { $0.id == row.id })
        #expect(criterion.theme == row.theme)
        if row.id == "CQS.08" { #expect(criterion.legalBasis.contains("Chỉ thị số 14/CT-TTg")) }
    }

    /// "Ban chỉ đạo chuyển đổi số cấp huyện tổ chức các cuộc họp trong năm" and the head of the steering committee
    /// are 1.1 under "1 Nhận thức số" in the provincial tables at hand: so in the example.
    @Test(arguments: [("NT.01", "Trưởng Ban chỉ đạo chuyển đổi số"), ("NT.02", "Số lần Ban chỉ đạo họp trong năm")])
    func steeringCommitteeItemsSitUnderAwareness(id: String, name: String) throws {
        let (framework, _) = try FrameworkCatalog.load("example-province-district")
        let conditions = framework.scheme.conditions
        let condition = try #require(conditions.first { $0.id == id })
        #expect(condition.name.vi == name)
        #expect(condition.theme == "awareness")
        let parent = try #require(condition.parent.map { conditions[$0] })
        #expect(parent.id == "NT" && parent.name.vi == "Nhận thức số")
        #expect(!conditions.contains { $0.id.hasPrefix("TC.") })
    }

    @Test func theReadingsSayWhatTheySay() throws {
        let commune = try FrameworkCatalog.load("vn-2361-commune").0.provenance.notes
        let district = try FrameworkCatalog.load("vn-2361-district").0.provenance.notes
        func note(_ notes: [String], _ prefix: String) -> String { notes.first { $0.hasPrefix(prefix) } ?? "" }
        #expect(note(district, "CHUNG.01").contains("--children-levels FILE, a CSV unit_id,parent_id,level"))
        #expect(note(commune, "Reading of CQS.14").contains("so the criterion is not conditional"))
        #expect(note(commune, "Reading of CQS.15").contains("yes means both"))
        let reorganisation = note(commune, "The 2025 reorganisation")
        #expect(!reorganisation.contains("as it did before"))
        #expect(reorganisation.contains("They do not say whether Decision 2361 still applies"))
        #expect(reorganisation.contains("that is a choice, not something the sources state"))
    }
}
