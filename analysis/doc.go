// Package analysis is 第七十六条 of 沪人社福〔2025〕373号: the running
// analysis of the scheme (运行情况分析, 第一款) and the measurement made
// beforehand whenever the levy rates or the benefit levels are to be
// adjusted (专项测算分析, 第二款: 支持政策决策，评估风险与效率).
//
// It holds no rule of its own. Every amount is what the library's rule
// packages give:
//
//   - income is the levy billed (应缴费额): levy.Setup.Rulebook (levy.NewRulebook)
//     and levy.Rulebook.Bills on the counted orders of an eligibility.Tally,
//     each platform's month one bill (第十一、十二、十四条);
//   - expenditure is the fund's benefit payments: for each case,
//     benefits.NewRulebook over benefits.DefaultParams with the case's own
//     values laid over them (as a benefits case file gives them), then
//     benefits.Rulebook.Compute and Rulebook.Schedule for the months analysed
//     (第三十八至四十、四十五条);
//   - the special account's balance and the levy collected are the books'
//     (ledger.Journal.Total, Balance; 第四十七、四十九条);
//   - the claims' stages and missed deadlines are claims.Rulebook.Deadlines'
//     (第二十一至二十七、四十四条).
//
// # Reform measurement (专项测算)
//
// A Reform is a set of dated parameter values laid over the current ones
// (param.Value, as param.Parse reads them: a base amount per order, a benefit
// ratio, a pension share, the nursing base …) and platform terms that replace
// a platform's current terms (levy.Terms: first enrolment, instant-delivery
// level, floating). Reform.Setup and Reform.CaseParameters write the reformed
// levy setup and case parameters, the very files a host would give
// examples/monthly-levy and examples/benefit-calculator; Measure computes
// the same data under the current policy and under the reformed one, with
// the same library calls, and returns each figure current, reformed and the
// difference: income by platform, industry and month, expenditure by item,
// case and month, who pays or receives more or less (Distribution, in the
// five bands PolicyEngine and LexImpact show a reform's winners and losers
// in), and the risk and efficiency figures under both (Risk). The reformed
// figures are, to the fen, what levy and benefits give when run with the
// reformed parameters: a test runs both.
//
// # Cost
//
// The analysis reads tallies (platform × industry × day, as
// eligibility.Batch, examples/monthly-levy and the Beam pipeline in beam/
// make them; beam/cmd/levy-pipeline --tallies writes its count's) and case lists, never orders: its cost grows with the platforms,
// industries and days of the months analysed (a bill reads each day of its
// month for each industry) and with the cases (an award and its schedule
// each), whatever the number of orders behind the tally. A city's month of
// orders is first counted elsewhere, once. TestCostFollowsCellsNotOrders
// measures a month of a thousand and of a billion orders a cell alike;
// BenchmarkMeasureCityMonth (50 platforms × 3 industries × 31 days, 4.65
// billion orders, and 103 cases, both policies) takes about 90 ms and 25 MB
// on the project machine (2 shared cores, load about 16).
//
// # Readings
//
//   - Income is what the bills say the platforms owe for the months
//     analysed (第十四条, accrual by fee month), not what the treasury
//     received (the books' levy income, Books.Collected, is the cash view).
//   - Expenditure is the benefit items of 第五章 a case's award pays in the
//     months analysed (Rulebook.Schedule: one-time items in the month due,
//     periodic items each month). Medical costs (第三十二至三十七条) are the
//     bills' own amounts, which no parameter changes: they are not counted.
//     The platform's own lines (第四十六条) are never the fund's.
//   - A figure that cannot be computed under one of the two policies (a
//     platform without terms, a case that lacks a parameter) is left out of
//     both columns and listed as a Problem, so that the difference compares
//     like with like; the rest is computed (部分结果).
//   - A platform's month is one bill, its lines rounded half up to the fen
//     once (第十四条): figures add up over platforms, months and cases, not
//     over parts of one platform's month (the rounding is per line).
//   - A reform value routed by its name: levy.* values (and the 《实施办法》's
//     commencement, which both read) to the levy setup, the others to each
//     case's parameters. A value replaces the current value of the same name
//     and from date (param.Set.With's rule); other values are added.
//
// # JSON
//
// The results write their own JSON (Figure, Row, Cell, Distribution,
// Amount, Books, Claims, Problem): every amount a string with two decimals,
// the counts and sums a host could add up itself (a distribution's more,
// less and same, claims' cases and deadlines) written for it; each reads
// back what it writes, strictly. examples/what-if -json prints them and the
// golden cases expect them: one wire shape.
//
// The package reads no file and no clock: the host passes the tallies, cases,
// books and the day the claims are judged on (Data.AsOf).
package analysis
