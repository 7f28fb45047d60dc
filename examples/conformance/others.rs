//! JioNLP and Duckling suites of the conformance example.

use super::*;

/// JioNLP cases: `input`, the reference date of `time_base`, and an
/// extractor's `expected` list (a parser's `expected` is read by the suite).
pub fn jio_cases(v: &Value) -> Vec<Case<'_>> {
    read_cases(
        v,
        ("input", "expected"),
        |c| jio_reference(&c["time_base"]),
        jio_want,
    )
}

/// One expected result of a JioNLP extractor; its `offset` counts
/// characters.
fn jio_want<'v>(input: &'v str, v: &'v Value) -> Want<'v> {
    let offset = arr(v, "offset").iter().filter_map(Value::as_u64);
    let span = match offset.map(|n| n as usize).collect::<Vec<_>>()[..] {
        [a, b] => char_range(input, a, b.saturating_sub(a)),
        _ => None,
    };
    Want {
        text: s(v, "text"),
        span,
        v,
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
    let (year, month, day) = match s(tb, "kind") {
        "timestamp" => return parse_day(s(tb, "local_cst")),
        "datetime" => return parse_day(s(tb, "value")),
        "now" => (2026, 6, 5),
        "list" if !ints.is_empty() => (list(0), list(1), list(2)),
        "dict" => (dict("year"), dict("month"), dict("day")),
        _ => return None,
    };
    ymd(year as i32, month as u32, day as u32)
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
    // 十块三毛: 块 with 毛/分 after it is money (the crate reads it so).
    let kuai = input.contains('块') && input.contains(['毛', '分']);
    if !(input.contains(['元', '圆', '镑'])
        || input.contains("人民币")
        || input.contains("港币")
        || kuai)
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
    by_result(case, "money", extra_in("money"), |c, w, money| {
        if let Some(reason) = out_class("money", w.text) {
            return c.out(reason);
        }
        let here: Vec<&Fact> = money.iter().copied().filter(|f| w.near(f)).collect();
        let expected = format!("money span {}", w.text);
        if money.iter().any(|f| f.text == w.text) {
            c.pass();
        } else if here.is_empty() {
            c.miss(expected, elsewhere(money));
        } else {
            c.fail(expected, show_all(&here));
        }
    })
}

/// `time_parser_cases.json`: `resolve_date` (or the extractor) on the input
/// at the case's time base.
pub fn jio_time_parser(case: &Case) -> Checks {
    let (input, exp) = (case.input, &case.v["expected"]);
    if let Some(reason) = date_type_out(exp) {
        return Checks::out_case(input, reason);
    }
    let mut c = Checks::new(input);
    check_date(&mut c, (input, input, None), case.reference, None, |c| {
        jio_expected(case, c)
    });
    c
}

/// The interval a JioNLP time parser case expects, in our convention: 以来
/// ends at R, and [`jio_convention`].
fn jio_expected(case: &Case, c: &mut Checks) -> Expected {
    let time: Vec<&str> = arr(&case.v["expected"], "time")
        .iter()
        .map_while(Value::as_str)
        .collect();
    let (t, r) = (strip_affixes(case.input), case.reference);
    let [a, b, ..] = time[..] else {
        return Err(reason("not-interval"));
    };
    if b == "inf" && t.ends_with("以来") {
        c.diff(difference("since"));
        let (Some(from), Some(r)) = (parse_day(a), r) else {
            return Err(reason("no-reference"));
        };
        return Ok(Some((from, r)));
    }
    let (Some(from), Some(mut to)) = (parse_day(a), parse_day(b)) else {
        return Err(reason("open-interval"));
    };
    // 至12月16日24时: the end of the 16th, which JioNLP writes as 00:00 of
    // the 17th; our days are inclusive.
    let midnight = ["24时", "24点", "二十四时", "二十四点"];
    if b.ends_with("00:00:00") && midnight.iter().any(|m| t.ends_with(m)) && to > from {
        c.diff(difference("midnight-end"));
        to = to.pred_opt().unwrap_or(to);
    }
    if let Some(iv) = jio_anchor(t, (from, to), r, c) {
        return Ok(Some(iv));
    }
    let future = case
        .v
        .pointer("/options/ret_future")
        .and_then(Value::as_bool)
        == Some(true);
    Ok(jio_convention(t, (from, to), r, future, c))
}

/// 年底前, 2025年前, 8月初前 (JioNLP: R – the end of X) and 二〇一九年5月8日起
/// (X's start – R): our date fact is the anchor X, as the gold annotates
/// it (2025年底前 → 2025年底, 2025年4月1日起 → 2025年4月1日) and as SPEC reads
/// 截至X as X. The anchor is compared at the end the peer's interval takes
/// from it (its end before 前, its start before 起), in our convention
/// ([`jio_convention`]: 初 is days 1–10). `None` when `t` is no such form or
/// the ends differ.
fn jio_anchor(t: &str, peer: Iv, r: Option<NaiveDate>, c: &mut Checks) -> Option<Iv> {
    let (anchor, before) = match ["之前", "以前", "前"]
        .iter()
        .find_map(|w| t.strip_suffix(w))
    {
        Some(a) => (a, true),
        None => (t.strip_suffix('起')?, false),
    };
    // 下月15号下午6点前: the day is the anchor; its time of day is none.
    let day = anchor
        .rfind(['日', '号'])
        .map(|i| &anchor[..i + '日'.len_utf8()]);
    let timed = |a: &str| {
        a.chars()
            .all(|c| c.is_ascii_digit() || ":：点时分上下午晚凌晨早中".contains(c))
    };
    let anchor = match day {
        Some(d) if !d.is_empty() && timed(&anchor[d.len()..]) => d,
        _ => anchor,
    };
    let ours = zhfacts::resolve_date(anchor, r)?;
    let (from, to) = (ours.from?, ours.to?);
    let end = if before { peer.1 } else { peer.0 };
    let mut probe = Checks::new(anchor);
    let (a, b) = jio_convention(anchor, (end, end), r, false, &mut probe)?;
    if (before && to != b) || (!before && from != a) {
        return None;
    }
    c.diff(difference("anchor"));
    c.diffs.extend(probe.diffs);
    Some((from, to))
}

/// A JioNLP interval `peer` for `t` in our convention: its fuzzy parts of
/// years and months (`labels.txt`), a day alone, and the next occurrence
/// `ret_future` asks for; each conversion is a DIFFERENCE.
fn jio_convention(
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

/// `time.json`: `resolve_date` on the example at Duckling's reference time.
pub fn duckling_time(case: &Case) -> Checks {
    let (ex, exp) = (case.input, case.v);
    if exp.get("holiday").is_some() {
        return Checks::out_case(ex, reason("holidays"));
    }
    let (mut c, grain) = (Checks::new(ex), exp.get("grain").and_then(Value::as_str));
    // 前两个月: SPEC reads the first N months of R's year; Duckling the N
    // months before R's.
    if let (Some(n), Some(r)) = (first_months(ex), case.reference) {
        check_date(&mut c, (ex, ex, None), case.reference, grain, |c| {
            c.diff(difference("first-months"));
            let iv = ymd(r.year(), 1, 1).zip(month_end(r.year(), n));
            iv.map(Some).ok_or_else(|| reason("not-a-date"))
        });
        return c;
    }
    check_date(&mut c, (ex, ex, None), case.reference, grain, |c| {
        duckling_expected(exp, c)
    });
    c
}

/// N of 前N个月 (前两月, 前二個月), 1–12.
fn first_months(text: &str) -> Option<u32> {
    let t = text.strip_prefix('前')?.strip_suffix('月')?;
    let t = t.strip_suffix(['个', '個']).unwrap_or(t);
    let n = zhfacts::parse_number(t)?;
    u32::try_from(n.normalize().mantissa())
        .ok()
        .filter(|n| (1..=12).contains(n) && t.chars().count() <= 2)
}

/// The interval a Duckling time case expects, in our convention (its
/// interval ends are exclusive, ours inclusive).
fn duckling_expected(exp: &Value, c: &mut Checks) -> Expected {
    // A `[y, m, d, h, min, s]` tuple as a date (day 0 reads as 1, as the
    // corpus writes some month intervals).
    let day = |k: &str| {
        let v: Vec<i64> = exp[k]
            .as_array()?
            .iter()
            .filter_map(Value::as_i64)
            .collect();
        ymd(
            *v.first()? as i32,
            (*v.get(1)?).max(1) as u32,
            (*v.get(2)?).max(1) as u32,
        )
    };
    let not_a_date = || reason("not-a-date");
    if s(exp, "type") == "interval" {
        let (Some(a), Some(b)) = (day("from"), day("to")) else {
            return Err(reason("not-interval"));
        };
        c.diff(difference("exclusive-end"));
        return Ok(Some((a, b.pred_opt().ok_or_else(not_a_date)?)));
    }
    let a = day("datetime").ok_or_else(not_a_date)?;
    let iv = match s(exp, "grain") {
        "day" => Some((a, a)),
        "month" => month_iv(a.year(), a.month()),
        "year" => year_iv(a.year()),
        _ => return Err(reason("times-of-day")),
    };
    Ok(Some(iv.ok_or_else(not_a_date)?))
}
