import NodeumShell
#if canImport(Glibc)
import Glibc
#endif

exit(Runner.main(CommandLine.arguments))
