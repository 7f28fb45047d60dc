//! Quantities: money, counts, areas and percentages.
//!
//! One scan finds every numeral ([`crate::number::next_numeral`]); each is
//! then classified by cheap, anchored checks of the words right around it:
//! qualifier before, range, unit or classifier after, role cues in the
//! clause before it. One copy of "qualifier + number (+ range) + unit"
//! serves all four kinds.
//!
//! This module reads what the kinds share: the numeral and the qualifier,
//! range and scale around it, the unit after it, and the order in which
//! the kinds are tried ([`classify`]). Each kind's cue tables and rules
//! live in its own module: [`money`], [`count`], [`area`], [`percent`];
//! [`region`] decides once per document which currency a plain 元 means.

#[cfg(test)]
#[macro_use]
mod testing;

mod area;
mod candidate;
mod count;
mod money;
mod money_role;
mod percent;
mod qualifier;
mod region;

use std::sync::LazyLock;

use rust_decimal::Decimal;

use crate::clause::{clause_start, in_short_quote};
use crate::fact::{Currency, FactData, PercentUnit, Qualifier};
use crate::number::{is_arabic, is_numeral_char, numeral_at, parse_number};
use crate::scan::{CharSet, Lexicon};

use area::area_units;
pub(crate) use area::{inherit_topic, topic_of};
use candidate::Candidate;
use count::is_classifier_start;
pub(crate) use count::{CountHead, inherit_carried};
use money::CURRENCIES;
pub(crate) use money::{CODE_CURRENCIES, classes_projects};
pub(crate) use money_role::refine_roles;
pub(crate) use percent::SPEED_CHANGES;
pub(crate) use region::{apply_currency, document_currency};

/// A quantity found in a sentence: byte range in the sentence and payload.
#[derive(Clone, Debug)]
pub(crate) struct FoundQuantity {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) data: FactData,
}

/// Forces the patterns of the kinds (tests call this so a bad pattern
/// fails early).
#[cfg(test)]
pub(crate) fn force() {
    money::force();
    area::force();
    percent::force();
    count::force();
}

/// What follows a number.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Unit {
    Money(Currency, usize),
    Area(&'static str, Decimal, usize),
    Percent(PercentUnit, usize),
    Classifier(usize),
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\t' | '\u{a0}')
}

fn skip_spaces(s: &str, mut i: usize) -> usize {
    while let Some(c) = s[i..].chars().next() {
        if !is_space(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

fn trim_spaces_end(s: &str) -> &str {
    s.trim_end_matches(is_space)
}

/// The trailing scale characters of a numeral (`亿` of `49.72亿`), as written.
fn scale_suffix(tok: &str) -> &str {
    let arabic = tok.chars().any(is_arabic);
    let keep = |c: char| {
        if arabic {
            matches!(c, '十' | '百' | '千' | '万' | '亿' | '萬' | '億')
        } else {
            matches!(c, '万' | '亿' | '萬' | '億')
        }
    };
    let cut = tok.trim_end_matches(keep).len();
    &tok[cut..]
}

/// 花了2亿4, 投了两亿四: the scale of a numeral that ends in one digit
/// after 亿 or 万 (2.4亿: the digit is the next place down), else "".
pub(super) fn spoken_scale(tok: &str) -> &str {
    let mut rev = tok.char_indices().rev();
    let last = rev.next().map(|(_, c)| c);
    let digit = last.is_some_and(|c| {
        matches!(c, '1'..='9' | '１'..='９') || "一二两三四五六七八九".contains(c)
    });
    match rev.next() {
        Some((at, k)) if digit && matches!(k, '亿' | '億' | '万' | '萬') => {
            &tok[at..at + k.len_utf8()]
        }
        _ => "",
    }
}

fn scale_value(suffix: &str) -> Option<Decimal> {
    Some(match suffix {
        "" => Decimal::ONE,
        "十" => Decimal::TEN,
        "百" => Decimal::ONE_HUNDRED,
        "千" => Decimal::ONE_THOUSAND,
        "万" | "萬" => Decimal::from(10_000),
        "亿" | "億" => Decimal::from(100_000_000),
        "兆" => Decimal::from(1_000_000_000_000_u64),
        _ => return parse_number(&format!("1{suffix}")),
    })
}

fn unit_at(s: &str, i: usize) -> Option<Unit> {
    let rest = &s[i..];
    let c = rest.chars().next()?;
    match c {
        '%' | '％' => return Some(Unit::Percent(PercentUnit::Percent, c.len_utf8())),
        '个' if rest.starts_with("个百分点") => {
            return Some(Unit::Percent(PercentUnit::Point, "个百分点".len()));
        }
        '百' if rest.starts_with("百分点") => {
            return Some(Unit::Percent(PercentUnit::Point, "百分点".len()));
        }
        _ => {}
    }
    // Most characters after a number start no unit: test the first one
    // before trying the words.
    if UNIT_STARTS.contains(c) {
        if let Some((end, k)) = UNIT_WORDS.match_at(s, i) {
            return Some(match k.checked_sub(CURRENCIES.len()) {
                None => Unit::Money(CURRENCIES[k].1, end - i),
                Some(a) => {
                    let (_, name, m2) = &area_units()[a];
                    Unit::Area(name, *m2, end - i)
                }
            });
        }
    }
    // Every classifier but 批次 is one character: the first in the table
    // that matches is 批次 when it is there, else `c` itself.
    if rest.starts_with("批次") {
        return Some(Unit::Classifier("批次".len()));
    }
    is_classifier_start(c).then(|| Unit::Classifier(c.len_utf8()))
}

/// The words of [`CURRENCIES`], then those of the area units: a currency
/// is tried first, each table in its order.
static UNIT_WORDS: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        CURRENCIES
            .iter()
            .map(|(w, _)| *w)
            .chain(area_units().iter().map(|(w, _, _)| *w)),
    )
});

