//go:build race

package eligibility_test

const raceEnabled = true
