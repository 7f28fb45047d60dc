//! Qualifiers read through the words between them and the number: a
//! currency name or sign (约人民币3.2亿元, 约HK$ 20亿) or a link word after
//! 约 (约为, 约合).

use super::{inside_a_word, prefix_qualifier, trim_spaces_end};
use crate::fact::Qualifier;

/// Words that link 约 to the number (约为, 约合, 约达, 约计).
const APPROX_LINKS: &[&str] = &["为", "合", "达", "计"];

/// A qualifier that ends `before` behind a currency name or sign
/// (约人民币3.2亿元, 不超过人民币300元, 约HK$ 20亿, 约MOP 148亿元) or a linking
/// word after 约 (约为56.9亿元, 约合人民币5000万元): its class and the bytes
/// from it to the number.
pub(super) fn linked(before: &str) -> Option<(Qualifier, usize)> {
    let b = trim_spaces_end(before);
    let mut rest = super::money::currency_name_before(b)
        .and_then(|w| b.strip_suffix(w))
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
