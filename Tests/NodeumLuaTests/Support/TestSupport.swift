// Every test target reaches the shared helpers (TestSimulator, LogCapture, HostileServer)
// without importing them file by file.
@_exported import NodeumTestSupport
