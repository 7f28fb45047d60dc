//! Runs the peers' public test suites through our public API and prints
//! pass rates.
//!
//! ```text
//! cargo run --release --example conformance -- PEERS_DIR [--failures] [--out-of-scope] [--file NAME]
//!                                               [--min "RT NumberModel=0.97,JioNLP money=0.97"]
//! ```
//!
//! `PEERS_DIR` is the shared `peers` folder (`../shared/peers` from the crate
//! root) with `recognizers-text/`, `jionlp/` and `duckling/`. The crate's own
//! tests never read it; CI runs this example.
//!
//! Every case is classified before it is compared:
//!
//! - **out of scope**: the case asks for something `SPEC.md` does not cover
//!   (times of day, weekdays, holidays, lunar dates, lengths, fractions …).
//!   Such cases are counted per file with their reason, never hidden.
//! - **in scope**: compared with our API. Where our convention differs from
//!   the peer's on purpose (月初 = days 1–10, inclusive interval ends, a bare
//!   month in the reference year …) the peer's expectation is converted to
//!   our convention first and the conversion is counted as a `DIFFERENCE`
//!   class, so it can be documented.
//!
//! Numbers are compared with [`parse_number`] on the peer's matched text;
//! money, percentages and areas with the [`Extractor`] on the peer's input;
//! dates with [`resolve_date`] on the matched text (falling back to the
//! extractor's date facts) at the case's reference date.
//!
//! Output: one block per file (cases, in scope, passed, failed, pass rate,
//! out-of-scope reasons, differences), then one summary line per suite
//! group. `--failures` lists every failing in-scope case (input, expected,
//! got), `--out-of-scope` every skipped case with its reason; `--file NAME` restricts the per-file blocks and the failure list to
//! files whose name contains `NAME` (the summary always covers everything).
//! `--min` sets pass-rate floors per group (a key matches the first group
//! whose name contains it; `RT` abbreviates `Recognizers-Text`).
//!
//! Exit code: 0; 1 when a `--min` floor is missed; 2 when a file cannot be
//! read or parsed, or the arguments are wrong (one line on stderr).

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
// Outcomes
// ---------------------------------------------------------------------------

/// What one peer case came to.
#[derive(Debug)]
struct CaseOutcome {
    /// The peer's input.
    input: String,
    /// Why the case is out of scope; `None` when something in it was compared.
    out: Option<&'static str>,
    /// Failed in-scope checks: (expected, got, whether we gave a wrong fact).
    failures: Vec<(String, String, bool)>,
    /// `DIFFERENCE` classes applied to the peer's expectation.
    diffs: Vec<String>,
}

/// Collects the checks of one case (a case may hold several results).
#[derive(Debug, Default)]
struct Checks {
    /// In-scope checks made.
    in_scope: usize,
    /// Out-of-scope reasons of the results that were skipped.
    out: Vec<&'static str>,
    /// Failed checks: (expected, got, whether we gave a wrong fact).
    failures: Vec<(String, String, bool)>,
    /// Conventions applied, as `DIFFERENCE` classes.
    diffs: Vec<String>,
}

impl Checks {
    /// A result that is not covered by SPEC.md.
    fn out(&mut self, reason: &'static str) {
        self.out.push(reason);
    }

    /// An in-scope check that passed.
    fn pass(&mut self) {
        self.in_scope += 1;
    }

    /// An in-scope check that failed: a wrong fact unless `got` is none.
    fn fail(&mut self, expected: impl Into<String>, got: impl Into<String>) {
        let got = got.into();
        let wrong = !matches!(got.as_str(), "no fact" | "no date" | "None");
        self.in_scope += 1;
        self.failures.push((expected.into(), got, wrong));
    }

    /// An in-scope check that failed with no fact on the expected span
    /// (`got` lists the input's other facts).
    fn miss(&mut self, expected: impl Into<String>, got: impl Into<String>) {
        self.wrong_if(false, expected, got);
    }

    /// An in-scope check that failed; `wrong` when we gave a fact for the
    /// expected text span itself (not a part of it).
    fn wrong_if(&mut self, wrong: bool, expected: impl Into<String>, got: impl Into<String>) {
        self.in_scope += 1;
        self.failures.push((expected.into(), got.into(), wrong));
    }

    /// An in-scope check: passes when `ok`.
    fn check(&mut self, ok: bool, expected: impl FnOnce() -> String, got: impl FnOnce() -> String) {
        if ok {
            self.pass()
        } else {
            self.fail(expected(), got())
        }
    }

    /// A convention difference applied to an in-scope check.
    fn diff(&mut self, class: impl Into<String>) {
        let class = class.into();
        if !self.diffs.contains(&class) {
            self.diffs.push(class);
        }
    }

    /// The outcome of the case.
    fn finish(self, input: &str) -> CaseOutcome {
        let in_scope = self.in_scope > 0;
        CaseOutcome {
            input: input.to_string(),
            out: if in_scope {
                None
            } else {
                Some(
                    self.out
                        .first()
                        .copied()
                        .unwrap_or("no expectation to compare"),
                )
            },
            failures: self.failures,
            diffs: if in_scope { self.diffs } else { Vec::new() },
        }
    }
}

/// A whole case out of scope.
fn out_case(input: &str, reason: &'static str) -> CaseOutcome {
    let mut c = Checks::default();
    c.out(reason);
    c.finish(input)
}

// ---------------------------------------------------------------------------
// Small helpers: JSON, decimals, spans, extraction
// ---------------------------------------------------------------------------

/// A string field, or "".
fn s<'v>(v: &'v Value, key: &str) -> &'v str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// An array field, or empty.
fn arr<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A decimal from a peer's string or JSON number ("4972000000.00", 1.1).
fn dec(v: &Value) -> Option<Decimal> {
    match v {
        Value::String(t) => dec_str(t),
        Value::Number(n) => dec_str(&n.to_string()),
        _ => None,
    }
}

/// A decimal from text, in plain or scientific notation.
fn dec_str(t: &str) -> Option<Decimal> {
    let t = t.trim();
    Decimal::from_str(t)
        .ok()
        .or_else(|| Decimal::from_scientific(t).ok())
}

/// The byte range of `len` characters from character `start` of `text`.
fn char_range(text: &str, start: usize, len: usize) -> Option<Range<usize>> {
    let mut idx = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    let a = idx.nth(start)?;
    let b = if len == 0 { a } else { idx.nth(len - 1)? };
    Some(a..b)
}

/// The text and byte range of a Recognizers-Text result (`Start` + `Length`,
/// or `Start`..=`End` in model files). The peer's `Text` is normalised
/// (full-width digits become ASCII), so the input's own slice is used.
fn rt_text(input: &str, r: &Value) -> (String, Option<Range<usize>>) {
    let start = r.get("Start").and_then(Value::as_u64).map(|v| v as usize);
    let len = match (
        r.get("Length").and_then(Value::as_u64),
        r.get("End").and_then(Value::as_u64),
    ) {
        (Some(l), _) => Some(l as usize),
        (None, Some(e)) => start.map(|st| (e as usize + 1).saturating_sub(st)),
        _ => None,
    };
    match (start, len) {
        (Some(st), Some(l)) => match char_range(input, st, l) {
            Some(rg) => (input[rg.clone()].to_string(), Some(rg)),
            None => (s(r, "Text").to_string(), None),
        },
        _ => (s(r, "Text").to_string(), None),
    }
}

/// Whether byte range `a` overlaps the fact's span.
fn overlaps(a: &Range<usize>, f: &Fact) -> bool {
    a.start < f.span.end && f.span.start < a.end
}

/// Facts of one input, with spans relative to the input.
#[derive(Debug)]
struct Extracted {
    /// The facts.
    facts: Vec<Fact>,
}

/// Runs the extractor over `input` as given (a one-paragraph document).
fn extract(input: &str, reference: Option<NaiveDate>) -> Extracted {
    let ex = Extractor::new().reference_date(reference);
    Extracted {
        facts: ex.extract(&Document::parse(input)),
    }
}

