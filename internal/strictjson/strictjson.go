// Package strictjson decodes JSON the way every reader of the library does:
// exactly one value, no unknown keys, nothing after it. A misspelt key is an
// error, never silently ignored.
package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// ErrTrailing is returned when data holds more than one JSON value.
var ErrTrailing = errors.New("unexpected data after the JSON value")

// Decode decodes data into v strictly.
func Decode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return ErrTrailing
	}
	return nil
}