/// The first characters of [`CURRENCIES`] and of the area units (checked
/// by a test).
static UNIT_STARTS: CharSet = CharSet::new("美欧歐港新台臺澳日英元人圆平公亩坪㎡mk");

/// Qualifier words right before a number.
const PREFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("不超过", Qualifier::Under),
    ("不低于", Qualifier::Over),
    ("不高于", Qualifier::Under),
    ("不多于", Qualifier::Under),
    ("不少于", Qualifier::Over),
    ("至少", Qualifier::Over),
    ("最多", Qualifier::Under),
    // 资助最高2亿港元: a cap.
    ("最高", Qualifier::Under),
    ("大约", Qualifier::Approx),
    ("超过", Qualifier::Over),
    ("不到", Qualifier::Under),
    ("不足", Qualifier::Under),
    ("不超", Qualifier::Under),
    ("接近", Qualifier::Approx),
    ("将近", Qualifier::Approx),
    ("约", Qualifier::Approx),
    ("近", Qualifier::Approx),
    ("超", Qualifier::Over),
    ("逾", Qualifier::Over),
    ("突破", Qualifier::Over),
    // Plain speech (差不多1200万, 大概2.1亿元) and headlines (年销售额过亿元,
    // 产值破亿元).
    ("差不多", Qualifier::Approx),
    ("大概", Qualifier::Approx),
    ("大致", Qualifier::Approx),
    ("过", Qualifier::Over),
    ("破", Qualifier::Over),
];

/// The last characters of [`PREFIX_QUALIFIERS`] (checked by a test).
static PREFIX_QUALIFIER_ENDS: CharSet = CharSet::new("过于少多约到足近超逾破概致高");

/// What an amount may be per between a bound and its number (不低于每亩).
const PER_UNITS: &[&str] = &["每亩", "每平方米", "每户", "每人", "每家", "每个", "每吨"];

/// Words that end in a one-character qualifier but are not one: the
/// character before it (签约, 附近, 赶超 …). 将近 and 接近 are in
/// [`PREFIX_QUALIFIERS`] as words of their own.
const NOT_A_QUALIFIER: &[(char, &str)] = &[
    ('约', "签履合预制条节契违解公邀誓相特婚践赴守立和"),
    ('近', "附最邻靠临亲贴就远挨迫逼"),
    ('超', "赶高"),
    ('逾', "不"),
];

