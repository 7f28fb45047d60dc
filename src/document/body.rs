//! The body: lines of page furniture dropped, the rest cut into sentences.

use std::sync::LazyLock;

use regex::Regex;

use super::ranges::Ranges;
use super::{Reason, Section};
use crate::clause::boundary_ahead;
use crate::scan::{CharSet, Lexicon};

/// Characters that end a sentence.
pub(super) static SENTENCE_ENDS: CharSet = CharSet::new("。！？；!?;");

/// Newspaper page header: `第08版:08`, `第3版`.
static PAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*第\s*[0-9０-９一二三四五六七八九十]+\s*版").expect("page"));

/// The words of [`FURNITURE`], and the characters a line scan stops at.
struct Marks {
    furniture: Lexicon,
    /// Line breaks, sentence ends and the first characters of
    /// [`FURNITURE`].
    line_marks: CharSet,
}

static MARKS: LazyLock<Marks> = LazyLock::new(|| {
    let furniture = Lexicon::new(FURNITURE.iter().map(|w| w.0));
    let line_marks = furniture
        .first_chars()
        .union(&SENTENCE_ENDS)
        .union(&CharSet::new("\n"));
    Marks {
        furniture,
        line_marks,
    }
});

/// How a word of page furniture marks its line.
#[derive(Clone, Copy, Debug)]
enum Mark {
    /// Never in a story's prose (a link, a copyright notice): the line is
    /// furniture wherever the word stands.
    Shape(Reason),
    /// A label that may also be a word of prose (广告, 责任编辑, 来源：):
    /// the line is furniture only when the word opens it as a label, or
    /// when the line is short and has no clause punctuation; after a
    /// sentence end it cuts the line (`…增长8%。（责任编辑：王五）`).
    Label(Reason),
}

/// Words that may mark a line as page furniture rather than story.
const FURNITURE: &[(&str, Mark)] = &[
    ("版权声明", Mark::Shape(Reason::Copyright)),
    ("版权所有", Mark::Label(Reason::Copyright)),
    ("Copyright", Mark::Shape(Reason::Copyright)),
    ("copyright", Mark::Shape(Reason::Copyright)),
    ("©", Mark::Shape(Reason::Copyright)),
    ("友情链接", Mark::Label(Reason::RelatedLinks)),
    ("相关推荐", Mark::Label(Reason::RelatedLinks)),
    ("相关阅读", Mark::Label(Reason::RelatedLinks)),
    ("未经允许", Mark::Shape(Reason::Copyright)),
    ("不得转载", Mark::Shape(Reason::Copyright)),
    ("广告", Mark::Label(Reason::Advert)),
    ("返回首页", Mark::Shape(Reason::Navigation)),
    ("责任编辑", Mark::Label(Reason::Byline)),
    ("文章来源", Mark::Label(Reason::Byline)),
    ("ICP备", Mark::Shape(Reason::Copyright)),
    ("ICP证", Mark::Shape(Reason::Copyright)),
    ("content_", Mark::Shape(Reason::Link)),
    (".html", Mark::Shape(Reason::Link)),
    ("http://", Mark::Shape(Reason::Link)),
    ("https://", Mark::Shape(Reason::Link)),
    ("](", Mark::Shape(Reason::Link)),
    ("来源：", Mark::Label(Reason::Byline)),
    ("来源:", Mark::Label(Reason::Byline)),
    ("作者：", Mark::Label(Reason::Byline)),
    ("编辑：", Mark::Label(Reason::Byline)),
    ("责编", Mark::Label(Reason::Byline)),
];

/// Headers of a block of related links: the block is the header and the
/// short, link-like lines under it.
const RELATED: &[&str] = &[
    "相关推荐",
    "相关阅读",
    "相关新闻",
    "相关文章",
    "推荐阅读",
    "延伸阅读",
    "猜你喜欢",
    "热门推荐",
    "精彩推荐",
    "热点推荐",
    "更多阅读",
    "友情链接",
];

/// Opening brackets and list marks that may stand before a label.
const OPENERS: &[char] = &[
    '【', '[', '（', '(', '〔', '《', '<', '-', '*', '·', '•', ' ', '\u{3000}', '\t',
];

/// `第08版`: a newspaper page header (the regex runs only on lines that
/// start with 第).
pub(super) fn is_page_header(line: &str) -> bool {
    line.trim_start().starts_with('第') && PAGE.is_match(line)
}

/// Whether a line reads as prose: it has clause punctuation.
fn is_prose(line: &str) -> bool {
    line.contains(['，', '。', '；', '！', '？', ','])
}

/// Short and without clause punctuation: a label, a widget, a link.
fn is_short_non_prose(line: &str) -> bool {
    line.trim().chars().count() <= 30 && !is_prose(line)
}

