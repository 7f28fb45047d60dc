//! The offset map from clean text back to the original input, compact:
//! only the replacements are stored (an entity, a tag, a run of tags); the
//! text between two replacements is verbatim, so its offsets follow from
//! the replacement before it.
//!
//! A replacement takes 10 bytes (two 32-bit offsets and a 16-bit length
//! pair) for inputs under 4 GiB, 18 bytes above.

/// Offsets as `u32` while they fit, else `u64`.
#[derive(Clone, Debug)]
pub(crate) enum Offsets {
    Narrow(Vec<u32>),
    Wide(Vec<u64>),
}

impl Offsets {
    /// Offsets up to `max`.
    pub(crate) fn up_to(max: usize) -> Offsets {
        Offsets::new(u32::try_from(max).is_err())
    }

    pub(crate) fn len(&self) -> usize {
        match self {
            Offsets::Narrow(v) => v.len(),
            Offsets::Wide(v) => v.len(),
        }
    }

    fn new(wide: bool) -> Offsets {
        if wide {
            Offsets::Wide(Vec::new())
        } else {
            Offsets::Narrow(Vec::new())
        }
    }

    pub(crate) fn get(&self, i: usize) -> usize {
        match self {
            // Narrow offsets are below `u32::MAX` (checked when chosen).
            Offsets::Narrow(v) => v[i] as usize,
            Offsets::Wide(v) => usize::try_from(v[i]).unwrap_or(usize::MAX),
        }
    }

    pub(crate) fn push(&mut self, x: usize) {
        match self {
            Offsets::Narrow(v) => v.push(u32::try_from(x).unwrap_or(u32::MAX)),
            Offsets::Wide(v) => v.push(x as u64),
        }
    }
}

/// The longest original length one entry holds; longer replacements take
/// several entries.
const MAX_ORIG: usize = (1 << 13) - 1;

/// One replacement: clean bytes `[clean, clean + clean_len)` stand for the
/// original bytes `[orig, orig + orig_len)`. `clean_len` is 0 (a removed
/// tag), 1 (a line break) or a decoded character (≤ 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Rep {
    pub(super) clean: usize,
    pub(super) orig: usize,
    pub(super) clean_len: usize,
    pub(super) orig_len: usize,
}

/// The replacements of one clean text, in order.
#[derive(Clone, Debug)]
pub(super) struct OffsetMap {
    /// Where the clean text starts in the original (before any
    /// replacement).
    first: usize,
    clean: Offsets,
    orig: Offsets,
    /// `clean_len << 13 | orig_len`.
    lens: Vec<u16>,
    /// The last entry continues the one before it (a replacement longer
    /// than one entry holds).
    continued: bool,
}

impl OffsetMap {
    /// An empty map: clean offset `x` is original `first + x`. `end` is the
    /// largest offset, clean or original, it will hold.
    pub(super) fn new(first: usize, end: usize) -> OffsetMap {
        let wide = u32::try_from(end).is_err();
        OffsetMap {
            first,
            clean: Offsets::new(wide),
            orig: Offsets::new(wide),
            lens: Vec::new(),
            continued: false,
        }
    }

    pub(super) fn len(&self) -> usize {
        self.lens.len()
    }

    pub(super) fn get(&self, i: usize) -> Option<Rep> {
        let l = *self.lens.get(i)? as usize;
        Some(Rep {
            clean: self.clean.get(i),
            orig: self.orig.get(i),
            clean_len: l >> 13,
            orig_len: l & MAX_ORIG,
        })
    }

