//! The offset map from clean text back to the original input, compact:
//! only the replacements are stored (an entity, a tag, a run of tags); the
//! text between two replacements is verbatim, so its offsets follow from
//! the replacement before it.
//!
//! A replacement is stored as the length of the verbatim run before it and
//! its clean and original lengths: its offsets are those of the entry
//! before it plus that entry's lengths and the run. Most replacements (a
//! tag or an entity a few bytes after the last) fit one 16-bit word; the
//! others take three. The first entry of each block of [`BLOCK`] keeps its
//! two offsets whole (32-bit for inputs under 4 GiB, 64-bit above), with
//! where its words start, so finding an entry decodes at most one block.
//! About 2.8 bytes a replacement in a tag-dense text, 6.8 at most.

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
            Offsets::Narrow(v) => match u32::try_from(x) {
                Ok(n) => v.push(n),
                Err(_) => {
                    self.widen();
                    self.push(x);
                }
            },
            Offsets::Wide(v) => v.push(x as u64),
        }
    }

    /// Replaces offset `i` (which must exist).
    pub(crate) fn set(&mut self, i: usize, x: usize) {
        match self {
            Offsets::Narrow(v) => match u32::try_from(x) {
                Ok(n) => v[i] = n,
                Err(_) => {
                    self.widen();
                    self.set(i, x);
                }
            },
            Offsets::Wide(v) => v[i] = x as u64,
        }
    }

    /// Narrow offsets made wide, for an offset past 4 GiB (never, when the
    /// width was chosen for the largest offset).
    fn widen(&mut self) {
        if let Offsets::Narrow(v) = self {
            *self = Offsets::Wide(v.iter().map(|&n| u64::from(n)).collect());
        }
    }
}

/// The longest original length one entry holds; longer replacements take
/// several entries.
const MAX_ORIG: usize = (1 << 13) - 1;

/// The longest verbatim run one entry follows; a longer run has an empty
/// entry inside it.
const MAX_GAP: usize = u16::MAX as usize;

/// Entries a block: the first one of each keeps its offsets whole.
const BLOCK: usize = 16;

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

impl Rep {
    /// Where the verbatim run after it starts, in the clean text and in the
    /// original.
    fn ends(&self) -> (usize, usize) {
        (self.clean + self.clean_len, self.orig + self.orig_len)
    }
}

/// The flag of the first word of a three-word entry.
const LONG: u16 = 0x8000;

/// One entry as stored: the verbatim run before it and its lengths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Packed {
    run: usize,
    clean_len: usize,
    orig_len: usize,
}

impl Packed {
    /// Appends its words: `0 | run:7 | clean_len:3 | orig_len:5` when they
    /// fit, else `LONG | clean_len`, `orig_len`, `run`.
    fn write(self, words: &mut Vec<u16>) {
        let Packed {
            run,
            clean_len,
            orig_len,
        } = self;
        if run < 1 << 7 && orig_len < 1 << 5 {
            words.push(((run << 8) | (clean_len << 5) | orig_len) as u16);
        } else {
            words.extend([LONG | clean_len as u16, orig_len as u16, run as u16]);
        }
    }

    /// The entry whose words start at `words[at]`, and where the next one
    /// starts.
    #[inline]
    fn read(words: &[u16], at: usize) -> (Packed, usize) {
        let w = words[at] as usize;
        if words[at] & LONG == 0 {
            let p = Packed {
                run: w >> 8,
                clean_len: (w >> 5) & 7,
                orig_len: w & 31,
            };
            return (p, at + 1);
        }
        let p = Packed {
            run: words[at + 2] as usize,
            clean_len: w & 7,
            orig_len: words[at + 1] as usize,
        };
        (p, at + 3)
    }

    /// The entry it stands for, after the entry `prev` (the first entry of
    /// a block: `prev` empty at the block's offsets, and a zero run).
    fn after(self, prev: Rep) -> Rep {
        let (clean, orig) = prev.ends();
        Rep {
            clean: clean + self.run,
            orig: orig + self.run,
            clean_len: self.clean_len,
            orig_len: self.orig_len,
        }
    }
}

