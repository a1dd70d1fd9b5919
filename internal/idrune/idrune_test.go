package idrune

import "testing"

func TestFault(t *testing.T) {
	for _, r := range []rune{' ', '\t', 0x200B, 0x200D, 0xFE0F, 0x3164, 0xFFA0, 0x115F, 0x2800, 0xFFFD, 0xE000, 0x2028, 0x00AD} {
		if Fault(r) == "" {
			t.Errorf("U+%04X allowed", r)
		}
	}
	for _, r := range []rune{'a', 'Z', '0', '-', '#', '订', 'Ｘ', 'é', 'а'} {
		if why := Fault(r); why != "" {
			t.Errorf("U+%04X refused: %s", r, why)
		}
	}
}