/// One-character qualifiers of headlines that qualify only after the
/// noun of an amount (销售额过亿元, 产值破亿元, 营收过10亿); after a verb 过 is
/// its aspect (发生过两宗) and 破 a word's end (突破, 打破).
const AFTER_NOUNS_ONLY: &[(char, &str)] = &[
    ('过', "额值入收模量润税金本"),
    ('破', "额值入收模量润税金本"),
];

/// Whether the one-character qualifier that ends `b` is the end of a word
/// (签约5个项目: 约 is 签约's).
fn inside_a_word(b: &str, w: &str) -> bool {
    let mut cs = b[..b.len() - w.len()].chars();
    let (Some(q), Some(p)) = (w.chars().next(), cs.next_back()) else {
        return false;
    };
    w.chars().count() == 1
        && (NOT_A_QUALIFIER
            .iter()
            .any(|(c, before)| *c == q && before.contains(p))
            || AFTER_NOUNS_ONLY
                .iter()
                .any(|(c, nouns)| *c == q && !nouns.contains(p)))
}

/// Qualifier words right after a unit.
const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("左右", Qualifier::Approx),
    ("上下", Qualifier::Approx),
    ("及以上", Qualifier::Over),
    ("及以下", Qualifier::Under),
    ("以上", Qualifier::Over),
    ("以下", Qualifier::Under),
    ("以内", Qualifier::Under),
    ("多", Qualifier::Over),
    ("余", Qualifier::Over),
    // 2个亿出头: a little over.
    ("出头", Qualifier::Over),
];

/// The first characters of [`SUFFIX_QUALIFIERS`] (checked by a test).
static SUFFIX_QUALIFIER_STARTS: CharSet = CharSet::new("左上及以多余出");

/// Whether the last character of `s` is in `set`: the cheap test before a
/// list of words is tried with `ends_with`.
fn ends_in(s: &str, set: &CharSet) -> bool {
    s.chars().next_back().is_some_and(|c| set.contains(c))
}

/// Whether the first character of `s` is in `set`.
fn starts_in(s: &str, set: &CharSet) -> bool {
    s.chars().next().is_some_and(|c| set.contains(c))
}

/// A qualifier word right before a number: its class and byte length.
pub(super) fn prefix_qualifier(before: &str) -> Option<(Qualifier, usize)> {
    let b = trim_spaces_end(before);
    // 不低于每亩300万元: what the amount is per stands between the bound and
    // the number, and is part of the fact.
    let b = PER_UNITS
        .iter()
        .find_map(|u| b.strip_suffix(u))
        .filter(|rest| ends_in(rest, &PREFIX_QUALIFIER_ENDS))
        .unwrap_or(b);
    if !ends_in(b, &PREFIX_QUALIFIER_ENDS) {
        return None;
    }
    PREFIX_QUALIFIERS
        .iter()
        .find(|(w, _)| b.ends_with(w))
        .filter(|(w, _)| !inside_a_word(b, w))
        .map(|(w, q)| (*q, before.len() - b.len() + w.len()))
}

/// A qualifier word right after a unit: its class and byte length.
fn suffix_qualifier(after: &str) -> Option<(Qualifier, usize)> {
    if !starts_in(after, &SUFFIX_QUALIFIER_STARTS) {
        return None;
    }
    SUFFIX_QUALIFIERS
        .iter()
        .find(|(w, _)| after.starts_with(w))
        // 多家企业, 余下的: 多 and 余 that start a word of their own.
        .filter(|(w, _)| {
            !matches!(*w, "多" | "余")
                || !after[w.len()..].starts_with(|c: char| {
                    is_classifier_start(c) || crate::scan::one_of!("下额量款粮热数次种样元", c)
                })
        })
        .map(|(w, q)| (*q, w.len()))
}

/// The first characters of a range dash or of the inclusive mark before it.
static DASH_STARTS: CharSet = CharSet::new("(（—－–~～至到-");

