//! YAML front matter: `---` … `---` at the start of a Markdown/Jekyll page.

use super::published::{Published, parse_published};

/// What the front matter says, and where the body starts.
#[derive(Debug, Default)]
pub(super) struct FrontMatter {
    /// Byte offset of the body in the input (after a BOM and the front
    /// matter, when there is one).
    pub(super) body_start: usize,
    /// The byte range of the front matter block (its `---` lines included).
    pub(super) range: Option<(usize, usize)>,
    pub(super) title: Option<String>,
    /// The byte range of the `title:` value in the input.
    pub(super) title_range: Option<(usize, usize)>,
    pub(super) published: Option<Published>,
}

/// Reads the front matter of `input`, possibly after a BOM and blank lines.
pub(super) fn read(input: &str) -> FrontMatter {
    let mut out = FrontMatter {
        body_start: if input.starts_with('\u{feff}') { 3 } else { 0 },
        ..FrontMatter::default()
    };
    let rest = &input[out.body_start..];
    let blank = rest.len() - rest.trim_start_matches(['\n', '\r', ' ', '\t']).len();
    let blank = rest[..blank].rfind('\n').map_or(0, |i| i + 1);
    let Some((fm_end, fm)) = block(&rest[blank..]) else {
        return out;
    };
    out.body_start += blank;
    for line in fm.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        match key.trim() {
            "title" if !value.is_empty() => {
                out.title = Some(value.to_string());
                // `value` borrows `input`: its offset is where it starts.
                let start = value.as_ptr() as usize - input.as_ptr() as usize;
                out.title_range = Some((start, start + value.len()));
            }
            "date" | "published" | "pubdate" if out.published.is_none() => {
                out.published = parse_published(value)
            }
            _ => {}
        }
    }
    out.range = Some((out.body_start, out.body_start + fm_end));
    out.body_start += fm_end;
    out
}

/// The YAML front matter at the start: `(bytes to skip, its text)`.
/// A front matter that never closes is not one.
fn block(s: &str) -> Option<(usize, &str)> {
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
