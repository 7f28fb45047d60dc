//! Clauses: where a clause of a sentence starts and ends, and whether a
//! span sits inside a short quoted name.
//!
//! The one place that knows clause boundaries (the breaks `，；：。！？` and
//! their ASCII forms) and quotes. Quantities look for their cues in the
//! clause before a number, events for their verbs' context in the clause
//! around the verb; both ask this module. Every look is bounded by
//! [`REACH`], so a sentence without breaks still costs linear time.

use crate::scan::CharSet;

/// Characters that end a clause.
pub(crate) static CLAUSE_BREAKS: CharSet = CharSet::new("，,；;：:。！？!?");

/// How far (in bytes) the words around a position are looked at. Bounding
/// every look keeps extraction linear even in a sentence without breaks.
pub(crate) const REACH: usize = 300;

/// Whether `c` ends a clause (is in [`CLAUSE_BREAKS`]).
pub(crate) fn is_clause_break(c: char) -> bool {
    CLAUSE_BREAKS.contains(c)
}

/// Whether byte `i` of `s` (a char boundary) opens a clause: it is the
/// start of `s` or follows a clause break or a space (a line break too).
pub(crate) fn opens_clause(s: &str, i: usize) -> bool {
    s[..i]
        .chars()
        .next_back()
        .is_none_or(|c| is_clause_break(c) || c.is_whitespace())
}

/// The bytes of the mark that opens an item of a list or a news flash at
/// the start of `s`: an enumerator (`1.`, `2、`, `（三）`, `四、`) and a short
/// tag in brackets (`【江苏】`), with a Markdown bullet and bold around them
/// (`- **【江苏】**`) and the spaces after them; 0 when `s` opens with none. What follows it opens the item as a clause does.
pub(crate) fn item_mark_len(s: &str) -> usize {
    let mut rest = s.trim_start();
    // A Markdown bullet and bold around the mark (`- **【嘉禾】** 6月3日，…`).
    for b in ["- ", "* ", "+ ", "• "] {
        if let Some(r) = rest.strip_prefix(b) {
            rest = r.trim_start();
            break;
        }
    }
    let bold = rest.starts_with("**");
    if bold {
        rest = &rest[2..];
    }
    let digits = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || crate::scan::one_of!("一二三四五六七八九十", c)))
        .map_or(rest.len(), |(j, _)| j);
    if digits > 0 && digits <= 6 {
        if let Some(r) = rest[digits..].strip_prefix(['.', '．', '、']) {
            rest = r.trim_start();
        }
    } else if let Some(inner) = rest.strip_prefix(['（', '(']) {
        let close = inner.find(['）', ')']).filter(|&k| k > 0 && k <= 9);
        let numbered = close.is_some_and(|k| {
            inner[..k]
                .chars()
                .all(|c| c.is_ascii_digit() || crate::scan::one_of!("一二三四五六七八九十", c))
        });
        if let (Some(k), true) = (close, numbered) {
            rest = inner[k..][inner[k..].chars().next().map_or(0, char::len_utf8)..].trim_start();
        }
    }
    if let Some(inner) = rest.strip_prefix('【') {
        if let Some(k) = inner
            .find('】')
            .filter(|&k| inner[..k].chars().count() <= 10)
        {
            rest = inner[k + '】'.len_utf8()..].trim_start();
        }
    }
    if bold {
        rest = rest.strip_prefix("**").unwrap_or(rest).trim_start();
    }
    s.len() - rest.len()
}

/// Start of the clause that holds byte `a`: just after the last break
/// before `a`, looking back at most [`REACH`] bytes.
pub(crate) fn clause_start(s: &str, a: usize) -> usize {
    let floor = boundary_back(s, a, REACH);
    s[floor..a]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_break(c))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
}

/// The first char boundary of `s` at most `n` bytes before byte `a` (a
/// boundary): where a bounded look back starts.
pub(crate) fn boundary_back(s: &str, a: usize, n: usize) -> usize {
    let mut floor = a.saturating_sub(n);
    while !s.is_char_boundary(floor) {
        floor += 1;
    }
    floor
}

/// The last char boundary of `s` at most `n` bytes after byte `b` (a
/// boundary), or the end of `s`: where a bounded look ahead stops.
pub(crate) fn boundary_ahead(s: &str, b: usize, n: usize) -> usize {
    let mut ceil = b.saturating_add(n).min(s.len());
    while !s.is_char_boundary(ceil) {
        ceil -= 1;
    }
    ceil
}

/// End of the clause that holds byte `b`: the first break at or after `b`,
/// looking ahead at most [`REACH`] bytes.
pub(crate) fn clause_end(s: &str, b: usize) -> usize {
    let ceil = boundary_ahead(s, b, REACH);
    CLAUSE_BREAKS.find(&s[..ceil], b).unwrap_or(ceil)
}

/// The clause that holds byte `pos`: `(clause_start(s, pos),
/// clause_end(s, pos))`, each bounded by [`REACH`].
// Not yet called outside the tests: the project layer and the subject
// finder will ask it.
#[allow(dead_code)]
pub(crate) fn clause_bounds(s: &str, pos: usize) -> (usize, usize) {
    (clause_start(s, pos), clause_end(s, pos))
}

