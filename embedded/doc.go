// Package embedded is the in-process query engine: a graph.Store over
// edges held in memory, built from fact records and the dictionary.
//
// Edges are indexed by actor in compact arrays whose node numbers follow
// actor-id order, so walking neighbours in number order walks them in id
// order, which is the canonical path order. Searches see the graph through
// a gonum graph view that admits only the edges a query's EdgeFilter
// admits, and use gonum's breadth-first traversal for distances.
package embedded
