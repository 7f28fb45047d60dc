//! Placing a date among the dates of its sentence: comparison bases a
//! year back, a month after a bracketed year, and day ranges closed by a
//! later day.

use chrono::Datelike;

use super::{FoundDate, context, resolve};
use crate::fact::{DateFact, Granularity};

/// Places date `fact`, the expression `t` at `[start, end)` of `s`, among
/// the sentence's dates `out`: a comparison base (去年同期) becomes the
/// sentence's period a year back, a month after a bracketed year takes
/// that year, and a day after a day and a range link closes a range.
/// Returns where the expression ends (it may take 同期 or 到九日) and, when
/// it names a year, the year the sentence now speaks of (全年, 当年).
pub(super) fn place(
    s: &str,
    start: usize,
    end: usize,
    t: &str,
    fact: DateFact,
    has_year: bool,
    out: &mut Vec<FoundDate>,
) -> (usize, Option<Option<i32>>) {
    // 去年同期: the sentence's period one year back, else no fact;
    // 去年同月: its month one year back.
    if let Some(word) = context::same_period_word(t, &s[end..]).filter(|_| has_year) {
        let end = end + word.len();
        let prior: Vec<DateFact> = out.iter().map(|d| d.fact.clone()).collect();
        if let Some(fact) = context::same_period(&prior, &fact, word == "同月") {
            out.push(FoundDate { start, end, fact });
        }
        return (end, None);
    }
    // 明年（2025年）2月2日: the month in the bracketed year.
    let mut fact = fact;
    if !has_year && t.contains('月') && !t.starts_with(['截', '前']) {
        let year = out
            .last()
            .and_then(|d| context::bracketed_year(&d.fact, &s[d.end..start]));
        if let Some(f) = year.and_then(|y| context::in_year(t, y)) {
            fact = DateFact {
                relative: f.relative || out.last().is_some_and(|d| d.fact.relative),
                ..f
            };
        }
    }
    // 9月10日、11日, 9月10日至12日、15日: a listed day in the month of the
    // day before it; one not after it is no reading of the list.
    if !has_year && t.ends_with(['日', '号']) && !t.contains(['月', '-', '/', '.']) {
        match out
            .last()
            .and_then(|d| context::listed_day(t, &d.fact, &s[d.end..start]))
        {
            Some(Some(f)) => fact = f,
            Some(None) => return (end, None),
            None => {}
        }
    }
    // 2007年与2009年之间, 三月和九月之间: one period from the first to the
    // second.
    if let Some(last) = out.last_mut() {
        if let Some(n) = context::between_end(&last.fact, &s[last.end..start], &fact, &s[end..]) {
            last.end = end + n;
            last.fact.to = fact.to;
            last.fact.relative |= fact.relative;
            if last.fact.granularity == Granularity::Year {
                last.fact.granularity = Granularity::Years;
            }
            return (last.end, None);
        }
    }
    // 8月11日至22日: one range, the second end in the first's month.
    if let Some(last) = out.last_mut() {
        if merge_day_range(s, last, start, end, t, has_year, &fact) {
            return (last.end, None);
        }
    }
    let year = has_year.then(|| fact.from.map(|d| d.year()));
    let mut found = FoundDate { start, end, fact };
    // 三月五日到九日: a bare day in Chinese numerals closes the range.
    if found.fact.granularity == Granularity::Day && found.fact.from == found.fact.to {
        if let Some((end, d)) = context::bare_range_day(s, found.end) {
            let to = found
                .fact
                .from
                .map(|f| resolve::ymd(f.year(), f.month(), d));
            match to {
                Some(Some(to)) if Some(to) > found.fact.from => {
                    found.fact.to = Some(to);
                    found.end = end;
                }
                None => found.end = end,
                _ => {}
            }
        }
    }
    let end = found.end;
    out.push(found);
    (end, year)
}

/// Extends `last`, a single day, to the day range it opens when the date
/// `t` at `[start, end)` follows it after a range link (至, 到, —): the
/// second end takes the year and month of the first where it names none
/// (8月11日至22日 → Aug 11 – Aug 22). Returns whether it merged.
fn merge_day_range(
    s: &str,
    last: &mut FoundDate,
    start: usize,
    end: usize,
    t: &str,
    has_year: bool,
    own: &DateFact,
) -> bool {
    let first = last.fact.clone();
    // 4月20日11:00时至4月25日17:00时: the times of day are no part of the
    // range of days, but do not break it.
    let single_day = first.granularity == Granularity::Day && first.from == first.to;
    let time = context::time_of_day_len(&s[last.end..start]).filter(|_| single_day);
    if !context::is_range_link(&s[last.end + time.unwrap_or(0)..start]) {
        return false;
    }
    // 2016年至2018年, 2017年五月至2018年四月, 前年11月到去年3月: two years
    // or two months, each with its year, make one period.
    if has_year && first.granularity == own.granularity {
        let years = match first.granularity {
            Granularity::Year => Some(Granularity::Years),
            Granularity::Month => Some(Granularity::Month),
            _ => None,
        };
        if let (Some(g), Some(a), Some(b)) = (years, first.to, own.from) {
            if a < b {
                last.end = end;
                last.fact.to = own.to;
                last.fact.granularity = g;
                last.fact.relative |= own.relative;
                return true;
            }
        }
    }
    if first.granularity != Granularity::Day
        || first.from != first.to
        || own.granularity != Granularity::Day
    {
        return false;
    }
    let to = match first.from {
        Some(f) => match context::range_end(t, has_year, own, f) {
            Some(to) => Some(to),
            None => return false,
        },
        // No reference date: one relative range without an interval.
        None if !has_year && own.from.is_none() => None,
        None => return false,
    };
    last.end = end;
    if time.is_some() {
        last.end += context::time_of_day_len(&s[end..]).unwrap_or(0);
    }
    last.fact.to = to;
    true
}