/// One fact for the "got" column.
fn show(f: &Fact) -> String {
    match &f.data {
        FactData::Money(m) => format!(
            "money {}={} {:?}{}",
            f.text,
            m.value.normalize(),
            m.currency,
            m.upper
                .map(|u| format!("..{}", u.normalize()))
                .unwrap_or_default()
        ),
        FactData::Percent(p) => format!(
            "percent {}={}{}{}",
            f.text,
            p.value.normalize(),
            p.upper
                .map(|u| format!("..{}", u.normalize()))
                .unwrap_or_default(),
            if p.unit == PercentUnit::Point {
                " point"
            } else {
                ""
            }
        ),
        FactData::Area(a) => format!("area {}={} {}", f.text, a.amount.normalize(), a.unit),
        FactData::Date(d) => format!("date {}={}", f.text, show_date(Some(d))),
        FactData::Count(c) => format!("count {}={}", f.text, c.value.normalize()),
        FactData::Event(_) => format!("event {}", f.text),
    }
}

/// Facts for the "got" column, or "no fact".
fn show_all<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> String {
    let v: Vec<String> = facts.into_iter().map(show).collect();
    if v.is_empty() {
        "no fact".into()
    } else {
        v.join("; ")
    }
}

/// The "got" column when no fact is on the expected span: the input's
/// other facts.
fn elsewhere<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> String {
    let all = show_all(facts);
    if all == "no fact" {
        all
    } else {
        format!("no fact on the span; elsewhere: {all}")
    }
}

/// A date fact for the "got" column.
fn show_date(d: Option<&DateFact>) -> String {
    match d {
        None => "no date".into(),
        Some(d) => match (d.from, d.to) {
            (Some(a), Some(b)) => format!("{a}..{b} {:?}", d.granularity),
            _ => format!("relative {:?} without interval", d.granularity),
        },
    }
}

/// Compiles a pattern of this file.
fn re(p: &str) -> Regex {
    Regex::new(p).expect("valid pattern")
}

// ---------------------------------------------------------------------------
// Scope: the rule table (examples/conformance/scope.txt)
// ---------------------------------------------------------------------------

/// The scope rules, read from the data file next to this example.
const SCOPE_TABLE: &str = include_str!("conformance/scope.txt");

/// What a matching rule decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    /// Covered by SPEC.md.
    In,
    /// Not covered; the class is counted.
    Out,
    /// Covered, and by SPEC it is *not* a date (a bare 2018).
    NotADate,
}

/// One rule of the table.
#[derive(Debug)]
struct Rule {
    /// The name the example reports.
    class: &'static str,
    /// What a match decides.
    verdict: Verdict,
    /// Same subject matter as the library (scored in the wide column).
    same: bool,
    /// Why the class is out of scope.
    why: String,
    /// The test (`None`: never matches, unless `include` is set).
    pat: Option<Regex>,
    /// A second regex that must match too.
    also: Option<Regex>,
    /// A regex that must not match.
    unless: Option<Regex>,
    /// Another section tried in place of `pat`.
    include: Option<String>,
}

/// The parsed table: rules per section, in order, and the named patterns.
#[derive(Debug, Default)]
struct Table {
    /// (section, rules).
    sections: Vec<(String, Vec<Rule>)>,
    /// (name, expanded pattern).
    defines: Vec<(String, String)>,
}

/// How much of the table applies: (a) all of it, (b) all but the
/// same-subject classes, (c) only the `in` and `not-a-date` rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// (a): SPEC's scope.
    Spec,
    /// (b): SPEC's scope plus the same subject matter.
    Subject,
    /// (c): every case compared, to find wrong facts.
    All,
}

/// The mode of the current run (0, 1, 2 = [`Mode`] in order).
static MODE: AtomicU8 = AtomicU8::new(0);

/// The table, parsed once by `main` (empty until then).
static TABLE: OnceLock<Table> = OnceLock::new();

/// Sets the mode of the following run.
fn set_mode(m: Mode) {
    MODE.store(m as u8, Ordering::Relaxed);
}

/// The mode of the current run.
fn mode() -> Mode {
    match MODE.load(Ordering::Relaxed) {
        0 => Mode::Spec,
        1 => Mode::Subject,
        _ => Mode::All,
    }
}

/// The parsed table.
fn table() -> &'static Table {
    TABLE.get_or_init(Table::default)
}

impl Table {
    /// Parses the table text; an error names the line.
    fn parse(text: &str) -> Result<Table, String> {
        let mut t = Table::default();
        let mut section: Option<String> = None;
        for (no, raw) in text.lines().enumerate() {
            let line = raw.trim();
            let err = |m: &str| format!("scope.txt line {}: {m}", no + 1);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = Some(name.to_string());
                if name != "define" {
                    t.sections.push((name.to_string(), Vec::new()));
                }
                continue;
            }
            let (key, value) = line.split_once(':').ok_or_else(|| err("no `key:`"))?;
            let value = t.expand(value.trim());
            if section.as_deref() == Some("define") {
                t.defines.push((key.trim().to_string(), value));
                continue;
            }
            let rules = &mut t.sections.last_mut().ok_or_else(|| err("no section"))?.1;
            if key == "class" {
                rules.push(Rule {
                    class: Box::leak(value.into_boxed_str()),
                    verdict: Verdict::Out,
                    same: false,
                    why: String::new(),
                    pat: None,
                    also: None,
                    unless: None,
                    include: None,
                });
                continue;
            }
            let rule = rules.last_mut().ok_or_else(|| err("no `class:` yet"))?;
            let regex = |p: &str| Regex::new(p).map_err(|e| err(&e.to_string()));
            match key {
                "verdict" => {
                    rule.verdict = match value.as_str() {
                        "in" => Verdict::In,
                        "out" => Verdict::Out,
                        "not-a-date" => Verdict::NotADate,
                        _ => return Err(err("verdict is in, out or not-a-date")),
                    }
                }
                "match" => rule.pat = Some(regex(&value)?),
                "also" => rule.also = Some(regex(&value)?),
                "unless" => rule.unless = Some(regex(&value)?),
                "include" => rule.include = Some(value),
                "same" => rule.same = value == "yes",
                "why" => rule.why = value,
                _ => return Err(err("unknown key")),
            }
        }
        Ok(t)
    }

    /// `{NAME}` replaced by the named patterns defined so far.
    fn expand(&self, p: &str) -> String {
        self.defines
            .iter()
            .fold(p.to_string(), |p, (n, v)| p.replace(&format!("{{{n}}}"), v))
    }

    /// A named pattern ("" when absent).
    fn define(&self, name: &str) -> &str {
        self.defines
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v)
    }

    /// The rules of a section (empty when absent).
    fn rules(&self, section: &str) -> &[Rule] {
        self.sections
            .iter()
            .find(|(n, _)| n == section)
            .map_or(&[], |(_, r)| r.as_slice())
    }

    /// The first rule of `section` that matches `t` in the current mode.
    fn decide(&'static self, section: &str, t: &str) -> Option<(Verdict, &'static str)> {
        let m = mode();
        for rule in self.rules(section) {
            let skipped = rule.verdict == Verdict::Out
                && (m == Mode::All || (m == Mode::Subject && rule.same));
            if let Some(inc) = &rule.include {
                if let Some(v) = self.decide(inc, t) {
                    return Some(v);
                }
                continue;
            }
            let hit = rule.pat.as_ref().is_some_and(|p| p.is_match(t))
                && rule.also.as_ref().is_none_or(|p| p.is_match(t))
                && !rule.unless.as_ref().is_some_and(|p| p.is_match(t));
            if hit && !skipped {
                return Some((rule.verdict, rule.class));
            }
        }
        None
    }

    /// Whether `class` is marked as the library's subject matter.
    fn same_subject(&self, class: &str) -> bool {
        self.sections
            .iter()
            .flat_map(|(_, r)| r)
            .any(|r| r.class == class && r.same)
    }
}

