//! The numeral being classified ([`Candidate`]): what is read right
//! around it before any kind claims it — a qualifier, 百分之, two
//! neighbouring digits, a scale written apart, a range to a shared unit —
//! and how a kind's fact is finished (a qualifier after it, trailing zeros).

use rust_decimal::Decimal;

use crate::fact::{FactData, Qualifier};
use crate::number::{numeral_at, parse_number};

use super::{
    FoundQuantity, Unit, count, is_list_gap, lone_scale, may_be_fact, money, money_role,
    neighbour_digits, normalize, overlaps, percent, prefix_qualifier, qualifier, range_after,
    range_dash, range_low, scale_value, set_qualifier, skip_spaces, suffix_qualifier,
    trim_spaces_end, unit_at, vague_before,
};

/// A numeral being classified: where it is, what it is worth so far and
/// what was read around it. [`classify`] fills it in; the rules of each
/// kind read it and widen it (a range, a qualifier).
pub(super) struct Candidate<'s, 'p> {
    /// The sentence.
    pub(super) s: &'s str,
    /// The numeral's byte range in `s`.
    pub(super) a: usize,
    pub(super) b: usize,
    /// The numeral as written, `s[a..b]`.
    pub(super) tok: &'s str,
    pub(super) value: Decimal,
    /// Where the fact starts: at a qualifier or 百分之/千分之 before the numeral.
    pub(super) start: usize,
    pub(super) qualifier: Qualifier,
    pub(super) upper: Option<Decimal>,
    /// The previous quantity of the sentence, and where it ends (0: none).
    pub(super) prev: Option<&'p FoundQuantity>,
    pub(super) prev_end: usize,
}

/// Words that end a comparison with a money before it, the amount after
/// them its difference (3个多亿，比前年多了五千多万).
const DIFFERENCES: &[&str] = &[
    "多了",
    "少了",
    "多",
    "少",
    "增加了",
    "减少了",
    "增加",
    "减少",
    "高出",
    "高了",
    "低了",
];

impl<'s, 'p> Candidate<'s, 'p> {
    /// The role of the money just before the numeral in the sentence, when
    /// the numeral is the difference of a comparison with it (比…多了).
    pub(super) fn compares_money(&self) -> Option<crate::fact::MoneyRole> {
        let Some(FactData::Money(m)) = self.prev.map(|p| &p.data) else {
            return None;
        };
        let between = self.s.get(self.prev_end..self.start).unwrap_or("");
        (between.chars().count() <= 12
            && between.contains('比')
            && !between.contains(['。', '；'])
            && DIFFERENCES.iter().any(|d| between.ends_with(d)))
        .then_some(m.role)
    }

    /// The numeral at `[a, b)` with what comes right before it: a qualifier,
    /// 百分之 or 千分之 (the second value: the word and its places), two neighbouring
    /// digits (五六个). `None` when nothing can make it a fact, or it is
    /// part of a code, URL, formula or ordinal (PM_2.5, a/101.jpg, 1+3, 第3期).
    pub(super) fn read(
        s: &'s str,
        a: usize,
        b: usize,
        prev: Option<&'p FoundQuantity>,
    ) -> Option<(Candidate<'s, 'p>, Option<percent::Share>)> {
        if !may_be_fact(s, a, b) {
            return None;
        }
        let tok = &s[a..b];
        let pair = neighbour_digits(tok);
        let value = match pair {
            Some((lo, _)) => lo,
            None => parse_number(tok).or_else(|| lone_scale(s, a, b))?,
        };
        let before = &s[..a];
        let prev_char = before.chars().next_back();
        let minus = prev_char == Some('-')
            && (percent::minus_sign(s, a, b) || money::minus_before(s, a).is_some());
        if prev_char
            .is_some_and(|p| p.is_ascii_alphanumeric() || crate::scan::one_of!("/_=#@.+-·", p))
            && !minus
            || s[b..].starts_with('+')
            || trim_spaces_end(before).ends_with('第')
            || vague_before(before, tok)
        {
            return None;
        }
        let mut c = Candidate {
            s,
            a,
            b,
            tok,
            value,
            start: a,
            qualifier: Qualifier::Exact,
            upper: None,
            prev,
            prev_end: prev.map_or(0, |p| p.end),
        };
        if let Some((_, hi)) = pair {
            c.upper = Some(hi);
            c.qualifier = Qualifier::Range;
        }
        // 百分之八十四, 百分之十至百分之二十, 千分之三
        let share = percent::share_word(before);
        if let Some((_, _, len)) = share {
            c.start = a - len;
        }
        if let Some((q, n)) =
            prefix_qualifier(&s[..c.start]).or_else(|| qualifier::linked(&s[..c.start]))
        {
            c.qualifier = q;
            c.start -= n;
        } else if let Some(q) = pair.is_none().then(|| list_bound(s, prev, a)).flatten() {
            c.qualifier = q;
        }
        Some((c, share))
    }

