package strictjson

import (
	"io"

	"github.com/zhishang/zhishang/jsonerr"
)

// ReadAll reads r to its end, at most max bytes (jsonerr.MaxBytes when max
// ≤ 0): a longer input is refused with a *jsonerr.Error (ErrTooLarge) after
// max+1 bytes, never read whole. It is for the tools that hand files to the
// readers (the examples, the golden runner: they check a regular file's
// size first, and refuse it with TooLarge); the library's packages read
// bytes their host gives them.
func ReadAll(r io.Reader, max int) ([]byte, error) {
	if max <= 0 {
		max = jsonerr.MaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > max {
		return nil, TooLarge(max, "more")
	}
	return data, nil
}

// TooLarge is the refusal of an input of size bytes (a count, or "more")
// over the limit max: for a reader that knows a file's size before it
// reads it.
func TooLarge(max int, size string) error {
	return &jsonerr.Error{Err: jsonerr.ErrTooLarge, Offset: -1, Limit: max, Detail: size + " bytes"}
}