/// The out-of-scope class of `section`'s rules for `t`, or `None` (in scope).
fn out_class(section: &str, t: &str) -> Option<&'static str> {
    match table().decide(section, t.trim()) {
        Some((Verdict::Out, class)) => Some(class),
        _ => None,
    }
}

/// Why a numeral is outside SPEC.md's "Numbers" section, or `None`.
fn number_scope(text: &str) -> Option<&'static str> {
    out_class("number", text)
}

/// Why a percentage is outside SPEC.md, or `None`.
fn percent_scope(text: &str) -> Option<&'static str> {
    out_class("percent", text)
}

/// Why a money expression is outside SPEC.md, or `None`.
fn money_scope(text: &str) -> Option<&'static str> {
    out_class("money", text)
}

/// DIFFERENCE: 余/多 are qualifiers (SPEC `over`), not part of the numeral;
/// they are removed before `parse_number`, whose contract is the numeral.
const DIFF_QUALIFIER_IN_NUMERAL: &str =
    "余/多 are qualifiers (SPEC over), removed before parse_number";

/// DIFFERENCE: a trailing classifier (一个, 0個) is a count, not a numeral.
const DIFF_CLASSIFIER: &str = "trailing classifier 个 is a count, removed before parse_number";

/// DIFFERENCE: we keep both ends of a range (5-20%: 5..20); the peer reports
/// only the high end.
const DIFF_RANGE_HIGH_END: &str = "range: peer reports only the high end; we give value..upper";

/// Our currency for a peer's currency name, or `None` when SPEC does not
/// cover it (SPEC: 元/美元/欧元/港元/日元/英镑).
fn currency_of(name: &str) -> Option<Currency> {
    Some(match name {
        "CNY" | "元" | "人民币" => Currency::Cny,
        "USD" | "美元" => Currency::Usd,
        "EUR" | "欧元" => Currency::Eur,
        "HKD" | "港元" | "港币" => Currency::Hkd,
        "JPY" | "日元" => Currency::Jpy,
        "GBP" | "英镑" => Currency::Gbp,
        _ => return None,
    })
}

/// DIFFERENCE: SPEC reads a scale word without 元 as money only next to a
/// money word (投资120亿); peers read bare numbers as 元 or ignore them.
const DIFF_BARE_NUMBER: &str =
    "a bare number is money only next to a money word (SPEC); peer defaults to 元";

/// DIFFERENCE: we read a bare scale after a money word as money where the
/// peer does not (奖池36.57亿).
const DIFF_BARE_SCALE_EXTRA: &str =
    "bare scale after a money word read as money (SPEC); peer has no fact";

/// DIFFERENCE: 3000多欧元 is value 3000 with qualifier `over`; JioNLP gives
/// the range to the next step (3000..4000).
const DIFF_OVER_AS_RANGE: &str =
    "余/多: low end with qualifier over (SPEC); JioNLP gives a range to the next step";

/// DIFFERENCE: Duckling's 元 is the generic `Dollar`; ours is CNY.
const DIFF_YUAN_DOLLAR: &str = "元 is CNY (Duckling: generic Dollar)";

/// The scope decision for a date expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DateScope {
    /// Covered by SPEC.md.
    In,
    /// Not covered; the reason is counted.
    Out(&'static str),
    /// Covered, and by SPEC it is *not* a date (a bare 2018): the peer's
    /// value is replaced by "no date" and the class counted as a DIFFERENCE.
    NotADate(&'static str),
}

/// Strips what is not part of the date (从/自/在 before it, 左右/许 after it).
fn strip_affixes(t: &str) -> &str {
    let t = t.trim();
    let t = t.strip_prefix(['从', '從', '自', '在']).unwrap_or(t);
    let t = t
        .strip_suffix("左右")
        .or_else(|| t.strip_suffix('许'))
        .unwrap_or(t);
    t.trim()
}

/// Why a date expression is outside SPEC.md ("Date conventions"), or `In`:
/// the `[date]` rules on the text without its affixes.
fn date_scope(text: &str) -> DateScope {
    match table().decide("date", strip_affixes(text)) {
        Some((Verdict::Out, c)) => DateScope::Out(c),
        Some((Verdict::NotADate, c)) => DateScope::NotADate(c),
        Some((Verdict::In, _)) | None => DateScope::In,
    }
}

/// 近两年, 近3年来: SPEC's 近N年 (the `[date]` rule of that name).
fn is_near_years(t: &str) -> bool {
    table()
        .rules("date")
        .iter()
        .find(|r| r.class == "SPEC 近N年")
        .and_then(|r| r.pat.as_ref())
        .is_some_and(|p| p.is_match(t))
}

// ---------------------------------------------------------------------------
// Date intervals and our date facts
// ---------------------------------------------------------------------------

/// A closed interval of days, our convention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Iv {
    /// First day.
    from: NaiveDate,
    /// Last day (inclusive).
    to: NaiveDate,
}

impl std::fmt::Display for Iv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}..{}", self.from, self.to)
    }
}

/// An expected interval for the "expected" column.
fn show_iv(iv: Option<Iv>) -> String {
    iv.map_or_else(|| "no date".into(), |iv| iv.to_string())
}

/// A date.
fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The last day of a month.
fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1)?.pred_opt()
}

/// The whole month.
fn month_iv(y: i32, m: u32) -> Option<Iv> {
    Some(Iv {
        from: ymd(y, m, 1)?,
        to: month_end(y, m)?,
    })
}

/// The whole year.
fn year_iv(y: i32) -> Option<Iv> {
    Some(Iv {
        from: ymd(y, 1, 1)?,
        to: ymd(y, 12, 31)?,
    })
}

/// A `YYYY-MM-DD…` prefix.
fn parse_day(t: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok()
}

/// Our date for a peer's expression: `resolve_date` on the text (as
/// written, then without 从/自/左右), else the extractor's date facts inside
/// `span` of `input` (all of them when `span` is `None`). More than one fact
/// is an error: the expression was split. The flag: the date reads the
/// whole text (not a part of it).
fn our_date(
    text: &str,
    input: &str,
    span: Option<&Range<usize>>,
    reference: Option<NaiveDate>,
) -> Result<(Option<DateFact>, bool), String> {
    if let Some(d) = resolve_date(text, reference) {
        return Ok((Some(d), true));
    }
    if let Some(d) = resolve_date(strip_affixes(text), reference) {
        return Ok((Some(d), true));
    }
    let ex = extract(input, reference);
    let hits: Vec<&Fact> = ex
        .facts
        .iter()
        .filter(|f| matches!(f.data, FactData::Date(_)))
        .filter(|f| span.is_none_or(|sp| overlaps(sp, f)))
        .collect();
    match hits.as_slice() {
        [] => Ok((None, false)),
        [f] => match &f.data {
            FactData::Date(d) => Ok((Some(d.clone()), same_text(f, text))),
            _ => unreachable!("filtered to dates"),
        },
        many => Err(format!(
            "split into {} date facts: {}",
            many.len(),
            show_all(many.iter().copied())
        )),
    }
}

/// Compares our date with the expected interval (`None` = no date).
fn check_date(
    c: &mut Checks,
    text: &str,
    input: &str,
    span: Option<&Range<usize>>,
    reference: Option<NaiveDate>,
    expected: Option<Iv>,
    peer_granularity: Option<&str>,
) {
    if expected.is_some_and(|iv| iv.from > iv.to) {
        // 自2018年以来 at a reference date in 2017: nothing to compare.
        return c.out("reference date before the period starts (empty interval)");
    }
    let exp = || format!("{text} → {}", show_iv(expected));
    match our_date(text, input, span, reference) {
        Err(got) => c.miss(exp(), got),
        Ok((got, same)) => {
            let ours = got.as_ref().and_then(|d| {
                Some(Iv {
                    from: d.from?,
                    to: d.to?,
                })
            });
            let ok = match expected {
                None => got.is_none(),
                Some(iv) => ours == Some(iv),
            };
            if let (true, Some(p), Some(d)) = (ok, peer_granularity, got.as_ref()) {
                let o = granularity_name(d.granularity);
                if p != o {
                    c.diff(format!("granularity name: peer {p}, ours {o}"));
                }
            }
            if ok {
                c.pass();
            } else {
                c.wrong_if(same && got.is_some(), exp(), show_date(got.as_ref()));
            }
        }
    }
}

