//! Recognizers-Text suites of the conformance example.

use super::*;

// ---------------------------------------------------------------------------
// Recognizers-Text
// ---------------------------------------------------------------------------

/// The reference date of a Recognizers-Text case.
pub(crate) fn rt_reference(case: &Value) -> Option<NaiveDate> {
    case.get("Context")
        .and_then(|c| c.get("ReferenceDateTime"))
        .and_then(Value::as_str)
        .and_then(parse_day)
}

/// `Number_NumberModel.json`: `parse_number` on each matched text.
pub(crate) fn rt_number(case: &Value) -> CaseOutcome {
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
pub(crate) fn number_check(c: &mut Checks, text: &str, expected: Option<&Value>) {
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
pub(crate) fn rt_percent(case: &Value) -> CaseOutcome {
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
pub(crate) fn extras(
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
pub(crate) fn same_text(f: &Fact, text: &str) -> bool {
    f.text == text.trim() || f.text == strip_affixes(text)
}

/// The check of a money parser case: wrong when a money fact reads the
/// whole input differently, a miss when none does.
pub(crate) fn money_verdict(
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
pub(crate) fn money_facts(ex: &Extracted) -> Vec<(&Fact, &Money)> {
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
pub(crate) fn no_money_case(mut c: Checks, input: &str, money: &[(&Fact, &Money)]) -> CaseOutcome {
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
pub(crate) fn rt_currency(case: &Value) -> CaseOutcome {
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
pub(crate) fn rt_dimension(case: &Value) -> CaseOutcome {
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
pub(crate) struct RtDate {
    /// `Timex`, e.g. `XXXX-03`, `(2016-01-01,2018-01-01,P2Y)`.
    pub(crate) timex: String,
    /// `Mod`: `since`, `before`, `after`, `until`.
    pub(crate) modifier: Option<String>,
    /// Resolved readings: (start or value, end).
    pub(crate) values: Vec<(Option<String>, Option<String>)>,
}

/// The date value of a parser result (`Value.Timex` with past/future
/// resolutions) or a model result (`Resolution.values`).
pub(crate) fn rt_date(r: &Value) -> RtDate {
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
pub(crate) fn rt_unresolvable(d: &RtDate) -> bool {
    d.values.iter().any(|(a, _)| {
        a.as_deref()
            .is_some_and(|a| a == "not resolved" || a.starts_with("0001"))
    })
}

/// The peer's granularity by the shape of its timex.
pub(crate) fn rt_granularity(timex: &str) -> Option<&'static str> {
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
pub(crate) fn rt_expected(
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
pub(crate) fn rt_date_resolved(case: &Value) -> CaseOutcome {
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
pub(crate) fn rt_date_negative(input: &str, reference: Option<NaiveDate>) -> CaseOutcome {
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
pub(crate) fn rt_date_extractor(case: &Value) -> CaseOutcome {
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
pub(crate) fn span_check(c: &mut Checks, text: &str, span: Option<&Range<usize>>, ex: &Extracted) {
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
