//! Numerals → `Decimal`: Arabic (half- and full-width), Chinese, financial
//! forms and mixed forms such as `1.5万` or `2亿5千万`.
//!
//! [`next_numeral`] only *locates* a numeral; [`parse_number`] converts
//! it with checked arithmetic, so an overflow is `None`, never a panic.

use rust_decimal::Decimal;

use crate::scan::CharSet;

mod fraction;
#[cfg(test)]
mod layout_tests;

/// The numeral grammar, as a regex (the scanner below implements it by hand
/// and a test checks the two agree): a run of numeral characters, with
/// decimal points (`.` `．` `点` `點`) only between digits and `,` only
/// before three Arabic digits. The full-width comma form
/// ([`wide_comma_groups`]) needs look-ahead, which the regex crate lacks,
/// and has its own test.
#[cfg(test)]
pub(crate) fn token_pattern() -> String {
    const NUM: &str =
        "0-9０-９〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億壹贰貳叁參肆伍陆陸柒捌玖";
    const DIGIT: &str = "0-9０-９〇零一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖";
    format!("[{NUM}](?:[{NUM}]|[.．点點][{DIGIT}]|,[0-9０-９]{{3}})*")
}

/// The end of the numeral that starts at byte `a` of `s`, if one does
/// (anchored: no search). Matches `49.72亿`, `61,771`, `三点五亿`, `１２．５`,
/// `１,２００万`, and `82，225.00` (see [`wide_comma_groups`]).
pub(crate) fn numeral_at(s: &str, a: usize) -> Option<usize> {
    let c = s.get(a..)?.chars().next()?;
    // 俩 (two, in speech) is a numeral only before a scale (卖了俩亿多); 他们俩,
    // 俩月 are none.
    if c == '俩' {
        let next = s[a + c.len_utf8()..].chars().next()?;
        return "亿億万萬千仟百佰"
            .contains(next)
            .then(|| numeral_end(s, a, a + c.len_utf8()));
    }
    if !is_numeral_char(c) {
        return None;
    }
    Some(numeral_end(s, a, a + c.len_utf8()))
}

/// Extends a numeral that starts at `a` and whose first character ends at
/// `i`: the greedy loop of the grammar. Each step has one choice (numeral
/// characters, points and commas are disjoint), so greedy is leftmost-first.
fn numeral_end(s: &str, a: usize, mut i: usize) -> usize {
    loop {
        let rest = &s[i..];
        let Some(c) = rest.chars().next() else {
            return i;
        };
        if is_numeral_char(c) {
            i += c.len_utf8();
        } else if matches!(c, '.' | '．' | '点' | '點')
            && rest[c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|d| digit_value(d).is_some())
        {
            // A point and the digit after it (the digit is one more step).
            i += c.len_utf8();
        } else if c == ',' && arabic_group(&rest[1..]).is_some() {
            i += 1 + arabic_group(&rest[1..]).unwrap_or(0);
        } else if c == '，' {
            match wide_comma_groups(&s[a..i], rest) {
                Some(n) => i += n,
                None => return i,
            }
        } else {
            return i;
        }
    }
}

/// The byte length of three Arabic digits (either width) at the start of
/// `s`, if it starts with them.
fn arabic_group(s: &str) -> Option<usize> {
    let mut n = 0;
    for c in s.chars().take(3) {
        if !is_arabic(c) {
            return None;
        }
        n += c.len_utf8();
    }
    (s[..n].chars().count() == 3).then_some(n)
}

/// Words after which digit groups split by `，` are one number.
const WIDE_COMMA_UNITS: &[&str] = &[
    "元",
    "圆",
    "块",
    "万",
    "萬",
    "亿",
    "億",
    "美元",
    "欧元",
    "港元",
    "港币",
    "日元",
    "英镑",
    "人民币",
    "%",
    "％",
    "个百分点",
    "個百分點",
];

