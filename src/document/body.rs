//! The body: lines of page furniture dropped, the rest cut into sentences.

use std::sync::LazyLock;

use regex::Regex;

use super::ranges::{Pieces, Ranges};
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
    // At most 30 characters, counted no further than the 31st: a line is
    // asked once per word of furniture in it.
    line.trim().chars().nth(30).is_none() && !is_prose(line)
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
        .trim_matches(|c: char| OPENERS.contains(&c) || crate::scan::one_of!("】]）)》>：:", c))
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Keep,
    Drop(Reason),
    /// Keep the line up to this offset (in the text); drop the rest.
    Cut(usize, Reason),
}

/// A word of furniture found in a line: its start, its end and its index
/// in [`FURNITURE`].
type Hit = (usize, usize, usize);

/// How a label (a word of furniture) stands in its line.
struct Placed {
    /// Where the label starts, with the brackets before it.
    lead: usize,
    /// Only brackets and list marks before it.
    opens: bool,
    /// A sentence end before it.
    after_end: bool,
    /// It reads as a label: it ends in a colon, or a colon, a closing
    /// bracket, a space or the line's end follows it.
    shaped: bool,
}

/// How the word `hit` stands in the line starting at `start` in `text`.
fn place(text: &str, start: usize, (j, e, k): Hit) -> Placed {
    let before = text[start..j].trim_end_matches(OPENERS);
    // No word holds a line break: the line goes on past the word, or ends.
    let next = text[e..].chars().next().filter(|&c| c != '\n');
    Placed {
        lead: start + before.len(),
        opens: before.is_empty(),
        after_end: before.ends_with(|c| SENTENCE_ENDS.contains(c)),
        shaped: FURNITURE[k].0.ends_with(['：', ':'])
            || next.is_none_or(|c| crate::scan::one_of!("：:】]）) \u{3000}", c)),
    }
}

/// Whether the word `hit` decides its line whatever the line's length: a
/// word that is never prose, or a label that opens the line or follows a
/// sentence end. [`classify`] decides a line by its first word when the
/// line is short, else by the first word that settles it: no other word
/// is kept ([`scan_line`]).
fn settles(text: &str, start: usize, hit: Hit) -> bool {
    match FURNITURE[hit.2].1 {
        Mark::Shape(_) => true,
        Mark::Label(_) => {
            let p = place(text, start, hit);
            p.shaped && (p.opens || p.after_end)
        }
    }
}

/// Decides a line `text[start..end]` from the words of furniture found in
/// it (`hits`, in order: the first and the first that [`settles`] the line
/// are enough).
fn classify(text: &str, start: usize, end: usize, hits: &[Hit]) -> Verdict {
    let line = &text[start..end];
    for &hit in hits {
        match FURNITURE[hit.2].1 {
            Mark::Shape(r) => return Verdict::Drop(r),
            Mark::Label(r) => {
                let p = place(text, start, hit);
                if p.opens && (p.shaped || is_short_non_prose(line)) {
                    return Verdict::Drop(r);
                }
                if p.after_end && p.shaped {
                    return Verdict::Cut(p.lead, r);
                } else if is_short_non_prose(line) {
                    return Verdict::Drop(r);
                }
            }
        }
    }
    Verdict::Keep
}

/// The most sentence ends [`scan_line`] lists; a line with more has the rest
/// found again after the last one listed ([`ends_after`]), so a line of a
/// million sentences holds no list of them.
const MAX_ENDS: usize = 1024;

/// Scans the line starting at `start` in one pass: finds its end, its
/// sentence ends (offsets in the line, the first [`MAX_ENDS`] pushed to
/// `ends`) and the words of furniture in it that [`classify`] looks at
/// (pushed to `hits`: the first, and the first that [`settles`] the line).
fn scan_line(text: &str, start: usize, ends: &mut Vec<usize>, hits: &mut Vec<Hit>) -> usize {
    let m = &*MARKS;
    let bytes = text.as_bytes();
    ends.clear();
    hits.clear();
    let mut settled = false;
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
                if !settled {
                    let hit = (j, e, k);
                    settled = settles(text, start, hit);
                    if settled || hits.is_empty() {
                        hits.push(hit);
                    }
                }
                from = e;
                continue;
            }
        }
        if SENTENCE_ENDS.contains(c) && ends.len() < MAX_ENDS {
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
    pub(super) dropped: Pieces,
}

impl Body {
    fn drop(&mut self, text: &str, start: usize, end: usize, reason: Reason) {
        let t = &text[start..end];
        let lead = t.len() - t.trim_start().len();
        let t = t.trim();
        if !t.is_empty() {
            self.dropped
                .push(start + lead, start + lead + t.len(), reason);
        }
    }
}

