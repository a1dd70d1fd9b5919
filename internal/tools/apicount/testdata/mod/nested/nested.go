package nested

// N is in a module of its own.
func N() {}