/// SPEC's name of a granularity.
fn granularity_name(g: Granularity) -> &'static str {
    match g {
        Granularity::Day => "day",
        Granularity::Xun => "xun",
        Granularity::Month => "month",
        Granularity::Quarter => "quarter",
        Granularity::Half => "half",
        Granularity::Year => "year",
        Granularity::Years => "years",
        _ => "other",
    }
}

/// SPEC: a day alone (十八日) takes R's month, or the month before when the
/// day is later than R's day.
fn day_alone(d: u32, r: NaiveDate) -> Option<NaiveDate> {
    let (y, m) = (r.year(), r.month());
    let (y, m) = if d > r.day() {
        if m == 1 { (y - 1, 12) } else { (y, m - 1) }
    } else {
        (y, m)
    };
    ymd(y, m, d)
}

/// DIFFERENCE: a bare month/day takes the reference year (SPEC); the peer
/// gives a past and a future reading.
const DIFF_AMBIGUOUS_YEAR: &str =
    "bare month/day: reference year (SPEC); peer gives past and future readings";
/// DIFFERENCE: no such day in the reference year.
const DIFF_NO_SUCH_DAY: &str =
    "month/day that does not exist in the reference year is no date; peer picks another year";
/// DIFFERENCE: exclusive peer ends become inclusive.
const DIFF_EXCLUSIVE_END: &str = "peer interval end is exclusive; compared as inclusive";
/// DIFFERENCE: the named end of a range belongs to it.
const DIFF_RANGE_END: &str =
    "range end: the last named month/year is included (SPEC 1—9月); peer stops at its start";
/// DIFFERENCE: 近N年 starts on Jan 1.
const DIFF_NEAR_YEARS: &str = "近N年 = Jan 1 of R's year −(N−1) – R (SPEC); peer: R − N years – R";
/// DIFFERENCE: 以来 ends at R.
const DIFF_SINCE: &str = "以来 ends at the reference date (SPEC); peer leaves it open";
/// DIFFERENCE: 今年 is the whole year.
const DIFF_YEAR_TO_DATE: &str = "今年 is the whole year (SPEC); peer: year to date";

// ---------------------------------------------------------------------------
// Recognizers-Text
// ---------------------------------------------------------------------------

/// The reference date of a Recognizers-Text case.
fn rt_reference(case: &Value) -> Option<NaiveDate> {
    case.get("Context")
        .and_then(|c| c.get("ReferenceDateTime"))
        .and_then(Value::as_str)
        .and_then(parse_day)
}

/// `Number_NumberModel.json`: `parse_number` on each matched text.
fn rt_number(case: &Value) -> CaseOutcome {
    let input = s(case, "Input");
    let mut c = Checks::default();
    if case.get("IgnoreResolution").and_then(Value::as_bool) == Some(true) {
        return out_case(input, "peer ignores the resolution");
    }
    let results = arr(case, "Results");
    if results.is_empty() {
        match out_class("number-negative", input) {
            Some(reason) => c.out(reason),
            None => {
                let got = parse_number(input);
                c.check(got.is_none(), || "no number".into(), || format!("{got:?}"));
            }
        }
        return c.finish(input);
    }
    for r in results {
        let (text, _) = rt_text(input, r);
        number_check(
            &mut c,
            &text,
            r.get("Resolution").and_then(|v| v.get("value")),
        );
    }
    c.finish(input)
}

/// One numeral against its expected value.
fn number_check(c: &mut Checks, text: &str, expected: Option<&Value>) {
    if let Some(reason) = number_scope(text) {
        return c.out(reason);
    }
    let Some(exp) = expected.and_then(dec) else {
        return c.out("peer value is not an exact decimal");
    };
    let mut t = text.trim().to_string();
    if t.contains(['余', '多']) {
        t = t.replace(['余', '多'], "");
        c.diff(DIFF_QUALIFIER_IN_NUMERAL);
    }
    if let Some(stripped) = t.strip_suffix(['个', '個']) {
        t = stripped.to_string();
        c.diff(DIFF_CLASSIFIER);
    }
    let got = parse_number(&t);
    c.check(
        got == Some(exp),
        || format!("{text} = {exp}"),
        || format!("{got:?}"),
    );
}

/// `Number_PercentModel.json`: the extractor's percent facts.
fn rt_percent(case: &Value) -> CaseOutcome {
    let input = s(case, "Input");
    let mut c = Checks::default();
    let ex = extract(input, None);
    let percents: Vec<(&Fact, &Percent)> = ex
        .facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Percent(p) => Some((f, p)),
            _ => None,
        })
        .collect();
    let results = arr(case, "Results");
    if results.is_empty() {
        match out_class("percent-negative", input) {
            Some(reason) => c.out(reason),
            None => c.check(
                percents.is_empty(),
                || "no percent".into(),
                || show_all(percents.iter().map(|(f, _)| *f)),
            ),
        }
        return c.finish(input);
    }
    let mut spans = Vec::new();
    for r in results {
        let (text, span) = rt_text(input, r);
        spans.push(span.clone());
        if let Some(reason) = percent_scope(&text) {
            c.out(reason);
            continue;
        }
        let Some(exp) = r
            .get("Resolution")
            .and_then(|v| v.get("value"))
            .and_then(Value::as_str)
            .and_then(|v| dec_str(v.trim_end_matches('%')))
        else {
            c.out("peer value is not an exact decimal");
            continue;
        };
        let hit = percents.iter().find(|(f, _)| match &span {
            Some(sp) => overlaps(sp, f),
            None => f.text == text,
        });
        let point = text.contains("百分点") || text.contains("百分點");
        let expected = format!("{text} = {exp}{}", if point { " point" } else { "%" });
        match hit {
            None => c.miss(expected, elsewhere(percents.iter().map(|(f, _)| *f))),
            Some((f, p)) => {
                let unit_ok = (p.unit == PercentUnit::Point) == point;
                if p.value == exp && unit_ok {
                    c.pass();
                } else if p.upper == Some(exp) && unit_ok {
                    c.pass();
                    c.diff(DIFF_RANGE_HIGH_END);
                } else {
                    c.wrong_if(same_text(f, &text), expected, show(f));
                }
            }
        }
    }
    extras(
        &mut c,
        &percents.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
        &spans,
        percent_scope,
    );
    c.finish(input)
}

/// Facts the peer does not have at all: a failure when their own text is
/// in scope (a false positive against the peer's complete list).
fn extras(
    c: &mut Checks,
    facts: &[&Fact],
    spans: &[Option<Range<usize>>],
    scope: fn(&str) -> Option<&'static str>,
) {
    for f in facts {
        let covered = spans
            .iter()
            .any(|sp| sp.as_ref().is_none_or(|sp| overlaps(sp, f)));
        if !covered && scope(&f.text).is_none() {
            c.fail("no fact here", format!("extra {}", show(f)));
        }
    }
}

/// Whether a fact is a reading of the peer's whole text (not of a part).
fn same_text(f: &Fact, text: &str) -> bool {
    f.text == text.trim() || f.text == strip_affixes(text)
}

/// The check of a money parser case: wrong when a money fact reads the
/// whole input differently, a miss when none does.
fn money_verdict(
    c: &mut Checks,
    ok: bool,
    input: &str,
    expected: String,
    money: &[(&Fact, &Money)],
) {
    if ok {
        c.pass();
    } else {
        let wrong = money.iter().any(|(f, _)| same_text(f, input));
        c.wrong_if(wrong, expected, show_all(money.iter().map(|(f, _)| *f)));
    }
}

/// Money facts of an extraction.
fn money_facts(ex: &Extracted) -> Vec<(&Fact, &Money)> {
    ex.facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Money(m) => Some((f, m)),
            _ => None,
        })
        .collect()
}

