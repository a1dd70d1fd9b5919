package strictjson

import (
	"errors"
	"testing"
)

func TestDecode(t *testing.T) {
	var v struct {
		A int `json:"a"`
	}
	if err := Decode([]byte(`{"a":1}`), &v); err != nil || v.A != 1 {
		t.Fatalf("%v %v", v, err)
	}
	if err := Decode([]byte(`{"a":1,"b":2}`), &v); err == nil {
		t.Fatal("unknown key accepted")
	}
	if err := Decode([]byte(`{"a":1} {}`), &v); !errors.Is(err, ErrTrailing) {
		t.Fatalf("trailing data: %v", err)
	}
	if err := Decode([]byte(``), &v); err == nil {
		t.Fatal("empty input accepted")
	}
}
