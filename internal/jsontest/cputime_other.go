//go:build !unix

package jsontest

import "time"

var start = time.Now()

// CPUTime falls back to wall time where getrusage is not available.
func CPUTime() time.Duration { return time.Since(start) }
