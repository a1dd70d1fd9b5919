package casefile

import (
	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/claims"
)

// The tests name the unexported steps as before (issue 20).
func (f File) Validate() error                                           { return f.validate() }
func (f File) Rulebook(cal *calendar.Calendar) (*claims.Rulebook, error) { return f.rulebook(cal) }
func (f File) Case(rb *claims.Rulebook) (claims.Case, error)             { return f.record(rb) }
