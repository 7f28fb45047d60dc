//! Date expressions and their resolution against a reference date.
//!
//! See the crate docs ("Dates") for the conventions; they are those of
//! `SPEC.md`.
//!
//! This module finds the expressions (one pattern, searched from the
//! anchors a date must hold) and captures their groups; [`resolve`] turns
//! the groups into an interval.
//!
//! Choices where SPEC leaves room (the words around an expression are read
//! in `context`):
//! - A day range (`8月11日至22日`, `从一月十日到十二日`, `2月28日-3月1日`) is
//!   **one** date fact spanning both ends, granularity `day`; its second end
//!   takes the year and month of the first. Ranges of years or of months each
//!   with its year (`2016年至2018年`, `前年11月到去年3月`) are one fact too.
//! - `前N个月` is Jan 1 – the end of month N of the year named (or R's), as
//!   in statistical reports; not "the last N months".
//! - `去年同期`, `上年同期`, `2019年同期` is the sentence's last within-year
//!   period moved to that year, spanning `…同期`; with no such period, no fact.
//!   `去年同月`, `上年同月` likewise, when that period is one month.
//! - `截至X` is X itself (`截至7月底` → Jul 21–31).
//! - The start or end of a quarter is that of its first or last month
//!   (`一季度末` as `3月末`: Mar 21–31; `上季度初`; `xun`).
//! - Two-digit years are read where the century is plain (`short_year`:
//!   `15年3月2日`, `19年底`, `08年`, `九七年一季度`); `15年` alone, `三四年`
//!   and Arabic `98年4月` (a Republic of China year?) give no fact.
//! - Years of the Republic of China (`roc`): `民國113年`, `民国三年` are year
//!   N + 1911 (2024, 1914) wherever they stand; in a page plainly from
//!   Taiwan (an ROC numeric date, 新臺幣 …) so is a bare three-digit year
//!   with a part of itself after it or after a word of time (`108年1月`,
//!   `114年3月7日`, `115年第四季`, `自109年`); `做了120年` is a duration.
//!   A date after one, without a year of its own, stays no fact.
//! - No fact rather than a wrong one: lunar dates (农历, 正月, 初一, 廿),
//!   era names and years the pattern does not read (康熙三年五月,
//!   `98年3月2日`: a month or day right after 年), a year before 1900
//!   without its month (`1500年历史` is an age; `1357年6月10日` and
//!   `三六七年一月一日` are read), a day
//!   without 日 (`八月十五`), weeks (`2月份第二周`), holidays and seasons after
//!   a year (`去年春节`, `2021年冬季`), a finer part of a year (`2021年的第三个
//!   月`), days after `下个月`, and any date outside the years 1–9999.
//! - Also no fact: 过去N年 (readers split on it; SPEC reads only 近N年), a
//!   month after 近 or 年后 (`近三月`, `2021年后三月`: N months), a part of a
//!   month (`5月前10天`), a quarter's 底 (`一季度底`), a
//!   season alone after a year (`2022年秋`), `N日前` (N days ago, not 日前),
//!   a numeric date with two separators or glued to digits (`2022.03.1415`),
//!   a day in 号 with no month unless listed or ranged
//!   after a dated day, bracketed or pointing ahead (`12号厂房`), and a day
//!   whose weekday gloss contradicts it.
//! - `前半年`/`后半年` are the halves; `X起至今`, `X到现在` run from X to R
//!   (granularity `day`, as 以来); `X与Y之间` is one period; a weekday gloss
//!   (`3月6日（星期一）`) belongs to its day's span.
//! - 今天/今日, 昨天/昨日, 前天, 明天/明日 are R moved by their days where
//!   they are used for a day (`near_day`: a clause's opening with a time of
//!   day or a break after it, after 记者/已于/截至, after 于/在 with a time of
//!   day after it, or before a verb of news); with a bracketed day
//!   (`昨日（13日）`) the fact spans both, and that day, within a week of R,
//!   sets the story's today for the words after it.
//! - A day alone that points ahead (`下周一(28日)`, `将于28日`) is the next
//!   such day on or after R; a day listed after a dated day (`2月27日、28日`)
//!   is in that day's month; a month after a bracketed year
//!   (`明年（2025年）1月 6日`) is in that year.

mod context;
mod near_day;
mod numeric;
mod place;
mod weekday;
use place::place;
mod resolve;
mod roc;
mod short_year;
mod that_day;

pub(crate) use near_day::find_near_days;
pub(crate) use roc::find_roc;
pub(crate) use weekday::find_weekdays;

pub(crate) use that_day::{find_that_day, single_day};

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use crate::fact::{DateFact, Granularity};
use crate::number::is_arabic;
use crate::scan::{CharSet, short_find};

/// One date expression found in a sentence: its byte range and value.
#[derive(Clone, Debug)]
pub(crate) struct FoundDate {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) fact: DateFact,
}

