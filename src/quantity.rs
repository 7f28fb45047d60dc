//! Quantities: money, counts, areas and percentages.
//!
//! One scan finds every numeral ([`crate::number::next_numeral`]); each is
//! then classified by cheap, anchored checks of the words right around it:
//! qualifier before, range, unit or classifier after, role cues in the
//! clause before it. One copy of "qualifier + number (+ range) + unit"
//! serves all four kinds.

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_decimal::Decimal;

use crate::clause::{clause_end, clause_start, in_short_quote, is_clause_break};
use crate::fact::{
    Area, AreaRole, Count, Currency, Direction, FactData, Money, MoneyRole, Percent, PercentUnit,
    Qualifier,
};
use crate::number::{is_arabic, numeral_at, parse_number};
use crate::scan::{CharSet, Lexicon};

/// A quantity found in a sentence: byte range in the sentence and payload.
#[derive(Clone, Debug)]
pub(crate) struct FoundQuantity {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) data: FactData,
}

/// Forces the module's patterns (tests call this so a bad pattern fails early).
#[cfg(test)]
pub(crate) fn force() {
    LazyLock::force(&MONEY);
    LazyLock::force(&MONEY_OTHER);
    LazyLock::force(&AREA);
    LazyLock::force(&AREA_AFTER);
    LazyLock::force(&DIRECTION);
    LazyLock::force(&CAPACITY);
}

/// What follows a number.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Unit {
    Money(Currency, usize),
    Area(&'static str, Decimal, usize),
    Percent(PercentUnit, usize),
    Classifier(usize),
}

const CURRENCIES: &[(&str, Currency)] = &[
    ("美元", Currency::Usd),
    ("欧元", Currency::Eur),
    ("港元", Currency::Hkd),
    ("港币", Currency::Hkd),
    ("日元", Currency::Jpy),
    ("英镑", Currency::Gbp),
    ("美圆", Currency::Usd),
    ("元人民币", Currency::Cny),
    ("人民币", Currency::Cny),
    ("元", Currency::Cny),
    ("圆", Currency::Cny),
];

/// Area units, longest first, with their size in m² (亩 = 10000/15 m²).
fn area_units() -> &'static [(&'static str, &'static str, Decimal)] {
    static UNITS: LazyLock<Vec<(&str, &str, Decimal)>> = LazyLock::new(|| {
        vec![
            ("平方公里", "平方公里", Decimal::from(1_000_000)),
            ("平方千米", "平方千米", Decimal::from(1_000_000)),
            ("平方米", "平方米", Decimal::ONE),
            ("平米", "平米", Decimal::ONE),
            ("公顷", "公顷", Decimal::from(10_000)),
            ("亩", "亩", Decimal::from(10_000) / Decimal::from(15)),
            // Taiwan's 坪 = 400/121 m².
            ("坪", "坪", Decimal::from(400) / Decimal::from(121)),
            ("㎡", "㎡", Decimal::ONE),
            ("m²", "m²", Decimal::ONE),
            ("km²", "km²", Decimal::from(1_000_000)),
        ]
    });
    &UNITS
}

/// Classifiers of counts, longest first. Not 年/月/天 (durations), 倍, 吨.
const CLASSIFIERS: &[&str] = &[
    "批次", "个", "家", "项", "批", "座", "栋", "幢", "条", "名", "件", "次", "种", "棵", "株",
    "所", "台", "套", "辆", "位", "户", "处", "宗", "场", "支", "只", "间", "笔", "人", "组", "类",
    "款", "张", "份", "架", "艘", "列", "块", "片",
];

/// Head nouns a count can count. The first group wins over the second
/// (城中村改造项目 counts 项目, not 村); longer before shorter.
const HEADS: &[&[&str]] = &[
    &[
        "审批项目",
        "项目",
        "企业",
        "公司",
        "工厂",
        "厂家",
        "厂商",
        "经济主体",
        "市场主体",
    ],
    &[
        "主体",
        "商户",
        "单位",
        "园区",
        "平台",
        "中心",
        "机构",
        "问题",
        "事项",
        "岗位",
        "人才",
        "干部",
        "专利",
        "商标",
        "产品",
        "生产线",
        "车间",
        "厂房",
        "楼宇",
        "合作社",
        "基地",
        "学校",
        "医院",
        "难题",
        "村",
    ],
];

/// The first characters of [`HEADS`] (checked by a test).
static HEAD_STARTS: CharSet =
    CharSet::new("审项企公工厂经市主商单园平中机问事岗人干专产生车楼合基学医难村");

/// The last characters of [`HEADS`] (checked by a test).
static HEAD_ENDS: CharSet =
    CharSet::new("目业司厂家商体户位区台心构题项岗才部利标品线间房宇社地校院难村");

/// [`HEADS`] indexed for [`count_noun`]'s lookups: `by_first[g]` holds the
/// heads of group `g` by first character, longest first at each character;
/// `by_last` all heads by last character, in the order of [`HEADS`]. A
/// lookup binary-searches the character instead of trying every head.
struct HeadIndex {
    by_first: Vec<Vec<(char, &'static str)>>,
    by_last: Vec<(char, &'static str)>,
}

static HEAD_INDEX: LazyLock<HeadIndex> = LazyLock::new(|| {
    let first = |h: &str| h.chars().next().unwrap_or_default();
    let last = |h: &str| h.chars().next_back().unwrap_or_default();
    let by_first = HEADS
        .iter()
        .map(|group| {
            let mut v: Vec<_> = group.iter().map(|&h| (first(h), h)).collect();
            v.sort_by_key(|&(c, h)| (c, std::cmp::Reverse(h.len())));
            v
        })
        .collect();
    let mut by_last: Vec<_> = HEADS
        .iter()
        .flat_map(|g| g.iter())
        .map(|&h| (last(h), h))
        .collect();
    // Stable: the order of HEADS stays within one last character.
    by_last.sort_by_key(|&(c, _)| c);
    HeadIndex { by_first, by_last }
});

impl HeadIndex {
    /// The first head in [`HEADS`] order that ends `text` and fits
    /// `classifier`.
    fn ending(&self, text: &str, classifier: &str) -> Option<&'static str> {
        let c = text.chars().next_back()?;
        with_char(&self.by_last, c)
            .iter()
            .map(|&(_, h)| h)
            .find(|h| text.ends_with(h) && fits(h, classifier))
    }

    /// The longest head of group `g` that starts `text` and fits
    /// `classifier`.
    fn starting(&self, g: usize, text: &str, classifier: &str) -> Option<&'static str> {
        let c = text.chars().next()?;
        with_char(&self.by_first[g], c)
            .iter()
            .map(|&(_, h)| h)
            .find(|h| text.starts_with(h) && fits(h, classifier))
    }
}

