//! Outcomes, small helpers and date comparison of the conformance example.

use super::*;

// ---------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------

/// A failed check: (expected, got, whether we gave a fact for the whole
/// expected span that disagrees with it).
pub(crate) type Failure = (String, String, bool);

/// What one peer case came to.
#[derive(Debug)]
pub(crate) struct CaseOutcome {
    /// The peer's input.
    pub(crate) input: String,
    /// Why the case is out of scope; `None` when something in it was compared.
    pub(crate) out: Option<&'static str>,
    /// Failed in-scope checks: (expected, got, whether we gave a wrong fact).
    pub(crate) failures: Vec<Failure>,
    /// `DIFFERENCE` classes applied to the peer's expectation.
    pub(crate) diffs: Vec<String>,
}

/// Collects the checks of one case (a case may hold several results).
#[derive(Debug, Default)]
pub(crate) struct Checks {
    /// In-scope checks made.
    pub(crate) in_scope: usize,
    /// Out-of-scope reasons of the results that were skipped.
    pub(crate) out: Vec<&'static str>,
    /// Failed checks: (expected, got, whether we gave a wrong fact).
    pub(crate) failures: Vec<Failure>,
    /// Conventions applied, as `DIFFERENCE` classes.
    pub(crate) diffs: Vec<String>,
}

impl Checks {
    /// A result that is not covered by SPEC.md.
    pub(crate) fn out(&mut self, reason: &'static str) {
        self.out.push(reason);
    }

    /// An in-scope check that passed.
    pub(crate) fn pass(&mut self) {
        self.in_scope += 1;
    }

    /// An in-scope check that failed: a wrong fact unless `got` is none.
    pub(crate) fn fail(&mut self, expected: impl Into<String>, got: impl Into<String>) {
        let got = got.into();
        let wrong = !matches!(got.as_str(), "no fact" | "no date" | "None");
        self.in_scope += 1;
        self.failures.push((expected.into(), got, wrong));
    }

    /// An in-scope check that failed with no fact on the expected span
    /// (`got` lists the input's other facts).
    pub(crate) fn miss(&mut self, expected: impl Into<String>, got: impl Into<String>) {
        self.wrong_if(false, expected, got);
    }

    /// An in-scope check that failed; `wrong` when we gave a fact for the
    /// expected text span itself (not a part of it).
    pub(crate) fn wrong_if(
        &mut self,
        wrong: bool,
        expected: impl Into<String>,
        got: impl Into<String>,
    ) {
        self.in_scope += 1;
        self.failures.push((expected.into(), got.into(), wrong));
    }

    /// An in-scope check: passes when `ok`.
    pub(crate) fn check(
        &mut self,
        ok: bool,
        expected: impl FnOnce() -> String,
        got: impl FnOnce() -> String,
    ) {
        if ok {
            self.pass()
        } else {
            self.fail(expected(), got())
        }
    }

    /// A convention difference applied to an in-scope check.
    pub(crate) fn diff(&mut self, class: impl Into<String>) {
        let class = class.into();
        if !self.diffs.contains(&class) {
            self.diffs.push(class);
        }
    }

