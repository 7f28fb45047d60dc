//! The checks of a case, the one shape every suite's cases are read into,
//! and the helpers and comparisons (numbers, money, dates) the suites of
//! the conformance example share.

use super::*;

/// A failed check: (expected, got, whether we gave a fact for the whole
/// expected span that disagrees with it).
pub type Failure = (String, String, bool);

/// The checks of one case and what they came to: its input, the number of
/// in-scope checks made, the out-of-scope classes of the results skipped,
/// the failed checks and the DIFFERENCE classes applied.
#[derive(Debug, Default)]
pub struct Checks {
    pub input: String,
    pub compared: usize,
    pub outs: Vec<&'static str>,
    pub failures: Vec<Failure>,
    pub diffs: Vec<String>,
}

impl Checks {
    /// The checks of a case with this input.
    pub fn new(input: &str) -> Checks {
        let input = input.to_string();
        Checks {
            input,
            ..Checks::default()
        }
    }

    /// A whole case out of scope.
    pub fn out_case(input: &str, reason: &'static str) -> Checks {
        let mut c = Checks::new(input);
        c.out(reason);
        c
    }

    /// Why the case is out of scope: nothing in it was compared.
    pub fn why_out(&self) -> Option<&'static str> {
        let first = self.outs.first().copied();
        (self.compared == 0).then(|| first.unwrap_or_else(|| reason("no-expectation")))
    }

    /// Whether we gave a wrong fact (in scope).
    pub fn is_wrong(&self) -> bool {
        self.compared > 0 && self.failures.iter().any(|f| f.2)
    }

    /// Whether the case, without a wrong fact, has a partial reading.
    pub fn is_partial(&self) -> bool {
        self.compared > 0 && !self.is_wrong() && self.failures.iter().any(is_partial)
    }

    /// A result that is not covered by SPEC.md.
    pub fn out(&mut self, reason: &'static str) {
        self.outs.push(reason);
    }

    /// An in-scope check that passed.
    pub fn pass(&mut self) {
        self.compared += 1;
    }

    /// An in-scope check that failed; `wrong` when we gave a fact for the
    /// expected text span itself (not a part of it).
    pub fn wrong_if(&mut self, wrong: bool, expected: impl Into<String>, got: impl Into<String>) {
        self.compared += 1;
        self.failures.push((expected.into(), got.into(), wrong));
    }

    /// An in-scope check that failed: a wrong fact unless `got` is none.
    pub fn fail(&mut self, expected: impl Into<String>, got: String) {
        let wrong = !matches!(got.as_str(), "no fact" | "no date" | "None");
        self.wrong_if(wrong, expected, got);
    }

    /// An in-scope check that failed with no fact on the expected span
    /// (`got` lists the input's other facts).
    pub fn miss(&mut self, expected: impl Into<String>, got: impl Into<String>) {
        self.wrong_if(false, expected, got);
    }

    /// An in-scope check: passes when `ok`.
    pub fn check(&mut self, ok: bool, expected: String, got: String) {
        if ok {
            self.pass()
        } else {
            self.fail(expected, got)
        }
    }

    /// A convention difference applied to an in-scope check.
    pub fn diff(&mut self, class: impl Into<String>) {
        let class = class.into();
        if !self.diffs.contains(&class) {
            self.diffs.push(class);
        }
    }
}

/// Whether a failure is a partial reading: facts on a part of the span,
/// none of the whole text.
pub fn is_partial(f: &Failure) -> bool {
    !f.2 && !f.1.starts_with("no ") && f.1 != "None"
}

/// One peer case, read into one shape whatever the suite: the input as
/// given, the reference date, the expected results with spans
/// (Recognizers-Text `Results`, a JioNLP extractor's `expected`) and the
/// case itself (Duckling: its group's `expected`).
#[derive(Debug)]
pub struct Case<'v> {
    pub input: &'v str,
    pub reference: Option<NaiveDate>,
    pub wants: Vec<Want<'v>>,
    pub v: &'v Value,
}

/// One expected result: the peer's text (the input's own slice where the
/// span is known), its byte range in the input, and the result itself.
#[derive(Debug)]
pub struct Want<'v> {
    pub text: &'v str,
    pub span: Option<Range<usize>>,
    pub v: &'v Value,
}

