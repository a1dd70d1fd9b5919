package hidden

// H is internal.
func H() {}