    /// Reads from the end of the numeral to where its unit starts: spaces,
    /// a colloquial 个 (50个亿元), a scale written apart (１２．５ 亿元,
    /// 500多亿元), 余/多 (1000余亩, 10多个), the second number of a range
    /// whose unit serves both (20至30亿元). Returns where the unit starts,
    /// the numeral whose scale the unit carries and the scale written apart.
    /// `None` when a value overflows.
    pub(super) fn read_to_unit(
        &mut self,
        taken: &[(usize, usize)],
    ) -> Option<(usize, &'s str, String)> {
        let s = self.s;
        let mut i = skip_spaces(s, self.b);
        // 50个亿元: a colloquial 个 before the scale.
        // 10个亿元以上项目 is ten projects of 亿元以上 each: the 个 counts.
        let ge = [
            "个亿",
            "个万",
            "个多亿",
            "个多万",
            "个余亿",
            "个余万",
            "个来亿",
            "个来万",
        ];
        if ge.iter().any(|w| s[i..].starts_with(w))
            && !count::threshold_class_after(&s[i + "个".len()..])
        {
            i += "个".len();
        }
        let mut scale_words = String::new();
        if let Some((j, run)) = self.scale_apart(i)? {
            i = j;
            scale_words = run;
        }
        // 1000余亩, 10多个
        for w in ["余", "多"] {
            if s[i..].starts_with(w) && unit_at(s, i + w.len()).is_some() {
                self.qualifier = Qualifier::Over;
                i += w.len();
            }
        }
        // 十来家, 20来个: about that many.
        if self.round_then_lai(i) && unit_at(s, i + "来".len()).is_some() {
            self.qualifier = Qualifier::Approx;
            i += "来".len();
        }
        let mut scale_tok = self.tok;
        if unit_at(s, i).is_none() && self.upper.is_none() {
            if let Some((k, t2)) = self.range_to_unit(i, taken)? {
                i = k;
                scale_tok = t2;
            }
        }
        Some((i, scale_tok, scale_words))
    }

    /// Whether 来 (about) follows a round numeral at byte `i`: 十来家,
    /// 二十来个, 两百来万, 10来个; not after other digits (近3年来 has 年).
    fn round_then_lai(&self, i: usize) -> bool {
        i == self.b
            && self.s[i..].starts_with('来')
            && self.upper.is_none()
            && self
                .tok
                .ends_with(['十', '百', '千', '万', '拾', '佰', '仟', '0'])
    }

    /// １２．５ 亿元 (a scale after a space), 500多亿元 (after 多/余): a
    /// scale at `i`, apart from the numeral, multiplies the value. Returns
    /// where it ends and the scale; `Some(None)` when there is none.
    fn scale_apart(&mut self, i: usize) -> Option<Option<(usize, String)>> {
        let s = self.s;
        let mut j = i;
        let mut over = false;
        for w in ["多", "余"] {
            if s[j..].starts_with(w) {
                // 十 余 万元: spaces around the qualifier, as in the numeral.
                j = skip_spaces(s, j + w.len());
                over = true;
            }
        }
        // 两百来万: about two million; 三个来亿: about 300 million.
        let about =
            !over && (self.round_then_lai(j) || &s[self.b..j] == "个" && s[j..].starts_with('来'));
        if about {
            j += "来".len();
        }
        // 20多个亿: a colloquial 个 between 多 and the scale.
        if over
            && (s[j..].starts_with("个亿") || s[j..].starts_with("个万"))
            && !count::threshold_class_after(&s[j + "个".len()..])
        {
            j += "个".len();
        }
        // 2.16兆元 (Taiwan: 兆 is 10¹², as 万亿): a scale only right before a
        // currency (兆瓦, 兆帕 are units of their own).
        let trillion = s[j..].starts_with('兆')
            && matches!(unit_at(s, j + '兆'.len_utf8()), Some(Unit::Money(..)));
        let run: String = if trillion {
            "兆".to_string()
        } else {
            s[j..]
                .chars()
                .take_while(|c| matches!(c, '万' | '亿' | '萬' | '億' | '千' | '百'))
                .collect()
        };
        // 欠了3个多亿。, 卖了一个多亿, 一百来万的补贴: a bare scale after a
        // money word or a verb of paying, or before a money noun, is money.
        let bare = || {
            run.ends_with(['亿', '万', '億', '萬'])
                && range_dash(&s[j + run.len()..]).is_none()
                && (money_role::after_money_word(s, self.start, self.prev_end)
                    || money::paid_before(s, self.start, &run)
                    || self.compares_money().is_some()
                    || money_role::money_noun_after(&s[j + run.len()..]).is_some()
                    || (s[self.b..i].contains('个')
                        && !money::counts_before(s, self.start)
                        && money::spoken_yi(&run, &s[j + run.len()..])))
        };
        if run.is_empty()
            || !(j > self.b || over || about || trillion)
            || unit_at(s, j + run.len()).is_none() && !bare()
        {
            return Some(None);
        }
        self.value = self.value.checked_mul(scale_value(&run)?)?;
        self.upper = match self.upper {
            Some(u) => Some(u.checked_mul(scale_value(&run)?)?),
            None => None,
        };
        if over && self.qualifier == Qualifier::Exact {
            self.qualifier = Qualifier::Over;
        }
        if about && self.qualifier == Qualifier::Exact {
            self.qualifier = Qualifier::Approx;
        }
        Some(Some((j + run.len(), run)))
    }

