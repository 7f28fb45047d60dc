//! The page head: the first lines of the cleaned body, where the timestamp
//! line and the headline are looked for.

use std::sync::LazyLock;

use regex::Regex;

use super::body::{LineMark, furniture, is_page_header};
use super::published::{DATE_LINE, LABELLED_DATE, Published, published_from_caps, ymd};
use super::{Reason, Section};
use crate::scan::is_han;

/// A compact date in a heading: `简报(20230811)`.
static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(（]((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])[)）]").expect("compact")
});

/// A full date anywhere in a headline: `财经早报 2023-11-6`,
/// `2023年11月6日`.
static TITLE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])((?:19|20)[0-9]{2})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})(?:[^0-9]|$)")
        .expect("title date")
});

/// How many non-empty lines make the page head.
const HEAD_LINES: usize = 30;

/// What the page head decides.
#[derive(Debug, Default)]
pub(super) struct PageHead {
    /// From the timestamp line, else from a compact date in the headline.
    pub(super) published: Option<Published>,
    /// The headline's clean byte range (trimmed, `#` marks removed).
    pub(super) title: Option<(usize, usize)>,
    /// For each non-empty line of the head, in order: its line number, why
    /// it is dropped, and the section of its sentences. (A blank line gives
    /// nothing, whatever its mark: it has none.)
    pub(super) marks: Vec<(usize, LineMark)>,
}

/// The non-empty lines of the head with their clean offsets and line
/// numbers (a page of blank lines holds no list of them).
struct Lines<'t> {
    lines: Vec<(usize, &'t str)>,
    numbers: Vec<usize>,
    /// How many of the non-empty lines come before the story starts (the
    /// first line of prose counted).
    story: usize,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Lines<'t> {
        let mut lines = Vec::new();
        let mut numbers = Vec::new();
        let mut pos = 0;
        for (n, line) in text.split('\n').enumerate() {
            if lines.len() == HEAD_LINES {
                break;
            }
            if !line.trim().is_empty() {
                lines.push((pos, line));
                numbers.push(n);
            }
            pos += line.len() + 1;
        }
        // The head ends at the first line of story prose (which is still
        // looked at: it may be the timestamp line's neighbour, or the lead).
        // A short "story" line that opens the page may be its headline (a
        // question, an exclamation): the line after it is looked at too, for
        // the page's timestamp (标题？\n来源：… 发布时间：…).
        // A WeChat account line under it (原创　某某发布　某某发布) is looked
        // past too, to the stamp below it.
        let story = lines
            .iter()
            .position(|l| is_story(l.1))
            .map_or(lines.len(), |k| {
                let short = k == 0 && lines[k].1.trim().chars().count() <= 40;
                let account = short && lines.get(k + 1).is_some_and(|l| is_account_line(l.1));
                (k + 1 + usize::from(short) + usize::from(account)).min(lines.len())
            });
        Lines {
            lines,
            numbers,
            story,
        }
    }

    /// The `k`-th non-empty line.
    fn nth(&self, k: usize) -> &'t str {
        self.lines[k].1
    }

    /// How many non-empty lines the head has.
    fn len(&self) -> usize {
        self.lines.len()
    }
}

