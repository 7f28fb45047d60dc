//! Subjects named outside the words right before a number: a label before
//! a colon (预算金额：), a name in quotes (“科创贷”), a list heading, and a
//! note in brackets after a subject that is no part of it (（不含农户）).

use super::{RANKINGS, is_window_break, words_of};

/// How a bracketed note after a quantity's name limits its scope (不含农户,
/// 不包括博彩, 按可比价格计算, 下同).
pub(super) const SCOPE_NOTES: &[&str] = &[
    "不含",
    "不包括",
    "不包含",
    "未含",
    "不计",
    "含",
    "包括",
    "包含",
    "扣除",
    "剔除",
    "按",
    "下同",
    "以下",
];

/// Where the brackets that close `w` open, and what they hold
/// (`固定资产投资（不含农户）` → the 「（」 and 不含农户), when `w` ends in a
/// closing bracket that a bracket inside `w` opens.
pub(super) fn closing_brackets(w: &str) -> Option<(usize, &str)> {
    let close = w.chars().next_back().filter(|c| matches!(c, '）' | ')'))?;
    let body = &w[..w.len() - close.len_utf8()];
    let k = body.rfind(['（', '('])?;
    let open = body[k..].chars().next()?;
    let inner = &body[k + open.len_utf8()..];
    (!inner.contains(['（', '(', '）', ')'])).then_some((k, inner))
}

/// The words of a label that ends in a colon right before `pos` (预算金额：
/// 553.10万元, 【中标金额】¥386.52万元): a field of a notice or a table row,
/// at most ten characters after the last break.
pub(super) fn label_before(s: &str, pos: usize) -> Option<&str> {
    let head = s[..pos].trim_end();
    let head = head
        .strip_suffix(['：', ':', '】'])?
        .trim_end()
        .trim_start_matches(['【', '[']);
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| is_window_break(c))
        .map_or(0, |(j, c)| j + c.len_utf8());
    let mut label = head[from..].trim();
    // 预算金额（万元）: the unit in brackets is no part of the label.
    if let Some((k, inner)) = closing_brackets(label) {
        if inner.ends_with(['元', '%', '％']) {
            label = &label[..k];
        }
    }
    // 据统计：, 经测算：, 记者了解到：: where the figure comes from.
    let source = REPORTED.iter().any(|w| label.starts_with(w))
        || ["统计", "测算", "了解到", "获悉", "显示", "介绍", "表示"]
            .iter()
            .any(|w| label.ends_with(w));
    (label.chars().count() <= 10 && !source)
        .then(|| words_of(label))
        .flatten()
}

/// Words that open the source of a figure, not a label (据统计, 经测算,
/// 记者了解到, 笔者获悉).
const REPORTED: &[&str] = &["据", "经", "记者", "笔者", "了解", "从"];

/// The words in quotes that end right at `pos`, the start of an empty
/// window (发放“科创贷”46.3亿元: 科创贷), of two to eight characters.
pub(super) fn quoted_before(s: &str, pos: usize) -> Option<&str> {
    let head = s[..pos].strip_suffix(['”', '"', '’'])?;
    let open = head.rfind(['“', '"', '‘'])?;
    let inner = &head[open..];
    let inner = &inner[inner.chars().next()?.len_utf8()..];
    let n = inner.chars().count();
    ((2..=8).contains(&n) && !inner.contains(is_window_break)).then_some(inner)
}

/// The subject named by a list heading that ends in a colon before `pos` in
/// the sentence (2．地级市1—7月投资增速前二名：中卫市增长36.4%).
pub(super) fn heading_subject(s: &str, pos: usize) -> Option<&str> {
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
    let head = head
        .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '．' | '.' | '、' | ' '));
    let head = head.rsplit(['月']).next().unwrap_or(head);
    let head = head.rsplit(['年']).next().unwrap_or(head);
    let n = head.chars().count();
    (2..=16).contains(&n).then_some(head)
}
