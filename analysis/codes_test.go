package analysis_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhishang/zhishang/analysis"
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/codetest"
	"github.com/zhishang/zhishang/levy"
)

func TestCodes(t *testing.T) { codetest.Check(t, analysis.Codes()) }

// A Problem marshals itself: its error as its code and Chinese text, never
// the English message; read back, the error matches its code.
func TestProblemJSON(t *testing.T) {
	p := analysis.Problem{Kind: analysis.ProblemPlatform, ID: "platform-z", Month: calendar.MustParseMonth("2026-03"), Orders: 5,
		Scenario: analysis.Both, Err: fmt.Errorf("levy: platform-z: %w", levy.ErrNoLevel)}
	data, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"platform","id":"platform-z","month":"2026-03","orders":5,"scenario":"both",
		"error":{"code":"no_level","chinese":"`+levy.ErrNoLevel.Chinese()+`"}}`, string(data))
	var back analysis.Problem
	require.NoError(t, json.Unmarshal(data, &back))
	assert.ErrorIs(t, back.Err, levy.ErrNoLevel)
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, string(data), string(again))
	c := analysis.Problem{Kind: analysis.ProblemCase, ID: "#2", Scenario: analysis.Current}
	data, err = json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"case","id":"#2","scenario":"current","error":null}`, string(data))
	assert.Error(t, json.Unmarshal([]byte(`{"kind":"case","id":"x","scenario":"current","error":null,"extra":1}`), &back))
}
