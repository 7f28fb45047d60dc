//! The sentences of a document as byte ranges of the clean text, and the
//! pieces of the input left out, compact: a 32-bit start (64-bit above
//! 4 GiB) and a 16-bit length a range, six bytes where a one-character
//! sentence (`一。`) takes six of the input; a dropped piece adds its
//! reason (a byte). The few longer ranges (a run of numerals is never cut),
//! and the few sentences outside the body (title, summary), are listed
//! apart.

use super::{Reason, Section};
use crate::markup::Offsets;

/// The length that stands for "longer: see [`Spans::long`]".
const LONG: u16 = u16::MAX;

/// Byte ranges, in the order pushed.
#[derive(Clone, Debug)]
struct Spans {
    start: Offsets,
    len: Vec<u16>,
    /// `(index, length)` of the ranges of [`LONG`] bytes or more, in order.
    long: Vec<(usize, usize)>,
}

impl Spans {
    fn new(max: usize) -> Spans {
        Spans {
            start: Offsets::up_to(max),
            len: Vec::new(),
            long: Vec::new(),
        }
    }

    fn len(&self) -> usize {
        self.len.len()
    }

    /// The 16-bit length of range `i`, listing it in `long` if it is not
    /// shorter than [`LONG`] (ranges are listed in order).
    fn short(long: &mut Vec<(usize, usize)>, i: usize, len: usize) -> u16 {
        match u16::try_from(len) {
            Ok(n) if n != LONG => n,
            _ => {
                long.push((i, len));
                LONG
            }
        }
    }

    fn push(&mut self, start: usize, end: usize) {
        let n = Spans::short(&mut self.long, self.len.len(), end - start);
        self.len.push(n);
        self.start.push(start);
    }

    /// Range `i` (which must exist).
    fn get(&self, i: usize) -> (usize, usize) {
        let start = self.start.get(i);
        let len = match self.len[i] {
            LONG => self
                .long
                .binary_search_by_key(&i, |l| l.0)
                .map_or(0, |k| self.long[k].1),
            n => usize::from(n),
        };
        (start, start + len)
    }

    /// Every range moved by `f`, in order.
    fn map(&mut self, mut f: impl FnMut(usize, usize) -> (usize, usize)) {
        let mut long = Vec::new();
        for i in 0..self.len() {
            let (a, b) = self.get(i);
            let (a, b) = f(a, b);
            self.start.set(i, a);
            self.len[i] = Spans::short(&mut long, i, b.saturating_sub(a));
        }
        self.long = long;
    }
}

/// The sentences: their clean byte ranges and sections.
#[derive(Clone, Debug)]
pub(super) struct Ranges {
    spans: Spans,
    /// `(index, section)` of the sentences whose section is not
    /// [`Section::Body`], in order.
    sections: Vec<(usize, Section)>,
}

impl Ranges {
    /// Ranges of a clean text of `len` bytes.
    pub(super) fn new(len: usize) -> Ranges {
        Ranges {
            spans: Spans::new(len),
            sections: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, start: usize, end: usize, section: Section) {
        if section != Section::Body {
            self.sections.push((self.spans.len(), section));
        }
        self.spans.push(start, end);
    }

    pub(super) fn len(&self) -> usize {
        self.spans.len()
    }

    /// The clean byte range of sentence `i` (which must exist).
    pub(super) fn range(&self, i: usize) -> (usize, usize) {
        self.spans.get(i)
    }

    /// The section of sentence `i`.
    pub(super) fn section(&self, i: usize) -> Section {
        self.sections
            .binary_search_by_key(&i, |s| s.0)
            .map_or(Section::Body, |k| self.sections[k].1)
    }
}

/// Byte ranges, each with the reason it was left out.
#[derive(Clone, Debug)]
pub(super) struct Pieces {
    spans: Spans,
    reason: Vec<Reason>,
}

impl Pieces {
    /// Pieces of offsets up to `max` (a larger one widens the list).
    pub(super) fn new(max: usize) -> Pieces {
        Pieces {
            spans: Spans::new(max),
            reason: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, start: usize, end: usize, reason: Reason) {
        self.spans.push(start, end);
        self.reason.push(reason);
    }

    pub(super) fn len(&self) -> usize {
        self.reason.len()
    }

    /// Piece `i` (which must exist).
    pub(super) fn get(&self, i: usize) -> (usize, usize, Reason) {
        let (a, b) = self.spans.get(i);
        (a, b, self.reason[i])
    }

    /// Every piece moved by `f` (from clean offsets to original ones), in
    /// order.
    pub(super) fn map(&mut self, f: impl FnMut(usize, usize) -> (usize, usize)) {
        self.spans.map(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_ranges_keep_their_offsets() {
        let lens = [0, 1, 6, 4096, 65_534, 65_535, 65_536, 1 << 20, 3];
        let mut r = Ranges::new(1 << 24);
        let mut p = Pieces::new(1 << 24);
        let mut at = 0;
        let mut want = Vec::new();
        for (k, &n) in lens.iter().enumerate() {
            let section = if k == 1 {
                Section::Title
            } else {
                Section::Body
            };
            r.push(at, at + n, section);
            p.push(at, at + n, Reason::Link);
            want.push((at, at + n));
            at += n + k;
        }
        assert_eq!((r.len(), p.len()), (lens.len(), lens.len()));
        for (i, &w) in want.iter().enumerate() {
            assert_eq!(r.range(i), w, "sentence {i}");
            assert_eq!(p.get(i), (w.0, w.1, Reason::Link), "piece {i}");
        }
        assert_eq!(r.section(1), Section::Title);
        assert_eq!(r.section(2), Section::Body);
        assert_eq!(r.spans.long.len(), 3);
        // Moved: short ones grow long and long ones shrink, past 4 GiB too.
        let far = u32::MAX as usize;
        p.map(|a, b| (far + a, far + a + (b - a) * 70_000 % 70_001));
        for (i, &(a, b)) in want.iter().enumerate() {
            let len = (b - a) * 70_000 % 70_001;
            assert_eq!(
                p.get(i),
                (far + a, far + a + len, Reason::Link),
                "moved {i}"
            );
        }
    }
}
