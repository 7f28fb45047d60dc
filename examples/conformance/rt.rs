//! Recognizers-Text suites of the conformance example.

use super::*;

/// Recognizers-Text cases: `Input`, the reference date of `Context`, and
/// `Results`.
pub fn rt_cases(v: &Value) -> Vec<Case<'_>> {
    let reference = |c: &Value| parse_day(c.pointer("/Context/ReferenceDateTime")?.as_str()?);
    read_cases(v, ("Input", "Results"), reference, rt_want)
}

/// One result: its span is `Start` + `Length` (or `Start`..=`End` in model
/// files). The peer's `Text` is normalised (full-width digits become
/// ASCII), so the input's own slice is its text.
fn rt_want<'v>(input: &'v str, v: &'v Value) -> Want<'v> {
    let num = |k| v.get(k).and_then(Value::as_u64).map(|n| n as usize);
    let start = num("Start");
    let len = num("Length").or_else(|| Some((num("End")? + 1).saturating_sub(start?)));
    let span = start.zip(len).and_then(|(st, l)| char_range(input, st, l));
    let text = span.clone().map_or(s(v, "Text"), |sp| &input[sp]);
    Want { text, span, v }
}

/// `Number_NumberModel.json`: `parse_number` on each matched text.
pub fn rt_number(case: &Case) -> Checks {
    if case.v.get("IgnoreResolution").and_then(Value::as_bool) == Some(true) {
        return Checks::out_case(case.input, reason("ignored"));
    }
    by_result(case, "number", no_extra, |c, w, _| {
        number_check(c, w.text, w.v.pointer("/Resolution/value"));
    })
}

/// `Number_PercentModel.json`: the extractor's percent facts.
pub fn rt_percent(case: &Case) -> Checks {
    // 二三十个百分点: the peer has no percent; ours is the range of the pair
    // read one digit at a time (二十..三十), as the gold reads 两三万元.
    let is_vague = |f: &Fact| matches!(&f.data, FactData::Percent(p) if vague_pair(&f.text) == Some((p.value, p.upper)));
    if case.wants.is_empty() && out_class("percent-negative", case.input).is_none() {
        let ex = extract(case.input, case.reference);
        let facts = of_kind(&ex, "percent");
        if !facts.is_empty() && facts.iter().all(|f| is_vague(f)) {
            let mut c = Checks::new(case.input);
            c.diff(difference("vague-pair"));
            c.pass();
            return c;
        }
    }
    let extra = |c: &mut Checks, f: &Fact| {
        if is_vague(f) {
            c.diff(difference("vague-pair"));
        } else {
            extra_in("percent")(c, f);
        }
    };
    by_result(case, "percent", extra, |c, w, percents| {
        if let Some(reason) = out_class("percent", w.text) {
            return c.out(reason);
        }
        let value = w.v.pointer("/Resolution/value").and_then(Value::as_str);
        let Some(exp) = value.and_then(|v| dec(&v.trim_end_matches('%').into())) else {
            return c.out(reason("inexact"));
        };
        let point = w.text.contains("百分点") || w.text.contains("百分點");
        let expected = format!("{} = {exp}{}", w.text, if point { " point" } else { "%" });
        let hit = percents.iter().find(|f| w.covers(f));
        let Some((f, FactData::Percent(p))) = hit.map(|f| (f, &f.data)) else {
            return c.miss(expected, elsewhere(percents));
        };
        let unit_ok = (p.unit == PercentUnit::Point) == point;
        if unit_ok && p.value == exp {
            c.pass();
        } else if unit_ok && p.upper == Some(exp) {
            c.pass();
            c.diff(difference("range-high-end"));
        } else {
            c.wrong_if(same_text(f, w.text), expected, show(f));
        }
    })
}

/// The range a percentage holding a vague pair of Chinese digits means
/// (百分之二三十, 十二三个百分点): the numeral written with the first digit
/// of the pair, and with the second (二十, 三十).
fn vague_pair(text: &str) -> Option<(Decimal, Option<Decimal>)> {
    let t = text.strip_prefix("百分之").unwrap_or(text);
    let t = ["个百分点", "個百分點", "%", "％"]
        .iter()
        .find_map(|u| t.strip_suffix(u))
        .unwrap_or(t);
    let chars: Vec<char> = t.chars().collect();
    let digit = |c: char| "一二三四五六七八九".contains(c);
    let i = chars.windows(2).position(|w| digit(w[0]) && digit(w[1]))?;
    let without = |k: usize| -> String {
        let mut v = chars.clone();
        v.remove(k);
        v.into_iter().collect()
    };
    let (lo, hi) = (parse_number(&without(i + 1))?, parse_number(&without(i))?);
    (lo < hi).then_some((lo, Some(hi)))
}