/// A negative money case: no money fact where the input has a money word in
/// scope; otherwise out of scope.
fn no_money_case(mut c: Checks, input: &str, money: &[(&Fact, &Money)]) -> CaseOutcome {
    match out_class("money-negative", input) {
        Some(reason) => c.out(reason),
        None => c.check(
            money.is_empty(),
            || "no money".into(),
            || show_all(money.iter().map(|(f, _)| *f)),
        ),
    }
    c.finish(input)
}

/// `NumberWithUnit_CurrencyModel.json`: the extractor's money facts.
fn rt_currency(case: &Value) -> CaseOutcome {
    let input = s(case, "Input");
    let mut c = Checks::default();
    let ex = extract(input, None);
    let money = money_facts(&ex);
    let results = arr(case, "Results");
    if results.is_empty() {
        return no_money_case(c, input, &money);
    }
    let mut spans = Vec::new();
    for r in results {
        let (text, span) = rt_text(input, r);
        spans.push(span.clone());
        let res = r.get("Resolution").unwrap_or(&Value::Null);
        if let Some(reason) = money_scope(&text) {
            c.out(reason);
            continue;
        }
        let Some(cur) = currency_of(s(res, "isoCurrency")) else {
            c.out("currency outside SPEC (台币, 泰铢, 卢布, 韩元, 澳元, 瑞士法郎 …)");
            continue;
        };
        let here: Vec<&(&Fact, &Money)> = money
            .iter()
            .filter(|(f, _)| span.as_ref().map_or(f.text == text, |sp| overlaps(sp, f)))
            .collect();
        let Some(exp) = res.get("value").and_then(dec) else {
            // A currency name without an amount (人民币 美元): no money here.
            c.check(
                here.is_empty(),
                || format!("{text}: no amount"),
                || show_all(here.iter().map(|(f, _)| *f)),
            );
            continue;
        };
        let expected = format!("{text} = {exp} {cur:?}");
        match here.as_slice() {
            [(_, m)] if m.value == exp && m.currency == cur => c.pass(),
            [] => c.miss(expected, elsewhere(money.iter().map(|(f, _)| *f))),
            _ => c.wrong_if(
                here.iter().any(|(f, _)| same_text(f, &text)),
                expected,
                show_all(here.iter().map(|(f, _)| *f)),
            ),
        }
    }
    let facts: Vec<&Fact> = money.iter().map(|(f, _)| *f).collect();
    for f in &facts {
        let covered = spans
            .iter()
            .any(|sp| sp.as_ref().is_none_or(|sp| overlaps(sp, f)));
        if let (false, FactData::Money(m)) = (covered, &f.data) {
            if m.unit.contains(['元', '圆', '镑', '币']) {
                c.fail("no money here", format!("extra {}", show(f)));
            } else {
                c.diff(DIFF_BARE_SCALE_EXTRA);
            }
        }
    }
    c.finish(input)
}

/// `NumberWithUnit_DimensionModel.json`: only areas are ours (亩; the file
/// has no 平方米/平方公里/公顷 case).
fn rt_dimension(case: &Value) -> CaseOutcome {
    let input = s(case, "Input");
    let mut c = Checks::default();
    let ex = extract(input, None);
    let areas: Vec<&Fact> = ex
        .facts
        .iter()
        .filter(|f| matches!(f.data, FactData::Area(_)))
        .collect();
    let results = arr(case, "Results");
    if results.is_empty() {
        match out_class("area-negative", input) {
            Some(reason) => c.out(reason),
            None => c.check(
                areas.is_empty(),
                || "no area".into(),
                || show_all(areas.iter().copied()),
            ),
        }
        return c.finish(input);
    }
    let mut spans = Vec::new();
    for r in results {
        let (text, span) = rt_text(input, r);
        spans.push(span.clone());
        let res = r.get("Resolution").unwrap_or(&Value::Null);
        let unit = match s(res, "unit") {
            "Mu" => "亩",
            "Square kilometer" => "平方公里",
            "Square meter" => "平方米",
            "Hectare" => "公顷",
            _ => {
                c.out("lengths, weights and other non-area units");
                continue;
            }
        };
        let Some(exp) = res.get("value").and_then(dec) else {
            c.out("peer value is not an exact decimal");
            continue;
        };
        let hit = areas
            .iter()
            .find(|f| span.as_ref().map_or(f.text == text, |sp| overlaps(sp, f)));
        let ok = matches!(hit.map(|f| &f.data), Some(FactData::Area(a)) if a.amount == exp && a.unit == unit);
        if ok {
            c.pass();
        } else {
            c.wrong_if(
                hit.is_some_and(|f| same_text(f, &text)),
                format!("{text} = {exp} {unit}"),
                show_all(hit.copied()),
            );
        }
    }
    extras(&mut c, &areas, &spans, |_| None);
    c.finish(input)
}

/// The symbolic value of a Recognizers-Text date result.
#[derive(Debug, Default)]
struct RtDate {
    /// `Timex`, e.g. `XXXX-03`, `(2016-01-01,2018-01-01,P2Y)`.
    timex: String,
    /// `Mod`: `since`, `before`, `after`, `until`.
    modifier: Option<String>,
    /// Resolved readings: (start or value, end).
    values: Vec<(Option<String>, Option<String>)>,
}

/// The date value of a parser result (`Value.Timex` with past/future
/// resolutions) or a model result (`Resolution.values`).
fn rt_date(r: &Value) -> RtDate {
    let mut d = RtDate::default();
    let v = r
        .get("Value")
        .or_else(|| r.get("Resolution"))
        .unwrap_or(&Value::Null);
    if let Some(values) = v.get("values").and_then(Value::as_array) {
        for x in values {
            if d.timex.is_empty() {
                d.timex = s(x, "timex").to_string();
            }
            if let Some(m) = x.get("Mod").and_then(Value::as_str) {
                d.modifier = Some(m.to_string());
            }
            let start = x
                .get("value")
                .or_else(|| x.get("start"))
                .and_then(Value::as_str);
            d.values.push((
                start.map(str::to_string),
                x.get("end").and_then(Value::as_str).map(str::to_string),
            ));
        }
    } else {
        d.timex = s(v, "Timex").to_string();
        for key in ["PastResolution", "FutureResolution"] {
            let x = v.get(key).unwrap_or(&Value::Null);
            let start = x
                .get("date")
                .or_else(|| x.get("startDate"))
                .and_then(Value::as_str);
            let end = x.get("endDate").and_then(Value::as_str).map(str::to_string);
            let pair = (start.map(str::to_string), end);
            if !d.values.contains(&pair) {
                d.values.push(pair);
            }
        }
    }
    d
}

/// Whether the peer found no real day (2月30日): `not resolved` or 0001-01-01.
fn rt_unresolvable(d: &RtDate) -> bool {
    d.values.iter().any(|(a, _)| {
        a.as_deref()
            .is_some_and(|a| a == "not resolved" || a.starts_with("0001"))
    })
}

/// The peer's granularity by the shape of its timex.
fn rt_granularity(timex: &str) -> Option<&'static str> {
    static DAY_T: LazyLock<Regex> = LazyLock::new(|| re(r"^[0-9X]{4}-[0-9X]{2}-[0-9]{2}$"));
    static MONTH_T: LazyLock<Regex> = LazyLock::new(|| re(r"^[0-9X]{4}-[0-9]{2}$"));
    static YEAR_T: LazyLock<Regex> = LazyLock::new(|| re(r"^[0-9]{4}$"));
    if DAY_T.is_match(timex) {
        Some("day")
    } else if MONTH_T.is_match(timex) {
        Some("month")
    } else if YEAR_T.is_match(timex) {
        Some("year")
    } else if timex.ends_with(",P3M)") {
        Some("quarter")
    } else if timex.ends_with(",P6M)") {
        Some("half")
    } else {
        None
    }
}

