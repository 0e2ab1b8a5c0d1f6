import NodeumAPI