fn range_dash(after: &str) -> Option<usize> {
    if !starts_in(after, &DASH_STARTS) {
        return None;
    }
    // 1万(含)-5万元: an inclusive mark may sit before the dash.
    let mut skip = 0;
    for m in ["(含)", "（含）"] {
        if after.starts_with(m) {
            skip = m.len();
        }
    }
    let after = &after[skip..];
    for d in ["——", "--", "—", "－", "–", "~", "～", "至", "到", "-"] {
        if after.starts_with(d) {
            return Some(skip + d.len());
        }
    }
    None
}

/// Start of the window in which cues for the number at `a` are looked for:
/// the clause start or the end of the previous quantity, whichever is later.
fn cue_window(s: &str, a: usize, prev_end: usize) -> &str {
    &s[clause_start(s, a).max(prev_end).min(a)..a]
}

/// A table of cue words matched as one alternation (longest first), so a
/// window is scanned once instead of once per word.
struct Cues<T: 'static> {
    lex: Lexicon,
    table: &'static [(&'static str, T)],
}

impl<T: Copy> Cues<T> {
    fn new(table: &'static [(&'static str, T)]) -> Cues<T> {
        let words: Vec<&'static str> = table.iter().map(|p| p.0).collect();
        Cues {
            lex: Lexicon::longest_first(&words),
            table,
        }
    }

    /// The cue that ends last in `window`, and how many bytes follow it.
    fn last(&self, window: &str) -> Option<(T, usize)> {
        let (_, end, k) = self.lex.find_iter(window).last()?;
        Some((self.table[k].1, window.len() - end))
    }

    /// The first cue in `text`.
    fn first(&self, text: &str) -> Option<T> {
        let (_, _, k) = self.lex.find_at(text, 0)?;
        Some(self.table[k].1)
    }
}

/// Finds the quantities of one sentence `s`, skipping numerals inside the
/// byte ranges `taken` (dates found before).
///
/// `numerals` lists the byte offsets of the numeral characters of `s`, in
/// order (from the extractor's shared pass over the sentence).
pub(crate) fn find_quantities(
    s: &str,
    numerals: &[usize],
    taken: &[(usize, usize)],
    out: &mut Vec<FoundQuantity>,
) {
    let mut resume = 0;
    let first = out.len();
    let mut from = 0;
    for &a in numerals {
        if a < from {
            continue;
        }
        let Some(mut b) = numeral_at(s, a) else {
            continue;
        };
        b = spaced_end(s, a, b);
        from = b;
        // 七十百分位: the 百 belongs to 百分.
        if b - a > '百'.len_utf8() && s[..b].ends_with('百') && s[b..].starts_with('分') {
            b -= '百'.len_utf8();
        }
        if a < resume || overlaps(taken, a, b) {
            continue;
        }
        let prev = out[first..].last();
        if let Some(mut q) = classify(s, a, b, prev, taken) {
            count::inherit_head(s, &mut q, &out[first..]);
            resume = q.end;
            out.push(q);
        }
    }
}

/// 亿元以上项目, 千万元及以上, 超亿元项目: a scale word alone before 元 that
/// bounds an amount is one of that scale (亿元以上 is "1亿元 or more"); the
/// bound (以上 after, 超/逾/超过 before) gives the qualifier as for any amount.
/// Anywhere else a scale alone (投资亿元, 上亿元) is no amount.
fn lone_scale(s: &str, a: usize, b: usize) -> Option<Decimal> {
    let tok = &s[a..b];
    if !tok.starts_with(['百', '千', '万', '亿']) {
        return None;
    }
    let after = &s[b..];
    let before = trim_spaces_end(&s[..a]);
    let bounded = ["元以上", "元及以上"].iter().any(|w| after.starts_with(w))
        || ((before.ends_with(['超', '逾']) || before.ends_with("超过") || headline_over(before))
            && after.starts_with('元'));
    if !bounded {
        return None;
    }
    parse_number(&format!("一{tok}"))
}

/// Whether `before` ends in 过 or 破 after the noun of an amount (销售额过,
/// 产值破; not 打破, 发生过): see [`AFTER_NOUNS_ONLY`].
fn headline_over(before: &str) -> bool {
    ["过", "破"]
        .iter()
        .any(|w| before.ends_with(w) && !inside_a_word(before, w))
}