const MON: &str = "(?:1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|十[一二]?|[一二三四五六七八九])";
const DAY: &str = "(?:[12][0-9]|3[01]|0?[1-9]|[１２][０-９]|３[０１]|０?[１-９]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
const DASH: &str = "[—\\-－–~～至到]";
/// The spaces a spaced date may hold between its parts (`9月 30日`,
/// `2024 年 3 月`): space, no-break space and the ideographic space. A
/// narrow class keeps the lazy DFA small.
/// The start or end of a quarter after it (一季度末, 上季度初): the first
/// ten days of its first month, the last of its last.
const QPART: &str = "(?:初|末)?";
/// The ASCII quote a plan name may stand in (`"十四五"以来`); a format
/// argument, since the pattern is a raw string.
const ASCII_QUOTE: &str = "\"";
const SP: &str = "[\\x20\\xA0\\x{3000}]*";

/// The date pattern. Every branch needs a word that only dates have (年,
/// 月, 日, 季度, a plan name), so plain numbers never match.
/// Matches `2022年3月14日`, `今年6月底`, `1—9月`, `“十三五”期间`, `近两年`;
/// not `5至10年` (no four-digit year), `3个月`, `38天`.
fn pattern() -> String {
    // A quarter with its start or end (一季度末, 第三季初: `QPART`) too.
    let quarter = format!(
        "(?:第?[一二三四1-4１-４]季度|第[一二三四1-4１-４]季|前[两三]个?季度|前[两三]季|首季度|首[两二三]个?季度|首[两二三]季|首季){QPART}|上半年|下半年|前半年|[后後]半年"
    );
    let month = format!(
        "{MON}{SP}月?份?\\s*{DASH}{{1,2}}\\s*{MON}{SP}月份?|{MON}{SP}月份?(?:{SP}{DAY}{SP}[日号]|上旬|中旬|下旬|初|中旬|底|末|月初|月中|月底|月末)?|[前首头](?:十[一二]?|[一两二三四五六七八九]|1[01]|[1-9])个?月"
    );
    format!(
        r"(?x)
        (?P<jz>截至|截止到|截止)?
        (?:
          (?P<plan>[“‘「{ASCII_QUOTE}]?(?:十[一二三四五]五|十五|[九八七六]五)[”’」{ASCII_QUOTE}]?(?:规划|计划)?(?:期间|时期|以来)?)
        | (?P<yrange>(?:(?:19|20)[0-9]{{2}}|(?:１９|２０)[０-９]{{2}}){SP}年?\s*{DASH}\s*(?:(?:19|20)[0-9]{{2}}|(?:１９|２０)[０-９]{{2}}){SP}年)
        | (?P<ymd>(?:19|20)[0-9]{{2}}[/.](?:1[0-2]|0[1-9]){SP}[-—–~～至]{SP}(?:19|20)[0-9]{{2}}[/.](?:1[0-2]|0[1-9])
                |(?:19|20)[0-9]{{2}}[-/.](?:1[0-2]|0?[1-9])[-/.](?:[12][0-9]|3[01]|0?[1-9]))
        | (?P<year>(?:(?:19|20)[0-9]{{2}}|(?:１９|２０)[０-９]{{2}}|(?:一九|二〇|二零)[〇零一二三四五六七八九]{{2}}){SP}年度?
                 |1[0-8][0-9]{{2}}年|[二三四五六七八九][〇零一二三四五六七八九]{{2}}年|今明两年|明后两年|今年度|本年度|上年度|今年|本年|去年|上一年|上年|前年|明年|下年度|下年|全年|当年)
          (?P<ytail>{SP}(?:{month})|{quarter}|年初|年中|年底|年末|以来|初|底|末|中旬)?
        | (?P<tail>{month}|{quarter}|年初|年中|年底|年末|上旬|中旬|下旬|月初|月底|月末
                 |(?:[12][0-9]|3[01]|[1-9]|[二三]?十[一二三四五六七八九]?)日|(?:[12][0-9]|3[01]|[1-9])号)
        | (?P<near>(?:近|过去)(?:[0-9]{{1,2}}|[两二三四五六七八九十])年来?|(?:[0-9]{{1,2}}|[两二三四五六七八九十])年来|近年来|近几年来?|多年来)
        | (?P<yy>(?:[0-9]{{2}}|[０-９]{{2}}|[〇零一二三四五六七八九]{{2}}){SP}年)
          (?P<yytail>{SP}(?:{month})|{quarter}|年初|年中|年底|年末|以来|初|底|末)?
        | (?P<next>下(?:[2-9]|1[0-2]|十[一二]|[两二三四五六七八九十])个月)
        | (?P<now>目前|日前|近日)
        | (?P<rmonth>(?:上上个?月|下下个?月|上一?个?月|下一?个?月|本月|这个月|今个月)(?:{SP}{DAY}{SP}[日号]|上旬|中旬|下旬|初|底|末)?|(?:上上个?季度|下下个?季度|[上下]一?个?季度|本季度|这个季度){QPART})
        )"
    )
}

static DATE: LazyLock<Regex> = LazyLock::new(|| crate::compile(&pattern()));

