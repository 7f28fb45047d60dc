//! 本周一, 上周三, 下星期五 ("Monday this week" …): a day of the story's
//! week, the week before or the week after (weeks start on Monday), where
//! the word is used for a day as a near day is (see [`super::near_day`]:
//! opening a clause before a break or a time of day, after 将于/已于, before
//! a verb of news). A day in brackets after it (下周一（24日）) joins the
//! fact wherever it stands when the two agree; when they do not, the
//! bracketed day stands alone. Without a reference date there is no fact.

use chrono::{Datelike, Days, NaiveDate};

use super::FoundDate;
use super::near_day::{glossed, join_gloss, used_for_day};
use super::that_day::{insert_days, single_day};
use crate::scan::short_find;

/// Words of a week and its offset from the story's week.
const WEEKS: &[(&str, i8)] = &[
    ("本周", 0),
    ("这周", 0),
    ("本星期", 0),
    ("这星期", 0),
    ("上周", -1),
    ("上星期", -1),
    ("下周", 1),
    ("下星期", 1),
    ("本週", 0),
    ("上週", -1),
    ("下週", 1),
];

/// The day of `today`'s week moved by `weeks`, `day` 0 (Monday) to 6.
fn day_of_week(today: NaiveDate, weeks: i8, day: u64) -> Option<NaiveDate> {
    let monday =
        today.checked_sub_days(Days::new(u64::from(today.weekday().num_days_from_monday())))?;
    let shift = i64::from(weeks) * 7 + i64::try_from(day).ok()?;
    let n = Days::new(shift.unsigned_abs());
    if shift < 0 {
        monday.checked_sub_days(n)
    } else {
        monday.checked_add_days(n)
    }
}

/// Adds to `out` (the dates of sentence `s`, in order) a date fact for
/// each day of a week named in `s` that is used for a day; `today` is the
/// day 今天 names.
pub(crate) fn find_weekdays(s: &str, today: Option<NaiveDate>, out: &mut Vec<FoundDate>) {
    let Some(today) = today else {
        return;
    };
    if short_find(s, "周").is_none()
        && short_find(s, "星期").is_none()
        && short_find(s, "週").is_none()
    {
        return;
    }
    let mut found = Vec::new();
    for &(w, weeks) in WEEKS {
        let mut from = 0;
        while let Some(k) = s.get(from..).and_then(|rest| short_find(rest, w)) {
            let a = from + k;
            from = a + w.len();
            let Some(c) = s[from..].chars().next() else {
                continue;
            };
            let Some(i) = "一二三四五六日天".chars().position(|d| d == c) else {
                continue;
            };
            let b = from + c.len_utf8();
            // 下下周日, 上上周三: a week this module does not read.
            let doubled = s[..a].ends_with(['上', '下']);
            if doubled || out.iter().any(|d| d.start < b && a < d.end) {
                continue;
            }
            let Some(day) = day_of_week(today, weeks, i.min(6) as u64) else {
                continue;
            };
            if let Some(k) = glossed(s, b, out) {
                // 下周一（24日）: one fact when they agree.
                if single_day(&out[k].fact) == Some(day) {
                    join_gloss(s, &mut out[k], a);
                }
                continue;
            }
            if used_for_day(s, a, b, false) {
                found.push((a, b, day));
            }
        }
    }
    for (a, b, day) in found {
        insert_days(out, (a, b), day, day);
    }
}