/// Whether `[a, b)` overlaps one of the sorted, disjoint ranges `taken`.
fn overlaps(taken: &[(usize, usize)], a: usize, b: usize) -> bool {
    let i = taken.partition_point(|&(_, y)| y <= a);
    taken.get(i).is_some_and(|&(x, _)| x < b)
}

/// Whether the numeral `tok` after `before` is a vague number that gives
/// no amount: a scale after 数 or 几 (数十个, 几百万元, 数千人) or after 上
/// (上百家, 上千人, 上亿元; not 以上: 亿元以上百强).
fn vague_before(before: &str, tok: &str) -> bool {
    tok.starts_with(['十', '百', '千', '万', '亿', '萬', '億'])
        && (before.ends_with(['数', '几', '幾'])
            || (before.ends_with('上') && !before.ends_with("以上")))
}

/// 五六个, 两三万元, 十二三个, 一百二三十万元: two neighbouring Chinese
/// digits are a range (5–6, 2–3万, 12–13, 120–130万), read as the numeral
/// written with each of them.
fn neighbour_digits(tok: &str) -> Option<(Decimal, Decimal)> {
    let digit = |c: char| crate::number::digit_value(c).filter(|_| !is_arabic(c));
    let (i, x) = tok.char_indices().find(|&(i, c)| {
        digit(c).is_some()
            && tok[i + c.len_utf8()..]
                .chars()
                .next()
                .and_then(digit)
                .is_some()
    })?;
    let (prefix, pair) = tok.split_at(i);
    let mut chars = pair.chars();
    let y = chars.nth(1)?;
    let rest = chars.as_str();
    let (dx, dy) = (digit(x)?, digit(y)?);
    let scale = |c: char| match c {
        '十' => Some(1),
        '百' => Some(2),
        '千' => Some(3),
        '万' | '萬' => Some(4),
        '亿' | '億' => Some(8),
        _ => None,
    };
    // 三五百万元: 三五 is "three to five", as 五六 is "five or six".
    if dx == 0
        || !(dy == dx + 1 || (dx, dy) == (3, 5) && prefix.is_empty())
        || !rest.chars().all(|c| scale(c).is_some())
    {
        return None;
    }
    if prefix.is_empty() {
        let scale = scale_value(rest)?;
        return Some((
            Decimal::from(dx).checked_mul(scale)?,
            Decimal::from(dy).checked_mul(scale)?,
        ));
    }
    // After a scale (十二三, 三万五六千): the scale after the pair is lower
    // than the one before it, or 万/亿 over all (十二三万); 十二三十 is no
    // numeral.
    let last = prefix.chars().next_back().and_then(scale)?;
    let first = rest.chars().next().and_then(scale);
    if prefix.chars().any(is_arabic) || first.is_some_and(|f| f >= last && (f < 4 || f == last)) {
        return None;
    }
    let lo = parse_number(&format!("{prefix}{x}{rest}"))?;
    let hi = parse_number(&format!("{prefix}{y}{rest}"))?;
    (hi > lo).then_some((lo, hi))
}

/// Words between two items of a list (分别增长5%、8%和10%).
fn is_list_gap(w: &str) -> bool {
    !w.trim_matches(is_space).is_empty()
        && w.chars()
            .all(|c| is_space(c) || matches!(c, '、' | '和' | '及' | '与' | '或'))
}

/// Whether anything that makes a numeral a fact can follow it: a unit, a
/// classifier, 余/多, a scale, a range dash, a list, 成; or the numeral
/// ends in 万/亿 (a bare-scale amount). Most numerals in prose (一些, 统一)
/// fail this test before any parsing.
fn may_be_fact(s: &str, a: usize, b: usize) -> bool {
    let tok = &s[a..b];
    if tok.ends_with(['万', '亿', '萬', '億'])
        || !spoken_scale(tok).is_empty()
        || trim_spaces_end(&s[..a]).ends_with('之') && percent::share_word(&s[..a]).is_some()
        || money::sign_before(s, a).is_some()
        || money::word_before(s, a).is_some()
    {
        return true;
    }
    let Some(c) = s[skip_spaces(s, b)..].chars().next() else {
        return false;
    };
    matches!(
        c,
        '%' | '％'
            | '成'
            | '余'
            | '多'
            | '来'
            | '万'
            | '亿'
            | '萬'
            | '億'
            | '兆'
            | '千'
            | '百'
            | '—'
            | '－'
            | '–'
            | '~'
            | '～'
            | '至'
            | '到'
            | '-'
            | '、'
            | '和'
            | '及'
            | '与'
            | '美'
            | '欧'
            | '港'
            | '日'
            | '英'
            | '元'
            | '圆'
            | '人'
            | '平'
            | '公'
            | '亩'
            | '坪'
            | '㎡'
            | 'm'
            | 'k'
    ) || UNIT_STARTS.contains(c)
        || is_classifier_start(c)
}

