//! The subject of an amount or a percentage (what it measures) and the fact
//! a percentage is the change of.
//!
//! The subject is read from the words before the number in its clause
//! (总投资49.72亿元 → 总投资), with the verbs, adverbs and comparison phrases
//! around them dropped (全年实现规模以上工业总产值 → 规模以上工业总产值;
//! 比上年同期下降 → nothing). A percentage with no words of its own takes
//! the subject of the quantity it follows in the sentence
//! (实际到位资金389.29亿元，同比增长10.17%): when it is a change
//! (增长, 下降 …) of a money or count fact, that fact is its `of`. A list
//! heading before a colon (投资增速前二名：中卫市增长36.4%) names the
//! subject of the items after it. A percentage followed by 的 and a noun
//! (53%的可治理沙化土地) measures that noun.
//!
//! This module reads the window before a number and its subject words, and
//! the subjects of money, counts and areas; those of percentages, and the
//! fact a change is of, are in `percent`.

use crate::clause::boundary_back;
use crate::fact::{FactData, Qualifier};
use crate::number::is_arabic;
use crate::scan::{is_han, short_find};

/// A fact of the sentence being read, at its byte range in the sentence.
#[derive(Debug)]
pub(crate) struct Placed {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) id: usize,
    pub(crate) data: FactData,
}

/// Characters that end the window a subject is looked for in.
fn is_window_break(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '；'
            | ';'
            | '：'
            | ':'
            | '。'
            | '！'
            | '？'
            | '!'
            | '?'
            | '、'
            | '\n'
            | '“'
            | '”'
            | '"'
            | '【'
            | '】'
            | '|'
            | '｜'
    )
}

/// Change words: a percentage with one of these right before it is a
/// change, and may be the change of the quantity before it.
const CHANGES: &[&str] = &[
    "增长", "增加", "下降", "减少", "提高", "降低", "上升", "回落", "下滑", "上涨", "下跌", "涨",
    "跌", "增幅", "降幅", "增速", "收窄", "扩大", "攀升", "回升", "缩减", "增产", "减产",
    // Taiwan and Hong Kong usage: 成长 (growth), 衰退 (decline).
    "成长", "衰退", // Financial news.
    "升幅", "涨幅", "跌幅", "飙升", "下挫", "暴跌", "大涨", "大跌", "锐减", "贬值", "升值",
    // A price above or below a base.
    "溢价", "折价",
];

/// Words that, ending a window, leave no subject: the number is an object
/// of a preposition (以3733万元竞得) or a share of a list.
const NO_SUBJECT_ENDS: &[&str] = &[
    "以", "用", "按", "从", "向",
    // Plain speech: the verb is all there is (又投了八千万, 砸下10个亿).
    "投了", "投个", "投下", "砸下", "砸了", "砸进", "花了", "贷了", "再投", "又投", "追投", "共投",
    "拟投", "做了",
];

/// Place-name endings: a window that is only a place (中卫市增长) names where,
/// not what.
const PLACE_ENDS: &[char] = &['市', '县', '区', '省', '镇', '乡', '村', '州', '旗'];

/// Ranking words of a list heading (投资增速前二名).
const RANKINGS: &[&str] = &["前", "后", "排名"];

/// A subject: its byte range in the sentence.
type Range = (usize, usize);

/// Sets `subject` on every money and percent fact of the sentence `s`, and
/// `of` on the percentages that are the change of a money or count fact
/// (the subjects as they read in `s`; the extractor uses [`attach_with`]).
mod comparison;
mod labels;
mod money;
mod openings;
mod percent;
use comparison::cut_comparison;
use openings::{after_opening, is_per_unit, skip_anaphoric_name};
mod words;
use labels::{SCOPE_NOTES, closing_brackets, heading_subject, label_before, quoted_before};
use money::money_subject;
use percent::percent_subject;
use words::{
    LEADING, LEADING_WORDS, NOT_SUBJECTS, OBJECT_VERBS, after_relative, in_a_word, trailing_word,
};

#[cfg(test)]
pub(crate) fn attach(s: &str, facts: &mut [Placed]) {
    attach_with(s, facts, |a, b| s.get(a..b).unwrap_or_default().to_string());
}

