//! Runs the peers' public test suites through our public API and prints
//! pass rates.
//!
//! ```text
//! cargo run --release --example conformance -- PEERS_DIR [--failures] [--out-of-scope] [--wrong]
//!     [--file NAME] [--min "RT NumberModel=0.97,…"] [--min-subject "…"] [--max-wrong "RT PercentModel=20,…"]
//! ```
//!
//! `PEERS_DIR` is the shared `peers` folder (`../shared/peers` from the crate
//! root) with `recognizers-text/`, `jionlp/` and `duckling/`. The crate's own
//! tests never read it; CI runs this example. Inputs are fed as given.
//!
//! Every case is classified before it is compared, by the rules of
//! `examples/conformance/scope.txt` (class, pattern, same subject matter or
//! not, why out of scope):
//!
//! - **out of scope**: the case asks for something `SPEC.md` does not cover
//!   (times of day, weekdays, holidays, lunar dates, lengths, fractions …).
//!   Such cases are counted per file with their reason, never hidden.
//! - **in scope**: compared with our API. Where our convention differs from
//!   the peer's on purpose (月初 = days 1–10, inclusive interval ends, a bare
//!   month in the reference year …) the peer's expectation is converted to
//!   our convention first and the conversion is counted as a `DIFFERENCE`
//!   class, so it can be documented; such passes are counted apart.
//!
//! Each file is run three times: (a) SPEC's scope; (b) also the classes the
//! table marks as the library's subject matter (numbers, money, percentages,
//! dates in forms SPEC does not spell out); (c) every rule-based exclusion
//! lifted, to count the cases where we give a *wrong* fact (one whose value
//! disagrees with the peer's for the whole expected span, or for a part of
//! it) rather than none.
//!
//! Numbers are compared with [`parse_number`] on the peer's matched text;
//! money, percentages and areas with the [`Extractor`] on the peer's input;
//! dates with [`resolve_date`] on the matched text (falling back to the
//! extractor's date facts) at the case's reference date.
//!
//! Output: one block per file ((a), (b) and (c) figures, out-of-scope
//! reasons with `[b]` on the same-subject ones, differences with their
//! passes), then one summary line per suite group. `--failures` lists every
//! failing (a) case (input, expected, got), `--out-of-scope` every skipped
//! case with its reason, `--wrong` the (c) cases grouped by class (`WRONG`:
//! the whole span, `PARTIAL`: a part of it); `--file NAME` restricts the
//! per-file blocks and the lists to files whose name contains `NAME` (the
//! summary always covers everything). `--min` and `--min-subject` set (a)
//! and (b) pass-rate floors per group, `--max-wrong` (c) ceilings (a key
//! matches the first group whose name contains it; `RT` abbreviates
//! `Recognizers-Text`).
//!
//! Exit code: 0; 1 when a floor or ceiling is missed; 2 when a file cannot
//! be read or parsed, or the arguments are wrong (one line on stderr).

use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::ops::Range;
use std::path::Path;
use std::process::ExitCode;
use std::str::FromStr;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{LazyLock, OnceLock};

use chrono::{Datelike, Days, NaiveDate};
use regex::Regex;
use rust_decimal::Decimal;
use serde_json::Value;
use zhfacts::{
    Currency, DateFact, Document, Extractor, Fact, FactData, Granularity, Money, Percent,
    PercentUnit, parse_number, resolve_date,
};

#[path = "conformance/common.rs"]
mod common;
#[path = "conformance/others.rs"]
mod others;
#[path = "conformance/rt.rs"]
mod rt;
#[path = "conformance/scope.rs"]
mod scope;

use common::*;
use others::*;
use rt::*;
use scope::*;

// ---------------------------------------------------------------------------
// Suites, files and groups
// ---------------------------------------------------------------------------

