package pkg

// Test files are not counted.
func Test() {}
