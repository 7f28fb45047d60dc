//! What every suite shares: the checks of a case, the one shape every
//! peer's cases are read into, the loop over a case's expected results,
//! and the helpers that read JSON and show facts.

use super::*;

/// A failed check: (expected, got, whether we gave a fact for the whole
/// expected span that disagrees with it).
pub type Failure = (String, String, bool);

/// The checks of one case: its input, the in-scope checks made, the
/// out-of-scope classes met, the failed checks, the DIFFERENCE classes.
#[derive(Debug, Default)]
pub struct Checks {
    pub input: String,
    pub compared: usize,
    pub outs: Vec<&'static str>,
    pub failures: Vec<Failure>,
    pub diffs: Vec<String>,
}

/// What a check of a case or result gives: `Err(class)` when out of
/// scope. The checks below give `Ok`, so a check can end with one.
pub type Out = Result<(), &'static str>;

impl Checks {
    /// The checks `f` makes on a case with this input.
    pub fn of(input: &str, f: impl FnOnce(&mut Checks) -> Out) -> Checks {
        let mut c = Checks {
            input: input.into(),
            ..Checks::default()
        };
        if let Err(reason) = f(&mut c) {
            c.outs.push(reason);
        }
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

    /// An in-scope check that passed.
    pub fn pass(&mut self) -> Out {
        self.judge(true, false, "", String::new())
    }

    /// An in-scope check that failed with no fact for the expected span.
    pub fn fail(&mut self, exp: impl Into<String>, got: String) -> Out {
        self.judge(false, false, exp, got)
    }

    /// An in-scope check, passed when `ok`; a failure is `wrong` when we
    /// gave a fact for the expected span itself (not a part of it).
    pub fn judge(&mut self, ok: bool, wrong: bool, exp: impl Into<String>, got: String) -> Out {
        self.compared += 1;
        if !ok {
            self.failures.push((exp.into(), got, wrong));
        }
        Ok(())
    }

    /// An in-scope check, passed when `ok`; a failure is a wrong fact
    /// unless `got` is none.
    pub fn check(&mut self, ok: bool, exp: impl Into<String>, got: String) -> Out {
        let wrong = !matches!(got.as_str(), "no fact" | "no date" | "None");
        self.judge(ok, wrong, exp, got)
    }

    /// A convention difference applied to an in-scope check.
    pub fn diff(&mut self, class: impl Into<String>) {
        let class = class.into();
        if !self.diffs.contains(&class) {
            self.diffs.push(class);
        }
    }

    /// The DIFFERENCE of `key` (`labels.txt`), when `applied`.
    pub fn diff_if(&mut self, applied: bool, key: &str) {
        if applied {
            self.diff(difference(key));
        }
    }
}

/// Whether a failure is a partial reading: facts on a part of the span.
pub fn is_partial(f: &Failure) -> bool {
    !f.2 && !f.1.starts_with("no ") && f.1 != "None"
}

/// One peer case, whatever the suite: the input, the reference date, the
/// expected results with spans, and the case (Duckling: its `expected`).
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

/// Our facts of `kind` in `input` (one paragraph) at `reference`.
pub fn facts(input: &str, reference: Option<NaiveDate>, kind: &str) -> Vec<Fact> {
    let doc = Document::parse(input);
    let all = Extractor::new().reference_date(reference).extract(&doc);
    let kind_is = |f: &Fact| f.kind().to_string() == kind;
    all.into_iter().filter(kind_is).collect()
}

/// How one case is compared.
pub type Check = fn(&Case) -> Checks;

/// How [`need`] reads a field.
type As<'v, T> = fn(&'v Value) -> Option<T>;

/// The field `key` of `v` as `as_` reads it; an error names `at`.
fn need<'v, T>(v: &'v Value, key: &str, as_: As<'v, T>, at: &str) -> Result<T, String> {
    let err = || format!("{at} has no `{key}` of the type the suite reads");
    v.get(key).and_then(as_).ok_or_else(err)
}

