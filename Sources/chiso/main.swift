// The `chiso` executable: runs the tool in-process and turns its output and status into the process's own.
import ChisoCLI

Executable.run(Array(CommandLine.arguments.dropFirst()))
