package golden_test

// The runner's own tests run the cases of every kind: this file, in the
// external test package, registers them all (an internal test cannot import
// a package that imports the runner).
import _ "github.com/zhishang/zhishang/internal/golden/all"
