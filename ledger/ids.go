package ledger

import (
	"fmt"
	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/idrune"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/errzh"
	"github.com/zhishang/zhishang/internal/redact"
)

// maxIDBytes is the longest ID (a receipt's, a collection record's, a
// platform's, a posting's, a counterparty's, a payment's) the package
// accepts, in bytes of UTF-8. A posting ID the package derives (Origin) may
// be longer: it adds a prefix and a number to an ID of at most this length.
const maxIDBytes = 256

// code bad_id is wrapped by every *idError: an ID that is empty, longer than
// maxIDBytes, not UTF-8, or holds a character nobody can see (validID).
var errBadID = errcode.New("bad_id", errcode.Stop,
	"ledger: invalid ID",
	"编号不合要求（过长、不是 UTF-8 文本，或含有看不见的字符）")

// idError is an ID refused by validID: where and why. It never holds the ID
// itself (an ID may carry an identity number, 第七十九条), only the
// character refused, as U+XXXX; the error that wraps it says which record
// and field. errors.Is(err, code bad_id) holds.
type idError struct {
	// Offset is the byte offset of the character refused, or -1 when the ID
	// as a whole is (empty, too long).
	Offset int
	// Rune is the character refused (utf8.RuneError for a byte that is not
	// UTF-8); 0 when Offset is -1.
	Rune rune
	// Reason says why, in a few words.
	Reason string
}

func (e *idError) Error() string {
	if e == nil {
		return "invalid ID"
	}
	if e.Offset < 0 {
		return "invalid ID: " + e.Reason
	}
	return fmt.Sprintf("invalid ID: %s (U+%04X at byte %d)", e.Reason, e.Rune, e.Offset)
}

// Unwrap returns code bad_id.
func (e *idError) Unwrap() error { return errBadID }