/// How the cases of one file are read and compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Suite {
    /// Recognizers-Text `NumberModel`: numbers, compared with `parse_number`.
    RtNumber,
    /// Recognizers-Text number ranges (大于…小于…): no counterpart in our API.
    RtNumberRange,
    /// Recognizers-Text `PercentModel`.
    RtPercent,
    /// Recognizers-Text `CurrencyModel`.
    RtCurrency,
    /// Recognizers-Text `DimensionModel` (areas in scope, the rest not).
    RtDimension,
    /// Recognizers-Text date parsers and datetimeV2 models (resolved values).
    RtDateResolved,
    /// Recognizers-Text date extractors (spans only).
    RtDateExtractor,
    /// JioNLP `parse_money`.
    JioMoneyParser,
    /// JioNLP `extract_money` (spans only).
    JioMoneyExtractor,
    /// JioNLP `parse_time`.
    JioTimeParser,
    /// JioNLP `extract_time` (spans only).
    JioTimeExtractor,
    /// JioNLP cases disabled upstream (commented out in the test source).
    JioDisabled,
    /// JioNLP inputs without expected values (upstream TODO list).
    JioTodo,
    /// Duckling `Numeral` corpus.
    DucklingNumeral,
    /// Duckling `AmountOfMoney` corpus.
    DucklingMoney,
    /// Duckling `Time` corpus.
    DucklingTime,
}

/// The summary groups, in print order. The first eight are the ones CI
/// watches; a `--min` key picks the first group whose name contains it.
const GROUPS: &[&str] = &[
    "Recognizers-Text NumberModel",
    "Recognizers-Text PercentModel",
    "Recognizers-Text CurrencyModel",
    "JioNLP money parser",
    "RT date/date-period parsers",
    "JioNLP time parser",
    "Duckling numeral",
    "Duckling money",
    "Recognizers-Text DimensionModel",
    "Recognizers-Text NumberRangeModel",
    "RT DateTimeModel",
    "RT date extractors",
    "JioNLP extractors",
    "Duckling time",
    "JioNLP without expectations",
];

/// One known file of the peers folder: folder, file name, suite, group.
struct Known {
    folder: &'static str,
    name: &'static str,
    suite: Suite,
    group: &'static str,
}

/// Every test-suite file we run. A missing or unreadable one is an error
/// (exit code 2): the summary would silently shrink otherwise.
const FILES: &[Known] = &[
    k(
        "recognizers-text",
        "Number_NumberModel.json",
        Suite::RtNumber,
        0,
    ),
    k(
        "recognizers-text",
        "Number_PercentModel.json",
        Suite::RtPercent,
        1,
    ),
    k(
        "recognizers-text",
        "NumberWithUnit_CurrencyModel.json",
        Suite::RtCurrency,
        2,
    ),
    k(
        "jionlp",
        "money_parser_cases.json",
        Suite::JioMoneyParser,
        3,
    ),
    k(
        "recognizers-text",
        "DateTime_DateParser.json",
        Suite::RtDateResolved,
        4,
    ),
    k(
        "recognizers-text",
        "DateTime_DatePeriodParser.json",
        Suite::RtDateResolved,
        4,
    ),
    k(
        "recognizers-text",
        "DateTime_DateTimeParser.json",
        Suite::RtDateResolved,
        4,
    ),
    k("jionlp", "time_parser_cases.json", Suite::JioTimeParser, 5),
    k("duckling", "numeral.json", Suite::DucklingNumeral, 6),
    k("duckling", "amount_of_money.json", Suite::DucklingMoney, 7),
    k(
        "recognizers-text",
        "NumberWithUnit_DimensionModel.json",
        Suite::RtDimension,
        8,
    ),
    k(
        "recognizers-text",
        "Number_NumberRangeModel.json",
        Suite::RtNumberRange,
        9,
    ),
    k(
        "recognizers-text",
        "Number_NumberRangeModelExperimentalMode.json",
        Suite::RtNumberRange,
        9,
    ),
    k(
        "recognizers-text",
        "DateTime_DateTimeModel.json",
        Suite::RtDateResolved,
        10,
    ),
    k(
        "recognizers-text",
        "DateTime_DateTimeModelExperimentalMode.json",
        Suite::RtDateResolved,
        10,
    ),
    k(
        "recognizers-text",
        "DateTime_MergedParser.json",
        Suite::RtDateResolved,
        10,
    ),
    k(
        "recognizers-text",
        "DateTime_DateExtractor.json",
        Suite::RtDateExtractor,
        11,
    ),
    k(
        "recognizers-text",
        "DateTime_DatePeriodExtractor.json",
        Suite::RtDateExtractor,
        11,
    ),
    k(
        "recognizers-text",
        "DateTime_DateTimeExtractor.json",
        Suite::RtDateExtractor,
        11,
    ),
    k(
        "recognizers-text",
        "DateTime_MergedExtractor.json",
        Suite::RtDateExtractor,
        11,
    ),
    k(
        "jionlp",
        "money_extractor_cases.json",
        Suite::JioMoneyExtractor,
        12,
    ),
    k(
        "jionlp",
        "time_extractor_cases.json",
        Suite::JioTimeExtractor,
        12,
    ),
    k("duckling", "time.json", Suite::DucklingTime, 13),
    k("jionlp", "disabled_cases.json", Suite::JioDisabled, 14),
    k("jionlp", "time_parser_todo_inputs.json", Suite::JioTodo, 14),
];