/// Reads the head of the clean body `text`. `titled`: the front matter gave
/// the title (the first line), so there is no headline to find.
pub(super) fn read(text: &str, titled: bool) -> PageHead {
    let lines = Lines::new(text);
    let mut head = PageHead::default();
    // By non-empty line, numbered at the end.
    let mut marks = vec![LineMark::default(); lines.len()];
    // A date alone in the whole input is what the input says, not the
    // timestamp of a story (resolve a date the caller passes as a text).
    let alone = lines.len() == 1;
    let date_line = timestamp_line(&lines)
        .filter(|_| !alone)
        .map(|(k, published)| {
            head.published = Some(published);
            marks[k].drop = Some(Reason::Timestamp);
            k
        });
    // A date on the last line under three or more others is the page's
    // footer (…公告日期：2025年6月12日): no headline stands above it.
    let footer = date_line.filter(|&k| k + 1 == lines.len() && k >= 3 && lines.len() < HEAD_LINES);
    let title_line = if titled {
        (lines.len() > 0).then_some(0)
    } else {
        headline(&lines, date_line.filter(|_| footer.is_none()))
    };
    if let Some(k) = title_line {
        let (pos, line) = lines.lines[k];
        let t = line.trim().trim_start_matches('#').trim();
        if head.published.is_none() {
            head.published = COMPACT
                .captures(t)
                .or_else(|| TITLE_DATE.captures(t))
                .and_then(|c| ymd(&c[1], &c[2], &c[3]))
                .map(Published::day);
        }
        if !titled && has_words(t) {
            let lead = t.as_ptr() as usize - line.as_ptr() as usize;
            head.title = Some((pos + lead, pos + lead + t.len()));
        }
        marks[k].section = Section::Title;
        let dated = repeated_title(&lines, k, t, &mut marks);
        head.published = head.published.or(dated);
        // Everything above the headline is navigation or adverts.
        for m in marks.iter_mut().take(k) {
            m.drop.get_or_insert(Reason::Navigation);
        }
        summary(text, &lines, k, &mut marks);
    }
    head.marks = lines.numbers.iter().copied().zip(marks).collect();
    if head.published.is_none() {
        if let Some((n, date)) = signed_date(text) {
            head.published = Some(Published::day(date));
            let mark = LineMark {
                drop: Some(Reason::Timestamp),
                ..LineMark::default()
            };
            match head.marks.iter().position(|m| m.0 >= n) {
                Some(j) if head.marks[j].0 == n => head.marks[j].1.drop = mark.drop,
                Some(j) => head.marks.insert(j, (n, mark)),
                None => head.marks.push((n, mark)),
            }
        }
    }
    head
}

/// Words that end the name a document is signed with (某某股份有限公司董事会,
/// 某县人民政府办公室), besides a publisher's ([`is_source_name`]).
const SIGNATURE_ENDS: &[&str] = &["董事会", "监事会", "公司", "委员会", "办公室", "指挥部"];

/// The day a document is signed on: its last non-empty line is a date
/// alone and the line above it a signature (an office's or a company's
/// name). Returns the date line's number and the day.
fn signed_date(text: &str) -> Option<(usize, chrono::NaiveDate)> {
    let body = text.trim_end();
    let (before, last) = body.rsplit_once('\n')?;
    let above = before.trim_end().rsplit('\n').next()?.trim();
    let signed = above.chars().count() <= 30
        && (is_source_name(above) || SIGNATURE_ENDS.iter().any(|e| above.ends_with(e)));
    if !signed {
        return None;
    }
    let date = date_alone(last.trim())?;
    Some((body[..before.len()].matches('\n').count() + 1, date))
}

/// A line among the three after the headline (line `k`, text `t`) that
/// says it again — a Markdown `# 标题` under a front matter `title:`, an
/// `<h1>` under a page's `<title>` — is dropped: its facts are the title's.
/// When it says it with a date before or after (`# 标题 2025-04-18`), that
/// date is returned: the page's own.
fn repeated_title(
    lines: &Lines<'_>,
    k: usize,
    t: &str,
    marks: &mut [LineMark],
) -> Option<Published> {
    fn bare(l: &str) -> &str {
        let l = l.trim().trim_start_matches('#').trim();
        l.trim_matches(['"', '“', '”', '*']).trim()
    }
    let t = bare(t);
    if t.is_empty() {
        return None;
    }
    let end = lines.len().min(k + 4);
    for (j, mark) in marks.iter_mut().enumerate().take(end).skip(k + 1) {
        let l = bare(lines.nth(j));
        if l == t {
            mark.drop = Some(Reason::RepeatedTitle);
            return None;
        }
        let rest = l.strip_prefix(t).or_else(|| l.strip_suffix(t));
        if let Some(date) = rest.and_then(date_alone) {
            mark.drop = Some(Reason::RepeatedTitle);
            return Some(Published::day(date));
        }
    }
    None
}