/// The entries of `index` (sorted by character) for character `c`.
fn with_char<'i>(index: &'i [(char, &'static str)], c: char) -> &'i [(char, &'static str)] {
    let a = index.partition_point(|&(k, _)| k < c);
    let b = a + index[a..].partition_point(|&(k, _)| k == c);
    &index[a..b]
}

/// The last characters of the connecting words of [`count_noun`].
static CONNECTIVE_ENDS: CharSet = CharSet::new("计到至有共达为已了就");

/// Words between a head noun and its number: 共计, 累计达到, 已有 ….
const CONNECTIVES: &[&str] = &[
    "共计", "合计", "累计", "总计", "达到", "增至", "共有", "已有", "就有", "共", "有", "达", "为",
    "计", "已", "了", "就",
];

/// Whether `classifier` can count `noun`: 15条…企业门店 does not count firms.
fn fits(noun: &str, classifier: &str) -> bool {
    match noun {
        "企业" | "公司" | "工厂" | "厂家" | "厂商" => {
            matches!(classifier, "家" | "个" | "批" | "所")
        }
        "经济主体" | "市场主体" | "主体" | "商户" => {
            matches!(classifier, "家" | "个" | "户" | "批")
        }
        "项目" | "审批项目" => matches!(classifier, "个" | "项" | "批" | "宗"),
        _ => true,
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\t' | '\u{a0}')
}

fn skip_spaces(s: &str, mut i: usize) -> usize {
    while let Some(c) = s[i..].chars().next() {
        if !is_space(c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

fn trim_spaces_end(s: &str) -> &str {
    s.trim_end_matches(is_space)
}

/// The trailing scale characters of a numeral (`亿` of `49.72亿`), as written.
fn scale_suffix(tok: &str) -> &str {
    let arabic = tok.chars().any(is_arabic);
    let keep = |c: char| {
        if arabic {
            matches!(c, '十' | '百' | '千' | '万' | '亿' | '萬' | '億')
        } else {
            matches!(c, '万' | '亿' | '萬' | '億')
        }
    };
    let cut = tok.trim_end_matches(keep).len();
    &tok[cut..]
}

fn scale_value(suffix: &str) -> Option<Decimal> {
    Some(match suffix {
        "" => Decimal::ONE,
        "十" => Decimal::TEN,
        "百" => Decimal::ONE_HUNDRED,
        "千" => Decimal::ONE_THOUSAND,
        "万" | "萬" => Decimal::from(10_000),
        "亿" | "億" => Decimal::from(100_000_000),
        _ => return parse_number(&format!("1{suffix}")),
    })
}

/// Scales of money units, as written before the currency word.
const SCALES: &[&str] = &[
    "", "十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿", "千亿", "万亿",
];

/// Currency words as written after the scale (`""`: a bare 亿/万).
const CURRENCY_WORDS: &[&str] = &[
    "",
    "元",
    "美元",
    "欧元",
    "港元",
    "港币",
    "日元",
    "英镑",
    "元人民币",
    "人民币",
    "圆",
    "美圆",
];

/// The unit of a money amount: `scale` (the numeral's own, `亿` of `3亿`),
/// `words` (written apart, `500多亿元`) and the currency word. Common units
/// come from a table made once, so they cost no allocation per fact.
fn money_unit(scale: &str, words: &str, currency: &str) -> Cow<'static, str> {
    static TABLE: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
        SCALES
            .iter()
            .map(|sc| {
                CURRENCY_WORDS
                    .iter()
                    .map(|cw| &*Box::leak(format!("{sc}{cw}").into_boxed_str()))
                    .collect()
            })
            .collect()
    });
    let joined = match (scale, words) {
        (x, "") | ("", x) => Some(x),
        _ => None,
    };
    let si = joined.and_then(|x| SCALES.iter().position(|sc| *sc == x));
    let ci = CURRENCY_WORDS.iter().position(|cw| *cw == currency);
    match (si, ci) {
        (Some(si), Some(ci)) => Cow::Borrowed(TABLE[si][ci]),
        _ => Cow::Owned(format!("{scale}{words}{currency}")),
    }
}

fn unit_at(s: &str, i: usize) -> Option<Unit> {
    let rest = &s[i..];
    let c = rest.chars().next()?;
    match c {
        '%' | '％' => return Some(Unit::Percent(PercentUnit::Percent, c.len_utf8())),
        '个' if rest.starts_with("个百分点") => {
            return Some(Unit::Percent(PercentUnit::Point, "个百分点".len()));
        }
        '百' if rest.starts_with("百分点") => {
            return Some(Unit::Percent(PercentUnit::Point, "百分点".len()));
        }
        _ => {}
    }
    // Most characters after a number start no unit: test the first one
    // before trying the words.
    if UNIT_STARTS.contains(c) {
        for (w, cur) in CURRENCIES {
            if rest.starts_with(w) {
                return Some(Unit::Money(*cur, w.len()));
            }
        }
        for (w, name, m2) in area_units() {
            if rest.starts_with(w) {
                return Some(Unit::Area(name, *m2, w.len()));
            }
        }
    }
    // Every classifier but 批次 is one character: the first in the table
    // that matches is 批次 when it is there, else `c` itself.
    if rest.starts_with("批次") {
        return Some(Unit::Classifier("批次".len()));
    }
    is_classifier_start(c).then(|| Unit::Classifier(c.len_utf8()))
}

/// The first characters of [`CURRENCIES`] and of the area units (checked
/// by a test).
static UNIT_STARTS: CharSet = CharSet::new("美欧港日英元人圆平公亩坪㎡mk");

/// Qualifier words right before a number.
const PREFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("不超过", Qualifier::Under),
    ("不低于", Qualifier::Over),
    ("不少于", Qualifier::Over),
    ("至少", Qualifier::Over),
    ("最多", Qualifier::Under),
    ("大约", Qualifier::Approx),
    ("超过", Qualifier::Over),
    ("不到", Qualifier::Under),
    ("不足", Qualifier::Under),
    ("约", Qualifier::Approx),
    ("近", Qualifier::Approx),
    ("超", Qualifier::Over),
    ("逾", Qualifier::Over),
    ("突破", Qualifier::Over),
];

/// The last characters of [`PREFIX_QUALIFIERS`] (checked by a test).
static PREFIX_QUALIFIER_ENDS: CharSet = CharSet::new("过于少多约到足近超逾破");

/// Qualifier words right after a unit.
const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("左右", Qualifier::Approx),
    ("上下", Qualifier::Approx),
    ("及以上", Qualifier::Over),
    ("及以下", Qualifier::Under),
    ("以上", Qualifier::Over),
    ("以下", Qualifier::Under),
    ("多", Qualifier::Over),
    ("余", Qualifier::Over),
];

/// The first characters of [`SUFFIX_QUALIFIERS`] (checked by a test).
static SUFFIX_QUALIFIER_STARTS: CharSet = CharSet::new("左上及以多余");

/// Whether the last character of `s` is in `set`: the cheap test before a
/// list of words is tried with `ends_with`.
fn ends_in(s: &str, set: &CharSet) -> bool {
    s.chars().next_back().is_some_and(|c| set.contains(c))
}

/// Whether the first character of `s` is in `set`.
fn starts_in(s: &str, set: &CharSet) -> bool {
    s.chars().next().is_some_and(|c| set.contains(c))
}

/// A qualifier word right before a number: its class and byte length.
fn prefix_qualifier(before: &str) -> Option<(Qualifier, usize)> {
    let b = trim_spaces_end(before);
    if !ends_in(b, &PREFIX_QUALIFIER_ENDS) {
        return None;
    }
    PREFIX_QUALIFIERS
        .iter()
        .find(|(w, _)| b.ends_with(w))
        .map(|(w, q)| (*q, before.len() - b.len() + w.len()))
}

/// A qualifier word right after a unit: its class and byte length.
fn suffix_qualifier(after: &str) -> Option<(Qualifier, usize)> {
    if !starts_in(after, &SUFFIX_QUALIFIER_STARTS) {
        return None;
    }
    SUFFIX_QUALIFIERS
        .iter()
        .find(|(w, _)| after.starts_with(w))
        .map(|(w, q)| (*q, w.len()))
}

/// The first characters of a range dash or of the inclusive mark before it.
static DASH_STARTS: CharSet = CharSet::new("(（—－–~～至到-");

fn range_dash(after: &str) -> Option<usize> {
    if !starts_in(after, &DASH_STARTS) {
        return None;
    }
    // 1万(含)-5万元: an inclusive mark may sit before the dash.
    let mut skip = 0;
    for m in ["(含)", "（含）"] {
        if after.starts_with(m) {
            skip = m.len();
        }
    }
    let after = &after[skip..];
    for d in ["——", "--", "—", "－", "–", "~", "～", "至", "到", "-"] {
        if after.starts_with(d) {
            return Some(skip + d.len());
        }
    }
    None
}

/// Start of the window in which cues for the number at `a` are looked for:
/// the clause start or the end of the previous quantity, whichever is later.
fn cue_window(s: &str, a: usize, prev_end: usize) -> &str {
    &s[clause_start(s, a).max(prev_end).min(a)..a]
}

/// A table of cue words matched as one alternation (longest first), so a
/// window is scanned once instead of once per word.
struct Cues<T: 'static> {
    lex: Lexicon,
    table: &'static [(&'static str, T)],
}