/// Files of the peers folder that hold observations, not expectations; they
/// are listed in the output but not run.
const NOT_SUITES: &[(&str, &str, &str)] = &[
    (
        "jionlp",
        "observed_pass_fail.json",
        "JioNLP's own pass/fail on its cases",
    ),
    (
        "jionlp",
        "news_probes_observed.json",
        "JioNLP outputs on our probes (observed, not gold)",
    ),
    (
        "jionlp",
        "seed_outputs_pypi_1.5.31.json",
        "JioNLP outputs on the seed articles",
    ),
    (
        "jionlp",
        "seed_outputs_github_783abc5.json",
        "JioNLP outputs on the seed articles",
    ),
];

/// Shorthand for a [`Known`] entry.
const fn k(folder: &'static str, name: &'static str, suite: Suite, group: usize) -> Known {
    Known {
        folder,
        name,
        suite,
        group: GROUPS[group],
    }
}

// ---------------------------------------------------------------------------
// Running and reporting
// ---------------------------------------------------------------------------

/// Appends one line to the report, which `main` writes to stdout once at
/// the end (so `| head` ends the output quietly instead of panicking).
macro_rules! outln {
    ($o:expr) => {
        $o.push('\n')
    };
    ($o:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($o, $($arg)*);
    }};
}

/// The outcomes of one file, in the three modes.
#[derive(Debug)]
struct FileReport {
    /// `folder/name`.
    path: String,
    /// Summary group.
    group: &'static str,
    /// (a) one outcome per case, SPEC's scope.
    cases: Vec<CaseOutcome>,
    /// (b) the same cases, same-subject classes compared too.
    subject: Vec<CaseOutcome>,
    /// (c) the same cases, every readable expectation compared.
    all: Vec<CaseOutcome>,
}

/// Counts of one set of outcomes.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    /// Cases.
    cases: usize,
    /// Cases compared (in scope).
    ins: usize,
    /// Compared cases without failures.
    pass: usize,
    /// Passes that needed a DIFFERENCE (our convention).
    conv: usize,
    /// Cases where we gave a wrong fact.
    wrong: usize,
    /// Cases with a partial reading only.
    partial: usize,
}

impl Tally {
    /// The counts of `cases`.
    fn of(cases: &[CaseOutcome]) -> Tally {
        let ins: Vec<&CaseOutcome> = cases.iter().filter(|c| c.out.is_none()).collect();
        let passed = ins.iter().filter(|c| c.failures.is_empty());
        Tally {
            cases: cases.len(),
            ins: ins.len(),
            pass: passed.clone().count(),
            conv: passed.filter(|c| !c.diffs.is_empty()).count(),
            wrong: ins.iter().filter(|c| is_wrong(c)).count(),
            partial: ins.iter().filter(|c| is_partial(c)).count(),
        }
    }

    /// The sum of two tallies.
    fn add(self, o: Tally) -> Tally {
        Tally {
            cases: self.cases + o.cases,
            ins: self.ins + o.ins,
            pass: self.pass + o.pass,
            conv: self.conv + o.conv,
            wrong: self.wrong + o.wrong,
            partial: self.partial + o.partial,
        }
    }
}

/// Whether a case has a failure where we gave a wrong fact.
fn is_wrong(c: &CaseOutcome) -> bool {
    c.out.is_none() && c.failures.iter().any(|f| f.2)
}

