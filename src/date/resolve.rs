//! Resolution of a date expression's groups against a reference date: one
//! rule per group of the pattern (plan, year range, day, year and tail,
//! tail alone, recent years, now).

use chrono::{Datelike, Days, NaiveDate};

use crate::fact::{DateFact, Granularity};
use crate::number::parse_number;

use super::{Caps, GROUPS};

/// A day of the years 1–9999 (what ISO dates and Python can hold); any
/// other is no date.
pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1..=9999).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

pub(super) fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 {
        (y.checked_add(1)?, 1)
    } else {
        (y, m + 1)
    };
    ymd(ny, nm, 1)?.pred_opt()
}

pub(super) fn small_number(s: &str) -> Option<u32> {
    let v = parse_number(s)?;
    if v.fract().is_zero()
        && v >= rust_decimal::Decimal::ONE
        && v <= rust_decimal::Decimal::from(9999)
    {
        v.to_string().parse().ok()
    } else {
        None
    }
}

fn year_number(s: &str) -> Option<i32> {
    let digits = s
        .trim()
        .trim_end_matches('度')
        .trim_end_matches('年')
        .trim_end();
    small_number(digits).map(|v| v as i32)
}

/// An interval with its granularity.
type Interval = (NaiveDate, NaiveDate, Granularity);

fn year_interval(y: i32) -> Option<Interval> {
    Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?, Granularity::Year))
}

/// Resolves the part after the year (`3月14日`, `上半年`, `年底`, `1—9月`)
/// within year `y`. `reference` is needed only by `以来`.
pub(super) fn tail_interval(t: &str, y: i32, reference: Option<NaiveDate>) -> Option<Interval> {
    use Granularity::*;
    // 2024 年 3 月, 9月 30日: spaced forms read as the solid ones.
    if t.contains(char::is_whitespace) {
        let solid: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        return tail_interval(&solid, y, reference);
    }
    // 一季度末, 第四季度初, 前三季度末: a part of the quarter's interval.
    if let Some((quarter, end)) = quarter_part(t) {
        return part_of_quarter(tail_interval(quarter, y, reference)?, end);
    }
    let q = |a: u32, b: u32, g| Some((ymd(y, a, 1)?, month_end(y, b)?, g));
    // 前五个月, 前11个月, 头四个月: Jan 1 – the end of month N.
    if let Some(n) = t
        .strip_prefix(['前', '首', '头'])
        .and_then(|n| n.strip_suffix('月'))
        .map(|n| n.trim_end_matches('个'))
    {
        let n = small_number(n)?;
        return if (1..=12).contains(&n) {
            q(1, n, Month)
        } else {
            None
        };
    }
    match t {
        "年初" | "初" => return q(1, 3, Quarter),
        // 明年中旬 (no month): the middle of the year.
        "年中" | "中旬" => return q(6, 8, Month),
        "年底" | "年末" | "底" | "末" => return q(10, 12, Quarter),
        // 前半年 and 后半年 are the halves too (not 半年前, half a year ago).
        "上半年" | "前半年" => return q(1, 6, Half),
        "下半年" | "后半年" | "後半年" => return q(7, 12, Half),
        // 首 for 前 (Hong Kong, Macau, Taiwan): 首三季, 首季.
        "前三季度" | "前三个季度" | "首三季度" | "首三个季度" | "首三季" | "前三季" =>
        {
            return q(1, 9, Quarter);
        }
        "前两季度" | "前两个季度" | "首两季度" | "首二季度" | "首两个季度" | "首两季"
        | "首二季" | "前两季" => {
            return q(1, 6, Quarter);
        }
        "首季度" | "首季" => return q(1, 3, Quarter),
        "以来" => {
            let r = reference?;
            let from = ymd(y, 1, 1)?;
            return (from <= r).then_some((from, r, Day));
        }
        _ => {}
    }
    if let Some(qn) = t.strip_suffix("季度").or_else(|| t.strip_suffix('季')) {
        let n = small_number(qn.trim_start_matches('第'))?;
        if !(1..=4).contains(&n) {
            return None;
        }
        return q(3 * n - 2, 3 * n, Quarter);
    }
    // 1—9月, 8月至11月, 2——4月: a range of months.
    if let Some((a, b)) = t.split_once(['—', '-', '－', '–', '~', '～', '至', '到']) {
        let month = |x: &str| {
            small_number(x.trim_matches(['—', '-', '－', '–', '~', '～', '月', '份', ' ']))
        };
        let (a, b) = (month(a)?, month(b)?);
        if !(1..=12).contains(&a) || !(1..=12).contains(&b) || a > b {
            return None;
        }
        return q(a, b, Month);
    }
    let (mpart, rest) = t.split_once('月')?;
    let m = small_number(mpart)?;
    if !(1..=12).contains(&m) {
        return None;
    }
    // 3月份, 十二月月底
    let rest = rest.trim_start_matches('份');
    let rest = rest
        .strip_prefix('月')
        .filter(|r| !r.is_empty())
        .unwrap_or(rest);
    match rest {
        "" => q(m, m, Month),
        "初" | "上旬" => Some((ymd(y, m, 1)?, ymd(y, m, 10)?, Xun)),
        "中旬" | "中" => Some((ymd(y, m, 11)?, ymd(y, m, 20)?, Xun)),
        "底" | "末" | "下旬" => Some((ymd(y, m, 21)?, month_end(y, m)?, Xun)),
        _ => {
            let d = small_number(rest.trim_end_matches(['日', '号']))?;
            let day = ymd(y, m, d)?;
            Some((day, day, Day))
        }
    }
}