/// The cases of a peer's file, with the field names of `[peer PEER]` in
/// `labels.txt` (Duckling: `groups` of `examples` sharing an `expected`).
/// A case without its input or expectation is an error.
pub fn read_cases<'v>(peer: &str, v: &'v Value) -> Result<Vec<Case<'v>>, String> {
    let section = format!("peer {peer}");
    let no_field = |k: &str| format!("labels.txt has no `{k}` in [{section}]");
    let field = |k: &str| label(&section, k).ok_or_else(|| no_field(k));
    let (input, results, reference) = (field("input")?, field("results")?, field("reference")?);
    let case = |input, reference, wants, v| Case {
        input,
        reference,
        wants,
        v,
    };
    let mut cases = Vec::new();
    if peer == "duckling" {
        let groups = need(v, field("groups")?, Value::as_array, "the file")?;
        for (i, g) in groups.iter().enumerate() {
            let at = format!("group #{i}");
            let v = need(g, results, Some, &at)?;
            for e in need(g, input, Value::as_array, &at)? {
                let no_string = || format!("{at} has an example that is no string");
                let input = e.as_str().ok_or_else(no_string)?;
                cases.push(case(input, parse_day(reference), Vec::new(), v));
            }
        }
        return Ok(cases);
    }
    let list_of = v.as_array().ok_or("the file is no list of cases")?;
    for (i, v) in list_of.iter().enumerate() {
        let at = format!("case #{i}");
        let input = need(v, input, Value::as_str, &at)?;
        let expected = list(need(v, results, Some, &at)?);
        let reference = match v.pointer(reference) {
            Some(Value::String(t)) => parse_day(t),
            Some(tb) => jio_reference(tb),
            None => None,
        };
        let wants = expected.iter().map(|r| want(input, r)).collect();
        cases.push(case(input, reference, wants, v));
    }
    Ok(cases)
}

/// One expected result. Its span counts characters (`Start` + `Length`,
/// `Start`..=`End`, `offset` [a, b)); where known, the text is the input's.
fn want<'v>(input: &'v str, v: &'v Value) -> Want<'v> {
    let num = |k| v.get(k).and_then(Value::as_u64).map(|n| n as usize);
    let offset = list(&v["offset"]).iter().filter_map(Value::as_u64);
    let (start, len) = match offset.map(|n| n as usize).collect::<Vec<_>>()[..] {
        [a, b] => (Some(a), Some(b.saturating_sub(a))),
        _ => {
            let end = || Some(num("End")?.saturating_add(1).saturating_sub(num("Start")?));
            (num("Start"), num("Length").or_else(end))
        }
    };
    let span = start.zip(len).and_then(|(st, l)| char_range(input, st, l));
    let peer_text = || first(v, &["Text", "text"]).unwrap_or("");
    let text = span.clone().map_or_else(peer_text, |sp| &input[sp]);
    Want { text, span, v }
}

/// The reference date of a JioNLP time base (partial bases take January
/// and day 1; `time.time()` takes `now` of `[peer jio]`).
pub fn jio_reference(tb: &Value) -> Option<NaiveDate> {
    let ints = ints(&tb["value"]);
    let list = |i: usize| ints.get(i).copied().unwrap_or(1);
    let dict = |k: &str| tb["value"].get(k).and_then(Value::as_i64).unwrap_or(1);
    let (year, month, day) = match s(tb, "kind") {
        "timestamp" => return parse_day(s(tb, "local_cst")),
        "datetime" => return parse_day(s(tb, "value")),
        "now" => return parse_day(label("peer jio", "now")?),
        "list" if !ints.is_empty() => (list(0), list(1), list(2)),
        "dict" => (dict("year"), dict("month"), dict("day")),
        _ => return None,
    };
    ymd(year as i32, month as u32, day as u32)
}

/// The inputs (`Input` or `input`) of a file whose cases are all out of
/// scope (`out KEY` in `suites.txt`).
pub fn out_inputs(v: &Value) -> Result<Vec<&str>, String> {
    let cases = v.as_array().ok_or("the file is no list of cases")?;
    let no_input = |i| format!("case #{i} has no `input` string");
    let input = |(i, c)| first(c, &["Input", "input"]).ok_or_else(|| no_input(i));
    cases.iter().enumerate().map(input).collect()
}