/// Whether a failure is a partial reading: facts on a part of the span,
/// none of the whole text.
fn is_partial_failure(f: &Failure) -> bool {
    !f.2 && !f.1.starts_with("no ") && f.1 != "None"
}

/// Whether a case (without a wrong fact) has a partial reading.
fn is_partial(c: &CaseOutcome) -> bool {
    c.out.is_none() && !is_wrong(c) && c.failures.iter().any(is_partial_failure)
}

/// Reads and parses one JSON file.
fn load(path: &Path) -> Result<Value, String> {
    let text =
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("cannot parse {}: {e}", path.display()))
}

/// Runs every case of one file.
fn run_file(suite: Suite, v: &Value) -> Vec<CaseOutcome> {
    let cases = v.as_array().map_or(&[][..], Vec::as_slice);
    let each = |f: fn(&Value) -> CaseOutcome| cases.iter().map(f).collect();
    match suite {
        Suite::RtNumber => each(rt_number),
        Suite::RtNumberRange => cases
            .iter()
            .map(|c| {
                out_case(
                    s(c, "Input"),
                    "number ranges (大于, 小于, 之间): no bare-number range API",
                )
            })
            .collect(),
        Suite::RtPercent => each(rt_percent),
        Suite::RtCurrency => each(rt_currency),
        Suite::RtDimension => each(rt_dimension),
        Suite::RtDateResolved => each(rt_date_resolved),
        Suite::RtDateExtractor => each(rt_date_extractor),
        Suite::JioMoneyParser => each(jio_money_parser),
        Suite::JioMoneyExtractor => each(jio_money_extractor),
        Suite::JioTimeParser => each(jio_time_parser),
        Suite::JioTimeExtractor => each(jio_time_extractor),
        Suite::JioDisabled => cases
            .iter()
            .map(|c| out_case(s(c, "input"), "disabled upstream (commented out)"))
            .collect(),
        Suite::JioTodo => cases
            .iter()
            .map(|c| out_case(s(c, "input"), "no expected value (upstream TODO list)"))
            .collect(),
        Suite::DucklingNumeral => duckling_examples(v, duckling_numeral),
        Suite::DucklingMoney => duckling_examples(v, duckling_money),
        Suite::DucklingTime => duckling_examples(v, duckling_time),
    }
}

/// A pass rate, or "n/a".
fn rate(passed: usize, total: usize) -> String {
    if total == 0 {
        "n/a".into()
    } else {
        format!("{:.1}%", 100.0 * passed as f64 / total as f64)
    }
}

/// Prints the block of one file.
fn print_file(o: &mut String, r: &FileReport) {
    let (a, b, w) = (
        Tally::of(&r.cases),
        Tally::of(&r.subject),
        Tally::of(&r.all),
    );
    outln!(o, "== {}  [{}]", r.path, r.group);
    outln!(
        o,
        "   cases {:>4} | in scope {:>4} | passed {:>4} | failed {:>4} | pass rate {}",
        a.cases,
        a.ins,
        a.pass,
        a.ins - a.pass,
        rate(a.pass, a.ins)
    );
    for (name, t) in [("(a) SPEC scope  ", a), ("(b) same subject", b)] {
        outln!(
            o,
            "   {name} {:>4}/{:<4} {:>6} | plain passes {:>4} | passes under our convention {:>4}",
            t.pass,
            t.ins,
            rate(t.pass, t.ins),
            t.pass - t.conv,
            t.conv
        );
    }
    outln!(
        o,
        "   (c) wrong facts  {:>4} = {} reading the whole span + {} reading a part of it (of {} cases compared, in scope or not)",
        w.wrong + w.partial,
        w.wrong,
        w.partial,
        w.ins
    );
    let mut out: BTreeMap<&str, usize> = BTreeMap::new();
    let mut diffs: BTreeMap<&str, usize> = BTreeMap::new();
    let mut passed: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &r.cases {
        if let Some(reason) = c.out {
            *out.entry(reason).or_default() += 1;
        }
        for d in &c.diffs {
            *diffs.entry(d.as_str()).or_default() += 1;
            if c.failures.is_empty() {
                *passed.entry(d.as_str()).or_default() += 1;
            }
        }
    }
    if !out.is_empty() {
        outln!(
            o,
            "   out of scope ({}; [b] = same subject, scored in (b)):",
            a.cases - a.ins
        );
        for (reason, k) in by_count(out) {
            let b = if table().same_subject(reason) {
                "  [b]"
            } else {
                ""
            };
            outln!(o, "     {k:>4}  {reason}{b}");
        }
    }
    if !diffs.is_empty() {
        outln!(
            o,
            "   DIFFERENCE (compared under our convention; cases, of which passed):"
        );
        for (class, k) in by_count(diffs) {
            let p = passed.get(class).copied().unwrap_or(0);
            outln!(o, "     {k:>4} {p:>4}  {class}");
        }
    }
    outln!(o);
}