impl<T: Copy> Cues<T> {
    fn new(table: &'static [(&'static str, T)]) -> Cues<T> {
        let words: Vec<&'static str> = table.iter().map(|p| p.0).collect();
        Cues {
            lex: Lexicon::longest_first(&words),
            table,
        }
    }

    /// The cue that ends last in `window`, and how many bytes follow it.
    fn last(&self, window: &str) -> Option<(T, usize)> {
        let (_, end, k) = self.lex.find_iter(window).last()?;
        Some((self.table[k].1, window.len() - end))
    }

    /// The first cue in `text`.
    fn first(&self, text: &str) -> Option<T> {
        let (_, _, k) = self.lex.find_at(text, 0)?;
        Some(self.table[k].1)
    }
}

static MONEY: LazyLock<Cues<MoneyRole>> = LazyLock::new(|| Cues::new(MONEY_CUES));
static MONEY_OTHER: LazyLock<Cues<MoneyRole>> = LazyLock::new(|| Cues::new(MONEY_WORDS));
static AREA: LazyLock<Cues<AreaRole>> = LazyLock::new(|| Cues::new(AREA_CUES));
static AREA_AFTER: LazyLock<Cues<AreaRole>> = LazyLock::new(|| Cues::new(AFTER_AREA_CUES));
static DIRECTION: LazyLock<Cues<Option<Direction>>> = LazyLock::new(|| Cues::new(DIRECTION_CUES));
static CAPACITY: LazyLock<Cues<()>> = LazyLock::new(|| Cues::new(CAPACITY_WORDS));

const MONEY_CUES: &[(&str, MoneyRole)] = &[
    ("总投资", MoneyRole::Investment),
    ("计划投资", MoneyRole::Investment),
    ("拟投资", MoneyRole::Investment),
    ("投资额", MoneyRole::Investment),
    ("投资", MoneyRole::Investment),
    ("签约额", MoneyRole::Investment),
    ("签约金额", MoneyRole::Investment),
    ("外资", MoneyRole::Investment),
    ("投入", MoneyRole::Investment),
    ("到位资金", MoneyRole::FundsInPlace),
    ("到资", MoneyRole::FundsInPlace),
    ("实际到位", MoneyRole::FundsInPlace),
    ("资金到位", MoneyRole::FundsInPlace),
    ("到位", MoneyRole::FundsInPlace),
    ("总产值", MoneyRole::Output),
    ("产值", MoneyRole::Output),
    ("增加值", MoneyRole::Output),
    ("生产总值", MoneyRole::Output),
    ("GDP", MoneyRole::Output),
    ("营收", MoneyRole::Revenue),
    ("营业收入", MoneyRole::Revenue),
    ("销售收入", MoneyRole::Revenue),
    ("主营业务收入", MoneyRole::Revenue),
    ("销售额", MoneyRole::Revenue),
    ("营业额", MoneyRole::Revenue),
    ("收入", MoneyRole::Revenue),
    ("融资", MoneyRole::Financing),
    ("贷款", MoneyRole::Financing),
    ("授信", MoneyRole::Financing),
    ("放款", MoneyRole::Financing),
    ("税收", MoneyRole::Tax),
    ("税费", MoneyRole::Tax),
    ("纳税", MoneyRole::Tax),
    ("减免", MoneyRole::Tax),
    ("减税", MoneyRole::Tax),
    ("降费", MoneyRole::Tax),
    ("退税", MoneyRole::Tax),
    ("税金", MoneyRole::Tax),
    ("总资产", MoneyRole::Assets),
    ("资产", MoneyRole::Assets),
    ("补贴", MoneyRole::Subsidy),
    ("奖励", MoneyRole::Subsidy),
    ("专项资金", MoneyRole::Subsidy),
    ("资金支持", MoneyRole::Subsidy),
    ("扶持资金", MoneyRole::Subsidy),
    ("奖补", MoneyRole::Subsidy),
    ("补助", MoneyRole::Subsidy),
];

/// Money words without a role, which still make a bare 亿/万 money.
const MONEY_WORDS: &[(&str, MoneyRole)] = &[
    ("资金", MoneyRole::Other),
    ("金额", MoneyRole::Other),
    ("交易额", MoneyRole::Other),
    ("成交额", MoneyRole::Other),
    ("总额", MoneyRole::Other),
    ("补偿", MoneyRole::Other),
];

const AREA_CUES: &[(&str, AreaRole)] = &[
    ("用地", AreaRole::Land),
    ("占地", AreaRole::Land),
    ("土地", AreaRole::Land),
    ("标准地", AreaRole::Land),
    ("出让", AreaRole::Land),
    ("收储", AreaRole::Land),
    ("征地", AreaRole::Land),
    ("供地", AreaRole::Land),
    ("拿地", AreaRole::Land),
    ("耕地", AreaRole::Land),
    ("地块", AreaRole::Land),
    ("流转", AreaRole::Land),
    ("建筑面积", AreaRole::Floor),
    ("厂房", AreaRole::Floor),
    ("楼宇", AreaRole::Floor),
    ("违建", AreaRole::Floor),
    ("建筑", AreaRole::Floor),
    ("房屋", AreaRole::Floor),
    ("写字楼", AreaRole::Floor),
    ("车间", AreaRole::Floor),
    ("仓库", AreaRole::Floor),
    ("年产", AreaRole::Capacity),
    ("产能", AreaRole::Capacity),
    ("年生产", AreaRole::Capacity),
    ("生产能力", AreaRole::Capacity),
    ("绿化", AreaRole::Green),
    ("草皮", AreaRole::Green),
    ("草坪", AreaRole::Green),
    ("公园", AreaRole::Green),
    ("绿地", AreaRole::Green),
    ("植树", AreaRole::Green),
    ("造林", AreaRole::Green),
];

const AFTER_AREA_CUES: &[(&str, AreaRole)] = &[
    ("公园", AreaRole::Green),
    ("绿地", AreaRole::Green),
    ("厂房", AreaRole::Floor),
    ("楼", AreaRole::Floor),
    ("车间", AreaRole::Floor),
    ("用地", AreaRole::Land),
    ("土地", AreaRole::Land),
];

const DIRECTION_CUES: &[(&str, Option<Direction>)] = &[
    // Words that contain a cue but give no direction: 增加值占比20%.
    ("增加值", None),
    ("占比", None),
    ("比重", None),
    ("贡献率", None),
    ("覆盖率", None),
    ("平均值", None),
    ("目标", None),
    ("上调", Some(Direction::Up)),
    ("下调", Some(Direction::Down)),
    ("增长", Some(Direction::Up)),
    ("增加", Some(Direction::Up)),
    ("提高", Some(Direction::Up)),
    ("提升", Some(Direction::Up)),
    ("上升", Some(Direction::Up)),
    ("上涨", Some(Direction::Up)),
    ("增幅", Some(Direction::Up)),
    ("增速", Some(Direction::Up)),
    ("高于", Some(Direction::Up)),
    ("高出", Some(Direction::Up)),
    ("扩大", Some(Direction::Up)),
    ("下降", Some(Direction::Down)),
    ("减少", Some(Direction::Down)),
    ("降低", Some(Direction::Down)),
    ("回落", Some(Direction::Down)),
    ("下滑", Some(Direction::Down)),
    ("下跌", Some(Direction::Down)),
    ("降幅", Some(Direction::Down)),
    ("减小", Some(Direction::Down)),
    ("缩小", Some(Direction::Down)),
    ("收窄", Some(Direction::Down)),
    ("低于", Some(Direction::Down)),
];

/// Words before a count that make it a production capacity (年产10000套).
const CAPACITY_WORDS: &[(&str, ())] = &[
    ("年产", ()),
    ("年生产", ()),
    ("产能", ()),
    ("生产能力", ()),
    ("年加工", ()),
    ("年处理", ()),
    ("年出栏", ()),
];

/// Finds the quantities of one sentence `s`, skipping numerals inside the
/// byte ranges `taken` (dates found before).
///
/// `numerals` lists the byte offsets of the numeral characters of `s`, in
/// order (from the extractor's shared pass over the sentence).
pub(crate) fn find_quantities(
    s: &str,
    numerals: &[usize],
    taken: &[(usize, usize)],
    out: &mut Vec<FoundQuantity>,
) {
    let mut resume = 0;
    let first = out.len();
    let mut from = 0;
    for &a in numerals {
        if a < from {
            continue;
        }
        let Some(mut b) = numeral_at(s, a) else {
            continue;
        };
        from = b;
        // 七十百分位: the 百 belongs to 百分.
        if b - a > '百'.len_utf8() && s[..b].ends_with('百') && s[b..].starts_with('分') {
            b -= '百'.len_utf8();
        }
        if a < resume || overlaps(taken, a, b) {
            continue;
        }
        let prev = out[first..].last();
        if let Some(q) = classify(s, a, b, prev, taken) {
            resume = q.end;
            out.push(q);
        }
    }
}

