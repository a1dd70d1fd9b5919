package calendar

import (
	"encoding/binary"

	"github.com/zhishang/zhishang/errcode"
)

// errDateBinary (bad_binary_date) is returned by Date.UnmarshalBinary for data that is not
// what MarshalBinary writes.
var errDateBinary = errcode.New("bad_binary_date", errcode.Stop,
	"calendar: malformed binary date (want 4 bytes: days since 0000-12-31, big-endian, 0 for the zero Date)",
	"二进制日期数据不合要求（应为4个字节）")

// MarshalBinary implements encoding.BinaryMarshaler: four bytes, big-endian,
// the number of days from 0000-12-31 to d (0001-01-01 is 1), and 0 for the
// zero Date. The encoding sorts as the dates do.
func (d Date) MarshalBinary() ([]byte, error) {
	return binary.BigEndian.AppendUint32(make([]byte, 0, 4), uint32(d.n)), nil
}

// AppendBinary implements encoding.BinaryAppender (see MarshalBinary).
func (d Date) AppendBinary(b []byte) ([]byte, error) {
	return binary.BigEndian.AppendUint32(b, uint32(d.n)), nil
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler: it reads what
// MarshalBinary writes, and refuses anything else (a length other than 4, or
// a day after 9999-12-31, or a nil *Date) with the code bad_binary_date.
func (d *Date) UnmarshalBinary(b []byte) error {
	if d == nil || len(b) != 4 {
		return errDateBinary
	}
	n := binary.BigEndian.Uint32(b)
	if n > maxN {
		return errDateBinary
	}
	*d = Date{n: int32(n)}
	return nil
}