/// Finds the date expressions of one sentence. `reference` resolves the
/// relative ones; without it they have no interval.
///
/// `anchors` lists the byte offsets of the [`ANCHORS`] characters of `s`, in
/// order (from the extractor's shared pass over the sentence).
pub(crate) fn find_dates(
    s: &str,
    anchors: &[usize],
    reference: Option<NaiveDate>,
    cache: &mut DateCache,
    out: &mut Vec<FoundDate>,
) {
    let mut last_year: Option<i32> = None;
    // Where the last date that named a year ends, and whether that year is
    // another than R's (a year without a date of its own is in it).
    let mut named = (0, false);
    let mut pos = 0;
    let mut next_anchor = 0;
    while let Some(w) = search_start(s, pos, anchors, &mut next_anchor) {
        let Some(mut m) = DATE.find_at(s, w) else {
            break;
        };
        // 今年初步实现: the date ends before the word 初 opens.
        if context::part_opens_word(m.as_str(), &s[m.end()..]) {
            let cut = m.end() - '初'.len_utf8();
            let Some(shorter) = DATE.find_at(&s[..cut], m.start()) else {
                pos = m.end();
                continue;
            };
            m = shorter;
        }
        pos = m.end();
        let t = m.as_str();
        let before = &s[..m.start()];
        if skips(s, m.start(), m.end(), t, out) {
            continue;
        }
        // 下周一(28日), 将于28日: the next such day on or after R; 本周三（5日）:
        // the day of R's week.
        if let Some(found) = reference.and_then(|r| day_pointed(t, before, r)) {
            out.extend(found.map(|fact| FoundDate {
                start: m.start(),
                end: m.end(),
                fact,
            }));
            continue;
        }
        let Some((mut fact, has_year, bare)) = resolved(t, before, reference, last_year, cache)
        else {
            continue;
        };
        // 2023年3月…，第一季; 113年…上半年; 民国112年全年: a date without its
        // own year in a year the sentence moved to is no fact, unless it
        // comes later in the year of the month named before it (去年6月开工，
        // 12月底封顶).
        let takes_year = bare || (has_year && last_year.is_none() && t.starts_with("全年"));
        let day = fact.granularity == Granularity::Day;
        if takes_year && reference.is_some() && yearless_elsewhere(s, m.start(), t, day, named, out)
        {
            let read = !context::unread_year(s, named.0.min(m.start()), m.start());
            match read
                .then(|| later_in_named_year(&fact, named.0, out, reference))
                .flatten()
            {
                Some(f) => fact = f,
                None => continue,
            }
        }
        // 四季度进出口2828亿元 in January: a figure stated for a period R has
        // not reached is of a year before R's: read there when it is the
        // end of a year reported early in the next, else no fact.
        if takes_year && !day && context::figure_not_yet_reached(s, m.end(), &fact, reference) {
            match context::closed_year_end(s, m.start(), &fact, reference) {
                Some(f) => fact = f,
                None => continue,
            }
        }
        // 2001年起至今, 去年到现在: from the date to R, as 以来.
        let (fact, end) = match context::to_now(&fact, &s[m.end()..], reference) {
            Some((Some(f), n)) => (f, m.end() + n),
            Some((None, n)) => {
                pos = m.end() + n;
                continue;
            }
            None => (fact, m.end()),
        };
        let (mut end, year) = place(s, m.start(), end, t, fact, has_year, out);
        // 10月12日，星期一: the weekday that glosses a day belongs to it; a
        // weekday that contradicts the day (another year's) leaves no fact.
        if let Some(last) = out.last_mut().filter(|d| d.end == end) {
            if let Some((n, agrees)) = context::weekday_gloss(&last.fact, &s[end..]) {
                if agrees {
                    last.end += n;
                    end = last.end;
                } else {
                    out.pop();
                }
            }
        }
        pos = pos.max(end);
        if let Some(y) = year {
            last_year = y;
            // 比上年, 较去年: the base of a comparison; 2021年以来: up to R.
            let base = before.ends_with(['比', '较', '于', '同', '与', '和']);
            let open = out
                .last()
                .is_some_and(|d| d.end == end && d.fact.to == reference);
            if !base && !labels_filing(t, &s[end..]) {
                let other = y.zip(reference).is_some_and(|(y, r)| y != r.year());
                named = (end, other && !open);
            }
        }
    }
    join_whole_year(s, out);
}

/// Filings and meetings named by the year they are of (2025年年度股东大会,
/// 2024年度报告, 2025年年报).
const FILINGS: &[&str] = &[
    "股东大会",
    "股东会",
    "报告",
    "年报",
    "利润分配",
    "权益分派",
    "分红",
    "审计",
    "财务报告",
    "业绩",
    "经营计划",
    "董事会",
];

/// Whether the year `t`, with `after` it, names the year a filing or a
/// meeting is of (公司2025年年度股东大会定于4月17日召开): the sentence does not
/// narrate that year, and a day after it is R's year's.
fn labels_filing(t: &str, after: &str) -> bool {
    let after = if t.ends_with("年度") {
        after
    } else {
        match after.strip_prefix("年度") {
            Some(rest) => rest,
            None if after.starts_with("年报") => after,
            None => return false,
        }
    };
    let after = after.strip_prefix("第一次").unwrap_or(after);
    FILINGS.iter().any(|f| after.starts_with(f))
}

