//! `Document`: one input as it comes, with its title, publication date and
//! sentences, and the map from the cleaned body back to the original bytes.

use std::fmt;
use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use regex::Regex;
use serde::{Serialize, Serializer};

use crate::error::{Error, ErrorKind};
use crate::fact::Span;
use crate::markup::Clean;
use crate::scan::{CharSet, Lexicon};

/// When a document says it was published: a day, maybe a time and an offset.
///
/// Displayed (and serialised) as ISO 8601: `2022-06-15T07:27:30+08:00`,
/// `2022-09-27T05:49:11` (no offset given) or `2022-08-10` (day only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Published {
    date: NaiveDate,
    time: Option<NaiveTime>,
    offset: Option<FixedOffset>,
}

impl Published {
    /// The day, which is the reference date for relative dates.
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The time of day, when given.
    pub fn time(&self) -> Option<NaiveTime> {
        self.time
    }

    /// The UTC offset, when given.
    pub fn offset(&self) -> Option<FixedOffset> {
        self.offset
    }
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date)?;
        if let Some(t) = self.time {
            write!(f, "T{}", t.format("%H:%M:%S"))?;
            if let Some(o) = self.offset {
                write!(f, "{o}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One sentence of the cleaned body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence<'d> {
    /// Index of the sentence in the document.
    pub index: usize,
    /// The cleaned text (markup removed, entities decoded).
    pub text: &'d str,
    /// Byte offset of `text` in the cleaned body.
    pub(crate) start: usize,
}

#[derive(Clone, Copy, Debug)]
struct SentenceRange {
    start: usize,
    end: usize,
}

/// One input document: plain text, an HTML fragment, Markdown/Jekyll with
/// YAML front matter, or a scraped page.
///
/// Parsing never fails: it finds what it can. The body is cleaned of markup
/// with a map back to the original bytes, so facts report spans of the
/// original input.
///
/// ```
/// use zhfacts::Document;
/// let doc = Document::parse("---\ntitle: \"示例\"\ndate: 2022-06-15 07:27:30 +0800\n---\n<p>4月初，共签约项目16个。</p>");
/// assert_eq!(doc.title(), Some("示例"));
/// assert_eq!(doc.published().unwrap().to_string(), "2022-06-15T07:27:30+08:00");
/// let texts: Vec<&str> = doc.sentences().map(|s| s.text).collect();
/// assert_eq!(texts, ["示例", "4月初，共签约项目16个。"]);
/// ```
#[derive(Clone, Debug)]
pub struct Document<'a> {
    input: &'a str,
    clean: Clean<'a>,
    title: Option<String>,
    published: Option<Published>,
    sentences: Vec<SentenceRange>,
}

struct Patterns {
    /// A date (and time) at the start of a metadata line, after an optional
    /// label: `2022-09-27 05:49:11`, `发布时间：2011-03-29`, `2022年08月10日`.
    /// Not: `2022年，全区…` (no month).
    date_line: Regex,
    /// A compact date in a heading: `简报(20230811)`.
    compact: Regex,
    /// Newspaper page header: `第08版:08`, `第3版`.
    page: Regex,
    /// Any word of [`BOILERPLATE`].
    boilerplate: Lexicon,
    /// Line breaks, sentence ends and the first characters of
    /// [`BOILERPLATE`].
    line_marks: CharSet,
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let boilerplate = Lexicon::new(BOILERPLATE.iter().copied());
    let line_marks = boilerplate
        .first_chars()
        .union(&SENTENCE_ENDS)
        .union(&CharSet::new("\n"));
    Patterns {
    date_line: Regex::new(
        r"(?x)
        ^\s*(?:(?:发布|发表|更新|出版)?(?:时间|日期)\s*[:：｜|]\s*)?
        (?P<y>(?:19|20)[0-9]{2}|1[0-2][0-9])\s*[-/.年]\s*(?P<m>[0-9]{1,2})\s*[-/.月]\s*(?P<d>[0-9]{1,2})\s*日?
        (?:\s*T?\s*(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2}))?)?
        (?:\s*(?P<tz>[+-][0-9]{2}:?[0-9]{2}|Z\b|UTC\b|GMT\b))?",
    )
    .expect("date_line pattern"),
    compact: Regex::new(r"[(（]((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])[)）]").expect("compact"),
    page: Regex::new(r"^\s*第\s*[0-9０-９一二三四五六七八九十]+\s*版").expect("page"),
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

impl<'a> Document<'a> {
    /// Reads one document. Never fails; see [`Document::from_bytes`] for bytes.
    pub fn parse(input: &'a str) -> Document<'a> {
        let mut body_start = if input.starts_with('\u{feff}') { 3 } else { 0 };
        let mut title = None;
        let mut title_range = None;
        let mut published = None;
        // Front matter, possibly after blank lines.
        let blank = input[body_start..].len()
            - input[body_start..]
                .trim_start_matches(['\n', '\r', ' ', '\t'])
                .len();
        let blank = input[body_start..body_start + blank]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        if let Some((fm_end, fm)) = front_matter(&input[body_start + blank..]) {
            body_start += blank;
            for line in fm.lines() {
                let Some((key, value)) = line.split_once(':') else {
                    continue;
                };
                let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
                match key.trim() {
                    "title" if !value.is_empty() => {
                        title = Some(value.to_string());
                        // `value` borrows `input`: its offset is where it starts.
                        let start = value.as_ptr() as usize - input.as_ptr() as usize;
                        title_range = Some((start, start + value.len()));
                    }
                    "date" | "published" | "pubdate" if published.is_none() => {
                        published = parse_published(value)
                    }
                    _ => {}
                }
            }
            body_start += fm_end;
        }
        let clean = Clean::new(input, body_start, title_range);
        let mut doc = Document {
            input,
            clean,
            title,
            published,
            sentences: Vec::new(),
        };
        doc.split(title_range.is_some());
        doc
    }

    /// Reads one document from bytes, which must be UTF-8.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidUtf8`] with the offset of the first bad byte.
    ///
    /// ```
    /// use zhfacts::Document;
    /// let doc = Document::from_bytes("共签约项目16个".as_bytes())?;
    /// assert_eq!(doc.input(), "共签约项目16个");
    /// # Ok::<(), zhfacts::Error>(())
    /// ```
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Document<'a>, Error> {
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(Document::parse(s)),
            Err(e) => Err(Error::new(ErrorKind::InvalidUtf8 {
                offset: e.valid_up_to(),
            })),
        }
    }

    /// The original input.
    pub fn input(&self) -> &'a str {
        self.input
    }

    /// The title: front matter `title:`, or the headline line of a page.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The publication date, from front matter `date:` or a timestamp line.
    pub fn published(&self) -> Option<Published> {
        self.published
    }

    /// The sentences of the story body, in order (title, date lines and page
    /// furniture excluded).
    pub fn sentences(&self) -> impl ExactSizeIterator<Item = Sentence<'_>> + '_ {
        self.sentences
            .iter()
            .enumerate()
            .map(|(index, r)| Sentence {
                index,
                text: &self.clean.text[r.start..r.end],
                start: r.start,
            })
    }

    /// The original span of a byte range of a sentence's text. Spans come
    /// in order: `hint` carries the place in the byte map from one call to
    /// the next.
    pub(crate) fn span_near(
        &self,
        sentence: &Sentence<'_>,
        start: usize,
        end: usize,
        hint: &mut usize,
    ) -> Span {
        let (a, b) = self
            .clean
            .original_near(sentence.start + start, sentence.start + end, hint);
        Span { start: a, end: b }
    }

    /// Finds title and date lines, drops page furniture, splits sentences.
    fn split(&mut self, titled: bool) {
        let text: &str = &self.clean.text;
        let p = &*PATTERNS;
        // The head of the page (its first 30 non-empty lines) with clean
        // offsets: where title and date lines are looked for.
        let mut lines: Vec<(usize, &str)> = Vec::new();
        let mut pos = 0;
        let mut seen = 0;
        for line in text.split('\n') {
            if seen == 30 {
                break;
            }
            lines.push((pos, line));
            pos += line.len() + 1;
            seen += usize::from(!line.trim().is_empty());
        }
        let mut skip = vec![false; lines.len()];
        let nonempty: Vec<usize> = (0..lines.len())
            .filter(|&i| !lines[i].1.trim().is_empty())
            .take(30)
            .collect();
        // The publication date line near the top.
        let mut date_line = None;
        for (k, &i) in nonempty.iter().enumerate() {
            let line = lines[i].1;
            // The pattern is anchored: a year (1…, 2…) or a label (发布时间,
            // 日期 …) must open the line.
            let opens = line
                .trim_start()
                .starts_with(['1', '2', '发', '更', '出', '时', '日']);
            if !opens || line.chars().count() > 80 {
                continue;
            }
            if let Some(c) = p.date_line.captures(line) {
                if let Some(pubd) = published_from_caps(&c) {
                    if self.published.is_none() {
                        self.published = Some(pubd);
                    }
                    skip[i] = true;
                    date_line = Some(k);
                    break;
                }
            }
        }
        let is_title_like = |s: &str| {
            let t = s.trim();
            let n = t.chars().count();
            (4..=80).contains(&n)
                && !t.ends_with(['。', '！', '？', '；', '：', ':'])
                && !is_page_header(t)
                && !p.boilerplate.is_match(t)
        };
        let mut title_line = None;
        if titled {
            // A front matter title is the first line: no headline to find.
        } else if let Some(k) = date_line {
            // The headline is the line just above the date line, else the
            // first headline-like line below it.
            if k > 0 && is_title_like(lines[nonempty[k - 1]].1) {
                title_line = Some(k - 1);
            } else {
                title_line = nonempty[k + 1..]
                    .iter()
                    .take(4)
                    .position(|&i| {
                        let t = lines[i].1.trim();
                        is_title_like(t) && !t.starts_with(['(', '（'])
                    })
                    .map(|j| k + 1 + j);
            }
        } else if let Some(&i) = nonempty.first() {
            let t = lines[i].1.trim();
            if is_title_like(t) && nonempty.len() > 1 && !t.contains(['，', '。', ',']) {
                title_line = Some(0);
            }
        }
        if let Some(k) = title_line {
            let i = nonempty[k];
            let t = lines[i].1.trim().trim_start_matches('#').trim_start();
            if let Some(c) = p.compact.captures(t) {
                if self.published.is_none() {
                    self.published = ymd(&c[1], &c[2], &c[3]).map(|date| Published {
                        date,
                        time: None,
                        offset: None,
                    });
                }
            }
            if self.title.is_none() {
                // The title as written, not as cleaned.
                let lead = t.as_ptr() as usize - lines[i].1.as_ptr() as usize;
                let (a, b) = self
                    .clean
                    .original(lines[i].0 + lead, lines[i].0 + lead + t.len());
                self.title = Some(self.input[a..b].to_string());
            }
            // Everything above the headline is navigation or adverts.
            for s in skip.iter_mut().take(i) {
                *s = true;
            }
        }
        let mut sentences = Vec::new();
        let mut ends: Vec<usize> = Vec::new();
        // One pass over the text finds the line breaks, each line's sentence
        // ends, and any word of page furniture (which drops its line).
        let bytes = text.as_bytes();
        let mut line_start = 0;
        let mut line_no = 0;
        while line_start <= text.len() {
            ends.clear();
            let mut furniture = false;
            let mut from = line_start;
            let line_end = loop {
                let Some(j) = p.line_marks.find(text, from) else {
                    break text.len();
                };
                if bytes[j] == b'\n' {
                    break j;
                }
                let c = text[j..].chars().next().unwrap_or_default();
                from = j + c.len_utf8();
                if p.boilerplate.first_chars().contains(c)
                    && p.boilerplate.match_at(text, j).is_some()
                {
                    furniture = true;
                    break memchr::memchr(b'\n', &bytes[j..]).map_or(text.len(), |k| j + k);
                }
                if SENTENCE_ENDS.contains(c) {
                    ends.push(from - line_start);
                }
            };
            let line = &text[line_start..line_end];
            let start = line_start;
            let skipped = skip.get(line_no).copied().unwrap_or(false);
            line_start = line_end + 1;
            line_no += 1;
            if furniture || skipped || is_page_header(line) {
                continue;
            }
            let mut s = 0;
            for &end in &ends {
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
                    push_sentence(text, &mut sentences, start + s, start + e);
                }
                s = e.max(s);
            }
            if s < line.len() {
                push_sentence(text, &mut sentences, start + s, start + line.len());
            }
        }
        self.sentences = sentences;
    }
}

