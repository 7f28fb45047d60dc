//! The date suites: each peer's expected value converted to an interval of
//! days in our convention, then compared with ours by one check.

use super::*;

/// A closed interval of days (first, last), our convention.
pub type Iv = (NaiveDate, NaiveDate);

/// A date, the last day of a month, a whole month, a whole year.
pub fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}
pub fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1)?.pred_opt()
}
pub fn month_iv(y: i32, m: u32) -> Option<Iv> {
    Some((ymd(y, m, 1)?, month_end(y, m)?))
}
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

/// The peer's interval in our convention (`None`: no date), or the
/// out-of-scope class of its value.
pub type Expected = Result<Option<Iv>, &'static str>;

/// Where a date result is: its text, the input, its span in the input.
type At<'a> = (&'a str, &'a str, Option<&'a Range<usize>>);

/// A date result at reference `r`: out by the `[date]` rules, "no date" by
/// them, or `expected` compared with [`our_date`]; on a pass, a
/// granularity named otherwise than the peer's is a DIFFERENCE.
fn check_date(
    c: &mut Checks,
    at: At,
    r: Option<NaiveDate>,
    peer_granularity: Option<&str>,
    expected: impl FnOnce(&mut Checks) -> Expected,
) -> Out {
    let expected = match date_scope(at.0) {
        (Verdict::Out, reason) => return Err(reason),
        (Verdict::NotADate, class) => {
            c.diff(class);
            None
        }
        (Verdict::In, _) => expected(c)?,
    };
    // 自2018年以来 at a reference date in 2017: nothing to compare.
    if expected.is_some_and(|(from, to)| from > to) {
        return Err(reason("empty-interval"));
    }
    let shown = expected.map_or_else(|| "no date".into(), |(a, b)| format!("{a}..{b}"));
    let exp = format!("{} → {shown}", at.0);
    let (got, same) = match our_date(c, at, r) {
        Ok(found) => found,
        Err(split) => return c.fail(exp, split),
    };
    let ours = got.as_ref().and_then(|d| Some((d.from?, d.to?)));
    if expected.map_or(got.is_some(), |iv| ours != Some(iv)) {
        return c.judge(false, same && got.is_some(), exp, show_date(got.as_ref()));
    }
    if let (Some(p), Some(d)) = (peer_granularity, got) {
        // SPEC's name of a granularity is its JSON name.
        let ours = serde_json::to_value(d.granularity).ok();
        let ours = ours.as_ref().and_then(Value::as_str).unwrap_or("other");
        if p != ours {
            c.diff(format!("granularity name: peer {p}, ours {ours}"));
        }
    }
    c.pass()
}

/// Our date for a date result: `resolve_date` on its text (with or without
/// affixes), else the extractor's one date fact on the span, or a
/// [`day_list`]; with whether it reads the whole text. `Err`: the "got"
/// column of facts split on the span.
fn our_date(
    c: &mut Checks,
    (text, input, span): At,
    r: Option<NaiveDate>,
) -> Result<(Option<DateFact>, bool), String> {
    let resolved = resolve_date(text, r).or_else(|| resolve_date(strip_affixes(text), r));
    if resolved.is_some() {
        return Ok((resolved, true));
    }
    let mut hits = facts(input, r, "date");
    hits.retain(|f| span.is_none_or(|sp| overlaps(sp, f)));
    match &hits[..] {
        [] => Ok((None, false)),
        [f] => Ok((date_of(f).cloned(), same_text(f, text))),
        _ => {
            let split = || format!("split into {} date facts: {}", hits.len(), show_all(&hits));
            let list = day_list(&hits, input, text).ok_or_else(split)?;
            c.diff(difference("day-list"));
            Ok((Some(list), true))
        }
    }
}

/// The date of a fact.
fn date_of(f: &Fact) -> Option<&DateFact> {
    match &f.data {
        FactData::Date(d) => Some(d),
        _ => None,
    }
}

