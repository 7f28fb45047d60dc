//! Hand-written scanners for the hot path: a character set and a word list.
//!
//! The extractor looks at short strings (a sentence, the few words before a
//! number) many times. For those, one pass over the characters with a
//! bitmap lookup costs less than a regex call, whose set-up dominates on
//! short haystacks. Both scanners are exact replacements of the patterns
//! they stand for; tests check them against the `regex` crate.

/// A set of characters of the Basic Multilingual Plane, as a bitmap.
pub(crate) struct CharSet {
    bits: [u64; 1024],
}

impl CharSet {
    /// The set of the characters of `chars` (all in the BMP).
    pub(crate) const fn new(chars: &str) -> CharSet {
        let b = chars.as_bytes();
        let mut bits = [0u64; 1024];
        let mut i = 0;
        while i < b.len() {
            let (c, n) = decode(b, i);
            insert(&mut bits, c);
            i += n;
        }
        CharSet { bits }
    }

    /// The set of the first characters of `pairs` that differ from the
    /// second (the characters a conversion table changes).
    pub(crate) const fn changed_by(pairs: &[(char, char)]) -> CharSet {
        let mut bits = [0u64; 1024];
        let mut i = 0;
        while i < pairs.len() {
            let (from, to) = pairs[i];
            if from as u32 != to as u32 {
                insert(&mut bits, from as u32);
            }
            i += 1;
        }
        CharSet { bits }
    }

    /// The characters of either set.
    pub(crate) fn union(&self, other: &CharSet) -> CharSet {
        let mut bits = self.bits;
        for (b, o) in bits.iter_mut().zip(other.bits.iter()) {
            *b |= o;
        }
        CharSet { bits }
    }

    /// Whether the code point `u` is in the set.
    #[inline]
    pub(crate) const fn has(&self, u: u32) -> bool {
        u < 0x10000 && (self.bits[(u >> 6) as usize] >> (u & 63)) & 1 == 1
    }

    /// Whether `c` is in the set.
    #[inline]
    pub(crate) const fn contains(&self, c: char) -> bool {
        self.has(c as u32)
    }

    /// The first character of `s` at or after byte `from` (a char boundary)
    /// that is in the set: its byte offset.
    ///
    /// Works on bytes: ASCII is tested directly, two- and three-byte
    /// sequences are looked up in place, other bytes
    /// (continuations, the four-byte characters a set cannot hold) are
    /// stepped over.
    #[inline]
    pub(crate) fn find(&self, s: &str, from: usize) -> Option<usize> {
        let b = s.as_bytes();
        let mut i = from;
        // Each kind of character has its own test and step: the common
        // three-byte one goes round the loop with one bounds check.
        while i < b.len() {
            let x = b[i];
            if x & 0xF0 == 0xE0 && i + 2 < b.len() {
                let word = (usize::from(x & 0x0F) << 6) | usize::from(b[i + 1] & 0x3F);
                if self.bits[word] >> (b[i + 2] & 63) & 1 == 1 {
                    return Some(i);
                }
                i += 3;
            } else if x < 0x80 {
                if self.bits[usize::from(x >> 6)] >> (x & 63) & 1 == 1 {
                    return Some(i);
                }
                i += 1;
            } else if x & 0xE0 == 0xC0 && i + 1 < b.len() {
                if self.bits[usize::from(x & 0x1F)] >> (b[i + 1] & 63) & 1 == 1 {
                    return Some(i);
                }
                i += 2;
            } else {
                i += 1;
            }
        }
        None
    }
}

/// Whether the character `$c` is one of those of the string literal
/// `$chars`: a [`CharSet`] built at compile time answers with one lookup
/// where `$chars.contains($c)` would search the string.
macro_rules! one_of {
    ($chars:literal, $c:expr) => {{
        static SET: $crate::scan::CharSet = $crate::scan::CharSet::new($chars);
        SET.contains($c)
    }};
}
pub(crate) use one_of;