/// 去年全年, 2024年全年: a year and 全年 after it are one fact, the year.
fn join_whole_year(s: &str, out: &mut Vec<FoundDate>) {
    let mut k = 1;
    while k < out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let whole = a.end == b.start
            && s.get(b.start..b.end) == Some("全年")
            && a.fact.granularity == Granularity::Year
            && (a.fact.from, a.fact.to) == (b.fact.from, b.fact.to);
        if whole {
            out[k - 1].end = out[k].end;
            out.remove(k);
        } else {
            k += 1;
        }
    }
}

/// The date expression `t` (with the text `before` it) resolved against
/// `reference` and the year the sentence speaks of, whether it names a
/// year and whether it is bare (a part of a year without one). The lazy
/// DFA finds; captures run only on the match, and only once per distinct
/// expression of a document (`cache`) unless its value depends on the words
/// around it (近两年 after 经过, 全年).
fn resolved(
    t: &str,
    before: &str,
    reference: Option<NaiveDate>,
    last_year: Option<i32>,
    cache: &mut DateCache,
) -> Option<(DateFact, bool, bool)> {
    let resolve = || {
        let c = Caps::of(t)?;
        let fact = resolve::resolve_caps(&c, before, reference, last_year)?;
        let bare = c.get(GROUPS.tail).is_some();
        let has_year = c.get(GROUPS.year).is_some() || c.get(GROUPS.yy).is_some();
        Some((fact, has_year, bare))
    };
    let contextual = short_find(t, "全年").is_some()
        || short_find(t, "当年").is_some()
        || t.starts_with("上一年")
        || t.starts_with(['近', '过'])
        || t.ends_with("年来")
        || t.ends_with("几年");
    if contextual {
        return resolve();
    }
    if let Some(r) = cache.get(t) {
        return r.clone();
    }
    let r = resolve();
    cache.insert(t.into(), r.clone());
    r
}

/// Whether the date `t` at `start` of `s`, which has no year of its own
/// (3月, 第一季, 上半年, 年底, 15日, 全年), stands where the sentence speaks
/// of another year than R's: after a date that named one (`named`: where
/// the last such date ends, and whether its year is not R's) or after a
/// year the pattern does not read (113年, 民国112年, 15年). Its year is then
/// not R's, and not always the one named (2023年12月…，1月): no fact. A day
/// listed with the date before it, or a day (`day`) ranged with it, takes
/// that date's month and year.
fn yearless_elsewhere(
    s: &str,
    start: usize,
    t: &str,
    day: bool,
    named: (usize, bool),
    out: &[FoundDate],
) -> bool {
    let day_alone = is_day_alone(t);
    let linked = out.last().is_some_and(|d| {
        let between = s.get(d.end..start).unwrap_or("").trim();
        (day && context::is_range_link(between))
            || (day_alone && matches!(between, "、" | "，" | "," | "和" | "及"))
    });
    if linked {
        return false;
    }
    // 明年（2025年）1月6日: the month in the bracketed year (`place`).
    if out
        .last()
        .is_some_and(|d| context::bracketed_year(&d.fact, &s[d.end.min(start)..start]).is_some())
    {
        return false;
    }
    named.1 || context::unread_year(s, named.0.min(start), start)
}

/// 去年6月开工，12月底封顶; 2024年3月签约，10月投产; 明年3月开工，年底投产: a
/// date without a year (`fact`, read in R's year) after a month or day of
/// another year named in its sentence (the date of `out` ending at
/// `named_end`) that falls on or after it once moved to that year: the
/// narration goes on in that year. The one named is a month, a part of a
/// month or a day; the later one that too, or a quarter or half of the
/// year; after a year named whole (2026年将…，上半年…，三季度…), a quarter
/// or a half of it. The date in that year, or `None` (1月 after 2023年12月
/// may be the next year, unless that is R's and the day is past: 去年11月 …
/// 6月底 in July; a month or day after a whole year, and anything after a
/// quarter named before, stays no date).
fn later_in_named_year(
    fact: &DateFact,
    named_end: usize,
    out: &[FoundDate],
    reference: Option<NaiveDate>,
) -> Option<DateFact> {
    let month_or_less = |g| matches!(g, Granularity::Month | Granularity::Xun | Granularity::Day);
    // 明年3月开工，年底投产: a part of the year may follow a month too.
    let part = |g| month_or_less(g) || matches!(g, Granularity::Quarter | Granularity::Half);
    let named = out.iter().rev().find(|d| d.end == named_end)?;
    let (nf, nt) = (named.fact.from?, named.fact.to?);
    // 2026年将盘活…，上半年完成…，力争三季度交付使用: a part of the year named
    // whole is of that year.
    // (A quarter or a half only: a day after it may be a name, 十月一號前地.)
    let whole = named.fact.granularity == Granularity::Year
        && matches!(fact.granularity, Granularity::Quarter | Granularity::Half);
    let holds = month_or_less(named.fact.granularity) || whole;
    if !holds || !part(fact.granularity) || nf.year() != nt.year() {
        return None;
    }
    let (from, to) = (fact.from?, fact.to?);
    let shift = nf.year() - from.year();
    let moved = from.with_year(from.year() + shift)?;
    if moved < nf {
        // 去年11月签约…已于6月底投产: an earlier month after one of the year
        // before R's, already past in R's year, is of the year after it:
        // R's own, as read.
        let next_year = shift == -1 && reference.is_some_and(|r| to <= r);
        return next_year.then(|| fact.clone());
    }
    Some(DateFact {
        from: Some(moved),
        to: Some(to.with_year(to.year() + shift)?),
        ..fact.clone()
    })
}

