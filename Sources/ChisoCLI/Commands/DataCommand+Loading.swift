import ChisoFormats
import ChisoReports

extension DataCommand {
    /// Loads and scores the inputs: the setup every data command shares.
    static func load(_ inputs: ScoringInputs) throws(CommandFailure) -> ScoringRun {
        do {
            return try ScoringRun.run(inputs)
        } catch {
            throw CommandFailure(error)
        }
    }
}
