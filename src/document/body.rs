//! The body: lines of page furniture dropped, the rest cut into sentences.

use std::sync::LazyLock;

use regex::Regex;

use super::{Reason, SentenceRange};
use crate::scan::{CharSet, Lexicon};

/// Characters that end a sentence.
pub(super) static SENTENCE_ENDS: CharSet = CharSet::new("。！？；!?;");

/// Newspaper page header: `第08版:08`, `第3版`.
static PAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*第\s*[0-9０-９一二三四五六七八九十]+\s*版").expect("page"));

/// Any word of [`BOILERPLATE`], and the characters a line scan stops at.
struct Marks {
    boilerplate: Lexicon,
    /// Line breaks, sentence ends and the first characters of
    /// [`BOILERPLATE`].
    line_marks: CharSet,
}

static MARKS: LazyLock<Marks> = LazyLock::new(|| {
    let boilerplate = Lexicon::new(BOILERPLATE.iter().copied());
    let line_marks = boilerplate
        .first_chars()
        .union(&SENTENCE_ENDS)
        .union(&CharSet::new("\n"));
    Marks {
        boilerplate,
        line_marks,
    }
});

/// Words that mark a line as page furniture rather than story.
const BOILERPLATE: &[&str] = &[
    "版权声明",
    "版权所有",
    "Copyright",
    "copyright",
    "©",
    "友情链接",
    "相关推荐",
    "相关阅读",
    "未经允许",
    "不得转载",
    "广告",
    "返回首页",
    "责任编辑",
    "文章来源",
    "ICP备",
    "ICP证",
    "content_",
    ".html",
    "http://",
    "https://",
    "](",
    "来源：",
    "来源:",
    "作者：",
    "编辑：",
    "责编",
];

/// `第08版`: a newspaper page header (the regex runs only on lines that
/// start with 第).
pub(super) fn is_page_header(line: &str) -> bool {
    line.trim_start().starts_with('第') && PAGE.is_match(line)
}

/// Whether a line holds a word of page furniture.
pub(super) fn is_furniture_line(line: &str) -> bool {
    MARKS.boilerplate.is_match(line)
}

/// One line of the clean body: where it ends, its sentence ends (offsets in
/// the line), and whether it is furniture.
struct Line {
    end: usize,
    furniture: bool,
}

/// Scans the line starting at `start` in one pass: finds its end, its
/// sentence ends (pushed to `ends`) and any word of page furniture.
fn scan_line(text: &str, start: usize, ends: &mut Vec<usize>) -> Line {
    let m = &*MARKS;
    let bytes = text.as_bytes();
    ends.clear();
    let mut from = start;
    loop {
        let Some(j) = m.line_marks.find(text, from) else {
            return Line {
                end: text.len(),
                furniture: false,
            };
        };
        if bytes[j] == b'\n' {
            return Line {
                end: j,
                furniture: false,
            };
        }
        let c = text[j..].chars().next().unwrap_or_default();
        from = j + c.len_utf8();
        if m.boilerplate.first_chars().contains(c) && m.boilerplate.match_at(text, j).is_some() {
            let end = memchr::memchr(b'\n', &bytes[j..]).map_or(text.len(), |k| j + k);
            return Line {
                end,
                furniture: true,
            };
        }
        if SENTENCE_ENDS.contains(c) {
            ends.push(from - start);
        }
    }
}

/// The sentences of the clean body `text`, the lines of `drop` (by line
/// number) and page furniture left out.
pub(super) fn split(text: &str, drop: &[Option<Reason>]) -> Vec<SentenceRange> {
    let mut sentences = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    let mut line_start = 0;
    let mut line_no = 0;
    while line_start <= text.len() {
        let start = line_start;
        let scanned = scan_line(text, start, &mut ends);
        let line = &text[start..scanned.end];
        let dropped = drop.get(line_no).copied().flatten().is_some();
        line_start = scanned.end + 1;
        line_no += 1;
        if scanned.furniture || dropped || is_page_header(line) {
            continue;
        }
        split_line(text, start, line, &ends, &mut sentences);
    }
    sentences
}

/// Cuts one line (at `start` in `text`) at its sentence ends.
fn split_line(
    text: &str,
    start: usize,
    line: &str,
    ends: &[usize],
    sentences: &mut Vec<SentenceRange>,
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
            push_sentence(text, sentences, start + s, start + e);
        }
        s = e.max(s);
    }
    if s < line.len() {
        push_sentence(text, sentences, start + s, start + line.len());
    }
}

/// Longest sentence, in bytes. A longer run without a sentence break (a
/// table, a wall of numbers) is cut at its last clause break before the
/// limit, so one sentence's facts never grow without bound.
const MAX_SENTENCE: usize = 4096;

fn push_sentence(text: &str, out: &mut Vec<SentenceRange>, mut start: usize, end: usize) {
    while end - start > MAX_SENTENCE {
        let mut cut = start + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
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
        push_piece(text, out, start, cut);
        start = cut;
    }
    push_piece(text, out, start, end);
}

fn push_piece(text: &str, out: &mut Vec<SentenceRange>, start: usize, end: usize) {
    let t = &text[start..end];
    // Only whitespace and control characters: nothing to find.
    if !t.chars().any(|c| !c.is_whitespace() && !c.is_control()) {
        return;
    }
    let lead = t.len() - t.trim_start().len();
    let trail = t.len() - t.trim_end().len();
    if lead + trail < t.len() {
        out.push(SentenceRange {
            start: start + lead,
            end: end - trail,
        });
    }
}
