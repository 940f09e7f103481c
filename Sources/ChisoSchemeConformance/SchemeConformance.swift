public import ChisoCore

/// The invariants every ``ScoringScheme`` must keep, as a library a new scheme runs over itself: order independence,
/// monotonicity, explanations consistent with outcomes, requirement inverses, lean outcomes equal to full scores,
/// unbiased and noiseless uncertainty, and plans that reach what they promise. Each check scores seeded random units
/// and returns what it found wrong, so that any test framework can assert on it:
///
/// ```swift
/// for check in SchemeConformance.Check.allCases {
///     #expect(SchemeConformance(MyScheme(), name: "mine").failures(of: check) == [])
/// }
/// ```
///
/// The library imports no test framework, so it ships as a product and builds with the toolchain alone.
public struct SchemeConformance: Sendable {
    /// One invariant.
    public enum Check: String, CaseIterable, Sendable {
        /// The lean outcome a Monte Carlo run reads is the full score's: class, ranked value, index and blockers.
        case outcomeAgreesWithTheFullScore
        /// The Monte Carlo mean index under symmetric noise that crosses no threshold is the nominal index.
        case meanIndexUnderSymmetricNoiseIsTheNominalIndex
        /// With nothing uncertain every run is the nominal result; noisy weights keep classes the scheme has.
        case uncertaintyWithoutNoiseIsTheNominalResult
        /// Results follow the input order, are deterministic, and random units spread over the classes.
        case resultsFollowTheInputOrderAndAreDeterministic
        /// Shuffling the units changes no result and no rank.
        case orderOfUnitsDoesNotMatter
        /// Raising any value never lowers the standing.
        case raisingAValueNeverLowersTheStanding
        /// The explanation agrees with the result: standing, binding conditions, rows and cells.
        case explanationAgreesWithTheOutcome
        /// The least value a requirement names meets it, and a value just below does not.
        case leastRequiredValuesMeetTheirRequirementAndNothingBelowDoes
        /// For a ``PlanningScheme``: a plan applied reaches the class it promised, and cheaper costs never cost more.
        case plansReachWhatTheyPromise
    }

    /// The scheme checked.
    public var scheme: any ScoringScheme
    /// The scheme's name in failure messages.
    public var name: String

    /// Prepares the checks of a scheme.
    ///
    /// - Parameters:
    ///   - scheme: The scheme to check.
    ///   - name: What failure messages call it.
    public init(_ scheme: any ScoringScheme, name: String) {
        self.scheme = scheme
        self.name = name
    }

    /// Runs one check.
    ///
    /// - Parameter check: The invariant to check.
    /// - Returns: Every failure found, each a sentence naming the scheme and the unit; empty when the scheme keeps
    ///   the invariant.
    /// - Complexity: Scores a few hundred random units, some several times.
    public func failures(of check: Check) -> [String] {
        var log = FailureLog(scheme: name)
        switch check {
        case .outcomeAgreesWithTheFullScore: outcomeAgreesWithTheFullScore(&log)
        case .meanIndexUnderSymmetricNoiseIsTheNominalIndex: meanIndexUnderSymmetricNoise(&log)
        case .uncertaintyWithoutNoiseIsTheNominalResult: uncertaintyWithoutNoise(&log)
        case .resultsFollowTheInputOrderAndAreDeterministic: resultsFollowTheInputOrder(&log)
        case .orderOfUnitsDoesNotMatter: orderOfUnitsDoesNotMatter(&log)
        case .raisingAValueNeverLowersTheStanding: raisingAValueNeverLowersTheStanding(&log)
        case .explanationAgreesWithTheOutcome: explanationAgreesWithTheOutcome(&log)
        case .leastRequiredValuesMeetTheirRequirementAndNothingBelowDoes: leastRequiredValues(&log)
        case .plansReachWhatTheyPromise: plansReachWhatTheyPromise(&log)
        }
        return log.failures
    }
}

/// The failures one check has found.
struct FailureLog {
    let scheme: String
    private(set) var failures: [String] = []

    init(scheme: String) {
        self.scheme = scheme
    }

    /// Records a failure unless `condition` holds.
    mutating func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { failures.append("\(scheme): \(message())") }
    }
}
