public import ChisoCore
public import ChisoFormats

/// What a report is made of: the scored units, and the analyses given beside them.
public struct ReportInput: Sendable {
    /// The scored units.
    public var scoring: ScoredCohort
    /// The assessment file, as given.
    public var dataFile: String
    /// The subordinate units' file, if given.
    public var childrenFile: String?
    /// The comparison of the data with other sides (`--compare`), if any.
    public var comparison: CohortComparison?
    /// The plan read from `chiso plan`'s CSV (`--plan`), if any.
    public var plan: PlanTable?
    /// The currency written after every amount of the plan (`--currency`, free text such as `triệu đồng`); `nil`
    /// for plain numbers.
    public var currency: String?
    /// The uncertainty read from `chiso uncertainty`'s CSV (`--uncertainty`), if any.
    public var uncertainty: UncertaintyTable?
    /// The IDs of the units that get a section of their own.
    public var explained: Set<String>
    /// Whether those units were named (`--unit`) rather than all units taken.
    public var unitsNamed: Bool
    /// The report's title (`--title`); `nil` for the framework's name.
    public var title: String?
    /// The organisation that made the assessment (`--organisation`), if given.
    public var organisation: String?
    /// The assessment year as given (`--year`); `nil` for the year every unit shares, if any.
    public var year: String?
    /// When the report was made, as an ISO 8601 date or date and time; `nil` to leave it out.
    public var made: String?
    /// How the units that get a section were chosen (`--units`), which the index of units says.
    public var selection: UnitSelection

    /// Creates an input.
    public init(
        scoring: ScoredCohort, dataFile: String, childrenFile: String? = nil, comparison: CohortComparison? = nil,
        plan: PlanTable? = nil, uncertainty: UncertaintyTable? = nil, explained: Set<String>, unitsNamed: Bool,
        selection: UnitSelection = .automatic
    ) {
        self.scoring = scoring
        self.dataFile = dataFile
        self.childrenFile = childrenFile
        self.comparison = comparison
        self.plan = plan
        self.uncertainty = uncertainty
        self.explained = explained
        self.unitsNamed = unitsNamed
        self.selection = selection
    }
}