/// 分别高出2.6个、2.5个百分点: a list shares the unit of its last item. The
/// unit at `i` (`unit`, none or a bare 个) becomes that percentage unit,
/// of length 0 (or that of the 个).
fn list_unit(s: &str, i: usize, unit: Option<Unit>) -> Option<Unit> {
    if unit.is_some() && (unit != Some(Unit::Classifier("个".len())) || !s[i..].starts_with("个"))
    {
        return unit;
    }
    let j = if unit.is_some() { i + "个".len() } else { i };
    let Some(sep) = ["、", "和", "及", "与"]
        .iter()
        .find(|w| s[j..].starts_with(**w))
    else {
        return unit;
    };
    let k = skip_spaces(s, j + sep.len());
    let Some(e2) = numeral_at(s, k) else {
        return unit;
    };
    let l = skip_spaces(s, e2);
    match unit_at(s, l) {
        Some(Unit::Percent(pu, _)) => Some(Unit::Percent(pu, j - i)),
        _ => unit,
    }
}

/// 一 百 五 十, 四点 五, 百分之五 十, 一 百二 十点 五: a numeral in Chinese
/// numerals written with gaps (a layout that spaces characters out) goes
/// on across them while [`parse_number`] reads the whole, that is while a
/// scale word or 点 stands next to each gap (五 十, 四点 五; not 一 二).
/// Arabic digits never go on across a gap (2023 年 5 月, 20 25), and a gap
/// is at most three spaces. Returns where the numeral at `[a, b)` ends.
fn spaced_end(s: &str, a: usize, mut b: usize) -> usize {
    let chinese = |c: char| is_numeral_char(c) && !is_arabic(c) || matches!(c, '点' | '點');
    loop {
        if !s[..b].chars().next_back().is_some_and(chinese) {
            return b;
        }
        // 十点 五: the numeral stopped before a point with a gap after it.
        let p = match s[b..].chars().next() {
            Some(c @ ('点' | '點')) => b + c.len_utf8(),
            _ => b,
        };
        let g = skip_spaces(s, p);
        let Some(c) = s[g..].chars().next().filter(|c| chinese(*c)) else {
            return b;
        };
        if g == p || s[p..g].chars().count() > 3 || p > b && matches!(c, '点' | '點') {
            return b;
        }
        // 四 点 五: a point between two gaps.
        let at = if matches!(c, '点' | '點') {
            skip_spaces(s, g + c.len_utf8())
        } else {
            g
        };
        let e = match numeral_at(s, at) {
            Some(e) if !s[at..e].starts_with(is_arabic) => e,
            _ => return b,
        };
        if parse_number(&s[a..e]).is_none() {
            return b;
        }
        b = e;
    }
}