/// A case checked result by result (`each`) against our facts of `kind`
/// (`number`: none), then `extra` on each fact no result is near. Without
/// results, no fact may be found unless `[KIND-negative]` puts it out.
pub fn by_result(
    case: &Case,
    kind: &str,
    extra: impl Fn(&mut Checks, &Fact),
    mut each: impl FnMut(&mut Checks, &Want, &[Fact]) -> Out,
) -> Checks {
    let found = facts(case.input, case.reference, kind);
    Checks::of(case.input, |c| {
        if case.wants.is_empty() {
            out_by(&format!("{kind}-negative"), case.input)?;
            let got = parse_number(case.input);
            return match kind {
                "number" => c.check(got.is_none(), "no number", format!("{got:?}")),
                _ => c.check(found.is_empty(), format!("no {kind}"), show_all(&found)),
            };
        }
        for w in &case.wants {
            if let Err(reason) = each(c, w, &found) {
                c.outs.push(reason);
            }
        }
        let near = |f: &&Fact| case.wants.iter().any(|w| w.near(f));
        found.iter().filter(|f| !near(f)).for_each(|f| extra(c, f));
        Ok(())
    })
}

/// A fact the peer does not have: a failure when its text is in scope of
/// `section` (or, without a section, never).
pub fn extra_in(section: Option<&'static str>) -> impl Fn(&mut Checks, &Fact) {
    move |c, f| {
        if section.is_some_and(|s| out_by(s, &f.text).is_ok()) {
            let _ = c.check(false, "no fact here", format!("extra {}", show(f)));
        }
    }
}

/// A JSON list as a slice (empty when not a list).
pub fn list(v: &Value) -> &[Value] {
    v.as_array().map_or(&[], Vec::as_slice)
}

/// A string field, or "".
pub fn s<'v>(v: &'v Value, key: &str) -> &'v str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// The first of the string fields `keys` that `v` has.
pub fn first<'v>(v: &'v Value, keys: &[&str]) -> Option<&'v str> {
    keys.iter().find_map(|k| v.get(*k)?.as_str())
}

/// The integers of a JSON list.
pub fn ints(v: &Value) -> Vec<i64> {
    list(v).iter().filter_map(Value::as_i64).collect()
}

/// A decimal from a peer's string or JSON number, plain or scientific.
pub fn dec(v: &Value) -> Option<Decimal> {
    let t = match v {
        Value::String(t) => t.trim().to_string(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    t.parse().ok().or_else(|| Decimal::from_scientific(&t).ok())
}

/// The peer's exact value `v`, or out of scope (`inexact`).
pub fn exact(v: Option<&Value>) -> Result<Decimal, &'static str> {
    v.and_then(dec).ok_or_else(|| reason("inexact"))
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

/// Whether a fact is a reading of the peer's whole text (not of a part).
pub fn same_text(f: &Fact, text: &str) -> bool {
    f.text == text.trim() || f.text == strip_affixes(text)
}

/// One fact for the "got" column.
pub fn show(f: &Fact) -> String {
    let t = &f.text;
    let to = |u: Option<Decimal>| u.map_or(String::new(), |u| format!("..{}", u.normalize()));
    match &f.data {
        FactData::Money(m) => {
            let (v, up) = (m.value.normalize(), to(m.upper));
            format!("money {t}={v} {:?}{up}", m.currency)
        }
        FactData::Percent(p) => {
            let (v, up) = (p.value.normalize(), to(p.upper));
            let point = (p.unit == PercentUnit::Point).then_some(" point");
            format!("percent {t}={v}{up}{}", point.unwrap_or_default())
        }
        FactData::Area(a) => format!("area {t}={} {}", a.amount.normalize(), a.unit),
        FactData::Date(d) => format!("date {t}={}", show_date(Some(d))),
        FactData::Count(c) => format!("count {t}={}", c.value.normalize()),
        FactData::Event(_) => format!("event {t}"),
        _ => format!("{} {t}", f.kind()),
    }
}

/// Facts for the "got" column, or "no fact".
pub fn show_all<'a, F: Borrow<Fact> + 'a>(facts: impl IntoIterator<Item = &'a F>) -> String {
    let v: Vec<String> = facts.into_iter().map(|f| show(f.borrow())).collect();
    if v.is_empty() {
        "no fact".into()
    } else {
        v.join("; ")
    }
}

/// The "got" column when no fact is on the expected span: the others.
pub fn elsewhere(facts: &[Fact]) -> String {
    match show_all(facts) {
        all if all == "no fact" => all,
        all => format!("no fact on the span; elsewhere: {all}"),
    }
}
