import ChisoFormats
import ChisoReports

extension DataCommand {
    /// Loads and scores the inputs: the setup every data command shares.
    /// With `panel`, data of several years is not scored but named in ``ScoringRun/panelYears``.
    static func load(_ inputs: ScoringInputs, panel: Bool = false) throws(CommandFailure) -> ScoringRun {
        do {
            return try ScoringRun.run(inputs, panel: panel)
        } catch {
            throw CommandFailure(error)
        }
    }
}