/// Whether the numeral at `[a, b)` is a piece of a number written with a
/// space inside its decimal point or its digits that [`spaced_end`] could
/// not read as one (百分之五 六, a piece after 四点 ): read alone it would
/// be a wrong number, so it gives none.
fn spaced_apart(s: &str, a: usize, b: usize) -> bool {
    let before = &s[..a];
    let head = before.trim_end_matches([' ', '\u{3000}']);
    let gap_before = head.len() < before.len();
    let point = |t: &str| t.ends_with(['点', '點']);
    if gap_before && point(head) {
        let lead = &head[..head.len() - '点'.len_utf8()];
        if lead.chars().next_back().is_some_and(is_numeral_char) {
            return true;
        }
    }
    let after = &s[b..];
    let tail = after.trim_start_matches([' ', '\u{3000}']);
    // Only a number written in Chinese numerals goes on after a gap (五 十);
    // Arabic digits take a scale written apart (5 千万元, 1000 千瓦).
    let chinese_before = s[a..b].chars().next_back().is_some_and(|c| !is_arabic(c));
    if tail.len() == after.len() || !chinese_before {
        return false;
    }
    let mut chars = tail.chars();
    match chars.next() {
        Some('点' | '點') => chars.next().is_some_and(is_numeral_char),
        // A Chinese digit after the gap continues the number (五 十);
        // Arabic digits after a space are a new number (2023 年 5 月), and
        // a scale is read with the number (1000 万, 二十 億).
        Some(c) => {
            crate::scan::one_of!("〇零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟", c)
        }
        None => false,
    }
}

/// Classifies the numeral at `[a, b)`: reads what is around it (see
/// [`Candidate`]) and hands it to the rules of the kind its unit names.
/// 百分之 and 成 make percentages before any unit is read.
fn classify(
    s: &str,
    a: usize,
    b: usize,
    prev: Option<&FoundQuantity>,
    taken: &[(usize, usize)],
) -> Option<FoundQuantity> {
    let (mut c, share) = Candidate::read(s, a, b, prev)?;
    if spaced_apart(s, a, b) || crate::number::thousands_apart(s, a, b) {
        return None;
    }
    if let Some((word, places, len)) = share {
        // 百分之15K, 百分之3.2k, 百 分 之 52.5 k: a letter glued to the
        // number (or a lone one after a gap) scales it or names a code;
        // SPEC reads no such suffix, so no percentage.
        let letter = crate::number::is_latin_letter;
        let mut after = s[skip_spaces(s, b)..].chars();
        let glued = s[b..].chars().next().is_some_and(letter);
        if glued || after.next().is_some_and(letter) && !after.next().is_some_and(letter) {
            return None;
        }
        // 五百分之2.2, 三千分之, 百万分之: a numeral before 百分之 makes it a
        // share of another whole, which is no percentage.
        let head = &s[..a - len];
        if head.chars().next_back().is_some_and(is_numeral_char) {
            return None;
        }
        return percent::written_out(&mut c, word, places);
    }
    if let Some(at) = percent::tenths_at(s, b, c.tok) {
        return percent::tenths(&c, at);
    }
    let (i, scale_tok, scale_words) = c.read_to_unit(taken)?;
    let unit = match unit_at(s, i) {
        None | Some(Unit::Classifier(_)) if s[i..].starts_with(['个', '百']) => {
            percent::spaced_point(s, i).or_else(|| unit_at(s, i))
        }
        unit => unit,
    };
    let unit = list_unit(s, i, unit);
    // Names and slogans in quotes (“36524”, “四个一”) and titles (《…十条
    // 措施》) are not counts; a quoted amount with its unit (“5.5%左右”)
    // still is a fact.
    if !matches!(
        unit,
        Some(Unit::Money(..) | Unit::Percent(..) | Unit::Area(..))
    ) && (in_short_quote(s, a, b) || crate::clause::in_title(s, a, b))
    {
        return None;
    }
    // ¥300, HK$20万: a currency sign before the numeral makes it money.
    let sign = money::sign_before(s, c.a);
    if let Some((at, _, _)) = sign {
        if c.start == c.a {
            c.start = at;
        }
    }
    // 人民幣3.14, 美元5000万: a currency name before an amount without a
    // unit names its currency, and the name is part of the fact.
    let named = match unit {
        None if sign.is_none() => money::word_before(s, c.a).filter(|_| money::ends_bare(s, i)),
        _ => None,
    };
    if let Some((at, _, _)) = named {
        if c.start == c.a {
            c.start = at;
        }
    }
    let (end, data) = match unit {
        None if sign.is_some() => money::after_sign(&c, i, &scale_words, sign?)?,
        None if named.is_some() => money::after_sign(&c, i, &scale_words, named?)?,
        Some(Unit::Percent(pu, n)) => percent::with_unit(&mut c, i + n, pu),
        Some(Unit::Money(currency, n)) => {
            money::with_unit(&mut c, i, i + n, currency, scale_tok, &scale_words)?
        }
        Some(Unit::Area(name, m2, n)) => area::with_unit(&mut c, i + n, name, m2)?,
        Some(Unit::Classifier(n)) => {
            let kuai = if s[i..].starts_with('块') {
                money::kuai(&mut c, i + n)
            } else if s[i..].starts_with(['个', '個']) {
                money::word_before(s, c.a).and_then(|w| money::named_ge(&mut c, i + n, w))
            } else {
                None
            };
            match kuai {
                Some(found) => found,
                None => count::with_classifier(&c, i + n, &s[i..i + n])?,
            }
        }
        // 投资120亿, 总投资达6000万: a bare scale may be money.
        None => money::bare_scale(&c, i, &scale_words)?,
    };
    Some(c.finish(end, data))
}

