//! Markup removal with an offset map back to the original input.
//!
//! The clean text is the body with HTML tags removed (block tags become line
//! breaks), entities decoded and a few traditional characters mapped to their
//! simplified forms. Every byte of the clean text maps back to the original:
//! verbatim runs byte for byte, replacements (an entity, a block tag) as a
//! whole. Traditional → simplified mapping keeps byte lengths (both forms are
//! three-byte UTF-8), so it never breaks a verbatim run.

use std::borrow::Cow;

mod advert;
mod map;
mod traditional;

use advert::Adverts;
pub(crate) use map::Offsets;
use map::{OffsetMap, Rep};
pub(crate) use traditional::{SCRIPT_SIMPLIFIED, simplify_str};
use traditional::{has_traditional, push_simplified};

/// Clean text plus the map back to original offsets.
#[derive(Clone, Debug)]
pub(crate) struct Clean<'a> {
    /// Borrowed when the body needs no change (no markup, no traditional
    /// characters): no copy of a large plain-text input.
    pub(crate) text: Cow<'a, str>,
    map: OffsetMap,
    /// Clean byte ranges of the text of `<a>` elements, in order (joined
    /// when nothing but marks and spaces stands between them).
    links: Vec<(usize, usize)>,
    /// Where the open `<a>` started in the clean text.
    link_open: Option<usize>,
    /// The elements the page marks as adverts (`<div class="ad">`).
    adverts: Adverts,
    /// How many common characters that tell the script (億, 會, 國 …) were
    /// written in traditional form.
    pub(crate) script_traditional: usize,
}

