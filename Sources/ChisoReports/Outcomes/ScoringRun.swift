public import ChisoCore
public import ChisoFormats

/// One scoring job from files: load the framework and the assessment file, and, if the framework rolls up
/// subordinate units, their file too; then score everything together (``LinkedScoring``) and rank the cohort.
public struct ScoringRun: Sendable {
    /// The framework used.
    public var framework: Framework
    /// One result per unit scored, in file order.
    public var results: [UnitResult]
    /// The units' data, as read, in the order of ``results``.
    public var assessments: [Assessment] = []
    /// The ranks of the units among those scored, by position in ``results``.
    public var ranks: CohortRanks
    /// For each result, the shares its file gave as two counts (`ID.num`, `ID.den`), by measure index.
    public var fractions: [[Int: Fraction]] = []
    /// The subordinate units and their parents scored together, when subordinate units were given.
    public var linked: LinkedScoring?
    /// Warnings about the inputs (columns absent, no subordinate units given, rows that could not be read, …).
    public var warnings: [Diagnostic]
    /// The row errors of rows left out under `skipInvalid`; empty otherwise.
    public var skipped: [Diagnostic]
    /// The units of the assessment file left out under `skipInvalid`, by unit ID, with their lines.
    public var skippedUnits: [String: Int] = [:]
    /// The columns passed through to the output under ``ReadingOptions/ExtraColumns/keep``, and their values for
    /// each result.
    public var extraColumns: PassThroughColumns?
    /// Why the data's values are an approximation, from its `approximation` column (``AssessmentTable/approximation``):
    /// the results then are not the framework's own, and every output says so.
    public var approximation: String?

    /// What made the outputs of this run: its framework, and the approximation its data is.
    public var origin: OutputOrigin { OutputOrigin(framework, approximation: approximation) }

    /// Creates the value from its parts.
    package init(
        framework: Framework, results: [UnitResult], assessments: [Assessment] = [], ranks: CohortRanks,
        fractions: [[Int: Fraction]] = [], linked: LinkedScoring? = nil, warnings: [Diagnostic], skipped: [Diagnostic],
        skippedUnits: [String: Int] = [:], extraColumns: PassThroughColumns? = nil, approximation: String? = nil
    ) {
        self.framework = framework
        self.results = results
        self.assessments = assessments
        self.ranks = ranks
        self.fractions = fractions
        self.linked = linked
        self.warnings = warnings
        self.skipped = skipped
        self.skippedUnits = skippedUnits
        self.extraColumns = extraColumns
        self.approximation = approximation
    }
}