/// A quarter with its start or end (`一季度末` → `("一季度", true)`,
/// `上季度初` → `("上季度", false)`), or `None`.
fn quarter_part(t: &str) -> Option<(&str, bool)> {
    let (quarter, end) = match t.strip_suffix('末') {
        Some(q) => (q, true),
        None => (t.strip_suffix('初')?, false),
    };
    (quarter.ends_with('季') || quarter.ends_with("季度")).then_some((quarter, end))
}

/// The start or end of a quarter, as SPEC reads 4月初 and 7月底: the first
/// ten days of its first month (`end` false) or the last days (21–last)
/// of its last month, granularity `xun`. 一季度末 is 3月末 (Mar 21–31).
fn part_of_quarter((from, to, _): Interval, end: bool) -> Option<Interval> {
    if end {
        Some((ymd(to.year(), to.month(), 21)?, to, Granularity::Xun))
    } else {
        Some((from, ymd(from.year(), from.month(), 10)?, Granularity::Xun))
    }
}

/// Resolves the groups `c` of one date expression. `before` is the text of
/// the sentence before it (近两年 after 经过 is a duration), `sentence_year`
/// the year of the sentence's previous date (全年). Each group has its
/// rule; 截至 then keeps only the end day.
pub(super) fn resolve_caps(
    c: &Caps<'_>,
    before: &str,
    reference: Option<NaiveDate>,
    sentence_year: Option<i32>,
) -> Option<DateFact> {
    let r = reference;
    let (interval, relative) = if let Some(p) = c.get(GROUPS.plan) {
        plan_since(p.as_str(), r)?
    } else if let Some(yr) = c.get(GROUPS.yrange) {
        (Some(year_range(yr.as_str())?), false)
    } else if let Some(d) = c.get(GROUPS.ymd) {
        (Some(day_interval(d.as_str())?), false)
    } else if let Some(yc) = c.get(GROUPS.year) {
        let tail = c.get(GROUPS.ytail).map(|t| t.as_str());
        year_and_tail(yc.as_str(), tail, r, sentence_year)?
    } else if let Some(t) = c.get(GROUPS.tail) {
        (tail_alone(t.as_str(), r)?, true)
    } else if let Some(n) = c.get(GROUPS.near) {
        (recent_years(n.as_str(), before, r)?, true)
    } else if let Some(y) = c.get(GROUPS.yy) {
        let tail = c.get(GROUPS.yytail).map(|t| t.as_str());
        // Without a reference date a two-digit year has no century: a
        // relative date without an interval.
        let yy = super::short_year::year_digits(y.as_str(), tail)?;
        let interval = match r {
            None => None,
            Some(r) => {
                let y = super::short_year::century(yy, r)?;
                Some(match tail {
                    None => year_interval(y)?,
                    Some(t) => tail_interval(t.trim_start(), y, Some(r))?,
                })
            }
        };
        (interval, true)
    } else if let Some(n) = c.get(GROUPS.next) {
        (next_months(n.as_str(), r)?, true)
    } else if let Some(n) = c.get(GROUPS.now) {
        (now_interval(n.as_str(), r)?, true)
    } else if let Some(m) = c.get(GROUPS.rmonth) {
        (relative_month(m.as_str(), r)?, true)
    } else {
        return None;
    };
    if interval.is_none() && r.is_none() {
        // No reference: the granularity the expression has against any
        // reference (第三季 is a quarter, whatever the year).
        let probe = NaiveDate::from_ymd_opt(2001, 6, 15);
        if let Some(g) = resolve_caps(c, before, probe, sentence_year).map(|f| f.granularity) {
            return Some(DateFact {
                from: None,
                to: None,
                granularity: g,
                relative: true,
            });
        }
    }
    Some(date_fact(c, interval, relative))
}

