package levy_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/zhishang/zhishang/levy"
)

// 第十六条's words for each adjustment, word for word: 多缴 is returned
// (退还), 少缴 is made up (补足) (issue 19: a changed word in a hand-written
// Chinese name survived every test).
func TestAdjustmentKindChineseWordForWord(t *testing.T) {
	for k, zh := range map[levy.AdjustmentKind]string{
		levy.Refund: "退还多缴", levy.TopUp: "补足少缴", levy.NoneDue: "无需退补", "sideways": "",
	} {
		assert.Equal(t, zh, k.Chinese(), "%s", k)
	}
}
