//! Date expressions and their resolution against a reference date.
//!
//! See the crate docs ("Dates") for the conventions; they are those of
//! `SPEC.md`.

use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate};
use regex::Regex;

use crate::fact::{DateFact, Granularity};
use crate::number::{is_arabic, parse_number};
use crate::scan::CharSet;

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

/// The date pattern. Every branch needs a word that only dates have (年,
/// 月, 日, 季度, a plan name), so plain numbers never match.
/// Matches `2022年3月14日`, `今年6月底`, `1—9月`, `“十三五”期间`, `近两年`;
/// not `5至10年` (no four-digit year), `3个月`, `38天`.
fn pattern() -> String {
    let quarter =
        "第?[一二三四1-4１-４]季度|第[一二三四1-4１-４]季|前[两三]个?季度|首季度|上半年|下半年";
    let month = format!(
        "{MON}月?份?\\s*{DASH}{{1,2}}\\s*{MON}月份?|{MON}月份?(?:{DAY}[日号]|上旬|中旬|下旬|初|中旬|底|末|月初|月中|月底|月末)?"
    );
    format!(
        r"(?x)
        (?P<jz>截至|截止到|截止)?
        (?:
          (?P<plan>[“‘「]?(?:十[一二三四五]五|十五)[”’」]?(?:规划|计划)?(?:期间|时期|以来)?)
        | (?P<yrange>(?:19|20)[0-9]{{2}}年?\s*{DASH}\s*(?:19|20)[0-9]{{2}}年)
        | (?P<ymd>(?:19|20)[0-9]{{2}}[-/.](?:1[0-2]|0?[1-9])[-/.](?:[12][0-9]|3[01]|0?[1-9]))
        | (?P<year>(?:(?:19|20)[0-9]{{2}}|(?:１９|２０)[０-９]{{2}}|(?:一九|二〇|二零)[〇零一二三四五六七八九]{{2}})年度?
                 |今年|本年|去年|上年|前年|明年|全年)
          (?P<ytail>{month}|{quarter}|年初|年中|年底|年末|以来|初|底|末)?
        | (?P<tail>{month}|{quarter}|年初|年中|年底|年末|上旬|中旬|下旬|月初|月底|月末
                 |(?:[12][0-9]|3[01]|[1-9]|[二三]?十[一二三四五六七八九]?)日|(?:[12][0-9]|3[01]|[1-9])号)
        | (?P<near>(?:近|过去)(?:[0-9]{{1,2}}|[两二三四五六七八九十])年来?|(?:[0-9]{{1,2}}|[两二三四五六七八九十])年来|近年来|近几年来?|多年来)
        | (?P<now>目前|日前|近日)
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
    let mut pos = 0;
    let mut next_anchor = 0;
    while let Some(w) = search_start(s, pos, anchors, &mut next_anchor) {
        let Some(m) = DATE.find_at(s, w) else {
            break;
        };
        pos = m.end();
        let t = m.as_str();
        let before = &s[..m.start()];
        let prev = before.chars().next_back();
        // 12021年, 3.5月: part of a longer number (but 5.上半年 is a list item).
        if prev.is_some_and(|p| is_arabic(p) || (p == '.' && t.starts_with(is_arabic))) {
            continue;
        }
        // 1号线, 3号楼, 2号文件: names, not days.
        if t.ends_with('号')
            && s[m.end()..].starts_with([
                '线', '楼', '院', '令', '文', '地', '码', '窗', '站', '口', '馆', '厅', '机', '车',
                '门', '桥',
            ])
        {
            continue;
        }
        // 明年中旬: a ten-day period right after another date is not R's.
        if matches!(t, "上旬" | "中旬" | "下旬" | "月初" | "月底" | "月末")
            && out.last().is_some_and(|d| d.end == m.start())
        {
            continue;
        }
        // 节日前, 工作日前: not the word 日前.
        if t == "日前"
            && prev.is_some_and(|p| matches!(p, '节' | '生' | '假' | '作' | '期' | '每' | '当'))
        {
            continue;
        }
        // The lazy DFA finds; captures run only on the match, and only once
        // per distinct expression of a document unless its value depends on
        // the words around it (近两年 after 经过, 全年).
        let resolve = || {
            let c = Caps::of(t)?;
            let fact = resolve_caps(&c, before, reference, last_year)?;
            Some((fact, c.get(GROUPS.year).is_some()))
        };
        let contextual = t.contains("全年")
            || t.starts_with(['近', '过'])
            || t.ends_with("年来")
            || t.ends_with("几年");
        let resolved = if contextual {
            resolve()
        } else if let Some(r) = cache.get(t) {
            r.clone()
        } else {
            let r = resolve();
            cache.insert(t.into(), r.clone());
            r
        };
        if let Some((fact, has_year)) = resolved {
            if has_year {
                last_year = fact.from.map(|d| d.year());
            }
            out.push(FoundDate {
                start: m.start(),
                end: m.end(),
                fact,
            });
        }
    }
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
pub(crate) type DateCache = std::collections::HashMap<Box<str>, Option<(DateFact, bool)>>;

/// Indices of the date pattern's groups (looked up once, not per match).
struct Groups {
    jz: usize,
    plan: usize,
    yrange: usize,
    ymd: usize,
    year: usize,
    ytail: usize,
    tail: usize,
    near: usize,
    now: usize,
}

static GROUPS: LazyLock<Groups> = LazyLock::new(|| {
    assert!(DATE.captures_len() <= 16, "Spans holds 16 groups");
    let idx = |name: &str| {
        DATE.capture_names()
            .position(|n| n == Some(name))
            .expect("date pattern group")
    };
    Groups {
        jz: idx("jz"),
        plan: idx("plan"),
        yrange: idx("yrange"),
        ymd: idx("ymd"),
        year: idx("year"),
        ytail: idx("ytail"),
        tail: idx("tail"),
        near: idx("near"),
        now: idx("now"),
    }
});

/// Resolves one standalone date expression, such as `4月初`, `上半年` or
/// `“十三五”期间`, against a reference date.
///
/// Returns `None` when the whole text is not a date expression, or names no
/// real day (`2月30日`). Without a reference date a relative expression
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
    let c = Caps::of(text)?;
    let m = c.get(0)?;
    if m.start() != 0 || m.end() != text.len() {
        return None;
    }
    resolve_caps(&c, "", reference, None)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 {
        (y.checked_add(1)?, 1)
    } else {
        (y, m + 1)
    };
    ymd(ny, nm, 1)?.pred_opt()
}

fn small_number(s: &str) -> Option<u32> {
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
    let digits = s.trim_end_matches('度').trim_end_matches('年');
    small_number(digits).map(|v| v as i32)
}

/// An interval with its granularity.
type Interval = (NaiveDate, NaiveDate, Granularity);

fn year_interval(y: i32) -> Option<Interval> {
    Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?, Granularity::Year))
}

