//! Two-digit years: `15年3月2日`, `19年底`, `07年第三季度`, `08年`,
//! `零七年八月`, `九七年一季度`.
//!
//! A two-digit year is read only where its century is plain and the two
//! digits cannot be a count of years:
//! - it names a part of the year after it (a month, a quarter, a half,
//!   年底/年初/末), or it starts with a zero (`07年`, `零八年`: nobody
//!   counts years with a leading zero). `15年`, `24年来`, `三五年` and
//!   `15年以来` are durations as often as years: no fact.
//! - The year is `20yy` when that is at most five years after the
//!   reference year R (plans: `25年底` in 2023). Otherwise it is `19yy`
//!   only when written digit by digit in Chinese (`九七年`, `五八年`), as
//!   mainland writers shorten years; Arabic `98年` may be year 98 of the
//!   Republic of China (2009) in a Taiwanese text, which a date does not
//!   know it is in: no fact. Without R there is no century: a relative date
//!   without an interval.
//! - A vague pair of Chinese digits is a count (`三四年`, `七八年`, `三五年`:
//!   "three or four years"); after 第, 前 (公元前), 元 (公元, 西元) or an era
//!   name (民国, 平成, 光绪 …) the digits are no year of ours; after
//!   another numeral or a point they are the end of a longer number.
//! - A part of the year after it that starts with 前 or 后 (`15年前三季度`:
//!   "15 years ago"?, `15年后半年`) leaves it unread.

use chrono::{Datelike, NaiveDate};

/// Era names and calendars whose year numbers are not those of the common
/// era (`民国98年` is 2009, `平成15年` 2003, `光绪15年` 1889).
const ERAS: &[&str] = &[
    "民国", "民國", "昭和", "平成", "令和", "大正", "明治", "光绪", "光緒", "宣统", "宣統", "同治",
    "咸丰", "咸豐", "道光", "嘉庆", "嘉慶", "乾隆", "雍正", "康熙", "顺治", "順治", "万历", "萬曆",
    "崇祯", "崇禎", "洪武", "永乐", "永樂", "贞观", "貞觀", "开元", "開元", "天宝", "天寶", "主体",
    "主體", "檀纪", "檀紀", "佛历", "佛曆", "回历", "回曆", "伊历",
];

/// The value of one digit of a two-digit year, and whether it is a
/// Chinese one (`〇零一…九`).
fn digit(c: char) -> Option<(u32, bool)> {
    if crate::number::is_arabic(c) {
        return crate::number::digit_value(c).map(|d| (d, false));
    }
    match c {
        '两' | '兩' | '贰' | '貳' | '壹' | '叁' | '參' | '肆' | '伍' | '陆' | '陸' | '柒'
        | '捌' | '玖' => None,
        _ => crate::number::digit_value(c).map(|d| (d, true)),
    }
}

/// The two digits `t` starts with, if it is a two-digit year (`15年…`,
/// `07 年`, `零八年`): their values and whether they are Chinese.
fn digits(t: &str) -> Option<(u32, u32, bool)> {
    let mut chars = t.chars();
    let (a, ca) = digit(chars.next()?)?;
    let (b, cb) = digit(chars.next()?)?;
    if ca != cb {
        return None;
    }
    chars
        .as_str()
        .trim_start_matches(['\u{20}', '\u{a0}', '\u{3000}'])
        .starts_with('年')
        .then_some((a, b, ca))
}

/// Whether `t`, a date expression between the texts `before` and `after`,
/// is a two-digit year whose words make it no year (see the module docs):
/// after 第, 前, 元, an era name, a numeral, a Latin letter (a code: `A15年`)
/// or a point; before 代 (`00年代`,
/// the 2000s) or 期 (`10年期国债`, a term).
pub(super) fn unread_here(before: &str, t: &str, after: &str) -> bool {
    if digits(t).is_none() {
        return false;
    }
    if t.ends_with('年') && after.starts_with(['代', '期']) {
        return true;
    }
    // 01 年产3万吨…项目: Arabic digits set apart from 年 number a list
    // item; the 年 opens a word of its own (年产, 年均).
    if t.starts_with(crate::number::is_arabic)
        && t.contains(char::is_whitespace)
        && after.starts_with(['产', '均'])
    {
        return true;
    }
    let b = before.trim_end();
    b.ends_with(|c: char| {
        crate::number::is_numeral_char(c)
            || crate::number::is_latin_letter(c)
            || matches!(c, '.' | '．' | '第' | '前' | '元')
    }) || ERAS.iter().any(|e| b.ends_with(e))
}

/// The two-digit year `yy` (`15年`, `零七 年`) with the part of the year
/// `tail` after it: its number and whether it is written in Chinese;
/// `None` where the digits may be a count (see the module docs).
pub(super) fn year_digits(yy: &str, tail: Option<&str>) -> Option<(i32, bool)> {
    let (a, b, chinese) = digits(yy)?;
    let zero_led = a == 0;
    // 三四年, 七八年, 三五年: "three or four years", a count.
    if chinese && (b == a + 1 || (a, b) == (3, 5)) {
        return None;
    }
    match tail.map(str::trim_start) {
        None | Some("以来") if !zero_led => return None,
        Some(t) if t.starts_with(['前', '后', '後']) => return None,
        _ => {}
    }
    Some((i32::try_from(10 * a + b).ok()?, chinese))
}

