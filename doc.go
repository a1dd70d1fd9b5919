// Package zhishang is the root of the library that turns Shanghai's rules
// for gig-worker occupational-injury protection (新就业形态人员职业伤害保障,
// the 2025 procedure 沪人社福〔2025〕373号) into Go. It holds no code: a host
// imports the packages below it. The example shows the first hour (it is
// README.md's first snippet, checked byte for byte).
//
//   - calendar: statutory working days 2019–2026, civil dates and months,
//     every deadline rule (第九、十二、十三、十四、二十一、二十二、二十六、二十七、四十四条)
//   - param: dated parameters with their sources
//   - eligibility: which orders count for the levy, and when (第十条)
//   - levy: rates, the monthly bill and its deadlines, reconciliation,
//     refunds and top-ups (第九、十一至十六条)
//   - claims: application windows, extensions, cover, materials, decision
//     and review deadlines, the case lifecycle (第十九至三十一、四十三、四十四、六十九条)
//   - benefits: every benefit item of 第五章 and the medical claim
//   - ledger: the fund's books
//   - analysis: the running analysis and what-if measurement (第七十六条)
//   - money: amounts of money in whole fen, and the one rounding rule
//   - errcode: the error codes every package's refusals carry
//   - explain: explanations as data (steps with named figures), rendered
//     in Chinese and English by one catalogue of messages a language
//   - jsonerr: the error every JSON reader returns
package zhishang