/// `NumberWithUnit_CurrencyModel.json`: the extractor's money facts. A
/// money fact the peer does not have is wrong with a money word; a bare
/// scale after one (奖池36.57亿) is money by SPEC.
pub fn rt_currency(case: &Case) -> Checks {
    let extra = |c: &mut Checks, f: &Fact| match &f.data {
        FactData::Money(m) if m.unit.contains(['元', '圆', '镑', '币']) => {
            c.fail("no money here", format!("extra {}", show(f)));
        }
        _ => c.diff(difference("bare-scale-extra")),
    };
    by_result(case, "money", extra, |c, w, money| {
        let (text, res) = (w.text, &w.v["Resolution"]);
        if let Some(reason) = out_class("money", text) {
            return c.out(reason);
        }
        let Some(cur) = currency_of(s(res, "isoCurrency")) else {
            return c.out(reason("currency"));
        };
        let here: Vec<&Fact> = money.iter().copied().filter(|f| w.covers(f)).collect();
        let Some(exp) = res.get("value").and_then(dec) else {
            // A currency name without an amount (人民币 美元): no money here.
            return c.check(
                here.is_empty(),
                format!("{text}: no amount"),
                show_all(&here),
            );
        };
        let expected = format!("{text} = {exp} {cur:?}");
        let is = |m: &Money| m.value == exp && m.currency == cur;
        // 2.02107211321364E+23: the peer's value is a double, with 15
        // significant digits; ours is exact (SPEC: exact decimals).
        let as_double =
            |m: &Money| m.currency == cur && m.value != exp && m.value.round_sf(15) == Some(exp);
        match here[..] {
            [f] if matches!(&f.data, FactData::Money(m) if is(m)) => c.pass(),
            [f] if matches!(&f.data, FactData::Money(m) if as_double(m)) => {
                c.diff(difference("double"));
                c.pass();
            }
            [] => c.miss(expected, elsewhere(money)),
            _ => c.wrong_if(
                here.iter().any(|f| same_text(f, text)),
                expected,
                show_all(&here),
            ),
        }
    })
}

/// `NumberWithUnit_DimensionModel.json`: only areas are ours (亩; the file
/// has no 平方米/平方公里/公顷 case). An area the peer does not list is
/// wrong (scope.txt has no `[area]` section).
pub fn rt_dimension(case: &Case) -> Checks {
    by_result(case, "area", extra_in("area"), |c, w, areas| {
        let res = &w.v["Resolution"];
        let Some(unit) = label("area-unit", s(res, "unit")) else {
            return c.out(reason("non-area"));
        };
        let Some(exp) = res.get("value").and_then(dec) else {
            return c.out(reason("inexact"));
        };
        let hit = areas.iter().find(|f| w.covers(f));
        let is = |a: &Area| a.amount == exp && a.unit == unit;
        if matches!(hit.map(|f| &f.data), Some(FactData::Area(a)) if is(a)) {
            c.pass();
        } else {
            let wrong = hit.is_some_and(|f| same_text(f, w.text));
            c.wrong_if(wrong, format!("{} = {exp} {unit}", w.text), show_all(hit));
        }
    })
}

/// The symbolic value of a Recognizers-Text date result: `Timex` (e.g.
/// `XXXX-03`, `(2016-01-01,2018-01-01,P2Y)`), `Mod` (`since`, `before` …)
/// and the resolved readings (start or value, end).
#[derive(Debug, Default)]
pub struct RtDate<'v> {
    pub timex: &'v str,
    pub modifier: Option<&'v str>,
    pub values: Vec<(Option<&'v str>, Option<&'v str>)>,
}

/// The first of `keys` that `x` has, as a string.
fn first<'v>(x: &'v Value, keys: &[&str]) -> Option<&'v str> {
    keys.iter().find_map(|k| x.get(*k))?.as_str()
}

/// The date value of a parser result (`Value.Timex` with past/future
/// resolutions) or a model result (`Resolution.values`).
pub fn rt_date_value(r: &Value) -> RtDate<'_> {
    let mut d = RtDate::default();
    let v = r
        .get("Value")
        .or_else(|| r.get("Resolution"))
        .unwrap_or(&Value::Null);
    if let Some(values) = v.get("values").and_then(Value::as_array) {
        for x in values {
            if d.timex.is_empty() {
                d.timex = s(x, "timex");
            }
            d.modifier = first(x, &["Mod"]).or(d.modifier);
            d.values
                .push((first(x, &["value", "start"]), first(x, &["end"])));
        }
        return d;
    }
    d.timex = s(v, "Timex");
    for x in [&v["PastResolution"], &v["FutureResolution"]] {
        let pair = (first(x, &["date", "startDate"]), first(x, &["endDate"]));
        if !d.values.contains(&pair) {
            d.values.push(pair);
        }
    }
    d
}

/// The timex shapes we read: a day, a month, a year, a range of days with
/// its length; and the connectors of a written range.
static TIMEX: LazyLock<[Regex; 5]> = LazyLock::new(|| {
    [
        r"^(XXXX|[0-9]{4})-(XX|[0-9]{2})-([0-9]{2})$",
        r"^(XXXX|[0-9]{4})-([0-9]{2})$",
        r"^([0-9]{4})$",
        r"^\((XXXX|[0-9]{4})-([0-9]{2})-([0-9]{2}),(XXXX|[0-9]{4})-([0-9]{2})-([0-9]{2}),P[0-9]+([YMDW])\)$",
        r"到|至|[-—–~～－]|与|和",
    ]
    .map(|p| Regex::new(p).expect("valid pattern"))
});

