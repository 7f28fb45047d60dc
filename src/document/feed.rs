//! Publication dates a page gives outside its visible head: the date
//! elements of RSS and Atom feeds (`<pubDate>`, `<published>`,
//! `<dc:date>`), `<meta>` publication times, and a headline that carries
//! its date in brackets further down a page (`北京4月…[2014-05-04]`).
//! These are only looked at when the front matter and the page head give
//! no date; they are never facts.

use std::sync::LazyLock;

use regex::Regex;

use crate::clause::boundary_ahead;

use super::published::{Published, parse_published, ymd};

/// Feed and meta elements that hold a publication date, with the text
/// that follows the date (`</pubDate>`, or the end of a `content="…"`).
/// `<updated>` is left out: feeds rewrite it on every crawl.
const ELEMENTS: &[(&str, &str)] = &[
    ("<pubDate>", "</pubDate>"),
    ("<published>", "</published>"),
    ("<dc:date>", "</dc:date>"),
    ("property=\"article:published_time\" content=\"", "\""),
    ("name=\"pubdate\" content=\"", "\""),
    ("name=\"PubDate\" content=\"", "\""),
    // Names CMSs of Chinese sites give it (publishdate, firstpublishedtime).
    ("name=\"publishdate\" content=\"", "\""),
    ("name=\"PublishDate\" content=\"", "\""),
    ("name=\"publish_date\" content=\"", "\""),
    ("name=\"firstpublishedtime\" content=\"", "\""),
    ("itemprop=\"datePublished\" content=\"", "\""),
];

/// How far into the input the elements are looked for.
const REACH: usize = 64 * 1024;

/// The first feed or meta publication date of `input`.
pub(super) fn element_date(input: &str) -> Option<Published> {
    let head = &input[..boundary_ahead(input, 0, REACH)];
    ELEMENTS
        .iter()
        .filter_map(|(open, close)| {
            let at = head.find(open)? + open.len();
            let len = head[at..].find(close)?;
            let value = head[at..at + len].trim();
            (value.len() <= 64).then(|| (at, parse_published(value)))
        })
        .filter_map(|(at, p)| Some((at, p?)))
        .min_by_key(|(at, _)| *at)
        .map(|(_, p)| p)
}

/// A short headline line that ends in its date in brackets:
/// `北京4月商品住宅成交呈现"双降"[2014-05-04]`, `…（2023-11-06）`.
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile(
        r"^([^，。；！？,]{4,60}?)\s*[\[［【(（]\s*((?:19|20)[0-9]{2})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?\s*[\]］】)）]\s*$",
    )
});

/// How many lines of the clean text are looked at for a dated headline.
const HEADLINE_LINES: usize = 300;

/// The date of the first dated headline line among the first lines of
/// `text` (the clean text).
pub(super) fn headline_date(text: &str) -> Option<Published> {
    text.lines()
        .take(HEADLINE_LINES)
        .filter(|l| l.len() <= 240)
        .find_map(|l| {
            let c = BRACKETED.captures(l.trim())?;
            let words = c.get(1)?.as_str();
            if !words.chars().any(|ch| ch.is_alphabetic() && !ch.is_ascii()) {
                return None;
            }
            ymd(&c[2], &c[3], &c[4]).map(Published::day)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_and_meta_dates() {
        let rss = "<item><title>某地签约</title>\n<pubDate>\n Wed, 27 Nov 2024 12:28:00 +0800\n</pubDate></item>";
        assert_eq!(
            element_date(rss).map(|p| p.date().to_string()).as_deref(),
            Some("2024-11-27")
        );
        let atom = "<entry><published>2024-10-23T09:35:00+08:00</published><updated>2024-10-26T09:52:29Z</updated>";
        assert_eq!(
            element_date(atom).map(|p| p.date().to_string()).as_deref(),
            Some("2024-10-23")
        );
        let cms = r#"<meta name="publishdate" content="2025-05-16 09:12:00">"#;
        assert_eq!(
            element_date(cms).map(|p| p.date().to_string()).as_deref(),
            Some("2025-05-16")
        );
        let meta =
            r#"<meta property="article:published_time" content="2023-05-02T08:00:00+08:00">"#;
        assert_eq!(
            element_date(meta).map(|p| p.date().to_string()).as_deref(),
            Some("2023-05-02")
        );
        // The crawl time alone is no publication date.
        assert_eq!(
            element_date("<updated>2024-10-26T09:52:29Z</updated>"),
            None
        );
        assert_eq!(element_date("<pubDate>not a date</pubDate>"), None);
        // The reach ends inside a character: cut before it, never a panic.
        assert_eq!(element_date(&"亿".repeat(REACH)), None);
    }

    #[test]
    fn bracketed_headline_dates() {
        let page = "首页 | 新闻中心\n北京4月商品住宅成交呈现“双降”[2014-05-04]\n正文……";
        assert_eq!(
            headline_date(page).map(|p| p.date().to_string()).as_deref(),
            Some("2014-05-04")
        );
        assert_eq!(
            headline_date("某县重点项目集中开工（2023年11月6日）")
                .map(|p| p.date().to_string())
                .as_deref(),
            Some("2023-11-06")
        );
        // A sentence with a date in brackets is story, not a headline.
        assert_eq!(
            headline_date("今年以来，全县签约项目16个，总投资49.72亿元（2023-11-06）"),
            None
        );
        assert_eq!(headline_date("[2014-05-04]"), None);
    }
}
