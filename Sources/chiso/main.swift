// The `chiso` executable: runs the tool in-process and turns its output and status into the process's own.
// Foundation: writing to standard error and exiting with a status.
import ChisoCLI
import Foundation

Interruption.removeTemporaryFilesOnInterrupt()
var console = Console(streamsOutput: true)
let status = Chiso.main(Array(CommandLine.arguments.dropFirst()), console: &console)
FileHandle.standardOutput.write(Data(console.output.utf8))
FileHandle.standardError.write(Data(console.error.utf8))
exit(status.rawValue)