/// The peer's granularity by the shape of its timex.
pub fn rt_granularity(timex: &str) -> Option<&'static str> {
    let mut shapes = TIMEX[..3].iter().zip(["day", "month", "year"]);
    let by_shape = shapes.find(|(re, _)| re.is_match(timex)).map(|(_, g)| g);
    let lengths = [(",P3M)", "quarter"), (",P6M)", "half")];
    let by_length = lengths.iter().find(|(end, _)| timex.ends_with(end));
    by_shape.or(by_length.map(|l| l.1))
}

/// The peer's expected interval converted to our convention, recording the
/// conversions as DIFFERENCE classes. `Ok(None)`: no date expected; an
/// error is an out-of-scope class.
pub fn rt_expected(d: &RtDate, text: &str, r: Option<NaiveDate>, c: &mut Checks) -> Expected {
    let [day_t, month_t, year_t, range_t, connector] = &*TIMEX;
    let (t, bad) = (strip_affixes(text), || reason("bad-timex"));
    let rr = r.ok_or(reason("no-reference"));
    let year = |y: &str| match y {
        "XXXX" => rr.map(|r| r.year()),
        _ => y.parse().map_err(|_| bad()),
    };
    let num = |v: &str| v.parse::<u32>().map_err(|_| bad());
    let date = |y, m, day| ymd(year(y)?, num(m)?, num(day)?).ok_or_else(bad);
    // The peer gives a past and a future reading (XXXX-03: 2018-03 and 2019-03).
    let ambiguous = |c: &mut Checks| {
        if d.values.len() > 1 {
            c.diff(difference("ambiguous-year"));
        }
    };
    if d.modifier
        .is_some_and(|m| m != "since" || !t.ends_with("以来"))
    {
        return Err(reason("open-modifier"));
    }
    let iv = if let Some(cap) = day_t.captures(d.timex) {
        let day = num(&cap[3])?;
        let date = match &cap[2] {
            "XX" => day_alone(day, rr?),
            m => ymd(year(&cap[1])?, num(m)?, day),
        };
        ambiguous(c);
        // Unless the peer found no real day either (2月30日: `not resolved`).
        let unresolved = |a: &str| a == "not resolved" || a.starts_with("0001");
        if date.is_none() && !d.values.iter().any(|(a, _)| a.is_some_and(unresolved)) {
            c.diff(difference("no-such-day"));
        }
        date.map(|x| (x, x))
    } else if let Some(cap) = month_t.captures(d.timex) {
        ambiguous(c);
        Some(month_iv(year(&cap[1])?, num(&cap[2])?).ok_or_else(bad)?)
    } else if let Some(cap) = year_t.captures(d.timex) {
        let y = year(&cap[1])?;
        let whole = year_iv(y).ok_or_else(bad)?;
        let next = format!("{}-01-01", y + 1);
        let to_date = d
            .values
            .iter()
            .any(|(_, e)| e.is_some_and(|e| !e.starts_with(&next)));
        if to_date && d.modifier.is_none() {
            c.diff(difference("year-to-date"));
        }
        Some(whole)
    } else if let Some(cap) = range_t.captures(d.timex) {
        let (a, b) = (
            date(&cap[1], &cap[2], &cap[3])?,
            date(&cap[4], &cap[5], &cap[6])?,
        );
        if b < a {
            return Err(reason("year-ranges"));
        }
        if is_near_years(t) {
            // 近N年, N = R's year − the peer's first year: from Jan 1 of R's
            // year − (N − 1), the year after the peer's start.
            let r = rr?;
            c.diff(difference("near-years"));
            Some((ymd(a.year() + 1, 1, 1).ok_or_else(bad)?, r))
        } else if connector.is_match(t) {
            let to = match &cap[7] {
                "Y" => ymd(b.year(), 12, 31),
                "M" => month_end(b.year(), b.month()),
                _ => Some(b),
            };
            let to = to.ok_or_else(bad)?;
            if to != b {
                c.diff(difference("range-end"));
            }
            if d.timex.contains('X') {
                ambiguous(c);
            }
            Some((a, to))
        } else {
            c.diff(difference("exclusive-end"));
            Some((a, b.pred_opt().ok_or_else(bad)?))
        }
    } else {
        return Err(reason("unread-timex"));
    };
    if d.modifier.is_none() {
        return Ok(iv);
    }
    // 自2018年以来: from the start of the named period to R.
    c.diff(difference("since"));
    let r = rr?;
    Ok(iv.map(|(from, _)| (from, r)))
}

/// Date parsers and datetimeV2 models: resolved values.
pub fn rt_date(case: &Case) -> Checks {
    by_result(case, "date", no_extra, |c, w, _| {
        if let Some(reason) = date_type_out(w.v) {
            return c.out(reason);
        }
        let (d, at) = (rt_date_value(w.v), (w.text, case.input, w.span.as_ref()));
        let expected = |c: &mut Checks| rt_expected(&d, w.text, case.reference, c);
        check_date(c, at, case.reference, rt_granularity(d.timex), expected);
    })
}
