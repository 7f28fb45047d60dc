//! `Document`: one input as it comes, with its title, publication date and
//! sentences, and the map from the cleaned body back to the original bytes.
//!
//! Reading goes in steps, one module each: the front matter
//! ([`front`]), the page head with its timestamp line and headline
//! ([`head`]), and the body with its furniture dropped and its sentences
//! cut ([`body`]).

mod body;
mod feed;
mod front;
mod head;
mod published;
mod ranges;

pub use published::Published;

use crate::error::{Error, ErrorKind};
use crate::fact::Span;
use crate::markup::Clean;

/// Which part of the story a sentence belongs to.
///
/// The headline (a front matter `title:` or the headline line of a page) is
/// [`Section::Title`]; a lead that sums the story up before it starts is
/// [`Section::Summary`]: a line that opens with 摘要, 导读, 核心提示 or
/// 内容提要 and `：` or `【…】`, or a Markdown blockquote or list right
/// under the headline whose numbers the body repeats. Everything else is
/// [`Section::Body`].
///
/// ```
/// use zhfacts::{Document, Section};
/// let doc = Document::parse("某县项目集中开工\n\n【摘要】共开工项目32个。\n\n3月15日，共开工项目32个。");
/// let sections: Vec<Section> = doc.sentences().map(|s| s.section).collect();
/// assert_eq!(sections, [Section::Title, Section::Summary, Section::Body]);
/// assert_eq!(serde_json::to_string(&Section::Summary).unwrap(), "\"summary\"");
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// The headline.
    Title,
    /// A lead that repeats the story (摘要, 导读, 核心提示).
    Summary,
    /// The story.
    #[default]
    Body,
}

/// One sentence of the cleaned body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence<'d> {
    /// Index of the sentence in the document.
    pub index: usize,
    /// The cleaned text (markup removed, entities decoded).
    pub text: &'d str,
    /// The part of the story it belongs to.
    pub section: Section,
    /// Byte offset of `text` in the cleaned body.
    pub(crate) start: usize,
    /// Byte offset of `text` in the original input when it and the byte
    /// after it are copied verbatim (no tag, entity or line break replaced
    /// among them): its spans then need no look in the byte map.
    pub(crate) verbatim: Option<usize>,
}

/// Why the reader left a line of the input out of the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DropReason {
    /// The YAML front matter block (its `title:` is still the title).
    FrontMatter,
    /// Above the headline (menus, adverts), or a navigation link
    /// (`返回首页`).
    Navigation,
    /// The publication timestamp line: a date and time with at most page
    /// furniture around it (a weekday, a view count, `来源：…`).
    Timestamp,
    /// An advert or advert widget: a short line such as `广告加载中…`, a
    /// line that opens with the label `广告：`, or a line of an HTML element
    /// the page marks as an advert (`<div class="ad">`).
    Advert,
    /// A copyright footer (`©`, `Copyright`, `版权所有`, `ICP备`).
    Copyright,
    /// A block of related links (`相关阅读` and the link lines under it).
    RelatedLinks,
    /// A link-like line (a URL, a Markdown link).
    Link,
    /// A byline or source label (`来源：…`, `责任编辑：…`), also at the end
    /// of a paragraph (`…增长8%。（责任编辑：王五）`, only that tail).
    Byline,
    /// A newspaper page header (`第08版`).
    PageHeader,
    /// The headline said again right under it (a Markdown `# 标题` under a
    /// front matter `title:` with the same words): its facts are the
    /// title's.
    RepeatedTitle,
}

use DropReason as Reason;

/// A piece of the input the reader left out of the story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dropped {
    /// Its bytes in the original input (a line, or the tail of one).
    pub span: Span,
    /// Why it was left out.
    pub reason: DropReason,
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
    sentences: ranges::Ranges,
    /// The front matter block, when there is one: the first piece left out.
    front: Option<Dropped>,
    /// The other pieces left out, in the original input.
    dropped: ranges::Pieces,
}