/// The peer's expected interval converted to our convention, recording the
/// conversions as DIFFERENCE classes. `Ok(None)`: no date expected.
fn rt_expected(
    d: &RtDate,
    text: &str,
    r: Option<NaiveDate>,
    c: &mut Checks,
) -> Result<Option<Iv>, &'static str> {
    static DAY_T: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(XXXX|[0-9]{4})-(XX|[0-9]{2})-([0-9]{2})$"));
    static MONTH_T: LazyLock<Regex> = LazyLock::new(|| re(r"^(XXXX|[0-9]{4})-([0-9]{2})$"));
    static YEAR_T: LazyLock<Regex> = LazyLock::new(|| re(r"^([0-9]{4})$"));
    static RANGE_T: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\((XXXX|[0-9]{4})-([0-9]{2})-([0-9]{2}),(XXXX|[0-9]{4})-([0-9]{2})-([0-9]{2}),P[0-9]+([YMDW])\)$",
        )
    });
    static CONNECTOR: LazyLock<Regex> = LazyLock::new(|| re(r"到|至|[-—–~～－]|与|和"));
    let t = strip_affixes(text);
    // The peer gives a past and a future reading (XXXX-03: 2018-03 and 2019-03).
    let ambiguous = d.values.len() > 1;
    let year = |y: &str| -> Result<i32, &'static str> {
        if y == "XXXX" {
            r.map(|r| r.year()).ok_or("no reference date")
        } else {
            y.parse().map_err(|_| "bad timex")
        }
    };
    let num = |v: &str| v.parse::<u32>().map_err(|_| "bad timex");
    if let Some(m) = &d.modifier {
        if m != "since" || !t.ends_with("以来") {
            return Err("open-ended before/after/since (SPEC: only 以来)");
        }
    }
    let iv = if let Some(cap) = DAY_T.captures(&d.timex) {
        let day = num(&cap[3])?;
        let date = if &cap[2] == "XX" {
            day_alone(day, r.ok_or("no reference date")?)
        } else {
            ymd(year(&cap[1])?, num(&cap[2])?, day)
        };
        if ambiguous {
            c.diff(DIFF_AMBIGUOUS_YEAR);
        }
        match date {
            Some(x) => Some(Iv { from: x, to: x }),
            None => {
                if !rt_unresolvable(d) {
                    c.diff(DIFF_NO_SUCH_DAY);
                }
                None
            }
        }
    } else if let Some(cap) = MONTH_T.captures(&d.timex) {
        if ambiguous {
            c.diff(DIFF_AMBIGUOUS_YEAR);
        }
        Some(month_iv(year(&cap[1])?, num(&cap[2])?).ok_or("bad timex")?)
    } else if let Some(cap) = YEAR_T.captures(&d.timex) {
        let y = year(&cap[1])?;
        let whole = year_iv(y).ok_or("bad timex")?;
        let next = format!("{}-01-01", y + 1);
        if d.values
            .iter()
            .any(|(_, e)| e.as_deref().is_some_and(|e| !e.starts_with(&next)))
            && d.modifier.is_none()
        {
            c.diff(DIFF_YEAR_TO_DATE);
        }
        Some(whole)
    } else if let Some(cap) = RANGE_T.captures(&d.timex) {
        let a = ymd(year(&cap[1])?, num(&cap[2])?, num(&cap[3])?).ok_or("bad timex")?;
        let b = ymd(year(&cap[4])?, num(&cap[5])?, num(&cap[6])?).ok_or("bad timex")?;
        if b < a {
            return Err("year ranges and cross-year month ranges");
        }
        if is_near_years(t) {
            let r = r.ok_or("no reference date")?;
            let n = r.year() - a.year();
            c.diff(DIFF_NEAR_YEARS);
            Some(Iv {
                from: ymd(r.year() - (n - 1), 1, 1).ok_or("bad timex")?,
                to: r,
            })
        } else if CONNECTOR.is_match(t) {
            let to = match &cap[7] {
                "Y" => ymd(b.year(), 12, 31),
                "M" => month_end(b.year(), b.month()),
                _ => Some(b),
            }
            .ok_or("bad timex")?;
            if to != b {
                c.diff(DIFF_RANGE_END);
            }
            if ambiguous && d.timex.contains('X') {
                c.diff(DIFF_AMBIGUOUS_YEAR);
            }
            Some(Iv { from: a, to })
        } else {
            c.diff(DIFF_EXCLUSIVE_END);
            Some(Iv {
                from: a,
                to: b.pred_opt().ok_or("bad timex")?,
            })
        }
    } else {
        return Err("timex we do not read (weeks, seasons …)");
    };
    if d.modifier.is_some() {
        // 自2018年以来: from the start of the named period to R.
        c.diff(DIFF_SINCE);
        let r = r.ok_or("no reference date")?;
        return Ok(iv.map(|iv| Iv {
            from: iv.from,
            to: r,
        }));
    }
    Ok(iv)
}

/// Date parsers and datetimeV2 models: resolved values.
fn rt_date_resolved(case: &Value) -> CaseOutcome {
    let input = s(case, "Input");
    let reference = rt_reference(case);
    let mut c = Checks::default();
    let results = arr(case, "Results");
    if results.is_empty() {
        return rt_date_negative(input, reference);
    }
    for r in results {
        let ty = s(r, "TypeName");
        let ty = if ty.is_empty() { s(r, "Type") } else { ty };
        let ty = ty.trim_start_matches("datetimeV2.");
        match ty {
            "date" | "daterange" => {}
            "duration" => {
                c.out("durations");
                continue;
            }
            "set" => {
                c.out("periodic expressions (每天, 每年)");
                continue;
            }
            _ => {
                c.out("times of day");
                continue;
            }
        }
        let (text, span) = rt_text(input, r);
        let d = rt_date(r);
        let expected = match date_scope(&text) {
            DateScope::Out(reason) => {
                c.out(reason);
                continue;
            }
            DateScope::NotADate(class) => {
                c.diff(class);
                None
            }
            DateScope::In => match rt_expected(&d, &text, reference, &mut c) {
                Ok(iv) => iv,
                Err(reason) => {
                    c.out(reason);
                    continue;
                }
            },
        };
        check_date(
            &mut c,
            &text,
            input,
            span.as_ref(),
            reference,
            expected,
            rt_granularity(&d.timex),
        );
    }
    c.finish(input)
}

/// A case where the peer finds no date: in scope when the input holds a
/// digit or a date character our patterns react to.
fn rt_date_negative(input: &str, reference: Option<NaiveDate>) -> CaseOutcome {
    let mut c = Checks::default();
    if let Some(reason) = out_class("date-negative", input) {
        c.out(reason);
    } else {
        let ex = extract(input, reference);
        let dates: Vec<&Fact> = ex
            .facts
            .iter()
            .filter(|f| matches!(f.data, FactData::Date(_)))
            .collect();
        c.check(
            dates.is_empty(),
            || "no date".into(),
            || show_all(dates.iter().copied()),
        );
    }
    c.finish(input)
}

/// Date extractors: spans only. Pass when one of our date facts has the
/// peer's text (without a leading 从/在/自).
fn rt_date_extractor(case: &Value) -> CaseOutcome {
    let input = s(case, "Input");
    let results = arr(case, "Results");
    if results.is_empty() {
        return rt_date_negative(input, None);
    }
    let mut c = Checks::default();
    let ex = extract(input, None);
    for r in results {
        let (text, span) = rt_text(input, r);
        let ty = s(r, "Type");
        if ty != "date" && ty != "daterange" {
            c.out("times of day");
            continue;
        }
        span_check(&mut c, &text, span.as_ref(), &ex);
    }
    c.finish(input)
}

/// One expected date span against our date facts.
fn span_check(c: &mut Checks, text: &str, span: Option<&Range<usize>>, ex: &Extracted) {
    let dates: Vec<&Fact> = ex
        .facts
        .iter()
        .filter(|f| matches!(f.data, FactData::Date(_)))
        .collect();
    let here: Vec<&Fact> = dates
        .iter()
        .copied()
        .filter(|f| span.is_none_or(|sp| overlaps(sp, f)))
        .collect();
    match date_scope(text) {
        DateScope::Out(reason) => c.out(reason),
        DateScope::NotADate(class) => {
            c.diff(class);
            c.check(
                here.is_empty(),
                || format!("{text}: no date"),
                || show_all(here.iter().copied()),
            );
        }
        DateScope::In => {
            let want = strip_affixes(text);
            let ok = here.iter().any(|f| f.text == text || f.text == want);
            if ok {
                c.pass();
            } else {
                c.miss(format!("date span {text}"), show_all(here.iter().copied()));
            }
        }
    }
}