/// Whether `[a, b)` overlaps one of the sorted, disjoint ranges `taken`.
fn overlaps(taken: &[(usize, usize)], a: usize, b: usize) -> bool {
    let i = taken.partition_point(|&(_, y)| y <= a);
    taken.get(i).is_some_and(|&(x, _)| x < b)
}

/// 五六个, 两三万元: two neighbouring digits are a range (5–6, 2–3万).
fn neighbour_digits(tok: &str) -> Option<(Decimal, Decimal)> {
    let mut chars = tok.chars();
    let (x, y) = (chars.next()?, chars.next()?);
    if is_arabic(x) || is_arabic(y) {
        return None;
    }
    let (dx, dy) = (
        crate::number::digit_value(x)?,
        crate::number::digit_value(y)?,
    );
    let rest = chars.as_str();
    if dx == 0
        || dy != dx + 1
        || !rest
            .chars()
            .all(|c| matches!(c, '十' | '百' | '千' | '万' | '亿' | '萬' | '億'))
    {
        return None;
    }
    let scale = scale_value(rest)?;
    Some((
        Decimal::from(dx).checked_mul(scale)?,
        Decimal::from(dy).checked_mul(scale)?,
    ))
}

/// Words between two items of a list (分别增长5%、8%和10%).
fn is_list_gap(w: &str) -> bool {
    !w.trim_matches(is_space).is_empty()
        && w.chars()
            .all(|c| is_space(c) || matches!(c, '、' | '和' | '及' | '与' | '或'))
}

/// `x成` (近8成, 两成): tenths, as a percentage. 一成不变 is an idiom.
fn tenths_at(s: &str, b: usize, tok: &str) -> bool {
    s[b..].starts_with('成')
        && tok.chars().count() <= 2
        && !s[b..].starts_with("成不变")
        && !s[b..].starts_with("成为")
        && parse_number(tok)
            .is_some_and(|v| v >= Decimal::ONE && v <= Decimal::TEN && v.fract().is_zero())
}

/// Whether anything that makes a numeral a fact can follow it: a unit, a
/// classifier, 余/多, a scale, a range dash, a list, 成; or the numeral
/// ends in 万/亿 (a bare-scale amount). Most numerals in prose (一些, 统一)
/// fail this test before any parsing.
fn may_be_fact(s: &str, a: usize, b: usize) -> bool {
    let tok = &s[a..b];
    if tok.ends_with(['万', '亿', '萬', '億']) || s[..a].ends_with("百分之") {
        return true;
    }
    let Some(c) = s[skip_spaces(s, b)..].chars().next() else {
        return false;
    };
    matches!(
        c,
        '%' | '％'
            | '成'
            | '余'
            | '多'
            | '万'
            | '亿'
            | '萬'
            | '億'
            | '千'
            | '百'
            | '—'
            | '－'
            | '–'
            | '~'
            | '～'
            | '至'
            | '到'
            | '-'
            | '、'
            | '和'
            | '及'
            | '与'
            | '美'
            | '欧'
            | '港'
            | '日'
            | '英'
            | '元'
            | '人'
            | '平'
            | '公'
            | '亩'
            | '坪'
            | '㎡'
            | 'm'
            | 'k'
    ) || is_classifier_start(c)
}

/// The first characters of [`CLASSIFIERS`] (checked by a test).
fn is_classifier_start(c: char) -> bool {
    matches!(
        c,
        '批' | '个'
            | '家'
            | '项'
            | '座'
            | '栋'
            | '幢'
            | '条'
            | '名'
            | '件'
            | '次'
            | '种'
            | '棵'
            | '株'
            | '所'
            | '台'
            | '套'
            | '辆'
            | '位'
            | '户'
            | '处'
            | '宗'
            | '场'
            | '支'
            | '只'
            | '间'
            | '笔'
            | '人'
            | '组'
            | '类'
            | '款'
            | '张'
            | '份'
            | '架'
            | '艘'
            | '列'
            | '块'
            | '片'
    )
}