/// Up to eight character sets looked up at once: one pass over a text
/// lists, for each set, where its characters are. Several consumers of the
/// same sentence (numerals, date anchors, clause breaks, verbs) share the
/// pass instead of each scanning the sentence again.
pub(crate) struct Classes {
    /// Bit `k` of `table[u]`: code point `u` is in set `k`.
    table: Box<[u8; 0x10000]>,
    /// Bit `k`: set `k` lists only the first character of each run of its
    /// characters (a numeral's digits after its first are never wanted).
    runs: u8,
}

impl Classes {
    /// The classes of `sets` (at most eight); the sets whose bit is in
    /// `runs` list only where each run of their characters starts.
    pub(crate) fn new(sets: &[&CharSet], runs: u8) -> Classes {
        assert!(sets.len() <= 8, "at most eight classes");
        let mut table = Box::new([0u8; 0x10000]);
        for (k, set) in sets.iter().enumerate() {
            for (u, t) in table.iter_mut().enumerate() {
                if set.has(u as u32) {
                    *t |= 1 << k;
                }
            }
        }
        Classes { table, runs }
    }

    /// Fills `out[k]` with the byte offsets of the characters of `s` in set
    /// `k`, in order (`out` is cleared first).
    pub(crate) fn scan(&self, s: &str, out: &mut [Vec<usize>]) {
        for v in out.iter_mut() {
            v.clear();
        }
        let b = s.as_bytes();
        let mut i = 0;
        let mut prev = 0u8;
        while i < b.len() {
            let (u, n) = code_at(b, i);
            let Some(u) = u else {
                // A continuation byte or a four-byte character: in no set.
                prev = 0;
                i += n;
                continue;
            };
            let here = self.table[(u & 0xFFFF) as usize];
            let mut flags = here & !(prev & self.runs);
            prev = here;
            while flags != 0 {
                let k = flags.trailing_zeros() as usize;
                if let Some(v) = out.get_mut(k) {
                    v.push(i);
                }
                flags &= flags - 1;
            }
            i += n;
        }
    }
}