/// A plan's period, or with 以来 (“十四五”以来) from its first day to R
/// (`day`, relative; none when the plan starts after R).
fn plan_since(t: &str, r: Option<NaiveDate>) -> Option<(Option<Interval>, bool)> {
    let (from, to, g) = plan_interval(t)?;
    if !t.ends_with("以来") {
        return Some((Some((from, to, g)), false));
    }
    match r {
        Some(r) if from <= r => Some((Some((from, r, Granularity::Day)), true)),
        Some(_) => None,
        None => Some((None, true)),
    }
}

/// “十三五”期间, 十四五, 十五计划: the five years of a plan. Bare 十五 is
/// the number fifteen unless quoted or a plan.
fn plan_interval(t: &str) -> Option<Interval> {
    let core = t.trim_start_matches(['“', '‘', '「', '"']);
    let quoted = core.len() != t.len();
    let years = if core.starts_with("十五五") {
        2026
    } else if core.starts_with("十四五") {
        2021
    } else if core.starts_with("十三五") {
        2016
    } else if core.starts_with("十二五") {
        2011
    } else if core.starts_with("十一五") {
        2006
    } else {
        // 十五, 九五 … 六五: numbers unless quoted or named as a plan.
        let named = quoted || t.contains("计划") || t.contains("期间") || t.contains("时期");
        if !named {
            return None;
        }
        match core.chars().next()? {
            '十' => 2001,
            '九' => 1996,
            '八' => 1991,
            '七' => 1986,
            '六' => 1981,
            _ => return None,
        }
    };
    Some((
        ymd(years, 1, 1)?,
        ymd(years + 4, 12, 31)?,
        Granularity::Years,
    ))
}

/// 2021—2030年, 2004年到2007年: a range of years, the first the earlier.
fn year_range(t: &str) -> Option<Interval> {
    let (a, b) = t.split_once(['—', '-', '－', '–', '~', '～', '至', '到'])?;
    let dashes = ['—', '-', '－', '–', '~', '～', '至', '到'];
    let (a, b) = (
        year_number(a.trim_end_matches(dashes).trim())?,
        year_number(b.trim_start_matches(dashes).trim())?,
    );
    if a >= b {
        return None;
    }
    Some((ymd(a, 1, 1)?, ymd(b, 12, 31)?, Granularity::Years))
}

/// 2022-03-14, 2022.3.14, 2022/03/14: one day.
fn day_interval(t: &str) -> Option<Interval> {
    // 2019.08-2021.02: the months from the first to the last.
    if let Some((a, b)) = t.split_once(['—', '–', '~', '～', '至']).or_else(|| {
        t.split_once('-')
            .filter(|(a, b)| a.contains(['.', '/']) && b.contains(['.', '/']))
    }) {
        let year_month = |x: &str| -> Option<(i32, u32)> {
            let (y, m) = x.trim().split_once(['.', '/'])?;
            Some((y.parse().ok()?, m.parse().ok()?))
        };
        let ((y1, m1), (y2, m2)) = (year_month(a)?, year_month(b)?);
        let (from, to) = (ymd(y1, m1, 1)?, month_end(y2, m2)?);
        return (from < to).then_some((from, to, Granularity::Month));
    }
    // 1999.08-20 (of 1999.08-2002.02): one separator throughout, or the
    // parts belong to different numbers.
    let mut seps = t.chars().filter(|c| matches!(c, '-' | '/' | '.'));
    if seps.next() != seps.next() {
        return None;
    }
    let mut parts = t.split(['-', '/', '.']);
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let dd = parts.next()?.parse().ok()?;
    let day = ymd(y, m, dd)?;
    Some((day, day, Granularity::Day))
}