/// A day alone `t` that the words `before` it point ahead with (下周一(28日),
/// 将于28日: the next such day on or after `r`) or tie to a weekday of this
/// week (本周三（5日）: in R's week, behind R too): `Some` of its fact, or
/// `Some(None)` where no such day exists; `None` when nothing points.
fn day_pointed(t: &str, before: &str, r: NaiveDate) -> Option<Option<DateFact>> {
    if !is_day_alone(t) || !context::points_ahead(before) {
        return None;
    }
    Some(if context::this_week_before(before) {
        context::day_this_week(t, r)
    } else {
        context::day_ahead(t, r)
    })
}

/// Whether the expression `t` is a day without its month (15日, 28号).
fn is_day_alone(t: &str) -> bool {
    t.ends_with(['日', '号']) && !t.contains(['月', '年', '-', '/', '.'])
}

/// Words that name a day by what happens on it (基准日, 登记日, 交易日 …)
/// in filings, bond terms and contracts: 日前 after them is "before that
/// day", not "lately".
const NAMED_DAYS: &[&str] = &[
    "基准", "登记", "交易", "截止", "生效", "到期", "公告", "上市", "除息", "除权", "发行", "结算",
    "付息", "兑付", "缴款", "起息", "申购", "定价", "披露", "届满", "开盘", "收盘", "停牌", "复牌",
    "认购", "赎回", "回售", "行权", "缴税", "申报", "交割", "还款", "计息",
];

/// Whether the match `t` at `[start, end)` of `s` is no date expression
/// (part of a longer number or a name, 日前 of 节日前, a form [`context`]
/// abstains on, a day alone not tied to the dates `out` found before it).
fn skips(s: &str, start: usize, end: usize, t: &str, out: &[FoundDate]) -> bool {
    let before = &s[..start];
    let prev = before.chars().next_back();
    // 12021年, 3.5月: part of a longer number (but 5.上半年 is a list item).
    if prev.is_some_and(|p| is_arabic(p) || (p == '.' && t.starts_with(is_arabic))) {
        return true;
    }
    // 2022.03.1415: a numeric date glued to more digits is part of a
    // form the pattern does not read.
    if t.starts_with(is_arabic)
        && !t.contains(['年', '月', '日', '号'])
        && s[end..].starts_with(is_arabic)
    {
        return true;
    }
    // 一月一调度、一季一观摩: how often, not January.
    if t == "一月" && s[end..].starts_with('一') {
        return true;
    }
    // 1号线, 3号楼, 2号文件: names, not days.
    if t.ends_with('号')
        && s[end..].starts_with([
            '线', '楼', '院', '令', '文', '地', '码', '窗', '站', '口', '馆', '厅', '机', '车',
            '门', '桥',
        ])
    {
        return true;
    }
    // 明年中旬: a ten-day period right after another date is not R's.
    if matches!(t, "上旬" | "中旬" | "下旬" | "月初" | "月底" | "月末")
        && out.last().is_some_and(|d| d.end == start)
    {
        return true;
    }
    // 项目前期, 节目前, 题目前: 目 ends a word before 前, so no 目前; 接近日均,
    // 附近日照: 近 ends one before 日, so no 近日.
    if (t == "目前"
        && prev.is_some_and(|p| crate::scan::one_of!("项节题数栏科剧书名账条盲瞩注醒夺面眉纲", p)))
        || (t == "近日" && prev.is_some_and(|p| crate::scan::one_of!("接附临最将靠", p)))
    {
        return true;
    }
    // 节日前, 工作日前: not the word 日前.
    // 两日前, 三日前: N days ago, not the word 日前 (lately).
    // 定价基准日前20个交易日, 股权登记日前: a named day of a filing or a
    // contract, then 前 (before it).
    if t == "日前"
        && (prev.is_some_and(|p| {
            matches!(p, '节' | '生' | '假' | '作' | '期' | '每' | '当')
                || crate::number::is_numeral_char(p)
        }) || NAMED_DAYS.iter().any(|w| before.ends_with(w))
            || context::counted_days_after(&s[end..]))
    {
        return true;
    }
    // Lunar dates, era names, two-digit years, days without 日, weeks:
    // no fact rather than a wrong one.
    if context::abstains(s, start, end, t) || short_year::unread_here(before, t, &s[end..]) {
        return true;
    }
    // 从15年一月十日到十二日: the second end of a range whose first gave
    // no fact gives none either.
    let day_alone = is_day_alone(t);
    if day_alone && context::ends_with_range_link(before) {
        let link_start = before.trim_end().len();
        let linked = out
            .last()
            .is_some_and(|d| context::is_range_link(&s[d.end..start]) || d.end >= link_start);
        if !linked {
            return true;
        }
    }
    // 12号 alone is as often a number (No. 12) as a day: a day in 号
    // without its month is a date only after a dated day it is listed
    // or ranged with (9月10号、11号; 10号至12号), as a bracketed gloss
    // (周一（28号）) or where the words point ahead (将于28号).
    if day_alone && t.ends_with(['号', '號']) && !context::points_ahead(before) {
        let linked = out.last().is_some_and(|d| {
            let between = s[d.end..start].trim();
            context::is_range_link(between) || context::is_list_mark(between)
        });
        let gloss = before.trim_end().ends_with(['(', '（']);
        if !linked && !gloss {
            return true;
        }
    }
    false
}