/// The date that is all of `rest` but spaces and punctuation (` 2025-04-18`,
/// `（2025年4月18日）`).
fn date_alone(rest: &str) -> Option<chrono::NaiveDate> {
    let c = TITLE_DATE.captures(rest)?;
    let m = c.get(0)?;
    let mut other = rest[..m.start()].chars().chain(rest[m.end()..].chars());
    let furniture = |ch: char| ch.is_whitespace() || "()（）[]【】|-—·".contains(ch);
    let bare = other.all(furniture)
        && m.as_str()
            .chars()
            .all(|ch| !is_han(ch) || "年月日".contains(ch));
    if !bare {
        return None;
    }
    ymd(&c[1], &c[2], &c[3])
}

/// The publication date line near the top: its index among the non-empty
/// lines and the date it gives.
fn timestamp_line(lines: &Lines<'_>) -> Option<(usize, Published)> {
    for k in 0..lines.story {
        // Markdown emphasis around the line (**发布时间：…**) is no text.
        let line = lines.nth(k).trim_start().trim_start_matches(is_emphasis);
        // 发布日期：２０２５年０７月１５日: full-width digits read as ASCII ones.
        let folded = fold_digits(line);
        let line = folded.as_ref();
        // The pattern is anchored: a year (1…, 2…) or a label (发布时间,
        // 日期 …) must open the line.
        let opens = line
            .trim_start()
            .starts_with(['1', '2', '发', '更', '出', '时', '日', '中', '民']);
        if line.chars().count() > 80 {
            continue;
        }
        let caps = if opens {
            DATE_LINE.captures(line)
        } else {
            None
        };
        // A labelled date anywhere in the line: `来源：某日报 发布日期：…`.
        let caps = caps.or_else(|| labelled_date(line));
        // `at`: where the captured text starts in the line. What follows
        // the date must be furniture too: `2023年3月15日，某县举行…` is a
        // sentence, not a timestamp.
        let rest_ok = |(c, at): &(regex::Captures<'_>, usize)| {
            is_furniture_around(c.get(0).map_or("", |m| &line[at + m.end()..]))
        };
        let found = caps
            .map(|c| (c, 0))
            .filter(rest_ok)
            .or_else(|| date_after_byline(line).filter(rest_ok))
            .or_else(|| stamped_line(line))
            .or_else(|| bracketed_date(line))
            .or_else(|| speech_subtitle(line));
        if let Some(p) = found.and_then(|(c, _)| published_from_caps(&c)) {
            return Some((k, p));
        }
    }
    None
}

/// `line` with full-width digits, colon, hyphen and slash as ASCII ones
/// (what the stamp patterns read): borrowed when it has none.
fn fold_digits(line: &str) -> std::borrow::Cow<'_, str> {
    let wide = |c: char| ('０'..='９').contains(&c) || matches!(c, '：' | '－' | '／');
    if !line.contains(wide) {
        return std::borrow::Cow::Borrowed(line);
    }
    std::borrow::Cow::Owned(
        line.chars()
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                '－' => '-',
                '／' => '/',
                c => c,
            })
            .collect(),
    )
}

/// Labels of the date a page was published, preferred to others on its
/// line (成文日期：… 发布日期：…: the page is dated when it was published).
const PUBLISHED_LABELS: &[&str] = &[
    "发布", "发稿", "发表", "更新", "出版", "刊发", "刊登", "上传",
];

/// The labelled date of `line` ([`LABELLED_DATE`]) whose words before are
/// page furniture: of several, the one labelled as published.
fn labelled_date(line: &str) -> Option<regex::Captures<'_>> {
    let mut first = None;
    for c in LABELLED_DATE.captures_iter(line) {
        let Some(m) = c.get(0) else { continue };
        if !is_furniture_around(&line[..m.start()]) {
            continue;
        }
        if PUBLISHED_LABELS.iter().any(|l| m.as_str().starts_with(l)) {
            return Some(c);
        }
        first.get_or_insert(c);
    }
    first
}

