//! Percentages: 10.17%, 1.5个百分点, 百分之八十四, 近8成, and their
//! direction (up, down) from the cue words before them.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use crate::fact::{Direction, FactData, Percent, PercentUnit, Qualifier};
use crate::number::{numeral_at, parse_number};

use super::{
    Candidate, Cues, FoundQuantity, Unit, cue_window, is_list_gap, range_dash, trim_spaces_end,
};

/// Forces the module's patterns (tests call this so a bad pattern fails early).
#[cfg(test)]
pub(super) fn force() {
    LazyLock::force(&DIRECTION);
}

static DIRECTION: LazyLock<Cues<Option<Direction>>> = LazyLock::new(|| Cues::new(DIRECTION_CUES));

const DIRECTION_CUES: &[(&str, Option<Direction>)] = &[
    // Words that contain a cue but give no direction: 增加值占比20%.
    ("增加值", None),
    ("占比", None),
    ("比重", None),
    ("贡献率", None),
    ("覆盖率", None),
    ("平均值", None),
    ("目标", None),
    // Words that hold a one-character cue (增, 减, 降) but are no change.
    ("增值税", None),
    ("减免", None),
    ("减税", None),
    ("降费", None),
    // A share of the units that grew (增长面, 下降面) or lost (亏损面) is
    // a level, not a change: 工业增长面达68.6%.
    ("增长面", None),
    ("下降面", None),
    // 升 is a rise (同比升12%, 飙升, 升值) but not in 升学 or 升级.
    ("升学", None),
    ("升级", None),
    ("上调", Some(Direction::Up)),
    ("下调", Some(Direction::Down)),
    ("增长", Some(Direction::Up)),
    ("增加", Some(Direction::Up)),
    ("提高", Some(Direction::Up)),
    ("提升", Some(Direction::Up)),
    ("上升", Some(Direction::Up)),
    ("上涨", Some(Direction::Up)),
    ("升", Some(Direction::Up)),
    ("升幅", Some(Direction::Up)),
    ("涨", Some(Direction::Up)),
    ("收涨", Some(Direction::Up)),
    ("涨幅", Some(Direction::Up)),
    ("大涨", Some(Direction::Up)),
    ("走高", Some(Direction::Up)),
    ("攀升", Some(Direction::Up)),
    ("回升", Some(Direction::Up)),
    ("反弹", Some(Direction::Up)),
    ("成长", Some(Direction::Up)),
    ("增", Some(Direction::Up)),
    ("增幅", Some(Direction::Up)),
    ("增速", Some(Direction::Up)),
    ("高于", Some(Direction::Up)),
    ("高出", Some(Direction::Up)),
    // Ahead of or behind a schedule or a benchmark (超时序进度5.1个百分点,
    // 增速快于全省1.2个百分点).
    ("超时序进度", Some(Direction::Up)),
    ("超序时进度", Some(Direction::Up)),
    ("快于", Some(Direction::Up)),
    ("慢于", Some(Direction::Down)),
    ("落后", Some(Direction::Down)),
    ("扩大", Some(Direction::Up)),
    // A price above or below a base (较起始价溢价约6.3%, 折价12%).
    ("溢价", Some(Direction::Up)),
    // A land sale's premium rate (溢价率38.6%) is a level, not a change.
    ("溢价率", None),
    ("折价", Some(Direction::Down)),
    ("下降", Some(Direction::Down)),
    ("负增长", Some(Direction::Down)),
    ("减少", Some(Direction::Down)),
    ("降低", Some(Direction::Down)),
    ("回落", Some(Direction::Down)),
    ("下滑", Some(Direction::Down)),
    ("下跌", Some(Direction::Down)),
    ("下挫", Some(Direction::Down)),
    ("贬值", Some(Direction::Down)),
    ("跌", Some(Direction::Down)),
    ("收跌", Some(Direction::Down)),
    ("跌幅", Some(Direction::Down)),
    ("大跌", Some(Direction::Down)),
    ("走低", Some(Direction::Down)),
    ("缩减", Some(Direction::Down)),
    ("萎缩", Some(Direction::Down)),
    ("衰退", Some(Direction::Down)),
    ("减", Some(Direction::Down)),
    ("降", Some(Direction::Down)),
    ("降幅", Some(Direction::Down)),
    ("减小", Some(Direction::Down)),
    ("缩小", Some(Direction::Down)),
    ("收窄", Some(Direction::Down)),
    ("低于", Some(Direction::Down)),
];

