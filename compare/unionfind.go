package compare

// A unionFind partitions the ids 0…n-1. Each set's root is its smallest
// id, so the roots, and the ids derived from them, do not depend on the
// order of the unions. Renderings (run.parent) and name forms
// (run.formSets) both use it.
type unionFind []int32

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = int32(i)
	}
	return u
}

// find returns the root of x's set, halving the path on the way.
func (u unionFind) find(x int32) int32 {
	for u[x] != x {
		u[x] = u[u[x]]
		x = u[x]
	}
	return x
}

// union joins the sets of a and b under the smaller root.
func (u unionFind) union(a, b int32) {
	a, b = u.find(a), u.find(b)
	if a == b {
		return
	}
	if b < a {
		a, b = b, a
	}
	u[b] = a
}