/// The date of a line that is a date and a time of day among a few short
/// words with no clause mark (a WeChat article's head: `原创　某某发布
/// 2025年03月06日 18:30　浙江`): the captures of [`DATE_LINE`] and where
/// they start. The time of day makes it a stamp, not a sentence.
fn stamped_line(line: &str) -> Option<(regex::Captures<'_>, usize)> {
    let at = line
        .char_indices()
        .find(|&(i, c)| c.is_ascii_digit() && (i == 0 || line[..i].ends_with(char::is_whitespace)))?
        .0;
    let c = DATE_LINE.captures(&line[at..])?;
    let m = c.get(0)?;
    c.name("H")?;
    let rest = &line[at + m.end()..];
    let words = line[..at].split_whitespace().chain(rest.split_whitespace());
    let mut n = 0;
    for w in words {
        n += 1;
        if n > 5 || w.chars().count() > 8 || !w.chars().all(is_han) || is_other_time(w) {
            return None;
        }
    }
    Some((c, at))
}

/// The date of a line opened by a date in brackets with page furniture
/// after it (`[2025-06-20] 来源：某报　作者：某某`, `【2025-06-20 09:30】`).
fn bracketed_date(line: &str) -> Option<(regex::Captures<'_>, usize)> {
    let open = line
        .chars()
        .next()
        .filter(|c| matches!(c, '[' | '【' | '［' | '〔'))?;
    let inner_at = open.len_utf8();
    let close = line[inner_at..].find([']', '】', '］', '〕'])? + inner_at;
    let inner = &line[inner_at..close];
    let c = DATE_LINE.captures(inner.trim())?;
    let whole = c.get(0)?.as_str().len() == inner.trim().len();
    let rest = &line[close..];
    let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
    (whole && is_furniture_around(rest)).then_some((c, inner_at))
}

/// Whether `w` labels the time of something other than the page
/// (会议时间, 开标时间, 报名日期): a line it heads is a notice, no stamp.
fn is_other_time(w: &str) -> bool {
    let label = ["时间", "日期", "時間"]
        .iter()
        .find_map(|e| w.strip_suffix(e));
    label.is_some_and(|l| !l.is_empty() && !PUBLISHED_LABELS.iter().any(|p| l.starts_with(p)))
}

/// The date of a speech's or a report's subtitle (`——2026年1月12日在某市
/// 第十七届人民代表大会第五次会议上`): the day it was given is the page's.
fn speech_subtitle(line: &str) -> Option<(regex::Captures<'_>, usize)> {
    let t = line.trim_end();
    let body = t.trim_start().trim_start_matches(['—', '-', '－', '─']);
    if body.len() == t.trim_start().len() {
        return None;
    }
    let at = t.len() - body.len();
    let c = DATE_LINE.captures(body)?;
    let rest = &body[c.get(0)?.end()..];
    let said = rest.starts_with('在')
        && ["上", "上的讲话", "上的报告", "上的发言"]
            .iter()
            .any(|e| rest.ends_with(e));
    (said && !rest.contains(['，', '。', '；', ','])).then_some((c, at))
}

/// Labels of page furniture around a timestamp: what follows a label up to
/// the end of the line is its value (`来源：某日报`).
const LABELS: &[&str] = &[
    "来源",
    "作者",
    "编辑",
    "责任编辑",
    "责编",
    "浏览",
    "阅读",
    "点击",
    "访问",
    "字号",
    "字体",
    "稿源",
    "记者",
    "通讯员",
    "出处",
    "文章来源",
    "信息来源",
    "发布者",
    "发布人",
    "发布单位",
    "发布机构",
    "供稿",
    "摄影",
    "审核",
    "编审",
    "更新时间",
    "发布时间",
    "发稿时间",
    "时间",
    "日期",
    "发布日期",
    "成文日期",
    "发文字号",
    "文号",
    "索引号",
    "发文机关",
    "主题分类",
    "原创",
    "转自",
    "转载",
    "分享",
    "打印",
    "收藏",
    "关闭",
    "【",
    "[",
    "(",
    "（",
];

