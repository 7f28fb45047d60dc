//! Years of the Republic of China (民国, 民國): year N is N + 1911.
//! `民國113年` is 2024 wherever it stands; a bare three-digit year
//! (`113年`, `108年1月`, `114年3月7日`, `115年第四季`) is read so only in a
//! document that is plainly from Taiwan (the caller decides). The part of
//! the year after it is read as for any year: the expression is resolved
//! with the Gregorian year written in, and its span is the original one.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::{DATE, FoundDate, resolve_date};

/// `民國113年`, `113 年`: the era word (optional) and the year's digits.
static ROC_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile(r"(民[国國]\s*)?([0-9]{1,3}|[一二三四五六七八九十百〇零]{1,7})\s*年")
});

/// The ROC years of sentence `s` with the part of the year after them,
/// resolved against `reference`; they replace the dates of `out` they
/// overlap (a stray `3月7日` of `114年3月7日`). `taiwan`: bare years count.
pub(crate) fn find_roc(
    s: &str,
    taiwan: bool,
    reference: Option<NaiveDate>,
    out: &mut Vec<FoundDate>,
) {
    if taiwan {
        find_roc_days(s, reference, out);
    }
    if !taiwan && crate::scan::short_find(s, "民").is_none() {
        return;
    }
    for c in ROC_YEAR.captures_iter(s) {
        let (Some(all), Some(digits)) = (c.get(0), c.get(2)) else {
            continue;
        };
        let era = c.get(1).is_some();
        if let Some(found) = roc_date(
            s,
            all.start(),
            all.end(),
            digits.as_str(),
            era,
            taiwan,
            reference,
        ) {
            out.retain(|d| d.end <= found.start || d.start >= found.end);
            let at = out.partition_point(|d| d.start < found.start);
            out.insert(at, found);
        }
    }
}

/// `114-03-26`, `113/3/5`, `113.03.05`: an ROC year of three digits with
/// its month and day, not glued to other digits or separators.
static ROC_DAY: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile(r"(1[0-9]{2})([-/.])(1[0-2]|0?[1-9])([-/.])(3[01]|[12][0-9]|0?[1-9])")
});

/// Words before a code that looks like a date.
const CODE_WORDS: &[&str] = &[
    "编号", "編號", "代码", "代碼", "文号", "文號", "案号", "案號", "第",
];

/// The ROC numeric days of sentence `s` (`已於114-03-26舉行`), in a
/// document from Taiwan: read as that day, replacing what `out` read there.
fn find_roc_days(s: &str, reference: Option<NaiveDate>, out: &mut Vec<FoundDate>) {
    if !s.contains(['-', '/', '.']) {
        return;
    }
    let in_run = |c: char| c.is_ascii_digit() || matches!(c, '.' | '/' | '-');
    for c in ROC_DAY.captures_iter(s) {
        let (Some(all), Some(y), Some(m), Some(d)) = (c.get(0), c.get(1), c.get(3), c.get(5))
        else {
            continue;
        };
        // One separator throughout, and the whole run of the date's characters.
        let glued = s[..all.start()].ends_with(in_run) || s[all.end()..].starts_with(in_run);
        // 編號113-1-25, 113-1-25號: a code.
        let coded = CODE_WORDS.iter().any(|w| s[..all.start()].ends_with(w))
            || s[all.end()..].starts_with(['号', '號']);
        if glued || coded || c.get(2).map(|x| x.as_str()) != c.get(4).map(|x| x.as_str()) {
            continue;
        }
        let Ok(year) = y.as_str().parse::<u32>() else {
            continue;
        };
        let written = format!("{}年{}月{}日", year + 1911, m.as_str(), d.as_str());
        let Some(fact) = resolve_date(&written, reference) else {
            continue;
        };
        let found = FoundDate {
            start: all.start(),
            end: all.end(),
            fact,
        };
        out.retain(|d| d.end <= found.start || d.start >= found.end);
        let at = out.partition_point(|d| d.start < found.start);
        out.insert(at, found);
    }
}

/// The date of the ROC year `digits` written at `[start, year_end)` (its
/// 年 included), or `None` where it is no such year: a number glued
/// before it, a bare year outside 100–199 or without `taiwan`, a duration
/// (108年来, 100年前, 做了120年), or a Gregorian year the calendar cannot
/// hold.
fn roc_date(
    s: &str,
    start: usize,
    year_end: usize,
    digits: &str,
    era: bool,
    taiwan: bool,
    reference: Option<NaiveDate>,
) -> Option<FoundDate> {
    if s[..start]
        .chars()
        .next_back()
        .is_some_and(|p| p.is_ascii_digit() || p == '.')
    {
        return None;
    }
    let n = crate::number::parse_number(digits)?;
    let n = u32::try_from(n.trunc().mantissa())
        .ok()
        .filter(|_| n.fract().is_zero())?;
    let bare = !era && digits.len() == 3 && (100..200).contains(&n);
    if !(era && (1..200).contains(&n) || taiwan && bare) {
        return None;
    }
    let rest = &s[year_end..];
    if rest.starts_with(['来', '來', '前', '后', '後', '间', '間', '的', '之']) {
        return None;
    }
    // A bare year names a part of itself after it (108年1月, 115年第四季,
    // 113年度, 113年全年), or stands after a word of time (自109年, 於113年)
    // within fifteen years of R's: 做了120年 is a duration.
    let part = rest.starts_with(['月', '第', '度', '上', '下', '底', '初', '末', '全', '首'])
        || rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
    let before = s[..start].trim_end();
    let timed = ["自", "於", "于", "在", "至", "到", "截至", "從", "从"]
        .iter()
        .any(|w| before.ends_with(w))
        && reference.is_some_and(|r| (i64::from(n) + 1911 - i64::from(r.year())).abs() <= 15);
    // Or a bare year that opens a clause, in those fifteen years
    // (投資方面，113年園區廠商新增投資…).
    let opens = (before.is_empty() || before.ends_with(['，', ',', '。', '；', '：']))
        && reference.is_some_and(|r| (i64::from(n) + 1911 - i64::from(r.year())).abs() <= 15);
    // Or one the figures of that year follow (南科113年營業額達…), in those
    // fifteen years.
    // (成立113年 is a duration.)
    let lasted = [
        "成立", "创立", "创建", "建立", "历经", "有", "了", "近", "逾", "超过", "长达",
    ]
    .iter()
    .any(|w| before.ends_with(w));
    let reports = [
        "营业额",
        "营收",
        "营业收入",
        "产值",
        "出口",
        "进口",
        "进出口",
        "经济成长",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
        && !lasted
        && reference.is_some_and(|r| (i64::from(n) + 1911 - i64::from(r.year())).abs() <= 15);
    if !era && !part && !timed && !opens && !reports {
        return None;
    }
    // The expression with the Gregorian year, read by the date pattern.
    let year = format!("{}年", n + 1911);
    let written = format!("{year}{rest}");
    let m = DATE.find(&written).filter(|m| m.start() == 0)?;
    let fact = resolve_date(m.as_str(), reference)?;
    let end = year_end + m.end().checked_sub(year.len())?;
    Some(FoundDate { start, end, fact })
}
