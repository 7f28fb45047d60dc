//! The page head: the first lines of the cleaned body, where the timestamp
//! line and the headline are looked for.

use std::sync::LazyLock;

use regex::Regex;

use super::Reason;
use super::body::{is_furniture_line, is_page_header};
use super::published::{DATE_LINE, Published, published_from_caps, ymd};

/// A compact date in a heading: `简报(20230811)`.
static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(（]((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])[)）]").expect("compact")
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
    /// For each line of the head (by line number), why it is dropped.
    pub(super) drop: Vec<Option<Reason>>,
}

/// The lines of the head with their clean offsets, and the indices of the
/// non-empty ones.
struct Lines<'t> {
    lines: Vec<(usize, &'t str)>,
    nonempty: Vec<usize>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Lines<'t> {
        let mut lines = Vec::new();
        let mut pos = 0;
        let mut seen = 0;
        for line in text.split('\n') {
            if seen == HEAD_LINES {
                break;
            }
            lines.push((pos, line));
            pos += line.len() + 1;
            seen += usize::from(!line.trim().is_empty());
        }
        let nonempty = (0..lines.len())
            .filter(|&i| !lines[i].1.trim().is_empty())
            .take(HEAD_LINES)
            .collect();
        Lines { lines, nonempty }
    }

    /// The `k`-th non-empty line.
    fn nth(&self, k: usize) -> &'t str {
        self.lines[self.nonempty[k]].1
    }
}

/// Reads the head of the clean body `text`. `titled`: the front matter gave
/// the title, so there is no headline to find.
pub(super) fn read(text: &str, titled: bool) -> PageHead {
    let lines = Lines::new(text);
    let mut head = PageHead {
        drop: vec![None; lines.lines.len()],
        ..PageHead::default()
    };
    let date_line = timestamp_line(&lines).map(|(k, published)| {
        head.published = Some(published);
        head.drop[lines.nonempty[k]] = Some(Reason::Timestamp);
        k
    });
    let title_line = if titled {
        None
    } else {
        headline(&lines, date_line)
    };
    if let Some(k) = title_line {
        let i = lines.nonempty[k];
        let (pos, line) = lines.lines[i];
        let t = line.trim().trim_start_matches('#').trim_start();
        if head.published.is_none() {
            head.published = COMPACT
                .captures(t)
                .and_then(|c| ymd(&c[1], &c[2], &c[3]))
                .map(Published::day);
        }
        let lead = t.as_ptr() as usize - line.as_ptr() as usize;
        head.title = Some((pos + lead, pos + lead + t.len()));
        // Everything above the headline is navigation or adverts.
        for d in head.drop.iter_mut().take(i) {
            d.get_or_insert(Reason::Navigation);
        }
    }
    head
}

/// The publication date line near the top: its index among the non-empty
/// lines and the date it gives.
fn timestamp_line(lines: &Lines<'_>) -> Option<(usize, Published)> {
    for k in 0..lines.nonempty.len() {
        let line = lines.nth(k);
        // The pattern is anchored: a year (1…, 2…) or a label (发布时间,
        // 日期 …) must open the line.
        let opens = line
            .trim_start()
            .starts_with(['1', '2', '发', '更', '出', '时', '日']);
        if !opens || line.chars().count() > 80 {
            continue;
        }
        if let Some(p) = DATE_LINE
            .captures(line)
            .and_then(|c| published_from_caps(&c))
        {
            return Some((k, p));
        }
    }
    None
}

/// Whether a line may be a headline: short, no sentence end, not furniture.
fn is_title_like(s: &str) -> bool {
    let t = s.trim();
    let n = t.chars().count();
    (4..=80).contains(&n)
        && !t.ends_with(['。', '！', '？', '；', '：', ':'])
        && !is_page_header(t)
        && !is_furniture_line(t)
}

/// The headline's index among the non-empty lines: the line just above the
/// timestamp line, else the first headline-like line below it; without a
/// timestamp line, a first line that reads as a headline.
fn headline(lines: &Lines<'_>, date_line: Option<usize>) -> Option<usize> {
    if let Some(k) = date_line {
        if k > 0 && is_title_like(lines.nth(k - 1)) {
            return Some(k - 1);
        }
        return (k + 1..lines.nonempty.len()).take(4).find(|&j| {
            let t = lines.nth(j).trim();
            is_title_like(t) && !t.starts_with(['(', '（'])
        });
    }
    if lines.nonempty.len() < 2 {
        return None;
    }
    let t = lines.nth(0).trim();
    (is_title_like(t) && !t.contains(['，', '。', ','])).then_some(0)
}