    /// The outcome of the case.
    pub(crate) fn finish(self, input: &str) -> CaseOutcome {
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
pub(crate) fn out_case(input: &str, reason: &'static str) -> CaseOutcome {
    let mut c = Checks::default();
    c.out(reason);
    c.finish(input)
}

// ---------------------------------------------------------------------------
// Small helpers: JSON, decimals, spans, extraction
// ---------------------------------------------------------------------------

/// A string field, or "".
pub(crate) fn s<'v>(v: &'v Value, key: &str) -> &'v str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// An array field, or empty.
pub(crate) fn arr<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A decimal from a peer's string or JSON number ("4972000000.00", 1.1).
pub(crate) fn dec(v: &Value) -> Option<Decimal> {
    match v {
        Value::String(t) => dec_str(t),
        Value::Number(n) => dec_str(&n.to_string()),
        _ => None,
    }
}

/// A decimal from text, in plain or scientific notation.
pub(crate) fn dec_str(t: &str) -> Option<Decimal> {
    let t = t.trim();
    Decimal::from_str(t)
        .ok()
        .or_else(|| Decimal::from_scientific(t).ok())
}

/// The byte range of `len` characters from character `start` of `text`.
pub(crate) fn char_range(text: &str, start: usize, len: usize) -> Option<Range<usize>> {
    let mut idx = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    let a = idx.nth(start)?;
    let b = if len == 0 { a } else { idx.nth(len - 1)? };
    Some(a..b)
}

/// The text and byte range of a Recognizers-Text result (`Start` + `Length`,
/// or `Start`..=`End` in model files). The peer's `Text` is normalised
/// (full-width digits become ASCII), so the input's own slice is used.
pub(crate) fn rt_text(input: &str, r: &Value) -> (String, Option<Range<usize>>) {
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
pub(crate) fn overlaps(a: &Range<usize>, f: &Fact) -> bool {
    a.start < f.span.end && f.span.start < a.end
}

/// Facts of one input, with spans relative to the input.
#[derive(Debug)]
pub(crate) struct Extracted {
    /// The facts.
    pub(crate) facts: Vec<Fact>,
}

/// Runs the extractor over `input` as given (a one-paragraph document).
pub(crate) fn extract(input: &str, reference: Option<NaiveDate>) -> Extracted {
    let ex = Extractor::new().reference_date(reference);
    Extracted {
        facts: ex.extract(&Document::parse(input)),
    }
}

/// One fact for the "got" column.
pub(crate) fn show(f: &Fact) -> String {
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
        _ => format!("{} {}", f.kind(), f.text),
    }
}

/// Facts for the "got" column, or "no fact".
pub(crate) fn show_all<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> String {
    let v: Vec<String> = facts.into_iter().map(show).collect();
    if v.is_empty() {
        "no fact".into()
    } else {
        v.join("; ")
    }
}

/// The "got" column when no fact is on the expected span: the input's
/// other facts.
pub(crate) fn elsewhere<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> String {
    let all = show_all(facts);
    if all == "no fact" {
        all
    } else {
        format!("no fact on the span; elsewhere: {all}")
    }
}

/// A date fact for the "got" column.
pub(crate) fn show_date(d: Option<&DateFact>) -> String {
    match d {
        None => "no date".into(),
        Some(d) => match (d.from, d.to) {
            (Some(a), Some(b)) => format!("{a}..{b} {:?}", d.granularity),
            _ => format!("relative {:?} without interval", d.granularity),
        },
    }
}

/// Compiles a pattern of this file.
pub(crate) fn re(p: &str) -> Regex {
    Regex::new(p).expect("valid pattern")
}

// ---------------------------------------------------------------------------
// Date intervals and our date facts
// ---------------------------------------------------------------------------

/// A closed interval of days, our convention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Iv {
    /// First day.
    pub(crate) from: NaiveDate,
    /// Last day (inclusive).
    pub(crate) to: NaiveDate,
}

impl std::fmt::Display for Iv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}..{}", self.from, self.to)
    }
}

/// An expected interval for the "expected" column.
pub(crate) fn show_iv(iv: Option<Iv>) -> String {
    iv.map_or_else(|| "no date".into(), |iv| iv.to_string())
}

/// A date.
pub(crate) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The last day of a month.
pub(crate) fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1)?.pred_opt()
}

/// The whole month.
pub(crate) fn month_iv(y: i32, m: u32) -> Option<Iv> {
    Some(Iv {
        from: ymd(y, m, 1)?,
        to: month_end(y, m)?,
    })
}

/// The whole year.
pub(crate) fn year_iv(y: i32) -> Option<Iv> {
    Some(Iv {
        from: ymd(y, 1, 1)?,
        to: ymd(y, 12, 31)?,
    })
}

/// A `YYYY-MM-DD…` prefix.
pub(crate) fn parse_day(t: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok()
}

/// Our date for a peer's expression: `resolve_date` on the text (as
/// written, then without 从/自/左右), else the extractor's date facts inside
/// `span` of `input` (all of them when `span` is `None`). More than one fact
/// is an error: the expression was split. The flag: the date reads the
/// whole text (not a part of it).
pub(crate) fn our_date(
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
pub(crate) fn check_date(
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
pub(crate) fn granularity_name(g: Granularity) -> &'static str {
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
pub(crate) fn day_alone(d: u32, r: NaiveDate) -> Option<NaiveDate> {
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
pub(crate) const DIFF_AMBIGUOUS_YEAR: &str =
    "bare month/day: reference year (SPEC); peer gives past and future readings";
/// DIFFERENCE: no such day in the reference year.
pub(crate) const DIFF_NO_SUCH_DAY: &str =
    "month/day that does not exist in the reference year is no date; peer picks another year";
/// DIFFERENCE: exclusive peer ends become inclusive.
pub(crate) const DIFF_EXCLUSIVE_END: &str = "peer interval end is exclusive; compared as inclusive";
/// DIFFERENCE: the named end of a range belongs to it.
pub(crate) const DIFF_RANGE_END: &str =
    "range end: the last named month/year is included (SPEC 1—9月); peer stops at its start";
/// DIFFERENCE: 近N年 starts on Jan 1.
pub(crate) const DIFF_NEAR_YEARS: &str =
    "近N年 = Jan 1 of R's year −(N−1) – R (SPEC); peer: R − N years – R";
/// DIFFERENCE: 以来 ends at R.
pub(crate) const DIFF_SINCE: &str = "以来 ends at the reference date (SPEC); peer leaves it open";
/// DIFFERENCE: 今年 is the whole year.
pub(crate) const DIFF_YEAR_TO_DATE: &str = "今年 is the whole year (SPEC); peer: year to date";