impl Want<'_> {
    /// Whether `f` is on the expected span (has its text, when no span).
    pub fn covers(&self, f: &Fact) -> bool {
        let span = self.span.as_ref();
        span.map_or(f.text == self.text, |sp| overlaps(sp, f))
    }

    /// Whether `f` is on the expected span (any fact, when no span).
    pub fn near(&self, f: &Fact) -> bool {
        self.span.as_ref().is_none_or(|sp| overlaps(sp, f))
    }
}

/// How the cases of a file are read.
pub type Reader = fn(&Value) -> Vec<Case<'_>>;

/// How one case is compared.
pub type Check = fn(&Case) -> Checks;

/// The cases of a JSON list: each one's input and list of results at
/// `keys`, its reference date, and each result read by `want`.
pub fn read_cases<'v>(
    v: &'v Value,
    (input, results): (&str, &str),
    reference: impl Fn(&Value) -> Option<NaiveDate>,
    want: fn(&'v str, &'v Value) -> Want<'v>,
) -> Vec<Case<'v>> {
    let case = |v: &'v Value| {
        let (input, reference) = (s(v, input), reference(v));
        let wants = arr(v, results).iter().map(|r| want(input, r)).collect();
        Case {
            input,
            reference,
            wants,
            v,
        }
    };
    list(v).iter().map(case).collect()
}

/// A case checked result by result (`each`) against our facts of `kind`
/// (`number`: none, `parse_number` on the input), then `extra` on each fact
/// that no result covers. Without results the case is negative: no fact
/// may be found, unless the `[KIND-negative]` rules put it out of scope.
pub fn by_result(
    case: &Case,
    kind: &str,
    extra: impl Fn(&mut Checks, &Fact),
    mut each: impl FnMut(&mut Checks, &Want, &[&Fact]),
) -> Checks {
    let mut c = Checks::new(case.input);
    let ex = match kind {
        "number" => Vec::new(),
        _ => extract(case.input, case.reference),
    };
    let facts = of_kind(&ex, kind);
    if !case.wants.is_empty() {
        case.wants.iter().for_each(|w| each(&mut c, w, &facts));
        let others = facts
            .iter()
            .filter(|f| !case.wants.iter().any(|w| w.near(f)));
        others.for_each(|f| extra(&mut c, f));
    } else if let Some(reason) = out_class(&format!("{kind}-negative"), case.input) {
        c.out(reason);
    } else if kind == "number" {
        let got = parse_number(case.input);
        c.check(got.is_none(), "no number".into(), format!("{got:?}"));
    } else {
        c.check(facts.is_empty(), format!("no {kind}"), show_all(&facts));
    }
    c
}

/// A fact the peer does not have at all: a failure when its text is in
/// scope of `section` (a false positive against the peer's complete list).
pub fn extra_in(section: &'static str) -> impl Fn(&mut Checks, &Fact) {
    move |c, f| {
        if out_class(section, &f.text).is_none() {
            c.fail("no fact here", format!("extra {}", show(f)));
        }
    }
}

/// No judgement of the facts no result covers.
pub fn no_extra(_: &mut Checks, _: &Fact) {}

/// The cases of a file that is a JSON list.
pub fn list(v: &Value) -> &[Value] {
    v.as_array().map_or(&[], Vec::as_slice)
}

/// The input of a case (`Input` or `input`).
pub fn input_of(c: &Value) -> &str {
    let inputs = ["Input", "input"].map(|k| s(c, k));
    inputs.into_iter().find(|i| !i.is_empty()).unwrap_or("")
}

/// A string field, or "".
pub fn s<'v>(v: &'v Value, key: &str) -> &'v str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// An array field, or empty.
pub fn arr<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key).map_or(&[], list)
}

