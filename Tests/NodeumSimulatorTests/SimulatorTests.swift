@testable import NodeumSimulator
