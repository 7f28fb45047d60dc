//! 今天, 今日, 昨天, 昨日, 前天, 明天, 明日 ("today", "yesterday" …): a day
//! counted from the reference date.
//!
//! News dates what it reports by these words (昨日，…集中签约; 记者昨天从市发改委
//! 获悉; 市政府今日召开…; 今日(23日)上午). Such a word is a date fact, R moved
//! by its offset, only where it is used for a day: a verb of news follows
//! it; or it follows 记者, 已于/将于 or 截至; or a time of day follows it after
//! 于 or 在; or it opens a clause and a time of day, a break or a day in
//! brackets follows it (今天的成就, 告别昨天, 今日头条, 着眼于明天 name no day).
//! With a bracketed day (within a week of the day it names) after it
//! (昨日（13日）) the fact spans both when they agree; when they do not (a
//! story re-posted days later) the bracketed day stands alone. Without a
//! reference date there is no fact.

use chrono::{Days, NaiveDate};

use super::FoundDate;
use super::that_day::{TIMES_OF_DAY, insert_days, single_day, time_of_day_opens};
use crate::clause::opens_clause;
use crate::scan::short_find;

/// The words and their offsets in days from R.
const WORDS: &[(&str, i8)] = &[
    ("今天", 0),
    ("今日", 0),
    ("昨天", -1),
    ("昨日", -1),
    ("前天", -2),
    ("明天", 1),
    ("明日", 1),
];

/// Words after which the word names a day wherever the clause stands
/// (记者昨天获悉, 已于昨日开工, 截至今日); after 于 or 在 alone only a time
/// of day tells a day (于前天上午举行; 着眼于明天, 寄希望于明天 name none).
const BEFORE: &[&str] = &[
    "记者", "截至", "截止", "将于", "已于", "定于", "并于", "拟于",
];

/// Verbs of news after which the word names the day they were done on,
/// wherever it stands (市政府昨日召开…, 国家统计局今天发布…).
const NEWS_VERBS: &[&str] = &[
    "召开", "举行", "举办", "发布", "公布", "宣布", "批准", "通过", "签约", "签署", "开工", "获悉",
    "表示", "透露", "正式",
];

/// Adds to `out` (the dates of sentence `s`, in order) a date fact for
/// each word of [`WORDS`] in `s` that names a day. `today` is the day 今天
/// names: R, until a word glossed with a day (今日(23日), 昨日（13日）) says
/// which day the story's today is; it carries over to later sentences.
pub(crate) fn find_near_days(s: &str, today: &mut Option<NaiveDate>, out: &mut Vec<FoundDate>) {
    if today.is_none() || (short_find(s, "天").is_none() && short_find(s, "日").is_none()) {
        return;
    }
    let mut found: Vec<(usize, usize, NaiveDate, NaiveDate)> = Vec::new();
    split_glosses(s, today, &mut found);
    for &(w, offset) in WORDS {
        let mut from = 0;
        while let Some(k) = s.get(from..).and_then(|rest| short_find(rest, w)) {
            let (a, b) = (from + k, from + k + w.len());
            from = b;
            let taken = |d: &FoundDate| d.start < b && a < d.end;
            if out.iter().any(taken) || found.iter().any(|f| f.0 <= a && a < f.1) {
                continue;
            }
            if let Some(k) = glossed(s, b, out) {
                // 昨日（13日）: one fact over both; the gloss says which day today is.
                // Only a gloss within a week of the day the word names by R
                // (a story re-posted days later); else the day stands alone.
                let near = |g: &NaiveDate| {
                    today
                        .and_then(|t| moved(t, offset))
                        .is_some_and(|d| (*g - d).num_days().abs() <= 7)
                };
                let gloss = single_day(&out[k].fact).filter(near);
                if let Some(g) = gloss.filter(|_| used_for_day(s, a, b, true)) {
                    *today = moved(g, -offset).or(*today);
                    join_gloss(s, &mut out[k], a);
                }
                continue;
            }
            let Some(day) = today.and_then(|t| moved(t, offset)) else {
                continue;
            };
            if !used_for_day(s, a, b, false) || ends_range(&s[..a]) {
                continue;
            }
            match range_to(s, b, *today) {
                Some(None) => {}
                Some(Some((end, to))) => found.push((a, end, day.min(to), day.max(to))),
                None => found.push((a, b, day, day)),
            }
        }
    }
    for (a, b, from, to) in found {
        insert_days(out, (a, b), from, to);
    }
}