/// Like [`attach`], with `written(a, b)` giving the subject for the byte
/// range `a..b` of `s`: the caller can map it back to the words as written
/// in the original input (總投資, not the cleaned 总投资).
pub(crate) fn attach_with(
    s: &str,
    facts: &mut [Placed],
    mut written: impl FnMut(usize, usize) -> String,
) {
    let mut subjects: Vec<Option<Range>> = Vec::with_capacity(facts.len());
    let mut ofs = Vec::with_capacity(facts.len());
    for i in 0..facts.len() {
        let (subject, of) = match facts[i].data {
            FactData::Money(_) => (money_subject(s, facts, &subjects, i), None),
            // A change in points (提高4.2个百分点) is of a rate, never of
            // an amount: no `of`.
            FactData::Percent(ref p) => {
                let (subject, of) = percent_subject(s, facts, &subjects, &ofs, i);
                (
                    subject,
                    of.filter(|_| p.unit != crate::fact::PercentUnit::Point),
                )
            }
            _ => (None, None),
        };
        subjects.push(subject.and_then(|r| after_dates(s, facts, r)));
        ofs.push(of);
    }
    // 以每亩50万元和68万元的地价: an amount listed before one whose subject
    // follows it shares that subject.
    for i in (0..facts.len().saturating_sub(1)).rev() {
        let next = subjects[i + 1].filter(|r| r.0 >= facts[i + 1].end);
        if subjects[i].is_none()
            && matches!(facts[i].data, FactData::Money(_))
            && matches!(facts[i + 1].data, FactData::Money(_))
            && list_previous(s, facts, i + 1) == Some(i)
        {
            subjects[i] = next;
        }
    }
    for (i, (subject, of)) in subjects.into_iter().zip(ofs).enumerate() {
        let text = subject.map(|(a, b)| written(a, b));
        match &mut facts[i].data {
            FactData::Money(m) => m.subject = text,
            FactData::Percent(p) => {
                p.subject = text;
                p.of = of;
            }
            _ => {}
        }
    }
}

/// Subject `r` without the date it starts in (2024年前三季度地区生产总值 →
/// 地区生产总值): a period is when, not what, is measured. `None` when
/// fewer than two characters are left.
fn after_dates(s: &str, facts: &[Placed], r: Range) -> Option<Range> {
    let mut a = r.0;
    for f in facts {
        if matches!(f.data, FactData::Date(_)) && f.start <= a && a < f.end {
            a = f.end;
        }
    }
    if a == r.0 {
        return Some(r);
    }
    // The scope that now opens it goes as it does at a window's start
    // (全县地区生产总值 → 地区生产总值); 一季度完成: what is left may be
    // only a verb.
    let rest = after_place(s.get(a..r.1)?);
    let word = LEADING.contains(&rest) || trailing_word(rest) == Some(rest);
    (rest.chars().nth(1).is_some() && !word)
        .then(|| range_of(s, rest))
        .flatten()
}

/// The byte range of `w`, a slice of `s`, in `s`.
fn range_of(s: &str, w: &str) -> Option<Range> {
    let a = (w.as_ptr() as usize).checked_sub(s.as_ptr() as usize)?;
    let b = a + w.len();
    (b <= s.len() && s.is_char_boundary(a) && s.is_char_boundary(b) && a < b).then_some((a, b))
}

/// The window before fact `i`: from the last break (or the end of the
/// previous fact, whichever is later) to its start.
fn window<'s>(s: &'s str, facts: &[Placed], i: usize) -> (usize, &'s str) {
    let a = facts[i].start;
    // Dates do not end the window: 2021年产值 and 比上年同期 are read whole.
    let prev_end = facts[..i]
        .iter()
        .rev()
        .find(|f| f.end <= a && !matches!(f.data, FactData::Date(_)))
        .map_or(0, |f| f.end);
    let floor = floor_of(s, a);
    let last_break = |to: usize| {
        s[floor..to]
            .char_indices()
            .rev()
            .find(|&(_, c)| is_window_break(c))
            .map(|(j, c)| (floor + j, c))
    };
    let mut found = last_break(a);
    // “一网通办”率达到98.5%: a short quoted term glued to the words after it
    // is part of them; the window runs on before its opening quote.
    if let Some((j, '”')) = found {
        let glued = s[j + '”'.len_utf8()..a].starts_with(is_han);
        let open = s[floor..j].rfind('“').map(|o| floor + o);
        if let Some(o) = open.filter(|&o| glued && s[o..j].chars().count() <= 9) {
            found = last_break(o);
        }
    }
    // 电子信息、生物医药产业产值: short items listed with 、 before the
    // words are part of them.
    while let Some((j, '、')) = found {
        let before = last_break(j);
        let item = &s[before.map_or(floor, |(k, c)| k + c.len_utf8())..j];
        if !is_list_item(item) || j <= prev_end {
            break;
        }
        found = before;
    }
    let from = found.map_or(floor, |(j, c)| j + c.len_utf8()).max(prev_end);
    (from, &s[from.min(a)..a])
}

/// Whether `item`, before a 、 in a window, is one item of a list of
/// names (电子信息, 生物医药, 汽车): a few Han characters.
fn is_list_item(item: &str) -> bool {
    (1..=6).contains(&item.chars().count()) && item.chars().all(is_han)
}