// validID checks an ID that comes from outside: a receipt's, a collection
// record's, a platform's (a bill's too), a posting's, a counterparty's, a
// payment's, an insurer's, a worker's. IDs are compared byte for byte, so
// two IDs that look the same must be the same bytes, or one record counts
// twice. Refused, as an *idError (code bad_id):
//
//   - the empty ID, and one longer than maxIDBytes;
//   - bytes that are not UTF-8;
//   - a character that is not graphic (!unicode.IsGraphic: controls Cc,
//     format characters Cf such as U+200B ZERO WIDTH SPACE, U+200D ZERO
//     WIDTH JOINER, U+2060 WORD JOINER, U+FEFF, U+00AD SOFT HYPHEN, the
//     bidirectional controls and the tag characters, private use Co,
//     surrogates Cs, unassigned Cn, line and paragraph separators Zl, Zp);
//   - white space (unicode.White_Space: the space, U+00A0, U+3000 and the
//     other Zs, tab and line breaks): an ID is one word, and a trailing
//     space is invisible;
//   - a default-ignorable code point: unicode.Other_Default_Ignorable_Code_Point
//     (among them the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, U+034F
//     COMBINING GRAPHEME JOINER, U+17B4, U+17B5), unicode.Variation_Selector
//     (U+FE00–FE0F, U+E0100–E01EF, the Mongolian U+180B–180D, U+180F) and
//     the Cf above, which with them make up Unicode's
//     Default_Ignorable_Code_Point;
//   - Braille (unicode.Braille, U+2800–28FF): U+2800 BRAILLE PATTERN BLANK
//     is graphic but shows nothing, and no ID is written in Braille.
//
// The tables are the standard library's (package unicode), not a hand
// list. Letters, digits, marks and symbols of every script pass, and
// punctuation such as '#' and ':' too: an ID is never parsed (Origin).
// Two IDs that differ only in Unicode normalization (é as one code point or
// as e + U+0301) or in look-alike letters of two scripts are not caught.
func validID(s string) error {
	if s == "" {
		return &idError{Offset: -1, Reason: "empty"}
	}
	if len(s) > maxIDBytes {
		return &idError{Offset: -1, Reason: "longer than " + strconv.Itoa(maxIDBytes) + " bytes"}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf { // ASCII: the graphic characters but the space
			if c <= ' ' || c == 0x7f {
				return &idError{Offset: i, Rune: rune(c), Reason: "a control character or white space"}
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if why := invisible(r, w); why != "" {
			return &idError{Offset: i, Rune: r, Reason: why}
		}
		i += w
	}
	return nil
}

// invisible says why r may not stand in an ID, or "": internal/idrune, the
// rule eligibility's IDs follow too (U+FFFD written out is refused as well).
func invisible(r rune, _ int) string { return idrune.Fault(r) }

// OriginKind is the kind of outside document a posting the package builds
// books.
type OriginKind string

// The kinds of document the package books, and the prefix of the posting
// IDs it derives for them.
const (
	// TreasuryReceipt: a line of the treasury's receipt report (Receipt),
	// booked by Reconcile as levy income or held in suspense (第十七、十八条).
	TreasuryReceipt OriginKind = "treasury-receipt"
	// SuspenseClearing: the clearing into income, by Reconcile, of a receipt
	// held in suspense; Ref is the receipt's ID.
	SuspenseClearing OriginKind = "suspense-clear"
	// BenefitPayment: an insurer's payment booked by Settle (第五十七条).
	BenefitPayment OriginKind = "benefit-paid"
	// InsurerSettlement: an insurer's monthly settlement (Settle); Ref is
	// the insurer and Month the month of the payments.
	InsurerSettlement OriginKind = "insurer-settlement"
)

var originKinds = [...]OriginKind{TreasuryReceipt, SuspenseClearing, BenefitPayment, InsurerSettlement}

// Origin says which outside document (原始单据: a line of the treasury's
// receipt report, 第十七条; an insurer's payment or monthly settlement,
// 第五十七条) a posting books, for the postings the package builds
// (Reconcile, Settle): the kind of document and its ID are
// kept as fields, so that nothing is ever parsed back out of a posting's
// ID, and the posting's ID is derived from them (PostingID), one-to-one.
// The zero Origin is a posting the host wrote.
//
// Post keeps one posting per document on the books: a second posting with
// the same Kind, Ref and Month while the first is not reversed is
// ErrAlreadyBooked. A document booked, reversed and booked again takes the
// next Seq, so a new ID.
type Origin struct {
	Kind OriginKind `json:"kind"`
	// Ref is the document's own ID (the receipt's, the payment's; the
	// insurer's for a settlement), as validID accepts it.
	Ref string `json:"ref"`
	// Month is the month of an InsurerSettlement, and zero for the others.
	Month calendar.Month `json:"month,omitzero"`
	// Seq numbers the bookings of the document: 1 the first; 2, 3… after
	// the earlier ones were reversed.
	Seq int `json:"seq"`
}

// isZero reports whether o is the zero Origin (a posting the host wrote).
func (o Origin) isZero() bool { return o == Origin{} }

// postingID returns the ID of the posting that books o:
//
//	<kind>:<ref>            the first booking (Seq 1)
//	<kind>#<seq>:<ref>      a later one (Seq 2, 3…)
//
// with ":<month>" (YYYY-MM) after the ref of an InsurerSettlement:
// "treasury-receipt:T1", "treasury-receipt#2:T1", "suspense-clear:T1",
// "benefit-paid:P1", "insurer-settlement:I:2026-04". It is one-to-one: the
// kind ends at the first ':' or '#', the number (digits) at the next ':',
// and the month is the text after the last ':'; the ref is the rest,
// whatever it holds. No posting the host writes may take an ID of this form
// (code reserved_id), so no document's ID can stand for another's.
func (o Origin) postingID() string {
	var b strings.Builder
	b.Grow(len(o.Kind) + len(o.Ref) + 16)
	b.WriteString(string(o.Kind))
	if o.Seq != 1 {
		b.WriteByte('#')
		b.WriteString(strconv.Itoa(o.Seq))
	}
	b.WriteByte(':')
	b.WriteString(o.Ref)
	if o.Kind == InsurerSettlement {
		b.WriteByte(':')
		b.WriteString(o.Month.String())
	}
	return b.String()
}

// reserved reports whether id has the form of a posting ID the package
// derives (a kind of Origin followed by ':' or '#').
func reserved(id string) bool {
	for _, k := range originKinds {
		if len(id) > len(k) && id[:len(k)] == string(k) && (id[len(k)] == ':' || id[len(k)] == '#') {
			return true
		}
	}
	return false
}

// check checks o as the Origin of the posting p (o is not zero).
func (o Origin) check(p *Posting) error {
	known := false
	for _, k := range originKinds {
		known = known || o.Kind == k
	}
	switch {
	case !known:
		return badPosting(p.ID, "外部单据：种类 %s 不在列表中", "origin: unknown kind %s", echo(string(o.Kind)))
	case o.Seq < 1:
		return badPosting(p.ID, "外部单据：记账次序 %s（应为 1 或更大）", "origin: booking number %s (want 1 or more)", redact.Value(strconv.Itoa(o.Seq)))
	case (o.Kind == InsurerSettlement) == o.Month.IsZero():
		return badPosting(p.ID, "外部单据：月份只用于、且必须用于商业保险机构的月度结算", "origin: a month is for an insurer settlement, and only for one")
	case p.Reverses != "":
		return badPosting(p.ID, "外部单据：记外部单据的凭证不冲销凭证", "origin: a posting that books a document reverses nothing")
	case o.Kind == SuspenseClearing && p.Clears == "":
		return badPosting(p.ID, "外部单据：%s 凭证应冲抵一笔暂收款", "origin: a %s posting clears a receipt held in suspense", o.Kind)
	case o.Kind != SuspenseClearing && p.Clears != "":
		return badPosting(p.ID, "外部单据：%s 凭证不冲抵暂收款", "origin: a %s posting clears nothing", o.Kind)
	}
	if err := validID(o.Ref); err != nil {
		return errzh.With(fmt.Errorf("%w %s: origin: ref: %w", errBadPosting, echo(p.ID), err), "凭证 %s：外部单据：单据编号：%s", echo(p.ID), errzh.Of(err))
	}
	if want := o.postingID(); p.ID != want {
		return errzh.With(fmt.Errorf("%w: posting %s says it books %s %s (booking %s), whose posting ID is %s", errReservedID, echo(p.ID), o.Kind, echo(o.Ref), redact.Value(strconv.Itoa(o.Seq)), echo(want)),
			"凭证 %s 写明所记为 %s %s（第 %s 次记账），其凭证编号应为 %s", echo(p.ID), o.Kind, echo(o.Ref), redact.Value(strconv.Itoa(o.Seq)), echo(want))
	}
	return nil
}

// originKey is a document: an Origin without its booking number.
type originKey struct {
	kind  OriginKind
	ref   string
	month calendar.Month
}

func (o Origin) key() originKey { return originKey{o.Kind, o.Ref, o.Month} }

// bookings is what the journal knows of a document's postings.
type bookings struct {
	live int // 1 + the index of the posting that books it and is not reversed; 0 for none
	last int // the highest Seq on the books
}

// echo is s as an error message shows it: quoted, anything shaped like an
// identity number masked with '*' (redact.Mask: a run of 15 or more
// digits, or 14 or 17 and X, ASCII or full width; 第七十九条), every byte
// that is not UTF-8 and every character that does not print replaced
// (strconv.Quote would write it as \x85 or \u2000, hex digits that could
// complete that shape), and cut to 64 bytes ("…" inside the quotes).
func echo(s string) string { return strconv.Quote(redact.Short(s, 64)) }