/// The sentences of the clean body `text`, the lines `marks` drops (by
/// line number, in order) and page furniture left out.
pub(super) fn split(
    text: &str,
    marks: &[(usize, LineMark)],
    links: &[(usize, usize)],
    adverts: &[(usize, usize)],
) -> Body {
    let mut body = Body {
        sentences: Ranges::new(text.len()),
        dropped: Pieces::new(text.len()),
    };
    let mut link = 0;
    let mut advert = 0;
    let mut ends: Vec<usize> = Vec::new();
    let mut hits = Vec::new();
    let mut related = false;
    let mut line_start = 0;
    let mut line_no = 0;
    let mut next_mark = 0;
    while line_start <= text.len() {
        let start = line_start;
        let end = scan_line(text, start, &mut ends, &mut hits);
        let line = &text[start..end];
        let mark = match marks.get(next_mark) {
            Some(&(n, mark)) if n == line_no => {
                next_mark += 1;
                mark
            }
            _ => LineMark::default(),
        };
        line_start = end + 1;
        line_no += 1;
        if let Some(r) = mark.drop {
            body.drop(text, start, end, r);
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        if in_advert(start, end, adverts, &mut advert) {
            body.drop(text, start, end, Reason::Advert);
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
        // Sentence ends are in order: those of the kept part come first,
        // then those past the list, if it is full.
        let kept = ends.partition_point(|&e| start + e <= keep);
        let rest = match ends.last() {
            Some(&last) if ends.len() == MAX_ENDS => ends_after(text, start, keep, last),
            _ => ends_after(text, start, keep, keep - start),
        };
        split_line(
            text,
            start,
            &text[start..keep],
            ends[..kept].iter().copied().chain(rest),
            mark.section,
            &mut body.sentences,
        );
    }
    body
}

/// Whether the line `start..end` lies inside one of the `adverts` (clean
/// ranges of advert elements, in order); `next` as for [`is_all_links`].
fn in_advert(start: usize, end: usize, adverts: &[(usize, usize)], next: &mut usize) -> bool {
    while adverts.get(*next).is_some_and(|a| a.1 <= start) {
        *next += 1;
    }
    adverts
        .get(*next)
        .is_some_and(|&(a, b)| a <= start && end <= b)
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

/// The sentence ends (offsets in the line) of the line starting at `start`
/// in `text`, kept up to `keep`, past offset `from`: those [`scan_line`]
/// did not list. (No word of furniture holds a sentence end, so the line
/// scan skips none.)
fn ends_after(text: &str, start: usize, keep: usize, from: usize) -> impl Iterator<Item = usize> {
    let kept = &text[..keep];
    let mut at = start + from;
    std::iter::from_fn(move || {
        let j = SENTENCE_ENDS.find(kept, at)?;
        at = j + kept[j..].chars().next()?.len_utf8();
        Some(at - start)
    })
}

/// Cuts one line (at `start` in `text`) at its sentence ends.
fn split_line(
    text: &str,
    start: usize,
    line: &str,
    ends: impl Iterator<Item = usize>,
    section: Section,
    sentences: &mut Ranges,
) {
    let mut s = 0;
    for end in ends {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_of_furniture_holds_a_sentence_end() {
        // What lets `ends_after` find the ends the line scan did not list.
        for (w, _) in FURNITURE {
            assert!(!w.contains(|c| SENTENCE_ENDS.contains(c)), "{w}");
        }
    }

    #[test]
    fn the_words_kept_decide_a_line_as_all_its_words() {
        // Lines made of labels, words that are never prose, brackets,
        // sentence ends and prose, short and long.
        let pieces: Vec<&str> =
            "广告|来源：|责任编辑|编辑：|©|http://|相关阅读|。|！|（|【|】| |：|，|正文内容|总投资12亿元|\u{3000}|x"
                .split('|')
                .collect();
        let mut random = crate::scan::Xorshift::new();
        let mut next = |n: usize| random.below(n);
        for _ in 0..20_000 {
            let n = 1 + next(12);
            let mut line: String = (0..n).map(|_| pieces[next(pieces.len())]).collect();
            if next(3) == 0 {
                line.push_str(&"长".repeat(30));
            }
            let all: Vec<Hit> = MARKS.furniture.find_iter(&line).collect();
            let (mut ends, mut hits) = (Vec::new(), Vec::new());
            let end = scan_line(&line, 0, &mut ends, &mut hits);
            assert_eq!(end, line.len());
            assert!(hits.len() <= 2 && all.starts_with(&hits[..hits.len().min(1)]));
            assert_eq!(
                classify(&line, 0, end, &hits),
                classify(&line, 0, end, &all),
                "{line}"
            );
        }
    }

    #[test]
    fn a_line_of_labels_is_read_in_linear_time() {
        // Each 广告 once asked whether the whole line was short: a line of
        // 100 000 of them took minutes. Now it keeps two words and counts
        // no further than the 31st character.
        let line = "广告".repeat(100_000);
        let (mut ends, mut hits) = (Vec::new(), Vec::new());
        assert_eq!(scan_line(&line, 0, &mut ends, &mut hits), line.len());
        assert_eq!(hits.len(), 1);
        assert_eq!(furniture(&line), None);
        // Story, cut at the longest sentence.
        assert!(texts(&line).concat() == line);
        assert_eq!(furniture("广告"), Some(Reason::Advert));
    }

    fn texts(text: &str) -> Vec<&str> {
        let body = split(text, &[], &[], &[]);
        (0..body.sentences.len())
            .map(|i| {
                let (a, b) = body.sentences.range(i);
                &text[a..b]
            })
            .collect()
    }

    #[test]
    fn a_line_of_more_sentences_than_listed_is_cut_at_each() {
        for n in [MAX_ENDS - 1, MAX_ENDS, MAX_ENDS + 1, 3 * MAX_ENDS + 7] {
            let line = "一。".repeat(n);
            let got = texts(&line);
            assert_eq!(got.len(), n);
            assert!(got.iter().all(|s| *s == "一。"));
            // With a tail after the last end, a closing quote, and a byline
            // cut off the end of the line.
            let text = format!("{line}二”！三\n{line}（责任编辑：王五）");
            let got = texts(&text);
            assert_eq!(got.len(), 2 * n + 2, "{n}");
            assert_eq!(got[n], "二”！");
            assert_eq!(got[n + 1], "三");
            assert!(got[n + 2..].iter().all(|s| *s == "一。"));
        }
    }
}