/// Whether `w` ends in a one-character verb of plain speech about money
/// after an adverb or a time (一年做了一个多亿, 还亏了七八十万, 前前后后花了2个亿):
/// a deed, which names no quantity (倒亏, 净赚 are words of their own).
fn ends_in_plain_verb(w: &str) -> bool {
    let mut cs = w.chars().rev();
    let (Some(v), Some(p)) = (cs.next(), cs.next()) else {
        return false;
    };
    let adverb = crate::scan::one_of!("还又再也就都才共年月后已经", p);
    // 做 and 干 after a noun too (企业做到); not 若干, 骨干, 主干, 树干.
    (crate::scan::one_of!("做干", v) && !crate::scan::one_of!("若骨主树", p))
        || (crate::scan::one_of!("花亏赚挣赔借欠砸投掏卖", v) && adverb)
}

/// Whether `w` holds an amount of its own that something is done to (从三五百万
/// 干到: a numeral and its scale, then a verb), which no subject does; a
/// measure in a name (年产5万吨…项目总投资) stays.
fn holds_amount(w: &str) -> bool {
    w.char_indices().any(|(j, c)| {
        matches!(c, '万' | '亿' | '萬' | '億')
            && w[j + c.len_utf8()..].starts_with(['干', '做', '到', '和', '及'])
            && w[..j].chars().next_back().is_some_and(|p| {
                p.is_ascii_digit()
                    || crate::number::digit_value(p).is_some()
                    || "十百千".contains(p)
            })
    })
}

/// The subject words of `w` (the window before a number), or `None`.
fn words_of(w: &str) -> Option<&str> {
    let mut w = cut_comparison(w.trim());
    // 前前后后花了, 再投个: a deed, before its verb goes with the trailing
    // words (装修花了 → 装修).
    if ends_in_plain_verb(w.trim_end_matches(['了', '个'])) {
        return None;
    }
    loop {
        let before = w.len();
        // 收入有20亿元, 工钱就有: a bare 有 of having ends no subject; 持有,
        // 拥有 keep it.
        match w.strip_suffix('有') {
            Some(h) if !h.ends_with(|c| crate::scan::one_of!("持拥具占享现所没含共还只", c)) =>
            {
                w = h;
            }
            _ => {}
        }
        if let Some(t) = trailing_word(w) {
            // 完成63.5% (a completion rate): 完成 alone names what is
            // measured; after other words (主体工程已完成60%) it goes.
            if t == "完成" && w.len() == t.len() {
                break;
            }
            w = &w[..w.len() - t.len()];
        }
        w = trim_date_end(w.trim_end());
        if w.len() == before {
            break;
        }
    }
    // 政府性基金预算收入按下降3%安排: what is planned at a rate, before 按.
    if let Some(head) = w.strip_suffix('按').filter(|h| h.chars().count() >= 4) {
        w = head;
    }
    // 用 ends 费用, 使用 and the like as nouns (额外费用): only 用 alone is
    // the preposition (用3亿元).
    let noun_yong = w.ends_with('用')
        && w[..w.len() - '用'.len_utf8()]
            .ends_with(['费', '使', '占', '信', '作', '采', '应', '利']);
    if !noun_yong && NO_SUBJECT_ENDS.iter().any(|e| w.ends_with(e)) {
        return None;
    }
    let w = after_owner(after_place(after_opening(after_date(cut_leading(
        after_relative(w),
    )))));
    // 16.21元/股至19.05元/股: the rest of a price per unit is no subject.
    if w.starts_with(['/', '／']) {
        return None;
    }
    // 报价利率（LPR）为3.45%: a bracket the window opens but does not close
    // ends the subject.
    // One that opens the window holds it (（下浮率约7.6%）: 下浮率).
    let w = match w.rfind(['（', '(']) {
        Some(k) if !w[k..].contains(['）', ')']) => match w[..k].trim() {
            "" => &w[k..],
            _ => &w[..k],
        },
        _ => w,
    };
    // 固定资产投资（不含农户）: a note of scope in brackets after the subject
    // is no part of it; an abbreviation (报价利率（LPR）) is kept whole.
    let (w, bracketed) = match closing_brackets(w) {
        Some((k, inner)) if SCOPE_NOTES.iter().any(|n| inner.starts_with(n)) => (&w[..k], false),
        Some(_) => (w, true),
        None => (w, false),
    };
    let w = w
        .trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '，' | ',' | '的' | '（' | '(' | '）' | ')')
        })
        .trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, '，' | ',' | '的' | '（' | '(')
                || !bracketed && matches!(c, '）' | ')')
        });
    if w.chars().count() < 2
        || is_place(w)
        || is_duration(w)
        || is_per_unit(w)
        || NOT_SUBJECTS.contains(&w)
        || ends_in_plain_verb(w)
        || holds_amount(w)
    {
        return None;
    }
    Some(w)
}

