//! The sentences of a document as byte ranges of the clean text, compact:
//! two 32-bit offsets a sentence (64-bit above 4 GiB), and the few
//! sentences outside the body (title, summary) listed apart.

use super::Section;
use crate::markup::Offsets;

#[derive(Clone, Debug)]
pub(super) struct Ranges {
    start: Offsets,
    end: Offsets,
    /// `(index, section)` of the sentences whose section is not
    /// [`Section::Body`], in order.
    sections: Vec<(usize, Section)>,
}

impl Ranges {
    /// Ranges of a clean text of `len` bytes.
    pub(super) fn new(len: usize) -> Ranges {
        Ranges {
            start: Offsets::up_to(len),
            end: Offsets::up_to(len),
            sections: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, start: usize, end: usize, section: Section) {
        if section != Section::Body {
            self.sections.push((self.start.len(), section));
        }
        self.start.push(start);
        self.end.push(end);
    }

    pub(super) fn len(&self) -> usize {
        self.start.len()
    }

    /// The clean byte range of sentence `i` (which must exist).
    pub(super) fn range(&self, i: usize) -> (usize, usize) {
        (self.start.get(i), self.end.get(i))
    }

    /// The section of sentence `i`.
    pub(super) fn section(&self, i: usize) -> Section {
        self.sections
            .binary_search_by_key(&i, |s| s.0)
            .map_or(Section::Body, |k| self.sections[k].1)
    }
}
