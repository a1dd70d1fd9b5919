//go:build unix

package jsontest

import (
	"syscall"
	"time"
)

// CPUTime is the process's CPU time (user and system, every thread: the
// garbage collector's work counts), which other processes on a shared
// machine do not inflate as they do wall time. Benchmarks report it per
// operation as cpu-ns/op.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