/// `w` after the last date in it (北京4月纯商品住宅成交 → 纯商品住宅成交,
/// 西藏2021年GDP完成度 → GDP完成度), when two characters follow.
fn after_date(w: &str) -> &str {
    let mut best = 0;
    let mut digits_end = None;
    for (j, c) in w.char_indices() {
        if is_arabic(c) || matches!(c, '—' | '-' | '－') {
            digits_end = Some(j + c.len_utf8());
            continue;
        }
        if let Some(d) = digits_end.take() {
            if d == j {
                let rest = &w[j..];
                if let Some(u) = ["年度", "年", "月份", "月", "季度"]
                    .iter()
                    .find(|u| rest.starts_with(*u))
                {
                    let mut k = j + u.len();
                    for tail in ["末", "底", "初", "以来"] {
                        if w[k..].starts_with(tail) {
                            k += tail.len();
                        }
                    }
                    if w[k..].chars().count() >= 2 {
                        best = k;
                    }
                }
            }
        }
    }
    &w[best..]
}

/// Words that end the name of a company.
const OWNER_ENDS: &[&str] = &["有限公司", "公司", "集团"];

/// 山东某食品有限公司投资, 在县经济开发区投资: what is measured comes after
/// the company named before it (a name of at least three characters before
/// its last word) or after the place a locative 在/于 opens. Projects and
/// works before a measure stay (配套工程投资, 一期项目总投资: the kind of
/// investment).
fn after_owner(w: &str) -> &str {
    let mut cut = 0;
    for o in OWNER_ENDS {
        if let Some(k) = crate::scan::short_rfind(w, o) {
            let end = k + o.len();
            // An alias in brackets after the name (…公司（以下简称…）) is
            // still the name.
            // 归属于上市公司股东的净利润: the company's shareholders' profit
            // is one quantity.
            let alias = w[end..].starts_with(['（', '(']) || w[end..].starts_with("股东");
            if w[..k].chars().count() >= 3 && w[end..].chars().count() >= 2 && !alias {
                cut = cut.max(end);
            }
        }
    }
    if w.starts_with(['在', '于']) {
        if let Some((j, c)) = w
            .char_indices()
            .rev()
            .find(|&(_, c)| crate::scan::one_of!("区县市镇乡园城", c))
        {
            let end = j + c.len_utf8();
            if w[end..].chars().count() >= 2 {
                cut = cut.max(end);
            }
        }
    }
    &w[cut..]
}

/// The park or company an article is about, opening a subject (园区技术合同
/// 成交额, 公司在手订单金额): where, or whose, not what (as 全市 is).
/// Not 工业园区产值 or 产业园区产值, the output of a kind of park.
const UNITS_SPOKEN_OF: &[&str] = &[
    "园区",
    "开发区",
    "高新区",
    "经开区",
    "示范区",
    "公司",
    "集团",
];

/// `w` without a place, a scope word or the unit spoken of before the
/// subject (全区实际到位资金, 银川市（不含宁东）计划投资 → 计划投资, 园区技术合同
/// 成交额 → 技术合同成交额), when two characters follow.
fn after_place(w: &str) -> &str {
    if let Some(u) = UNITS_SPOKEN_OF.iter().find(|u| w.starts_with(*u)) {
        let rest = &w[u.len()..];
        if rest.chars().nth(1).is_some() && !rest.starts_with(['的', '（', '(']) {
            return rest;
        }
    }
    let mut chars = w.char_indices();
    let scope = matches!(
        (chars.next(), chars.next()),
        (
            Some((_, '全')),
            Some((_, '区' | '市' | '省' | '国' | '县' | '州' | '镇' | '乡'))
        ) | (
            Some((_, '我' | '本')),
            Some((_, '国' | '省' | '市' | '区' | '县'))
        )
    );
    let mut cut = if scope { 2 * '全'.len_utf8() } else { 0 };
    if !scope {
        if let Some((j, c)) = w
            .char_indices()
            .skip(2)
            .take(3)
            .find(|&(_, c)| PLACE_ENDS.contains(&c))
        {
            let prev = w[..j].chars().last().unwrap_or(' ');
            // 省级, 市场, 区域, 市外资金: the place character starts
            // another word; 上市, 超市, 股市, 楼市, 夜市: it ends one that
            // is no place (归属于上市公司股东的净利润).
            let rest = &w[j + c.len_utf8()..];
            let next = rest.chars().next().unwrap_or(' ');
            let outside = rest.starts_with("外资") || rest.starts_with("内资");
            let market = c == '市' && crate::scan::one_of!("上超股楼菜夜", prev);
            if !crate::scan::one_of!("园城社景矿发业地辖新郊", prev)
                && !market
                && !crate::scan::one_of!("级场域", next)
                && !outside
                && !matches!(c, '镇' | '乡' | '村')
            {
                cut = j + c.len_utf8();
            }
        }
    }
    let mut rest = &w[cut..];
    if cut > 0 {
        if let Some(r) = rest.strip_prefix('（').and_then(|r| r.split_once('）')) {
            rest = r.1;
        }
    }
    if rest.chars().count() >= 2 { rest } else { w }
}
/// `w` after its last leading word, where at least two characters follow
/// it (投资完成率 keeps 完成; 完成投资 → 投资).
fn cut_leading(w: &str) -> &str {
    let mut best = 0;
    for (start, i, k) in LEADING_WORDS.occurrences(w) {
        let inside = in_a_word(LEADING[k], &w[..start], &w[i..]);
        if i > best && !inside && w[i..].chars().nth(1).is_some() {
            best = i;
        }
    }
    let w = skip_anaphoric_name(&w[best..]);
    skip_date_words(w)
}

