/// The identity and registration of one administrative unit (a commune, district, department or province).
public struct UnitInfo: Hashable, Sendable {
    /// The unit's identifier, unique within a file.
    public var id: String
    /// The unit's name, if given.
    public var name: String?
    /// The identifier of the unit it belongs to (a commune's district), if given.
    public var parentID: String?
    /// The assessment year, if given.
    public var year: Int?
    /// The level the unit registered for, if given (Decision 2361 asks units to register a target level).
    public var registeredLevel: Int?
    /// The group the unit is ranked in, if given (Huế ranks provincial departments and districts apart).
    public var group: String?

    /// Creates a unit.
    public init(
        id: String, name: String? = nil, parentID: String? = nil, year: Int? = nil, registeredLevel: Int? = nil,
        group: String? = nil
    ) {
        self.id = id
        self.name = name
        self.parentID = parentID
        self.year = year
        self.registeredLevel = registeredLevel
        self.group = group
    }
}

/// The measured values of one unit, one slot per measure of the scheme that reads them.
public struct Assessment: Hashable, Sendable {
    /// The unit assessed.
    public var unit: UnitInfo
    /// One value per measure, in the order of the scheme's `measures`; `nil` where the value is missing.
    public var values: [Double?]

    /// Creates an assessment.
    ///
    /// - Parameters:
    ///   - unit: The unit assessed.
    ///   - values: One value per measure of the scheme, in its order; `nil` for a missing value.
    public init(unit: UnitInfo, values: [Double?]) {
        self.unit = unit
        self.values = values
    }
}
