//! HTML elements a page marks as adverts (`<div class="ad">`, `<aside
//! id="top-advert">`): the clean ranges of their text, which the body
//! drops as adverts whatever words they hold (an advert's 399元 is no
//! fact).

/// Words of a `class` or `id` that mark an element as an advert, matched
/// whole against the value split at anything not a letter or digit
/// (`ad-box`, `top_ad`, `guanggao`; not `head`, `load`).
const ADVERT_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "adverts",
    "advertise",
    "advertisement",
    "adsbygoogle",
    "guanggao",
    "sponsor",
    "sponsored",
];

/// Elements with no content: an advert image (`<img class="ad">`) opens
/// no block.
const VOID: &[&str] = &[
    "img", "br", "hr", "input", "meta", "link", "source", "wbr", "area", "embed",
    // Their content is skipped whole, end tag included: never open one.
    "script", "style", "template",
];

/// The advert elements of a page, found tag by tag in document order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Adverts {
    /// The open advert element: its tag name, how many elements of that
    /// name are open inside it (itself included) and where its text starts.
    open: Option<(String, usize, usize)>,
    /// Clean byte ranges of the text of closed advert elements, in order.
    pub(crate) ranges: Vec<(usize, usize)>,
}

impl Adverts {
    /// Reads `tag` (`<…>` as written), met at clean offset `here`. An
    /// advert element that never closes marks nothing: a missing end tag
    /// must not take the rest of the page with it.
    pub(crate) fn tag(&mut self, tag: &str, here: usize) {
        let inner = tag.trim_start_matches('<').trim_end_matches('>');
        let closing = inner.starts_with('/');
        let body = inner.trim_start_matches('/');
        let name_len = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
        if name_len == 0 {
            return;
        }
        let name = &body[..name_len];
        let self_closing = inner.ends_with('/');
        if let Some((open, depth, from)) = self.open.as_mut() {
            if !open.eq_ignore_ascii_case(name) {
                return;
            }
            if closing {
                *depth -= 1;
                if *depth == 0 {
                    self.ranges.push((*from, here));
                    self.open = None;
                }
            } else if !self_closing {
                *depth += 1;
            }
            return;
        }
        let void = VOID.iter().any(|v| v.eq_ignore_ascii_case(name));
        if closing || self_closing || void || !marks_advert(&body[name_len..]) {
            return;
        }
        self.open = Some((name.to_ascii_lowercase(), 1, here));
    }
}

/// Whether the attributes `attrs` of a tag hold a `class` or `id` with an
/// [`ADVERT_WORDS`] word.
fn marks_advert(attrs: &str) -> bool {
    ["class", "id"].iter().any(|a| {
        attribute(attrs, a).is_some_and(|v| {
            v.split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| ADVERT_WORDS.iter().any(|x| x.eq_ignore_ascii_case(w)))
        })
    })
}

/// The value of attribute `name` in `attrs` (quoted or bare), when present.
fn attribute<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let b = attrs.as_bytes();
    let mut from = 0;
    while let Some(k) = attrs[from..].find('=') {
        let eq = from + k;
        from = eq + 1;
        let key = attrs[..eq].trim_end();
        let key_start = key
            .bytes()
            .rposition(|c| !(c.is_ascii_alphanumeric() || c == b'-' || c == b'_'))
            .map_or(0, |p| p + 1);
        if !key[key_start..].eq_ignore_ascii_case(name) {
            continue;
        }
        let rest = attrs[eq + 1..].trim_start();
        let start = attrs.len() - rest.len();
        return Some(match b.get(start) {
            Some(&q @ (b'"' | b'\'')) => {
                let v = &attrs[start + 1..];
                &v[..v.find(q as char).unwrap_or(v.len())]
            }
            _ => &rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())],
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges(tags: &[(&str, usize)]) -> Vec<(usize, usize)> {
        let mut a = Adverts::default();
        for &(t, at) in tags {
            a.tag(t, at);
        }
        a.ranges
    }

    #[test]
    fn an_advert_element_is_its_text_up_to_its_own_end_tag() {
        let r = ranges(&[
            ("<div class=\"side ad-box\">", 10),
            ("<div>", 12),
            ("</div>", 20),
            ("<p>", 20),
            ("</p>", 25),
            ("</div>", 30),
            ("<div>", 31),
        ]);
        assert_eq!(r, [(10, 30)]);
        assert_eq!(
            ranges(&[("<aside id='top_advert'>", 0), ("</aside>", 9)]),
            [(0, 9)]
        );
    }

    #[test]
    fn other_classes_void_tags_and_unclosed_adverts_mark_nothing() {
        assert!(ranges(&[("<div class=\"head load\">", 0), ("</div>", 5)]).is_empty());
        assert!(ranges(&[("<img class=\"ad\" src=\"a.png\">", 0), ("</div>", 5)]).is_empty());
        assert!(ranges(&[("<div class=\"ad\">", 0), ("<p>", 5)]).is_empty());
        assert!(ranges(&[("<div data-x=\"ad\">", 0), ("</div>", 5)]).is_empty());
    }
}
