//! Numeric dates that [`resolve_date`](super::resolve_date) reads in a
//! standalone string but the extractor never finds in prose: a month and
//! day without a year (`12/1`, `09-01`, `6·30`), a compact day
//! (`20240307`) and a day spaced out by a layout (`2022 11 23`).
//!
//! In prose these shapes are as often something else: `3/4` a fraction or
//! a score, `7·23` the name of an event of another year (7·23事故), an
//! eight-digit run a code or an order number, three spaced numbers a row
//! of a table. A caller who hands the string to `resolve_date` says it is
//! a date; then a month and day are month first, as Chinese writes them,
//! in the reference year.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use crate::fact::{DateFact, Granularity};

use super::resolve::ymd;

/// The whole string: `M/D`, `M-D`, `M·D` (month 1–12, day 1–31, one or two
/// digits each; `/` `／` `-` `－` `·` `・`); `YYYYMMDD` (years 1900–2099, two
/// digits each for month and day); `YYYY MM DD` (spaces between). Matches
/// `12/1`, `09-01`, `6·30`, `20240307`, `2010 01 29`; not `13/1`, `2024037`,
/// `12/1/2018`.
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile(
        r"(?x)^(?:
          (?P<m>1[0-2]|0?[1-9])[/／\-－·・](?P<d>3[01]|[12][0-9]|0?[1-9])
        | (?P<cy>(?:19|20)[0-9]{2})(?P<cm>1[0-2]|0[1-9])(?P<cd>3[01]|[12][0-9]|0[1-9])
        | (?P<sy>(?:19|20)[0-9]{2})[\x20\x{3000}]+(?P<sm>1[0-2]|0?[1-9])[\x20\x{3000}]+(?P<sd>3[01]|[12][0-9]|0?[1-9])
        )$",
    )
});

/// The day `text` names when it is one of the numeric forms above (see
/// the module docs); a month and day take the year of `reference`, and
/// without one are a relative day with no interval. `None` for any other
/// string and for days that do not exist (`2/30`, `20230229`).
pub(super) fn numeric_day(text: &str, reference: Option<NaiveDate>) -> Option<DateFact> {
    let c = NUMERIC.captures(text)?;
    let num = |name: &str| c.name(name)?.as_str().parse::<u32>().ok();
    let day = |y: i32, m: u32, d: u32| {
        let day = ymd(y, m, d)?;
        Some(DateFact {
            from: Some(day),
            to: Some(day),
            granularity: Granularity::Day,
            relative: false,
        })
    };
    if let (Some(m), Some(d)) = (num("m"), num("d")) {
        let Some(r) = reference else {
            // 2/30 is no day in any year; 2/29 is one in leap years.
            ymd(2000, m, d)?;
            return Some(DateFact {
                from: None,
                to: None,
                granularity: Granularity::Day,
                relative: true,
            });
        };
        return day(r.year(), m, d).map(|f| DateFact {
            relative: true,
            ..f
        });
    }
    let (y, m, d) = match (num("cy"), num("sy")) {
        (Some(y), _) => (y, num("cm")?, num("cd")?),
        (None, Some(y)) => (y, num("sm")?, num("sd")?),
        (None, None) => return None,
    };
    day(i32::try_from(y).ok()?, m, d)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::resolve_date;

    fn res(t: &str, r: Option<&str>) -> String {
        let r = r.map(|r| NaiveDate::parse_from_str(r, "%Y-%m-%d").unwrap());
        match resolve_date(t, r) {
            Some(d) => format!(
                "{}..{} {:?}{}",
                d.from.map(|x| x.to_string()).unwrap_or_default(),
                d.to.map(|x| x.to_string()).unwrap_or_default(),
                d.granularity,
                if d.relative { " rel" } else { "" }
            ),
            None => "None".into(),
        }
    }

    #[test]
    fn month_and_day_in_the_reference_year() {
        let r = Some("2021-06-14");
        assert_eq!(res("12/1", r), "2021-12-01..2021-12-01 Day rel");
        assert_eq!(res("09-01", r), "2021-09-01..2021-09-01 Day rel");
        assert_eq!(res("6·30", r), "2021-06-30..2021-06-30 Day rel");
        assert_eq!(res("2/15", r), "2021-02-15..2021-02-15 Day rel");
        assert_eq!(
            res("2/29", Some("2024-01-01")),
            "2024-02-29..2024-02-29 Day rel"
        );
        assert_eq!(res("2/29", r), "None");
        assert_eq!(res("2/30", None), "None");
        assert_eq!(res("12/1", None), ".. Day rel");
    }

    #[test]
    fn compact_and_spaced_days() {
        assert_eq!(res("20240307", None), "2024-03-07..2024-03-07 Day");
        assert_eq!(res("2022 11 23", None), "2022-11-23..2022-11-23 Day");
        assert_eq!(res("2010 01 29", None), "2010-01-29..2010-01-29 Day");
        assert_eq!(res("20230229", None), "None");
    }

    #[test]
    fn other_numeric_shapes_are_no_dates() {
        for t in [
            "13/1",
            "0/5",
            "12/32",
            "1.5",
            "6.30",
            "12/1/2018",
            "2024037",
            "202403071",
            "2022 11",
            "22 11 23",
            "12 / 1",
        ] {
            assert_eq!(res(t, Some("2021-06-14")), "None", "{t}");
        }
    }

    /// In prose the extractor reads none of these shapes.
    #[test]
    fn the_extractor_does_not_read_them_in_prose() {
        let facts = crate::Extractor::new()
            .reference_date_str("2021-06-14")
            .unwrap()
            .extract_str("比分3/4，7·23事故，订单号20240307，数据2022 11 23。");
        assert!(
            !facts
                .iter()
                .any(|f| matches!(f.data, crate::FactData::Date(_))),
            "{facts:?}"
        );
    }
}