fn classify(
    s: &str,
    a: usize,
    b: usize,
    prev: Option<&FoundQuantity>,
    taken: &[(usize, usize)],
) -> Option<FoundQuantity> {
    if !may_be_fact(s, a, b) {
        return None;
    }
    let tok = &s[a..b];
    let mut value = parse_number(tok)?;
    let prev_end = prev.map_or(0, |p| p.end);
    let before = &s[..a];
    let prev_char = before.chars().next_back();
    // Codes, URLs, formulas and ordinals: PM_2.5, a/101.jpg, 1+3, 第3期.
    if prev_char.is_some_and(|p| p.is_ascii_alphanumeric() || "/_=#@.+-·".contains(p))
        || s[b..].starts_with('+')
        || trim_spaces_end(before).ends_with('第')
    {
        return None;
    }
    let mut start = a;
    let mut qualifier = Qualifier::Exact;
    let mut upper: Option<Decimal> = None;
    if let Some((lo, hi)) = neighbour_digits(tok) {
        value = lo;
        upper = Some(hi);
        qualifier = Qualifier::Range;
    }
    // 百分之八十四, 百分之十至百分之二十
    let percent_prefix = before.ends_with("百分之");
    if percent_prefix {
        start = a - "百分之".len();
    }
    if let Some((q, n)) = prefix_qualifier(&s[..start]) {
        qualifier = q;
        start -= n;
    }
    if percent_prefix {
        let mut end = b;
        if let Some(d) = range_dash(&s[b..]) {
            let off = b + d + "百分之".len();
            if s[b + d..].starts_with("百分之") {
                if let Some(e2) = numeral_at(s, off) {
                    if let Some(hi) = parse_number(&s[off..e2]).filter(|hi| *hi > value) {
                        upper = Some(hi);
                        end = e2;
                        qualifier = Qualifier::Range;
                    }
                }
            }
        }
        let direction = direction(s, start, prev);
        let data = FactData::Percent(Percent {
            value,
            unit: PercentUnit::Percent,
            direction,
            qualifier,
            upper,
        });
        return Some(FoundQuantity { start, end, data });
    }
    if tenths_at(s, b, tok) {
        let mut end = b + '成'.len_utf8();
        if s[end..].starts_with("有余") || s[end..].starts_with("多") {
            qualifier = Qualifier::Over;
            end += if s[end..].starts_with("多") {
                "多".len()
            } else {
                "有余".len()
            };
        }
        let direction = direction(s, start, prev);
        let data = FactData::Percent(Percent {
            value: value.checked_mul(Decimal::TEN)?,
            unit: PercentUnit::Percent,
            direction,
            qualifier,
            upper: upper.and_then(|u| u.checked_mul(Decimal::TEN)),
        });
        return Some(FoundQuantity { start, end, data });
    }
    let mut i = skip_spaces(s, b);
    // 50个亿元: a colloquial 个 before the scale.
    if s[i..].starts_with("个亿") || s[i..].starts_with("个万") {
        i += "个".len();
    }
    // １２．５ 亿元 (a scale after a space), 500多亿元 (after 多/余).
    let mut scale_words = String::new();
    {
        let mut j = i;
        let mut over = false;
        for w in ["多", "余"] {
            if s[j..].starts_with(w) {
                j += w.len();
                over = true;
            }
        }
        let run: String = s[j..]
            .chars()
            .take_while(|c| matches!(c, '万' | '亿' | '萬' | '億' | '千' | '百'))
            .collect();
        if !run.is_empty() && (j > b || over) && unit_at(s, j + run.len()).is_some() {
            value = value.checked_mul(scale_value(&run)?)?;
            upper = match upper {
                Some(u) => Some(u.checked_mul(scale_value(&run)?)?),
                None => None,
            };
            i = j + run.len();
            if over && qualifier == Qualifier::Exact {
                qualifier = Qualifier::Over;
            }
            scale_words = run;
        }
    }
    // 1000余亩, 10多个
    for w in ["余", "多"] {
        if s[i..].starts_with(w) && unit_at(s, i + w.len()).is_some() {
            qualifier = Qualifier::Over;
            i += w.len();
        }
    }
    // 20至30亿元, 5-8亿元: the second number's unit and scale serve both.
    let mut scale_tok = tok;
    if unit_at(s, i).is_none() && upper.is_none() {
        if let Some(d) = range_dash(&s[i..]) {
            let j = skip_spaces(s, i + d);
            if let Some(e2) = numeral_at(s, j) {
                let t2 = &s[j..e2];
                let k = skip_spaces(s, e2);
                if unit_at(s, k).is_some() && !overlaps(taken, j, e2) {
                    if let Some(hi) = parse_number(t2) {
                        let suffix = scale_suffix(t2);
                        let mut lo = value;
                        // 20至30亿元: the low end shares the scale, unless it is
                        // already the larger number (8500到3万元).
                        let hi_core = parse_number(&t2[..t2.len() - suffix.len()]);
                        if scale_suffix(tok).is_empty()
                            && !suffix.is_empty()
                            && hi_core.is_some_and(|h| lo < h)
                        {
                            lo = lo.checked_mul(scale_value(suffix)?)?;
                        }
                        if hi > lo {
                            value = lo;
                            upper = Some(hi);
                            qualifier = Qualifier::Range;
                            scale_tok = t2;
                            i = k;
                        }
                    }
                }
            }
        }
    }
    let mut unit = unit_at(s, i);
    // 分别高出2.6个、2.5个百分点: a list shares the unit of its last item.
    if unit.is_none() || (unit == Some(Unit::Classifier("个".len())) && s[i..].starts_with("个"))
    {
        let j = if unit.is_some() { i + "个".len() } else { i };
        if let Some(sep) = ["、", "和", "及", "与"]
            .iter()
            .find(|w| s[j..].starts_with(**w))
        {
            let k = skip_spaces(s, j + sep.len());
            if let Some(e2) = numeral_at(s, k) {
                let l = skip_spaces(s, e2);
                if let Some(Unit::Percent(pu, _)) = unit_at(s, l) {
                    let len = j - i;
                    unit = Some(Unit::Percent(pu, len));
                }
            }
        }
    }
    // Names and slogans in quotes (“36524”, “四个一”) are not counts; a
    // quoted amount with its unit (“5.5%左右”) still is a fact.
    if !matches!(
        unit,
        Some(Unit::Money(..) | Unit::Percent(..) | Unit::Area(..))
    ) && in_short_quote(s, a, b)
    {
        return None;
    }
    let (mut end, data) = match unit {
        Some(Unit::Percent(pu, n)) => {
            let same = |u| matches!(u, Unit::Percent(p, _) if p == pu);
            let end = widen_to_range(s, i + n, tok, value, same, &mut upper, &mut qualifier);
            let direction = direction(s, start, prev);
            (
                end,
                FactData::Percent(Percent {
                    value,
                    unit: pu,
                    direction,
                    qualifier,
                    upper,
                }),
            )
        }
        Some(Unit::Money(currency, n)) => {
            let end = i + n;
            let after = &s[end..];
            // 一元化, 千亿元级: not amounts.
            if after.starts_with(['化', '素', '件', '器', '级', '年', '旦', '宵']) {
                return None;
            }
            let unit = money_unit(scale_suffix(scale_tok), &scale_words, &s[i..end]);
            // 港币两千九百六十元: a currency named before the number.
            let mut currency = currency;
            if currency == Currency::Cny && matches!(&s[i..end], "元" | "圆") {
                let b = trim_spaces_end(&s[..start]);
                if let Some((_, cur)) = CURRENCIES
                    .iter()
                    .find(|(w, c)| *c != Currency::Cny && b.ends_with(w))
                {
                    currency = *cur;
                }
            }
            let same = |u| matches!(u, Unit::Money(c, _) if c == currency);
            let end = widen_to_range(s, end, tok, value, same, &mut upper, &mut qualifier);
            let role = money_role(s, start, prev);
            (
                end,
                FactData::Money(Money {
                    value,
                    currency,
                    unit,
                    qualifier,
                    upper,
                    role,
                }),
            )
        }
        Some(Unit::Area(name, m2, n)) => {
            let same = |u| matches!(u, Unit::Area(x, _, _) if x == name);
            let end = widen_to_range(s, i + n, tok, value, same, &mut upper, &mut qualifier);
            let role = area_role(s, start, end, prev_end, name);
            let to_m2 = |v: Decimal| v.checked_mul(m2).map(|x| x.round_dp(2).normalize());
            let upper = match upper {
                Some(u) => Some(to_m2(u)?),
                None => None,
            };
            let area = Area {
                value: to_m2(value)?,
                amount: value,
                unit: Cow::Borrowed(name),
                qualifier,
                upper,
                role,
            };
            (end, FactData::Area(area))
        }
        Some(Unit::Classifier(n)) => {
            let end = i + n;
            let classifier = &s[i..end];
            count(
                s, a, start, end, tok, value, classifier, qualifier, upper, prev_end,
            )?
        }
        None => {
            // 投资120亿, 总投资达6000万, 70亿的销售额: a bare scale is money
            // right after (or before) a money word.
            let suffix = scale_suffix(tok);
            if suffix.is_empty()
                || !matches!(suffix.chars().next_back(), Some('万' | '亿' | '萬' | '億'))
            {
                return None;
            }
            let window = cue_window(s, start, prev_end);
            let cue = MONEY
                .last(window)
                .or_else(|| MONEY_OTHER.last(window))
                .filter(|(_, gap)| window[window.len() - gap..].chars().count() <= 4)
                .map(|(r, _)| r)
                .or_else(|| {
                    let after: String = s[b..].strip_prefix('的')?.chars().take(5).collect();
                    MONEY_CUES
                        .iter()
                        .chain(MONEY_WORDS)
                        .find(|(w, _)| after.starts_with(w))
                        .map(|(_, r)| *r)
                });
            let role = cue?;
            (
                b,
                FactData::Money(Money {
                    value,
                    currency: Currency::Cny,
                    unit: money_unit(suffix, "", ""),
                    qualifier,
                    upper,
                    role,
                }),
            )
        }
    };
    let mut data = data;
    if matches!(qualifier, Qualifier::Exact | Qualifier::Approx) {
        if let Some((q, n)) = suffix_qualifier(&s[end..]) {
            if !(matches!(data, FactData::Count(_)) && n == "多".len()) {
                end += n;
                set_qualifier(&mut data, q);
            }
        }
    }
    normalize(&mut data);
    Some(FoundQuantity { start, end, data })
}

/// An amount `value` ending at `end` that is not already a range becomes
/// one when a larger second number with the `same` unit follows a dash
/// (6%-6.5%, 200亿元-250亿元). Returns where the amount now ends.
fn widen_to_range(
    s: &str,
    end: usize,
    tok: &str,
    value: Decimal,
    same: impl Fn(Unit) -> bool,
    upper: &mut Option<Decimal>,
    qualifier: &mut Qualifier,
) -> usize {
    if upper.is_some() {
        return end;
    }
    match range_after(s, end, tok, same) {
        Some((hi, e)) if hi > value => {
            *upper = Some(hi);
            *qualifier = Qualifier::Range;
            e
        }
        _ => end,
    }
}

/// 6%-6.5%, 200亿元-250亿元: a second number with the same unit after a
/// dash. Returns its value and where it ends.
fn range_after(
    s: &str,
    end: usize,
    tok: &str,
    same: impl Fn(Unit) -> bool,
) -> Option<(Decimal, usize)> {
    let d = range_dash(&s[end..])?;
    let j = skip_spaces(s, end + d);
    let e2 = numeral_at(s, j)?;
    let t2 = &s[j..e2];
    let k = skip_spaces(s, e2);
    let u = unit_at(s, k)?;
    if !same(u)
        || scale_suffix(tok).is_empty() != scale_suffix(t2).is_empty()
            && !matches!(u, Unit::Money(..))
    {
        return None;
    }
    let n = match u {
        Unit::Money(_, n) | Unit::Area(_, _, n) | Unit::Percent(_, n) | Unit::Classifier(n) => n,
    };
    Some((parse_number(t2)?, k + n))
}

