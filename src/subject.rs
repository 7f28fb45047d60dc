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

use std::sync::LazyLock;

use crate::fact::FactData;

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
        '，' | ',' | '；' | ';' | '：' | ':' | '。' | '！' | '？' | '!' | '?' | '、' | '\n' | '“' | '”' | '"' | '【' | '】' | '|' | '｜'
    )
}

/// Words dropped from the end of a subject, tried again until none is left
/// (预计可达 → 预计 → nothing). Longest first within a shared ending.
const TRAILING: &[&str] = &[
    "同比增长", "同比下降", "同比增加", "同比减少", "同比", "环比", "增长了", "增长", "增加了",
    "增加", "下降了", "下降", "减少了", "减少", "提高到", "提高了", "提高", "提升", "降低了",
    "降低", "上升了", "上升", "回落", "下滑", "收窄", "扩大", "上涨", "下跌", "涨", "跌",
    "达到了", "达到", "可达", "将达", "已达", "达", "约为", "约合", "约", "为", "是", "预计",
    "可实现", "实现", "已", "将", "可", "共计", "总计", "合计", "累计", "共", "分别", "各占",
    "占比", "仅占", "占", "一度", "均", "仅为", "仅", "只有", "稳定在", "保持在", "设定为",
    "提高至", "在", "了", "的", "报", "高出", "高于", "低于", "超过", "超", "突破", "接近",
    "逾", "近", "每平方米", "每亩", "每年", "年均", "平均", "大幅", "持续", "还", "也", "再",
    "就", "每股", "（含税）", "(含税)", "低了", "高了", "低", "高", "下调", "上调", "预期", "按年",
    "平均增长", "年均增长", "收涨", "收跌", "走高", "走低", "攀升", "回升", "缩减", "增幅为",
    "增长至", "增至", "降至", "升至", "翻倍至", "至少翻倍至", "至",
];

/// What is left of a window that names no quantity (其中40亿元, 剩余10亿元,
/// 去年同期为…).
const NOT_SUBJECTS: &[&str] = &["其中", "剩余", "同期", "其余", "另外", "此外", "合计", "共计"];

/// Verbs whose object follows the amount (签下64.5亿元算力大单): the noun
/// after the amount is its subject.
const OBJECT_VERBS: &[&str] = &[
    "签下", "签订", "签署", "斩获", "获得", "拿下", "发行", "中标", "赔出去", "赔了", "收获",
];

/// [`TRAILING`], longest first, so 平均增长 goes before 均.
static TRAILING_LONGEST_FIRST: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v = TRAILING.to_vec();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
});

/// Words after which a subject starts: verbs and function words that end
/// what comes before the subject (完成投资 → 投资).
const LEADING: &[&str] = &[
    "实现", "完成", "新增", "累计", "共", "合计", "创建", "宣布", "贡献", "新上", "拟", "就",
    "由", "从", "向", "把", "将", "已", "并", "其中", "贡献了", "达成", "签下", "披露",
    "签订", "签约", "占", "披露了", "录得", "获得", "带动", "拉动", "推动", "全年", "今年",
    "去年", "上半年", "预计", "计划完成", "新开工", "开工", "新落地", "落地", "引进", "当年",
];

/// Words that open a comparison (比上年同期下降, 较2000年下降, 高于全国): the
/// comparison and what follows it are not the subject.
const COMPARISONS: &[&str] = &["比", "较", "高于", "低于", "快于", "慢于", "相比", "同比"];

/// Change words: a percentage with one of these right before it is a
/// change, and may be the change of the quantity before it.
const CHANGES: &[&str] = &[
    "增长", "增加", "下降", "减少", "提高", "降低", "上升", "回落", "下滑", "上涨", "下跌", "涨",
    "跌", "增幅", "降幅", "增速", "收窄", "扩大", "攀升", "回升", "缩减",
];

/// Words that, ending a window, leave no subject: the number is an object
/// of a preposition (以3733万元竞得) or a share of a list.
const NO_SUBJECT_ENDS: &[&str] = &["以", "用", "按", "从", "向"];

/// Place-name endings: a window that is only a place (中卫市增长) names where,
/// not what.
const PLACE_ENDS: &[char] = &['市', '县', '区', '省', '镇', '乡', '村', '州', '旗'];

/// Ranking words of a list heading (投资增速前二名).
const RANKINGS: &[&str] = &["前", "后", "排名"];

/// Sets `subject` on every money and percent fact of the sentence `s`, and
/// `of` on the percentages that are the change of a money or count fact.
pub(crate) fn attach(s: &str, facts: &mut [Placed]) {
    for i in 0..facts.len() {
        let (start, end) = (facts[i].start, facts[i].end);
        match facts[i].data {
            FactData::Money(_) => {
                let subject = money_subject(s, facts, i);
                if let FactData::Money(m) = &mut facts[i].data {
                    m.subject = subject;
                }
            }
            FactData::Percent(_) => {
                let (subject, of) = percent_subject(s, facts, i, start, end);
                if let FactData::Percent(p) = &mut facts[i].data {
                    p.subject = subject;
                    p.of = of;
                }
            }
            _ => {}
        }
    }
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
    let from = s[..a]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_window_break(c))
        .map_or(0, |(j, c)| j + c.len_utf8())
        .max(prev_end);
    (from, &s[from.min(a)..a])
}

