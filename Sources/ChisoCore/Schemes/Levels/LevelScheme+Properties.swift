extension LevelScheme: PropertyDescribing {
    /// A criterion's unit of measurement.
    public func properties(ofCondition condition: Int) -> [SchemeProperty]? {
        criteria.indices.contains(condition) ? [.unit(criteria[condition].measurementUnit.vi)] : nil
    }
}
