//! JioNLP and Duckling suites of the conformance example.

use super::*;

/// JioNLP cases: `input`, the reference date of `time_base`, and an
/// extractor's `expected` list (a parser's `expected` is read by the suite).
pub fn jio_cases(v: &Value) -> Vec<Case<'_>> {
    list(v).iter().map(jio_case).collect()
}

/// One JioNLP case; an expected result's `offset` counts characters.
fn jio_case(c: &Value) -> Case<'_> {
    let input = s(c, "input");
    let want = |e| {
        let off: Vec<usize> = arr(e, "offset")
            .iter()
            .filter_map(Value::as_u64)
            .map(|v| v as usize)
            .collect();
        let span = match off[..] {
            [a, b] => char_range(input, a, b.saturating_sub(a)),
            _ => None,
        };
        Want {
            text: s(e, "text").to_string(),
            span,
            v: e,
        }
    };
    let wants = arr(c, "expected").iter().map(want).collect();
    Case {
        input,
        reference: jio_reference(&c["time_base"]),
        wants,
        v: c,
    }
}

/// The reference date of a JioNLP time base (Asia/Shanghai local date).
/// Partial bases (only a year) take January and day 1. A base of
/// `time.time()` takes a fixed day: the expected values do not depend on it
/// (README), and output must not drift.
pub fn jio_reference(tb: &Value) -> Option<NaiveDate> {
    let ints: Vec<i64> = arr(tb, "value").iter().filter_map(Value::as_i64).collect();
    let list = |i: usize| ints.get(i).copied().unwrap_or(1);
    let dict = |k: &str| tb["value"].get(k).and_then(Value::as_i64).unwrap_or(1);
    match s(tb, "kind") {
        "timestamp" => parse_day(s(tb, "local_cst")),
        "datetime" => parse_day(s(tb, "value")),
        "now" => ymd(2026, 6, 5),
        "list" if !ints.is_empty() => ymd(list(0) as i32, list(1) as u32, list(2) as u32),
        "dict" => ymd(
            dict("year") as i32,
            dict("month") as u32,
            dict("day") as u32,
        ),
        _ => None,
    }
}

/// `money_parser_cases.json`: the extractor's money fact on the input.
pub fn jio_money_parser(case: &Case) -> Checks {
    let (input, exp) = (case.input, &case.v["expected"]);
    if let Some(reason) = out_class("money", input) {
        return Checks::out_case(input, reason);
    }
    let Some(cur) = currency_of(s(exp, "case")) else {
        return Checks::out_case(input, reason("currency"));
    };
    let mut c = Checks::new(input);
    if !(input.contains(['元', '圆', '镑']) || input.contains("人民币") || input.contains("港币"))
    {
        c.diff(difference("bare-number"));
        let ex = extract(input, None);
        let money = of_kind(&ex, "money");
        c.check(
            money.is_empty(),
            "no money (no money word)".into(),
            show_all(&money),
        );
        return c;
    }
    let (low, high) = match exp.get("num") {
        Some(Value::Array(v)) => (v.first().and_then(dec), v.get(1).and_then(dec)),
        v => (v.and_then(dec), None),
    };
    let Some(low) = low else {
        return Checks::out_case(input, reason("inexact"));
    };
    if high.is_some() && input.contains(['多', '余']) {
        c.diff(difference("over-as-range"));
        return money_whole(c, low, None, cur);
    }
    money_whole(c, low, high, cur)
}

/// `money_extractor_cases.json`: our money facts' texts.
pub fn jio_money_spans(case: &Case) -> Checks {
    let each = |c: &mut Checks, w: &Want, money: &[&Fact]| {
        if let Some(reason) = out_class("money", &w.text) {
            return c.out(reason);
        }
        let mut here = money.to_vec();
        here.retain(|f| w.near(f));
        let expected = format!("money span {}", w.text);
        if money.iter().any(|f| f.text == w.text) {
            c.pass();
        } else if here.is_empty() {
            c.miss(expected, elsewhere(money));
        } else {
            c.fail(expected, show_all(&here));
        }
    };
    by_result(case, "money", each, extra_in("money"))
}

/// A JioNLP interval `peer` for `t` in our convention: its fuzzy parts of
/// years and months (`labels.txt`), a day alone, and the next occurrence
/// `ret_future` asks for; each conversion is a DIFFERENCE.
pub fn jio_convention(
    t: &str,
    peer: Iv,
    r: Option<NaiveDate>,
    future: bool,
    c: &mut Checks,
) -> Option<Iv> {
    static DAY_ALONE: LazyLock<Regex> = LazyLock::new(|| {
        let day = data().table.define("DAY");
        Regex::new(&format!("^{day}$")).expect("valid pattern")
    });
    let ((from, to), y) = (peer, peer.0.year());
    let mut ours = |new: Iv, key: &str| {
        if new != peer {
            c.diff(difference(key));
        }
        Some(new)
    };
    let fuzzy = data()
        .labels
        .get("fuzzy")
        .iter()
        .find(|e| t.ends_with(&e.1));
    if let Some((no, _, rule)) = fuzzy {
        // Month-day; `m`: the peer's month, `last`: its last day.
        let day = |md: &str| {
            let (mo, d) = md.split_once('-')?;
            let mo = if mo == "m" {
                from.month()
            } else {
                mo.parse().ok()?
            };
            if d == "last" {
                month_end(y, mo)
            } else {
                ymd(y, mo, d.parse().ok()?)
            }
        };
        let rule: Vec<&str> = rule.split_whitespace().collect();
        let [a, b, key] = rule[..] else {
            panic!("labels.txt line {no}: bad rule")
        };
        ours((day(a)?, day(b)?), key)
    } else if DAY_ALONE.is_match(t) {
        let d = day_alone(from.day(), r?)?;
        ours((d, d), "day-alone")
    } else if future && !t.contains('年') {
        let y = r?.year();
        let (a, b) = (
            ymd(y, from.month(), from.day())?,
            ymd(y, to.month(), to.day())?,
        );
        ours((a, b), "ret-future")
    } else {
        Some(peer)
    }
}