/// A list of days that is the whole of `text` (9月10号，11号，12号), each
/// later than the one before, one list mark apart: first day to last.
fn day_list(hits: &[Fact], input: &str, text: &str) -> Option<DateFact> {
    let day = |f| date_of(f).filter(|d| d.granularity == Granularity::Day && d.from == d.to);
    let days: Vec<&DateFact> = hits.iter().map(day).collect::<Option<_>>()?;
    let listed = hits.windows(2).zip(days.windows(2)).all(|(f, d)| {
        let gap = input.get(f[0].span.end..f[1].span.start).unwrap_or("");
        words("list-marks").any(|m| m == gap.trim()) && d[0].to < d[1].from
    });
    let (first, last) = (hits.first()?, hits.last()?);
    let whole = input.get(first.span.start..last.span.end)? == strip_affixes(text);
    let mut list = days[0].clone();
    list.to = days[days.len() - 1].to;
    (days.len() >= 2 && listed && whole).then_some(list)
}

/// The out-of-scope class of a date result's type (`[date-type]`), or
/// `Ok` for the types that are dates.
fn date_type(v: &Value) -> Out {
    let ty = first(v, &["TypeName", "Type", "type"]).unwrap_or("");
    let key = label("date-type", ty.trim_start_matches("datetimeV2.")).unwrap_or("times-of-day");
    (key != "in").then(|| reason(key)).map_or(Ok(()), Err)
}

/// Date extractors: a result passes when one of our date facts on its span
/// has its text (without its affixes); facts the peer does not list count
/// for nothing.
pub fn date_spans(case: &Case) -> Checks {
    by_result(case, "date", extra_in(None), |c, w, dates| {
        let here: Vec<&Fact> = dates.iter().filter(|f| w.near(f)).collect();
        let texts = [w.text, strip_affixes(w.text)];
        date_type(w.v)?;
        match date_scope(w.text) {
            (Verdict::Out, reason) => Err(reason),
            (Verdict::NotADate, class) => {
                c.diff(class);
                let expected = format!("{}: no date", w.text);
                c.check(here.is_empty(), expected, show_all(&here))
            }
            (Verdict::In, _) if here.iter().any(|f| texts.contains(&&*f.text)) => c.pass(),
            (Verdict::In, _) => c.fail(format!("date span {}", w.text), show_all(&here)),
        }
    })
}

/// Recognizers-Text date parsers and datetimeV2 models: each result's value.
pub fn rt_date(case: &Case) -> Checks {
    by_result(case, "date", extra_in(None), |c, w, _| {
        date_type(w.v)?;
        let (d, r) = (RtDate::of(w.v), case.reference);
        let at = (w.text, case.input, w.span.as_ref());
        // The peer's granularity by its timex (`[timex-granularity]`).
        let grain = decide("timex-granularity", d.timex).map(|g| g.1);
        check_date(c, at, r, grain, |c| d.expected(w.text, r, c))
    })
}

/// A Recognizers-Text date value: `Timex`, `Mod` (`since` …) and the
/// resolved readings (start or value, end).
#[derive(Debug, Default)]
struct RtDate<'v> {
    timex: &'v str,
    modifier: Option<&'v str>,
    values: Vec<(Option<&'v str>, Option<&'v str>)>,
}