impl<'a> Document<'a> {
    /// Reads one document. Never fails; see [`Document::from_bytes`] for bytes.
    ///
    /// The publication date comes from the front matter (`date:`), else
    /// from a timestamp line of the page head (a date and time with at most
    /// page furniture around it, or a labelled date such as `发布日期：…`
    /// amid furniture — of several, the one labelled as published; a day
    /// and a time among a few short words, as a WeChat head writes them; a
    /// speech's subtitle `——2026年1月12日在…会议上`), else from a date in
    /// the headline, else from the day under a signature that ends the page
    /// (`…董事会` / `2025年11月20日`), else from a feed
    /// or `<meta>` date element (`<pubDate>`, `<published>`,
    /// `article:published_time`; not `<updated>`) or a headline further down
    /// the page that ends in its date in brackets. A sentence that
    /// opens with a date (`2023年3月15日，某县举行…`) is story, not a
    /// timestamp: it gives facts and never the reference date.
    pub fn parse(input: &'a str) -> Document<'a> {
        let fm = front::read(input);
        let clean = Clean::new(input, fm.body_start, fm.title_range);
        let head = head::read(&clean.text, fm.title_range.is_some());
        let mut title = fm.title;
        if let (None, Some((a, b))) = (&title, head.title) {
            // The title as written, not as cleaned, but without the tags
            // and entities inside it (清河县<span>重大项目</span>开工).
            let (a, b) = clean.original(a, b);
            title = input
                .get(a..b)
                .map(|t| crate::markup::without_markup(t).trim().to_string())
                .filter(|t| !t.is_empty());
        }
        let body = body::split(&clean.text, &head.marks, clean.links(), clean.adverts());
        let front = fm.range.map(|(a, b)| Dropped {
            span: Span { start: a, end: b },
            reason: Reason::FrontMatter,
        });
        // From clean offsets to original ones, in place.
        let mut dropped = body.dropped;
        let mut hint = 0;
        dropped.map(|a, b| clean.original_near(a, b, &mut hint));
        let published = fm
            .published
            .or(head.published)
            .or_else(|| feed::element_date(input))
            .or_else(|| feed::headline_date(&clean.text));
        Document {
            input,
            clean,
            title,
            published,
            sentences: body.sentences,
            front,
            dropped,
        }
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

    /// How many common characters that tell the script (億, 會, 國 …) the
    /// text writes in traditional form (for the document's currency).
    pub(crate) fn script_traditional(&self) -> usize {
        self.clean.script_traditional
    }

    /// The title: front matter `title:`, or the headline line of a page.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The publication date: front matter `date:`, else a timestamp line
    /// of the page head, else a date in the headline (see
    /// [`Document::parse`]). Only these give it: a sentence that opens with
    /// a date never does.
    pub fn published(&self) -> Option<Published> {
        self.published
    }

    /// The sentences of the story body, in order (title, date lines and page
    /// furniture excluded).
    pub fn sentences(&self) -> impl ExactSizeIterator<Item = Sentence<'_>> + '_ {
        let mut hint = 0;
        (0..self.sentences.len()).map(move |index| {
            let (start, end) = self.sentences.range(index);
            Sentence {
                index,
                text: &self.clean.text[start..end],
                section: self.sentences.section(index),
                start,
                verbatim: self.clean.copied_from(start, end, &mut hint),
            }
        })
    }

    /// The section of sentence `index` ([`Section::Body`] past the end).
    ///
    /// ```
    /// use zhfacts::{Document, Section};
    /// let doc = Document::parse("---\ntitle: 开工\n---\n共开工项目32个。");
    /// assert_eq!(doc.section_of(0), Section::Title);
    /// assert_eq!(doc.section_of(1), Section::Body);
    /// ```
    pub fn section_of(&self, index: usize) -> Section {
        self.sentences.section(index)
    }

    /// The pieces of the input left out of the story, in order: front
    /// matter, the timestamp line, navigation above the headline, page
    /// furniture. Each has its span in the original input and a reason.
    ///
    /// ```
    /// use zhfacts::{Document, DropReason};
    /// let input = "某区招商引资再创佳绩\n2023-03-15 09:30 星期三\n去年新引进项目12个。\n广告加载中…\n";
    /// let doc = Document::parse(input);
    /// let dropped: Vec<(&str, DropReason)> = doc
    ///     .dropped()
    ///     .map(|d| (&input[d.span.start..d.span.end], d.reason))
    ///     .collect();
    /// assert_eq!(
    ///     dropped,
    ///     [
    ///         ("2023-03-15 09:30 星期三", DropReason::Timestamp),
    ///         ("广告加载中…", DropReason::Advert),
    ///     ]
    /// );
    /// ```
    pub fn dropped(&self) -> impl ExactSizeIterator<Item = Dropped> + '_ {
        let front = usize::from(self.front.is_some());
        (0..front + self.dropped.len()).map(move |i| match (self.front, i) {
            (Some(d), 0) => d,
            _ => {
                let (start, end, reason) = self.dropped.get(i - front);
                Dropped {
                    span: Span { start, end },
                    reason,
                }
            }
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
        match sentence.verbatim {
            // What `original_near` gives for a verbatim run, without the map.
            Some(at) if start.max(end) <= sentence.text.len() => Span {
                start: at + start,
                end: at + end.max(start),
            },
            _ => {
                let (a, b) =
                    self.clean
                        .original_near(sentence.start + start, sentence.start + end, hint);
                Span { start: a, end: b }
            }
        }
    }

    /// Whether `sentence` opens a paragraph: a blank line (or the start of
    /// the text) stands before its line. A block under a heading ends there.
    pub(crate) fn opens_paragraph(&self, sentence: &Sentence<'_>) -> bool {
        let blank = |c: char| c != '\n' && c.is_whitespace();
        let before = self.clean.text[..sentence.start].trim_end_matches(blank);
        match before.strip_suffix('\n') {
            Some(rest) => {
                let rest = rest.trim_end_matches(blank);
                rest.is_empty() || rest.ends_with('\n')
            }
            None => before.is_empty(),
        }
    }

    /// Whether `sentence` opens a line of the cleaned body and whether it
    /// ends one (spaces aside): a heading's name alone on its line is told
    /// from a name in running text by these.
    pub(crate) fn line_edges(&self, sentence: &Sentence<'_>) -> (bool, bool) {
        let text = &self.clean.text;
        let blank = |c: char| c != '\n' && c.is_whitespace();
        let before = text[..sentence.start].trim_end_matches(blank);
        let after = text[sentence.start + sentence.text.len()..].trim_start_matches(blank);
        (
            before.is_empty() || before.ends_with('\n'),
            after.is_empty() || after.starts_with('\n'),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

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
    fn spans_of_verbatim_sentences_are_those_of_the_map() {
        let input = "<p>总投资&nbsp;49.72<b>亿元</b>。</p>\n共签约项目16个。计划投资8亿元！\n\
                     <div>共&amp;计3个。</div>尾句没有句号";
        let doc = Document::parse(input);
        let mut verbatim = 0;
        for s in doc.sentences() {
            verbatim += usize::from(s.verbatim.is_some());
            let ends: Vec<usize> = s
                .text
                .char_indices()
                .map(|(i, _)| i)
                .chain([s.text.len()])
                .collect();
            for &a in &ends {
                for &b in &ends {
                    let (x, y) = doc.clean.original(s.start + a, s.start + b);
                    let want = Span { start: x, end: y };
                    assert_eq!(doc.span_near(&s, a, b, &mut 0), want, "{} {a}..{b}", s.text);
                }
            }
        }
        assert_eq!(verbatim, 3);
    }

    #[test]
    fn invalid_utf8_offset() {
        let e = Document::from_bytes(b"ab\xe4\xb8").unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::InvalidUtf8 { offset: 2 });
    }
}