/// Whether a line is the header of a block of related links (`相关阅读`,
/// `【推荐阅读】`, `猜你喜欢：`).
fn is_related_header(line: &str) -> bool {
    // The longest header with brackets, colon and spaces is well under
    // 64 bytes: longer lines are not looked at.
    if line.len() > 64 {
        return false;
    }
    let t = line
        .trim()
        .trim_matches(|c: char| OPENERS.contains(&c) || "】]）)》>：:".contains(c))
        .trim();
    RELATED.contains(&t)
}

/// A line under a header of related links that is one of the links: short,
/// no sentence end, or a link.
fn is_link_like(line: &str) -> bool {
    let t = line.trim();
    (t.chars().count() <= 60 && !t.contains(['。', '！', '？', '；']))
        || ["](", "http://", "https://", ".html"]
            .iter()
            .any(|w| t.contains(w))
}

/// Why a line (alone) is page furniture, if it is.
pub(super) fn furniture(line: &str) -> Option<Reason> {
    let mut hits = Vec::new();
    let mut ends = Vec::new();
    let scanned = scan_line(line, 0, &mut ends, &mut hits);
    match classify(line, 0, scanned, &hits) {
        Verdict::Drop(r) => Some(r),
        Verdict::Keep | Verdict::Cut(..) => None,
    }
}

/// What to do with a line.
#[derive(Clone, Copy, Debug)]
enum Verdict {
    Keep,
    Drop(Reason),
    /// Keep the line up to this offset (in the text); drop the rest.
    Cut(usize, Reason),
}

/// Decides a line `text[start..end]` from the words of furniture found in
/// it (`hits`: start, end and index in [`FURNITURE`], in order).
fn classify(text: &str, start: usize, end: usize, hits: &[(usize, usize, usize)]) -> Verdict {
    let line = &text[start..end];
    let mut cut = None;
    for &(j, e, k) in hits {
        match (FURNITURE[k].1, cut) {
            (Mark::Shape(r), None) => return Verdict::Drop(r),
            (Mark::Label(r), None) => {
                let before = text[start..j].trim_end_matches(OPENERS);
                let lead = start + before.len();
                let next = text[e..end].chars().next();
                let shaped = FURNITURE[k].0.ends_with(['：', ':'])
                    || next.is_none_or(|c| "：:】]）) \u{3000}".contains(c));
                if before.is_empty() && (shaped || is_short_non_prose(line)) {
                    return Verdict::Drop(r);
                }
                if before.ends_with(|c| SENTENCE_ENDS.contains(c)) && shaped {
                    cut = Some((lead, r));
                } else if is_short_non_prose(line) {
                    return Verdict::Drop(r);
                }
            }
            (_, Some(_)) => {}
        }
    }
    match cut {
        Some((at, r)) => Verdict::Cut(at, r),
        None => Verdict::Keep,
    }
}

/// Scans the line starting at `start` in one pass: finds its end, its
/// sentence ends (offsets in the line, pushed to `ends`) and the words of
/// furniture in it (pushed to `hits`).
fn scan_line(
    text: &str,
    start: usize,
    ends: &mut Vec<usize>,
    hits: &mut Vec<(usize, usize, usize)>,
) -> usize {
    let m = &*MARKS;
    let bytes = text.as_bytes();
    ends.clear();
    hits.clear();
    let mut from = start;
    loop {
        let Some(j) = m.line_marks.find(text, from) else {
            return text.len();
        };
        if bytes[j] == b'\n' {
            return j;
        }
        let c = text[j..].chars().next().unwrap_or_default();
        from = j + c.len_utf8();
        if m.furniture.first_chars().contains(c) {
            if let Some((e, k)) = m.furniture.match_at(text, j) {
                hits.push((j, e, k));
                from = e;
                continue;
            }
        }
        if SENTENCE_ENDS.contains(c) {
            ends.push(from - start);
        }
    }
}

/// How the page head marks one line: dropped (and why), and the section
/// of its sentences.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct LineMark {
    pub(super) drop: Option<Reason>,
    pub(super) section: Section,
}

/// The body cut into sentences, and the lines left out.
#[derive(Debug)]
pub(super) struct Body {
    pub(super) sentences: Ranges,
    /// Clean byte ranges of the lines (or line tails) left out, and why.
    pub(super) dropped: Vec<(usize, usize, Reason)>,
}

impl Body {
    fn drop(&mut self, text: &str, start: usize, end: usize, reason: Reason) {
        let t = &text[start..end];
        let lead = t.len() - t.trim_start().len();
        let t = t.trim();
        if !t.is_empty() {
            self.dropped
                .push((start + lead, start + lead + t.len(), reason));
        }
    }
}