/// The subject words of `w` (the window before a number), or `None`.
fn words_of(w: &str) -> Option<&str> {
    let mut w = cut_comparison(w.trim());
    loop {
        let before = w.len();
        for t in TRAILING_LONGEST_FIRST.iter() {
            if let Some(rest) = w.strip_suffix(t) {
                // Keep a subject that is only the word (涨幅为 → 涨幅).
                w = rest;
                break;
            }
        }
        w = trim_date_end(w.trim_end());
        if w.len() == before {
            break;
        }
    }
    if NO_SUBJECT_ENDS.iter().any(|e| w.ends_with(e)) {
        return None;
    }
    let w = cut_leading(w);
    let w = w.trim_matches(|c: char| c.is_whitespace() || c == '，' || c == ',');
    if w.chars().count() < 2 || is_place(w) || is_duration(w) || NOT_SUBJECTS.contains(&w) {
        return None;
    }
    Some(w)
}

/// `w` up to its last comparison word (比上年同期, 较2000年, 高于全国平均水平).
fn cut_comparison(w: &str) -> &str {
    let mut cut = w.len();
    for c in COMPARISONS {
        if let Some(mut i) = w.find(c) {
            // 比重 and 比例 are nouns, not comparisons.
            let after = &w[i + c.len()..];
            if *c == "比" && (after.starts_with('重') || after.starts_with('例')) {
                continue;
            }
            if *c == "比" && (w[..i].ends_with('同') || w[..i].ends_with('环')) {
                i -= '同'.len_utf8();
            }
            cut = cut.min(i);
        }
    }
    &w[..cut]
}

/// `w` after its last leading word, where at least two characters follow
/// it (投资完成率 keeps 完成; 完成投资 → 投资).
fn cut_leading(w: &str) -> &str {
    let mut best = 0;
    for l in LEADING {
        let mut from = 0;
        while let Some(k) = w[from..].find(l) {
            let i = from + k + l.len();
            if w[i..].chars().count() >= 2 && i > best {
                best = i;
            }
            from = from + k + l.len();
        }
    }
    let w = &w[best..];
    skip_date_words(w)
}

/// `w` without a leading date such as 2021年, 1—7月 or 2025年度.
fn skip_date_words(w: &str) -> &str {
    let mut i = 0;
    let b = w.as_bytes();
    loop {
        let digits = w[i..]
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, '—' | '-' | '－' | '至')))
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
    let digits = core.trim_end_matches(|c: char| c.is_ascii_digit());
    if digits.len() == core.len() { w } else { digits }
}

/// A span of years or months (两年, 5年, 3个月, 连续两年): how long, not what.
fn is_duration(w: &str) -> bool {
    let w = w.trim_start_matches("连续").trim_start_matches("过去");
    let core = w.trim_end_matches(['年', '月', '个', '来']);
    core.len() < w.len()
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || "一二两三四五六七八九十多近".contains(c))
}

fn is_place(w: &str) -> bool {
    let n = w.chars().count();
    // 全市, 全省: the whole of a place, not a quantity.
    (n <= 3 && w.starts_with('全'))
        || (n <= 6 && w.ends_with(PLACE_ENDS))
        || (w.contains("（不含") && w.split('（').next().is_some_and(|p| p.ends_with(PLACE_ENDS)))
}

fn money_subject(s: &str, facts: &[Placed], i: usize) -> Option<String> {
    let (_, w) = window(s, facts, i);
    if OBJECT_VERBS.iter().any(|v| w.ends_with(v)) {
        return object_after(s, facts[i].end).map(str::to_string);
    }
    if let Some(words) = words_of(w) {
        return Some(words.to_string());
    }
    // An item of a list (投资33.6亿元的A项目、投资20亿元的B项目) has its own
    // words; one right after another amount (、20亿元) shares its subject.
    let prev = list_previous(s, facts, i).or_else(|| copula_previous(s, facts, i, w))?;
    match &facts[prev].data {
        FactData::Money(m) => m.subject.clone(),
        _ => None,
    }
}

/// The money fact of the clause before `i` when `i`'s own window is only a
/// copula (突破120万亿元，达到1210207亿元: the same quantity, restated).
fn copula_previous(s: &str, facts: &[Placed], i: usize, w: &str) -> Option<usize> {
    if !matches!(w.trim(), "达到" | "达" | "为" | "达到了" | "约为" | "合计" | "共计") {
        return None;
    }
    let j = i.checked_sub(1)?;
    let gap = s.get(facts[j].end..facts[i].start)?;
    (matches!(facts[j].data, FactData::Money(_)) && gap.starts_with(['，', ','])).then_some(j)
}

