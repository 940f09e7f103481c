import ChisoCore

/// Small hand-built schemes for core tests; the real Decision 2361 frameworks are tested in ChisoFormatsTests.
enum Toy {
    static let levels = [
        LocalizedText(vi: "Một", en: "One"), LocalizedText(vi: "Hai", en: "Two"), LocalizedText(vi: "Ba", en: "Three"),
    ]

    static func requirement(_ rule: Requirement) -> LevelRequirement { LevelRequirement(rule: rule, text: "") }

    /// P: percent 50/60/70; Y: yes from level 2; C: count ≥1, ≥1, ≥3 or share ≥100%.
    static let scheme = LevelScheme(
        levels: levels,
        groups: [CriterionGroup(id: "G", name: LocalizedText(vi: "Nhóm", en: "Group"))],
        criteria: [
            LevelCriterion(
                id: "P",
                group: "G",
                name: LocalizedText(vi: "Tỷ lệ", en: "Share"),
                measurementUnit: LocalizedText(vi: "%", en: "%"),
                kind: .percent,
                requirements: [.atLeast(50), .atLeast(60), .atLeast(70)].map(requirement)
            ),
            LevelCriterion(
                id: "Y",
                group: "G",
                name: LocalizedText(vi: "Có", en: "Yes"),
                measurementUnit: LocalizedText(vi: "Hệ thống", en: "system"),
                kind: .yesNo,
                requirements: [.notApplicable, .yes(), .yes()].map(requirement)
            ),
            LevelCriterion(
                id: "C",
                group: "G",
                name: LocalizedText(vi: "Số", en: "Count"),
                measurementUnit: LocalizedText(vi: "DN", en: "enterprises"),
                kind: .count,
                secondMeasures: [
                    SecondMeasure(suffix: "share", kind: .percent, name: LocalizedText(vi: "Tỷ lệ", en: "Share"))
                ],
                requirements: [
                    .atLeast(1), .atLeast(1), .anyOf([.atLeast(3), .atLeast(100, measure: "share")]),
                ].map(requirement)
            ),
        ]
    )

    /// The same criteria under the cumulative rule.
    static let cumulative = LevelScheme(
        levels: scheme.levels, groups: scheme.groups, criteria: scheme.criteria, rule: .cumulative)

    /// A district-like scheme: R rolls up children (levels 1…3 as in CHUNG.01), Q is a percentage.
    static let parent = LevelScheme(
        levels: levels,
        groups: [CriterionGroup(id: "G", name: LocalizedText(vi: "Nhóm", en: "Group"))],
        criteria: [
            LevelCriterion(
                id: "R",
                group: "G",
                name: LocalizedText(vi: "Xã", en: "Communes"),
                measurementUnit: LocalizedText(vi: "%", en: "%"),
                kind: nil,
                requirements: [
                    .childLevels(ChildLevelRule(allAtLeast: 1)),
                    .childLevels(ChildLevelRule(allAtLeast: 1, shareLevel: 2, sharePercent: 50)),
                    .childLevels(ChildLevelRule(allAtLeast: 2, shareLevel: 3, sharePercent: 50)),
                ].map(requirement)
            ),
            LevelCriterion(
                id: "Q",
                group: "G",
                name: LocalizedText(vi: "Tỷ lệ", en: "Share"),
                measurementUnit: LocalizedText(vi: "%", en: "%"),
                kind: .percent,
                requirements: [.atLeast(10), .atLeast(20), .atLeast(30)].map(requirement)
            ),
        ]
    )

    static func unit(_ id: String = "U1", parent: String? = nil) -> UnitInfo {
        UnitInfo(id: id, parentID: parent)
    }

    /// Scores one toy unit with values for P, Y, C, C.share.
    static func score(_ p: Double?, _ y: Double?, _ c: Double?, _ share: Double? = nil) -> UnitResult {
        scheme.score(Assessment(unit: unit(), values: [p, y, c, share]))
    }
}

extension UnitResult {
    /// The level statuses of a level scheme's result (empty for other schemes).
    var statuses: [LevelStatuses] { levelDetail?.statuses ?? [] }
    /// The subordinate units rolled up, for a level scheme's result.
    var children: ChildLevelSummary? { levelDetail?.subordinates }
    /// The point detail of a point scheme's result.
    var points: PointDetail? { pointDetail }

    /// Condition IDs of blockers or missing values, as files show them.
    func ids(_ indices: [Int], in scheme: some ScoringScheme) -> [String] {
        indices.map { scheme.conditions[$0].id }
    }
}

/// One level; M1, M2 mandatory and E1…E4 extended percentages at ≥50; 30% of the extended criteria needed.
enum ExtendedCriteria {
    static let scheme = LevelScheme(
        levels: [LocalizedText(vi: "Đạt", en: "Recognised")],
        groups: [CriterionGroup(id: "G", name: LocalizedText(vi: "Nhóm", en: "Group"))],
        criteria: ["M1", "M2", "E1", "E2", "E3", "E4"].map { id in
            LevelCriterion(
                id: id, group: "G", name: LocalizedText(vi: id, en: id),
                measurementUnit: LocalizedText(vi: "%", en: "%"), kind: .percent,
                requirements: [LevelRequirement(rule: .atLeast(50), text: "50%")], isExtended: id.hasPrefix("E"))
        },
        extendedMinimum: [30]
    )
}