/// The full-width comma `，` is also the clause comma, so it separates
/// thousands only in a narrow form: `head` (the numeral so far) is one to
/// three Arabic digits, and `rest` (starting at the `，`) is one or more
/// groups `，ddd` of exactly three Arabic digits, then a decimal point and
/// a digit (`82，225.00元`), or a money word, scale or percent unit
/// ([`WIDE_COMMA_UNITS`]: `3，500万元`, `1，200元`, `1，250%`). Two or more groups
/// need no such word (`1，234，567`). Returns the byte length of the groups.
///
/// A count or anything else after one group (`得分85，120人参加`) keeps the
/// comma a clause comma: the writer may have ended a clause on the first
/// number. One pass over the groups, so the scan stays linear.
fn wide_comma_groups(head: &str, rest: &str) -> Option<usize> {
    let digits = head.chars().count();
    if digits > 3 || !head.chars().all(is_arabic) {
        return None;
    }
    let mut n = 0;
    let mut groups = 0;
    while let Some(after) = rest[n..].strip_prefix('，') {
        let Some(g) = arabic_group(after) else {
            break;
        };
        if after[g..].starts_with(is_arabic) {
            break;
        }
        n += '，'.len_utf8() + g;
        groups += 1;
    }
    let tail = &rest[n..];
    let mut next = tail.chars();
    let decimal = matches!(next.next(), Some('.' | '．')) && next.next().is_some_and(is_arabic);
    let ok = groups >= 2 || decimal || WIDE_COMMA_UNITS.iter().any(|w| tail.starts_with(w));
    (groups >= 1 && ok).then_some(n)
}

/// Whether the Arabic numeral at `[a, b)` is one side of a full-width
/// comma that reads as a thousands separator: SPEC reads ， as a clause
/// break (得分85，120人), but nothing reads the three digits after the
/// comma (百分之９，９９９。), or nothing stands before the digits before
/// it, or those are grouped with `,` themselves (１１１，１１１个百分点,
/// 233,333，333,434元). Either reading may then be wrong: no fact.
pub(crate) fn thousands_apart(s: &str, a: usize, b: usize) -> bool {
    const COMMA: &str = "，";
    let tok = &s[a..b];
    let three_digits = |t: &str| {
        let mut it = t.chars();
        (0..3).all(|_| it.next().is_some_and(is_arabic)) && !it.next().is_some_and(is_arabic)
    };
    let loose =
        |c: Option<char>| c.is_none_or(|c| is_space(c) || crate::clause::is_clause_break(c));
    let after = s[b..].strip_prefix(COMMA).is_some_and(|rest| {
        tok.ends_with(is_arabic) && three_digits(rest) && loose(rest.chars().nth(3))
    });
    let before = s[..a].strip_suffix(COMMA).is_some_and(|head| {
        let lead = head.trim_end_matches(|c| is_arabic(c) || c == ',');
        head.ends_with(is_arabic)
            && three_digits(tok)
            && (loose(lead.chars().next_back()) || head[lead.len()..].contains(','))
    });
    after || before
}

/// A Latin letter, half or full width (k, Ｋ).
pub(crate) fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('Ａ'..='Ｚ').contains(&c) || ('ａ'..='ｚ').contains(&c)
}

/// The first numeral of `s` at or after byte `from`: its byte range.
///
/// A hand-written scan: one pass over the characters, no regex call per
/// sentence (on short sentences the call costs more than the scan). The
/// extractor lists numeral characters in its shared pass instead.
#[cfg(test)]
pub(crate) fn next_numeral(s: &str, from: usize) -> Option<(usize, usize)> {
    let a = NUMERALS.find(s, from)?;
    let c = s[a..].chars().next()?;
    Some((a, numeral_end(s, a, a + c.len_utf8())))
}

/// The numeral characters: [`digit_value`]'s and the scales.
/// Where a numeral may start: [`NUMERALS`] and 俩 (before a scale only,
/// see [`numeral_at`]).
pub(crate) static NUMERAL_STARTS: CharSet = CharSet::new(
    "0123456789０１２３４５６７８９〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億壹贰貳叁參肆伍陆陸柒捌玖俩",
);

pub(crate) static NUMERALS: CharSet = CharSet::new(
    "0123456789０１２３４５６７８９〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億壹贰貳叁參肆伍陆陸柒捌玖",
);

/// The common case without the general machinery: ASCII digits with at most
/// one decimal point and at most 18 digits, then at most one 万 or 亿
/// (`49.72亿`, `1000`). `None` sends anything else to the general parser,
/// which gives the same value for these forms.
fn parse_plain(s: &str) -> Option<Decimal> {
    let (digits, scale) = if let Some(d) = s.strip_suffix('亿') {
        (d, 100_000_000i64)
    } else if let Some(d) = s.strip_suffix('万') {
        (d, 10_000)
    } else {
        (s, 1)
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, f),
        None => (digits, ""),
    };
    if int.is_empty()
        || int.len() + frac.len() > 18
        || (digits.contains('.') && frac.is_empty())
        || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let m = int
        .bytes()
        .chain(frac.bytes())
        .fold(0i64, |m, b| m * 10 + i64::from(b - b'0'));
    let v = Decimal::new(m, u32::try_from(frac.len()).ok()?);
    Some(v.checked_mul(Decimal::from(scale))?.normalize())
}

