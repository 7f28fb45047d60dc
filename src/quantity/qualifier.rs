//! Qualifiers read through the words between them and the number: a
//! currency name (约人民币3.2亿元) or a link word after 约 (约为, 约合).

use super::{inside_a_word, prefix_qualifier, trim_spaces_end};
use crate::fact::Qualifier;

/// Currency names written before the number, between it and a qualifier
/// (约人民币3.2亿元, 不超过港币20亿元).
const CURRENCIES_BEFORE: &[&str] = &[
    "人民币",
    "港币",
    "港元",
    "美元",
    "欧元",
    "日元",
    "英镑",
    "新台币",
    "台币",
    "澳门币",
    "澳门元",
];

/// Words that link 约 to the number (约为, 约合, 约达, 约计).
const APPROX_LINKS: &[&str] = &["为", "合", "达", "计"];

/// A qualifier that ends `before` behind a currency name (约人民币3.2亿元,
/// 不超过人民币300元) or a linking word after 约 (约为56.9亿元, 约合人民币5000
/// 万元): its class and the bytes from it to the number. Read only where
/// `before` ends in a character of those words.
pub(super) fn linked(before: &str) -> Option<(Qualifier, usize)> {
    let b = trim_spaces_end(before);
    if !b.ends_with(['币', '元', '镑', '为', '合', '达', '计']) {
        return None;
    }
    let mut rest = CURRENCIES_BEFORE
        .iter()
        .find_map(|w| b.strip_suffix(w))
        .unwrap_or(b);
    let named = rest.len() < b.len();
    if let Some(r) = APPROX_LINKS.iter().find_map(|w| rest.strip_suffix(w)) {
        if r.ends_with('约') && !inside_a_word(r, "约") {
            return Some((Qualifier::Approx, before.len() - r.len() + '约'.len_utf8()));
        }
    }
    if !named {
        return None;
    }
    rest = trim_spaces_end(rest);
    let (q, n) = prefix_qualifier(rest)?;
    Some((q, before.len() - rest.len() + n))
}
