//! Comparisons inside a subject's window (比上年同期增长, 较2000年下降,
//! 由去年同期的41.3%): the comparison and its base are not the subject.

use std::sync::LazyLock;

use super::{CHANGES, skip_date_words};
use crate::scan::Lexicon;

/// Words that open a comparison (比上年同期下降, 较2000年下降, 高于全国): the
/// comparison and what follows it are not the subject; and 由 (由去年同期的),
/// which opens one only before a base.
const COMPARISONS_AND_BY: [&str; 11] = [
    "比",
    "较",
    "高于",
    "低于",
    "快于",
    "慢于",
    "相比",
    "同比",
    "不到",
    "相当于",
    "由",
];
/// [`COMPARISONS_AND_BY`] as a lexicon.
static COMPARISON_WORDS: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(COMPARISONS_AND_BY.iter().copied()));

/// What a comparison or a change compares with, opening what follows 由 or
/// 较 (由去年同期的41.3%, 相较于2025年中期经营亏损).
const BASES: &[&str] = &["去年", "上年", "今年", "同期", "上月", "上个月", "前年"];

/// `w` up to its first comparison word (比上年同期, 较2000年, 高于全国平均水平,
/// 由去年同期的); when nothing is before it, what follows the base compared
/// with (相较于2025年中期经营亏损 → 经营亏损).
pub(super) fn cut_comparison(w: &str) -> &str {
    let mut cut = (w.len(), 0);
    // Each word at the first place it occurs (one pass for all of them).
    let mut seen = 0u32;
    for (mut i, _, k) in COMPARISON_WORDS.occurrences(w) {
        if seen & (1 << k) != 0 {
            continue;
        }
        seen |= 1 << k;
        let c = &COMPARISONS_AND_BY[k];
        {
            let after = &w[i + c.len()..];
            // 比重, 比例, 比率, 比值 are nouns, not comparisons.
            let noun = after.starts_with(['重', '例', '率', '值']) || w[..i].ends_with('占');
            if *c == "比" && noun {
                continue;
            }
            // 由 opens a comparison only before a base (由去年同期的41.3%).
            if *c == "由" && after_base(after).is_none_or(|r| r.len() == after.len()) {
                continue;
            }
            if *c == "比" && (w[..i].ends_with('同') || w[..i].ends_with('环')) {
                i -= '同'.len_utf8();
            }
            if i < cut.0 {
                cut = (i, c.len());
            }
        }
    }
    let head = &w[..cut.0];
    if cut.0 == w.len() || head.trim().chars().count() >= 2 {
        return head;
    }
    let rest = w[cut.0 + cut.1..].trim_start_matches('于');
    let time_comparison = w[cut.0..].starts_with(['比', '较']) || w[cut.0..].starts_with("相较");
    if !time_comparison || CHANGES.iter().any(|c| rest.contains(c)) {
        return head;
    }
    match after_base(rest) {
        Some(r) if r.len() < rest.len() && r.chars().count() >= 2 => r,
        _ => head,
    }
}

/// `rest` without the base a comparison opens with (2025年中期, 上年同期).
fn after_base(rest: &str) -> Option<&str> {
    let mut r = rest.trim_start();
    let dated = skip_date_words(r);
    r = dated;
    loop {
        let before = r.len();
        for b in BASES.iter().chain(["中期", "的", "末", "底"].iter()) {
            r = r.strip_prefix(b).unwrap_or(r);
        }
        if r.len() == before {
            break;
        }
    }
    Some(r)
}