impl<'v> RtDate<'v> {
    /// The value of a parser result (`Value`) or a model result (`Resolution`).
    fn of(r: &'v Value) -> RtDate<'v> {
        let mut d = RtDate::default();
        let v = r.get("Value").or_else(|| r.get("Resolution"));
        let v = v.unwrap_or(&Value::Null);
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

    /// The peer's interval in our convention, each conversion a DIFFERENCE.
    fn expected(&self, text: &str, r: Option<NaiveDate>, c: &mut Checks) -> Expected {
        let (d, t, bad) = (self, strip_affixes(text), || reason("bad-timex"));
        let rr = r.ok_or(reason("no-reference"));
        let year = |y: &str| match y {
            "XXXX" => rr.map(|r| r.year()),
            _ => y.parse().map_err(|_| bad()),
        };
        let num = |v: &str| v.parse::<u32>().map_err(|_| bad());
        let date = |y, m, day| ymd(year(y)?, num(m)?, num(day)?).ok_or_else(bad);
        let shape = |key| pattern(key).captures(d.timex);
        // The peer gives a past and a future reading (XXXX-03: 2018-03 and 2019-03).
        let ambiguous = d.values.len() > 1;
        let since = before_word("since", t).is_some();
        if d.modifier.is_some_and(|m| m != "since" || !since) {
            return Err(reason("open-modifier"));
        }
        let iv = if let Some(cap) = shape("timex-day") {
            let day = num(&cap[3])?;
            let date = match &cap[2] {
                "XX" => day_alone(day, rr?),
                m => ymd(year(&cap[1])?, num(m)?, day),
            };
            c.diff_if(ambiguous, "ambiguous-year");
            // Unless the peer found no real day either (2月30日: `not resolved`).
            let unresolved = |a: &str| a == "not resolved" || a.starts_with("0001");
            let no_day = !d.values.iter().any(|(a, _)| a.is_some_and(unresolved));
            c.diff_if(date.is_none() && no_day, "no-such-day");
            date.map(|x| (x, x))
        } else if let Some(cap) = shape("timex-month") {
            c.diff_if(ambiguous, "ambiguous-year");
            Some(month_iv(year(&cap[1])?, num(&cap[2])?).ok_or_else(bad)?)
        } else if let Some(cap) = shape("timex-year") {
            let (y, mut ends) = (year(&cap[1])?, d.values.iter().filter_map(|v| v.1));
            let next = format!("{}-01-01", y + 1);
            let to_date = ends.any(|e| !e.starts_with(&next));
            c.diff_if(to_date && d.modifier.is_none(), "year-to-date");
            Some(year_iv(y).ok_or_else(bad)?)
        } else if let Some(cap) = shape("timex-range") {
            let [a, b] = [1, 4].map(|i| date(&cap[i], &cap[i + 1], &cap[i + 2]));
            let (a, b) = (a?, b?);
            if b < a {
                return Err(reason("year-ranges"));
            }
            if keyed_rule("near-years").is_some_and(|r| r.matches(t)) {
                // 近N年, N = R's year − the peer's first year: from Jan 1 of
                // R's year − (N − 1), the year after the peer's start.
                c.diff(difference("near-years"));
                Some((ymd(a.year() + 1, 1, 1).ok_or_else(bad)?, rr?))
            } else if reads("range-connector", t) {
                let to = match &cap[7] {
                    "Y" => ymd(b.year(), 12, 31),
                    "M" => month_end(b.year(), b.month()),
                    _ => Some(b),
                };
                let to = to.ok_or_else(bad)?;
                c.diff_if(to != b, "range-end");
                c.diff_if(ambiguous && d.timex.contains('X'), "ambiguous-year");
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
}

/// JioNLP's `time_parser_cases.json`: the input at the case's time base.
pub fn jio_time_parser(case: &Case) -> Checks {
    let at = (case.input, case.input, None);
    Checks::of(case.input, |c| {
        date_type(&case.v["expected"])?;
        check_date(c, at, case.reference, None, |c| jio_expected(case, c))
    })
}

/// The interval a JioNLP time parser case expects, in our convention: 以来
/// ends at R, 24时 (`[midnight]`) ends its day, then [`jio_anchor`] or
/// [`jio_convention`].
fn jio_expected(case: &Case, c: &mut Checks) -> Expected {
    let time = list(&case.v["expected"]["time"]).iter();
    let time: Vec<&str> = time.map_while(Value::as_str).collect();
    let (t, r) = (strip_affixes(case.input), case.reference);
    let [a, b, ..] = time[..] else {
        return Err(reason("not-interval"));
    };
    if b == "inf" && before_word("since", t).is_some() {
        c.diff(difference("since"));
        let since = parse_day(a).zip(r).ok_or_else(|| reason("no-reference"))?;
        return Ok(Some(since));
    }
    let ends = parse_day(a).zip(parse_day(b));
    let (from, mut to) = ends.ok_or_else(|| reason("open-interval"))?;
    // 至12月16日24时: JioNLP ends it at 00:00 of the 17th; our days are inclusive.
    if b.ends_with("00:00:00") && reads("midnight", t) && to > from {
        c.diff(difference("midnight-end"));
        to = to.pred_opt().unwrap_or(to);
    }
    let fut = case.v.pointer("/options/ret_future") == Some(&Value::Bool(true));
    let convention = |c: &mut Checks| jio_convention(t, (from, to), r, fut, c);
    Ok(jio_anchor(t, (from, to), r, c).or_else(|| convention(c)))
}

/// 年底前, 2025年前 (JioNLP: R – the end of X) and X起 (X's start – R): ours
/// is the anchor X (as the gold and SPEC's 截至X read it), compared at the
/// end the peer takes from it, in our convention; `None` when no such form
/// or the ends differ.
fn jio_anchor(t: &str, peer: Iv, r: Option<NaiveDate>, c: &mut Checks) -> Option<Iv> {
    let (anchor, before) = match before_word("before", t) {
        Some(a) => (a, true),
        None => (before_word("from", t)?, false),
    };
    // 下月15号下午6点前: the day is the anchor; its time of day is none.
    let cap = pattern("anchor-day").captures(anchor);
    let day = cap.and_then(|cap| cap.get(1));
    let anchor = day.map_or(anchor, |d| d.as_str());
    let ours = resolve_date(anchor, r)?;
    let (from, to) = (ours.from?, ours.to?);
    let end = if before { peer.1 } else { peer.0 };
    let mut probe = Checks::default();
    let (a, b) = jio_convention(anchor, (end, end), r, false, &mut probe)?;
    if (before && to != b) || (!before && from != a) {
        return None;
    }
    c.diff(difference("anchor"));
    c.diffs.extend(probe.diffs);
    Some((from, to))
}

/// A JioNLP interval `p` for `t` in our convention: `[fuzzy]` parts of years and months, a
/// day alone (`[day-alone]`), the next occurrence `ret_future` asks for (`fut`, `[ret-future]`).
fn jio_convention(t: &str, p: Iv, r: Option<NaiveDate>, fut: bool, c: &mut Checks) -> Option<Iv> {
    let ((from, to), y) = (p, p.0.year());
    let mut ours = |new: Iv, key: &str| {
        c.diff_if(new != p, key);
        Some(new)
    };
    // A month-day of the rule: the peer's month when none, its last day when none.
    let day = |(m, d): MonthDay| {
        let m = m.unwrap_or(from.month());
        d.map_or_else(|| month_end(y, m), |d| ymd(y, m, d))
    };
    let mut fuzzy = section(&data().labels, "fuzzy").iter();
    let fuzzy = fuzzy.find(|f| t.ends_with(&f.1));
    if let Some(([a, b], key)) = fuzzy.and_then(|f| fuzzy_rule(&f.2)) {
        ours((day(a)?, day(b)?), key)
    } else if reads("day-alone", t) {
        let d = day_alone(from.day(), r?)?;
        ours((d, d), "day-alone")
    } else if fut && reads("ret-future", t) {
        let in_r = |d: NaiveDate| ymd(r?.year(), d.month(), d.day());
        ours((in_r(from)?, in_r(to)?), "ret-future")
    } else {
        Some(p)
    }
}

/// Duckling's `time.json`: the example at Duckling's reference time.
pub fn duckling_time(case: &Case) -> Checks {
    let (ex, exp, r) = (case.input, case.v, case.reference);
    let grain = exp.get("grain").and_then(Value::as_str);
    // 前两个月 (`[first-months]`, N of 1–12): SPEC reads the first N months
    // of R's year; Duckling the N months before R's.
    let cap = pattern("first-months").captures(ex);
    let n = cap.and_then(|cap| parse_number(&cap[1]));
    let n = n.and_then(|n| u32::try_from(n.normalize().mantissa()).ok());
    let expected = |c: &mut Checks| match (n.filter(|n| (1..=12).contains(n)), r) {
        (Some(n), Some(r)) => {
            c.diff(difference("first-months"));
            let iv = ymd(r.year(), 1, 1).zip(month_end(r.year(), n));
            iv.map(Some).ok_or_else(|| reason("not-a-date"))
        }
        _ => duckling_expected(exp, c),
    };
    Checks::of(ex, |c| match exp.get("holiday") {
        Some(_) => Err(reason("holidays")),
        None => check_date(c, (ex, ex, None), r, grain, expected),
    })
}

/// The interval a Duckling time case expects, in our convention (its
/// interval ends are exclusive, ours inclusive).
fn duckling_expected(exp: &Value, c: &mut Checks) -> Expected {
    // A `[y, m, d, h, min, s]` tuple as a date (day 0 reads as 1).
    let day = |k: &str| {
        let v = ints(&exp[k]);
        let (m, d) = ((*v.get(1)?).max(1), (*v.get(2)?).max(1));
        ymd(*v.first()? as i32, m as u32, d as u32)
    };
    let not_a_date = || reason("not-a-date");
    if s(exp, "type") == "interval" {
        let ends = day("from").zip(day("to"));
        let (a, b) = ends.ok_or_else(|| reason("not-interval"))?;
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