/// Whether the text around a timestamp holds at most page furniture: a
/// weekday, a view count, labels (`来源：…`, `作者：…`), widgets
/// (`【打印】`), separators. Clause punctuation means a sentence.
fn is_furniture_around(s: &str) -> bool {
    // A comma between digits (阅读量：2,048) groups thousands: no clause mark.
    let clause_comma = s
        .char_indices()
        .any(|(i, c)| c == ',' && !crate::clause::is_digit_comma(s, i));
    if clause_comma || s.contains(['，', '。', '；', '！', '？']) {
        return false;
    }
    let s = without_widgets(s);
    let tokens = s
        .split(|c: char| c.is_whitespace() || "|｜/·•".contains(c))
        .filter(|t| !t.is_empty());
    for tok in tokens {
        // Brackets around widgets and labels (【字体：大 中 小】) are no text.
        let tok = tok.trim_matches(|c| is_emphasis(c) || "【】[]".contains(c));
        if tok.is_empty() {
            // Markdown emphasis marks alone (the ** closing a bold line).
            continue;
        }
        if LABELS.iter().any(|l| tok.starts_with(l)) {
            // A label: the rest of the line is its value.
            return true;
        }
        let weekday = ["星期", "周", "礼拜"].iter().any(|w| {
            tok.strip_prefix(w)
                .is_some_and(|d| ["一", "二", "三", "四", "五", "六", "日", "天"].contains(&d))
        });
        let count = tok.chars().all(|c| c.is_ascii_digit());
        if is_edition(tok) {
            // A newspaper's page (第A03版：经济新闻): the rest is its name.
            return true;
        }
        if !weekday && !count && !is_source_name(tok) {
            return false;
        }
    }
    true
}

/// Whether `tok` opens with a newspaper's page number (`第A03版`, `A3版：要闻`,
/// `第05版`).
fn is_edition(tok: &str) -> bool {
    let t = tok.strip_prefix('第').unwrap_or(tok);
    let t = t.trim_start_matches(|c: char| c.is_ascii_uppercase());
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (1..=3).contains(&digits) && t[digits..].starts_with('版')
}