/// 今（3）日, 昨(2)日, 明（4）日: the word with the day of the month set in
/// its middle (the style of Taiwan's press releases). The day is the one of
/// that number within a week of the day the word names by R; it becomes the
/// story's today. No such day: no fact.
fn split_glosses(
    s: &str,
    today: &mut Option<NaiveDate>,
    found: &mut Vec<(usize, usize, NaiveDate, NaiveDate)>,
) {
    // The form always closes its bracket right before 日.
    if short_find(s, "）日").is_none() && short_find(s, ")日").is_none() {
        return;
    }
    for (head, offset) in [("今", 0i8), ("昨", -1), ("明", 1)] {
        let mut from = 0;
        while let Some(k) = s.get(from..).and_then(|rest| short_find(rest, head)) {
            let a = from + k;
            from = a + head.len();
            let rest = &s[from..];
            let Some(inner) = rest.strip_prefix(['（', '(']) else {
                continue;
            };
            let n = inner.len() - inner.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let close = inner[n..]
                .chars()
                .next()
                .filter(|c| matches!(c, '）' | ')'));
            let (Some(close), 1..=2) = (close, n) else {
                continue;
            };
            let after = &inner[n + close.len_utf8()..];
            if !after.starts_with('日') {
                continue;
            }
            let end = s.len() - after.len() + '日'.len_utf8();
            let Ok(day) = inner[..n].parse::<u32>() else {
                continue;
            };
            let Some(named) = today.and_then(|t| moved(t, offset)) else {
                continue;
            };
            if let Some(d) = super::context::day_of_month_near(day, named, 7) {
                *today = moved(d, -offset).or(*today);
                found.push((a, end, d, d));
            }
        }
    }
}

/// Range connectors between two days.
const CONNECTORS: &[&str] = &["到", "至", "—", "-", "～", "~"];

/// Whether `before` ends with a range connector (3月1日到明天): the word
/// ends a range this module does not read.
fn ends_range(before: &str) -> bool {
    CONNECTORS.iter().any(|c| before.ends_with(c))
}

/// After the word ending at `b` (and a time of day): `None` when no range
/// connector follows; `Some(Some((end, day)))` when another word of
/// [`WORDS`] ends the range (前天中午到明天晚上) at `end`; `Some(None)` when
/// something else does (a range this module does not read: no fact).
fn range_to(s: &str, b: usize, today: Option<NaiveDate>) -> Option<Option<(usize, NaiveDate)>> {
    let after_time = |i: usize| {
        let t = TIMES_OF_DAY.iter().find(|t| s[i..].starts_with(*t));
        i + t.map_or(0, |t| t.len())
    };
    let i = after_time(b);
    let c = CONNECTORS.iter().find(|c| s[i..].starts_with(*c))?;
    let j = i + c.len();
    let end = WORDS
        .iter()
        .find(|(w, _)| s[j..].starts_with(w))
        .and_then(|&(w, o)| Some((after_time(j + w.len()), moved(today?, o)?)));
    Some(end)
}

/// R moved by `offset` days, if that is a date.
fn moved(r: NaiveDate, offset: i8) -> Option<NaiveDate> {
    let n = Days::new(u64::from(offset.unsigned_abs()));
    if offset < 0 {
        r.checked_sub_days(n)
    } else {
        r.checked_add_days(n)
    }
}