/// The code point at `b[i]` if it is ASCII, two or three bytes long (the
/// only ones a [`CharSet`] holds), and how far to step: a continuation byte
/// or the lead of a four-byte character gives `None` and a step of one.
#[inline(always)]
fn code_at(b: &[u8], i: usize) -> (Option<u32>, usize) {
    let x = b[i];
    if (0xE0..0xF0).contains(&x) && i + 2 < b.len() {
        let u = (u32::from(x & 0x0F) << 12)
            | (u32::from(b[i + 1] & 0x3F) << 6)
            | u32::from(b[i + 2] & 0x3F);
        (Some(u), 3)
    } else if x < 0x80 {
        (Some(u32::from(x)), 1)
    } else if (0xC0..0xE0).contains(&x) && i + 1 < b.len() {
        (
            Some((u32::from(x & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F)),
            2,
        )
    } else {
        (None, 1)
    }
}

/// Adds the code point `c` to a [`CharSet`]'s bitmap (in a `const` context).
const fn insert(bits: &mut [u64; 1024], c: u32) {
    assert!(c < 0x10000, "CharSet holds BMP characters only");
    bits[(c >> 6) as usize] |= 1 << (c & 63);
}

/// Decodes the UTF-8 character at `b[i]` (in a `const` context).
const fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let x = b[i] as u32;
    if x < 0x80 {
        (x, 1)
    } else if x < 0xE0 {
        (((x & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else if x < 0xF0 {
        (
            ((x & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
            3,
        )
    } else {
        (
            ((x & 0x07) << 18)
                | ((b[i + 1] as u32 & 0x3F) << 12)
                | ((b[i + 2] as u32 & 0x3F) << 6)
                | (b[i + 3] as u32 & 0x3F),
            4,
        )
    }
}

/// A list of words, matched as the regex alternation of the words in the
/// given order would be: leftmost first, then the first word in order that
/// matches there; a search resumes after each match.
pub(crate) struct Lexicon {
    /// First characters of the words.
    first: Box<CharSet>,
    /// For each first character, sorted: the range of `by_first` holding
    /// the words that start with it, in match order.
    starts: Vec<(char, usize, usize)>,
    /// `(word, index in the caller's table)`, grouped by first character,
    /// in match order within a group.
    by_first: Vec<(&'static str, usize)>,
    /// A filter of the words' first two characters ([`pair_bit`]): most
    /// places where a first character matches (中 of 其中 for 中心) fail
    /// here, without the group's lookup and comparisons.
    pairs: Box<[u64; PAIR_WORDS]>,
    /// The words of one character, sorted (a pair filter cannot pass them).
    singles: Vec<char>,
}

/// The size of a [`Lexicon`]'s pair filter, in 64-bit words.
const PAIR_WORDS: usize = 64;

/// The bit of the pair filter for the characters `a` then `b`.
#[inline(always)]
fn pair_bit(a: char, b: char) -> (usize, u64) {
    let h = (u32::from(a).wrapping_mul(0x9E37_79B1) ^ u32::from(b)).wrapping_mul(0x85EB_CA6B);
    let k = (h >> 20) as usize;
    (k / 64 % PAIR_WORDS, 1 << (k % 64))
}

impl Lexicon {
    /// A lexicon of `words`, tried in the given order at each position.
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> Lexicon {
        Lexicon::build(words.into_iter().enumerate().map(|(i, w)| (w, i)).collect())
    }

    /// A lexicon of `words`, longest first (ties keep the given order): the
    /// longest word that matches at a position wins.
    pub(crate) fn longest_first(words: &[&'static str]) -> Lexicon {
        let mut order: Vec<(&str, usize)> =
            words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        order.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        Lexicon::build(order)
    }

    /// The lexicon of `(word, index)` pairs in match order: grouped by first
    /// character (a stable sort keeps the order within a group).
    fn build(mut by_first: Vec<(&'static str, usize)>) -> Lexicon {
        by_first.retain(|(w, _)| !w.is_empty());
        by_first.sort_by_key(|(w, _)| w.chars().next());
        let mut bits = [0u64; 1024];
        let mut pairs = Box::new([0u64; PAIR_WORDS]);
        let mut singles = Vec::new();
        let mut starts: Vec<(char, usize, usize)> = Vec::new();
        for (i, (w, _)) in by_first.iter().enumerate() {
            let mut chars = w.chars();
            let c = chars.next().unwrap_or_default();
            match chars.next() {
                Some(d) => {
                    let (k, bit) = pair_bit(c, d);
                    pairs[k] |= bit;
                }
                None => singles.push(c),
            }
            insert(&mut bits, c as u32);
            match starts.last_mut() {
                Some(last) if last.0 == c => last.2 = i + 1,
                _ => starts.push((c, i, i + 1)),
            }
        }
        singles.sort_unstable();
        singles.dedup();
        Lexicon {
            first: Box::new(CharSet { bits }),
            starts,
            by_first,
            pairs,
            singles,
        }
    }

    /// Whether a word may start with `c` followed by `rest`: the pair
    /// filter passes, or a word is `c` alone.
    #[inline(always)]
    fn may_start(&self, c: char, rest: &str) -> bool {
        if let Some(d) = rest.chars().next() {
            let (k, bit) = pair_bit(c, d);
            if self.pairs[k] & bit != 0 {
                return true;
            }
        }
        !self.singles.is_empty() && self.singles.binary_search(&c).is_ok()
    }

    /// The word starting at byte `i` of `s` (a char boundary): its end and
    /// its index in the caller's table.
    #[inline]
    pub(crate) fn match_at(&self, s: &str, i: usize) -> Option<(usize, usize)> {
        let rest = &s[i..];
        let c = rest.chars().next()?;
        if !self.may_start(c, &rest[c.len_utf8()..]) {
            return None;
        }
        let g = self.starts.binary_search_by_key(&c, |g| g.0).ok()?;
        let (_, from, to) = self.starts[g];
        self.by_first[from..to]
            .iter()
            .find(|(w, _)| rest.starts_with(w))
            .map(|&(w, k)| (i + w.len(), k))
    }

    /// Every occurrence of every word in `s`, overlapping ones too, by
    /// start and then in match order: `(start, end, word index)`.
    pub(crate) fn occurrences<'s>(
        &'s self,
        s: &'s str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 's {
        let mut from = 0;
        std::iter::from_fn(move || {
            let i = self.first.find(s, from)?;
            let rest = &s[i..];
            let c = rest.chars().next()?;
            from = i + c.len_utf8();
            let g = if self.may_start(c, &s[from..]) {
                self.starts.binary_search_by_key(&c, |g| g.0).ok()
            } else {
                None
            };
            let words = g.map_or(&[][..], |g| {
                let (_, a, b) = self.starts[g];
                &self.by_first[a..b]
            });
            Some(
                words
                    .iter()
                    .filter(move |(w, _)| rest.starts_with(w))
                    .map(move |&(w, k)| (i, i + w.len(), k)),
            )
        })
        .flatten()
    }

    /// The first characters of the words.
    pub(crate) fn first_chars(&self) -> &CharSet {
        &self.first
    }

    /// The next match at or after byte `from`: `(start, end, word index)`.
    #[inline]
    pub(crate) fn find_at(&self, s: &str, mut from: usize) -> Option<(usize, usize, usize)> {
        while let Some(i) = self.first.find(s, from) {
            if let Some((end, k)) = self.match_at(s, i) {
                return Some((i, end, k));
            }
            from = i + s[i..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// Every match of `s`, left to right, not overlapping.
    pub(crate) fn find_iter<'s>(
        &'s self,
        s: &'s str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 's {
        let mut from = 0;
        std::iter::from_fn(move || {
            let m = self.find_at(s, from)?;
            from = m.1;
            Some(m)
        })
    }

    /// Whether any word occurs in `s`.
    pub(crate) fn is_match(&self, s: &str) -> bool {
        self.find_at(s, 0).is_some()
    }
}

/// Whether `c` is a CJK ideograph of the basic block (a word goes on).
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Where `needle` first occurs in the short string `hay`: `memchr` finds
/// each place of the needle's last byte (in Chinese text, the last byte of a
/// character is far rarer than its first), which is then compared whole. On
/// a name or a window of a few dozen bytes, building a substring searcher
/// per word of a list costs more than the search. UTF-8 needles only match
/// whole characters, so a match starts on a boundary.
pub(crate) fn short_find(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let &last = n.last()?;
    let k = n.len() - 1;
    let mut from = k;
    while let Some(j) = h.get(from..).and_then(|rest| memchr::memchr(last, rest)) {
        let end = from + j;
        if h.get(end - k..=end) == Some(n) {
            return Some(end - k);
        }
        from = end + 1;
    }
    None
}

/// Where `needle` last occurs in the short string `hay` (see [`short_find`]).
pub(crate) fn short_rfind(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let &last = n.last()?;
    let k = n.len() - 1;
    let mut to = h.len();
    while let Some(j) = h.get(k..to).and_then(|rest| memchr::memrchr(last, rest)) {
        let end = k + j;
        if h.get(end - k..=end) == Some(n) {
            return Some(end - k);
        }
        to = end;
    }
    None
}

/// A fixed xorshift generator, for the tests that compare a scanner with
/// the rule it replaced on many random texts: the same texts every run.
#[cfg(test)]
pub(crate) struct Xorshift(u64);

#[cfg(test)]
impl Xorshift {
    pub(crate) fn new() -> Xorshift {
        Xorshift(0x9e37_79b9_7f4a_7c15)
    }

    /// A number below `n` (`n > 0`).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Every non-empty string of at most `max_len` characters over `alphabet`:
/// the inputs of the tests that check a scanner against its regex.
#[cfg(test)]
pub(crate) fn every_string(alphabet: &str, max_len: usize) -> Vec<String> {
    let mut all = Vec::new();
    let mut level = vec![String::new()];
    for _ in 0..max_len {
        level = level
            .iter()
            .flat_map(|s| alphabet.chars().map(move |c| format!("{s}{c}")))
            .collect();
        all.extend(level.iter().cloned());
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charset_finds_ascii_and_cjk() {
        static SET: CharSet = CharSet::new("7亿％©");
        let s = "é签约𝄞7项，亿元５％ ©";
        let mut found = Vec::new();
        let mut i = 0;
        while let Some(j) = SET.find(s, i) {
            found.push(s[j..].chars().next().unwrap());
            i = j + 1;
        }
        assert_eq!(found, ['7', '亿', '％', '©']);
        assert!(SET.contains('亿') && !SET.contains('元') && !SET.contains('𝄞'));
    }

    #[test]
    fn classes_list_each_set() {
        static A: CharSet = CharSet::new("1亿");
        static B: CharSet = CharSet::new("亿，©");
        let classes = Classes::new(&[&A, &B], 0b01);
        let s = "é1亿，𝄞©x亿";
        let mut out = vec![Vec::new(), Vec::new()];
        classes.scan(s, &mut out);
        let at = |v: &Vec<usize>| {
            v.iter()
                .map(|&i| s[i..].chars().next().unwrap())
                .collect::<String>()
        };
        // Set 0 keeps run starts only: 1亿 is one run.
        assert_eq!(at(&out[0]), "1亿");
        assert_eq!(at(&out[1]), "亿，©亿");
    }

    /// The lexicon and the regex alternation of the same words agree.
    #[test]
    fn lexicon_agrees_with_the_alternation() {
        // Shorter words first: longest_first must reorder them (投资 over 投).
        let words: &[&str] = &["投", "投资", "总投资", "金", "资金", "GDP"];
        let lex = Lexicon::longest_first(words);
        let mut sorted = words.to_vec();
        sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let re = regex::Regex::new(&sorted.join("|")).unwrap();
        for t in every_string("总投资金GDP元", 5) {
            let want: Vec<(usize, usize, &str)> = re
                .find_iter(&t)
                .map(|m| (m.start(), m.end(), m.as_str()))
                .collect();
            let got: Vec<(usize, usize, &str)> = lex
                .find_iter(&t)
                .map(|(a, b, k)| (a, b, words[k]))
                .collect();
            assert_eq!(got, want, "{t}");
            assert_eq!(lex.is_match(&t), re.is_match(&t));
        }
    }

    #[test]
    fn occurrences_are_every_match_of_every_word() {
        let words: &[&str] = &["投", "投资", "资金", "金", "GDP"];
        let lex = Lexicon::new(words.iter().copied());
        for t in every_string("投资金GDP", 4) {
            let mut want = Vec::new();
            for (i, _) in t.char_indices() {
                for (k, w) in words.iter().enumerate() {
                    if t[i..].starts_with(w) {
                        want.push((i, i + w.len(), k));
                    }
                }
            }
            let got: Vec<_> = lex.occurrences(&t).collect();
            assert_eq!(got, want, "{t}");
        }
    }

    #[test]
    fn short_find_agrees_with_str_find() {
        for hay in every_string("投资额ab", 4) {
            for needle in ["投资", "资额", "a", "b投", "额额", "投资额ab投"] {
                assert_eq!(
                    short_find(&hay, needle),
                    hay.find(needle),
                    "{hay:?} {needle:?}"
                );
            }
        }
        assert_eq!(short_find("abc", ""), None);
    }

    #[test]
    fn short_rfind_agrees_with_str_rfind() {
        for hay in every_string("投资额ab", 4) {
            for needle in ["投资", "资额", "a", "b投", "额额", "aa"] {
                assert_eq!(
                    short_rfind(&hay, needle),
                    hay.rfind(needle),
                    "{hay:?} {needle:?}"
                );
            }
        }
    }
}