impl<'a> Clean<'a> {
    /// Cleans `input[start..]`, after the line `input[prefix]` (a front
    /// matter title) when given.
    pub(crate) fn new(input: &'a str, start: usize, prefix: Option<(usize, usize)>) -> Clean<'a> {
        let body = &input[start..];
        if prefix.is_none()
            && memchr::memchr3(b'<', b'&', b'*', body.as_bytes()).is_none()
            && !has_traditional(body)
        {
            return Clean {
                text: Cow::Borrowed(body),
                map: OffsetMap::new(start, input.len() + 1),
                links: Vec::new(),
                link_open: None,
                adverts: Adverts::default(),
                script_traditional: 0,
            };
        }
        let mut c = Clean {
            text: Cow::Owned(String::with_capacity(body.len() + 64)),
            map: OffsetMap::new(prefix.map_or(start, |p| p.0), input.len() + 1),
            links: Vec::new(),
            link_open: None,
            adverts: Adverts::default(),
            script_traditional: 0,
        };
        if let Some((a, b)) = prefix {
            c.verbatim(input, a, b);
            // The line break stands for the byte after the title (a quote or
            // a newline); no fact spans it.
            let nl = if input[b..].starts_with(|ch: char| ch.is_ascii()) && b < input.len() {
                1
            } else {
                0
            };
            c.replace(b, nl, "\n");
        }
        let bytes = input.as_bytes();
        let mut i = start;
        let mut run_start = start;
        while let Some(k) = memchr::memchr3(b'<', b'&', b'*', &bytes[i..]) {
            i += k;
            let b = bytes[i];
            if b == b'*' {
                // Markdown emphasis (**A股**：): two marks or more are no text.
                let n = bytes[i..].iter().take_while(|&&x| x == b'*').count();
                if n >= 2 {
                    c.verbatim(input, run_start, i);
                    c.replace(i, n, "");
                    i += n;
                    run_start = i;
                    continue;
                }
            } else if b == b'<' {
                if let Some((end, block, skip_to)) = tag_at(input, i) {
                    c.verbatim(input, run_start, i);
                    c.link_tag(&input[i..end]);
                    let here = c.text.len();
                    c.adverts.tag(&input[i..end], here);
                    let stop = skip_to.unwrap_or(end);
                    c.replace(i, stop - i, tag_text(&input[i..end], block));
                    i = stop;
                    run_start = i;
                    continue;
                }
            } else if b == b'&' {
                if let Some((end, ch)) = entity_at(input, i) {
                    c.verbatim(input, run_start, i);
                    let mut buf = [0u8; 4];
                    c.replace(i, end - i, ch.encode_utf8(&mut buf));
                    i = end;
                    run_start = i;
                    continue;
                }
            }
            i += 1;
        }
        c.verbatim(input, run_start, bytes.len());
        c.link_tag("</a>");
        c
    }

    /// Clean byte ranges of the text of `<a>` elements, in order (an `<a>`
    /// that never closes ends at the end of the text). Links with no letter
    /// or digit between them (`<a>…</a> | <a>…</a>`, one link a line) are
    /// one range: what is asked of them is whether the words of a line are
    /// all link text, and the marks between them are no words.
    pub(crate) fn links(&self) -> &[(usize, usize)] {
        &self.links
    }

    /// Clean byte ranges of the text of the elements the page marks as
    /// adverts (a `class` or `id` such as `ad`, `ad-box`, `guanggao`), in
    /// order; one that never closes marks nothing.
    pub(crate) fn adverts(&self) -> &[(usize, usize)] {
        &self.adverts.ranges
    }

    /// Notes where the text of an `<a>` element starts and ends.
    fn link_tag(&mut self, tag: &str) {
        let b = tag.as_bytes();
        let name_end = |k: usize| b.get(k).is_none_or(|c| !c.is_ascii_alphanumeric());
        let open = b.len() > 2 && b[1].eq_ignore_ascii_case(&b'a') && name_end(2);
        let close = b.len() > 3 && b[1] == b'/' && b[2].eq_ignore_ascii_case(&b'a') && name_end(3);
        let here = self.text.len();
        if close || open {
            if let Some(from) = self.link_open.take() {
                if from < here {
                    match self.links.last_mut() {
                        Some(last)
                            if last.1 <= from
                                && !self.text[last.1..from].chars().any(char::is_alphanumeric) =>
                        {
                            last.1 = here;
                        }
                        _ => self.links.push((from, here)),
                    }
                }
            }
        }
        if open {
            self.link_open = Some(here);
        }
    }

    /// Removed original bytes before `orig` (tags that joined nothing)
    /// become one empty replacement.
    fn gap_to(&mut self, orig: usize) {
        let cursor = self.map.cursor(self.text.len());
        if orig > cursor {
            self.map.push(Rep {
                clean: self.text.len(),
                orig: cursor,
                clean_len: 0,
                orig_len: orig - cursor,
            });
        }
    }

    fn verbatim(&mut self, input: &str, from: usize, to: usize) {
        if from >= to {
            return;
        }
        self.gap_to(from);
        let piece = &input[from..to];
        // Traditional characters become simplified ones of the same length,
        // so the byte map stays exact.
        self.script_traditional += push_simplified(self.text.to_mut(), piece);
    }

    fn replace(&mut self, orig: usize, orig_len: usize, with: &str) {
        let len = self.text.len();
        // The last replacement is one clean byte, the last one, and ends
        // where this one starts.
        let joins = self.map.ends_in_one_byte(len, orig);
        // An inline tag right after a replaced one joins it (a run of tags
        // is one piece of the map, not one per tag); <p><div><br>: a run of
        // block tags is one line break.
        if joins && (with.is_empty() || (with == "\n" && self.text.ends_with('\n'))) {
            self.map.extend_last(orig_len);
            return;
        }
        if with.is_empty() {
            // Left for `gap_to`: removed bytes map from no clean byte.
            return;
        }
        self.gap_to(orig);
        self.map.push(Rep {
            clean: len,
            orig,
            clean_len: with.len(),
            orig_len,
        });
        self.text.to_mut().push_str(with);
    }

    /// The original offset of clean byte `start` when the clean bytes
    /// `start..=last` are copied verbatim (no replacement starts among
    /// them): clean byte `start + k` is then original byte `… + k`.
    /// `hint` as for [`Clean::original_near`].
    pub(crate) fn copied_from(&self, start: usize, last: usize, hint: &mut usize) -> Option<usize> {
        self.map.copied_from(start, last, hint)
    }

    /// Original offset of the clean byte range `[start, end)`.
    pub(crate) fn original(&self, start: usize, end: usize) -> (usize, usize) {
        self.original_near(start, end, &mut 0)
    }

    /// [`Clean::original`], starting the segment search at `hint` (and
    /// leaving there the segment of `start`).
    pub(crate) fn original_near(
        &self,
        start: usize,
        end: usize,
        hint: &mut usize,
    ) -> (usize, usize) {
        if end <= start {
            // An empty range maps to an empty range (not to the byte at
            // `start`, which may be inside a character or past the end).
            let (from, _) = self.original_near(start, start + 1, hint);
            return (from, from);
        }
        let last = end.saturating_sub(1).max(start);
        let (from, to) = self.map.bytes(start, last, hint);
        (from, to.max(from))
    }
}

/// `s` without its tags and with its entities read (`清河县<span>重大</span>
/// 项目` → `清河县重大项目`): a headline as written, but never raw markup.
/// Characters are kept as written (no traditional form is mapped).
pub(crate) fn without_markup(s: &str) -> Cow<'_, str> {
    if memchr::memchr2(b'<', b'&', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let (mut i, mut run) = (0, 0);
    while let Some(k) = memchr::memchr2(b'<', b'&', &bytes[i..]) {
        i += k;
        let skip = if bytes[i] == b'<' {
            tag_at(s, i).map(|(end, _, skip_to)| (skip_to.unwrap_or(end), None))
        } else {
            entity_at(s, i).map(|(end, ch)| (end, Some(ch)))
        };
        match skip {
            Some((end, ch)) => {
                out.push_str(&s[run..i]);
                out.extend(ch);
                i = end.min(s.len());
                run = i;
            }
            None => i += 1,
        }
    }
    out.push_str(&s[run..]);
    Cow::Owned(out)
}

/// What tag `tag` (a block one: `block`) becomes in the clean text: a cell
/// of a table ends with ` | ` and opens with nothing, so a row is one line of
/// cells (`1 | 某某项目 | 32亿元 | `), as a table written in text is; another
/// block tag is a line break, an inline one nothing.
fn tag_text(tag: &str, block: bool) -> &'static str {
    let b = tag.as_bytes();
    let cell = |at: usize| {
        b.get(at..at + 2)
            .is_some_and(|n| n.eq_ignore_ascii_case(b"td") || n.eq_ignore_ascii_case(b"th"))
            && b.get(at + 2).is_none_or(|c| !c.is_ascii_alphanumeric())
    };
    if b.get(1) == Some(&b'/') && cell(2) {
        " | "
    } else if cell(1) {
        ""
    } else if block {
        "\n"
    } else {
        ""
    }
}