/// The direction of the percentage at `start`: the last cue before it in the
/// clause, or that of the previous item of a list (分别增长5%、8%).
fn direction(s: &str, start: usize, prev: Option<&FoundQuantity>) -> Option<Direction> {
    let prev_end = prev.map_or(0, |p| p.end);
    let window = cue_window(s, start, prev_end);
    if let Some((d, _)) = DIRECTION.last(window) {
        return d;
    }
    let w = trim_spaces_end(window);
    for (cue, d) in [
        ("低了", Direction::Down),
        ("高了", Direction::Up),
        ("低", Direction::Down),
        ("高", Direction::Up),
    ] {
        if w.ends_with(cue) {
            return Some(d);
        }
    }
    match prev.map(|p| &p.data) {
        Some(FactData::Percent(p)) if is_list_gap(window) => p.direction,
        _ => None,
    }
}

/// The role of the money starting at `start`: the last cue before it in the
/// clause, or that of the previous item of a list.
fn money_role(s: &str, start: usize, prev: Option<&FoundQuantity>) -> MoneyRole {
    let prev_end = prev.map_or(0, |p| p.end);
    let window = cue_window(s, start, prev_end);
    if let Some((r, _)) = MONEY.last(window) {
        return r;
    }
    match prev.map(|p| &p.data) {
        Some(FactData::Money(m)) if is_list_gap(window) => m.role,
        _ => MoneyRole::Other,
    }
}

fn area_role(s: &str, start: usize, end: usize, prev_end: usize, unit: &str) -> AreaRole {
    let window = cue_window(s, start, prev_end);
    AREA.last(window)
        .map(|(r, _)| r)
        .or_else(|| {
            let after: String = s[end..]
                .chars()
                .take_while(|&c| !is_clause_break(c) && c != '、')
                .take(8)
                .collect();
            AREA_AFTER.first(&after)
        })
        .unwrap_or(if matches!(unit, "平方米" | "平米" | "㎡" | "m²") {
            AreaRole::Other
        } else {
            AreaRole::Land
        })
}

/// Drops trailing zeros (`1250000000.0` → `1250000000`), as the JSON contract wants.
fn normalize(d: &mut FactData) {
    let n = |v: &mut Decimal| *v = v.normalize();
    match d {
        FactData::Money(m) => {
            n(&mut m.value);
            m.upper.as_mut().map(n);
        }
        FactData::Count(c) => {
            n(&mut c.value);
            c.upper.as_mut().map(n);
        }
        FactData::Area(x) => {
            n(&mut x.value);
            n(&mut x.amount);
            x.upper.as_mut().map(n);
        }
        FactData::Percent(p) => {
            n(&mut p.value);
            p.upper.as_mut().map(n);
        }
        _ => {}
    }
}

fn set_qualifier(d: &mut FactData, q: Qualifier) {
    match d {
        FactData::Money(m) => m.qualifier = q,
        FactData::Count(c) => c.qualifier = q,
        FactData::Area(x) => x.qualifier = q,
        FactData::Percent(p) => p.qualifier = q,
        _ => {}
    }
}

#[allow(clippy::too_many_arguments)]
fn count(
    s: &str,
    a: usize,
    start: usize,
    end: usize,
    tok: &str,
    value: Decimal,
    classifier: &str,
    qualifier: Qualifier,
    upper: Option<Decimal>,
    prev_end: usize,
) -> Option<(usize, FactData)> {
    if !value.fract().is_zero() {
        return None;
    }
    // 一个项目, 一批: the indefinite "one" is not a count.
    if matches!(tok, "一" | "壹") {
        return None;
    }
    let after = &s[end..];
    // 3个月, 一个多月, 15个工作日: durations.
    if classifier == "个"
        && (after.starts_with(['月', '年', '小', '星', '周', '季'])
            || after.starts_with("工作日")
            || after.starts_with("多月"))
    {
        return None;
    }
    // 前三名, 后二名: ranks. 四套班子: a name.
    if classifier == "名" && trim_spaces_end(&s[..start]).ends_with(['前', '后', '第']) {
        return None;
    }
    if classifier == "套" && (after.starts_with("班子") || after.starts_with("人马")) {
        return None;
    }
    // 年产10000套: a capacity, not things that exist.
    let window = cue_window(s, start, prev_end);
    if CAPACITY.first(window).is_some() {
        return None;
    }
    let noun = count_noun(s, a, end, classifier);
    Some((
        end,
        FactData::Count(Count {
            value: value.normalize(),
            classifier: CLASSIFIERS
                .iter()
                .find(|k| **k == classifier)
                .map_or_else(|| Cow::Owned(classifier.to_string()), |k| Cow::Borrowed(*k)),
            noun,
            qualifier,
            upper,
        }),
    ))
}

