package claims_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/claims"
	"github.com/zhishang/zhishang/explain"
	"github.com/zhishang/zhishang/internal/zhcheck"
)

// Every attribution of the golden cases explains itself in Chinese, with
// the same orders, platforms and instants (第二十八条).
func TestAttributionZH(t *testing.T) {
	files, err := filepath.Glob("../testdata/golden/claims/attribution-*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var c struct {
			Input struct {
				Accident claims.Accident `json:"accident"`
				Orders   []claims.Order  `json:"orders"`
			} `json:"input"`
		}
		require.NoError(t, json.Unmarshal(data, &c), f)
		a, err := book(t).Attribute(c.Input.Accident, c.Input.Orders)
		if err != nil {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			zh := a.Explain(explain.Chinese)
			zhcheck.Check(t, a.Reasons, zh, true)
			assert.Regexp(t, `第二十八条`, zh[0])
		})
	}
}

func TestCheckExplainZH(t *testing.T) {
	c, err := book(t, claims.DefaultRules()).CheckMaterials(claims.Application{
		Situation: claims.SituationOrderAccident,
		Submitted: []claims.Material{claims.MatApplicationForm, claims.MatIdentity, claims.MatScene, claims.MatOrderData,
			claims.MatDiagnosis, claims.MatConsent, claims.MatPoliceProof},
	})
	require.NoError(t, err)
	zhcheck.Check(t, c.Explain(explain.English), c.Explain(explain.Chinese), true)
	assert.Contains(t, c.Explain(explain.Chinese)[len(c.Explain(explain.Chinese))-1], "第二十五条")
}

func TestAttributionZHZeroValues(t *testing.T) {
	assert.NotPanics(t, func() {
		assert.Nil(t, claims.Attribution{}.Explain(explain.Chinese))
		assert.Nil(t, claims.Attribution{Outcome: claims.Responsible}.Explain(explain.Chinese))
		_ = claims.Check{}.Explain(explain.Chinese)
	})
}
