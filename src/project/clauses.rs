//! Clause bounds within a sentence.

/// The end of the clause holding byte `i` of `s`.
pub(super) fn clause_ceil(s: &str, i: usize) -> usize {
    s[i..]
        .char_indices()
        .find(|&(_, c)| matches!(c, '，' | ',' | '；' | ';' | '。'))
        .map_or(s.len(), |(j, _)| i + j)
}

/// The end of the clause holding byte `i`, over the clauses after it that
/// go on without a subject of their own (…项目开工，并于当年底封顶).
pub(super) fn continued_ceil(s: &str, i: usize) -> usize {
    let mut end = clause_ceil(s, i);
    while s[end..].starts_with(['，', ',']) {
        let next = &s[end + s[end..].chars().next().map_or(1, char::len_utf8)..];
        if !["并于", "并", "随后", "又于", "同时"]
            .iter()
            .any(|w| next.starts_with(w))
        {
            break;
        }
        end = clause_ceil(s, s.len() - next.len());
    }
    end
}

/// The start of the clause holding byte `i` of `text` (a char boundary).
pub(super) fn clause_floor(text: &str, i: usize) -> usize {
    text[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '，' | ',' | '；' | '。' | '：'))
        .map_or(0, |(j, c)| j + c.len_utf8())
}