/// Characters that end a sentence.
static SENTENCE_ENDS: CharSet = CharSet::new("。！？；!?;");

/// `第08版`: a newspaper page header (the regex runs only on lines that
/// start with 第).
fn is_page_header(line: &str) -> bool {
    line.trim_start().starts_with('第') && PATTERNS.page.is_match(line)
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

/// The YAML front matter at the start: `(bytes to skip, its text)`.
/// A front matter that never closes is not one.
fn front_matter(s: &str) -> Option<(usize, &str)> {
    let rest = s
        .strip_prefix("---\n")
        .or_else(|| s.strip_prefix("---\r\n"))?;
    let open = s.len() - rest.len();
    let mut pos = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" || line.trim_end() == "..." {
            return Some((open + pos + line.len(), &rest[..pos]));
        }
        pos += line.len();
    }
    None
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn published_from_caps(c: &regex::Captures<'_>) -> Option<Published> {
    // A three-digit year is of the Republic of China calendar (109 = 2020).
    let y: i32 = c["y"].parse().ok()?;
    let y = if y < 1000 { y + 1911 } else { y };
    let date = ymd(&y.to_string(), &c["m"], &c["d"])?;
    let time = match (c.name("H"), c.name("M")) {
        (Some(h), Some(m)) => NaiveTime::from_hms_opt(
            h.as_str().parse().ok()?,
            m.as_str().parse().ok()?,
            c.name("S").map_or(Some(0), |s| s.as_str().parse().ok())?,
        ),
        _ => None,
    };
    let offset = c.name("tz").and_then(|tz| parse_offset(tz.as_str()));
    Some(Published {
        date,
        time,
        offset: time.and(offset),
    })
}

