//go:build unix

package ledger_test

import "syscall"

// cpuTime is the process's user + system CPU time in ns: on a shared
// machine the wall time of a benchmark measures the neighbours too. It
// counts the garbage collector's background work as well.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