/// Is there a tag at `i`? Returns its end, whether it breaks a block, and,
/// for `<script>`/`<style>`/comments, where the skipped content ends.
fn tag_at(input: &str, i: usize) -> Option<(usize, bool, Option<usize>)> {
    let rest = &input[i..];
    if let Some(r) = rest.strip_prefix("<!--") {
        let end = r.find("-->").map(|e| i + 4 + e + 3).unwrap_or(input.len());
        return Some((end, false, None));
    }
    let b = rest.as_bytes();
    let first = *b.get(1)?;
    if !(first.is_ascii_alphabetic() || first == b'/' || first == b'!') {
        return None;
    }
    // A tag ends at the first '>' within a sane distance and before any '<'.
    let limit = rest.len().min(4096);
    let close = b[1..limit].iter().position(|&c| c == b'>' || c == b'<')? + 1;
    if b[close] != b'>' {
        return None;
    }
    let end = i + close + 1;
    let name: String = rest[1..close]
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let block = matches!(
        name.as_str(),
        "p" | "br"
            | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "tr"
            | "td"
            | "th"
            | "table"
            | "ul"
            | "ol"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "title"
            | "blockquote"
            | "hr"
            | "dd"
            | "dt"
    ) || name.starts_with("http");
    let mut skip_to = None;
    if !rest[1..].starts_with('/') && (name == "script" || name == "style") {
        // Skip to the closing tag, matched without case and without copying.
        let mut from = close;
        skip_to = Some(input.len());
        while let Some(p) = rest[from..].find("</") {
            let at = from + p + 2;
            let candidate = rest.as_bytes().get(at..at + name.len());
            if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
                skip_to = Some(rest[at..].find('>').map_or(input.len(), |q| i + at + q + 1));
                break;
            }
            from = at;
        }
    }
    Some((end, block, skip_to))
}

