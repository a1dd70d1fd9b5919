// Package benefits computes what the work-injury fund pays for an
// occupational injury under 沪人社福〔2025〕373号 第五章, with the national
// formulas Shanghai follows (人社厅函〔2025〕79号 第三十八、三十九条): the
// one-time disability grant, the monthly disability allowance, the one-time
// allowance, the nursing allowance, the death items, the transitional bases
// of 第四十五条 and the medical costs when a third party is liable
// (第三十四条). Every amount carries its formula, the parameters it used with
// their sources and status, and its articles.
//
// Every payment is a money.Amount, rounded half up to the fen once by the
// library's one rule (money.RoundDiv, money.Round): a one-time item as a
// whole, a periodic item per monthly payment. Wages, ratios, shares and
// factors stay exact decimals (shopspring/decimal). W, the base wage, is never rounded on its own: an amount is
// (annual wage × ratio × factor) ÷ 12, divided last and rounded once.
//
// Readings the package takes (each also in its doc comment): the disability
// base is 60% of W (provisional); survivor pensions and the death items use
// W and the national income of the year of death; pensions start the month
// after the death (provisional); a grade 1–4 worker dying after treatment
// gets the funeral grant and pensions only (provisional); the pensions' sum
// may not exceed 60% of W (人社厅函〔2025〕79号 第三十九条), and pensions at or over it share
// out the cap's total in proportion by largest remainder; a child's pension
// ends with the month of its 18th birthday and the others are recomputed
// from the next month (provisional); 第四十五条 rebases the three periodic
// items of an injury or death before the 《实施办法》 commenced on the 2024
// wage from the commencement month, and its "当年待遇计发标准" for a month is
// the standard at the W for injuries in that month's year; a level once
// raised is kept.
//
// Everything the package computes from configuration is a method of a
// Rulebook, built once by NewRulebook from a parameter set (DefaultParams,
// or DefaultParams().With(the host's values)) and the host's Rules, and
// checked there: a set the check refuses reaches no computation. Each
// Award, Needs and ClaimResult records the rulebook's Fingerprint.
//
//	rb, err := benefits.NewRulebook(benefits.DefaultParams(), benefits.Rules{})
//	a, err := rb.Compute(c)               // the award (第三十八至四十二条, 第四十五条)
//	pay, err := rb.Schedule(a, from, to)  // its payments, month by month
//	needs, err := rb.Needs(c)             // what the case lacks, at once
//	r, err := rb.Assess(claim)            // a medical claim (第三十二至三十七条)
//
// The 《实施办法》's commencement and the 2024 wage are parameters
// (paramCommencement, ParamWage2024 or ParamWage for 2025), used by every
// case. The commencement is embedded once, in param.Defaults, for levy and
// benefits alike: 2025-07-01, provisional (the day Shanghai's expanded pilot
// began under 沪人社规〔2025〕17号); a host overrides it with its own value
// (NewRulebook checks the set once). So today's injuries compute without the
// host supplying it. Needs lists, at once, every parameter a case lacks and
// every provisional value its award rests on. An Award round-trips through
// JSON (ParseAward); every amount the package writes is a money.Amount, a
// string with exactly two decimals. Package benefits/casefile reads the case file the
// calculator example and the golden cases use.
//
// # Errors
//
// Every refusal carries an errcode.Code; Codes lists every code the package
// uses. The exported ones are those a host branches on with errors.Is
// (ErrNotCovered, ErrDeathNotCovered, ErrMissingBase with its
// *MissingBaseError naming the figure and year, ErrNoThirdPartyBasis,
// ErrDuplicateBill); on the others a host acts by errcode.Of(err).Action()
// (stop, or fix the call) or compares errcode.Of(err).Code() with the id
// Codes lists (bad_case, bad_medical_claim, …). A medical claim's error
// names the place (bills[2].lines[0].amount) in its message.
//
// # Limits of a medical claim
//
// A medical claim has at most 1000 bills and 10000 lines in all, a bill's
// ID at most 64 bytes, a name or an item at most 256 bytes (Validate). Its
// JSON (ParseMedicalClaim) is at most MaxClaimJSONBytes (1 MiB), nested at
// most 8 deep, a string at most 1024 bytes as written, a bare number or
// literal at most 32 bytes, and at most 20000 list items in all; each is
// checked in one pass before anything is parsed. A claim over a limit is
// refused with the code claim_limit.
//
// # Speed
//
// An award takes microseconds and a few dozen allocations, a month's payroll
// of a million awards under a second (the targets are 5 µs an award and 5 s
// for a million-case payroll; figures in BENCHMARKS.md). Amounts are rounded
// by money.RoundDiv in 64 and 128-bit integers wherever the coefficients
// allow (the decimal arithmetic gives the same results otherwise, and
// money's tests check both agree); formulas and notes are built only when
// asked for (Item.Formula, Award.Explain, JSON); a Payroll
// computes each 第四十五条 level once a month.
//
// Explanations are data (package explain): a formula, a note and a line of
// an award are steps with named figures (a rule key, its articles, each
// figure as text), and Award.Explain renders the same steps in
// explain.English (for developers) or explain.Chinese (for clerks) through the templates
// Messages lists, one list a language. An award's JSON keeps the steps of
// its formulas ("steps") and notes ("note_steps"), so an award read back
// explains itself in both languages, in the wording of the library that
// reads it; steps it does not know are refused (bad_award). An award
// written before the steps were kept still reads: its formulas and notes
// are then its English text, in either language.
package benefits
