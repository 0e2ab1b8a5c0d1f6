// The simulated Nodeum API server (Hummingbird + SQLite); see the simulator issue.
import NodeumAPI