fn parse_offset(tz: &str) -> Option<FixedOffset> {
    match tz {
        "Z" | "UTC" | "GMT" => FixedOffset::east_opt(0),
        _ => {
            let sign = if tz.starts_with('-') { -1 } else { 1 };
            let digits: String = tz[1..].chars().filter(|c| c.is_ascii_digit()).collect();
            if digits.len() != 4 {
                return None;
            }
            let h: i32 = digits[..2].parse().ok()?;
            let m: i32 = digits[2..].parse().ok()?;
            FixedOffset::east_opt(sign * (h * 3600 + m * 60))
        }
    }
}

/// Parses a front matter `date:` value in any common form.
fn parse_published(v: &str) -> Option<Published> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(v) {
        return Some(from_datetime(dt));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(v) {
        return Some(from_datetime(dt));
    }
    let c = PATTERNS.date_line.captures(v)?;
    published_from_caps(&c)
}

fn from_datetime(dt: DateTime<FixedOffset>) -> Published {
    Published {
        date: dt.date_naive(),
        time: Some(dt.time()),
        offset: Some(*dt.offset()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(doc: &Document<'_>) -> Vec<String> {
        doc.sentences().map(|s| s.text.to_string()).collect()
    }

    #[test]
    fn front_matter_forms() {
        for (fm, want) in [
            (
                "date: 2022-06-15 07:27:30 +0800",
                "2022-06-15T07:27:30+08:00",
            ),
            (
                "date: Mon, 30 Aug 2021 06:31:44 GMT",
                "2021-08-30T06:31:44+00:00",
            ),
            (
                "date: 2021-08-30T06:31:44+08:00",
                "2021-08-30T06:31:44+08:00",
            ),
            ("date: 2021-08-30", "2021-08-30"),
            ("date: \"2021/8/3 10:00\"", "2021-08-03T10:00:00"),
            ("date: 2021年8月3日", "2021-08-03"),
        ] {
            let input = format!("---\ntitle: 标题\n{fm}\n---\n正文。");
            let doc = Document::parse(&input);
            assert_eq!(
                doc.published().map(|p| p.to_string()).as_deref(),
                Some(want),
                "{fm}"
            );
            assert_eq!(doc.title(), Some("标题"));
            assert_eq!(sentences(&doc), ["标题", "正文。"]);
        }
    }

    #[test]
    fn timestamp_lines_and_titles() {
        let doc = Document::parse(
            "欧易\n\n广告位\n\n某区招商引资再创佳绩\n\n2022-09-27 05:49:11 2158\n\n去年新引进项目12个。\n\n版权声明:本站所有文章\n",
        );
        assert_eq!(doc.published().unwrap().to_string(), "2022-09-27T05:49:11");
        assert_eq!(doc.title(), Some("某区招商引资再创佳绩"));
        assert_eq!(
            sentences(&doc),
            ["某区招商引资再创佳绩", "去年新引进项目12个。"]
        );

        let doc = Document::parse(
            "2022年08月10日\n第08版:08\n\n开发区打造投资热土\n\n(上接第一版)\n\n正文一。正文二。",
        );
        assert_eq!(doc.published().unwrap().to_string(), "2022-08-10");
        assert_eq!(doc.title(), Some("开发区打造投资热土"));
        assert_eq!(
            sentences(&doc),
            ["开发区打造投资热土", "(上接第一版)", "正文一。", "正文二。"]
        );

        let doc = Document::parse(
            "高新区狠抓项目建设\n\n2023-11-03 09:53:59 星期五  来源:某日报\n\n正文。",
        );
        assert_eq!(
            doc.published().unwrap().date(),
            NaiveDate::from_ymd_opt(2023, 11, 3).unwrap()
        );

        let doc = Document::parse(
            "<h1>采购中心开建</h1><div><span>发布时间：2011-07-21</span></div><p>日前，项目开工。</p>",
        );
        assert_eq!(doc.published().unwrap().to_string(), "2011-07-21");
        assert_eq!(doc.title(), Some("采购中心开建"));
        assert_eq!(sentences(&doc), ["采购中心开建", "日前，项目开工。"]);

        let doc = Document::parse("开发区招商工作简报(20230811)\n\n正文。");
        assert_eq!(doc.published().unwrap().to_string(), "2023-08-11");
    }

    #[test]
    fn sentence_split_keeps_quotes() {
        let doc = Document::parse("他说：“项目开工了。”随后签约；共16个！完");
        assert_eq!(
            sentences(&doc),
            ["他说：“项目开工了。”", "随后签约；", "共16个！", "完"]
        );
    }

    #[test]
    fn unclosed_front_matter_is_body() {
        let doc = Document::parse("---\ntitle: x\n正文12个。");
        assert_eq!(doc.title(), None);
        assert!(sentences(&doc).iter().any(|s| s.contains("正文")));
    }

    #[test]
    fn invalid_utf8_offset() {
        let e = Document::from_bytes(b"ab\xe4\xb8").unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::InvalidUtf8 { offset: 2 });
    }
}