/// The low end of a range `lo_tok`–`hi_tok` whose unit (after `hi_tok`)
/// serves both; `value` is `lo_tok`'s value. The low end takes the high
/// end's scale only when it has none of its own: `30至50亿元` is 30亿–50亿,
/// `3000万至2亿元` keeps 万. A low end that is the larger number unscaled is
/// read as written when it is plainly in the unit below the scale
/// (`8500到3万元`: 8500–30000, a low end of at least a tenth of the
/// scale), else the pair is no range (`50至30亿元`, `3至2.5万元`: `None`;
/// each number is then read on its own, the low end with no unit is none).
fn range_low(lo_tok: &str, value: Decimal, hi_tok: &str) -> Option<Decimal> {
    let suffix = scale_suffix(hi_tok);
    if !scale_suffix(lo_tok).is_empty() || suffix.is_empty() {
        return Some(value);
    }
    let scale = scale_value(suffix)?;
    let hi_core = parse_number(&hi_tok[..hi_tok.len() - suffix.len()])?;
    if value < hi_core {
        return value.checked_mul(scale);
    }
    (value >= scale / Decimal::TEN).then_some(value)
}

/// 6%-6.5%, 200亿元-250亿元: a second number with the same unit after a
/// dash. Returns its value and where it ends.
fn range_after(
    s: &str,
    end: usize,
    tok: &str,
    same: impl Fn(Unit) -> bool,
) -> Option<(Decimal, usize)> {
    let d = range_dash(&s[end..])?;
    let j = skip_spaces(s, end + d);
    let e2 = numeral_at(s, j)?;
    let t2 = &s[j..e2];
    let k = skip_spaces(s, e2);
    let u = unit_at(s, k)?;
    if !same(u)
        || scale_suffix(tok).is_empty() != scale_suffix(t2).is_empty()
            && !matches!(u, Unit::Money(..))
    {
        return None;
    }
    let n = match u {
        Unit::Money(_, n) | Unit::Area(_, _, n) | Unit::Percent(_, n) | Unit::Classifier(n) => n,
    };
    Some((parse_number(t2)?, k + n))
}

/// Drops trailing zeros (`1250000000.0` → `1250000000`), as the JSON contract wants.
fn normalize(d: &mut FactData) {
    let n = |v: &mut Decimal| *v = v.normalize();
    match d {
        FactData::Money(m) => {
            n(&mut m.value);
            m.upper.as_mut().map(n);
        }
        FactData::Count(c) => {
            n(&mut c.value);
            c.upper.as_mut().map(n);
        }
        FactData::Area(x) => {
            n(&mut x.value);
            n(&mut x.amount);
            x.upper.as_mut().map(n);
        }
        FactData::Percent(p) => {
            n(&mut p.value);
            p.upper.as_mut().map(n);
        }
        _ => {}
    }
}

fn set_qualifier(d: &mut FactData, q: Qualifier) {
    match d {
        FactData::Money(m) => m.qualifier = q,
        FactData::Count(c) => c.qualifier = q,
        FactData::Area(x) => x.qualifier = q,
        FactData::Percent(p) => p.qualifier = q,
        _ => {}
    }
}

#[cfg(test)]
mod tests;