/// Characters of which every date expression holds one: 年 月 日 号 季 旬,
/// 五 (十四五), 前 (目前), and the separators of 2022-03-14.
pub(crate) static ANCHORS: CharSet = CharSet::new("年月日号季旬五前-/.");

/// How many bytes (not counting white space) a date expression can hold
/// before its first anchor: 截止到 and a year in Chinese digits, or a month
/// range such as 截止到１２——１２月, hold at most 27.
const LEAD: usize = 48;

/// Every character a date expression can hold (a superset): those written
/// in the pattern, the digits of its classes (`[0-9]`, `[１-４]` …) and the
/// white space of its `\s`. The pattern has no other escape, no negated
/// class and no `.` outside a class (a test checks this).
static DATE_CHARS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::new(&pattern())
        .union(&CharSet::new("0123456789０１２３４５６７８９"))
        .union(&CharSet::new(WHITE_SPACE))
});

/// The characters of Unicode `White_Space` (what the pattern's `\s` matches).
const WHITE_SPACE: &str = "\u{9}\u{a}\u{b}\u{c}\u{d} \u{85}\u{a0}\u{1680}\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}\u{2006}\u{2007}\u{2008}\u{2009}\u{200a}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}";

/// Where the date search resumes at or after `pos`: a little before the next
/// anchor, since no match can start further from its first anchor, nor
/// before the run of [`DATE_CHARS`] that ends at it. Stretches without an
/// anchor are never scanned.
/// `anchors` are the anchor offsets of `s`; `next` is where the previous
/// call stopped in them.
fn search_start(s: &str, pos: usize, anchors: &[usize], next: &mut usize) -> Option<usize> {
    let a = loop {
        let a = *anchors.get(*next)?;
        *next += 1;
        if a < pos {
            continue;
        }
        // A separator counts only after a four-digit year (2022-03-14).
        let sep = matches!(s.as_bytes()[a], b'-' | b'/' | b'.');
        if !sep || (a >= 4 && s.as_bytes()[a - 4..a].iter().all(u8::is_ascii_digit)) {
            break a;
        }
    };
    // The match that holds the anchor holds only characters of the
    // pattern: it starts in the run of them that ends at the anchor.
    let date_chars = &*DATE_CHARS;
    let mut w = a;
    let mut budget = LEAD;
    for c in s[pos..a].chars().rev() {
        if budget == 0 || !date_chars.contains(c) {
            break;
        }
        if !c.is_whitespace() {
            budget = budget.saturating_sub(c.len_utf8());
        }
        w -= c.len_utf8();
    }
    Some(w)
}

/// The capture groups of one date expression: where each group matched in
/// the expression's text.
struct Caps<'t> {
    text: &'t str,
    spans: Spans,
}

/// Group spans, by group index (the pattern has fewer than 16 groups).
type Spans = [Option<(u32, u32)>; 16];

/// One group's match in a [`Caps`].
#[derive(Clone, Copy)]
struct Group<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Group<'t> {
    fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
}

/// Capture spans by expression text, shared by the documents a thread
/// reads: the same expressions (今年, 上半年, 1-9月) recur from article to
/// article, and capturing (a backtracking search) costs more than finding.
/// Bounded: cleared when it holds [`SPAN_CACHE_MAX`] expressions.
const SPAN_CACHE_MAX: usize = 4096;