// ---------------------------------------------------------------------------
// JioNLP
// ---------------------------------------------------------------------------

/// The fixed "now" for JioNLP cases whose base is `time.time()`: their
/// expected values do not depend on it (README), and output must not drift.
fn jio_now() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 5).expect("valid date")
}

/// The reference date of a JioNLP time base (Asia/Shanghai local date).
/// Partial bases (only a year) take January and day 1.
fn jio_reference(tb: &Value) -> Option<NaiveDate> {
    match s(tb, "kind") {
        "timestamp" => parse_day(s(tb, "local_cst")),
        "datetime" => parse_day(s(tb, "value")),
        "now" => Some(jio_now()),
        "list" => {
            let v: Vec<i64> = arr(tb, "value").iter().filter_map(Value::as_i64).collect();
            let y = *v.first()? as i32;
            ymd(
                y,
                v.get(1).map_or(1, |&m| m as u32),
                v.get(2).map_or(1, |&d| d as u32),
            )
        }
        "dict" => {
            let v = tb.get("value")?;
            let n = |k: &str, d: i64| v.get(k).and_then(Value::as_i64).unwrap_or(d);
            ymd(
                n("year", 1) as i32,
                n("month", 1) as u32,
                n("day", 1) as u32,
            )
        }
        _ => None,
    }
}

/// `money_parser_cases.json`: the extractor's money fact on the input.
fn jio_money_parser(case: &Value) -> CaseOutcome {
    let input = s(case, "input");
    let mut c = Checks::default();
    let exp = case.get("expected").unwrap_or(&Value::Null);
    if let Some(reason) = money_scope(input) {
        return out_case(input, reason);
    }
    let ex = extract(input, None);
    let money = money_facts(&ex);
    let Some(cur) = currency_of(s(exp, "case")) else {
        return out_case(
            input,
            "currency outside SPEC (台币, 泰铢, 卢布, 韩元, 澳元, 瑞士法郎 …)",
        );
    };
    let has_unit =
        input.contains(['元', '圆', '镑']) || input.contains("人民币") || input.contains("港币");
    if !has_unit {
        c.diff(DIFF_BARE_NUMBER);
        c.check(
            money.is_empty(),
            || "no money (no money word)".into(),
            || show_all(money.iter().map(|(f, _)| *f)),
        );
        return c.finish(input);
    }
    let (low, high) = match exp.get("num") {
        Some(Value::Array(v)) => (v.first().and_then(dec), v.get(1).and_then(dec)),
        Some(v) => (dec(v), None),
        None => (None, None),
    };
    let Some(low) = low else {
        return out_case(input, "peer value is not an exact decimal");
    };
    let high = if high.is_some() && input.contains(['多', '余']) {
        c.diff(DIFF_OVER_AS_RANGE);
        None
    } else {
        high
    };
    let expected = format!(
        "{low}{} {cur:?}",
        high.map(|h| format!("..{h}")).unwrap_or_default()
    );
    let ok = matches!(money.as_slice(), [(_, m)] if m.value == low && m.upper == high && m.currency == cur);
    money_verdict(&mut c, ok, input, expected, &money);
    c.finish(input)
}

/// `money_extractor_cases.json`: our money facts' texts.
fn jio_money_extractor(case: &Value) -> CaseOutcome {
    let input = s(case, "input");
    let mut c = Checks::default();
    let ex = extract(input, None);
    let money = money_facts(&ex);
    let expected = arr(case, "expected");
    if expected.is_empty() {
        return no_money_case(c, input, &money);
    }
    let mut spans = Vec::new();
    for e in expected {
        let text = s(e, "text");
        let off: Vec<usize> = arr(e, "offset")
            .iter()
            .filter_map(Value::as_u64)
            .map(|v| v as usize)
            .collect();
        let span = match off.as_slice() {
            [a, b] => char_range(input, *a, b.saturating_sub(*a)),
            _ => None,
        };
        spans.push(span.clone());
        if let Some(reason) = money_scope(text) {
            c.out(reason);
            continue;
        }
        let here: Vec<&Fact> = money
            .iter()
            .map(|(f, _)| *f)
            .filter(|f| span.as_ref().is_none_or(|sp| overlaps(sp, f)))
            .collect();
        if money.iter().any(|(f, _)| f.text == text) {
            c.pass();
        } else if here.is_empty() {
            c.miss(
                format!("money span {text}"),
                elsewhere(money.iter().map(|(f, _)| *f)),
            );
        } else {
            c.fail(format!("money span {text}"), show_all(here));
        }
    }
    let facts: Vec<&Fact> = money.iter().map(|(f, _)| *f).collect();
    extras(&mut c, &facts, &spans, money_scope);
    c.finish(input)
}

/// DIFFERENCE classes of JioNLP's fuzzy parts of months and years.
const DIFF_MONTH_START: &str = "月初 = days 1–10 (SPEC); JioNLP: 1–5";
/// See [`DIFF_MONTH_START`].
const DIFF_MONTH_END: &str = "月底/月末 = days 21–last (SPEC); JioNLP: 25–last";
/// See [`DIFF_MONTH_START`].
const DIFF_YEAR_START: &str = "年初 = Jan–Mar (SPEC); JioNLP: Jan–Feb";
/// See [`DIFF_MONTH_START`].
const DIFF_YEAR_END: &str = "年底/年末 = Oct–Dec (SPEC); JioNLP: Nov–Dec";
/// See [`DIFF_MONTH_START`].
const DIFF_DAY_ALONE: &str =
    "a day alone later than R's day is in the month before (SPEC); JioNLP: R's month";
/// See [`DIFF_MONTH_START`].
const DIFF_RET_FUTURE: &str =
    "ret_future=True asks for the next occurrence; we take R's year (SPEC)";

/// Converts a JioNLP interval to our convention for 月初/月底/年初/年底, a
/// day alone and `ret_future`.
fn jio_convention(
    t: &str,
    iv: Iv,
    r: Option<NaiveDate>,
    future: bool,
    c: &mut Checks,
) -> Option<Iv> {
    static DAY_ALONE: LazyLock<Regex> =
        LazyLock::new(|| re(&format!("^{}$", table().define("DAY"))));
    let (y, m) = (iv.from.year(), iv.from.month());
    let mut to_ours = |new: Option<Iv>, class: &'static str| -> Option<Iv> {
        if new != Some(iv) {
            c.diff(class);
        }
        new
    };
    let before_last = t.chars().rev().nth(1);
    if t.ends_with('初') && before_last == Some('年') {
        return to_ours(
            Some(Iv {
                from: ymd(y, 1, 1)?,
                to: ymd(y, 3, 31)?,
            }),
            DIFF_YEAR_START,
        );
    }
    if t.ends_with(['底', '末']) && before_last == Some('年') {
        return to_ours(
            Some(Iv {
                from: ymd(y, 10, 1)?,
                to: ymd(y, 12, 31)?,
            }),
            DIFF_YEAR_END,
        );
    }
    if t.ends_with('初') {
        return to_ours(
            Some(Iv {
                from: ymd(y, m, 1)?,
                to: ymd(y, m, 10)?,
            }),
            DIFF_MONTH_START,
        );
    }
    if t.ends_with(['底', '末']) {
        return to_ours(
            Some(Iv {
                from: ymd(y, m, 21)?,
                to: month_end(y, m)?,
            }),
            DIFF_MONTH_END,
        );
    }
    if DAY_ALONE.is_match(t) {
        let d = day_alone(iv.from.day(), r?)?;
        return to_ours(Some(Iv { from: d, to: d }), DIFF_DAY_ALONE);
    }
    if future && !t.contains('年') {
        let r = r?;
        let from = ymd(r.year(), iv.from.month(), iv.from.day())?;
        let to = ymd(r.year(), iv.to.month(), iv.to.day())?;
        return to_ours(Some(Iv { from, to }), DIFF_RET_FUTURE);
    }
    Some(iv)
}