/// The value of one digit character, half-width, full-width or Chinese.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    Some(match c {
        '0'..='9' => c as u32 - '0' as u32,
        '０'..='９' => c as u32 - '０' as u32,
        '〇' | '零' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' | '俩' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Whether `c` is a numeral character (digits of both widths, Chinese
/// digits and scales).
#[inline]
pub(crate) fn is_numeral_char(c: char) -> bool {
    NUMERALS.contains(c)
}

/// Whether `c` is an Arabic digit, half- or full-width.
pub(crate) fn is_arabic(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Parses a numeral into an exact decimal.
///
/// Accepts Arabic digits (half- and full-width, with `.`/`．` and `,`/`，`
/// thousands separators before groups of exactly three digits), Chinese
/// numerals (〇零一二两三…九, 十百千, financial 壹贰叁…拾佰仟, 点 as decimal
/// point), the scales 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), and mixtures
/// (`1.5万`, `3千万`, `2亿5千万`). Returns `None` for anything else, and for
/// values that do not fit a `Decimal`.
///
/// - One bare digit right after a scale of 百 or more stands for the next
///   lower scale, in Arabic and Chinese digits alike: `3千5` = 3,500,
///   `2万5` = 25,000, `1亿2` = 1.2亿; but `3千零5` = 3,005 and
///   `1亿2千万` = 120,000,000.
/// - A written zero before a scale is zero (`零亿`, `０亿`, `〇.〇亿` = 0);
///   only a scale with nothing before it stands for one of it (`千亿`).
/// - Spaces (ASCII, U+3000, U+00A0) may stand next to a scale word or 点
///   (`1000 万`, `二十 億`, `一百 五 十 二`, `7万 5千`, `四百 点 五`: text
///   spaced out by a layout), never between two digits (`20 25` is no
///   number) nor next to `.` (`1 .5`).
/// - A leading decimal point is a zero before it (`.5` = 0.5, `-.5`).
/// - A fraction is its value when that is an exact decimal (`五分之一` =
///   0.2, `3又一千分之23` = 3.023, `16/5` = 3.2, `1 3/5` = 1.6); `三分之一`
///   has none.
/// - Two Chinese digits in a row next to a scale are a vague pair, no one
///   number (`十二三`, `二三十`: the extractor reads them as ranges);
///   digits written one by one with no scale are a number (`二〇二二`).
///
/// ```
/// use zhfacts::parse_number;
/// use rust_decimal::Decimal;
/// assert_eq!(parse_number("2亿5千万"), Some(Decimal::from(250_000_000)));
/// assert_eq!(parse_number("1亿2"), Some(Decimal::from(120_000_000)));
/// assert_eq!(parse_number("零亿"), Some(Decimal::ZERO));
/// assert_eq!(parse_number("82，225.00"), Some(Decimal::from(82_225)));
/// assert_eq!(parse_number("1000 万"), Some(Decimal::from(10_000_000)));
/// assert_eq!(parse_number("三点五").map(|d| d.to_string()), Some("3.5".into()));
/// assert_eq!(parse_number("9".repeat(40).as_str()), None); // too big: no value
/// assert_eq!(parse_number("负三十二").map(|d| d.to_string()), Some("-32".into()));
/// ```
pub fn parse_number(s: &str) -> Option<Decimal> {
    let s = s.trim();
    // 负三十二, -10000: a sign before a standalone number (the extractor
    // reads signs where it finds them, and passes numerals only).
    if let Some(rest) = s.strip_prefix(['负', '負', '-', '－']) {
        let rest = rest.trim_start();
        if rest.starts_with(['负', '負', '-', '－', '+']) {
            return None;
        }
        return parse_number(rest).map(|v| -v);
    }
    // .5, .23456: a decimal without its leading zero (Arabic digits only).
    if let Some(frac) = s.strip_prefix(['.', '．']) {
        if !frac.starts_with(is_arabic) {
            return None;
        }
        return parse_whole(&format!("0.{frac}"));
    }
    // 五分之一, 3又一千分之23, 16/5: exact fractions only. A string with a
    // fraction mark is no whole numeral, so most numerals (which hold none)
    // are read as whole ones first.
    parse_whole(s).or_else(|| fraction::parse_fraction(s).flatten())
}

/// A numeral without a sign or a fraction mark (see [`parse_number`]).
fn parse_whole(s: &str) -> Option<Decimal> {
    if let Some(v) = parse_plain(s) {
        return Some(v);
    }
    if liang_in_digit_run(s) {
        return None;
    }
    let mut p = Parser::default();
    // Spaces were just read: a scale word or 点 must stand on one side of
    // them (一百 五 十 二, 7万 5千, 四百 点 五), never two digits (20 25).
    let mut space = false;
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        if is_space(c) {
            space = true;
            continue;
        }
        let spaced_mark = |c: char| scale_of(c).is_some() || matches!(c, '点' | '點');
        if space && !spaced_mark(c) && !prev.is_some_and(spaced_mark) {
            return None;
        }
        space = false;
        prev = Some(c);
        if let Some(d) = digit_value(c) {
            p.digit(c, d)?;
        } else if matches!(c, '.' | '．' | '点' | '點') {
            p.point()?;
        } else if matches!(c, ',' | '，') {
            // A thousands separator: after an Arabic digit of the integer
            // part, before exactly three Arabic digits.
            let after = &s[i + c.len_utf8()..];
            let mut next = after.chars();
            let group = next.by_ref().take(3).filter(|&d| is_arabic(d)).count();
            if p.frac.is_some()
                || !s[..i].chars().next_back().is_some_and(is_arabic)
                || group != 3
                || next.next().is_some_and(is_arabic)
            {
                return None;
            }
        } else {
            p.scale(scale_of(c)?)?;
        }
    }
    p.finish()
}