thread_local! {
    static SPAN_CACHE: std::cell::RefCell<std::collections::HashMap<Box<str>, Option<Spans>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

impl<'t> Caps<'t> {
    /// The groups of the date pattern's first match in `text`.
    fn of(text: &'t str) -> Option<Caps<'t>> {
        let cached = SPAN_CACHE.with(|c| c.borrow().get(text).copied());
        let spans = match cached {
            Some(spans) => spans,
            None => {
                let spans = DATE.captures(text).map(|c| {
                    let mut spans: Spans = [None; 16];
                    for (slot, g) in spans.iter_mut().zip(c.iter()) {
                        *slot = g.and_then(|m| {
                            Some((u32::try_from(m.start()).ok()?, u32::try_from(m.end()).ok()?))
                        });
                    }
                    spans
                });
                SPAN_CACHE.with(|c| {
                    let mut c = c.borrow_mut();
                    if c.len() >= SPAN_CACHE_MAX {
                        c.clear();
                    }
                    c.insert(text.into(), spans);
                });
                spans
            }
        }?;
        Some(Caps { text, spans })
    }

    /// Group `i`, if it took part in the match.
    fn get(&self, i: usize) -> Option<Group<'t>> {
        let (a, b) = (*self.spans.get(i)?)?;
        Some(Group {
            text: self.text,
            start: a as usize,
            end: b as usize,
        })
    }
}

/// Resolved date expressions of one document, by their text.
/// The value is the fact, whether the expression names a year, and
/// whether it is a part of a year without one (3月, 第一季, 年底).
pub(crate) type DateCache = std::collections::HashMap<Box<str>, Option<(DateFact, bool, bool)>>;

/// Indices of the date pattern's groups (looked up once, not per match).
struct Groups {
    plan: usize,
    yrange: usize,
    ymd: usize,
    year: usize,
    ytail: usize,
    tail: usize,
    near: usize,
    yy: usize,
    yytail: usize,
    next: usize,
    now: usize,
    rmonth: usize,
}

static GROUPS: LazyLock<Groups> = LazyLock::new(|| {
    assert!(DATE.captures_len() <= 16, "Spans holds 16 groups");
    let idx = |name: &str| {
        DATE.capture_names()
            .position(|n| n == Some(name))
            .expect("date pattern group")
    };
    Groups {
        plan: idx("plan"),
        yrange: idx("yrange"),
        ymd: idx("ymd"),
        year: idx("year"),
        ytail: idx("ytail"),
        tail: idx("tail"),
        near: idx("near"),
        yy: idx("yy"),
        yytail: idx("yytail"),
        next: idx("next"),
        now: idx("now"),
        rmonth: idx("rmonth"),
    }
});

/// Resolves one standalone date expression, such as `4月初`, `上半年` or
/// `“十三五”期间`, against a reference date.
///
/// Returns `None` when the whole text is not a date expression, or names no
/// real day (`2月30日`). A standalone string may also be a numeric day the
/// extractor never reads in prose, where the shape is as often a fraction,
/// a code or an event's name: `12/1`, `09-01`, `6·30` (month first, in the
/// reference year), `20240307`, `2022 11 23`. Without a reference date a relative expression
/// resolves to `relative: true` and no interval.
///
/// ```
/// use chrono::NaiveDate;
/// use zhfacts::{resolve_date, Granularity};
/// let r = NaiveDate::from_ymd_opt(2022, 6, 15).unwrap();
/// let d = resolve_date("4月初", Some(r)).unwrap();
/// assert_eq!(d.from, NaiveDate::from_ymd_opt(2022, 4, 1));
/// assert_eq!(d.to, NaiveDate::from_ymd_opt(2022, 4, 10));
/// assert_eq!(d.granularity, Granularity::Xun);
/// assert!(d.relative);
/// ```
pub fn resolve_date(text: &str, reference: Option<NaiveDate>) -> Option<DateFact> {
    let text = crate::markup::simplify_str(text.trim());
    let text = text.as_ref();
    // 12/1, 6·30, 20240307: numeric forms read only standalone.
    let c = Caps::of(text).filter(|c| {
        c.get(0)
            .is_some_and(|m| m.start() == 0 && m.end() == text.len())
    });
    let Some(c) = c else {
        return numeric::numeric_day(text, reference);
    };
    resolve::resolve_caps(&c, "", reference, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn found(s: &str, r: &str) -> Vec<String> {
        let mut out = Vec::new();
        find_dates(s, &anchors(s), Some(d(r)), &mut DateCache::new(), &mut out);
        out.iter()
            .map(|f| {
                format!(
                    "{}={}",
                    &s[f.start..f.end],
                    f.fact.from.map(|x| x.to_string()).unwrap_or_default()
                )
            })
            .collect()
    }

    /// The anchor offsets of `s`, as the extractor's shared pass lists them.
    fn anchors(s: &str) -> Vec<usize> {
        s.char_indices()
            .filter(|&(_, c)| ANCHORS.contains(c))
            .map(|(i, _)| i)
            .collect()
    }

    /// `DATE_CHARS` is a superset of what the pattern can match only if the
    /// pattern's classes hold nothing but written characters and digit
    /// ranges, and its one escape class is `\s`.
    #[test]
    fn date_chars_cover_the_pattern() {
        let p = pattern();
        assert!(!p.contains("[^"), "a negated class");
        let mut in_class = false;
        let mut prev = ' ';
        let mut chars = p.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    let e = chars.next().unwrap();
                    assert!(matches!(e, 's' | '-' | 'x'), "escape \\{e}");
                    // \x20, \x{3000}: white space, in DATE_CHARS.
                    if e == 'x' {
                        let mut hex = String::new();
                        while let Some(&h) = chars.peek() {
                            if !(h.is_ascii_hexdigit() || h == '{' || h == '}') || hex.len() >= 8 {
                                break;
                            }
                            hex.push(h);
                            chars.next();
                            if h == '}' || (!hex.starts_with('{') && hex.len() == 2) {
                                break;
                            }
                        }
                        let code = u32::from_str_radix(hex.trim_matches(['{', '}']), 16).unwrap();
                        let c = char::from_u32(code).unwrap();
                        assert!(c.is_whitespace() && DATE_CHARS.contains(c), "\\x{hex}");
                    }
                    prev = e;
                    continue;
                }
                '[' => {
                    in_class = true;
                    prev = '[';
                    continue;
                }
                ']' => in_class = false,
                '.' => assert!(in_class, "a `.` outside a class"),
                // A range in a class (not a `-` that opens it): digits of
                // either width only.
                '-' if in_class && prev != '[' => {
                    let next = *chars.peek().unwrap();
                    let digit = crate::number::is_arabic;
                    assert!(digit(prev) && digit(next), "range {prev}-{next}");
                }
                _ => {}
            }
            prev = c;
        }
        for m in [
            "2022年3月14日",
            "截止到１２——１２月",
            "“十四五”期间",
            "近两年来",
            "二〇二二年度",
        ] {
            assert!(m.chars().all(|c| DATE_CHARS.contains(c)), "{m}");
        }
        assert!(!DATE_CHARS.contains('，') && !DATE_CHARS.contains('项'));
    }

    /// The anchored search finds exactly the matches of a plain scan.
    #[test]
    fn anchored_search_is_exact() {
        let pieces = [
            "2022",
            "１２",
            "十三",
            "二〇二二",
            "3",
            "年",
            "月",
            "日",
            "号",
            "五",
            "前",
            "目",
            "季度",
            "上旬",
            "截止到",
            "——",
            "-",
            ".",
            "/",
            " ",
            "\u{3000}",
            "，",
            "项目",
            "近",
            "来",
            "“",
            "期间",
            "份",
            "底",
        ];
        let mut random = crate::scan::Xorshift::new();
        let mut next = |n: usize| random.below(n);
        for _ in 0..20_000 {
            let len = 1 + next(24);
            let s: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let want: Vec<(usize, usize)> =
                DATE.find_iter(&s).map(|m| (m.start(), m.end())).collect();
            let mut got = Vec::new();
            let mut pos = 0;
            let anchors = anchors(&s);
            let mut next = 0;
            while let Some(w) = search_start(&s, pos, &anchors, &mut next) {
                let Some(m) = DATE.find_at(&s, w) else { break };
                got.push((m.start(), m.end()));
                pos = m.end();
            }
            assert_eq!(got, want, "{s}");
        }
    }

    /// The cross-document capture cache stays bounded and gives the same
    /// answers once full.
    #[test]
    fn span_cache_is_bounded() {
        let r = Some(d("2022-06-15"));
        let mut n = 0;
        for y in 1990..2030 {
            for m in 1..=12 {
                for day in 1..=9 {
                    let t = format!("{y}年{m}月{day}日");
                    let f = resolve_date(&t, r).unwrap();
                    assert_eq!(f.from, NaiveDate::from_ymd_opt(y, m, day), "{t}");
                    n += 1;
                }
            }
        }
        assert!(n > SPAN_CACHE_MAX);
        assert!(SPAN_CACHE.with(|c| c.borrow().len()) <= SPAN_CACHE_MAX);
        // After the clear, a cached and an uncached answer agree.
        let once = resolve_date("2023年3月", r);
        assert_eq!(resolve_date("2023年3月", r), once);
    }

    #[test]
    fn ten_day_periods_alone() {
        assert_eq!(found("下旬完成签约", "2022-05-09"), ["下旬=2022-05-21"]);
    }

    #[test]
    fn in_sentences() {
        assert_eq!(
            found("2020年,襄州区全年实现产值", "2022-09-27"),
            ["2020年=2020-01-01", "全年=2020-01-01"]
        );
        assert_eq!(
            found("利用5至10年的时间，连续九年，仅用了38天", "2022-01-01"),
            Vec::<String>::new()
        );
        assert_eq!(
            found("经过近两年的努力", "2022-01-01"),
            Vec::<String>::new()
        );
        assert_eq!(
            found("2021年产值预计达到6亿元", "2022-01-01"),
            ["2021年=2021-01-01"]
        );
        assert_eq!(found("2020年中国经济", "2022-01-01"), ["2020年=2020-01-01"]);
        assert_eq!(
            found("“十三五”期间,累计完成", "2022-01-01"),
            ["“十三五”期间=2016-01-01"]
        );
        assert_eq!(found("共有十五家企业", "2022-01-01"), Vec::<String>::new());
        assert_eq!(
            found("地铁1号线，3号楼", "2022-01-01"),
            Vec::<String>::new()
        );
        assert_eq!(
            found("住在南京网2021-09-21热度", "2022-01-01"),
            ["2021-09-21=2021-09-21"]
        );
    }
}
