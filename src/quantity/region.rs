//! Which currency a plain 元 means in a document: that of Taiwan, Hong
//! Kong or Macau when the document is plainly from there (its script, the
//! names of its currency, institutions and calendar), else renminbi.

use std::sync::LazyLock;

use crate::fact::{Currency, FactData};

use super::{Cues, FoundQuantity, trim_spaces_end};
use crate::markup::SCRIPT_SIMPLIFIED;

/// Words and marks that show where a document comes from, by region: a
/// plain 元 there is that region's dollar. Names of the region's own
/// currency, institutions and calendar, and its web domain.
const REGION_SIGNS: &[(&str, Currency)] = &[
    ("新臺幣", Currency::Twd),
    ("新台幣", Currency::Twd),
    ("新台币", Currency::Twd),
    ("台幣", Currency::Twd),
    ("臺幣", Currency::Twd),
    ("NT$", Currency::Twd),
    ("民國", Currency::Twd),
    ("民国", Currency::Twd),
    ("臺灣", Currency::Twd),
    ("台灣", Currency::Twd),
    ("行政院", Currency::Twd),
    ("立法院", Currency::Twd),
    (".tw/", Currency::Twd),
    ("港府", Currency::Hkd),
    ("立法會", Currency::Hkd),
    ("港元", Currency::Hkd),
    ("港幣", Currency::Hkd),
    ("港币", Currency::Hkd),
    ("HK$", Currency::Hkd),
    ("香港", Currency::Hkd),
    (".hk/", Currency::Hkd),
    ("澳門特區", Currency::Mop),
    ("澳门特区", Currency::Mop),
    ("澳門元", Currency::Mop),
    ("澳门元", Currency::Mop),
    ("澳門幣", Currency::Mop),
    ("澳门币", Currency::Mop),
    ("MOP$", Currency::Mop),
    ("澳門", Currency::Mop),
    (".mo/", Currency::Mop),
];

static REGION: LazyLock<Cues<Currency>> = LazyLock::new(|| Cues::new(REGION_SIGNS));

/// Whether `input` holds a date in the Republic of China calendar
/// (109-12-26, 113/3/5): a year of two or three digits from 60 to 199 with
/// month and day, with no digit, `.`, `/` or `-` on either side. Such a date
/// is a whole run of those characters, so only the runs around a separator
/// (found by `memchr`) are read; the tests check this against the pattern.
fn has_roc_date(input: &str) -> bool {
    let b = input.as_bytes();
    let in_run = |c: &u8| c.is_ascii_digit() || matches!(c, b'.' | b'/' | b'-');
    let mut from = 0;
    while let Some(k) = b
        .get(from..)
        .and_then(|r| memchr::memchr3(b'-', b'/', b'.', r))
    {
        let p = from + k;
        let start = b[..p].iter().rposition(|c| !in_run(c)).map_or(0, |j| j + 1);
        let end = b[p..]
            .iter()
            .position(|c| !in_run(c))
            .map_or(b.len(), |j| p + j);
        if is_roc_date(&b[start..end]) {
            return true;
        }
        from = end.max(p + 1);
    }
    false
}

/// Whether the run `run` (digits and separators) is a year, month and day
/// in the ROC calendar: `(?:[6-9][0-9]|1[0-9]{2})[-/.](?:0?[1-9]|1[0-2])
/// [-/.](?:0?[1-9]|[12][0-9]|3[01])`.
fn is_roc_date(run: &[u8]) -> bool {
    let mut parts = run.split(|c| matches!(c, b'-' | b'/' | b'.'));
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let year = matches!(
        y,
        [b'6'..=b'9', b'0'..=b'9'] | [b'1', b'0'..=b'9', b'0'..=b'9']
    );
    let month = matches!(m, [b'1'..=b'9'] | [b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2']);
    let day = matches!(
        d,
        [b'1'..=b'9'] | [b'0', b'1'..=b'9'] | [b'1' | b'2', b'0'..=b'9'] | [b'3', b'0' | b'1']
    );
    year && month && day
}

/// The currency a plain 元 stands for in `input`, a whole document: that of
/// Taiwan, Hong Kong or Macau when the document is plainly from there (in
/// traditional script, with more signs of that region than of the others;
/// an ROC-calendar date counts in either script), else `None` (renminbi).
/// 人民币 written out stays renminbi whatever this says.
pub(crate) fn document_currency(doc: &crate::Document<'_>) -> Option<Currency> {
    let input = doc.input();
    // Only whether the traditional characters outnumber the simplified
    // ones matters: the reader counted the traditional ones as it
    // simplified them; the simplified ones are counted until they reach
    // that count, found by skipping the other characters.
    let trad = doc.script_traditional();
    let (mut simp, mut i) = (0, 0);
    while simp < trad {
        let Some(k) = SCRIPT_SIMPLIFIED.find(input, i) else {
            break;
        };
        simp += 1;
        i = k + 1;
    }
    let mut votes = [0usize; 3];
    let region = |c: Currency| match c {
        Currency::Twd => 0,
        Currency::Hkd => 1,
        _ => 2,
    };
    if trad > simp {
        for (_, _, k) in REGION.lex.find_iter(input) {
            votes[region(REGION_SIGNS[k].1)] += 1;
        }
    }
    if has_roc_date(input) {
        votes[0] += 3;
    }
    let best = (0..3).max_by_key(|&i| votes[i])?;
    let unique = votes.iter().filter(|&&v| v == votes[best]).count() == 1;
    (votes[best] > 0 && unique).then_some([Currency::Twd, Currency::Hkd, Currency::Mop][best])
}

/// Gives the money of sentence `s` written with a plain 元 (or a bare
/// scale, 收入8亿) the currency `cur` of its document. 人民币 written out,
/// before or after the number, and other named currencies are kept.
pub(crate) fn apply_currency(s: &str, cur: Currency, found: &mut [FoundQuantity]) {
    for q in found {
        let FactData::Money(m) = &mut q.data else {
            continue;
        };
        let before = trim_spaces_end(&s[..q.start]);
        let named = |t: &str| {
            ["人民币", "人民幣", "RMB", "CNY", "¥"]
                .iter()
                .any(|w| crate::scan::short_find(t, w).is_some())
        };
        if m.currency == Currency::Cny
            && !named(&m.unit)
            && !named(&s[q.start..q.end])
            && !["人民币", "人民幣", "RMB", "CNY"]
                .iter()
                .any(|w| before.ends_with(w))
        {
            m.currency = cur;
        }
    }
}

#[cfg(test)]
mod tests {
    /// The scan for ROC dates agrees with the pattern it replaced.
    #[test]
    fn roc_dates_agree_with_the_pattern() {
        let re = regex::Regex::new(r"(?:^|[^0-9./-])(?:[6-9][0-9]|1[0-9]{2})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12][0-9]|3[01])(?:[^0-9./-]|$)")
            .unwrap();
        let mut strings = crate::scan::every_string("19-0", 8);
        strings.extend(crate::scan::every_string("63/.年", 6));
        strings.extend(crate::scan::every_string("1-2a", 7));
        for s in [
            "109-12-26",
            "民國113/3/5",
            "a99.1.31b",
            "x199-12-31",
            "2024-01-01",
            "60-1-1",
        ] {
            strings.push(s.to_string());
        }
        for t in &strings {
            assert_eq!(super::has_roc_date(t), re.is_match(t), "{t}");
        }
    }
}
