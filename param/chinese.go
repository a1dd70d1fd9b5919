package param

// Chinese returns the status's Chinese term: 已核实 (verified), 二手来源
// (secondary), 暂定 (provisional).
func (s Status) Chinese() string {
	switch s {
	case Verified:
		return "已核实"
	case Secondary:
		return "二手来源"
	case Provisional:
		return "暂定"
	}
	return string(s)
}