/// Is `[a, b)` inside a short quoted name such as “1+3+9+N” or “36524”?
/// An opening quote must come within 12 characters before `a` (with no
/// closing quote between), a closing one within 12 after `b`.
pub(crate) fn in_short_quote(s: &str, a: usize, b: usize) -> bool {
    let open = s[..a]
        .chars()
        .rev()
        .take(12)
        .find(|&c| matches!(c, '“' | '"' | '「' | '‘' | '”' | '」' | '’'));
    if !matches!(open, Some('“' | '"' | '「' | '‘')) {
        return false;
    }
    let close = s[b..]
        .chars()
        .take(12)
        .find(|&c| matches!(c, '”' | '"' | '」' | '’' | '“' | '「' | '‘'));
    matches!(close, Some('”' | '"' | '」' | '’'))
}

/// Whether `s[a..b]` stands inside a title in book-title marks (《…十条措施》),
/// both marks within 40 characters: a number there is part of the name.
pub(crate) fn in_title(s: &str, a: usize, b: usize) -> bool {
    let open = s[..a]
        .chars()
        .rev()
        .take(40)
        .find(|&c| matches!(c, '《' | '》' | '〈' | '〉'));
    if !matches!(open, Some('《' | '〈')) {
        return false;
    }
    let close = s[b..]
        .chars()
        .take(40)
        .find(|&c| matches!(c, '《' | '》' | '〈' | '〉'));
    matches!(close, Some('》' | '〉'))
}

/// Whether `window`, the words between two quantities, opens a bracket that
/// restates the first in other units or another currency (12.6亩（8400平方米）,
/// 26.8亩(约17866.7平方米), 1620万美元（约合1.09亿元人民币）).
pub(crate) fn is_restatement(window: &str) -> bool {
    let Some(rest) = window.trim().strip_prefix(['（', '(']) else {
        return false;
    };
    matches!(
        rest.trim(),
        "" | "约" | "合" | "折合" | "约合" | "即" | "合计"
    )
}

/// The bytes of a short bracketed aside at the start of `s` (`（约合1.09亿元
/// 人民币）`, `(8400平方米)`), its closing bracket included; 0 when `s` opens
/// with none or it does not close within 40 characters.
pub(crate) fn aside_len(s: &str) -> usize {
    if !s.starts_with(['（', '(']) {
        return 0;
    }
    s.char_indices()
        .take(40)
        .find(|&(_, c)| matches!(c, '）' | ')'))
        .map_or(0, |(j, c)| j + c.len_utf8())
}

/// Whether byte `b` of `s` is an ASCII comma between digits (61,771): it
/// groups thousands and breaks no clause.
pub(crate) fn is_digit_comma(s: &str, b: usize) -> bool {
    s.as_bytes().get(b) == Some(&b',')
        && b > 0
        && s.as_bytes()[b - 1].is_ascii_digit()
        && s.as_bytes().get(b + 1).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_stop_at_breaks() {
        let s = "今年以来，共签约项目16个；总投资49.72亿元。";
        let at = s.find("16").unwrap();
        let (a, b) = clause_bounds(s, at);
        assert_eq!(&s[a..b], "共签约项目16个");
        let at = s.find("总").unwrap();
        assert_eq!(
            &s[clause_start(s, at)..clause_end(s, at)],
            "总投资49.72亿元"
        );
        assert!(is_clause_break('，') && is_clause_break(';') && !is_clause_break('、'));
    }

    #[test]
    fn bounds_are_bounded_and_on_char_boundaries() {
        let s = "签".repeat(500);
        let (a, b) = clause_bounds(&s, 600);
        assert!(a > 0 && b < s.len());
        assert!(s.is_char_boundary(a) && s.is_char_boundary(b));
        assert!(600 - a <= REACH && b - 600 <= REACH);
        assert_eq!(clause_bounds("", 0), (0, 0));
    }

    #[test]
    fn restatements_and_asides() {
        assert!(is_restatement("（") && is_restatement("(约") && is_restatement("（约合"));
        assert!(!is_restatement("，") && !is_restatement("（其中"));
        let s = "（约合1.09亿元人民币）的订单";
        assert_eq!(&s[aside_len(s)..], "的订单");
        assert_eq!(aside_len("的订单"), 0);
        assert_eq!(aside_len("（未闭合的括号"), 0);
    }

    #[test]
    fn short_quotes() {
        let s = "“1+3+9+N”体系";
        let a = s.find('1').unwrap();
        assert!(in_short_quote(s, a, a + 1));
        let s = "“前”，1+3+9+N，“后”";
        let a = s.find('1').unwrap();
        assert!(!in_short_quote(s, a, a + 1));
        assert!(!in_short_quote("共3个项目", 3, 4));
    }

    #[test]
    fn clauses_open_at_the_start_and_after_breaks_and_spaces() {
        let s = "据悉，和大在园区设厂; 格力\n盼盼将投资";
        for w in ["据悉", "和大", "格力", "盼盼"] {
            assert!(opens_clause(s, s.find(w).unwrap()), "{w}");
        }
        for w in ["悉", "在", "设厂", "将"] {
            assert!(!opens_clause(s, s.find(w).unwrap()), "{w}");
        }
    }
}