/// Map entries, most frequent first.
fn by_count(m: BTreeMap<&str, usize>) -> Vec<(&str, usize)> {
    let mut v: Vec<(&str, usize)> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v
}

/// Prints the failing in-scope cases of one file.
fn print_failures(o: &mut String, r: &FileReport) {
    for (i, c) in r.cases.iter().enumerate() {
        if c.out.is_some() || c.failures.is_empty() {
            continue;
        }
        outln!(o, "FAIL {} #{i}", r.path);
        outln!(o, "  input:    {}", c.input);
        for (e, g, _) in &c.failures {
            outln!(o, "  expected: {e}");
            outln!(o, "  got:      {g}");
        }
    }
}

/// Prints the (c) cases, grouped by their class under SPEC's scope (`in
/// scope` or the out-of-scope class), largest group first.
fn print_wrong(o: &mut String, reports: &[&FileReport], partial: bool) {
    let title = if partial { "PARTIAL" } else { "WRONG" };
    let case_test: fn(&CaseOutcome) -> bool = if partial { is_partial } else { is_wrong };
    let fail_test: fn(&Failure) -> bool = if partial { is_partial_failure } else { |f| f.2 };
    let mut groups: BTreeMap<&str, Vec<(&FileReport, usize)>> = BTreeMap::new();
    for r in reports {
        for (i, c) in r.all.iter().enumerate() {
            if case_test(c) {
                let class = r.cases.get(i).and_then(|c| c.out).unwrap_or("in scope");
                groups.entry(class).or_default().push((r, i));
            }
        }
    }
    let mut groups: Vec<_> = groups.into_iter().collect();
    groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    for (class, cases) in groups {
        outln!(o, "{title} [{class}] ({} cases)", cases.len());
        for (r, i) in cases {
            let c = &r.all[i];
            outln!(o, "  {} #{i}: {}", r.path, c.input);
            for (e, g, _) in c.failures.iter().filter(|f| fail_test(f)) {
                outln!(o, "    expected: {e}");
                outln!(o, "    got:      {g}");
            }
        }
    }
}

/// Command-line options.
#[derive(Debug, Default)]
struct Args {
    /// The peers folder.
    peers: String,
    /// Print failing cases.
    failures: bool,
    /// Print out-of-scope cases with their reason.
    out_of_scope: bool,
    /// Print the cases where we give a wrong fact, by class.
    wrong: bool,
    /// Restrict the per-file output to file names containing this.
    file: Option<String>,
    /// (a) pass-rate floors: (key, rate in 0..=1).
    min: Vec<(String, f64)>,
    /// (b) pass-rate floors.
    min_subject: Vec<(String, f64)>,
    /// (c) ceilings on the wrong-fact count.
    max_wrong: Vec<(String, f64)>,
}

/// The usage line.
const USAGE: &str = "usage: conformance PEERS_DIR [--failures] [--out-of-scope] [--wrong] [--file NAME] \
[--min \"GROUP=RATE,…\"] [--min-subject \"GROUP=RATE,…\"] [--max-wrong \"GROUP=N,…\"]";