/// The sentences of the clean body `text`, the lines `marks` drops (by
/// line number) and page furniture left out.
pub(super) fn split(text: &str, marks: &[LineMark], links: &[(usize, usize)]) -> Body {
    let mut body = Body {
        sentences: Ranges::new(text.len()),
        dropped: Vec::new(),
    };
    let mut link = 0;
    let mut ends: Vec<usize> = Vec::new();
    let mut hits = Vec::new();
    let mut related = false;
    let mut line_start = 0;
    let mut line_no = 0;
    while line_start <= text.len() {
        let start = line_start;
        let end = scan_line(text, start, &mut ends, &mut hits);
        let line = &text[start..end];
        let mark = marks.get(line_no).copied().unwrap_or_default();
        line_start = end + 1;
        line_no += 1;
        if let Some(r) = mark.drop {
            body.drop(text, start, end, r);
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        if is_related_header(line) || (related && is_link_like(line)) {
            related = true;
            body.drop(text, start, end, Reason::RelatedLinks);
            continue;
        }
        related = false;
        if mark.section != Section::Title && is_all_links(text, start, end, links, &mut link) {
            body.drop(text, start, end, Reason::Link);
            continue;
        }
        if is_page_header(line) {
            body.drop(text, start, end, Reason::PageHeader);
            continue;
        }
        let keep = match classify(text, start, end, &hits) {
            Verdict::Keep => end,
            Verdict::Drop(r) => {
                body.drop(text, start, end, r);
                continue;
            }
            Verdict::Cut(at, r) => {
                body.drop(text, at, end, r);
                at
            }
        };
        // Sentence ends are in order: those of the kept part come first.
        let kept = ends.partition_point(|&e| start + e <= keep);
        split_line(
            text,
            start,
            &text[start..keep],
            &ends[..kept],
            mark.section,
            &mut body.sentences,
        );
    }
    body
}

/// Whether the words of the line `text[start..end]` are all the text of
/// links (`<li><a href=…>…</a></li>`, `<a>…</a> | <a>…</a>`). `next` is
/// the first link that may reach the line (lines come in order).
fn is_all_links(
    text: &str,
    start: usize,
    end: usize,
    links: &[(usize, usize)],
    next: &mut usize,
) -> bool {
    while links.get(*next).is_some_and(|l| l.1 <= start) {
        *next += 1;
    }
    let mut pos = start;
    let mut any = false;
    for &(a, b) in links[*next..].iter().take_while(|l| l.0 < end) {
        if text[pos..a.max(pos)].chars().any(char::is_alphanumeric) {
            return false;
        }
        any |= text[a.max(start)..b.min(end)]
            .chars()
            .any(char::is_alphanumeric);
        pos = b.min(end).max(pos);
    }
    any && !text[pos..end].chars().any(char::is_alphanumeric)
}

/// Cuts one line (at `start` in `text`) at its sentence ends.
fn split_line(
    text: &str,
    start: usize,
    line: &str,
    ends: &[usize],
    section: Section,
    sentences: &mut Ranges,
) {
    let mut s = 0;
    for &end in ends {
        let mut e = end;
        // Keep a closing quote with its sentence.
        for q in line[e..].chars() {
            if matches!(q, '”' | '’' | '"' | '」' | '）' | ')') {
                e += q.len_utf8();
            } else {
                break;
            }
        }
        if e > s {
            push_sentence(text, sentences, start + s, start + e, section);
        }
        s = e.max(s);
    }
    if s < line.len() {
        push_sentence(text, sentences, start + s, start + line.len(), section);
    }
}

/// Longest sentence, in bytes. A longer run without a sentence break (a
/// table, a wall of numbers) is cut at its last clause break before the
/// limit, so one sentence's facts never grow without bound.
const MAX_SENTENCE: usize = 4096;

fn push_sentence(text: &str, out: &mut Ranges, mut start: usize, end: usize, section: Section) {
    while end - start > MAX_SENTENCE {
        let mut cut = boundary_ahead(text, start, MAX_SENTENCE);
        if let Some((i, c)) = text[start..cut]
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '，' | ',' | '、' | ' ' | '\u{3000}'))
        {
            cut = start + i + c.len_utf8();
        } else {
            // Never cut a numeral in two: a run of numerals stays whole
            // (it is one token, whatever its length).
            let numeral = |c: char| c == '.' || crate::number::is_numeral_char(c);
            if text[..cut].chars().next_back().is_some_and(numeral) {
                cut += text[cut..].find(|c: char| !numeral(c)).unwrap_or(end - cut);
            }
        }
        push_piece(text, out, start, cut, section);
        start = cut;
    }
    push_piece(text, out, start, end, section);
}

fn push_piece(text: &str, out: &mut Ranges, start: usize, end: usize, section: Section) {
    let t = &text[start..end];
    // Only whitespace and control characters: nothing to find.
    if !t.chars().any(|c| !c.is_whitespace() && !c.is_control()) {
        return;
    }
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    if lead + trail < t.len() {
        out.push(start + lead, end - trail, section);
    }
}