/// A decimal from a peer's string or JSON number ("4972000000.00", 1.1),
/// in plain or scientific notation.
pub fn dec(v: &Value) -> Option<Decimal> {
    let t = match v {
        Value::String(t) => t.trim().to_string(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    Decimal::from_str(&t)
        .ok()
        .or_else(|| Decimal::from_scientific(&t).ok())
}

/// The byte range of `len` characters from character `start` of `text`.
pub fn char_range(text: &str, start: usize, len: usize) -> Option<Range<usize>> {
    let mut idx = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    let a = idx.nth(start)?;
    let b = if len == 0 { a } else { idx.nth(len - 1)? };
    Some(a..b)
}

/// Whether byte range `a` overlaps the fact's span.
pub fn overlaps(a: &Range<usize>, f: &Fact) -> bool {
    a.start < f.span.end && f.span.start < a.end
}

/// Runs the extractor over `input` as given (a one-paragraph document).
pub fn extract(input: &str, reference: Option<NaiveDate>) -> Vec<Fact> {
    let ex = Extractor::new().reference_date(reference);
    ex.extract(&Document::parse(input))
}

/// The facts of `kind` among `facts`.
pub fn of_kind<'f>(facts: &'f [Fact], kind: &str) -> Vec<&'f Fact> {
    let kind_is = |f: &&Fact| f.kind().to_string() == kind;
    facts.iter().filter(kind_is).collect()
}

/// Whether a fact is a reading of the peer's whole text (not of a part).
pub fn same_text(f: &Fact, text: &str) -> bool {
    f.text == text.trim() || f.text == strip_affixes(text)
}

/// One fact for the "got" column.
pub fn show(f: &Fact) -> String {
    let t = &f.text;
    let upper = |u: Option<Decimal>| u.map(|u| format!("..{}", u.normalize()));
    match &f.data {
        FactData::Money(m) => {
            let (v, up) = (m.value.normalize(), upper(m.upper).unwrap_or_default());
            format!("money {t}={v} {:?}{up}", m.currency)
        }
        FactData::Percent(p) => {
            let (v, up) = (p.value.normalize(), upper(p.upper).unwrap_or_default());
            let point = if p.unit == PercentUnit::Point {
                " point"
            } else {
                ""
            };
            format!("percent {t}={v}{up}{point}")
        }
        FactData::Area(a) => format!("area {t}={} {}", a.amount.normalize(), a.unit),
        FactData::Date(d) => format!("date {t}={}", show_date(Some(d))),
        FactData::Count(c) => format!("count {t}={}", c.value.normalize()),
        FactData::Event(_) => format!("event {t}"),
        _ => format!("{} {t}", f.kind()),
    }
}

/// Facts for the "got" column, or "no fact".
pub fn show_all<'a>(facts: impl IntoIterator<Item = &'a &'a Fact>) -> String {
    let v: Vec<String> = facts.into_iter().map(|f| show(f)).collect();
    if v.is_empty() {
        "no fact".into()
    } else {
        v.join("; ")
    }
}

/// The "got" column when no fact is on the expected span: the input's
/// other facts.
pub fn elsewhere(facts: &[&Fact]) -> String {
    let all = show_all(facts);
    if all == "no fact" {
        all
    } else {
        format!("no fact on the span; elsewhere: {all}")
    }
}

/// One numeral against its expected value.
pub fn number_check(c: &mut Checks, text: &str, expected: Option<&Value>) {
    if let Some(reason) = out_class("number", text) {
        return c.out(reason);
    }
    let Some(exp) = expected.and_then(dec) else {
        return c.out(reason("inexact"));
    };
    let mut t = text.trim().to_string();
    if t.contains(['余', '多']) {
        t = t.replace(['余', '多'], "");
        c.diff(difference("qualifier-in-numeral"));
    }
    if let Some(stripped) = t.strip_suffix(['个', '個']) {
        t = stripped.to_string();
        c.diff(difference("classifier"));
    }
    let got = parse_number(&t);
    c.check(
        got == Some(exp),
        format!("{text} = {exp}"),
        format!("{got:?}"),
    );
}

/// Our currency for a peer's currency name, or `None` when SPEC does not
/// cover it (`labels.txt`).
pub fn currency_of(name: &str) -> Option<Currency> {
    serde_json::from_value(Value::from(label("currency", name)?)).ok()
}