/// A year (2022年, 今年, 全年) and what follows it (`tail`: 3月14日,
/// 上半年, 以来). 今年 and its kin count from the reference year, 全年 is
/// the sentence's year. Returns the interval (none without the year it
/// needs) and whether the expression is relative; `None` when it names no
/// real time (2022年13月, 全年 with a tail).
fn year_and_tail(
    yt: &str,
    tail: Option<&str>,
    r: Option<NaiveDate>,
    sentence_year: Option<i32>,
) -> Option<(Option<Interval>, bool)> {
    // 今明两年, 明后两年: R's year and the next, the next two (`years`).
    let pair = match yt {
        "今明两年" => Some(0),
        "明后两年" => Some(1),
        _ => None,
    };
    if let Some(o) = pair {
        if tail.is_some() {
            return None;
        }
        let years = |r: NaiveDate| -> Option<Interval> {
            let y = r.year() + o;
            Some((ymd(y, 1, 1)?, ymd(y + 1, 12, 31)?, Granularity::Years))
        };
        return Some((r.and_then(years), true));
    }
    let offset = match yt {
        "今年" | "本年" | "今年度" | "本年度" => Some(0),
        "去年" | "上年" | "上年度" => Some(-1),
        "前年" => Some(-2),
        "明年" | "下年" | "下年度" => Some(1),
        _ => None,
    };
    // 上一年: the year before the one the sentence named (2023年营收比上一年
    // 增长: 2022), else R's.
    let next_to_named = (yt == "上一年").then_some(-1);
    let mut relative = tail == Some("以来");
    let year = if let Some(o) = next_to_named {
        relative = sentence_year.is_none();
        sentence_year.or(r.map(|r| r.year())).map(|y| y + o)
    } else if let Some(o) = offset {
        relative = true;
        r.map(|r| r.year() + o)
    } else if yt == "全年" || yt == "当年" {
        // 全年: the whole year; 当年底: the end of the year named before.
        if tail.is_some() && yt == "全年" {
            return None;
        }
        // 当年 ("that year") names the year spoken of, which a sentence
        // without one leaves to the sentences before it: no fact.
        if yt == "当年" && sentence_year.is_none() {
            return None;
        }
        relative = sentence_year.is_none();
        sentence_year.or(r.map(|r| r.year()))
    } else {
        // 1357年6月10日: a year before 1900 only with its month (1500年
        // 历史, 有1300年: an age, not a year).
        let y = year_number(yt)?;
        if y < 1900 && !tail.is_some_and(|t| t.contains('月')) {
            return None;
        }
        Some(y)
    };
    let interval = match (year, tail) {
        (None, _) => None,
        (Some(y), None) => year_interval(y),
        (Some(y), Some(t)) => Some(tail_interval(t, y, r)?),
    };
    if year.is_some() && interval.is_none() {
        return None;
    }
    Some((interval, relative))
}

/// 3月14日, 上半年, 下旬 without a year: in the reference year (or month).
/// The shape is checked even without a reference date.
fn tail_alone(t: &str, r: Option<NaiveDate>) -> Option<Option<Interval>> {
    let probe = tail_interval(t, r.map_or(2000, |r| r.year()), r.or(ymd(2000, 12, 31)))
        .or_else(|| standalone_interval(t, r.or(ymd(2000, 12, 31))?));
    probe?;
    Some(match r {
        Some(r) => tail_interval(t, r.year(), Some(r)).or_else(|| standalone_interval(t, r)),
        None => None,
    })
}

/// 上个月, 本月, 下月 (R's month −1, 0, +1; 上上个月 and 下下个月 two
/// months away), with a day or part of it
/// after them (上个月15号, 本月底): that day or part of that month; 上季度
/// and its kin: [`relative_quarter`].
fn relative_month(t: &str, r: Option<NaiveDate>) -> Option<Option<Interval>> {
    if t.contains("季度") {
        return relative_quarter(t, r);
    }
    const WORDS: &[(&str, i32)] = &[
        ("上上个月", -2),
        ("上上月", -2),
        ("下下个月", 2),
        ("下下月", 2),
        ("上一个月", -1),
        ("上个月", -1),
        ("上一月", -1),
        ("上月", -1),
        ("下一个月", 1),
        ("下个月", 1),
        ("下一月", 1),
        ("下月", 1),
        ("本月", 0),
        ("这个月", 0),
        // 今个月 (Cantonese: this month).
        ("今个月", 0),
    ];
    let (rest, offset) = WORDS
        .iter()
        .find_map(|(w, o)| t.strip_prefix(w).map(|rest| (rest, *o)))?;
    let Some(r) = r else {
        return Some(None);
    };
    let months = r.year() * 12 + r.month0() as i32 + offset;
    let (y, m) = (months.div_euclid(12), months.rem_euclid(12) as u32 + 1);
    if rest.is_empty() {
        return Some(Some((ymd(y, m, 1)?, month_end(y, m)?, Granularity::Month)));
    }
    Some(Some(tail_interval(&format!("{m}月{rest}"), y, Some(r))?))
}

/// 下两个月, 下三个月: the next N whole months after R's (Feb 12: 下三个月
/// is March – May), as 下个月 is the next one. Not 下N年, which like 下一年
/// is as often the years after a year told before; not the last N months
/// before R, which readers take as whole or rolling months (上两个月:
/// December – January, or Dec 12 – Feb 11); not 后N个月, also "the last
/// N months" of a year.
fn next_months(t: &str, r: Option<NaiveDate>) -> Option<Option<Interval>> {
    let n = t.strip_prefix('下')?.strip_suffix("个月")?;
    let n = small_number(n)? as i32;
    let Some(r) = r else {
        return Some(None);
    };
    let first = r.year() * 12 + r.month0() as i32 + 1;
    let last = first + n - 1;
    let (y0, m0) = (first.div_euclid(12), first.rem_euclid(12) as u32 + 1);
    let (y1, m1) = (last.div_euclid(12), last.rem_euclid(12) as u32 + 1);
    Some(Some((
        ymd(y0, m0, 1)?,
        month_end(y1, m1)?,
        Granularity::Month,
    )))
}

