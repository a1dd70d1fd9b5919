package levycount

import (
	"encoding/json"
	"fmt"
)

// itemWire is an item's form on the wire: the execution in the library's
// JSON form (eligibility.Execution's tags).
type itemWire struct {
	File    string          `json:"f"`
	Line    int64           `json:"l"`
	Err     string          `json:"e,omitempty"`
	OrderID string          `json:"o,omitempty"`
	Exec    json.RawMessage `json:"x,omitempty"`
	Repeats int64           `json:"r,omitempty"`
}

func encodeItem(it item) ([]byte, error) {
	w := itemWire{File: it.File, Line: it.Line, Err: it.Err, OrderID: it.OrderID, Repeats: it.Repeats}
	if it.Err == "" {
		x, err := json.Marshal(&it.Exec)
		if err != nil {
			return nil, fmt.Errorf("levycount: %s line %d: %w", it.File, it.Line, err)
		}
		w.Exec = x
	}
	return json.Marshal(w)
}

func decodeItem(data []byte) (item, error) {
	var w itemWire
	if err := json.Unmarshal(data, &w); err != nil {
		return item{}, fmt.Errorf("levycount: item: %w", err)
	}
	it := item{File: w.File, Line: w.Line, Err: w.Err, OrderID: w.OrderID, Repeats: w.Repeats}
	if len(w.Exec) > 0 {
		if err := json.Unmarshal(w.Exec, &it.Exec); err != nil {
			return item{}, fmt.Errorf("levycount: item: %w", err)
		}
	}
	return it, nil
}
