package levy_test

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/zhishang/zhishang/levy"
)

// TestDocStatesRegistrationWorkdays: RegistrationDeadline's doc states the
// unexported period's figure (issue 20).
func TestDocStatesRegistrationWorkdays(t *testing.T) {
	src, err := os.ReadFile("rulebook.go")
	if err != nil {
		t.Fatal(err)
	}
	want := "the " + strconv.Itoa(levy.RegistrationWorkdays) + "th working day after it"
	if !strings.Contains(string(src), want) {
		t.Errorf("RegistrationDeadline's doc does not state %q", want)
	}
}