/// The full year of the two-digit year `(yy, chinese)` at reference date
/// `r`: `20yy` up to five years after R's, else `19yy` in Chinese digits
/// only (see the module docs).
pub(super) fn century((yy, chinese): (i32, bool), r: NaiveDate) -> Option<i32> {
    let recent = 2000 + yy;
    if recent <= r.year() + 5 {
        Some(recent)
    } else if chinese {
        Some(1900 + yy)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::{Extractor, FactData};

    /// The date facts of `text` at reference `r`: `text=from..to`.
    fn dates(text: &str, r: &str) -> Vec<String> {
        let facts = Extractor::new()
            .reference_date_str(r)
            .unwrap()
            .extract_str(text);
        facts
            .iter()
            .filter_map(|f| match &f.data {
                FactData::Date(d) => Some(format!(
                    "{}={}..{}",
                    f.text,
                    d.from.map(|x| x.to_string()).unwrap_or_default(),
                    d.to.map(|x| x.to_string()).unwrap_or_default()
                )),
                _ => None,
            })
            .collect()
    }

    fn resolved(t: &str, r: &str) -> Option<String> {
        let r = NaiveDate::parse_from_str(r, "%Y-%m-%d").unwrap();
        let d = crate::resolve_date(t, Some(r))?;
        Some(format!("{}..{}", d.from?, d.to?))
    }

    #[test]
    fn two_digit_years_with_a_part_of_the_year() {
        let r = "2021-06-14";
        for (t, want) in [
            ("15年3月2日", "2015-03-02..2015-03-02"),
            ("03年2月28日", "2003-02-28..2003-02-28"),
            ("19年底", "2019-10-01..2019-12-31"),
            ("07年第三季度", "2007-07-01..2007-09-30"),
            ("20年上半年", "2020-01-01..2020-06-30"),
            ("25年底", "2025-10-01..2025-12-31"),
            ("零七年八月二十九号", "2007-08-29..2007-08-29"),
            ("九零年9月十号", "1990-09-10..1990-09-10"),
            ("九七年一季度", "1997-01-01..1997-03-31"),
            ("一九年底", "2019-10-01..2019-12-31"),
        ] {
            assert_eq!(resolved(t, r).as_deref(), Some(want), "{t}");
        }
    }

    #[test]
    fn two_digit_years_with_a_leading_zero_stand_alone() {
        let r = "2018-07-23";
        assert_eq!(
            resolved("08年", r).as_deref(),
            Some("2008-01-01..2008-12-31")
        );
        assert_eq!(
            resolved("07 年", r).as_deref(),
            Some("2007-01-01..2007-12-31")
        );
        assert_eq!(
            resolved("零八年", r).as_deref(),
            Some("2008-01-01..2008-12-31")
        );
        assert_eq!(
            resolved("07年以来", r).as_deref(),
            Some("2007-01-01..2018-07-23")
        );
    }

    #[test]
    fn two_digit_years_that_may_be_counts_or_of_another_calendar() {
        let r = "2021-06-14";
        for t in [
            "15年",
            "24年",
            "三三年",
            "15年以来",
            "三四年",
            "七八年",
            "三五年",
            // Arabic 19yy: a Republic of China year in a Taiwanese text.
            "98年4月",
            "91年5月",
            // More than five years ahead.
            "30年底",
            "15年前三季度",
            "15年后半年",
        ] {
            assert_eq!(resolved(t, r), None, "{t}");
        }
        let none: Vec<String> = Vec::new();
        for text in [
            "经营了15年，积累了经验。",
            "用了15年时间，产值翻番。",
            "平成15年3月，工厂投产。",
            "公元前15年3月，据记载。",
            "这是第15年3月的数据。",
            "2.15年3月。",
            "型号A15年3月发布。",
            "三四年来，项目稳步推进。",
            "00年代以来，产业快速发展。",
            "发行05年期国债。",
        ] {
            assert_eq!(dates(text, "2021-06-14"), none, "{text}");
        }
        // An ROC year is read as one (year N is N + 1911), not as 20yy.
        assert_eq!(
            dates("民国98年4月，公司成立。", "2021-06-14"),
            ["民国98年4月=2009-04-01..2009-04-30"]
        );
        // Without a reference date there is no century: relative, no
        // interval; a count stays none.
        let d = crate::resolve_date("15年3月", None).unwrap();
        assert!(d.relative && d.from.is_none() && d.to.is_none());
        assert_eq!(crate::resolve_date("15年", None), None);
    }

    #[test]
    fn two_digit_years_in_sentences() {
        assert_eq!(
            dates("他07年以后就没再来过学校", "2018-07-23"),
            ["07年=2007-01-01..2007-12-31"]
        );
        assert_eq!(
            dates("18年10月1日到19年2月3日，项目完成投资5亿元。", "2019-09-01"),
            ["18年10月1日到19年2月3日=2018-10-01..2019-02-03"]
        );
        assert_eq!(
            dates("截至19年底，累计签约项目16个。", "2021-06-14"),
            ["截至19年底=2019-10-01..2019-12-31"]
        );
        // A yearless month after an unread two-digit year stays unread.
        assert_eq!(
            dates("98年4月开工，5月竣工。", "2021-06-14"),
            Vec::<String>::new()
        );
    }
}
