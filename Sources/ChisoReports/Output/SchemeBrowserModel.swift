package import ChisoCore
package import ChisoFormats

/// How a scheme is tried out in the browser, in the report's what-if part: its requirements as JSON, exported from
/// the core's model, and a script that scores one unit from them exactly as the scheme's own `score` does (the same
/// comparisons, in the same order, with the same rounding). Each built-in scheme conforms in its own folder; a
/// scheme that does not conform gets no what-if panel, and the part says so in words.
///
/// ## Implementation guidance
///
/// - ``browserModel()`` holds numbers and structure only; names and words are the report's to add.
/// - ``browserEvaluator`` is a JavaScript function expression `function (model, values, children) {…}` that needs
///   nothing but the model. `values` holds one entry per measure of the scheme: a number, `NaN` where a conditional
///   criterion does not apply (`KAD`), `null` where the value is missing. `children` is `null` when no subordinate
///   units were given, else `{counts: [units at level 0, 1, …], unreadable: n}`. It returns
///   `{ordinal, total, index, blockers, statuses}`: the class reached (0 for none), the points and index where the
///   scheme has them (`null` otherwise), the conditions that keep the unit from the next class, each as
///   `{condition, measures}` (`measures`: the measure indices whose values the panel shows as what the unit has)
///   or `{condition, points, maximum}` or `{condition, index}`, and, where the scheme has them, each condition's
///   status at each class (`"met"`, `"notMet"`, `"missing"`, `"notApplicable"`).
/// - The browser test sets every sample unit's values through the panel and compares the results with
///   `chiso score`; a new scheme's evaluator must pass it too.
package protocol SchemeBrowserModel: Sendable {
    /// The scheme's requirements as the evaluator reads them.
    func browserModel() -> JSONNode.Value
    /// The evaluator: a JavaScript function expression, see the protocol's guidance.
    var browserEvaluator: String { get }
}

extension Framework {
    /// How this framework's scheme is tried out in the browser, or `nil` when the scheme has no browser model.
    package var browserModel: (any SchemeBrowserModel)? { scheme as? any SchemeBrowserModel }
}