/// The head noun counted: right before the number (签约项目16个), else after
/// the classifier (10个重点产业项目).
fn count_noun(s: &str, a: usize, end: usize, classifier: &str) -> Option<Cow<'static, str>> {
    let mut after = &s[end..];
    for w in ["以上", "左右", "多"] {
        if let Some(r) = after.strip_prefix(w) {
            after = r;
        }
    }
    let mut back = trim_spaces_end(&s[..a]);
    if ends_in(back, &PREFIX_QUALIFIER_ENDS) {
        for w in ["约", "近", "超过", "超", "逾", "不足", "不到"] {
            back = back.strip_suffix(w).unwrap_or(back);
        }
    }
    // 共计, 累计达到, 已有 …: connecting words between the noun and the number.
    while ends_in(back, &CONNECTIVE_ENDS) {
        let before = back.len();
        for w in CONNECTIVES {
            if let Some(r) = back.strip_suffix(w) {
                back = r;
                break;
            }
        }
        if back.len() == before {
            break;
        }
    }
    let index = &*HEAD_INDEX;
    if ends_in(back, &HEAD_ENDS) {
        if let Some(h) = index.ending(back, classifier) {
            return Some(Cow::Borrowed(h));
        }
    }
    // Forward: up to a clause break or the next count (1个, 3家).
    let mut fwd_end = after.len();
    for (i, c) in after.char_indices().take(32) {
        fwd_end = i + c.len_utf8();
        if is_clause_break(c) || matches!(c, '（' | '(' | '“' | '”' | ' ') {
            fwd_end = i;
            break;
        }
        if c.is_ascii_digit() {
            let rest = after[i..]
                .trim_start_matches(|d: char| d.is_ascii_digit() || d == '.')
                .trim_start_matches(['余', '多']);
            if CLASSIFIERS.iter().any(|k| rest.starts_with(k)) {
                fwd_end = i;
                break;
            }
        }
    }
    // The first head of the first group found; else of the second group.
    // At one place the longest head wins.
    let fwd = &after[..fwd_end];
    let mut second: Option<&str> = None;
    for (i, c) in fwd.char_indices() {
        if !HEAD_STARTS.contains(c) {
            continue;
        }
        let rest = &fwd[i..];
        for g in 0..HEADS.len() {
            if g > 0 && second.is_some() {
                continue;
            }
            match index.starting(g, rest, classifier) {
                Some(h) if g == 0 => return Some(Cow::Borrowed(h)),
                Some(h) => second = Some(h),
                None => {}
            }
        }
    }
    if let Some(h) = second {
        return Some(Cow::Borrowed(h));
    }
    // 银川市2个，银川市一体化绿色交通建设项目: the next clause names it.
    if fwd_end == 0 && after.starts_with(['，', ',', '：', ':']) && fits("项目", classifier) {
        let next = &after[after.chars().next().map_or(0, char::len_utf8)..];
        let clause = &next[..clause_end(next, 0)];
        if clause.chars().count() <= 40 && clause.ends_with("项目") {
            return Some(Cow::Borrowed("项目"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each quantity of `s` as `text=kind:value[/upper] unit qualifier role-or-noun-or-direction`.
    fn q(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        let numerals: Vec<usize> = s
            .char_indices()
            .filter(|&(_, c)| crate::number::is_numeral_char(c))
            .map(|(i, _)| i)
            .collect();
        find_quantities(s, &numerals, &[], &mut out);
        out.iter()
            .map(|f| {
                let t = &s[f.start..f.end];
                match &f.data {
                    FactData::Money(m) => format!(
                        "{t}=money:{}{} {} {:?} {:?} {:?}",
                        m.value,
                        m.upper.map(|u| format!("/{u}")).unwrap_or_default(),
                        m.unit,
                        m.currency,
                        m.qualifier,
                        m.role
                    ),
                    FactData::Count(c) => format!(
                        "{t}=count:{}{} {} {:?} {}",
                        c.value,
                        c.upper.map(|u| format!("/{u}")).unwrap_or_default(),
                        c.classifier,
                        c.qualifier,
                        c.noun.as_deref().unwrap_or("-")
                    ),
                    FactData::Area(x) => format!(
                        "{t}=area:{} {} {} {:?} {:?}",
                        x.value, x.amount, x.unit, x.qualifier, x.role
                    ),
                    FactData::Percent(p) => format!(
                        "{t}=percent:{}{} {:?} {:?} {:?}",
                        p.value,
                        p.upper.map(|u| format!("/{u}")).unwrap_or_default(),
                        p.unit,
                        p.qualifier,
                        p.direction
                    ),
                    _ => unreachable!(),
                }
            })
            .collect()
    }

    /// A sentence that has exactly these facts.
    macro_rules! facts {
        ($name:ident, $s:expr, [$($want:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                let want: Vec<&str> = vec![$($want),*];
                assert_eq!(q($s), want, "{}", $s);
            }
        };
    }

    /// A sentence that has no quantity fact at all.
    macro_rules! no_fact {
        ($name:ident, $s:expr) => {
            #[test]
            fn $name() {
                assert_eq!(q($s), Vec::<String>::new(), "{}", $s);
            }
        };
    }

    facts!(
        money_investment,
        "共签约项目16个，总投资49.72亿元",
        [
            "16个=count:16 个 Exact 项目",
            "49.72亿元=money:4972000000 亿元 Cny Exact Investment",
        ]
    );
    facts!(
        money_roles,
        "实际到位资金389.29亿元，减免税费48.07亿元，总资产27.1亿元，销售收入28.71亿元，融资需求27.75亿元，专项资金项目900万元，交易额2307.44万元，总产值921.7亿元",
        [
            "389.29亿元=money:38929000000 亿元 Cny Exact FundsInPlace",
            "48.07亿元=money:4807000000 亿元 Cny Exact Tax",
            "27.1亿元=money:2710000000 亿元 Cny Exact Assets",
            "28.71亿元=money:2871000000 亿元 Cny Exact Revenue",
            "27.75亿元=money:2775000000 亿元 Cny Exact Financing",
            "900万元=money:9000000 万元 Cny Exact Subsidy",
            "2307.44万元=money:23074400 万元 Cny Exact Other",
            "921.7亿元=money:92170000000 亿元 Cny Exact Output",
        ]
    );
    facts!(
        money_list_each_own_cue,
        "投资33.6亿元的A项目、投资20亿元的B项目",
        [
            "33.6亿元=money:3360000000 亿元 Cny Exact Investment",
            "20亿元=money:2000000000 亿元 Cny Exact Investment",
        ]
    );
    facts!(
        money_qualifiers,
        "约20亿元，6亿元左右，超过200亿元，50亿元以上，不足3亿元，近5000万元",
        [
            "约20亿元=money:2000000000 亿元 Cny Approx Other",
            "6亿元左右=money:600000000 亿元 Cny Approx Other",
            "超过200亿元=money:20000000000 亿元 Cny Over Other",
            "50亿元以上=money:5000000000 亿元 Cny Over Other",
            "不足3亿元=money:300000000 亿元 Cny Under Other",
            "近5000万元=money:50000000 万元 Cny Approx Other",
        ]
    );
    facts!(
        money_ranges,
        "投资20至30亿元，5-8亿元，2亿元至3亿元",
        [
            "20至30亿元=money:2000000000/3000000000 亿元 Cny Range Investment",
            "5-8亿元=money:500000000/800000000 亿元 Cny Range Other",
            "2亿元至3亿元=money:200000000/300000000 亿元 Cny Range Other",
        ]
    );
    facts!(
        money_bare_scale,
        "投资120亿，总投资达6000万，人口120万",
        [
            "120亿=money:12000000000 亿 Cny Exact Investment",
            "6000万=money:60000000 万 Cny Exact Investment",
        ]
    );
    facts!(
        money_foreign_and_numerals,
        "合同外资5000万美元，2亿欧元，3000万港元，三点五亿元，2亿5千万元，1.2万亿元",
        [
            "5000万美元=money:50000000 万美元 Usd Exact Investment",
            "2亿欧元=money:200000000 亿欧元 Eur Exact Other",
            "3000万港元=money:30000000 万港元 Hkd Exact Other",
            "三点五亿元=money:350000000 亿元 Cny Exact Other",
            "2亿5千万元=money:250000000 千万元 Cny Exact Other",
            "1.2万亿元=money:1200000000000 万亿元 Cny Exact Other",
        ]
    );
    facts!(
        money_fullwidth_spaced,
        "总投资１２．５ 亿元",
        ["１２．５ 亿元=money:1250000000 亿元 Cny Exact Investment"]
    );
    no_fact!(
        not_money_scale_word,
        "千亿元级汽车产业集群，多元化发展，一元化管理"
    );

    facts!(
        counts_nouns,
        "10个重点产业项目，储备在谈项目200余个，41家国内外知名汽车零部件生产企业，新增高新技术企业38家，两家企业",
        [
            "10个=count:10 个 Exact 项目",
            "200余个=count:200 个 Over 项目",
            "41家=count:41 家 Exact 企业",
            "38家=count:38 家 Exact 企业",
            "两家=count:2 家 Exact 企业",
        ]
    );
    facts!(
        count_approval_items_are_not_projects,
        "精简审批项目24项",
        ["24项=count:24 项 Exact 审批项目"]
    );
    facts!(
        count_over_after,
        "引进项目30个以上，十多家企业",
        [
            "30个以上=count:30 个 Over 项目",
            "十多家=count:10 家 Over 企业",
        ]
    );
    no_fact!(
        count_indefinite_one,
        "一个产业可以兴起一座城，一个项目可以打造一批企业"
    );
    no_fact!(count_capacity, "年产10000套的综合配电柜项目");
    no_fact!(
        count_durations,
        "集中利用3个月时间，开工比预期提前了一个多月，15个工作日"
    );
    no_fact!(count_ordinals, "第3期，第一名，全市第一，全省第四，前三名");
    no_fact!(
        count_quoted_names,
        "“1+3+9+N”体系，“四个一”机制，“36524”服务，“两个不能”"
    );
    no_fact!(
        not_codes,
        "PM_2.5浓度，327路公交，电话0311-86681234，见a/2023/101.jpg"
    );

    facts!(
        area_roles,
        "整理出让标准地1000余亩，闲置土地506亩，增加的3.27平方公里空间，绿化面积达5.98万平方米，新建3个12000平方米口袋公园，违建总面积86548.25平方米，保洁总面积500万平方米",
        [
            "1000余亩=area:666666.67 1000 亩 Over Land",
            "506亩=area:337333.33 506 亩 Exact Land",
            "3.27平方公里=area:3270000 3.27 平方公里 Exact Land",
            "5.98万平方米=area:59800 59800 平方米 Exact Green",
            "3个=count:3 个 Exact -",
            "12000平方米=area:12000 12000 平方米 Exact Green",
            "86548.25平方米=area:86548.25 86548.25 平方米 Exact Floor",
            "500万平方米=area:5000000 5000000 平方米 Exact Other",
        ]
    );
    facts!(
        area_capacity,
        "投资15亿元、年产750万平方米的电路板项目",
        [
            "15亿元=money:1500000000 亿元 Cny Exact Investment",
            "750万平方米=area:7500000 7500000 平方米 Exact Capacity",
        ]
    );
    facts!(
        area_units,
        "200公顷，两万五千平方米，5万亩",
        [
            "200公顷=area:2000000 200 公顷 Exact Land",
            "两万五千平方米=area:25000 25000 平方米 Exact Other",
            "5万亩=area:33333333.33 50000 亩 Exact Land",
        ]
    );

    facts!(
        percent_directions,
        "同比增长10.17%，同比下降10.42%，提高1.5个百分点，覆盖率达84%，成本降低了10%，百分之八十四",
        [
            "10.17%=percent:10.17 Percent Exact Some(Up)",
            "10.42%=percent:10.42 Percent Exact Some(Down)",
            "1.5个百分点=percent:1.5 Point Exact Some(Up)",
            "84%=percent:84 Percent Exact None",
            "10%=percent:10 Percent Exact Some(Down)",
            "百分之八十四=percent:84 Percent Exact None",
        ]
    );
    facts!(
        percent_qualifiers_fullwidth,
        "不足10%，增长８．６％，10%以上",
        [
            "不足10%=percent:10 Percent Under None",
            "８．６％=percent:8.6 Percent Exact Some(Up)",
            "10%以上=percent:10 Percent Over None",
        ]
    );

    facts!(
        money_over_before_scale_and_colloquial,
        "累计销售收入500多亿元，纳税20多亿元，项目投资50个亿元，每年70亿的销售额",
        [
            "500多亿元=money:50000000000 亿元 Cny Over Revenue",
            "20多亿元=money:2000000000 亿元 Cny Over Tax",
            "50个亿元=money:5000000000 亿元 Cny Exact Investment",
            "70亿=money:7000000000 亿 Cny Exact Revenue",
        ]
    );
    facts!(
        ranges_after_the_unit,
        "区间6%-6.5%，投资200亿-250亿元，每个批次不超过650亩，6%及以上",
        [
            "6%-6.5%=percent:6/6.5 Percent Range None",
            "200亿-250亿元=money:20000000000/25000000000 亿元 Cny Range Investment",
            "不超过650亩=area:433333.33 650 亩 Under Land",
            "6%及以上=percent:6 Percent Over None",
        ]
    );
    facts!(
        every_prefix_qualifier,
        "至少3个项目，不少于20家企业，最多5亿元，大约30亩，突破10%",
        [
            "至少3个=count:3 个 Over 项目",
            "不少于20家=count:20 家 Over 企业",
            "最多5亿元=money:500000000 亿元 Cny Under Other",
            "大约30亩=area:20000 30 亩 Approx Land",
            "突破10%=percent:10 Percent Over None",
        ]
    );
    facts!(
        lists_share_unit_direction_and_role,
        "分别高出2.6个、2.5个百分点，分别同比增长56.23%、335.42%，投资分别为3亿元、5亿元",
        [
            "2.6个=percent:2.6 Point Exact Some(Up)",
            "2.5个百分点=percent:2.5 Point Exact Some(Up)",
            "56.23%=percent:56.23 Percent Exact Some(Up)",
            "335.42%=percent:335.42 Percent Exact Some(Up)",
            "3亿元=money:300000000 亿元 Cny Exact Investment",
            "5亿元=money:500000000 亿元 Cny Exact Investment",
        ]
    );
    facts!(
        tenths_neighbours_and_ping,
        "近8成，六成有余，五六个项目，两三万元资金，三萬七千多坪土地",
        [
            "近8成=percent:80 Percent Approx None",
            "六成有余=percent:60 Percent Over None",
            "五六个=count:5/6 个 Range 项目",
            "两三万元=money:20000/30000 万元 Cny Range Other",
            "三萬七千多坪=area:122314.05 37000 坪 Over Land",
        ]
    );
    facts!(
        conformance_regressions,
        "肆佰叁拾萬圆，300美圆，港币两千九百六十元，从8500到3万港元，百分之七十百分位，百分之一百二十点五",
        [
            "肆佰叁拾萬圆=money:4300000 萬圆 Cny Exact Other",
            "300美圆=money:300 美圆 Usd Exact Other",
            "两千九百六十元=money:2960 元 Hkd Exact Other",
            "8500到3万港元=money:8500/30000 万港元 Hkd Range Other",
            "百分之七十=percent:70 Percent Exact None",
            "百分之一百二十点五=percent:120.5 Percent Exact None",
        ]
    );
    facts!(
        range_connectors,
        "1万元--5万元，1万(含)-5万元",
        [
            "1万元--5万元=money:10000/50000 万元 Cny Range Other",
            "1万(含)-5万元=money:10000/50000 万元 Cny Range Other",
        ]
    );
    facts!(
        quoted_amount_is_a_fact,
        "“5.5%左右”的目标",
        ["5.5%左右=percent:5.5 Percent Approx None"]
    );
    no_fact!(ranks_and_names, "排名后三名，区四套班子，一成不变");
    facts!(
        count_after_jiu_you,
        "配套产品生产厂家就有两百多家",
        ["两百多家=count:200 家 Over 厂家"]
    );

    #[test]
    fn unit_starts_cover_the_tables() {
        for (w, _) in CURRENCIES {
            assert!(UNIT_STARTS.contains(w.chars().next().unwrap()), "{w}");
        }
        for (w, _, _) in super::area_units() {
            assert!(UNIT_STARTS.contains(w.chars().next().unwrap()), "{w}");
        }
    }

    #[test]
    fn prefilters_cover_their_words() {
        let last = |w: &str| w.chars().next_back().unwrap();
        let first = |w: &str| w.chars().next().unwrap();
        for (w, _) in PREFIX_QUALIFIERS {
            assert!(PREFIX_QUALIFIER_ENDS.contains(last(w)), "{w}");
        }
        for w in ["约", "近", "超过", "超", "逾", "不足", "不到"] {
            assert!(PREFIX_QUALIFIER_ENDS.contains(last(w)), "{w}");
        }
        for (w, _) in SUFFIX_QUALIFIERS {
            assert!(SUFFIX_QUALIFIER_STARTS.contains(first(w)), "{w}");
        }
        for w in [
            "(含)",
            "（含）",
            "——",
            "--",
            "—",
            "－",
            "–",
            "~",
            "～",
            "至",
            "到",
            "-",
        ] {
            assert!(DASH_STARTS.contains(first(w)), "{w}");
        }
        for w in CONNECTIVES {
            assert!(CONNECTIVE_ENDS.contains(last(w)), "{w}");
        }
        for h in HEADS.iter().flat_map(|g| g.iter()) {
            assert!(HEAD_ENDS.contains(last(h)), "{h}");
        }
    }

    #[test]
    fn head_starts_cover_the_table() {
        for h in HEADS.iter().flat_map(|g| g.iter()) {
            assert!(HEAD_STARTS.contains(h.chars().next().unwrap()), "{h}");
        }
    }

    /// The indexed lookups of `count_noun` give what trying every head in
    /// table order gives: backward the first head in order that ends the
    /// text, forward per group the longest that starts it; both filtered by
    /// `fits`. Texts: every pair of heads, and each head cut short.
    #[test]
    fn head_index_agrees_with_the_table() {
        let all: Vec<&str> = HEADS.iter().flat_map(|g| g.iter().copied()).collect();
        let mut texts: Vec<String> = Vec::new();
        for a in &all {
            texts.push(a.chars().skip(1).collect());
            for b in &all {
                texts.push(format!("{a}{b}"));
            }
        }
        let index = &*HEAD_INDEX;
        for t in &texts {
            for k in CLASSIFIERS {
                let linear = all.iter().find(|h| t.ends_with(**h) && fits(h, k));
                assert_eq!(index.ending(t, k), linear.copied(), "{t} {k}");
                for (g, group) in HEADS.iter().enumerate() {
                    let linear = group
                        .iter()
                        .filter(|h| t.starts_with(**h) && fits(h, k))
                        .max_by_key(|h| h.len());
                    assert_eq!(
                        index.starting(g, t, k),
                        linear.copied(),
                        "{t} {k} group {g}"
                    );
                }
            }
        }
    }

    #[test]
    fn classifier_starts_cover_the_table() {
        for k in CLASSIFIERS {
            assert!(is_classifier_start(k.chars().next().unwrap()), "{k}");
            // unit_at relies on this: only 批次 is longer than one character.
            assert!(*k == "批次" || k.chars().count() == 1, "{k}");
        }
    }

    #[test]
    fn huge_numbers_are_skipped() {
        let s = format!("总投资{}亿元，共{}个项目", "9".repeat(40), "9".repeat(30));
        assert_eq!(q(&s), Vec::<String>::new());
        force();
    }
}