/// Parses `GROUP=VALUE,GROUP=VALUE`; rates above 1 are percentages when
/// `rates`.
fn parse_limits(v: &str, rates: bool) -> Result<Vec<(String, f64)>, String> {
    let mut out = Vec::new();
    for part in v.split(',').filter(|p| !p.trim().is_empty()) {
        let (key, r) = part
            .rsplit_once('=')
            .ok_or(format!("bad limit entry `{part}`"))?;
        let r: f64 = r
            .trim()
            .trim_end_matches('%')
            .parse()
            .map_err(|_| format!("bad value in `{part}`"))?;
        let r = if rates && r > 1.0 { r / 100.0 } else { r };
        out.push((key.trim().to_string(), r));
    }
    Ok(out)
}

/// Parses the command line.
fn parse_args() -> Result<Args, String> {
    let mut a = Args::default();
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or(format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--failures" => a.failures = true,
            "--out-of-scope" => a.out_of_scope = true,
            "--wrong" => a.wrong = true,
            "--file" => a.file = Some(value("--file")?),
            "--min" => a.min.extend(parse_limits(&value("--min")?, true)?),
            "--min-subject" => a
                .min_subject
                .extend(parse_limits(&value("--min-subject")?, true)?),
            "--max-wrong" => a
                .max_wrong
                .extend(parse_limits(&value("--max-wrong")?, false)?),
            "-h" | "--help" => return Err(USAGE.into()),
            f if f.starts_with('-') => return Err(format!("unknown option {f}\n{USAGE}")),
            _ if a.peers.is_empty() => a.peers = arg,
            _ => return Err(format!("unexpected argument {arg}\n{USAGE}")),
        }
    }
    if a.peers.is_empty() {
        return Err(USAGE.into());
    }
    Ok(a)
}

/// A group name or `--min` key for matching: lower case, no spaces,
/// `recognizers-text` → `rt`.
fn norm_key(k: &str) -> String {
    k.to_lowercase()
        .replace("recognizers-text", "rt")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The group a `--min` key names: the first whose name contains it.
fn group_for(key: &str) -> Option<&'static str> {
    let k = norm_key(key);
    GROUPS
        .iter()
        .copied()
        .find(|g| norm_key(g) == k)
        .or_else(|| GROUPS.iter().copied().find(|g| norm_key(g).contains(&k)))
}

/// Runs every file in the three modes.
fn run_all(root: &Path) -> Result<Vec<FileReport>, String> {
    let mut reports = Vec::new();
    for f in FILES {
        let v = load(&root.join(f.folder).join(f.name))?;
        let run = |m: Mode| {
            set_mode(m);
            run_file(f.suite, &v)
        };
        let (cases, subject, all) = (run(Mode::Spec), run(Mode::Subject), run(Mode::All));
        reports.push(FileReport {
            path: format!("{}/{}", f.folder, f.name),
            group: f.group,
            cases,
            subject,
            all,
        });
    }
    set_mode(Mode::Spec);
    Ok(reports)
}

/// Lists the files that are not run: known observation files and any
/// unrecognised `.json`.
fn print_not_run(o: &mut String, root: &Path) -> Result<(), String> {
    outln!(o, "Not run (no expectations):");
    for (folder, name, why) in NOT_SUITES {
        let state = if root.join(folder).join(name).exists() {
            ""
        } else {
            " (absent)"
        };
        outln!(o, "   {folder}/{name}{state}: {why}");
    }
    for folder in ["recognizers-text", "jionlp", "duckling"] {
        let dir = fs::read_dir(root.join(folder))
            .map_err(|_| format!("cannot read {}", root.join(folder).display()))?;
        let mut names: Vec<String> = dir
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for name in names.iter().filter(|n| n.ends_with(".json")) {
            let known = FILES.iter().any(|f| f.folder == folder && f.name == name)
                || NOT_SUITES
                    .iter()
                    .any(|(fo, n, _)| *fo == folder && n == name);
            if !known {
                outln!(o, "   {folder}/{name}: unrecognised file, not run");
            }
        }
    }
    outln!(o);
    Ok(())
}

/// The limit of `g` among `limits` (the strictest when several apply).
fn limit_for(limits: &[(String, f64)], g: &str, low: bool) -> Option<f64> {
    limits
        .iter()
        .filter(|(k, _)| group_for(k) == Some(g))
        .map(|(_, r)| *r)
        .reduce(if low { f64::max } else { f64::min })
}

