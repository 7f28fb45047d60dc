//! JioNLP and Duckling suites of the conformance example.

use super::*;

// ---------------------------------------------------------------------------
// JioNLP
// ---------------------------------------------------------------------------

/// The fixed "now" for JioNLP cases whose base is `time.time()`: their
/// expected values do not depend on it (README), and output must not drift.
pub(crate) fn jio_now() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 5).expect("valid date")
}

/// The reference date of a JioNLP time base (Asia/Shanghai local date).
/// Partial bases (only a year) take January and day 1.
pub(crate) fn jio_reference(tb: &Value) -> Option<NaiveDate> {
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
pub(crate) fn jio_money_parser(case: &Value) -> CaseOutcome {
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
pub(crate) fn jio_money_extractor(case: &Value) -> CaseOutcome {
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
pub(crate) const DIFF_MONTH_START: &str = "月初 = days 1–10 (SPEC); JioNLP: 1–5";
/// See [`DIFF_MONTH_START`].
pub(crate) const DIFF_MONTH_END: &str = "月底/月末 = days 21–last (SPEC); JioNLP: 25–last";
/// See [`DIFF_MONTH_START`].
pub(crate) const DIFF_YEAR_START: &str = "年初 = Jan–Mar (SPEC); JioNLP: Jan–Feb";
/// See [`DIFF_MONTH_START`].
pub(crate) const DIFF_YEAR_END: &str = "年底/年末 = Oct–Dec (SPEC); JioNLP: Nov–Dec";
/// See [`DIFF_MONTH_START`].
pub(crate) const DIFF_DAY_ALONE: &str =
    "a day alone later than R's day is in the month before (SPEC); JioNLP: R's month";
/// See [`DIFF_MONTH_START`].
pub(crate) const DIFF_RET_FUTURE: &str =
    "ret_future=True asks for the next occurrence; we take R's year (SPEC)";

/// Converts a JioNLP interval to our convention for 月初/月底/年初/年底, a
/// day alone and `ret_future`.
pub(crate) fn jio_convention(
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
pub(crate) fn jio_time_parser(case: &Value) -> CaseOutcome {
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
pub(crate) fn jio_time_extractor(case: &Value) -> CaseOutcome {
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
pub(crate) fn duckling_reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2013, 2, 12).expect("valid date")
}

/// One example of a Duckling corpus group.
pub(crate) fn duckling_examples(
    v: &Value,
    run: fn(&Value, &str) -> CaseOutcome,
) -> Vec<CaseOutcome> {
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
pub(crate) fn duckling_numeral(exp: &Value, ex: &str) -> CaseOutcome {
    let mut c = Checks::default();
    number_check(&mut c, ex, exp.get("value"));
    c.finish(ex)
}

/// `amount_of_money.json`: the extractor's money fact on the example.
pub(crate) fn duckling_money(exp: &Value, ex: &str) -> CaseOutcome {
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
pub(crate) fn duckling_day(v: Option<&Value>) -> Option<NaiveDate> {
    let v: Vec<i64> = v?.as_array()?.iter().filter_map(Value::as_i64).collect();
    ymd(
        *v.first()? as i32,
        (*v.get(1)?).max(1) as u32,
        (*v.get(2)?).max(1) as u32,
    )
}

/// `time.json`: `resolve_date` on the example at Duckling's reference time.
pub(crate) fn duckling_time(exp: &Value, ex: &str) -> CaseOutcome {
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