/// A money case on the whole input: one money fact of `low` (..`high`) in
/// `cur`; wrong when a money fact reads the whole input differently, a
/// miss when none does.
pub fn money_whole(mut c: Checks, low: Decimal, high: Option<Decimal>, cur: Currency) -> Checks {
    let ex = extract(&c.input, None);
    let money = of_kind(&ex, "money");
    let is = |m: &Money| m.value == low && m.upper == high && m.currency == cur;
    if matches!(money.as_slice(), [f] if matches!(&f.data, FactData::Money(m) if is(m))) {
        c.pass();
    } else {
        let wrong = money.iter().any(|f| same_text(f, &c.input));
        let h = high.map(|h| format!("..{h}")).unwrap_or_default();
        c.wrong_if(wrong, format!("{low}{h} {cur:?}"), show_all(&money));
    }
    c
}

/// A closed interval of days (first, last), our convention.
pub type Iv = (NaiveDate, NaiveDate);

/// A date.
pub fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The last day of a month.
pub fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1)?.pred_opt()
}

/// The whole month.
pub fn month_iv(y: i32, m: u32) -> Option<Iv> {
    Some((ymd(y, m, 1)?, month_end(y, m)?))
}

/// The whole year.
pub fn year_iv(y: i32) -> Option<Iv> {
    Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?))
}

/// A `YYYY-MM-DD…` prefix.
pub fn parse_day(t: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok()
}

/// SPEC: a day alone (十八日) takes R's month, or the month before when the
/// day is later than R's day.
pub fn day_alone(d: u32, r: NaiveDate) -> Option<NaiveDate> {
    let (y, m) = match (r.year(), r.month()) {
        (y, m) if d <= r.day() => (y, m),
        (y, 1) => (y - 1, 12),
        (y, m) => (y, m - 1),
    };
    ymd(y, m, d)
}

/// A date fact for the "got" column.
pub fn show_date(d: Option<&DateFact>) -> String {
    match d.map(|d| (d.from, d.to, d.granularity)) {
        None => "no date".into(),
        Some((Some(a), Some(b), g)) => format!("{a}..{b} {g:?}"),
        Some((_, _, g)) => format!("relative {g:?} without interval"),
    }
}

/// Our date for a peer's expression: `resolve_date` on the text (as
/// written, then without 从/自/左右), else the extractor's date facts inside
/// `span` of `input` (all of them when `span` is `None`). More than one fact
/// is an error: the expression was split, unless they are a list of days
/// ([`day_list`]). The flags: the date reads the whole text (not a part of
/// it); it is a list of days.
pub fn our_date(
    text: &str,
    input: &str,
    span: Option<&Range<usize>>,
    reference: Option<NaiveDate>,
) -> Result<(Option<DateFact>, bool, bool), String> {
    let resolved = resolve_date(text, reference);
    if let Some(d) = resolved.or_else(|| resolve_date(strip_affixes(text), reference)) {
        return Ok((Some(d), true, false));
    }
    let ex = extract(input, reference);
    let mut hits = of_kind(&ex, "date");
    hits.retain(|f| span.is_none_or(|sp| overlaps(sp, f)));
    if let [f] = hits[..]
        && let FactData::Date(d) = &f.data
    {
        return Ok((Some(d.clone()), same_text(f, text), false));
    }
    if let Some(d) = day_list(&hits, input, text) {
        return Ok((Some(d), true, true));
    }
    match hits.len() {
        0 => Ok((None, false, false)),
        n => Err(format!("split into {n} date facts: {}", show_all(&hits))),
    }
}

/// A list of days that is the whole of `text` (9月10号，11号，12号), one
/// date fact per day, each later than the one before and separated from it
/// by one list mark: the span from the first day to the last.
fn day_list(hits: &[&Fact], input: &str, text: &str) -> Option<DateFact> {
    let days: Vec<(&Fact, &DateFact)> = hits
        .iter()
        .map(|f| match &f.data {
            FactData::Date(d) if d.granularity == Granularity::Day && d.from == d.to => {
                Some((*f, d))
            }
            _ => None,
        })
        .collect::<Option<_>>()?;
    let (first, last) = (days.first()?, days.last()?);
    let listed = days.windows(2).all(|w| {
        let gap = input.get(w[0].0.span.end..w[1].0.span.start).unwrap_or("");
        matches!(gap.trim(), "、" | "，" | "," | "和" | "及" | "与") && w[0].1.to < w[1].1.from
    });
    let whole = input.get(first.0.span.start..last.0.span.end)? == strip_affixes(text);
    (days.len() >= 2 && listed && whole).then(|| DateFact {
        from: first.1.from,
        to: last.1.to,
        ..first.1.clone()
    })
}