/// `time_parser_cases.json`: `resolve_date` (or the extractor) on the input
/// at the case's time base.
fn jio_time_parser(case: &Value) -> CaseOutcome {
    let input = s(case, "input");
    let exp = case.get("expected").unwrap_or(&Value::Null);
    match s(exp, "type") {
        "time_delta" => return out_case(input, "durations"),
        "time_period" => return out_case(input, "periodic expressions (每天, 每年)"),
        _ => {}
    }
    let t = strip_affixes(input);
    match date_scope(input) {
        DateScope::Out(reason) => return out_case(input, reason),
        DateScope::NotADate(_) | DateScope::In => {}
    }
    let mut c = Checks::default();
    let reference = jio_reference(case.get("time_base").unwrap_or(&Value::Null));
    let time = arr(exp, "time");
    let (Some(a), Some(b)) = (
        time.first().and_then(Value::as_str),
        time.get(1).and_then(Value::as_str),
    ) else {
        return out_case(input, "peer value is not an interval");
    };
    let expected = if let DateScope::NotADate(class) = date_scope(input) {
        c.diff(class);
        None
    } else if b == "inf" && t.ends_with("以来") {
        c.diff(DIFF_SINCE);
        match (parse_day(a), reference) {
            (Some(from), Some(to)) => Some(Iv { from, to }),
            _ => return out_case(input, "no reference date"),
        }
    } else {
        let (Some(from), Some(to)) = (parse_day(a), parse_day(b)) else {
            return out_case(input, "open-ended intervals (inf)");
        };
        let future = case
            .get("options")
            .and_then(|o| o.get("ret_future"))
            .and_then(Value::as_bool)
            == Some(true);
        jio_convention(t, Iv { from, to }, reference, future, &mut c)
    };
    check_date(&mut c, input, input, None, reference, expected, None);
    c.finish(input)
}

/// `time_extractor_cases.json`: our date facts' texts. Facts the peer does
/// not list are not counted (as for the RT date extractors, whose lists
/// hold one type only); a negative case must yield no date at all.
fn jio_time_extractor(case: &Value) -> CaseOutcome {
    let input = s(case, "input");
    let mut c = Checks::default();
    let reference = jio_reference(case.get("time_base").unwrap_or(&Value::Null));
    let expected = arr(case, "expected");
    if expected.is_empty() {
        return rt_date_negative(input, reference);
    }
    let ex = extract(input, reference);
    for e in expected {
        let text = s(e, "text");
        let off: Vec<usize> = arr(e, "offset")
            .iter()
            .filter_map(Value::as_u64)
            .map(|v| v as usize)
            .collect();
        let span = match off.as_slice() {
            [a, b] => char_range(input, *a, b.saturating_sub(*a)),
            _ => None,
        };
        span_check(&mut c, text, span.as_ref(), &ex);
    }
    c.finish(input)
}

// ---------------------------------------------------------------------------
// Duckling
// ---------------------------------------------------------------------------

/// Duckling's reference time is 2013-02-12T04:30:00-02:00 (a Tuesday).
fn duckling_reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2013, 2, 12).expect("valid date")
}

/// One example of a Duckling corpus group.
fn duckling_examples(v: &Value, run: fn(&Value, &str) -> CaseOutcome) -> Vec<CaseOutcome> {
    let mut out = Vec::new();
    for g in arr(v, "groups") {
        let exp = g.get("expected").unwrap_or(&Value::Null);
        for ex in arr(g, "examples") {
            out.push(run(exp, ex.as_str().unwrap_or("")));
        }
    }
    out
}

/// `numeral.json`: `parse_number` on the example.
fn duckling_numeral(exp: &Value, ex: &str) -> CaseOutcome {
    let mut c = Checks::default();
    number_check(&mut c, ex, exp.get("value"));
    c.finish(ex)
}

/// `amount_of_money.json`: the extractor's money fact on the example.
fn duckling_money(exp: &Value, ex: &str) -> CaseOutcome {
    let mut c = Checks::default();
    if let Some(reason) = money_scope(ex) {
        return out_case(ex, reason);
    }
    let cur = match s(exp, "unit") {
        "CNY" => Currency::Cny,
        "HKD" => Currency::Hkd,
        "Dollar" if ex.contains('元') => {
            c.diff(DIFF_YUAN_DOLLAR);
            Currency::Cny
        }
        "Cent" => return out_case(ex, "sub-units (角, 分, 毛, 美分)"),
        _ => {
            return out_case(
                ex,
                "currency outside SPEC (台币, 泰铢, 卢布, 韩元, 澳元, 瑞士法郎 …)",
            );
        }
    };
    let (low, high) = match s(exp, "type") {
        "between" => (exp.get("from").and_then(dec), exp.get("to").and_then(dec)),
        _ => (exp.get("value").and_then(dec), None),
    };
    let Some(low) = low else {
        return out_case(ex, "peer value is not an exact decimal");
    };
    let extracted = extract(ex, None);
    let money = money_facts(&extracted);
    let ok = matches!(money.as_slice(), [(_, m)] if m.value == low && m.upper == high && m.currency == cur);
    let expected = format!(
        "{low}{} {cur:?}",
        high.map(|h| format!("..{h}")).unwrap_or_default()
    );
    money_verdict(&mut c, ok, ex, expected, &money);
    c.finish(ex)
}

/// A Duckling `[y, m, d, h, min, s]` tuple as a date (day 0 reads as 1, as
/// the corpus writes some month intervals).
fn duckling_day(v: Option<&Value>) -> Option<NaiveDate> {
    let v: Vec<i64> = v?.as_array()?.iter().filter_map(Value::as_i64).collect();
    ymd(
        *v.first()? as i32,
        (*v.get(1)?).max(1) as u32,
        (*v.get(2)?).max(1) as u32,
    )
}

/// `time.json`: `resolve_date` on the example at Duckling's reference time.
fn duckling_time(exp: &Value, ex: &str) -> CaseOutcome {
    let mut c = Checks::default();
    let reference = duckling_reference();
    if exp.get("holiday").is_some() {
        return out_case(ex, "holidays and solar terms");
    }
    let expected = match date_scope(ex) {
        DateScope::Out(reason) => return out_case(ex, reason),
        DateScope::NotADate(class) => {
            c.diff(class);
            None
        }
        DateScope::In => {
            let grain = s(exp, "grain");
            let iv = if s(exp, "type") == "interval" {
                let (Some(a), Some(b)) =
                    (duckling_day(exp.get("from")), duckling_day(exp.get("to")))
                else {
                    return out_case(ex, "peer value is not an interval");
                };
                c.diff(DIFF_EXCLUSIVE_END);
                b.checked_sub_days(Days::new(1))
                    .map(|to| Iv { from: a, to })
            } else {
                let Some(a) = duckling_day(exp.get("datetime")) else {
                    return out_case(ex, "peer value is not a date");
                };
                match grain {
                    "day" => Some(Iv { from: a, to: a }),
                    "month" => month_iv(a.year(), a.month()),
                    "year" => year_iv(a.year()),
                    _ => return out_case(ex, "times of day"),
                }
            };
            if iv.is_none() {
                return out_case(ex, "peer value is not a date");
            }
            iv
        }
    };
    let grain = exp.get("grain").and_then(Value::as_str);
    check_date(&mut c, ex, ex, None, Some(reference), expected, grain);
    c.finish(ex)
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
fn is_partial_failure(f: &(String, String, bool)) -> bool {
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
    let (title, case_test, fail_test): (
        _,
        fn(&CaseOutcome) -> bool,
        fn(&(String, String, bool)) -> bool,
    ) = if partial {
        ("PARTIAL", is_partial, is_partial_failure)
    } else {
        ("WRONG", is_wrong, |f| f.2)
    };
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