/// 上季度, 上一个季度, 本季度, 下季度: R's quarter or its neighbour (上上个季度
/// and 下下个季度: two quarters away).
fn relative_quarter(t: &str, r: Option<NaiveDate>) -> Option<Option<Interval>> {
    // 上季度末, 本季度初: that part of the quarter.
    if let Some((quarter, end)) = quarter_part(t) {
        return Some(match relative_quarter(quarter, r)? {
            Some(iv) => Some(part_of_quarter(iv, end)?),
            None => None,
        });
    }
    // 上上个季度, 下下季度: two quarters away.
    let twice = t.starts_with("上上") || t.starts_with("下下");
    let offset = match t.chars().next()? {
        '上' if twice => -2,
        '下' if twice => 2,
        '上' => -1,
        '下' => 1,
        '本' | '这' => 0,
        _ => return None,
    };
    let Some(r) = r else {
        return Some(None);
    };
    let quarters = r.year() * 4 + (r.month0() / 3) as i32 + offset;
    let (y, q) = (quarters.div_euclid(4), quarters.rem_euclid(4) as u32);
    let (first, last) = (q * 3 + 1, q * 3 + 3);
    Some(Some((
        ymd(y, first, 1)?,
        month_end(y, last)?,
        Granularity::Quarter,
    )))
}

/// 近两年, 近年来: the last years up to the reference date. After 经过,
/// 历时, 用了 it is a duration, not a date; 过去五年 is no fact.
fn recent_years(t: &str, before: &str, r: Option<NaiveDate>) -> Option<Option<Interval>> {
    // 经过近两年的努力: a duration, not a date.
    if before.ends_with("经过") || before.ends_with("历时") || before.ends_with("用了") {
        return None;
    }
    // 过去十年: SPEC reads only 近N年. Readers split between the whole
    // years before R's and R − N years – R; 近N年's reading is neither, so
    // no fact rather than a guess.
    if t.starts_with("过去") {
        return None;
    }
    let years = match t {
        "近年来" | "多年来" | "近几年" | "近几年来" => 3,
        _ => small_number(
            t.trim_start_matches('近')
                .trim_end_matches('来')
                .trim_end_matches('年'),
        )?,
    };
    if years == 0 || years > 100 {
        return None;
    }
    Some(match r {
        Some(r) => Some((
            ymd(r.year() - (years as i32 - 1), 1, 1)?,
            r,
            Granularity::Years,
        )),
        None => None,
    })
}

/// 目前 (the reference day), 日前 and 近日 (the ten days before it).
fn now_interval(t: &str, r: Option<NaiveDate>) -> Option<Option<Interval>> {
    let back = if t == "目前" { 0 } else { 10 };
    Some(match r {
        Some(r) => {
            let from = r.checked_sub_days(Days::new(back))?;
            Some((
                ymd(from.year(), from.month(), from.day())?,
                r,
                Granularity::Day,
            ))
        }
        None => None,
    })
}

/// The fact of expression `c` with its `interval` (after 截至 the same:
/// 截至X is X); without an interval (no reference date) relative, with the
/// granularity its words suggest.
fn date_fact(c: &Caps<'_>, interval: Option<Interval>, relative: bool) -> DateFact {
    // 截至X is X itself (SPEC): 截至7月底 is the last ten days of July.
    match interval {
        Some((from, to, g)) => DateFact {
            from: Some(from),
            to: Some(to),
            granularity: g,
            relative,
        },
        None => DateFact {
            from: None,
            to: None,
            granularity: guess_granularity(c),
            relative: true,
        },
    }
}

/// The granularity of expression `c` without an interval, from its group
/// and, for the others, its words.
fn guess_granularity(c: &Caps<'_>) -> Granularity {
    use Granularity::*;
    let t = c.get(0).map_or("", |m| m.as_str());
    if c.get(GROUPS.plan).is_some() && !t.ends_with("以来")
        || c.get(GROUPS.near).is_some()
        || c.get(GROUPS.yrange).is_some()
    {
        return Years;
    }
    if c.get(GROUPS.now).is_some() || c.get(GROUPS.ymd).is_some() {
        return Day;
    }
    if t.ends_with("以来") || t.contains('日') || t.contains('号') {
        Day
    } else if (t.contains('季') && quarter_part(t).is_none())
        || t.ends_with("年初")
        || t.ends_with("年底")
        || t.ends_with("年末")
    {
        Quarter
    } else if t.contains("半年") {
        Half
    } else if t.contains('旬') || t.ends_with("初") || t.ends_with("底") || t.ends_with("末") {
        Xun
    } else if t.contains('月') || t.ends_with("年中") {
        Month
    } else {
        Year
    }
}