/// `w` without a leading date such as 2021年, 1—7月 or 2025年度.
fn skip_date_words(w: &str) -> &str {
    let mut i = 0;
    let b = w.as_bytes();
    loop {
        let digits = w[i..]
            .char_indices()
            .find(|&(_, c)| !(is_arabic(c) || matches!(c, '—' | '-' | '－' | '至')))
            .map_or(w.len() - i, |(j, _)| j);
        if digits == 0 {
            break;
        }
        let rest = &w[i + digits..];
        let unit = ["年度", "年", "月份", "月", "季度"]
            .iter()
            .find(|u| rest.starts_with(*u));
        match unit {
            Some(u) if i + digits + u.len() < b.len() => i += digits + u.len(),
            _ => break,
        }
    }
    &w[i..]
}

/// `w` without a date at its end (在2031年增长至 → 在).
fn trim_date_end(w: &str) -> &str {
    let core = w.trim_end_matches(['年', '月', '日', '度']);
    if core.len() == w.len() {
        return w;
    }
    let digits = core.trim_end_matches(is_arabic);
    if digits.len() == core.len() {
        w
    } else {
        digits
    }
}

/// A span of years or months (两年, 5年, 3个月, 连续两年): how long, not what.
fn is_duration(w: &str) -> bool {
    let w = strip_all(strip_all(w, "连续"), "过去");
    let core = w.trim_end_matches(['年', '月', '个', '来']);
    core.len() < w.len()
        && core
            .chars()
            .all(|c| is_arabic(c) || crate::scan::one_of!("一二两三四五六七八九十多近", c))
}

/// `w` without every leading copy of `p` (what `trim_start_matches(p)`
/// gives, without setting up a substring searcher for a word or two).
fn strip_all<'a>(mut w: &'a str, p: &str) -> &'a str {
    while let Some(rest) = w.strip_prefix(p) {
        w = rest;
    }
    w
}

fn is_place(w: &str) -> bool {
    let n = w.chars().count();
    // 全市, 全省: the whole of a place, not a quantity.
    (n <= 3 && w.starts_with('全'))
        || (n <= 6 && w.ends_with(PLACE_ENDS))
        || (short_find(w, "（不含").is_some()
            && w.split('（')
                .next()
                .is_some_and(|p| p.ends_with(PLACE_ENDS)))
}

/// The fact right before `i` when only a list gap (、, 和, 及) separates them.
fn list_previous(s: &str, facts: &[Placed], i: usize) -> Option<usize> {
    let j = i.checked_sub(1)?;
    let gap = s.get(facts[j].end..facts[i].start)?.trim();
    matches!(gap, "、" | "和" | "及" | "," | "，" | "与").then_some(j)
}

/// The fact ending where `i`'s window starts, when the window only says
/// what it changed to (由41.3%提高到今年的42.6%, 从20亿美元翻倍至40亿美元).
fn change_previous(facts: &[Placed], i: usize, from: usize, w: &str) -> Option<usize> {
    let j = facts[..i]
        .iter()
        .rposition(|f| f.end == from && !matches!(f.data, FactData::Date(_)))?;
    let to = ["至", "到"].iter().any(|t| short_find(w, t).is_some())
        || CHANGES.iter().any(|c| short_find(w, c).is_some());
    to.then_some(j)
}

/// Start of the clause that ends right before `from`.
fn previous_clause_start(s: &str, from: usize) -> usize {
    let before = s[..from].trim_end_matches(is_window_break);
    let floor = floor_of(before, before.len());
    // A comma between digits (7,596亿元) separates thousands, not clauses.
    before[floor..]
        .char_indices()
        .rev()
        .find(|&(j, c)| is_window_break(c) && !crate::clause::is_digit_comma(before, floor + j))
        .map_or(floor, |(j, c)| floor + j + c.len_utf8())
}