/// `time_parser_cases.json`: `resolve_date` (or the extractor) on the input
/// at the case's time base.
pub fn jio_time_parser(case: &Case) -> Checks {
    let (input, exp, r) = (case.input, &case.v["expected"], case.reference);
    let out = |reason| Checks::out_case(input, reason);
    let scope = date_scope(input);
    if let Some(reason) = date_type_out(exp).or((scope.0 == Verdict::Out).then_some(scope.1)) {
        return out(reason);
    }
    let time: Vec<&str> = arr(exp, "time")
        .iter()
        .map_while(Value::as_str)
        .take(2)
        .collect();
    let [a, b] = time[..] else {
        return out(reason("not-interval"));
    };
    let (t, mut c) = (strip_affixes(input), Checks::new(input));
    let expected = if scope.0 == Verdict::NotADate {
        c.diff(scope.1);
        None
    } else if b == "inf" && t.ends_with("以来") {
        c.diff(difference("since"));
        let (Some(from), Some(to)) = (parse_day(a), r) else {
            return out(reason("no-reference"));
        };
        Some((from, to))
    } else {
        let (Some(from), Some(to)) = (parse_day(a), parse_day(b)) else {
            return out(reason("open-interval"));
        };
        let future = case
            .v
            .pointer("/options/ret_future")
            .and_then(Value::as_bool);
        jio_convention(t, (from, to), r, future == Some(true), &mut c)
    };
    check_date(&mut c, (input, input, None), r, expected, None);
    c
}

/// Duckling cases: each example of a corpus group, with the group's
/// `expected`, at Duckling's reference time 2013-02-12T04:30:00-02:00 (a
/// Tuesday).
pub fn duckling_cases(v: &Value) -> Vec<Case<'_>> {
    let mut out = Vec::new();
    for g in arr(v, "groups") {
        for input in arr(g, "examples").iter().map(|e| e.as_str().unwrap_or("")) {
            let (reference, v) = (ymd(2013, 2, 12), &g["expected"]);
            out.push(Case {
                input,
                reference,
                wants: Vec::new(),
                v,
            });
        }
    }
    out
}

/// `numeral.json`: `parse_number` on the example.
pub fn duckling_numeral(case: &Case) -> Checks {
    let mut c = Checks::new(case.input);
    number_check(&mut c, case.input, case.v.get("value"));
    c
}

/// `amount_of_money.json`: the extractor's money fact on the example.
pub fn duckling_money(case: &Case) -> Checks {
    let (ex, exp, mut c) = (case.input, case.v, Checks::new(case.input));
    if let Some(reason) = out_class("money", ex) {
        return Checks::out_case(ex, reason);
    }
    let cur = match s(exp, "unit") {
        "Dollar" if ex.contains('元') => {
            c.diff(difference("yuan-dollar"));
            Some(Currency::Cny)
        }
        "Cent" => return Checks::out_case(ex, reason("sub-units")),
        unit => currency_of(unit),
    };
    let Some(cur) = cur else {
        return Checks::out_case(ex, reason("currency"));
    };
    let (low, high) = match s(exp, "type") {
        "between" => (exp.get("from").and_then(dec), exp.get("to").and_then(dec)),
        _ => (exp.get("value").and_then(dec), None),
    };
    match low {
        Some(low) => money_whole(c, low, high, cur),
        None => Checks::out_case(ex, reason("inexact")),
    }
}

/// A Duckling `[y, m, d, h, min, s]` tuple as a date (day 0 reads as 1, as
/// the corpus writes some month intervals).
pub fn duckling_day(v: &Value) -> Option<NaiveDate> {
    let v: Vec<i64> = v.as_array()?.iter().filter_map(Value::as_i64).collect();
    ymd(
        *v.first()? as i32,
        (*v.get(1)?).max(1) as u32,
        (*v.get(2)?).max(1) as u32,
    )
}

/// `time.json`: `resolve_date` on the example at Duckling's reference time.
pub fn duckling_time(case: &Case) -> Checks {
    let (ex, exp, mut c) = (case.input, case.v, Checks::new(case.input));
    let out = |reason| Checks::out_case(ex, reason);
    if exp.get("holiday").is_some() {
        return out(reason("holidays"));
    }
    let expected = match date_scope(ex) {
        (Verdict::Out, reason) => return out(reason),
        (Verdict::NotADate, class) => {
            c.diff(class);
            None
        }
        (Verdict::In, _) if s(exp, "type") == "interval" => {
            let (Some(a), Some(b)) = (duckling_day(&exp["from"]), duckling_day(&exp["to"])) else {
                return out(reason("not-interval"));
            };
            c.diff(difference("exclusive-end"));
            let Some(b) = b.pred_opt() else {
                return out(reason("not-a-date"));
            };
            Some((a, b))
        }
        (Verdict::In, _) => {
            let Some(a) = duckling_day(&exp["datetime"]) else {
                return out(reason("not-a-date"));
            };
            let whole = match s(exp, "grain") {
                "day" => Some((a, a)),
                "month" => month_iv(a.year(), a.month()),
                "year" => year_iv(a.year()),
                _ => return out(reason("times-of-day")),
            };
            let Some(whole) = whole else {
                return out(reason("not-a-date"));
            };
            Some(whole)
        }
    };
    let grain = exp.get("grain").and_then(Value::as_str);
    check_date(&mut c, (ex, ex, None), case.reference, expected, grain);
    c
}