/// 上旬, 月底, 十八日 without a month: in the reference month (a day later
/// than the reference day is in the month before).
fn standalone_interval(t: &str, r: NaiveDate) -> Option<Interval> {
    let (y, m) = (r.year(), r.month());
    match t {
        "上旬" | "月初" => Some((ymd(y, m, 1)?, ymd(y, m, 10)?, Granularity::Xun)),
        "中旬" => Some((ymd(y, m, 11)?, ymd(y, m, 20)?, Granularity::Xun)),
        "下旬" | "月底" | "月末" => {
            Some((ymd(y, m, 21)?, month_end(y, m)?, Granularity::Xun))
        }
        _ => {
            let d = small_number(t.strip_suffix(['日', '号'])?)?;
            let (y, m) = if d > r.day() {
                if m == 1 { (y - 1, 12) } else { (y, m - 1) }
            } else {
                (y, m)
            };
            let day = ymd(y, m, d)?;
            Some((day, day, Granularity::Day))
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::date::resolve_date;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// `expr @ reference → from..to granularity`.
    fn res(expr: &str, reference: &str) -> String {
        let r = if reference.is_empty() {
            None
        } else {
            Some(d(reference))
        };
        match resolve_date(expr, r) {
            None => "None".into(),
            Some(f) => match (f.from, f.to) {
                (Some(a), Some(b)) => format!(
                    "{a}..{b} {:?}{}",
                    f.granularity,
                    if f.relative { " rel" } else { "" }
                ),
                _ => format!(
                    "- {:?}{}",
                    f.granularity,
                    if f.relative { " rel" } else { "" }
                ),
            },
        }
    }

    /// Resolves each `(expression, reference, want)`.
    fn check(cases: &[(&str, &str, &str)]) {
        for (expr, r, want) in cases {
            assert_eq!(res(expr, r), *want, "{expr} @ {r}");
        }
    }

    /// Absolute.
    #[test]
    fn absolute_dates() {
        check(&[
            ("2022年3月14日", "2023-01-01", "2022-03-14..2022-03-14 Day"),
            ("2022-03-14", "", "2022-03-14..2022-03-14 Day"),
            ("2022.3.14", "", "2022-03-14..2022-03-14 Day"),
            ("2022/03/14", "", "2022-03-14..2022-03-14 Day"),
            ("2022年3月", "", "2022-03-01..2022-03-31 Month"),
            ("2020年", "", "2020-01-01..2020-12-31 Year"),
            ("2020年度", "", "2020-01-01..2020-12-31 Year"),
            ("２０２０年", "", "2020-01-01..2020-12-31 Year"),
            ("二〇二二年三月", "", "2022-03-01..2022-03-31 Month"),
            ("二零二一年十二月", "", "2021-12-01..2021-12-31 Month"),
            ("2024年年初", "", "2024-01-01..2024-03-31 Quarter"),
            ("2024年初", "", "2024-01-01..2024-03-31 Quarter"),
            ("2022年底", "", "2022-10-01..2022-12-31 Quarter"),
            ("2021年上半年", "", "2021-01-01..2021-06-30 Half"),
            ("2021年1—9月", "", "2021-01-01..2021-09-30 Month"),
            ("2020年2月底", "", "2020-02-21..2020-02-29 Xun"),
            ("2021年2月底", "", "2021-02-21..2021-02-28 Xun"),
            ("2024年2月29日", "", "2024-02-29..2024-02-29 Day"),
            ("2023年2月29日", "", "None"),
            ("2022年13月", "", "None"),
        ]);
    }

    /// Month/day without a year take the reference year.
    #[test]
    fn month_and_day_take_the_reference_year() {
        check(&[
            ("3月14日", "2022-09-27", "2022-03-14..2022-03-14 Day rel"),
            ("3月14号", "2022-09-27", "2022-03-14..2022-03-14 Day rel"),
            ("3月份", "2023-11-03", "2023-03-01..2023-03-31 Month rel"),
            ("十二月", "2023-11-03", "2023-12-01..2023-12-31 Month rel"),
            ("4月初", "2022-06-15", "2022-04-01..2022-04-10 Xun rel"),
            ("5月中旬", "2022-06-15", "2022-05-11..2022-05-20 Xun rel"),
            ("6月底", "2022-06-15", "2022-06-21..2022-06-30 Xun rel"),
            ("2月底", "2024-03-01", "2024-02-21..2024-02-29 Xun rel"),
            ("2月末", "2023-03-01", "2023-02-21..2023-02-28 Xun rel"),
            ("下旬", "2022-06-15", "2022-06-21..2022-06-30 Xun rel"),
            ("上旬", "2022-06-15", "2022-06-01..2022-06-10 Xun rel"),
            ("十八日", "2022-06-15", "2022-05-18..2022-05-18 Day rel"),
            ("12日", "2022-06-15", "2022-06-12..2022-06-12 Day rel"),
            ("12号", "2022-06-15", "2022-06-12..2022-06-12 Day rel"),
            ("18日", "2023-01-05", "2022-12-18..2022-12-18 Day rel"),
        ]);
    }

    /// Relative years.
    #[test]
    fn relative_years() {
        check(&[
            ("今年", "2022-06-15", "2022-01-01..2022-12-31 Year rel"),
            ("本年", "2022-06-15", "2022-01-01..2022-12-31 Year rel"),
            ("去年", "2023-01-05", "2022-01-01..2022-12-31 Year rel"),
            ("上年", "2023-01-05", "2022-01-01..2022-12-31 Year rel"),
            ("前年", "2023-01-05", "2021-01-01..2021-12-31 Year rel"),
            ("明年", "2022-12-31", "2023-01-01..2023-12-31 Year rel"),
            ("今年以来", "2022-06-15", "2022-01-01..2022-06-15 Day rel"),
            ("2021年以来", "2022-08-10", "2021-01-01..2022-08-10 Day rel"),
            ("2030年以来", "2022-08-10", "None"),
            ("近两年", "2022-08-10", "2021-01-01..2022-08-10 Years rel"),
            ("近三年", "2022-08-10", "2020-01-01..2022-08-10 Years rel"),
            ("近5年", "2022-08-10", "2018-01-01..2022-08-10 Years rel"),
            ("近十年来", "2022-09-27", "2013-01-01..2022-09-27 Years rel"),
            ("近年来", "2022-09-27", "2020-01-01..2022-09-27 Years rel"),
            ("年初", "2022-06-15", "2022-01-01..2022-03-31 Quarter rel"),
            ("年中", "2022-06-15", "2022-06-01..2022-08-31 Month rel"),
            ("年底", "2022-06-15", "2022-10-01..2022-12-31 Quarter rel"),
            ("年末", "2022-06-15", "2022-10-01..2022-12-31 Quarter rel"),
            ("今年底", "2022-06-15", "2022-10-01..2022-12-31 Quarter rel"),
            ("上半年", "2022-06-15", "2022-01-01..2022-06-30 Half rel"),
            ("下半年", "2022-06-15", "2022-07-01..2022-12-31 Half rel"),
            ("一季度", "2022-06-15", "2022-01-01..2022-03-31 Quarter rel"),
            (
                "第二季度",
                "2022-06-15",
                "2022-04-01..2022-06-30 Quarter rel",
            ),
            ("三季度", "2022-06-15", "2022-07-01..2022-09-30 Quarter rel"),
            ("四季度", "2022-06-15", "2022-10-01..2022-12-31 Quarter rel"),
            (
                "第4季度",
                "2022-06-15",
                "2022-10-01..2022-12-31 Quarter rel",
            ),
            (
                "前三季度",
                "2022-10-20",
                "2022-01-01..2022-09-30 Quarter rel",
            ),
            ("1—9月", "2023-11-03", "2023-01-01..2023-09-30 Month rel"),
            ("1-9月", "2023-11-03", "2023-01-01..2023-09-30 Month rel"),
            ("1至9月", "2023-11-03", "2023-01-01..2023-09-30 Month rel"),
            ("1～11月", "2023-12-03", "2023-01-01..2023-11-30 Month rel"),
            (
                "一至十一月",
                "2023-12-03",
                "2023-01-01..2023-11-30 Month rel",
            ),
            ("9—1月", "2023-12-03", "None"),
            ("今年6月底", "2022-09-27", "2022-06-21..2022-06-30 Xun rel"),
            ("今年九月", "2022-08-10", "2022-09-01..2022-09-30 Month rel"),
            ("去年9月", "2022-09-27", "2021-09-01..2021-09-30 Month rel"),
            (
                "去年12月31日",
                "2023-01-05",
                "2022-12-31..2022-12-31 Day rel",
            ),
            ("明年3月", "2021-11-08", "2022-03-01..2022-03-31 Month rel"),
            (
                "截至4月28日",
                "2022-08-10",
                "2022-04-28..2022-04-28 Day rel",
            ),
            ("截至2022年12月31日", "", "2022-12-31..2022-12-31 Day"),
            ("截至目前", "2022-08-10", "2022-08-10..2022-08-10 Day rel"),
            ("目前", "2022-08-10", "2022-08-10..2022-08-10 Day rel"),
            ("近日", "2023-11-03", "2023-10-24..2023-11-03 Day rel"),
            ("日前", "2022-08-10", "2022-07-31..2022-08-10 Day rel"),
        ]);
    }

    /// Plan periods.
    #[test]
    fn plans_and_ranges() {
        check(&[
            ("“十三五”期间", "", "2016-01-01..2020-12-31 Years"),
            ("十三五", "", "2016-01-01..2020-12-31 Years"),
            ("“十四五”", "", "2021-01-01..2025-12-31 Years"),
            ("十二五时期", "", "2011-01-01..2015-12-31 Years"),
            ("“十五五”规划期间", "", "2026-01-01..2030-12-31 Years"),
            ("“十一五”", "", "2006-01-01..2010-12-31 Years"),
            ("“十五”期间", "", "2001-01-01..2005-12-31 Years"),
            ("十五计划", "", "2001-01-01..2005-12-31 Years"),
            ("十五", "", "None"),
            ("2021—2030年", "", "2021-01-01..2030-12-31 Years"),
            ("2017年8月至11月", "", "2017-08-01..2017-11-30 Month"),
            ("5月-10月", "2021-01-01", "2021-05-01..2021-10-31 Month rel"),
            (
                "三月到五月",
                "2021-01-01",
                "2021-03-01..2021-05-31 Month rel",
            ),
            ("2018年2——4月", "", "2018-02-01..2018-04-30 Month"),
            ("十二月月底", "2021-01-01", "2021-12-21..2021-12-31 Xun rel"),
            ("2015年3月3號", "", "2015-03-03..2015-03-03 Day"),
            ("2021年前两个季度", "", "2021-01-01..2021-06-30 Quarter"),
            ("2022年首季度", "", "2022-01-01..2022-03-31 Quarter"),
            // 首 for 前 in Hong Kong, Macau and Taiwan.
            ("2023年首三季", "", "2023-01-01..2023-09-30 Quarter"),
            (
                "今年首季",
                "2024-05-02",
                "2024-01-01..2024-03-31 Quarter rel",
            ),
            (
                "本年度首两季",
                "2024-08-02",
                "2024-01-01..2024-06-30 Quarter rel",
            ),
            ("2024年首10个月", "", "2024-01-01..2024-10-31 Month"),
            ("2004年到2007年", "", "2004-01-01..2007-12-31 Years"),
            ("十年来", "2022-09-27", "2013-01-01..2022-09-27 Years rel"),
            ("过去两年", "2022-03-05", "None"),
            ("2018年前半年", "", "2018-01-01..2018-06-30 Half"),
            ("后半年", "2021-01-01", "2021-07-01..2021-12-31 Half rel"),
            ("2022.03-14", "", "None"),
            (
                "今年第一季",
                "2020-12-26",
                "2020-01-01..2020-03-31 Quarter rel",
            ),
        ]);
    }

    /// No reference date: relative, no interval.
    #[test]
    fn without_a_reference_date() {
        check(&[
            ("今年以来", "", "- Day rel"),
            ("4月初", "", "- Xun rel"),
            ("上半年", "", "- Half rel"),
            ("去年", "", "- Year rel"),
            ("近两年", "", "- Years rel"),
            // The granularity it has against any reference date.
            ("第三季", "", "- Quarter rel"),
            ("下个月10日", "", "- Day rel"),
            ("年中", "", "- Month rel"),
        ]);
    }

    /// The next N whole months.
    #[test]
    fn next_months() {
        check(&[
            ("下三个月", "2013-02-12", "2013-03-01..2013-05-31 Month rel"),
            ("下两个月", "2022-11-20", "2022-12-01..2023-01-31 Month rel"),
            (
                "下十二个月",
                "2022-01-05",
                "2022-02-01..2023-01-31 Month rel",
            ),
            ("下三个月", "", "- Month rel"),
            ("下三年", "2013-02-12", "None"),
            ("下一年", "2017-03-22", "None"),
            ("下十三个月", "2013-02-12", "None"),
            ("下两月", "2013-02-12", "None"),
        ]);
    }

    /// Years 200–999 written digit by digit in Chinese, read with their
    /// month as a year before 1900 is.
    #[test]
    fn years_of_three_chinese_digits_with_their_month() {
        check(&[
            ("三六七年一月一日", "", "0367-01-01..0367-01-01 Day"),
            ("八〇五年三月", "", "0805-03-01..0805-03-31 Month"),
            // Without a month an age or a count; 一一二年 may be a year of
            // the Republic of China (2023).
            ("三六七年", "", "None"),
            ("一一二年一月", "", "None"),
            ("二十三年一月", "", "None"),
        ]);
    }

    /// Not dates.
    #[test]
    fn not_dates() {
        check(&[
            ("5至10年", "2022-01-01", "None"),
            ("38天", "2022-01-01", "None"),
            ("3个月", "2022-01-01", "None"),
            ("十年", "2022-01-01", "None"),
            ("1500年", "2022-01-01", "None"),
        ]);
    }
}