    pub(super) fn last(&self) -> Option<Rep> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }

    /// The original offset the clean text's end stands for.
    pub(super) fn cursor(&self, clean_end: usize) -> usize {
        match self.last() {
            Some(r) => r.orig + r.orig_len + (clean_end - r.clean - r.clean_len),
            None => self.first + clean_end,
        }
    }

    /// Adds a replacement (split into entries of at most [`MAX_ORIG`]
    /// original bytes; the clean bytes stay with the first).
    pub(super) fn push(&mut self, rep: Rep) {
        let Rep {
            mut clean,
            mut orig,
            mut clean_len,
            mut orig_len,
        } = rep;
        self.continued = false;
        loop {
            let n = orig_len.min(MAX_ORIG);
            self.clean.push(clean);
            self.orig.push(orig);
            self.lens.push(((clean_len.min(7) << 13) | n) as u16);
            clean += clean_len;
            orig += n;
            orig_len -= n;
            clean_len = 0;
            if orig_len == 0 {
                return;
            }
            self.continued = true;
        }
    }

    /// Lengthens the last replacement by `extra` original bytes, if it has
    /// room; else adds an empty replacement after it.
    pub(super) fn extend_last(&mut self, extra: usize) {
        let Some(last) = self.last() else { return };
        if last.orig_len + extra <= MAX_ORIG {
            if let Some(l) = self.lens.last_mut() {
                *l += extra as u16;
            }
        } else {
            self.push(Rep {
                clean: last.clean + last.clean_len,
                orig: last.orig + last.orig_len,
                clean_len: 0,
                orig_len: extra,
            });
            self.continued = true;
        }
    }

    /// Whether the last replacement is one clean byte, the last one of the
    /// clean text (`clean_end`), and ends at original offset `orig`: what a
    /// following tag may join.
    pub(super) fn ends_in_one_byte(&self, clean_end: usize, orig: usize) -> bool {
        self.last().is_some_and(|l| {
            let one = (l.clean_len == 1 && l.clean + 1 == clean_end)
                || (self.continued && l.clean_len == 0 && l.clean == clean_end);
            one && l.orig + l.orig_len == orig
        })
    }

    /// The index of the last replacement starting at or before clean offset
    /// `x`. `hint` is the index found last: offsets come in order, so the
    /// answer is mostly the same one or the next, and the binary search is
    /// the fallback.
    fn find(&self, x: usize, hint: &mut usize) -> Option<usize> {
        let n = self.len();
        let holds =
            |i: usize| i < n && self.clean.get(i) <= x && (i + 1 == n || self.clean.get(i + 1) > x);
        let i = if holds(*hint) {
            *hint
        } else if holds(*hint + 1) {
            *hint + 1
        } else {
            // First entry after `x`, minus one.
            let (mut lo, mut hi) = (0, n);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if self.clean.get(mid) <= x {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            lo.checked_sub(1)?
        };
        *hint = i;
        Some(i)
    }

    /// The original byte range clean byte `x` comes from: one byte of a
    /// verbatim run, or a whole replacement.
    pub(super) fn byte(&self, x: usize, hint: &mut usize) -> (usize, usize) {
        match self.find(x, hint).and_then(|i| self.get(i)) {
            Some(r) if x < r.clean + r.clean_len => (r.orig, r.orig + r.orig_len),
            Some(r) => {
                let o = r.orig + r.orig_len + (x - r.clean - r.clean_len);
                (o, o + 1)
            }
            None => (self.first + x, self.first + x + 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rep(clean: usize, orig: usize, clean_len: usize, orig_len: usize) -> Rep {
        Rep {
            clean,
            orig,
            clean_len,
            orig_len,
        }
    }

    #[test]
    fn narrow_and_wide_map_alike() {
        for end in [100, u32::MAX as usize + 10] {
            let mut m = OffsetMap::new(5, end);
            // clean "ab" verbatim from 5, then "\n" for 4 bytes at 7, then
            // verbatim from 11.
            m.push(rep(2, 7, 1, 4));
            let mut h = 0;
            assert_eq!(m.byte(0, &mut h), (5, 6));
            assert_eq!(m.byte(2, &mut h), (7, 11));
            assert_eq!(m.byte(3, &mut h), (11, 12));
            assert_eq!(m.cursor(4), 12);
        }
    }

    #[test]
    fn a_long_replacement_takes_several_entries() {
        let mut m = OffsetMap::new(0, 1 << 20);
        m.push(rep(0, 0, 1, 3 * MAX_ORIG + 5));
        assert_eq!(m.len(), 4);
        let mut h = 0;
        assert_eq!(m.byte(0, &mut h), (0, MAX_ORIG));
        assert_eq!(m.byte(1, &mut h), (3 * MAX_ORIG + 5, 3 * MAX_ORIG + 6));
        m.extend_last(MAX_ORIG);
        assert_eq!(m.byte(1, &mut h), (4 * MAX_ORIG + 5, 4 * MAX_ORIG + 6));
    }
}
