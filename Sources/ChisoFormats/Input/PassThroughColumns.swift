/// Columns of an assessment file that are not the framework's, passed through to `score --format csv` unchanged
/// (`--extra-columns keep`): notes, the province, anything a user wants to keep beside the results.
public struct PassThroughColumns: Hashable, Sendable {
    /// The column names, in file order.
    public var names: [String]
    /// For each result, the values of the columns.
    public var values: [[String]]

    /// Creates pass-through columns.
    public init(names: [String], values: [[String]]) {
        self.names = names
        self.values = values
    }

    /// The names as output columns after `columns`: a name the output already has gets `_input` appended, so that
    /// a passed-through `level` cannot be mistaken for the computed one.
    package func header(after columns: [String]) -> [String] {
        let taken = Set(columns)
        return names.map { taken.contains($0) ? $0 + "_input" : $0 }
    }

    /// The values for the unit at `index`, or empty cells when there are none.
    package func values(ofUnit index: Int) -> [String] {
        index < values.count ? values[index] : Array(repeating: "", count: names.count)
    }
}
