//! 当天, 当日, 当晚 ("that day"), 同日, 同一天 ("the same day"): the day the
//! story named last.
//!
//! News names an event's day once (8月19日，…举行签约仪式) and then says
//! 当天上午… or 当日晚间… for what happened on it. Such a word is a date fact
//! for the last single day named before it — earlier in the sentence, else
//! in the document — when it opens a clause and is followed by a time of
//! day or by a comma: that is how the word is used for a day. Used as an
//! adverb of speed (实现当日申报当日批, 当天办结, 当日到账) it names no day and
//! gives no fact, as it does when nothing before it named a day.

use chrono::NaiveDate;

use super::FoundDate;
use crate::clause::opens_clause;
use crate::fact::{DateFact, Granularity};
use crate::scan::short_find;

/// The words for "that day" and "the same day" (不可同日而语 is an idiom:
/// no time of day or break follows it).
const WORDS: &[&str] = &["当天", "当日", "当晚", "同日", "同一天"];

/// Times of day that may follow a word for a day (当天上午, 昨日下午).
pub(super) const TIMES_OF_DAY: &[&str] = &[
    "上午", "下午", "中午", "晚间", "晚上", "早上", "早间", "凌晨", "傍晚", "夜间",
];

/// Whether a time of day ([`TIMES_OF_DAY`]) opens `after`.
pub(super) fn time_of_day_opens(after: &str) -> bool {
    TIMES_OF_DAY.iter().any(|t| after.starts_with(t))
}

/// Inserts into `out` (dates in order) a relative day fact from `from` to
/// `to` over `start..end`, where it belongs.
pub(super) fn insert_days(
    out: &mut Vec<FoundDate>,
    (start, end): (usize, usize),
    from: NaiveDate,
    to: NaiveDate,
) {
    let at = out.partition_point(|d| d.start < start);
    let fact = DateFact {
        from: Some(from),
        to: Some(to),
        granularity: Granularity::Day,
        relative: true,
    };
    out.insert(at, FoundDate { start, end, fact });
}

/// The single day a date fact names, if it names one.
pub(crate) fn single_day(d: &DateFact) -> Option<NaiveDate> {
    match (d.granularity, d.from, d.to) {
        (Granularity::Day, Some(a), Some(b)) if a == b => Some(a),
        _ => None,
    }
}

/// Adds to `out` (the dates of sentence `s`, in order) a date fact for each
/// 当天/当日/当晚 of `s` that names a day: the last single day of `out`
/// before it, else `last_day` (the last one of the document before `s`).
/// Words inside a date already found are left alone.
pub(crate) fn find_that_day(s: &str, last_day: Option<NaiveDate>, out: &mut Vec<FoundDate>) {
    if short_find(s, "当").is_none() && short_find(s, "同").is_none() {
        return;
    }
    let mut found = Vec::new();
    for w in WORDS {
        let mut from = 0;
        while let Some(k) = s.get(from..).and_then(|r| short_find(r, w)) {
            let a = from + k;
            let b = a + w.len();
            from = b;
            if names_day(s, a, b, w) && !out.iter().any(|d| d.start < b && a < d.end) {
                found.push((a, b));
            }
        }
    }
    found.sort_unstable();
    for (a, b) in found {
        let before = out
            .iter()
            .filter(|d| d.end <= a)
            .filter_map(|d| single_day(&d.fact))
            .next_back();
        let Some(day) = before.or(last_day) else {
            continue;
        };
        insert_days(out, (a, b), day, day);
    }
}

/// Whether the word `w` at `s[a..b]` names a day: it opens a clause and a
/// time of day or a break (，, 、) follows it (当晚 is itself a time of day).
fn names_day(s: &str, a: usize, b: usize, w: &str) -> bool {
    let after = &s[b..];
    opens_clause(s, a)
        && (time_of_day_opens(after)
            || after.starts_with(['，', ',', '、'])
            || (w == "当晚" && !after.starts_with('当')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn days(s: &str, last: Option<NaiveDate>) -> Vec<(String, NaiveDate)> {
        let mut out = Vec::new();
        find_that_day(s, last, &mut out);
        out.iter()
            .map(|d| (s[d.start..d.end].to_string(), d.fact.from.unwrap()))
            .collect()
    }

    #[test]
    fn that_day_opening_a_clause_is_the_last_day_named() {
        let last = Some(day(2024, 3, 8));
        assert_eq!(
            days("当天上午，签约仪式举行", last),
            [("当天".into(), day(2024, 3, 8))]
        );
        assert_eq!(
            days("当日，共签约项目12个", last),
            [("当日".into(), day(2024, 3, 8))]
        );
        assert_eq!(
            days("会后，当晚举行了推介会", last),
            [("当晚".into(), day(2024, 3, 8))]
        );
        assert_eq!(
            days("同日，在上海举行的推介会上签约12个项目", last),
            [("同日".into(), day(2024, 3, 8))]
        );
        assert_eq!(
            days("同一天下午，二期项目开工", last),
            [("同一天".into(), day(2024, 3, 8))]
        );
    }

    #[test]
    fn that_day_as_an_adverb_or_with_no_day_before_is_no_date() {
        let last = Some(day(2024, 3, 8));
        assert!(days("实现当日申报当日批", last).is_empty());
        assert!(days("当天办结率达到98%", last).is_empty());
        assert!(days("资金当日到账", last).is_empty());
        assert!(days("两者不可同日而语", last).is_empty());
        assert!(days("同日开工的项目", last).is_empty());
        assert!(days("当天上午，签约仪式举行", None).is_empty());
    }

    #[test]
    fn a_day_earlier_in_the_sentence_comes_first() {
        let s = "5月6日上午举行开工仪式，当天下午签约";
        let mut out = vec![FoundDate {
            start: 0,
            end: "5月6日".len(),
            fact: DateFact {
                from: Some(day(2024, 5, 6)),
                to: Some(day(2024, 5, 6)),
                granularity: Granularity::Day,
                relative: true,
            },
        }];
        find_that_day(s, Some(day(2024, 3, 8)), &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(&s[out[1].start..out[1].end], "当天");
        assert_eq!(out[1].fact.from, Some(day(2024, 5, 6)));
    }
}