    /// 20至30亿元, 5-8亿元: a dash at `i` and a second number with a unit
    /// make a range; the second number's unit and scale serve both. Returns
    /// where the unit starts and the second numeral; `Some(None)` when there
    /// is no such range.
    fn range_to_unit(
        &mut self,
        i: usize,
        taken: &[(usize, usize)],
    ) -> Option<Option<(usize, &'s str)>> {
        let s = self.s;
        let Some(d) = range_dash(&s[i..]) else {
            return Some(None);
        };
        let j = skip_spaces(s, i + d);
        let Some(e2) = numeral_at(s, j) else {
            return Some(None);
        };
        let t2 = &s[j..e2];
        let k = skip_spaces(s, e2);
        if unit_at(s, k).is_none() || overlaps(taken, j, e2) {
            return Some(None);
        }
        let Some(hi) = parse_number(t2) else {
            return Some(None);
        };
        let Some(lo) = range_low(self.tok, self.value, t2) else {
            return Some(None);
        };
        if hi <= lo {
            return Some(None);
        }
        self.value = lo;
        self.upper = Some(hi);
        self.qualifier = Qualifier::Range;
        Some(Some((k, t2)))
    }

    /// An amount ending at `end` that is not already a range becomes one
    /// when a larger second number with the `same` unit follows a dash
    /// (6%-6.5%, 200亿元-250亿元). Returns where the amount now ends.
    pub(super) fn widen_to_range(&mut self, end: usize, same: impl Fn(Unit) -> bool) -> usize {
        if self.upper.is_some() {
            return end;
        }
        match range_after(self.s, end, self.tok, same) {
            Some((hi, e)) if hi > self.value => {
                self.upper = Some(hi);
                self.qualifier = Qualifier::Range;
                e
            }
            _ => end,
        }
    }

    /// The fact ending at `end`: a qualifier word after it (左右, 以上)
    /// when it has none yet, trailing zeros dropped.
    pub(super) fn finish(&self, mut end: usize, mut data: FactData) -> FoundQuantity {
        if matches!(self.qualifier, Qualifier::Exact | Qualifier::Approx) {
            if let Some((q, n)) = suffix_qualifier(&self.s[end..]) {
                // 10多家 took its 多 already; 多 after a count is no qualifier.
                if !(matches!(data, FactData::Count(_)) && n == "多".len()) {
                    end += n;
                    set_qualifier(&mut data, q);
                }
            }
        }
        normalize(&mut data);
        FoundQuantity {
            start: self.start,
            end,
            data,
        }
    }
}

/// 年营业收入首次突破10亿元、50亿元: a bound written before the first item of
/// a list (突破, 超过, 不超过 …) bounds each item after it; an estimate (约)
/// does not carry.
fn list_bound(s: &str, prev: Option<&FoundQuantity>, a: usize) -> Option<Qualifier> {
    let p = prev?;
    if !is_list_gap(s.get(p.end..a)?) {
        return None;
    }
    let text = s.get(p.start..p.end)?;
    super::PREFIX_QUALIFIERS
        .iter()
        .find(|(w, _)| text.starts_with(w))
        .map(|&(_, q)| q)
        .filter(|q| matches!(q, Qualifier::Over | Qualifier::Under))
}