/// The fact right before `i` when only a list gap (、, 和, 及) separates them.
fn list_previous(s: &str, facts: &[Placed], i: usize) -> Option<usize> {
    let j = i.checked_sub(1)?;
    let gap = s.get(facts[j].end..facts[i].start)?.trim();
    matches!(gap, "、" | "和" | "及" | "," | "，" | "与").then_some(j)
}

fn percent_subject(
    s: &str,
    facts: &[Placed],
    i: usize,
    start: usize,
    end: usize,
) -> (Option<String>, Option<usize>) {
    let (from, w) = window(s, facts, i);
    if let Some(words) = words_of(w) {
        return (Some(words.to_string()), None);
    }
    if let Some(noun) = noun_after(s, end) {
        return (Some(noun.to_string()), None);
    }
    if let Some(j) = list_previous(s, facts, i) {
        if let FactData::Percent(p) = &facts[j].data {
            return (p.subject.clone(), None);
        }
    }
    let change = CHANGES.iter().any(|c| s[from..start].contains(c));
    let heading = heading_subject(s, start);
    // The last quantity of the clause before this one.
    let clause_from = previous_clause_start(s, from);
    let prev = facts[..i].iter().rev().find(|f| {
        f.start >= clause_from
            && f.end <= from
            && matches!(f.data, FactData::Money(_) | FactData::Percent(_) | FactData::Count(_))
    });
    match prev.map(|f| (f.id, f.start, &f.data)) {
        Some((id, _, FactData::Money(m))) if change => (m.subject.clone(), Some(id)),
        Some((id, at, FactData::Count(_))) if change => (clause_words(s, at), Some(id)),
        Some((_, _, FactData::Percent(p))) if p.subject.is_some() => (p.subject.clone(), None),
        Some(_) => (heading, None),
        None => (heading.or_else(|| clause_words(s, from)), None),
    }
}

/// Start of the clause that ends right before `from`.
fn previous_clause_start(s: &str, from: usize) -> usize {
    let before = s[..from].trim_end_matches(is_window_break);
    before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_window_break(c))
        .map_or(0, |(j, c)| j + c.len_utf8())
}

/// The noun after a percentage joined by 的 (53%的可治理沙化土地), or right
/// after it when it is a share (收购浦丹光电54%股份).
fn noun_after(s: &str, end: usize) -> Option<&str> {
    let rest = &s[end..];
    let rest = rest.strip_prefix('的').or_else(|| rest.strip_prefix("股份").map(|_| rest))?;
    let stop = rest
        .char_indices()
        .find(|&(_, c)| is_window_break(c) || matches!(c, '，' | '。'))
        .map_or(rest.len(), |(j, _)| j);
    let noun = &rest[..stop];
    let n = noun.chars().count();
    (2..=12).contains(&n).then_some(noun)
}

/// The noun right after an amount, up to a break (64.5亿元算力大单).
fn object_after(s: &str, end: usize) -> Option<&str> {
    let rest = &s[end..];
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let stop = rest
        .char_indices()
        .find(|&(_, c)| is_window_break(c) || c.is_whitespace() || c.is_ascii_digit())
        .map_or(rest.len(), |(j, _)| j);
    let noun = &rest[..stop];
    (2..=8).contains(&noun.chars().count()).then_some(noun)
}

/// The subject words of the clause before the one at `pos` (空气质量综合指数为
/// 4.21，同比下降10.42% → 空气质量综合指数), when that clause is a number's.
fn clause_words(s: &str, pos: usize) -> Option<String> {
    let from = previous_clause_start(s, pos);
    let clause = s[from..pos].trim_end_matches(is_window_break);
    let num = clause.find(|c: char| c.is_ascii_digit())?;
    words_of(&clause[..num]).map(str::to_string)
}

/// The subject named by a list heading that ends in a colon before `pos` in
/// the sentence (2．地级市1—7月投资增速前二名：中卫市增长36.4%).
fn heading_subject(s: &str, pos: usize) -> Option<String> {
    let colon = s[..pos].rfind(['：', ':'])?;
    let mut head = &s[..colon];
    head = head
        .rfind(['，', '。', '；', '、'])
        .map_or(head, |j| &head[j + '，'.len_utf8()..]);
    for r in RANKINGS {
        if let Some(i) = head.rfind(r) {
            if head[i..].contains('名') {
                head = &head[..i];
            }
        }
    }
    let head = head.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '．' | '.' | '、' | ' '));
    let head = head.rsplit(['月']).next().unwrap_or(head);
    let head = head.rsplit(['年']).next().unwrap_or(head);
    let n = head.chars().count();
    (2..=16).contains(&n).then(|| head.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_drop_verbs_dates_and_comparisons() {
        for (w, want) in [
            ("共签约项目16个，总投资", Some("总投资")),
            ("2020年,襄州区全年实现规模以上工业总产值", Some("规模以上工业总产值")),
            ("覆盖率达", Some("覆盖率")),
            ("全省基础设施投资比上年同期下降", Some("全省基础设施投资")),
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
        assert_eq!(heading_subject(s, s.find("中卫").unwrap()).as_deref(), Some("投资增速"));
        assert_eq!(heading_subject("没有冒号的句子", 3), None);
    }
}
