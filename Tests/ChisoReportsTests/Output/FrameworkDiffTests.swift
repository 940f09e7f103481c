import ChisoCore
import ChisoFormats
import ChisoReports
import Foundation
import Testing

/// `frameworks diff` on two edited copies of one framework, and on shipped frameworks.
struct FrameworkDiffTests {
    /// A province's copy of a small framework with three criteria.
    static let national = """
        {
          "id": "national", "scheme": "levels",
          "name": {"vi": "Quốc gia", "en": "National"}, "unitType": {"vi": "xã", "en": "commune"},
          "provenance": {"decision": "1/QĐ", "date": "2025-01-01", "issuer": {"vi": "Bộ", "en": "Ministry"},
                         "title": {"vi": "Khung", "en": "Frame"}},
          "levels": [{"vi": "Một", "en": "One"}, {"vi": "Hai", "en": "Two"}],
          "groups": [{"id": "G", "name": {"vi": "Nhóm", "en": "Group"}}, {"id": "H", "name": {"vi": "Nhóm H", "en": "H"}}],
          "criteria": [
            {"id": "G.01", "group": "G", "measure": "percent", "name": {"vi": "Tỷ lệ hồ sơ", "en": "Files"},
             "unit": {"vi": "%", "en": "%"}, "requirements": [{"text": "50%", "atLeast": 50}, {"text": "60%", "atLeast": 60}]},
            {"id": "G.02", "group": "G", "measure": "yesNo", "name": {"vi": "Có hệ thống", "en": "A system"},
             "unit": {"vi": "có/không", "en": "yes/no"}, "requirements": [{"text": "Có", "yes": true}, {"text": "Có", "yes": true}]},
            {"id": "G.03", "group": "G", "measure": "count", "name": {"vi": "Số doanh nghiệp", "en": "Firms"},
             "unit": {"vi": "doanh nghiệp", "en": "firms"}, "requirements": [{"text": "1", "atLeast": 1}, {"text": "2", "atLeast": 2}]},
          ],
        }
        """

    static func province() -> String {
        national
            .replacingOccurrences(of: #""id": "national""#, with: #""id": "province""#)
            .replacingOccurrences(of: #""decision": "1/QĐ""#, with: #""decision": "7/QĐ-UBND""#)
            // G.01: level 2 asks more.
            .replacingOccurrences(of: #"{"text": "60%", "atLeast": 60}"#, with: #"{"text": "70%", "atLeast": 70}"#)
            // G.02: a new ID, the same name, and moved to group H.
            .replacingOccurrences(of: #""id": "G.02", "group": "G""#, with: #""id": "H.01", "group": "H""#)
            // G.03: renamed.
            .replacingOccurrences(of: #""vi": "Số doanh nghiệp""#, with: #""vi": "Số doanh nghiệp số""#)
            // A criterion added.
            .replacingOccurrences(
                of: "  ],\n}",
                with: """
                      {"id": "H.02", "group": "H", "measure": "yesNo", "name": {"vi": "Có kế hoạch", "en": "A plan"},
                       "unit": {"vi": "có/không", "en": "yes/no"},
                       "requirements": [{"text": "Có", "yes": true}, {"text": "Có", "yes": true}]},
                      ],
                    }
                    """)
    }

    @Test func editedCopies() throws {
        let (a, _) = try FrameworkDecoder.decode(Self.national, file: "national.json")
        let (b, _) = try FrameworkDecoder.decode(Self.province(), file: "province.json")
        let diff = FrameworkDiff(a, b)
        let found = diff.changes.map { "\($0.kind.rawValue) \($0.id) \($0.field): \($0.before) → \($0.after)" }
        #expect(
            found == [
                "requirement G.01 Hai (2): ≥60% → ≥70%",
                "reidentified G.02 id: G.02 → H.01",
                "moved G.02 parent: G → H",
                "renamed G.03 name_vi: Số doanh nghiệp → Số doanh nghiệp số",
                "added H.02 :  → Có kế hoạch",
                "provenance  decision: 1/QĐ → 7/QĐ-UBND",
            ])
        let csv = diff.render(format: .csv)
        #expect(csv.hasPrefix("change,id,field,a,b\nrequirement,G.01,Hai (2),≥60%,≥70%\n"))
    }

    @Test func aFrameworkAgainstItselfHasNoDifference() throws {
        let (a, _) = try FrameworkCatalog.load("vn-2361-district")
        #expect(FrameworkDiff(a, a).changes.isEmpty)
        #expect(FrameworkDiff(a, a).render(format: .table).contains("define the same criteria"))
    }

    @Test func theTwoHueReadingsDifferInTheirFloors() throws {
        let (plain, _) = try FrameworkCatalog.load("vn-hue-3043")
        let (strict, _) = try FrameworkCatalog.load("vn-hue-3043-strict")
        let diff = FrameworkDiff(plain, strict)
        let requirements = diff.changes.filter { $0.kind == .requirement }
        // A floor on each of the 8 main indices at each of the 4 tiers; nothing added or removed.
        #expect(requirements.count == 32)
        #expect(!diff.changes.contains { $0.kind == .added || $0.kind == .removed })
    }
}