/// The replacements of one clean text, in order.
#[derive(Clone, Debug)]
pub(super) struct OffsetMap {
    /// Where the clean text starts in the original (before any
    /// replacement).
    first: usize,
    /// The entries, packed ([`Packed`]); the first of a block has a zero
    /// run.
    words: Vec<u16>,
    /// How many entries.
    n: usize,
    /// The clean offset of the first entry of each block.
    clean: Offsets,
    /// The original offset of the first entry of each block.
    orig: Offsets,
    /// Where the words of the first entry of each block start.
    at: Offsets,
    /// The last entry, decoded (what the cleaner asks about), and where its
    /// words start.
    last: Option<(Rep, usize)>,
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
            words: Vec::new(),
            n: 0,
            clean: Offsets::new(wide),
            orig: Offsets::new(wide),
            at: Offsets::new(wide),
            last: None,
            continued: false,
        }
    }

    /// Entries, the empty ones added included.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.n
    }

    /// The first entry of block `b` (which must exist) and where the words
    /// of the next entry start.
    fn block_start(&self, b: usize) -> (Rep, usize) {
        let start = Rep {
            clean: self.clean.get(b),
            orig: self.orig.get(b),
            clean_len: 0,
            orig_len: 0,
        };
        let (p, next) = Packed::read(&self.words, self.at.get(b));
        (p.after(start), next)
    }

    /// Entry `i`, decoded from the first entry of its block.
    fn at(&self, i: usize) -> Option<Cursor> {
        if i >= self.n {
            return None;
        }
        let (mut rep, mut words) = self.block_start(i / BLOCK);
        for _ in 0..i % BLOCK {
            let (p, after) = Packed::read(&self.words, words);
            (rep, words) = (p.after(rep), after);
        }
        Some(Cursor { i, rep, words })
    }

    /// The entry after `c`, if any (decoded from `c`, or the next block's
    /// first).
    #[inline]
    fn step(&self, c: Cursor) -> Option<Cursor> {
        let i = c.i + 1;
        if i >= self.n {
            return None;
        }
        let (rep, words) = if i % BLOCK == 0 {
            self.block_start(i / BLOCK)
        } else {
            let (p, after) = Packed::read(&self.words, c.words);
            (p.after(c.rep), after)
        };
        Some(Cursor { i, rep, words })
    }

    /// The last entry starting at or before `x`, from `c` (which does) on,
    /// if it is at most `steps` entries on; with the entry after it, if
    /// any.
    fn walk(&self, mut c: Cursor, x: usize, steps: usize) -> Option<Found> {
        for _ in 0..=steps {
            match self.step(c) {
                Some(n) if n.rep.clean <= x => c = n,
                next => return Some(Found { at: c, next }),
            }
        }
        None
    }

    pub(super) fn last(&self) -> Option<Rep> {
        self.last.map(|l| l.0)
    }

    /// The original offset the clean text's end stands for.
    pub(super) fn cursor(&self, clean_end: usize) -> usize {
        match self.last() {
            Some(r) => r.orig + r.orig_len + (clean_end - r.clean - r.clean_len),
            None => self.first + clean_end,
        }
    }

    /// Appends an entry `run` bytes after the last (a zero run when it
    /// opens a block, whose offsets are then kept whole).
    fn append(&mut self, rep: Rep, run: usize) {
        let at = self.words.len();
        if self.n % BLOCK == 0 {
            self.clean.push(rep.clean);
            self.orig.push(rep.orig);
            self.at.push(at);
        }
        Packed {
            run,
            clean_len: rep.clean_len,
            orig_len: rep.orig_len,
        }
        .write(&mut self.words);
        self.n += 1;
        self.last = Some((rep, at));
    }

    /// Adds one entry (`clean_len` ≤ 7, `orig_len` ≤ [`MAX_ORIG`]).
    fn push_entry(&mut self, rep: Rep) {
        while self.n % BLOCK != 0 {
            let Some(last) = self.last() else { break };
            let (clean, orig) = last.ends();
            let run = rep.clean.checked_sub(clean);
            let empty = |run: usize| Rep {
                clean: clean + run,
                orig: orig + run,
                clean_len: 0,
                orig_len: 0,
            };
            if run.is_none() || run != rep.orig.checked_sub(orig) {
                // Offsets that do not follow from the entry before (never
                // made by the cleaner): empty entries close the block, and
                // this one opens the next with its offsets whole.
                while self.n % BLOCK != 0 {
                    self.append(empty(0), 0);
                }
                break;
            }
            let run = run.unwrap_or_default();
            if run <= MAX_GAP {
                self.append(rep, run);
                return;
            }
            // A verbatim run longer than an entry holds: an empty entry
            // inside it maps like the run.
            self.append(empty(MAX_GAP), MAX_GAP);
        }
        self.append(rep, 0);
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
            self.push_entry(Rep {
                clean,
                orig,
                clean_len: clean_len.min(7),
                orig_len: n,
            });
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
            if let Some((l, at)) = self.last.as_mut() {
                // The last entry's words, written again.
                let (mut p, _) = Packed::read(&self.words, *at);
                p.orig_len += extra;
                l.orig_len += extra;
                self.words.truncate(*at);
                p.write(&mut self.words);
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

    /// The last replacement starting at or before clean offset `x`. `hint`
    /// is the index found last: offsets come in order, so the answer is
    /// mostly the same one or one of the next few (walked to, as long as
    /// that costs less than the fallback, a binary search over the blocks
    /// and a walk in one).
    fn find(&self, x: usize, hint: &mut usize) -> Option<Found> {
        let near = self
            .at(*hint)
            .filter(|c| c.rep.clean <= x)
            .and_then(|c| self.walk(c, x, BLOCK));
        let found = match near {
            Some(f) => f,
            None => {
                // The last block starting at or before `x`, then its last
                // entry starting at or before `x`.
                let (mut lo, mut hi) = (0, self.clean.len());
                while lo < hi {
                    let mid = lo + (hi - lo) / 2;
                    if self.clean.get(mid) <= x {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                let b = lo.checked_sub(1)?;
                let c = self.at(b * BLOCK)?;
                self.walk(c, x, BLOCK)?
            }
        };
        *hint = found.at.i;
        Some(found)
    }

    /// The original byte range clean byte `x` comes from (`r` the last
    /// replacement starting at or before it): one byte of a verbatim run,
    /// or a whole replacement.
    fn byte_of(&self, r: Option<Rep>, x: usize) -> (usize, usize) {
        match r {
            Some(r) if x < r.clean + r.clean_len => (r.orig, r.orig + r.orig_len),
            Some(r) => {
                let o = r.orig + r.orig_len + (x - r.clean - r.clean_len);
                (o, o + 1)
            }
            None => (self.first + x, self.first + x + 1),
        }
    }

    /// The original byte range clean byte `x` comes from: one byte of a
    /// verbatim run, or a whole replacement.
    #[cfg(test)]
    fn byte(&self, x: usize, hint: &mut usize) -> (usize, usize) {
        let r = self.find(x, hint).map(|f| f.at.rep);
        self.byte_of(r, x)
    }

    /// The original offset of clean byte `first` when no replacement
    /// starts among clean bytes `first..=last` (nor holds `first`): they
    /// are one verbatim run.
    pub(super) fn copied_from(&self, first: usize, last: usize, hint: &mut usize) -> Option<usize> {
        match self.find(first, hint) {
            Some(f) => {
                let (clean, orig) = f.at.rep.ends();
                let alone = first >= clean && f.next.is_none_or(|n| n.rep.clean > last);
                alone.then(|| orig + (first - clean))
            }
            None => (self.n == 0 || self.clean.get(0) > last).then_some(self.first + first),
        }
    }

    /// Where the original bytes of clean bytes `first..=last` start and
    /// end (the start of the range of `first`, the end of that of `last`).
    /// `hint` is left at the entry of `first`; the entry of `last` is
    /// mostly one of the next few, walked to.
    pub(super) fn bytes(&self, first: usize, last: usize, hint: &mut usize) -> (usize, usize) {
        let a = self.find(first, hint);
        let b = match a {
            // Mostly the same entry: the one after it starts past `last`.
            Some(f) if f.next.is_none_or(|n| n.rep.clean > last) => Some(f),
            Some(Found { next: Some(n), .. }) => self.walk(n, last, BLOCK),
            _ => None,
        };
        let b = b.or_else(|| self.find(last, &mut hint.clone()));
        let (from, _) = self.byte_of(a.map(|f| f.at.rep), first);
        let (_, to) = self.byte_of(b.map(|f| f.at.rep), last);
        (from, to)
    }
}

/// Entry `i`, decoded, and where the words of the entry after it start.
#[derive(Clone, Copy, Debug)]
struct Cursor {
    i: usize,
    rep: Rep,
    words: usize,
}

/// The last entry starting at or before an offset, and the one after it.
#[derive(Clone, Copy, Debug)]
struct Found {
    at: Cursor,
    next: Option<Cursor>,
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
    fn narrow_offsets_widen_for_a_larger_one() {
        let big = u32::MAX as usize + 7;
        let mut o = Offsets::up_to(10);
        o.push(3);
        o.push(big);
        o.set(0, big + 1);
        assert!(matches!(o, Offsets::Wide(_)));
        assert_eq!((o.len(), o.get(0), o.get(1)), (2, big + 1, big));
        let mut o = Offsets::up_to(10);
        o.push(3);
        o.set(0, big);
        assert_eq!(o.get(0), big);
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

    /// The map as it was: every entry whole, found by a binary search.
    fn naive_byte(first: usize, reps: &[Rep], x: usize) -> (usize, usize) {
        match reps.partition_point(|r| r.clean <= x).checked_sub(1) {
            Some(i) if x < reps[i].clean + reps[i].clean_len => {
                (reps[i].orig, reps[i].orig + reps[i].orig_len)
            }
            Some(i) => {
                let r = reps[i];
                let o = r.orig + r.orig_len + (x - r.clean - r.clean_len);
                (o, o + 1)
            }
            None => (first + x, first + x + 1),
        }
    }

    #[test]
    fn packed_entries_map_like_whole_ones() {
        // Runs of every size around the limits (blocks, 16-bit runs, long
        // replacements), and offsets that jump (which start a block).
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for end in [1 << 30, u32::MAX as usize + 10] {
            let first = 3;
            let mut m = OffsetMap::new(first, end);
            let mut reps: Vec<Rep> = Vec::new();
            let (mut clean, mut orig) = (0, first);
            for k in 0..1_000 {
                let run = match next(40) {
                    0 | 2 => 0,
                    1 => MAX_GAP + next(3) * MAX_GAP - 1 + next(3),
                    _ => next(40),
                };
                let jump = if k % 97 == 0 { next(50) } else { 0 };
                clean += run;
                orig += run + jump;
                // Most in one word, some in three.
                let orig_len = if next(8) == 0 { next(8000) } else { next(30) } + 1;
                let mut r = rep(clean, orig, [0, 1, 3, 4][next(4)], orig_len);
                let before = m.len();
                m.push(r);
                // Entries the map added (a long run, a jump) are empty.
                assert!(m.len() > before);
                if next(4) == 0 {
                    // Lengthened in place (from one word to three, too).
                    let extra = next(40) + 1;
                    m.extend_last(extra);
                    r.orig_len += extra;
                }
                reps.push(r);
                assert_eq!(m.last(), Some(r));
                assert_eq!(m.cursor(clean + r.clean_len + 5), r.orig + r.orig_len + 5);
                clean += r.clean_len;
                orig += r.orig_len;
            }
            // Long runs and jumps added empty entries.
            assert!(m.len() > reps.len());
            let mut hint = 0;
            let mut far = 0;
            let mut span = 0;
            let mut verbatim = 0;
            for x in (0..clean + 10).step_by(13) {
                assert_eq!(m.byte(x, &mut hint), naive_byte(first, &reps, x), "{x}");
                // Out of order: the fallback search.
                let y = (x * 7919) % (clean + 10);
                assert_eq!(m.byte(y, &mut far), naive_byte(first, &reps, y), "{y}");
                // Both ends of a range, near and far apart.
                let last = x + [0, 1, 9, 200, 70_000][x / 13 % 5];
                let want = (
                    naive_byte(first, &reps, x).0,
                    naive_byte(first, &reps, last).1,
                );
                assert_eq!(m.bytes(x, last, &mut span), want, "{x}..={last}");
                // A run said to be verbatim maps byte for byte.
                let upto = last.min(x + 40);
                if let Some(o) = m.copied_from(x, upto, &mut span) {
                    for k in x..=upto {
                        assert_eq!(naive_byte(first, &reps, k), (o + k - x, o + k - x + 1));
                    }
                    verbatim += 1;
                }
            }
            assert!(verbatim > 1000, "{verbatim}");
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