/// The peer's interval in our convention (`None`: no date), or the
/// out-of-scope class of its value.
pub type Expected = Result<Option<Iv>, &'static str>;

/// A date result, `text` of `input` (on `span`), judged at the reference
/// date: out of scope by the `[date]` rules; by them not a date (the
/// peer's value becomes "no date", a DIFFERENCE); or the `expected`
/// interval compared with ours. On a pass, a peer's granularity named
/// otherwise than ours is a DIFFERENCE.
pub fn check_date(
    c: &mut Checks,
    (text, input, span): (&str, &str, Option<&Range<usize>>),
    reference: Option<NaiveDate>,
    peer_granularity: Option<&str>,
    expected: impl FnOnce(&mut Checks) -> Expected,
) {
    let expected = match date_scope(text) {
        (Verdict::Out, reason) => Err(reason),
        (Verdict::NotADate, class) => {
            c.diff(class);
            Ok(None)
        }
        (Verdict::In, _) => expected(c),
    };
    let expected = match expected {
        // 自2018年以来 at a reference date in 2017: nothing to compare.
        Ok(Some((from, to))) if from > to => return c.out(reason("empty-interval")),
        Ok(iv) => iv,
        Err(reason) => return c.out(reason),
    };
    let shown = expected.map_or_else(|| "no date".into(), |(a, b)| format!("{a}..{b}"));
    let exp = format!("{text} → {shown}");
    let (got, same, listed) = match our_date(text, input, span, reference) {
        Err(got) => return c.miss(exp, got),
        Ok(d) => d,
    };
    if listed {
        c.diff(difference("day-list"));
    }
    let ours = got.as_ref().and_then(|d| Some((d.from?, d.to?)));
    if expected.map_or(got.is_some(), |iv| ours != Some(iv)) {
        return c.wrong_if(same && got.is_some(), exp, show_date(got.as_ref()));
    }
    c.pass();
    if let (Some(p), Some(d)) = (peer_granularity, got) {
        // SPEC's name of a granularity is its JSON name.
        let ours = serde_json::to_value(d.granularity).ok();
        let ours = ours.as_ref().and_then(Value::as_str).unwrap_or("other");
        if p != ours {
            c.diff(format!("granularity name: peer {p}, ours {ours}"));
        }
    }
}

/// The out-of-scope class of a date result's type (Recognizers-Text
/// `TypeName` or `Type`, JioNLP `type`, as `labels.txt` maps them), or
/// `None` for the types that are dates.
pub fn date_type_out(v: &Value) -> Option<&'static str> {
    let ty = ["TypeName", "Type", "type"].map(|k| s(v, k));
    let ty = ty.into_iter().find(|t| !t.is_empty());
    let ty = ty.unwrap_or("").trim_start_matches("datetimeV2.");
    let key = label("date-type", ty).unwrap_or("times-of-day");
    (key != "in").then(|| reason(key))
}

/// Date extractors (Recognizers-Text, JioNLP): spans only. A result passes
/// when one of our date facts on its span has its text (without a leading
/// 从/在/自); facts the peer does not list are not counted (the lists hold
/// one type only). A negative case must yield no date at all.
pub fn date_spans(case: &Case) -> Checks {
    by_result(case, "date", no_extra, |c, w, dates| {
        let here: Vec<&Fact> = dates.iter().copied().filter(|f| w.near(f)).collect();
        let scope = date_type_out(w.v).map(|r| (Verdict::Out, r));
        let want = strip_affixes(w.text);
        match scope.unwrap_or_else(|| date_scope(w.text)) {
            (Verdict::Out, reason) => c.out(reason),
            (Verdict::NotADate, class) => {
                c.diff(class);
                c.check(
                    here.is_empty(),
                    format!("{}: no date", w.text),
                    show_all(&here),
                );
            }
            (Verdict::In, _) if here.iter().any(|f| [w.text, want].contains(&&*f.text)) => c.pass(),
            (Verdict::In, _) => c.miss(format!("date span {}", w.text), show_all(&here)),
        }
    })
}