/// Is there an entity at `i`? Returns its end and the character it stands for.
fn entity_at(input: &str, i: usize) -> Option<(usize, char)> {
    let rest = &input[i + 1..];
    let semi = rest.as_bytes().iter().take(10).position(|&c| c == b';')?;
    let name = &rest[..semi];
    let ch = if let Some(num) = name.strip_prefix('#') {
        let v = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(v)?
    } else {
        match name {
            "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "ldquo" => '“',
            "rdquo" => '”',
            "lsquo" => '‘',
            "rsquo" => '’',
            "mdash" => '—',
            "ndash" => '–',
            "hellip" => '…',
            "middot" => '·',
            "times" => '×',
            "yen" => '¥',
            _ => return None,
        }
    };
    Some((i + 1 + semi + 1, ch))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check<'a>(input: &'a str, want: &str) -> Clean<'a> {
        let c = Clean::new(input, 0, None);
        assert_eq!(c.text, want, "clean text of {input:?}");
        c
    }

    #[test]
    fn tags_entities_and_offsets() {
        let input = "<p>总投资&nbsp;49.72<b>亿元</b></p><br>共&amp;计";
        let c = check(input, "\n总投资 49.72亿元\n共&计");
        // "49.72亿元" in clean maps to "49.72<b>亿元" in the original.
        let s = c.text.find("49.72").unwrap();
        let (a, b) = c.original(s, s + "49.72亿元".len());
        assert_eq!(&input[a..b], "49.72<b>亿元");
        // The entity maps as a whole.
        let s = c.text.find('&').unwrap();
        let (a, b) = c.original(s, s + 1);
        assert_eq!(&input[a..b], "&amp;");
    }

    #[test]
    fn not_tags_stay() {
        check("a < b 且 5<6 &foo; & x", "a < b 且 5<6 &foo; & x");
        check("<p unclosed 文本", "<p unclosed 文本");
        check("x<!-- c -->y<script>var a=1;</script>z", "xyz");
        check("<http://a.b/c?1=2> 后", "\n 后");
    }

    #[test]
    fn traditional_maps_with_same_length() {
        let c = check("總投資12億元，簽約項目8個", "总投资12亿元，签约项目8个");
        assert_eq!(c.text.len(), "總投資12億元，簽約項目8個".len());
    }

    #[test]
    fn plain_text_is_borrowed_not_copied() {
        let c = Clean::new("正文，总投资12亿元。", 0, None);
        assert!(matches!(c.text, Cow::Borrowed(_)));
        let c = Clean::new("正文，總投資12億元。", 0, None);
        assert!(matches!(c.text, Cow::Owned(_)));
        assert_eq!(c.text, "正文，总投资12亿元。");
    }

    #[test]
    fn long_comments_and_tag_runs_map_exactly() {
        let comment = format!("<!--{}-->", "x".repeat(20_000));
        let brs = "<br>".repeat(5_000);
        let input = format!("前{comment}总投资12亿元{brs}共16个");
        let c = check(&input, "前总投资12亿元\n共16个");
        for w in ["总投资12亿元", "共16个", "前"] {
            let s = c.text.find(w).unwrap();
            let (a, b) = c.original(s, s + w.len());
            assert_eq!(&input[a..b], w);
        }
        let s = c.text.find('\n').unwrap();
        let (a, b) = c.original(s, s + 1);
        // A replacement longer than one map entry maps from its first entry.
        assert_eq!(a, input.find("<br>").unwrap());
        assert!(b > a && brs.starts_with(&input[a..b]));
    }

    #[test]
    fn links_with_no_words_between_are_one_range() {
        let c = check(
            "<a>一</a> | <a>二</a>\n<a>三</a>，文<a>四</a><a>五</a>",
            "一 | 二\n三，文四五",
        );
        let at = |w: &str| c.text.find(w).unwrap();
        assert_eq!(c.links(), [(0, at("三") + 3), (at("四"), at("五") + 3)]);
    }

    #[test]
    fn offset_map_is_identity_without_markup() {
        let input = "前言，总投资49.72亿元。";
        let c = check(input, input);
        assert_eq!(c.original(3, 9), (3, 9));
    }
}