/// Resolves the part after the year (`3月14日`, `上半年`, `年底`, `1—9月`)
/// within year `y`. `reference` is needed only by `以来`.
fn tail_interval(t: &str, y: i32, reference: Option<NaiveDate>) -> Option<Interval> {
    use Granularity::*;
    let q = |a: u32, b: u32, g| Some((ymd(y, a, 1)?, month_end(y, b)?, g));
    match t {
        "年初" | "初" => return q(1, 3, Quarter),
        "年中" => return q(6, 8, Month),
        "年底" | "年末" | "底" | "末" => return q(10, 12, Quarter),
        "上半年" => return q(1, 6, Half),
        "下半年" => return q(7, 12, Half),
        "前三季度" | "前三个季度" => return q(1, 9, Quarter),
        "前两季度" | "前两个季度" => return q(1, 6, Quarter),
        "首季度" => return q(1, 3, Quarter),
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

fn resolve_caps(
    c: &Caps<'_>,
    before: &str,
    reference: Option<NaiveDate>,
    sentence_year: Option<i32>,
) -> Option<DateFact> {
    use Granularity::*;
    let r = reference;
    let mut relative = false;
    let interval: Option<Interval>;
    if let Some(p) = c.get(GROUPS.plan) {
        let t = p.as_str();
        let core = t.trim_start_matches(['“', '‘', '「']);
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
            // Bare 十五 is the number fifteen unless quoted or a plan.
            let named = quoted || t.contains("计划") || t.contains("期间") || t.contains("时期");
            if !named {
                return None;
            }
            2001
        };
        interval = Some((ymd(years, 1, 1)?, ymd(years + 4, 12, 31)?, Years));
    } else if let Some(yr) = c.get(GROUPS.yrange) {
        let t = yr.as_str();
        let (a, b) = (
            year_number(&t[..4])?,
            year_number(&t[t.len() - "年".len() - 4..])?,
        );
        if a >= b {
            return None;
        }
        interval = Some((ymd(a, 1, 1)?, ymd(b, 12, 31)?, Years));
    } else if let Some(d) = c.get(GROUPS.ymd) {
        let mut parts = d.as_str().split(['-', '/', '.']);
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let dd = parts.next()?.parse().ok()?;
        let day = ymd(y, m, dd)?;
        interval = Some((day, day, Day));
    } else if let Some(yc) = c.get(GROUPS.year) {
        let yt = yc.as_str();
        let offset = match yt {
            "今年" | "本年" => Some(0),
            "去年" | "上年" => Some(-1),
            "前年" => Some(-2),
            "明年" => Some(1),
            _ => None,
        };
        let tail = c.get(GROUPS.ytail).map(|t| t.as_str());
        if tail == Some("以来") {
            relative = true;
        }
        let year = if let Some(o) = offset {
            relative = true;
            r.map(|r| r.year() + o)
        } else if yt == "全年" {
            if tail.is_some() {
                return None;
            }
            relative = sentence_year.is_none();
            sentence_year.or(r.map(|r| r.year()))
        } else {
            Some(year_number(yt)?)
        };
        interval = match (year, tail) {
            (None, _) => None,
            (Some(y), None) => year_interval(y),
            (Some(y), Some(t)) => Some(tail_interval(t, y, r)?),
        };
        if year.is_some() && interval.is_none() {
            return None;
        }
    } else if let Some(t) = c.get(GROUPS.tail) {
        relative = true;
        let t = t.as_str();
        // Validate the shape even without a reference date.
        let probe = tail_interval(t, r.map_or(2000, |r| r.year()), r.or(ymd(2000, 12, 31)))
            .or_else(|| standalone_interval(t, r.or(ymd(2000, 12, 31))?));
        probe?;
        interval = match r {
            Some(r) => tail_interval(t, r.year(), Some(r)).or_else(|| standalone_interval(t, r)),
            None => None,
        };
    } else if let Some(n) = c.get(GROUPS.near) {
        relative = true;
        // 经过近两年的努力: a duration, not a date.
        if before.ends_with("经过") || before.ends_with("历时") || before.ends_with("用了") {
            return None;
        }
        let t = n.as_str();
        let years = match t {
            "近年来" | "多年来" | "近几年" | "近几年来" => 3,
            _ => small_number(
                t.trim_start_matches('近')
                    .trim_start_matches("过去")
                    .trim_end_matches('来')
                    .trim_end_matches('年'),
            )?,
        };
        if years == 0 || years > 100 {
            return None;
        }
        interval = match r {
            Some(r) => Some((ymd(r.year() - (years as i32 - 1), 1, 1)?, r, Years)),
            None => None,
        };
    } else if let Some(n) = c.get(GROUPS.now) {
        relative = true;
        let back = if n.as_str() == "目前" { 0 } else { 10 };
        interval = match r {
            Some(r) => Some((r.checked_sub_days(Days::new(back))?, r, Day)),
            None => None,
        };
    } else {
        return None;
    }
    let granularity_of = |c: &Caps<'_>| -> Granularity {
        if c.get(GROUPS.plan).is_some()
            || c.get(GROUPS.near).is_some()
            || c.get(GROUPS.yrange).is_some()
        {
            Years
        } else if c.get(GROUPS.now).is_some() || c.get(GROUPS.ymd).is_some() {
            Day
        } else {
            // Without an interval, guess from the words.
            let t = c.get(0).map_or("", |m| m.as_str());
            if t.ends_with("以来") || t.contains('日') || t.contains('号') {
                Day
            } else if t.contains("季度")
                || t.ends_with("年初")
                || t.ends_with("年底")
                || t.ends_with("年末")
            {
                Quarter
            } else if t.contains("半年") {
                Half
            } else if t.contains('旬')
                || t.ends_with("初")
                || t.ends_with("底")
                || t.ends_with("末")
            {
                Xun
            } else if t.contains('月') || t.ends_with("年中") {
                Month
            } else {
                Year
            }
        }
    };
    let jz = c.get(GROUPS.jz).is_some();
    Some(match interval {
        Some((from, to, g)) => {
            if jz {
                DateFact {
                    from: Some(to),
                    to: Some(to),
                    granularity: Day,
                    relative,
                }
            } else {
                DateFact {
                    from: Some(from),
                    to: Some(to),
                    granularity: g,
                    relative,
                }
            }
        }
        None => DateFact {
            from: None,
            to: None,
            granularity: if jz { Day } else { granularity_of(c) },
            relative: true,
        },
    })
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
    use super::*;

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

    #[test]
    fn resolution_table() {
        let cases: &[(&str, &str, &str)] = &[
            // absolute
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
            // month/day without a year take the reference year
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
            // relative years
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
            // plan periods
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
            ("2004年到2007年", "", "2004-01-01..2007-12-31 Years"),
            ("十年来", "2022-09-27", "2013-01-01..2022-09-27 Years rel"),
            ("过去两年", "2022-03-05", "2021-01-01..2022-03-05 Years rel"),
            (
                "今年第一季",
                "2020-12-26",
                "2020-01-01..2020-03-31 Quarter rel",
            ),
            // no reference date: relative, no interval
            ("今年以来", "", "- Day rel"),
            ("4月初", "", "- Xun rel"),
            ("上半年", "", "- Half rel"),
            ("去年", "", "- Year rel"),
            ("近两年", "", "- Years rel"),
            // not dates
            ("5至10年", "2022-01-01", "None"),
            ("38天", "2022-01-01", "None"),
            ("3个月", "2022-01-01", "None"),
            ("十年", "2022-01-01", "None"),
            ("1500年", "2022-01-01", "None"),
        ];
        for (expr, r, want) in cases {
            assert_eq!(res(expr, r), *want, "{expr} @ {r}");
        }
        assert!(cases.len() >= 60);
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
                    assert!(matches!(e, 's' | '-'), "escape \\{e}");
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
                    let digit = |d: char| d.is_ascii_digit() || ('０'..='９').contains(&d);
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
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
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