/// `s` without its short bracketed widgets (`【大 中 小】`, `[打印]`),
/// whose words are no text: borrowed when it has none.
fn without_widgets(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['【', '[']) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find(['【', '[']) {
        let open = rest[k..].chars().next().map_or(1, char::len_utf8);
        let close = if rest[k..].starts_with('【') {
            '】'
        } else {
            ']'
        };
        let inner = &rest[k + open..];
        match inner.find(close) {
            Some(e) if inner[..e].chars().count() <= 10 => {
                out.push_str(&rest[..k]);
                out.push(' ');
                rest = &inner[e + close.len_utf8()..];
            }
            _ => {
                out.push_str(&rest[..k + open]);
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The endings of a publisher's name on a byline: a paper, a site, an
/// account, an agency or an office (某某日报, 澳門日報, 新华社, 某某网,
/// 管委会招商局, 县人民政府), or the office that compiles a bulletin
/// (某镇党政办公室编).
const SOURCE_ENDS: &[&str] = &[
    "报",
    "報",
    "网",
    "網",
    "网站",
    "社",
    "台",
    "公众号",
    "客户端",
    "频道",
    "頻道",
    "局",
    "委",
    "委会",
    "办",
    "辦",
    "厅",
    "廳",
    "署",
    "中心",
    "政府",
    "新闻",
    "新聞",
    // An office that compiles or issues a bulletin (党政办公室编, 某某局印发).
    "室",
    "编",
    "編",
    "印发",
    "供稿",
    "主办",
];

/// Whether `tok` is a publisher's name on a byline: a short word of
/// ideographs ending in a [`SOURCE_ENDS`] word.
fn is_source_name(tok: &str) -> bool {
    let n = tok.chars().count();
    (2..=16).contains(&n)
        && tok
            .chars()
            .all(|c| c.is_alphabetic() || "“”「」\"".contains(c))
        && SOURCE_ENDS.iter().any(|e| tok.ends_with(e))
}

/// A date after a byline's words (`某某管委会招商局  2025年6月6日`): the
/// captures of [`DATE_LINE`] at a token boundary whose words before are
/// page furniture, and where the date starts.
fn date_after_byline(line: &str) -> Option<(regex::Captures<'_>, usize)> {
    let starts = line
        .char_indices()
        .filter(|&(i, c)| c.is_ascii_digit() && line[..i].ends_with(char::is_whitespace));
    for (i, _) in starts {
        if !is_furniture_around(&line[..i]) {
            continue;
        }
        if let Some(c) = DATE_LINE.captures(&line[i..]) {
            return Some((c, i));
        }
    }
    None
}

/// Whether a line is short enough, and plain enough, to be an account's
/// or a publisher's name on a byline line of its own (某某发布, 某县融媒):
/// two to eight ideographs, no digit, no punctuation.
/// Whether a line is a WeChat account's (原创　某某发布　某某发布): two to
/// five short names apart, no clause mark.
fn is_account_line(line: &str) -> bool {
    let t = line.trim();
    let names: Vec<&str> = t.split_whitespace().collect();
    (2..=5).contains(&names.len())
        && !t.contains(['，', '。', '；', ','])
        && names
            .iter()
            .all(|n| (2..=12).contains(&n.chars().count()) && n.chars().all(is_han))
}

fn is_byline_name(line: &str) -> bool {
    let t = line.trim();
    (2..=8).contains(&t.chars().count()) && t.chars().all(is_han)
}

/// Whether a line over an account's name reads as the headline: title-like
/// (it may end in an exclamation mark), no sentence, no navigation trail
/// (首页 > 要闻, 首页 | 新闻), and at least half again as long as the name.
fn is_headline_over_name(t: &str, name: &str) -> bool {
    let t = t.trim().trim_end_matches(['！', '!']);
    let n = t.chars().count();
    is_title_like(t)
        && 2 * n >= 3 * name.trim().chars().count()
        && !t.contains(['。', '，', ',', '>', '＞', '|', '｜', '»'])
        && !t.starts_with("首页")
}

/// Whether `c` marks Markdown emphasis (`**`, `__`, `~~`).
fn is_emphasis(c: char) -> bool {
    matches!(c, '*' | '_' | '~')
}

/// Whether a heading holds more than `#` marks and spaces.
fn has_words(t: &str) -> bool {
    t.chars().any(char::is_alphabetic)
}

/// Whether a line may be a lead under the headline: a blockquote or a
/// line that opens with 摘要, 导读 ….
fn is_lead(t: &str) -> bool {
    t.starts_with(['>', '＞'])
        || LEADS
            .iter()
            .any(|w| t.trim_start_matches(['【', '[', '〔']).starts_with(w))
}

/// Whether a line is story prose, which ends the page head: a sentence
/// end, some length, no page furniture, and not a lead (a blockquote,
/// `摘要：…`).
fn is_story(line: &str) -> bool {
    let t = line.trim();
    // 总投资185亿元！我县重大项目集中签约开工: an exclamation or a question
    // with no comma is a headline's, not the story's.
    let sentence = t.contains('。') || t.contains(['！', '？']) && t.contains(['，', ',']);
    !is_lead(t) && sentence && t.chars().count() >= 15 && furniture(t).is_none()
}

/// Whether a line may be a headline: short, no sentence end, not furniture.
fn is_title_like(s: &str) -> bool {
    let t = s.trim();
    let n = t.chars().count();
    (4..=80).contains(&n)
        && !t.ends_with(['。', '！', '？', '；', '：', ':'])
        && has_words(t)
        && !is_page_header(t)
        && !is_nav_line(t)
        && !is_date_label(t)
        && !is_account_line(t)
        && !is_issue_line(t)
        && furniture(t).is_none()
}

/// Whether a line is only a labelled date (`公告日期：2025-04-18`,
/// `【发布时间】2025年4月18日 10:30`, `成文時間：…`): a label of at most ten
/// characters ending in 日期 or 时间, a date and a time of day. Such a line
/// is no headline, whether or not its label is one of a timestamp's.
fn is_date_label(t: &str) -> bool {
    let Some(c) = TITLE_DATE.captures(t) else {
        return false;
    };
    let (Some(y), Some(d)) = (c.get(1), c.get(3)) else {
        return false;
    };
    let label = t[..y.start()]
        .trim_end_matches(|ch: char| ch.is_whitespace() || ":：|｜】]".contains(ch))
        .trim_start_matches(['【', '['])
        .trim();
    let after = &t[d.end()..];
    ["日期", "时间", "時間"].iter().any(|w| label.ends_with(w))
        && label.chars().count() <= 10
        && after
            .chars()
            .all(|ch| ch.is_ascii_digit() || ch.is_whitespace() || ":：日T+-".contains(ch))
}

/// Labels of a listed company's announcement head (证券代码：301287
/// 证券简称：某某科技 公告编号：2025-087).
const CODE_LABELS: &[&str] = &[
    "证券代码",
    "股票代码",
    "证券简称",
    "股票简称",
    "公告编号",
    "债券代码",
];

/// Whether a line is the codes of a listed company's announcement: no
/// headline (the company's name and the announcement's are below it).
fn is_code_line(t: &str) -> bool {
    let t = t.trim();
    CODE_LABELS.iter().any(|l| t.starts_with(l)) && !t.contains(['，', '。'])
}

/// Whether a line is only the number of a bulletin's issue (（2025年第12期）,
/// 第36期, 总第418期): no headline.
fn is_issue_line(t: &str) -> bool {
    let core: String = t
        .chars()
        .filter(|c| !c.is_whitespace() && !"（）()〔〕[]【】".contains(*c))
        .collect();
    core.contains('期')
        && core.contains('第')
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || "年第期总、一二三四五六七八九十百〇零".contains(c))
}

/// Whether a line is a site's menu or breadcrumbs: short items between
/// bars or arrows (`首页 | 本地新闻 | 招商引资`, `首页 > 新闻中心`).
fn is_nav_line(t: &str) -> bool {
    let items: Vec<&str> = t
        .split(['|', '｜', '>', '＞', '»', '›'])
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    let short = items.iter().all(|i| i.chars().count() <= 8);
    let home = items.first().is_some_and(|i| {
        ["首页", "主页", "网站首页", "当前位置"]
            .iter()
            .any(|w| i.starts_with(w))
    });
    short && (items.len() >= 3 || (items.len() == 2 && home))
}

/// The headline's index among the non-empty lines: the line just above the
/// timestamp line (or above the furniture and lead lines above it), else the first headline-like line below it; without a
/// timestamp line, a first line that reads as a headline.
fn headline(lines: &Lines<'_>, date_line: Option<usize>) -> Option<usize> {
    if let Some(k) = date_line {
        // Above it, past bylines and other furniture (`作者：…`), and past an
        // account's name under a longer headline (标题\n某某发布\n日期).
        let mut past_name = false;
        for j in (0..k).rev().take(3) {
            let t = lines.nth(j);
            if let Some(name) = past_name.then(|| lines.nth(j + 1)) {
                if is_headline_over_name(t, name) {
                    return Some(j);
                }
            }
            let over = j.checked_sub(1).map(|i| lines.nth(i));
            past_name = is_byline_name(t) && over.is_some_and(|o| is_headline_over_name(o, t));
            if past_name {
                continue;
            }
            if is_title_like(t) {
                return Some(j);
            }
            // 标题\n原创　某某发布\n日期 时间: past a WeChat account's line.
            if is_account_line(t) {
                continue;
            }
            // 青石镇工作简报\n（2025年第12期）\n…办公室编  2025年6月30日: past
            // the issue's number too.
            if furniture(t.trim()).is_none() && !is_lead(t.trim()) && !is_issue_line(t.trim()) {
                break;
            }
        }
        // Below it only when no prose stands above it: a date line after
        // the story's first sentences is its footer (…。\n2024年5月3日), and
        // what follows it is no headline of what came before.
        if !(0..k).any(|j| is_prose(lines.nth(j))) {
            return (k + 1..lines.len()).take(4).find(|&j| {
                let t = lines.nth(j).trim();
                is_title_like(t) && !t.starts_with(['(', '（'])
            });
        }
    }
    // A labelled date that is no timestamp (报告日期：…) opens no headline:
    // the line after it may.
    if lines.len() < 2 {
        return None;
    }
    let first = usize::from(is_date_label(lines.nth(0).trim()) || is_code_line(lines.nth(0)));
    if lines.len() < first + 2 {
        return None;
    }
    let t = lines.nth(first).trim();
    (is_title_like(t) && !t.contains(['，', '。', ','])).then_some(first)
}

/// Whether a line is prose: it ends a sentence and is no furniture or
/// summary lead (a short sentence counts, unlike [`is_story`]).
fn is_prose(line: &str) -> bool {
    let t = line.trim();
    t.contains(['。', '！', '？']) && !is_lead(t) && furniture(t).is_none()
}

/// Words that open a summary lead: `摘要：`, `【导读】`.
const LEADS: &[&str] = &["摘要", "导读", "核心提示", "内容提要", "内容摘要"];

/// Marks the summary lead under the headline (the `k`-th non-empty line;
/// `marks` by non-empty line):
/// a labelled lead (`【摘要】…`, `导读：…`) anywhere in the head, or a
/// Markdown blockquote or list right under the headline whose numbers the
/// body repeats (every one of them, and at least one).
fn summary(text: &str, lines: &Lines<'_>, k: usize, marks: &mut [LineMark]) {
    let mut open = false;
    for (line, mark) in lines.lines.iter().zip(marks.iter_mut()).skip(k + 1) {
        let t = line.1.trim().trim_start_matches(['【', '[', '〔']);
        let label = LEADS.iter().find(|w| t.starts_with(**w));
        if let Some(w) = label {
            let after = t[w.len()..].trim_start();
            if after.starts_with(['：', ':', '】', ']', '〕']) {
                mark.section = Section::Summary;
                // `【摘要】` alone: the lead is the next line.
                open = after
                    .trim_start_matches(['：', ':', '】', ']', '〕'])
                    .trim()
                    .is_empty();
                continue;
            }
        }
        if open && mark.drop.is_none() {
            mark.section = Section::Summary;
        }
        open = false;
    }
    let quoted = |t: &str| t.starts_with(['>', '＞']) || t.starts_with("- ") || t.starts_with("* ");
    let block: Vec<usize> = (k + 1..lines.len())
        .skip_while(|&i| marks[i].drop.is_some())
        .take_while(|&i| quoted(lines.lines[i].1.trim_start()))
        .collect();
    let Some(&last) = block.last() else { return };
    let after = lines.lines[last].0 + lines.lines[last].1.len();
    let rest = &text[after.min(text.len())..];
    let mut numbers = block.iter().flat_map(|&i| {
        lines.lines[i]
            .1
            .split(|c: char| !c.is_ascii_digit() && c != '.')
            .filter(|n| n.trim_matches('.').len() >= 2)
    });
    let mut any = false;
    let repeated = numbers.all(|n| {
        any = true;
        rest.contains(n)
    });
    if any && repeated {
        for i in block {
            marks[i].section = Section::Summary;
        }
    }
}
