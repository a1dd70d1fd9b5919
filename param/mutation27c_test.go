package param_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/param"
)

// Each grade's registered name says its own grade in its title (mutation
// round 14: a title naming the next grade was met by no test).
func TestGradeSpecsTitleTheirGrade(t *testing.T) {
	for g := 1; g <= 10; g++ {
		s, ok := param.Name(fmt.Sprintf("benefits.disability_grant_months.grade%d", g)).Spec()
		require.True(t, ok, g)
		assert.Contains(t, s.Title, fmt.Sprintf("一次性伤残补助金 of grade %d,", g))
	}
}