/// How far back (in bytes) a subject is looked for: a clause longer than
/// this is read from here, which keeps a sentence without breaks linear.
const REACH: usize = 180;

/// The char boundary at most [`REACH`] bytes before `a` in `s`.
fn floor_of(s: &str, a: usize) -> usize {
    boundary_back(s, a, REACH)
}

/// Nouns after 的 that say how, not what (在增长5%的基础上).
const NOT_NOUNS: &[&str] = &[
    "基础上",
    "水平",
    "速度",
    "幅度",
    "现状",
    "情况",
    "局面",
    "态势",
    "格局",
    // A rate set (按每亩106元的标准发放): how much each gets, not what.
    "标准",
];

/// Verbs whose object is the noun after the percentage (实现60％的乡镇通油路).
const NOUN_VERBS: &[&str] = &[
    "实现", "收购", "持有", "占", "转让", "减持", "增持", "出售", "以",
    // Paying a share of a sum (缴纳不低于50%的土地出让价款).
    "缴纳", "支付", "付清", "缴清", "交纳",
];

/// The noun after a percentage joined by 的 (53%的可治理沙化土地), or right
/// after it when it is a share (收购浦丹光电54%股份); with `copula`, the
/// noun after 是 (70%以上是山区).
fn noun_after(s: &str, end: usize, copula: bool) -> Option<&str> {
    let rest = &s[end..];
    let rest = if copula {
        rest.strip_prefix('是')?
    } else {
        rest.strip_prefix('的')
            .or_else(|| rest.strip_prefix("股份").map(|_| rest))?
    };
    let stop = rest
        .char_indices()
        .find(|&(_, c)| is_window_break(c) || matches!(c, '，' | '。' | '（' | '('))
        .map_or(rest.len(), |(j, _)| j);
    let noun = trim_trailing(&rest[..stop]);
    let n = noun.chars().count();
    let how = NOT_NOUNS.contains(&noun) || CHANGES.iter().any(|c| noun.ends_with(c));
    ((2..=12).contains(&n) && !how).then_some(noun)
}

/// `w` without change verbs at its end (年复合成长率增长 → 年复合成长率).
fn trim_trailing(mut w: &str) -> &str {
    while let Some(t) = trailing_word(w) {
        w = &w[..w.len() - t.len()];
    }
    w
}

/// Verbs and particles that end the noun after an amount (每亩45万元的价格协议出让).
const OBJECT_ENDS: &[&str] = &[
    "协议", "出让", "用于", "投向", "建造", "建设", "出售", "了", "等", "的", "挂牌", "拍卖",
    "成交",
];

/// The noun right after an amount, up to a break (64.5亿元算力大单).
fn object_after(s: &str, end: usize) -> Option<&str> {
    let rest = &s[end..];
    // 约1620万美元（约合1.09亿元人民币）的订单: the noun after the aside.
    let rest = &rest[crate::clause::aside_len(rest)..];
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let mut stop = rest
        .char_indices()
        .find(|&(_, c)| is_window_break(c) || c.is_whitespace() || is_arabic(c))
        .map_or(rest.len(), |(j, _)| j);
    for e in OBJECT_ENDS {
        if let Some(k) = short_find(&rest[..stop], e) {
            stop = stop.min(k);
        }
    }
    let noun = &rest[..stop];
    let how = NOT_NOUNS.iter().any(|w| noun.starts_with(w));
    ((2..=8).contains(&noun.chars().count()) && !how).then_some(noun)
}

/// The subject words of the clause before the one at `pos` (空气质量综合指数为
/// 4.21，同比下降10.42% → 空气质量综合指数), when that clause is a number's.
fn clause_words(s: &str, pos: usize) -> Option<&str> {
    clause_words_back(s, pos, true)
}

