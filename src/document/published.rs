//! `Published` and the date forms of front matter and timestamp lines.

use std::fmt;
use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use regex::Regex;
use serde::{Serialize, Serializer};

/// When a document says it was published: a day, maybe a time and an offset.
///
/// Displayed (and serialised) as ISO 8601: `2022-06-15T07:27:30+08:00`,
/// `2022-09-27T05:49:11` (no offset given) or `2022-08-10` (day only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Published {
    pub(super) date: NaiveDate,
    pub(super) time: Option<NaiveTime>,
    pub(super) offset: Option<FixedOffset>,
}

impl Published {
    /// The day, which is the reference date for relative dates.
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The time of day, when given.
    pub fn time(&self) -> Option<NaiveTime> {
        self.time
    }

    /// The UTC offset, when given.
    pub fn offset(&self) -> Option<FixedOffset> {
        self.offset
    }

    /// A day without a time.
    pub(super) fn day(date: NaiveDate) -> Published {
        Published {
            date,
            time: None,
            offset: None,
        }
    }
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date)?;
        if let Some(t) = self.time {
            write!(f, "T{}", t.format("%H:%M:%S"))?;
            if let Some(o) = self.offset {
                write!(f, "{o}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The label of a timestamp (`发布时间：`, `日期|`, `【成文日期】`), as the
/// patterns below write it.
const STAMP_LABEL: &str = r"(?:发布|发表|更新|出版|发稿|公告|公布|披露|成文|印发|发文|刊发|刊登|上传|录入)?(?:时间|日期)\s*[:：｜|】\]]\s*";

/// The month and day after a year, and the time of day and zone that may
/// follow them (groups `m`, `d`, `H`, `M`, `S`, `tz`), written for the
/// verbose (`(?x)`) patterns below.
const MONTH_DAY_TIME: &str = r"
    \s*(?P<m>[0-9]{1,2})\s*[-/.月]\s*(?P<d>[0-9]{1,2})\s*日?
    (?:\s*T?\s*(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2})(?:\.[0-9]{1,9})?)?)?
    (?:\s*(?P<tz>[+-][0-9]{2}:?[0-9]{2}|Z\b|UTC\b|GMT\b))?";

/// A date (and time) at the start of a metadata line, after an optional
/// label: `2022-09-27 05:49:11`, `发布时间：2011-03-29`, `2022年08月10日`,
/// `中华民国114年3月5日` (a year of the Republic of China calendar, named).
/// Not: `2022年，全区…` (no month).
pub(super) static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile(&format!(
        r"(?x)
        ^\s*(?:{STAMP_LABEL})?
        (?:(?:中华)?民国\s*(?P<roc>[1-9][0-9]{{0,2}})\s*年|(?P<y>(?:19|20)[0-9]{{2}}|1[0-2][0-9])\s*[-/.年])
        (?:{MONTH_DAY_TIME})"
    ))
});

/// A labelled date anywhere in a line: `发布日期：2023-04-12 09:15`,
/// `发稿时间：2020/3/27`, `公告日期：2025-04-18`, `【成文日期】2025年4月18日`
/// (same groups as [`DATE_LINE`]).
pub(super) static LABELLED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile(&format!(
        r"(?x)
        {STAMP_LABEL}
        (?P<y>(?:19|20)[0-9]{{2}}|1[0-2][0-9])\s*[-/.年]
        (?:{MONTH_DAY_TIME})"
    ))
});

pub(super) fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

pub(super) fn published_from_caps(c: &regex::Captures<'_>) -> Option<Published> {
    // A three-digit year, or one after 民国, is of the Republic of China
    // calendar (109 = 2020).
    let y: i32 = c
        .name("roc")
        .or_else(|| c.name("y"))?
        .as_str()
        .parse()
        .ok()?;
    let y = if y < 1000 { y + 1911 } else { y };
    let date = ymd(&y.to_string(), &c["m"], &c["d"])?;
    let time = match (c.name("H"), c.name("M")) {
        (Some(h), Some(m)) => NaiveTime::from_hms_opt(
            h.as_str().parse().ok()?,
            m.as_str().parse().ok()?,
            c.name("S").map_or(Some(0), |s| s.as_str().parse().ok())?,
        ),
        _ => None,
    };
    let offset = c.name("tz").and_then(|tz| parse_offset(tz.as_str()));
    Some(Published {
        date,
        time,
        offset: time.and(offset),
    })
}

fn parse_offset(tz: &str) -> Option<FixedOffset> {
    match tz {
        "Z" | "UTC" | "GMT" => FixedOffset::east_opt(0),
        _ => {
            let sign = if tz.starts_with('-') { -1 } else { 1 };
            let digits: String = tz.chars().filter(|c| c.is_ascii_digit()).collect();
            if digits.len() != 4 {
                return None;
            }
            let h: i32 = digits[..2].parse().ok()?;
            let m: i32 = digits[2..].parse().ok()?;
            FixedOffset::east_opt(sign * (h * 3600 + m * 60))
        }
    }
}

/// Parses a front matter `date:` value in any common form.
pub(super) fn parse_published(v: &str) -> Option<Published> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(v) {
        return Some(from_datetime(dt));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(v) {
        return Some(from_datetime(dt));
    }
    let c = DATE_LINE.captures(v)?;
    published_from_caps(&c)
}

fn from_datetime(dt: DateTime<FixedOffset>) -> Published {
    Published {
        date: dt.date_naive(),
        time: Some(dt.time()),
        offset: Some(*dt.offset()),
    }
}
