package ledger

// Who is on the other side of a posting: a closed list of kinds, each with
// the term a clerk reads.

import (
	"fmt"

	"github.com/zhishang/zhishang/errcode"
	"github.com/zhishang/zhishang/internal/errzh"
)

// Counterparty is who is on the other side of a posting: its kind and its
// ID (a platform's, an insurer's, a worker's; validID).
//
//	ledger.Counterparty{Kind: ledger.PlatformParty, ID: "platform-b"}
type Counterparty struct {
	Kind CounterpartyKind `json:"kind"`
	ID   string           `json:"id"`
}

// CounterpartyKind is the kind of a counterparty, one of a closed list;
// its text is the JSON a snapshot holds. The zero CounterpartyKind is no
// kind: Post refuses a posting without one (code bad_posting), and
// UnmarshalText refuses it.
//
//	var k ledger.CounterpartyKind
//	err := k.UnmarshalText([]byte("platform")) // ledger.PlatformParty
type CounterpartyKind string

// The kinds of counterparty.
const (
	// PlatformParty: a platform enterprise (平台企业), which pays the levy
	// (第十、十四条) and is refunded (第十六条).
	PlatformParty CounterpartyKind = "platform"
	// InsurerParty: the commercial insurer (商业保险机构) that pays the
	// benefits and is settled with monthly (第五十七条).
	InsurerParty CounterpartyKind = "insurer"
	// WorkerParty: a gig worker (新就业形态人员), paid a benefit (第五十条).
	WorkerParty CounterpartyKind = "worker"
	// TreasuryParty: the treasury (国库), where the levy enters (第十七、十八条).
	TreasuryParty CounterpartyKind = "treasury"
	// BankParty: the bank of the special account (银行): its interest
	// (第四条) and opening balance.
	BankParty CounterpartyKind = "bank"
	// PayeeParty: another payee (收款单位) of the fund's expenditure, such
	// as an assessment fee's or a service fee's (第五十条).
	PayeeParty CounterpartyKind = "payee"
)

// code bad_counterparty: a CounterpartyKind that is none of the list (the
// zero one among them), given to parseCounterpartyKind, read from JSON or
// on a posting (where it wraps code bad_posting too).
var errBadCounterparty = errcode.New("bad_counterparty", errcode.Stop,
	"ledger: unknown counterparty kind",
	"对方单位种类不在列表中（平台企业、商业保险机构、新就业形态人员、国库、银行、收款单位）：读取账簿或记账时即拒绝，不按任何种类猜测")

// parseCounterpartyKind reads a counterparty kind: "platform", "insurer",
// "worker", "treasury", "bank" or "payee"; anything else, the empty text
// too, is code bad_counterparty (the text quoted, cut to 64 bytes and masked,
// never echoed whole).
func parseCounterpartyKind(s string) (CounterpartyKind, error) {
	switch k := CounterpartyKind(s); k {
	case PlatformParty, InsurerParty, WorkerParty, TreasuryParty, BankParty, PayeeParty:
		return k, nil
	}
	if s == "" {
		return "", errzh.With(fmt.Errorf("%w: no counterparty kind", errBadCounterparty), "没有写往来单位种类")
	}
	return "", errzh.With(fmt.Errorf("%w: %s (want platform, insurer, worker, treasury, bank or payee)", errBadCounterparty, echo(s)), "所填 %s", echo(s))
}

// UnmarshalText reads a counterparty kind as parseCounterpartyKind does,
// so a snapshot (ParseSnapshot) holding an unknown one is refused where it
// is read.
func (k *CounterpartyKind) UnmarshalText(b []byte) error {
	if k == nil {
		return errzh.With(fmt.Errorf("%w: nil *CounterpartyKind", errBadCounterparty), "没有提供往来单位种类（*CounterpartyKind 为 nil）")
	}
	v, err := parseCounterpartyKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Chinese returns the term a clerk reads (平台企业, 商业保险机构,
// 新就业形态人员, 国库, 银行, 收款单位), or "" for a kind not on the list.
func (k CounterpartyKind) Chinese() string {
	switch k {
	case PlatformParty:
		return "平台企业"
	case InsurerParty:
		return "商业保险机构"
	case WorkerParty:
		return "新就业形态人员"
	case TreasuryParty:
		return "国库"
	case BankParty:
		return "银行"
	case PayeeParty:
		return "收款单位"
	}
	return ""
}