/// Whether 两 stands next to another digit in `s` other than as a pair of
/// neighbours (一两, 两三: "one or two", "two or three"). 两 counts things
/// (两个, 两万); it is never a digit of a number written digit by digit
/// (二〇二二), so 两两 ("in pairs") or 三两 is no number.
fn liang_in_digit_run(s: &str) -> bool {
    let liang = |c: char| matches!(c, '两' | '兩');
    let mut prev: Option<char> = None;
    for c in s.chars() {
        if let Some(p) = prev {
            let pair = digit_value(p).is_some() && digit_value(c).is_some();
            // 一万零两百: 零 before 两 marks a gap in the places, not a digit.
            let neighbours = matches!(
                (p, c),
                ('一', '两' | '兩') | ('两' | '兩', '三') | ('零' | '〇', '两' | '兩')
            );
            if pair && (liang(p) || liang(c)) && !neighbours {
                return true;
            }
        }
        prev = Some(c);
    }
    false
}

/// Spaces a numeral may hold before a scale word.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\u{a0}')
}

/// The value of a scale character.
fn scale_of(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// The state of [`parse_number`]'s general parser: sections of the value
/// read so far, and the digits not yet given a scale.
#[derive(Default)]
struct Parser {
    big: Decimal,   // 亿 and above
    mid: Decimal,   // 万 level
    small: Decimal, // below 万
    /// Digits read since the last scale (`None`: none).
    pending: Option<Decimal>,
    /// Place value of the next fraction digit, inside a fraction.
    frac: Option<Decimal>,
    last_unit: u64,
    /// Digits in the current run.
    run: usize,
    /// The current run is Chinese digits only.
    cn_run: bool,
    /// The current run started right after a scale, not with 零.
    run_after_unit: bool,
    /// Chinese digits other than 零/〇 in the current run.
    cn_digits: usize,
    saw_value: bool,
}

impl Parser {
    /// Whether the digits just read are one bare digit right after a scale
    /// of 百 or more (the 5 of 3千5, 一万五, 1亿2): it stands for the next
    /// lower scale.
    fn abbreviated(&self) -> bool {
        self.run == 1 && self.run_after_unit && self.last_unit >= 100 && self.frac.is_none()
    }

    /// Gives the abbreviated digit its scale (see [`Self::abbreviated`]).
    fn scale_abbreviated(&mut self) -> Option<()> {
        if self.abbreviated() {
            if let Some(p) = self.pending {
                self.pending = Some(p.checked_mul(Decimal::from(self.last_unit / 10))?);
            }
        }
        Some(())
    }

    fn digit(&mut self, c: char, d: u32) -> Option<()> {
        self.saw_value = true;
        let d = Decimal::from(d);
        if self.run == 0 {
            self.cn_run = true;
            self.cn_digits = 0;
            self.run_after_unit =
                self.last_unit != 0 && self.pending.is_none() && !matches!(c, '零' | '〇');
        }
        if is_arabic(c) {
            self.cn_run = false;
        } else if !matches!(c, '零' | '〇') {
            self.cn_digits += 1;
        }
        // 十二三, 一百二三: two Chinese digits in a row after a scale are a
        // vague pair ("twelve or thirteen"), no one number.
        if self.cn_digits >= 2 && self.last_unit != 0 && self.frac.is_none() {
            return None;
        }
        self.run += 1;
        self.pending = Some(match (self.frac, self.pending) {
            (Some(place), Some(p)) => {
                self.frac = Some(place / Decimal::TEN);
                p.checked_add(d.checked_mul(place)?)?
            }
            (Some(_), None) => return None,
            (None, p) => p
                .unwrap_or_default()
                .checked_mul(Decimal::TEN)?
                .checked_add(d)?,
        });
        Some(())
    }

    fn point(&mut self) -> Option<()> {
        if self.frac.is_some() || (self.pending.is_none() && self.last_unit == 0) {
            return None;
        }
        if self.abbreviated() {
            // 两千三点一 = 2300.1: the abbreviated digit takes its scale
            // before the fraction starts. An Arabic one (2千3.1) is too
            // odd to guess: no value.
            if !self.cn_run {
                return None;
            }
            self.scale_abbreviated()?;
        }
        // 十点二 = 10.2: a fraction right after a unit word.
        self.pending = Some(self.pending.unwrap_or_default());
        self.run = 0;
        self.frac = Some(Decimal::new(1, 1));
        Some(())
    }

    fn scale(&mut self, unit: u64) -> Option<()> {
        // 二三十, 三五百: two Chinese digits in a row before a scale are a
        // vague pair, no one number (二〇二二 is digits with no scale).
        if self.run > 0 && self.cn_digits >= 2 && self.frac.is_none() {
            return None;
        }
        let u = Decimal::from(unit);
        match unit {
            10 | 100 | 1000 => {
                self.saw_value = true;
                let mut n = self.pending.take().unwrap_or(Decimal::ONE);
                // 一万零十二: after 零, 十 means one ten.
                if unit == 10 && n.is_zero() {
                    n = Decimal::ONE;
                }
                self.small = self.small.checked_add(n.checked_mul(u)?)?;
            }
            10_000 => {
                // 百二万 = 120万: an abbreviated digit before a higher scale
                // (not after one: 5亿1万 is 5亿 and 1万).
                if self.last_unit < unit {
                    self.scale_abbreviated()?;
                }
                let written = self.pending.is_some();
                let n = self
                    .mid
                    .checked_add(self.small)?
                    .checked_add(self.pending.take().unwrap_or_default())?;
                self.mid = implicit_one(n, written).checked_mul(u)?;
                self.small = Decimal::ZERO;
            }
            _ => {
                if self.last_unit < unit {
                    self.scale_abbreviated()?;
                }
                let written = self.pending.is_some();
                let n = self
                    .big
                    .checked_add(self.mid)?
                    .checked_add(self.small)?
                    .checked_add(self.pending.take().unwrap_or_default())?;
                self.big = implicit_one(n, written).checked_mul(u)?;
                self.mid = Decimal::ZERO;
                self.small = Decimal::ZERO;
            }
        }
        self.frac = None;
        self.run = 0;
        self.last_unit = unit;
        Some(())
    }

    fn finish(mut self) -> Option<Decimal> {
        if !self.saw_value || self.frac.is_some_and(|_| self.run == 0) {
            return None;
        }
        // 一万五 = 15000, 3千5 = 3500, 1亿2 = 1.2亿.
        self.scale_abbreviated()?;
        let total = self
            .big
            .checked_add(self.mid)?
            .checked_add(self.small)?
            .checked_add(self.pending.unwrap_or_default())?;
        Some(total.normalize())
    }
}

/// The multiplier of 万 or 亿: what was read before it, or one when nothing
/// was (千亿, 万亿); a written zero (零亿, ０亿, 〇.〇亿) stays zero.
fn implicit_one(n: Decimal, written: bool) -> Decimal {
    if n.is_zero() && !written {
        Decimal::ONE
    } else {
        n
    }
}

/// Characters after 角, 毛 or 分 that make it part of a word (角色, 毛利,
/// 分钟), not a money unit.
const SUBUNIT_WORDS: &[(char, &str)] = &[
    ('角', "度落色逐膜钢力斗楼门质码球形标"),
    ('毛', "利巾衣病泽笔主坯细毯皮线绒料发重收额"),
    (
        '分',
        "钟之别析期配红布行公局店成数享散批段拆摊档级区会队支厂解量值类为子化工管部站院社所组母歧清开担裂手流辨泌离割",
    ),
];

/// One subunit at the start of `s`: a digit 1–9 and then `unit` (not
/// starting a word, see [`SUBUNIT_WORDS`]); its digit and byte length.
fn subunit(s: &str, unit: char) -> Option<(u32, usize)> {
    let mut chars = s.chars();
    let d = chars.next()?;
    let v = digit_value(d).filter(|v| *v > 0)?;
    if chars.next() != Some(unit) {
        return None;
    }
    let words = SUBUNIT_WORDS.iter().find(|(u, _)| *u == unit)?.1;
    if chars.next().is_some_and(|c| words.contains(c)) {
        return None;
    }
    Some((v, d.len_utf8() + unit.len_utf8()))
}

/// 一毛四, 三块二毛五: one digit 1–9 after the tenths, with nothing after
/// it but the end of the clause, 钱 or 的, is the hundredths (分 left
/// unsaid); its digit and byte length. Without tenths (三块零四 has its
/// 零, 五块六 its tenths) there are none.
fn spoken_cents(s: &str, tenth: Option<(u32, usize)>) -> Option<(u32, usize)> {
    tenth?;
    let mut chars = s.chars();
    let d = chars.next()?;
    let v = digit_value(d).filter(|v| *v > 0)?;
    let after = chars.as_str();
    let ends = after
        .chars()
        .next()
        .is_none_or(|c| crate::clause::is_clause_break(c) || matches!(c, '钱' | '的' | ' '));
    (ends || per_item(after)).then_some((v, d.len_utf8()))
}

/// 一张, 一斤: a price per item after an amount (二十块一张, 三块五一斤).
pub(crate) fn per_item(t: &str) -> bool {
    let mut k = t.chars();
    k.next() == Some('一')
        && k.next()
            .is_some_and(|k| "张斤个份杯碗次位人晚件瓶盒袋只".contains(k))
}

/// 元…角…分 and 块…毛…分: adds the tenths and hundredths of a yuan written
/// after the yuan word to `whole`.
///
/// `rest` starts right after the yuan word: 元 or 圆 (`colloquial` false;
/// tenths are 角 or 毛) or 块 (`colloquial` true; tenths are 毛). It may hold
/// `d角`, `d角d分`, `d分` or `零d分` (d one digit 1–9, Arabic or Chinese);
/// the last 分 may go unsaid where the amount ends (`一毛四`, `三块零四`).
/// `whole` must be a whole number (`123` of `123元1角1分`; `1.5元2角` is
/// no amount). Returns the amount and the bytes of `rest` the subunits
/// take, or `None` when `rest` holds none.
///
/// For the money rule: `123元1角1分` = 123.11 元, `5块5毛` = 5.5 元.
pub(crate) fn yuan_fraction(
    whole: Decimal,
    rest: &str,
    colloquial: bool,
) -> Option<(Decimal, usize)> {
    if !whole.fract().is_zero() {
        return None;
    }
    // 元 takes 角 and the spoken 毛 (五元三毛); 块 takes 毛 only (一块五角星
    // is a star).
    let tenth = if colloquial {
        subunit(rest, '毛')
    } else {
        subunit(rest, '角').or_else(|| subunit(rest, '毛'))
    };
    let mut n = 0;
    let mut value = whole;
    if let Some((d, len)) = tenth {
        value = value.checked_add(Decimal::new(i64::from(d), 1))?;
        n = len;
    } else if rest.starts_with('零') {
        n = '零'.len_utf8();
    }
    // 三块零四: after 零 the digit is the hundredths, as after the tenths.
    let spoken = tenth.or_else(|| (n > 0).then_some((0, 0)));
    if let Some((d, len)) = subunit(&rest[n..], '分').or_else(|| spoken_cents(&rest[n..], spoken))
    {
        value = value.checked_add(Decimal::new(i64::from(d), 2))?;
        n += len;
    } else if rest.starts_with('零') {
        return None; // 零 with no 分 after it
    }
    (value != whole).then_some((value, n))
}

#[cfg(test)]
mod tests;