/// The words that write a share out, with the places its number is moved
/// to be a percentage: 百分之 (per cent), 千分之 (per mille: 千分之三 is
/// 0.3%), 万分之 (per ten thousand: 万分之五 is 0.05%), and the larger
/// wholes of parts per million (百万分之五 is 0.0005%): 十万分之,
/// 百万分之, 千万分之, 亿分之 (or 万万分之). A longer word stands before
/// the word it ends with (百万分之 before 万分之).
const SHARE_WORDS: &[(&str, u32)] = &[
    ("十万分之", 3),
    ("十萬分之", 3),
    ("百万分之", 4),
    ("百萬分之", 4),
    ("千万分之", 5),
    ("千萬分之", 5),
    ("万万分之", 6),
    ("萬萬分之", 6),
    ("亿分之", 6),
    ("億分之", 6),
    ("百分之", 0),
    ("佰分之", 0),
    ("千分之", 1),
    ("仟分之", 1),
    ("万分之", 2),
    ("萬分之", 2),
];

/// A share word as found: the word, its places and the bytes it takes.
pub(super) type Share = (&'static str, u32, usize);

/// The share word `before` ends with, its places (see [`SHARE_WORDS`])
/// and the bytes it takes in `before`: more than the word's own when it is
/// spaced out (百 分 之 2, 百 分之 一百二十点五: gaps of one to three
/// spaces between its characters and after it).
pub(super) fn share_word(before: &str) -> Option<Share> {
    if let Some((w, places)) = SHARE_WORDS.iter().find(|(w, _)| before.ends_with(w)) {
        return Some((w, *places, w.len()));
    }
    // Spaced out: only 百分之 and 千分之, read backwards with their gaps.
    let mut rest = gap_before(before)?;
    let mut chars = Vec::new();
    for _ in 0..3 {
        let c = rest.chars().next_back()?;
        chars.push(c);
        rest = &rest[..rest.len() - c.len_utf8()];
        if chars.len() < 3 {
            rest = gap_before(rest).unwrap_or(rest);
        }
    }
    let word: String = chars.iter().rev().collect();
    let (w, places) = SHARE_WORDS.iter().find(|(w, p)| *p <= 1 && *w == word)?;
    (before.len() - rest.len() > w.len()).then_some((w, *places, before.len() - rest.len()))
}

/// 个 百 分 点, 百分 点: the unit of percentage points spaced out (gaps of
/// one to three spaces between its characters) at `i`.
pub(super) fn spaced_point(s: &str, i: usize) -> Option<super::Unit> {
    let rest = &s[i..];
    let word = if rest.starts_with('个') {
        "个百分点"
    } else {
        "百分点"
    };
    let mut at = 0;
    for (k, w) in word.chars().enumerate() {
        if k > 0 {
            let g = super::skip_spaces(rest, at);
            if rest[at..g].chars().count() > 3 {
                return None;
            }
            at = g;
        }
        if !rest[at..].starts_with(w) {
            return None;
        }
        at += w.len_utf8();
    }
    (at > word.len()).then_some(super::Unit::Percent(PercentUnit::Point, at))
}

/// `s` without the gap of one to three spaces it ends with (`s` itself
/// when it ends with none); `None` when the gap is longer.
fn gap_before(s: &str) -> Option<&str> {
    let t = s.trim_end_matches([' ', '\u{3000}']);
    (s[t.len()..].chars().count() <= 3).then_some(t)
}

/// 百分之八十四, 百分之十至百分之二十, 千分之三: a percentage written out
/// with the share `word`, its number moved `places` to the right of the
/// point. A second number after a dash and the same word makes a range.
/// `None` when a value overflows.
pub(super) fn written_out(
    c: &mut Candidate<'_, '_>,
    word: &str,
    places: u32,
) -> Option<FoundQuantity> {
    let (s, b) = (c.s, c.b);
    let mut end = b;
    if let Some(d) = range_dash(&s[b..]) {
        let off = b + d + word.len();
        if s[b + d..].starts_with(word) {
            if let Some(e2) = numeral_at(s, off) {
                if let Some(hi) = parse_number(&s[off..e2]).filter(|hi| *hi > c.value) {
                    c.upper = Some(hi);
                    end = e2;
                    c.qualifier = Qualifier::Range;
                }
            }
        }
    }
    let scale = Decimal::from(10_u32.pow(places));
    let direction = direction(s, c.start, c.prev).or_else(|| direction_after(&s[end..]));
    let data = FactData::Percent(Percent {
        value: c.value.checked_div(scale)?.normalize(),
        unit: PercentUnit::Percent,
        direction,
        qualifier: c.qualifier,
        upper: match c.upper {
            Some(u) => Some(u.checked_div(scale)?.normalize()),
            None => None,
        },
        subject: None,
        of: None,
    });
    // 百分之五左右, 百分之十以上: a qualifier word after it.
    Some(c.finish(end, data))
}

/// `x成` (近8成, 两成, 9.5成, 八点五成): tenths, as a percentage, up to
/// ten tenths. 一成不变 is an idiom, 成为, 成本 … are words.
pub(super) fn tenths_at(s: &str, b: usize, tok: &str) -> Option<usize> {
    const WORDS: &[&str] = &[
        "成不变",
        "成为",
        "成本",
        "成交",
        "成果",
        "成立",
        "成功",
        "成员",
        "成品",
    ];
    // 十 成, 六 点 五 成: spaced out, a gap of up to three spaces.
    let at = super::skip_spaces(s, b);
    let written = tok.chars().filter(|c| !super::is_space(*c)).count();
    (s[at..].starts_with('成')
        && s[b..at].chars().count() <= 3
        && written <= 4
        && !WORDS.iter().any(|w| s[at..].starts_with(w))
        && parse_number(tok).is_some_and(|v| {
            v > Decimal::ZERO
                && v <= Decimal::TEN
                && (v.fract().is_zero() || v.scale() == 1 && v >= Decimal::ONE)
        }))
    .then_some(at)
}

/// 近8成, 六成有余, 三成半, 七成五: the tenths at `c`, 成 at `at` (see [`tenths_at`])
/// as a percentage; 半 or one Chinese digit after 成 is its hundredths
/// (三成半 = 35%, 七成五 = 75%). A digit after a space (七成 五) may be
/// the rest of the number: no fact.
pub(super) fn tenths(c: &Candidate<'_, '_>, at: usize) -> Option<FoundQuantity> {
    let s = c.s;
    let mut end = at + '成'.len_utf8();
    let mut qualifier = c.qualifier;
    let mut value = c.value.checked_mul(Decimal::TEN)?;
    let whole = c.value.fract().is_zero();
    let gap = super::skip_spaces(s, end);
    let next = s[gap..].chars().next();
    let digit = next.filter(|d| "一二三四五六七八九".contains(*d));
    if gap > end && digit.is_some() {
        return None;
    }
    if c.upper.is_none() && whole && gap == end {
        let (ones, n) = match next {
            Some('半') => (Some(5), '半'.len_utf8()),
            Some(d) => (digit.and_then(crate::number::digit_value), d.len_utf8()),
            None => (None, 0),
        };
        // 三成五个: a digit that starts a count or a longer numeral is no
        // part of the tenths.
        let after = s[end + n..].chars().next();
        let free = !after.is_some_and(|x| {
            crate::number::is_numeral_char(x)
                || super::is_classifier_start(x)
                || "成年月日号倍分".contains(x)
        });
        if let (Some(ones), true) = (ones, free || next == Some('半')) {
            value = value.checked_add(Decimal::from(ones))?;
            end += n;
        }
    }
    if s[end..].starts_with("有余") || s[end..].starts_with("多") {
        qualifier = Qualifier::Over;
        end += if s[end..].starts_with("多") {
            "多".len()
        } else {
            "有余".len()
        };
    }
    let direction = direction(s, c.start, c.prev).or_else(|| direction_after(&s[end..]));
    let data = FactData::Percent(Percent {
        value,
        unit: PercentUnit::Percent,
        direction,
        qualifier,
        upper: c.upper.and_then(|u| u.checked_mul(Decimal::TEN)),
        subject: None,
        of: None,
    });
    // 八成左右: a qualifier word after it, unless 多 or 有余 gave one.
    if qualifier != c.qualifier {
        return Some(FoundQuantity {
            start: c.start,
            end,
            data,
        });
    }
    Some(c.finish(end, data))
}

/// -22.2%: whether the `-` right before the numeral at `[a, b)` is a
/// minus sign: a percent sign follows, and no letter, digit or code mark
/// stands before the `-` (A-20%, 5-8%).
pub(super) fn minus_sign(s: &str, a: usize, b: usize) -> bool {
    let head = &s[..a.saturating_sub(1)];
    s[b..].starts_with(['%', '％'])
        && !head.chars().next_back().is_some_and(|p| {
            p.is_ascii_alphanumeric() || crate::number::is_numeral_char(p) || ".-_/".contains(p)
        })
}

/// A percentage with its unit `pu` (%, 个百分点) ending at `end`, widened
/// to a range (6%-6.5%). Returns where it ends and the fact.
pub(super) fn with_unit(
    c: &mut Candidate<'_, '_>,
    end: usize,
    pu: PercentUnit,
) -> (usize, FactData) {
    let same = |u| matches!(u, Unit::Percent(p, _) if p == pu);
    let end = c.widen_to_range(end, same);
    let mut direction = direction(c.s, c.start, c.prev).or_else(|| direction_after(&c.s[end..]));
    // 增速为负3.9%, 为－3.9%: the sign as written, and a fall. A full-width
    // minus after a numeral is a range dash (5－8%), not a sign.
    let before = trim_spaces_end(&c.s[..c.start]);
    let sign = ['负', '－', '−', '-']
        .into_iter()
        .find(|m| before.ends_with(*m))
        .filter(|m| {
            let head = &before[..before.len() - m.len_utf8()];
            match m {
                '负' => !head.ends_with('正'),
                _ => !head.ends_with(crate::number::is_numeral_char),
            }
        });
    if let (Some(m), None) = (sign, c.upper) {
        c.value = -c.value;
        c.start = before.len() - m.len_utf8();
        direction = Some(Direction::Down);
    }
    let data = FactData::Percent(Percent {
        value: c.value,
        unit: pu,
        direction,
        qualifier: c.qualifier,
        upper: c.upper,
        subject: None,
        of: None,
    });
    (end, data)
}

/// The change nouns that, after 的, give a percentage with no cue before
/// it its direction: 实现了8%的增长, 录得3%的跌幅, 保持6.5%的增速.
const CHANGES_AFTER: &[(&str, Direction)] = &[
    ("增长", Direction::Up),
    ("增幅", Direction::Up),
    ("增速", Direction::Up),
    ("涨幅", Direction::Up),
    ("升幅", Direction::Up),
    ("上涨", Direction::Up),
    ("上升", Direction::Up),
    ("提升", Direction::Up),
    ("增加", Direction::Up),
    ("下降", Direction::Down),
    ("降幅", Direction::Down),
    ("跌幅", Direction::Down),
    ("减幅", Direction::Down),
    ("下滑", Direction::Down),
    ("下跌", Direction::Down),
    ("回落", Direction::Down),
    ("减少", Direction::Down),
];

/// The direction a change noun after 的 gives (see [`CHANGES_AFTER`]); none
/// for a share of the units that grew (8%的增长面).
fn direction_after(after: &str) -> Option<Direction> {
    let rest = after.strip_prefix('的')?;
    let (w, d) = CHANGES_AFTER.iter().find(|(w, _)| rest.starts_with(w))?;
    (!rest[w.len()..].starts_with('面')).then_some(*d)
}

fn is_space_char(c: char) -> bool {
    c.is_whitespace() || c == '了'
}

/// Words of a rate of growth that speeds up or slows down, right before the
/// change in points (增速加快了1.2个百分点, 增速放缓0.3个百分点), longest
/// first; subjects drop them too.
pub(crate) const SPEED_CHANGES: &[(&str, Direction)] = &[
    ("加快了", Direction::Up),
    ("放缓了", Direction::Down),
    ("放慢了", Direction::Down),
    ("快了", Direction::Up),
    ("加快", Direction::Up),
    ("慢了", Direction::Down),
    ("放缓", Direction::Down),
    ("放慢", Direction::Down),
];

/// The direction of the percentage at `start`: the last cue before it in the
/// clause, or that of the previous item of a list (分别增长5%、8%).
fn direction(s: &str, start: usize, prev: Option<&FoundQuantity>) -> Option<Direction> {
    let prev_end = prev.map_or(0, |p| p.end);
    let window = cue_window(s, start, prev_end);
    // 增速快了1.5个百分点, 增速放缓0.3个百分点: a rate of growth that
    // speeds up or slows down (before 增速 is read as a rise).
    let w = trim_spaces_end(window);
    if let Some((_, d)) = SPEED_CHANGES.iter().find(|(cue, _)| w.ends_with(cue)) {
        return Some(*d);
    }
    if let Some((d, gap)) = DIRECTION.last(window) {
        // 降至0.6%, 提高到12%: the level reached, not the change.
        let rest = window[window.len() - gap..].trim_start_matches(is_space_char);
        if rest.starts_with(['至', '到']) {
            return None;
        }
        // 不低于均价的80%, 不高于5%: a bound, not a change; 低于均价的80%: a
        // share of the base compared with.
        let head = &window[..window.len() - gap];
        let bound = ["低于", "高于"].iter().any(|w| {
            head.strip_suffix(w)
                .is_some_and(|h| h.ends_with('不') || trim_spaces_end(rest).ends_with('的'))
        });
        if bound {
            return None;
        }
        return d;
    }
    for (cue, d) in [
        ("低了", Direction::Down),
        ("高了", Direction::Up),
        ("低", Direction::Down),
        ("高", Direction::Up),
    ] {
        if w.ends_with(cue) {
            return Some(d);
        }
    }
    match prev.map(|p| &p.data) {
        Some(FactData::Percent(p)) if is_list_gap(window) => p.direction,
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    facts!(
        percent_directions,
        "同比增长10.17%，同比下降10.42%，提高1.5个百分点，覆盖率达84%，成本降低了10%，百分之八十四",
        [
            "10.17%=percent:10.17 Percent Exact Some(Up)",
            "10.42%=percent:10.42 Percent Exact Some(Down)",
            "1.5个百分点=percent:1.5 Point Exact Some(Up)",
            "84%=percent:84 Percent Exact None",
            "10%=percent:10 Percent Exact Some(Down)",
            "百分之八十四=percent:84 Percent Exact None",
        ]
    );

    facts!(
        percent_direction_from_a_change_noun_after,
        "实现了8%的增长，录得3%的跌幅，百分之五的增幅，保持6.5%的增长面，占比为5%的企业",
        [
            "8%=percent:8 Percent Exact Some(Up)",
            "3%=percent:3 Percent Exact Some(Down)",
            "百分之五=percent:5 Percent Exact Some(Up)",
            "6.5%=percent:6.5 Percent Exact None",
            "5%=percent:5 Percent Exact None",
        ]
    );

    facts!(
        percent_direction_finance_words,
        "营收同比升12%，按年升4.2%，利润下挫8%，人民币贬值2%，升幅为2.3%，升学率达95%，工业增长面达68.6%，升级改造完成60%",
        [
            "12%=percent:12 Percent Exact Some(Up)",
            "4.2%=percent:4.2 Percent Exact Some(Up)",
            "8%=percent:8 Percent Exact Some(Down)",
            "2%=percent:2 Percent Exact Some(Down)",
            "2.3%=percent:2.3 Percent Exact Some(Up)",
            "95%=percent:95 Percent Exact None",
            "68.6%=percent:68.6 Percent Exact None",
            "60%=percent:60 Percent Exact None",
        ]
    );

    facts!(
        percent_qualifiers_fullwidth,
        "不足10%，增长８．６％，10%以上",
        [
            "不足10%=percent:10 Percent Under None",
            "８．６％=percent:8.6 Percent Exact Some(Up)",
            "10%以上=percent:10 Percent Over None",
        ]
    );
}