/// The day in brackets `gloss` made one fact with the word before it,
/// from byte `a` to the closing bracket.
pub(super) fn join_gloss(s: &str, gloss: &mut FoundDate, a: usize) {
    gloss.start = a;
    let close = s[gloss.end..]
        .chars()
        .next()
        .filter(|c| matches!(c, '）' | ')'));
    gloss.end += close.map_or(0, char::len_utf8);
}

/// The index in `out` of the day in brackets right after byte `b`
/// (（13日）, (13日)), if one was found there.
pub(super) fn glossed(s: &str, b: usize, out: &[FoundDate]) -> Option<usize> {
    let open = s[b..].chars().next().filter(|c| matches!(c, '（' | '('))?;
    let at = b + open.len_utf8();
    out.iter().position(|d| d.start == at || d.start == b)
}

/// Whether the word at `s[a..b]` is used for a day: a verb of news
/// follows it; or it follows a word of [`BEFORE`] and no 的 follows; or it
/// follows 于 or 在 and a time of day follows it; or it opens a clause and
/// (unless `glossed`) a time of day or a break follows.
pub(super) fn used_for_day(s: &str, a: usize, b: usize, glossed: bool) -> bool {
    let (before, after) = (&s[..a], &s[b..]);
    if NEWS_VERBS.iter().any(|v| after.starts_with(v)) {
        return true;
    }
    if BEFORE.iter().any(|w| before.ends_with(w)) {
        return !after.starts_with('的');
    }
    if before.ends_with(['于', '在']) {
        return time_of_day_opens(after);
    }
    // Not after 、: 昨天、今天和明天 is a figure of speech.
    let follows = time_of_day_opens(after) || after.starts_with(['，', ',']);
    // 1.【江苏】昨日，…: an item's mark opens nothing of its own.
    let opens = opens_clause(s, a) || (a > 0 && a == crate::clause::item_mark_len(s));
    opens && (glossed || follows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn days(s: &str) -> Vec<(String, NaiveDate)> {
        let mut out = Vec::new();
        find_near_days(s, &mut Some(day(2024, 3, 1)), &mut out);
        out.iter()
            .map(|d| (s[d.start..d.end].to_string(), d.fact.from.unwrap()))
            .collect()
    }

    #[test]
    fn a_word_for_a_near_day_opening_a_clause_is_that_day() {
        assert_eq!(
            days("昨日，共签约项目12个"),
            [("昨日".into(), day(2024, 2, 29))]
        );
        assert_eq!(
            days("今天上午，项目开工"),
            [("今天".into(), day(2024, 3, 1))]
        );
        assert_eq!(
            days("明天下午，推介会举行"),
            [("明天".into(), day(2024, 3, 2))]
        );
        assert_eq!(
            days("记者昨天从市发改委获悉，"),
            [("昨天".into(), day(2024, 2, 29))]
        );
        assert_eq!(
            days("签约仪式于前天上午举行"),
            [("前天".into(), day(2024, 2, 28))]
        );
    }

    #[test]
    fn a_word_used_otherwise_names_no_day() {
        for s in [
            "今天的成就来之不易",
            "告别昨天，走向明天",
            "今日头条发布报告",
            "昨天的辉煌",
        ] {
            assert_eq!(days(s), [], "{s}");
        }
        let mut out = Vec::new();
        find_near_days("昨日，项目签约", &mut None, &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn two_near_days_make_one_range_and_other_ranges_no_fact() {
        let mut out = Vec::new();
        find_near_days(
            "前天中午到明天晚上，全市停水",
            &mut Some(day(2024, 3, 1)),
            &mut out,
        );
        let got: Vec<_> = out
            .iter()
            .map(|d| (d.start, d.end, d.fact.from, d.fact.to))
            .collect();
        let s = "前天中午到明天晚上";
        assert_eq!(
            got,
            [(0, s.len(), Some(day(2024, 2, 28)), Some(day(2024, 3, 2)))]
        );
        assert_eq!(days("3月1日到明天，全市停水"), []);
        assert_eq!(days("今天上午至3月5日，全市停水"), []);
    }
}
