package ledger

import (
	"fmt"
	"strings"

	"github.com/zhishang/zhishang/calendar"
	"github.com/zhishang/zhishang/internal/errzh"
)

// dateZH is dateText in Chinese: the date, or 无日期.
func dateZH(d calendar.Date) string {
	if d.IsZero() {
		return "无日期"
	}
	return d.String()
}

// badPostingZH is code bad_posting for the posting id, what is wrong in
// English (en) and in Chinese (zh).
func badPostingZH(id, zh, en string) error {
	return errzh.With(fmt.Errorf("%w %s: %s", errBadPosting, echo(id), en), "凭证 %s：%s", echo(id), zh)
}

// nameZH is the reason's Chinese name without its article (年度考核不合格):
// the refusal cites 第六十四条 as its English does; the reason's code for
// a value outside the list.
func (e EndReason) nameZH() string {
	zh, _, _ := strings.Cut(e.Chinese(), "（第")
	if zh == "" {
		return echo(string(e))
	}
	return zh
}