/// [`clause_words`]; with `again`, a clause whose words are only a copula
/// (集装箱吞吐量突破600万标准箱，达到613.8万标准箱，增长9.4%) restates the one
/// before it, whose words are read instead.
fn clause_words_back(s: &str, pos: usize, again: bool) -> Option<&str> {
    let from = previous_clause_start(s, pos);
    let clause = s[from..pos].trim_end_matches(is_window_break);
    // The first number that is not a date nor a code's (西藏2021年GDP…为4.21).
    let mut num = None;
    let mut k = 0;
    while let Some(d) = clause[k..].find(is_arabic) {
        let a = k + d;
        let e = clause[a..]
            .find(|c: char| !(is_arabic(c) || c == '.' || c == '．'))
            .map_or(clause.len(), |x| a + x);
        // A code's digits (PM2.5, G20) are part of a name, not a number.
        let code = clause[..a]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphabetic());
        if !clause[e..].starts_with(['年', '月', '日']) && !code {
            num = Some(a);
            break;
        }
        k = e;
    }
    let words = &clause[..num?];
    let copula = ["达到", "达", "为", "增至", "达到了"].contains(&words.trim());
    if copula && again && from > 0 {
        return clause_words_back(s, from, false);
    }
    words_of(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_drop_verbs_dates_and_comparisons() {
        for (w, want) in [
            ("共签约项目16个，总投资", Some("总投资")),
            (
                "2020年,襄州区全年实现规模以上工业总产值",
                Some("规模以上工业总产值"),
            ),
            ("覆盖率达", Some("覆盖率")),
            ("全省基础设施投资比上年同期下降", Some("基础设施投资")),
            ("全区实际到位资金", Some("实际到位资金")),
            ("银川市（不含宁东）计划投资", Some("计划投资")),
            ("地区生产总值", Some("地区生产总值")),
            ("工业园区产值", Some("工业园区产值")),
            ("北京4月纯商品住宅成交", Some("纯商品住宅成交")),
            ("相较于2025年中期经营亏损", Some("经营亏损")),
            ("比上年实际增长", None),
            ("高于去年投资时序进度", None),
            ("第三产业的比重由去年同期的", Some("第三产业的比重")),
            ("传统产业占比达到", Some("传统产业占比")),
            ("恢复至2019年同期的", None),
            ("降幅比1-6月收窄", Some("降幅")),
            ("同比增长", None),
            ("5年共完成中央投资", Some("中央投资")),
            ("投资完成率", Some("投资完成率")),
            ("中卫市增长", None),
            ("公司与联合竞买方以", None),
            ("2021年产值预计达到", Some("产值")),
        ] {
            let w = w.rsplit(['，', ',']).next().unwrap();
            assert_eq!(words_of(w), want, "{w}");
        }
    }

    #[test]
    fn headings_name_the_items_after_them() {
        let s = "1．地级市1—7月投资增速前二名：中卫市增长36.4%";
        assert_eq!(
            heading_subject(s, s.find("中卫").unwrap()),
            Some("投资增速")
        );
        assert_eq!(heading_subject("没有冒号的句子", 3), None);
    }

    /// The (subject, of) of each money and percent fact the extractor finds
    /// in `s`, by fact text, after running [`attach`] again over them.
    fn subjects(s: &str) -> Vec<(String, Option<String>, Option<usize>)> {
        let mut facts: Vec<Placed> = crate::Extractor::new()
            .extract_str(s)
            .into_iter()
            .filter(|f| !matches!(f.data, FactData::Event(_) | FactData::Project(_)))
            .map(|f| Placed {
                start: f.span.start,
                end: f.span.end,
                id: f.id,
                data: f.data,
            })
            .collect();
        attach(s, &mut facts);
        facts
            .iter()
            .filter_map(|f| {
                let t = s[f.start..f.end].to_string();
                match &f.data {
                    FactData::Money(m) => Some((t, m.subject.clone(), None)),
                    FactData::Percent(p) => Some((t, p.subject.clone(), p.of)),
                    _ => None,
                }
            })
            .collect()
    }

    /// The subject of the fact `text` of `s`.
    fn one(s: &str, text: &str) -> Option<String> {
        subjects(s)
            .into_iter()
            .find(|(t, _, _)| t == text)
            .unwrap_or_else(|| panic!("no fact {text} in {s}"))
            .1
    }

    #[test]
    fn objects_after_the_amount() {
        assert_eq!(
            one("公司签下64.5亿元算力大单", "64.5亿元").as_deref(),
            Some("算力大单")
        );
        assert_eq!(
            one("成功地筹集了两千多万元启动和周转资金；", "两千多万元").as_deref(),
            Some("启动和周转资金")
        );
        assert_eq!(
            one("可实现每年70亿的销售额", "70亿").as_deref(),
            Some("销售额")
        );
        // 达到了 is a copula: the subject is before it, nothing after.
        assert_eq!(
            one("人均GDP达到了85698元", "85698元").as_deref(),
            Some("人均GDP")
        );
        // A modal right before the amount: the actor is not a subject.
        assert_eq!(one("敏芯股份拟1.77亿元收购", "1.77亿元"), None);
        assert_eq!(one("其中40亿元", "40亿元"), None);
    }

    #[test]
    fn lists_and_changes_share_a_subject() {
        let s = "单次规模上限从20亿美元至少翻倍至40亿美元";
        assert_eq!(one(s, "20亿美元").as_deref(), Some("单次规模上限"));
        assert_eq!(one(s, "40亿美元").as_deref(), Some("单次规模上限"));
        let s = "分别以每亩50万元和68万元的地价出让";
        assert_eq!(one(s, "50万元").as_deref(), Some("地价"));
        assert_eq!(one(s, "68万元").as_deref(), Some("地价"));
        let s = "第二产业比重由去年的50.1%下降到49.7%";
        assert_eq!(one(s, "49.7%").as_deref(), Some("第二产业比重"));
    }

    #[test]
    fn restatements_share_a_subject_and_adverbs_are_read_past() {
        let s = "子公司签订约1620万美元（约合1.09亿元人民币）的设备订单";
        assert_eq!(one(s, "约1620万美元").as_deref(), Some("设备订单"));
        assert_eq!(one(s, "约合1.09亿元人民币").as_deref(), Some("设备订单"));
        let s = "对首次突破10亿元的企业，分别奖励50万元、100万元";
        assert_eq!(one(s, "100万元").as_deref(), Some("奖励"));
        let s = "总投资5000万美元（约合3.6亿元）";
        assert_eq!(one(s, "约合3.6亿元").as_deref(), Some("总投资"));
    }

    #[test]
    fn shares_take_the_part() {
        let got = subjects("房地产用地出让价款1.34万亿元，占出让总价款的84%");
        assert_eq!(got[1].1.as_deref(), Some("房地产用地出让价款"));
        assert_eq!(got[1].2, None);
        assert_eq!(
            one("四大支柱产业产值占全市工业总产值的58.4%", "58.4%").as_deref(),
            Some("四大支柱产业产值")
        );
        // 的 and a noun after the share name what is measured.
        assert_eq!(
            one("占一辆重卡近30%的成本", "近30%").as_deref(),
            Some("成本")
        );
        // 占地 is area, not a share.
        assert_eq!(one("占地面积达40%", "40%").as_deref(), Some("占地面积"));
    }

    #[test]
    fn nouns_after_a_percentage() {
        assert_eq!(
            one("西藏将实现60％的乡镇通油路", "60％").as_deref(),
            Some("乡镇通油路")
        );
        assert_eq!(one("收购浦丹光电54%股份", "54%").as_deref(), Some("股份"));
        // A change (快速增长) or a state (现状) after 的 is not what is measured.
        assert_eq!(
            one("国民经济保持了11％的快速增长", "11％").as_deref(),
            Some("国民经济")
        );
        assert_eq!(
            one("其中增产10％以上的品种", "10％以上").as_deref(),
            Some("增产")
        );
        assert_eq!(
            one("阳山县70%以上是山区", "70%以上").as_deref(),
            Some("山区")
        );
    }

    #[test]
    fn a_change_noun_after_an_amount_is_its_change() {
        let got = subjects("财政收入超千亿增幅近25％");
        assert_eq!(got[1].1.as_deref(), Some("财政收入"));
        assert_eq!(got[1].2, Some(0));
        // 增幅 with no amount before it is the subject itself.
        assert_eq!(one("增幅近25％", "近25％").as_deref(), Some("增幅"));
    }

    #[test]
    fn a_rate_after_an_increase_is_the_change_of_the_total() {
        // 收入X，比上年增收Y，增长Z%: Z is the change of X, not of Y.
        let s = "全年完成税收收入88.6亿元，比上年增收7.2亿元，增长8.8%。";
        let got = subjects(s);
        assert_eq!(got[2].0, "8.8%");
        assert_eq!(got[2].1.as_deref(), Some("税收收入"));
        assert_eq!(got[2].2, Some(id_of(s, "88.6亿元")));
        // With no total before the increase, the increase it is.
        let s = "比上年增收7.2亿元，增长8.8%。";
        assert_eq!(subjects(s)[1].2, Some(id_of(s, "7.2亿元")));
        // An amount with words of its own is no increase, even with 增加 in
        // them (增加值) or before it: the rate is its own.
        let s = "全市地区生产总值5000亿元，规模以上工业增加值1200亿元，增长6.5%。";
        assert_eq!(subjects(s)[2].2, Some(id_of(s, "1200亿元")));
        let s = "全年完成工业投资50亿元，其中技术改造投资增加20亿元，增长15%。";
        assert_eq!(subjects(s)[2].2, Some(id_of(s, "20亿元")));
    }

    /// The id of the fact of `s` written `text`.
    fn id_of(s: &str, text: &str) -> usize {
        let facts = crate::Extractor::new().extract_str(s);
        facts.iter().find(|f| f.text == text).expect("fact").id
    }

    #[test]
    fn attach_with_maps_ranges() {
        let s = "总投资49.72亿元";
        let f = crate::Extractor::new().extract_str(s).remove(0);
        let mut facts = vec![Placed {
            start: f.span.start,
            end: f.span.end,
            id: 0,
            data: f.data,
        }];
        attach_with(s, &mut facts, |a, b| format!("{a}..{b}"));
        match &facts[0].data {
            FactData::Money(m) => assert_eq!(m.subject.as_deref(), Some("0..9")),
            _ => unreachable!(),
        }
    }
}
