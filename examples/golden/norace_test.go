//go:build !race

package main

// raceEnabled: the race detector is on, and memory figures mean nothing.
const raceEnabled = false