/// Prints the summary table; `false` when a limit is missed.
fn print_summary(o: &mut String, reports: &[FileReport], args: &Args) -> bool {
    outln!(
        o,
        "SUMMARY  (a) SPEC scope: passed/in scope, rate, plain passes + passes under our convention;"
    );
    outln!(
        o,
        "         (b) same subject matter: passed/compared, rate;  (c) cases with a wrong fact (whole span + part of it)"
    );
    let mut ok = true;
    for g in GROUPS {
        let rs: Vec<&FileReport> = reports.iter().filter(|r| r.group == *g).collect();
        let sum = |f: fn(&FileReport) -> &[CaseOutcome]| {
            rs.iter()
                .fold(Tally::default(), |t, r| t.add(Tally::of(f(r))))
        };
        let (a, b, w) = (sum(|r| &r.cases), sum(|r| &r.subject), sum(|r| &r.all));
        let mut verdict = String::new();
        let below = |t: Tally, f: f64| t.ins == 0 || (t.pass as f64) < f * t.ins as f64;
        let limits = [
            (limit_for(&args.min, g, true), a, "(a)"),
            (limit_for(&args.min_subject, g, true), b, "(b)"),
        ];
        for (floor, t, name) in limits {
            match floor {
                Some(f) if below(t, f) => {
                    ok = false;
                    verdict += &format!("  {name} BELOW FLOOR {:.1}%", 100.0 * f);
                }
                Some(f) => verdict += &format!("  {name} floor {:.1}%", 100.0 * f),
                None => {}
            }
        }
        match limit_for(&args.max_wrong, g, false) {
            Some(m) if (w.wrong + w.partial) as f64 > m => {
                ok = false;
                verdict += &format!("  (c) ABOVE CEILING {m}");
            }
            Some(m) => verdict += &format!("  (c) ceiling {m}"),
            None => {}
        }
        outln!(
            o,
            "  {g:<34} {:>4}/{:<4} {:>6} ({:>3}+{:<3}) | {:>4}/{:<4} {:>6} | {:>3} ({:>2}+{:<3})  ({} cases){verdict}",
            a.pass,
            a.ins,
            rate(a.pass, a.ins),
            a.pass - a.conv,
            a.conv,
            b.pass,
            b.ins,
            rate(b.pass, b.ins),
            w.wrong + w.partial,
            w.wrong,
            w.partial,
            a.cases,
        );
    }
    ok
}

fn main() -> ExitCode {
    match Table::parse(SCOPE_TABLE) {
        Ok(t) => {
            let _ = TABLE.set(t);
        }
        Err(e) => {
            eprintln!("conformance: {e}");
            return ExitCode::from(2);
        }
    }
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("conformance: {e}");
            return ExitCode::from(2);
        }
    };
    let keys = args
        .min
        .iter()
        .chain(&args.min_subject)
        .chain(&args.max_wrong);
    for (key, _) in keys {
        if group_for(key).is_none() {
            eprintln!("conformance: a limit names no group: `{key}`");
            return ExitCode::from(2);
        }
    }
    let root = Path::new(&args.peers);
    let mut o = String::new();
    let reports = match run_all(root) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("conformance: {e}");
            return ExitCode::from(2);
        }
    };
    let shown: Vec<&FileReport> = reports
        .iter()
        .filter(|r| args.file.as_deref().is_none_or(|n| r.path.contains(n)))
        .collect();
    for r in &shown {
        print_file(&mut o, r);
    }
    if let Err(e) = print_not_run(&mut o, root) {
        eprintln!("conformance: {e}");
        return ExitCode::from(2);
    }
    if args.out_of_scope {
        for r in &shown {
            for c in &r.cases {
                if let Some(reason) = c.out {
                    outln!(o, "OUT {}  {}  [{reason}]", r.path, c.input);
                }
            }
        }
        outln!(o);
    }
    if args.failures {
        for r in &shown {
            print_failures(&mut o, r);
        }
        outln!(o);
    }
    if args.wrong {
        print_wrong(&mut o, &shown, false);
        print_wrong(&mut o, &shown, true);
        outln!(o);
    }
    let ok = print_summary(&mut o, &reports, &args);
    // A closed pipe (`| head`) is not an error worth reporting.
    let _ = std::io::stdout().write_all(o.as_bytes());
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
