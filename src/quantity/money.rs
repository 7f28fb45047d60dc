//! Money: amounts with a currency word (49.72亿元, 5000万美元) or a bare
//! scale after a money word (投资120亿), and their role (investment,
//! revenue, tax …) from the cue words before them.

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_decimal::Decimal;

use crate::fact::{Currency, FactData, Money, MoneyRole, Qualifier};
use crate::number::{parse_number, yuan_fraction};

use super::money_role::{MONEY, MONEY_OTHER, after_money_word, money_noun_after, money_role};
use super::{Candidate, Unit, cue_window, scale_suffix, spoken_scale, trim_spaces_end};

/// Forces the module's patterns (tests call this so a bad pattern fails early).
#[cfg(test)]
pub(super) fn force() {
    LazyLock::force(&MONEY);
    LazyLock::force(&MONEY_OTHER);
    LazyLock::force(&super::money_role::SUBJECT);
}

pub(super) const CURRENCIES: &[(&str, Currency)] = &[
    ("美元", Currency::Usd),
    ("欧元", Currency::Eur),
    ("歐元", Currency::Eur),
    ("港元", Currency::Hkd),
    ("港币", Currency::Hkd),
    ("港幣", Currency::Hkd),
    ("新台币", Currency::Twd),
    ("新臺幣", Currency::Twd),
    ("新台幣", Currency::Twd),
    ("台币", Currency::Twd),
    ("台幣", Currency::Twd),
    ("臺幣", Currency::Twd),
    ("澳门元", Currency::Mop),
    ("澳門元", Currency::Mop),
    ("澳门币", Currency::Mop),
    ("澳門幣", Currency::Mop),
    ("日元", Currency::Jpy),
    ("日圓", Currency::Jpy),
    ("英镑", Currency::Gbp),
    ("英鎊", Currency::Gbp),
    ("美圆", Currency::Usd),
    // 美金: the dollar in Taiwan, Hong Kong and plain speech (5000万美金,
    // 美金98.6亿元).
    ("美金", Currency::Usd),
    ("日圆", Currency::Jpy),
    ("元人民币", Currency::Cny),
    ("元人民幣", Currency::Cny),
    ("人民币", Currency::Cny),
    ("人民幣", Currency::Cny),
    ("元", Currency::Cny),
    ("圆", Currency::Cny),
];

/// The last characters of the words of [`CURRENCIES`] and
/// [`PREFIX_CURRENCIES`].
static CURRENCY_ENDS: LazyLock<crate::scan::CharSet> = LazyLock::new(|| {
    let ends: String = CURRENCIES
        .iter()
        .chain(PREFIX_CURRENCIES)
        .chain(CODE_CURRENCIES)
        .filter_map(|(w, _)| w.chars().next_back())
        .collect();
    crate::scan::CharSet::new(&ends)
});

/// Currency signs written only before a number (NT$500, ¥300), and the
/// currency each stands for. ¥ and ￥ are renminbi (Chinese prose writes
/// 日元 for yen); a bare $ is not among them: it may be any dollar.
const PREFIX_CURRENCIES: &[(&str, Currency)] = &[
    ("¥", Currency::Cny),
    ("￥", Currency::Cny),
    ("NT$", Currency::Twd),
    ("HK$", Currency::Hkd),
    ("MOP$", Currency::Mop),
    ("US$", Currency::Usd),
];

/// ISO codes written before a number in Chinese prose (约MOP 148亿元,
/// RMB 300万元), and their currencies: read as currency names, whole
/// words only (not the end of a longer Latin word).
pub(crate) const CODE_CURRENCIES: &[(&str, Currency)] = &[
    ("RMB", Currency::Cny),
    ("CNY", Currency::Cny),
    ("HKD", Currency::Hkd),
    ("MOP", Currency::Mop),
    ("TWD", Currency::Twd),
    ("NTD", Currency::Twd),
    ("USD", Currency::Usd),
    ("EUR", Currency::Eur),
    ("JPY", Currency::Jpy),
    ("GBP", Currency::Gbp),
];

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

/// An amount with its currency word at `[i, end)` (`currency` as the
/// table reads it). `scale_tok` is the numeral that carries the scale,
/// `scale_words` a scale written apart. `None` for words that only start
/// with a currency (一元化, 千亿元级).
pub(super) fn with_unit(
    c: &mut Candidate<'_, '_>,
    i: usize,
    end: usize,
    currency: Currency,
    scale_tok: &str,
    scale_words: &str,
) -> Option<(usize, FactData)> {
    let s = c.s;
    let after = &s[end..];
    // 四十九兆九千億元: the tail of a number in 兆, a scale SPEC does not
    // read (a vague 数十亿元 is no candidate at all: `vague_before`).
    let before = &s[..c.a];
    let after_trillion = before
        .strip_suffix('兆')
        .is_some_and(|b| b.ends_with(crate::number::is_numeral_char));
    if after_trillion {
        return None;
    }
    // 一元化, 千亿元级: not amounts. 三万元欧元: two currencies, no telling
    // which one the amount is in. 一圆桌: a round thing.
    if after.starts_with(['化', '素', '件', '器', '级', '年', '旦', '宵'])
        || matches!(&s[i..end], "元" | "圆") && second_currency(after)
        || &s[i..end] == "圆"
            && after.starts_with([
                '满', '形', '桌', '心', '周', '柱', '环', '弧', '圈', '球', '盘', '顶', '梦',
            ])
    {
        return None;
    }
    let unit = money_unit(scale_suffix(scale_tok), scale_words, &s[i..end]);
    // 港币两千九百六十元: a currency named before the number.
    let mut currency = currency;
    if currency == Currency::Cny && matches!(&s[i..end], "元" | "圆") {
        // 港币约2000元, 约港币2000元: before the qualifier or the numeral.
        let named = [c.start, c.a].into_iter().find_map(|at| {
            currency_word(trim_spaces_end(&s[..at]), true).filter(|(_, c)| *c != Currency::Cny)
        });
        if let Some((_, cur)) = named {
            currency = cur;
        }
    }
    // 123元1角1分: tenths and hundredths after a whole number of yuan.
    let mut end = end;
    let whole_yuan = matches!(&s[i..end], "元" | "圆")
        && scale_tok == c.tok
        && c.upper.is_none()
        && scale_suffix(c.tok).is_empty()
        && scale_words.is_empty();
    let cents = || {
        (&s[i..end] == "美元" && scale_tok == c.tok && c.upper.is_none())
            .then(|| dollar_cents(c.value, &s[end..]))
            .flatten()
    };
    let mut fraction = false;
    if let Some((v, n)) = whole_yuan
        .then(|| yuan_fraction(c.value, &s[end..], false))
        .flatten()
        .or_else(cents)
    {
        c.value = v;
        end += n;
        fraction = true;
    }
    // 五元六角-五元七毛八分: a range whose ends have subunits.
    let sub_range = fraction && c.upper.is_none();
    if let Some((hi, e)) = sub_range
        .then(|| yuan_range_end(s, end))
        .flatten()
        .filter(|(hi, _)| *hi > c.value)
    {
        c.upper = Some(hi);
        c.qualifier = Qualifier::Range;
        end = e;
    }
    let same = |u| matches!(u, Unit::Money(c, _) if c == currency);
    let mut end = c.widen_to_range(end, same);
    negate_after_minus(c);
    // 壹仟玖佰圆整: 整 (and no more) closes an amount in financial writing.
    if let Some(rest) = s[end..].strip_prefix('整') {
        let close = rest.chars().next();
        if close.is_none_or(|x| crate::clause::is_clause_break(x) || x.is_ascii_punctuation()) {
            end += '整'.len_utf8();
        }
    }
    let mut role = money_role(s, c.start, c.prev);
    // 超亿元项目, 5亿元至10亿元项目: a bound or a band before the projects.
    let bounds = matches!(c.qualifier, Qualifier::Over | Qualifier::Range);
    if role == MoneyRole::Other
        && (classes_projects(&s[end..], bounds) || invested_after(&s[end..]))
    {
        role = MoneyRole::Investment;
    }
    // 6.5亿元的定增募资, 8亿元的项目贷款: the money noun after it decides a
    // role the words before left `other`.
    if role == MoneyRole::Other {
        role = money_noun_after(&s[end..]).unwrap_or(role);
    }
    let data = FactData::Money(Money {
        value: c.value,
        currency,
        unit,
        qualifier: c.qualifier,
        upper: c.upper,
        role,
        subject: None,
    });
    Some((end, data))
}

/// 净利润为-3.21亿元, 亏损额：－1,200万元: the minus sign right before an
/// amount's numeral, after a verb of being, a colon or an opening bracket
/// (not a range dash: 5-8亿元, nor a code: A-3亿元). Its byte offset.
pub(super) fn minus_before(s: &str, a: usize) -> Option<usize> {
    let sign = ['-', '－', '−']
        .into_iter()
        .find(|m| s[..a].ends_with(*m))?;
    let at = a - sign.len_utf8();
    let head = trim_spaces_end(&s[..at]);
    head.ends_with(['为', '是', '：', ':', '（', '('])
        .then_some(at)
}

/// Gives the amount `c` the minus sign written before it (a single amount
/// with nothing between sign and numeral): its value is negative, its span
/// starts at the sign.
fn negate_after_minus(c: &mut Candidate<'_, '_>) {
    if c.start != c.a || c.upper.is_some() {
        return;
    }
    if let Some(at) = minus_before(c.s, c.a) {
        c.value = -c.value;
        c.start = at;
    }
}

/// Whether another currency follows a 元 right away (三万元欧元, 9000元日币;
/// 元人民币 is read as one unit before this).
fn second_currency(after: &str) -> bool {
    const OTHERS: &[&str] = &[
        "日币", "韩元", "澳元", "加元", "卢布", "法郎", "泰铢", "卢比", "新元",
    ];
    CURRENCIES
        .iter()
        .filter(|(_, c)| *c != Currency::Cny)
        .map(|(w, _)| *w)
        .chain(OTHERS.iter().copied())
        .any(|w| after.starts_with(w))
}

/// 两美元又三美分, 5美元25美分: cents after a whole number of dollars.
/// Returns the amount and the bytes the cents take.
fn dollar_cents(whole: Decimal, rest: &str) -> Option<(Decimal, usize)> {
    if !whole.fract().is_zero() {
        return None;
    }
    let skip = if rest.starts_with('又') {
        '又'.len_utf8()
    } else {
        0
    };
    let e = crate::number::numeral_at(rest, skip)?;
    let cents = parse_number(&rest[skip..e])
        .filter(|v| v.fract().is_zero() && *v > Decimal::ZERO && *v < Decimal::ONE_HUNDRED)?;
    if !rest[e..].starts_with("美分") {
        return None;
    }
    Some((
        whole.checked_add(cents / Decimal::ONE_HUNDRED)?,
        e + "美分".len(),
    ))
}

/// The high end of a range after `end` written in 元 with its subunits
/// (-五元七毛八分, 至6元5角): its amount and where it ends.
fn yuan_range_end(s: &str, end: usize) -> Option<(Decimal, usize)> {
    let d = super::range_dash(&s[end..])?;
    let j = super::skip_spaces(s, end + d);
    let e2 = crate::number::numeral_at(s, j)?;
    if !scale_suffix(&s[j..e2]).is_empty() {
        return None;
    }
    let k = e2
        + ["元", "圆"]
            .iter()
            .find(|w| s[e2..].starts_with(**w))?
            .len();
    let whole = parse_number(&s[j..e2])?;
    match yuan_fraction(whole, &s[k..], false) {
        Some((v, n)) => Some((v, k + n)),
        None => Some((whole, k)),
    }
}

/// Whether the amount before `after` is what is invested, said by the verb
/// right after it (以自有资金3亿元投资建设…, 拟出资2亿元投建…, 5000万元用于
/// 投资…): 投资 as a verb, not the nouns it makes (投资者, 投资收益,
/// 投资公司).
fn invested_after(after: &str) -> bool {
    let after = after.strip_prefix("用于").unwrap_or(after);
    if after.starts_with("投建") {
        return true;
    }
    after.strip_prefix("投资").is_some_and(|rest| {
        !rest.starts_with([
            '者', '人', '方', '收', '损', '机', '基', '公', '商', '主', '界',
        ])
    })
}

/// Whether the amount before `after` is a threshold that classes projects
/// (10亿元以上项目, 亿元以上的重大项目, 5000万元及以上产业项目; with
/// `bounds`, an amount after 超 or a range: 超亿元项目, 5亿元至10亿元项目):
/// its role is that of what it bounds, investment.
pub(crate) fn classes_projects(after: &str, bounds: bool) -> bool {
    let bound = ["及以上", "以上"]
        .iter()
        .find_map(|w| after.strip_prefix(w));
    let Some(rest) = bound.or(bounds.then_some(after)) else {
        return false;
    };
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let head: String = rest
        .chars()
        .take_while(|c| !crate::clause::is_clause_break(*c) && !matches!(c, '、' | '和' | '及'))
        .take(8)
        .collect();
    crate::scan::short_find(&head, "项目").is_some()
}

/// 5块5毛, 3块2毛5分, 十块钱, 三块五一斤, 花了我二十块: an amount in 块 (the
/// spoken yuan, renminbi). 5块 alone may be land or cake, so it is money
/// only with its 毛 or 分 after it, with 钱 after it, priced per item
/// after it (一张, 一斤) or right after a verb of paying (花了我三块) at the
/// end of its clause; a single digit after 块 is its tenths (三块五). The
/// numeral ends at `i`, 块 at `end`.
pub(super) fn kuai(c: &mut Candidate<'_, '_>, end: usize) -> Option<(usize, FactData)> {
    if c.upper.is_some() || !scale_suffix(c.tok).is_empty() {
        return kuai_scaled(c, end);
    }
    let rest = &c.s[end..];
    let (value, n) = match yuan_fraction(c.value, rest, true) {
        Some(found) => found,
        None => spoken_kuai(c.s, c.start, c.value, rest)?,
    };
    c.value = value;
    let data = FactData::Money(Money {
        value,
        currency: Currency::Cny,
        unit: Cow::Borrowed("块"),
        qualifier: c.qualifier,
        upper: None,
        role: money_role(c.s, c.start, c.prev),
        subject: None,
    });
    Some((end + n, data))
}

/// 三四万块钱, 3万块钱, 收入两三千块: a scaled or ranged amount in 块 is
/// money with 钱 after it or a money word before it (no tenths read after
/// it); its unit is the scale and 块 as written.
fn kuai_scaled(c: &Candidate<'_, '_>, end: usize) -> Option<(usize, FactData)> {
    let qian = c.s[end..].starts_with('钱');
    if !qian && !after_money_word(c.s, c.start, c.prev_end) {
        return None;
    }
    let data = FactData::Money(Money {
        value: c.value,
        currency: Currency::Cny,
        unit: Cow::Owned(format!("{}块", scale_suffix(c.tok))),
        qualifier: c.qualifier,
        upper: c.upper,
        role: money_role(c.s, c.start, c.prev),
        subject: None,
    });
    Some((end + if qian { '钱'.len_utf8() } else { 0 }, data))
}

/// Verbs of paying or earning that an amount in 块 can follow (花了三块;
/// 了 and a pronoun between are skipped). 买 and 收 are not among them: 买了三块
/// may be three pieces.
const PAY_VERBS: &[&str] = &[
    "花费", "花", "卖", "要价", "收费", "赚", "挣", "赔", "付", "掏", "值", "投", "做",
];

/// The amount of `whole`块 without 毛 or 分 after it (`rest` follows 块),
/// when the words around it make it money, and the bytes of `rest` it
/// takes (钱 included).
fn spoken_kuai(s: &str, start: usize, whole: Decimal, rest: &str) -> Option<(Decimal, usize)> {
    // 二十块一张, 三块五一斤: a price per item.
    let per_item = crate::number::per_item;
    // 三块五: one digit after 块 is its tenths.
    let tenth = rest
        .chars()
        .next()
        .filter(|_| !per_item(rest) && whole.fract().is_zero())
        .and_then(|d| {
            Some((
                crate::number::digit_value(d).filter(|v| *v > 0)?,
                d.len_utf8(),
            ))
        });
    let (value, n) = match tenth {
        Some((d, len)) => (whole.checked_add(Decimal::new(i64::from(d), 1))?, len),
        None => (whole, 0),
    };
    let after = &rest[n..];
    if after.starts_with('钱') {
        return Some((value, n + '钱'.len_utf8()));
    }
    if per_item(after) {
        return Some((value, n));
    }
    // 花了我三块。: a verb of paying right before (a pronoun between), the
    // clause ending after.
    let before = trim_spaces_end(&s[..start]);
    let before = before
        .trim_end_matches(['我', '你', '他', '她', '们'])
        .trim_end_matches('了');
    let ends = after
        .chars()
        .next()
        .is_none_or(crate::clause::is_clause_break);
    // 售价三块五, 票价才十块: a price named right before.
    let paid = PAY_VERBS.iter().any(|v| before.ends_with(v)) || price_before(s, start);
    (ends && paid).then_some((value, n))
}

/// 港幣三個一毫四, 港币五个半: in Cantonese speech 個 after a currency name
/// counts its dollars, 毫 its tenths (as 毛) and 半 half of one; the
/// amount is in the currency named, which is part of the fact. `end` is
/// where 個 ends.
pub(super) fn named_ge(
    c: &mut Candidate<'_, '_>,
    end: usize,
    (at, currency, name): (usize, Currency, &'static str),
) -> Option<(usize, FactData)> {
    if c.upper.is_some() || !scale_suffix(c.tok).is_empty() || !c.value.fract().is_zero() {
        return None;
    }
    let rest = &c.s[end..];
    let (value, n) = if let Some(r) = rest.strip_prefix('半') {
        if !r.chars().next().is_none_or(crate::clause::is_clause_break) {
            return None;
        }
        (c.value.checked_add(Decimal::new(5, 1))?, '半'.len_utf8())
    } else {
        // 一毫四 reads as 一毛四 (毫 and 毛 have the same length); 一毫米 is
        // a length.
        let mut k = rest.chars();
        let (d, hao) = (k.next(), k.next());
        if !matches!(hao, Some('毫' | '毛' | '角'))
            || k.clone()
                .next()
                .is_some_and(|u| "米克升秒瓦安伏".contains(u))
        {
            return None;
        }
        let spoken: String = d.into_iter().chain(['毛']).chain(k).collect();
        let taken = rest.len().min(spoken.len());
        yuan_fraction(c.value, &spoken[..taken], true)?
    };
    if c.start == c.a {
        c.start = at;
    }
    c.value = value;
    let data = FactData::Money(Money {
        value,
        currency,
        unit: Cow::Owned(format!("{name}个")),
        qualifier: c.qualifier,
        upper: None,
        role: money_role(c.s, c.start, c.prev),
        subject: None,
    });
    Some((end + n, data))
}

/// Nouns of a price or a pay that an amount in 块 can follow (售价三块五,
/// 工资才两千块).
const PRICE_WORDS: &[&str] = &[
    "售价", "价格", "价钱", "票价", "单价", "均价", "卖价", "报价", "租金", "房租", "工资", "月薪",
    "日薪", "收入", "学费", "车费", "运费", "成本",
];

/// Whether a price noun stands right before `start`, a verb of being or an
/// adverb (是, 为, 才, 只要 …) between.
fn price_before(s: &str, start: usize) -> bool {
    let mut before = trim_spaces_end(&s[..start]);
    for w in [
        "大约", "只要", "只有", "仅为", "约", "才", "仅", "就", "只", "要", "是", "为", "了",
    ] {
        before = before.strip_suffix(w).unwrap_or(before);
    }
    PRICE_WORDS.iter().any(|w| before.ends_with(w))
}

/// The currency sign right before the numeral at `a` (one space between
/// allowed): where it starts, its currency and the sign as written.
pub(super) fn sign_before(s: &str, a: usize) -> Option<(usize, Currency, &'static str)> {
    let b = s[..a].strip_suffix(' ').unwrap_or(&s[..a]);
    if !b.ends_with(['¥', '￥', '$']) {
        return None;
    }
    let (w, cur) = PREFIX_CURRENCIES.iter().find(|(w, _)| b.ends_with(w))?;
    Some((b.len() - w.len(), *cur, w))
}

/// The currency name right before the numeral at `a` (人民币3.14, 港幣3.14,
/// 美元5000万; one space between allowed): where it starts, its currency
/// and the name as written. A plain 元 or 圆 (一元3个) names none, nor does
/// the second currency of an exchange rate (美元兑人民币7.1).
pub(super) fn word_before(s: &str, a: usize) -> Option<(usize, Currency, &'static str)> {
    let b = trim_spaces_end(&s[..a]);
    if a - b.len() > ' '.len_utf8() {
        return None;
    }
    // 美元5000万, MOP 1.2億的…: a currency name, or an ISO code before an
    // amount with its scale (型号USD 5 is a code).
    let scaled = || {
        crate::number::numeral_at(s, a).is_some_and(|e| s[a..e].ends_with(['万', '亿', '萬', '億']))
    };
    let (w, cur) = currency_word(b, false).or_else(|| {
        // Most numerals follow no Latin capital: no code is compared.
        if !b.ends_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let code = CODE_CURRENCIES.iter().find(|(w, _)| {
            b.strip_suffix(w)
                .is_some_and(|r| !r.ends_with(|c: char| c.is_ascii_alphanumeric()))
        });
        code.copied().filter(|_| scaled())
    })?;
    let at = b.len() - w.len();
    if trim_spaces_end(&s[..at]).ends_with(['兑', '兌', '换', '換']) {
        return None;
    }
    Some((at, cur, w))
}

/// The currency word `b` ends with (港币, 美元, 人民币; with `signs`, also a
/// sign such as HK$ or ¥, or an ISO code such as MOP) and its currency. A
/// plain 元 or 圆 names none here (一元3个, 美元 is read whole). Most amounts follow no currency word:
/// the last character decides that before any word is compared.
fn currency_word(b: &str, signs: bool) -> Option<(&'static str, Currency)> {
    if !b
        .chars()
        .next_back()
        .is_some_and(|l| CURRENCY_ENDS.contains(l))
    {
        return None;
    }
    let (prefixes, codes) = if signs {
        (PREFIX_CURRENCIES, CODE_CURRENCIES)
    } else {
        (&[][..], &[][..])
    };
    let code = |w: &str| {
        b.strip_suffix(w)
            .is_some_and(|r| !r.ends_with(|c: char| c.is_ascii_alphanumeric()))
    };
    CURRENCIES
        .iter()
        .chain(prefixes)
        .find(|(w, _)| !w.starts_with(['元', '圆']) && b.ends_with(w))
        .or_else(|| codes.iter().find(|(w, _)| code(w)))
        .copied()
}

/// The currency name or sign `b` ends with (港币, HK$, MOP; not a plain
/// 元), as written: the words a qualifier is read through
/// (约港币2000元, 约HK$ 20亿).
pub(super) fn currency_name_before(b: &str) -> Option<&'static str> {
    currency_word(b, true).map(|(w, _)| w)
}

/// Whether an amount without a unit ends at `i` with nothing glued to it
/// that would make it something else (人民币3.14。, 美元5000万左右; not
/// 日元3月, 人民币1比7): the end of its clause, a list word, 的, or a
/// bound after it.
pub(super) fn ends_bare(s: &str, i: usize) -> bool {
    let rest = &s[i..];
    match rest.chars().next() {
        None => true,
        Some(c) if crate::clause::is_clause_break(c) => true,
        Some(' ' | '\u{3000}' | '、' | '和' | '及' | '与' | '或' | '的' | ')' | '）') => {
            true
        }
        Some(_) => ["左右", "以上", "以下", "以内", "多", "余"]
            .iter()
            .any(|w| rest.starts_with(w)),
    }
}

/// ¥300, HK$20万, NT$1,500: money in the currency of the sign before it,
/// with no unit after the numeral (`i`: where it ends, a scale written
/// apart in `words`). Its unit is the sign and the scale as written
/// (`HK$万`).
pub(super) fn after_sign(
    c: &Candidate<'_, '_>,
    i: usize,
    words: &str,
    (_, currency, sign): (usize, Currency, &'static str),
) -> Option<(usize, FactData)> {
    // ¥3.5亿 reads its scale; a letter or digit glued after is a code.
    if c.s[i..]
        .chars()
        .next()
        .is_some_and(|k| k.is_ascii_alphanumeric())
    {
        return None;
    }
    let scale = if words.is_empty() {
        scale_suffix(c.tok)
    } else {
        words
    };
    let data = FactData::Money(Money {
        value: c.value,
        currency,
        unit: Cow::Owned(format!("{sign}{scale}")),
        qualifier: c.qualifier,
        upper: c.upper,
        role: money_role(c.s, c.start, c.prev),
        subject: None,
    });
    Some((i, data))
}

/// 投资120亿, 总投资达6000万, 70亿的销售额: a numeral ending in 万/亿
/// with no unit is money right after (or before) a money word.
///
/// `i` is where the amount ends and `words` a scale written apart
/// (`3个多亿`: `亿`, the amount ends after it).
pub(super) fn bare_scale(
    c: &Candidate<'_, '_>,
    i: usize,
    words: &str,
) -> Option<(usize, FactData)> {
    let s = c.s;
    let b = if words.is_empty() { c.b } else { i };
    let own = match scale_suffix(c.tok) {
        "" => spoken_scale(c.tok),
        own => own,
    };
    let suffix = if words.is_empty() { own } else { words };
    if suffix.is_empty() || !matches!(suffix.chars().next_back(), Some('万' | '亿' | '萬' | '億'))
    {
        return None;
    }
    // 投资的年产3万吨项目, 投资建设10万千瓦光伏: a measure of things after
    // the scale makes it no amount of money.
    if measure_at(&s[b..]) {
        return None;
    }
    let window = cue_window(s, c.start, c.prev_end);
    let role = MONEY
        .last(window)
        .or_else(|| MONEY_OTHER.last(window))
        .filter(|(_, gap)| window[window.len() - gap..].chars().count() <= 4)
        .map(|(r, _)| r)
        .or_else(|| money_noun_after(&s[b..]))
        .or_else(|| paid_before(s, c.start, suffix).then_some(MoneyRole::Other))
        .or_else(|| spoken_yi(words, &s[b..]).then_some(MoneyRole::Other))
        .or_else(|| c.compares_money())?;
    let data = FactData::Money(Money {
        value: c.value,
        currency: Currency::Cny,
        unit: money_unit(suffix, "", ""),
        qualifier: c.qualifier,
        upper: c.upper,
        role,
        subject: None,
    });
    Some((b, data))
}

/// Whether the clause before `start` counts people or views (阅读量突破2个亿,
/// 全国人民十四个亿, 用户数): a 亿 written apart there is no money.
pub(super) fn counts_before(s: &str, start: usize) -> bool {
    let clause = &s[crate::clause::clause_start(s, start)..start];
    [
        "量", "数", "人次", "用户", "网民", "粉丝", "人民", "人口", "观众", "游客", "读者", "人",
    ]
    .iter()
    .any(|w| crate::scan::short_find(clause, w).is_some())
}

/// 两个多亿, 三个亿: 亿 written apart after 个 is how speech says money,
/// unless a thing counted follows (两个多亿件, 十四个亿人 are counts).
pub(super) fn spoken_yi(words: &str, after: &str) -> bool {
    words.ends_with(['亿', '億'])
        && after
            .chars()
            .next()
            .is_none_or(|c| !crate::scan::is_han(c) || matches!(c, '的' | '了' | '啊' | '呢'))
}

/// Units of measure that are no fact kind (tonnes, watts, kilowatt-hours,
/// litres, kilometres …) and no classifier: written after a bare 万 or 亿
/// they make it a quantity of things, not money.
const MEASURES: &[&str] = &[
    "吨",
    "噸",
    "千瓦",
    "兆瓦",
    "瓦",
    "千伏",
    "伏",
    "千克",
    "公斤",
    "公里",
    "千米",
    "立方",
    "桶",
    "标箱",
    "标准箱",
    "亩",
    "平方",
    "公顷",
    "人次",
    "车次",
    "架次",
    "像素",
    // Things counted by the piece (借了3万册书, 卖了2万瓶).
    "册",
    "粒",
    "瓶",
    "盒",
    "袋",
    "羽",
    "kW",
    "KW",
];

/// Measures that are also the first character of common words (升级,
/// 度假, 方便, 头部, 克服, 米面, 斤两, 倍增): a measure only when no
/// character of a word follows, or what is measured does (3亿方天然气,
/// 20亿度电, 5万头生猪).
const MEASURES_IN_WORDS: &[char] = &['升', '度', '方', '头', '克', '米', '斤', '倍'];

/// Whether a measure of things starts `after` (the text after a bare
/// scale): see [`MEASURES`] and [`MEASURES_IN_WORDS`].
fn measure_at(after: &str) -> bool {
    let after = after.trim_start();
    if MEASURES.iter().any(|m| after.starts_with(m)) {
        return true;
    }
    let mut chars = after.chars();
    chars.next().is_some_and(|c| MEASURES_IN_WORDS.contains(&c))
        && chars
            .next()
            .is_none_or(|n| !crate::scan::is_han(n) || "的电水气猪牛羊".contains(n))
}

/// 赚了两千万, 花了2亿4, 卖了一个多亿, 亏了八百万, 再投五个亿: a verb of
/// paying, earning, investing or losing right before a bare scale (了
/// between). Selling and doing business are money only in 亿 (卖了3万 may
/// be things sold, 做了3万 things made; 做了九个多亿 is turnover).
pub(super) fn paid_before(s: &str, start: usize, scale: &str) -> bool {
    let before = trim_spaces_end(&s[..start]);
    let before = before.strip_suffix('了').unwrap_or(before);
    let yi = scale.ends_with(['亿', '億']);
    PAY_VERBS.iter().any(|v| before.ends_with(v)) && (yi || !before.ends_with(['卖', '做']))
        || before.ends_with('亏')
}

#[cfg(test)]
mod tests {
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
        money_bare_scale_borrowed_and_saved,
        "跟亲戚借了一百来万，攒了两三百万，存了五十万；借了3万册书，卖了2万瓶",
        [
            "一百来万=money:1000000 万 Cny Approx Financing",
            "两三百万=money:2000000/3000000 万 Cny Range Other",
            "五十万=money:500000 万 Cny Exact Other",
        ]
    );

    facts!(
        money_bound_carries_over_a_list,
        "年营业收入首次突破10亿元、50亿元，投资不超过3亿元和5亿元，约10亿元、20亿元",
        [
            "突破10亿元=money:1000000000 亿元 Cny Over Revenue",
            "50亿元=money:5000000000 亿元 Cny Over Revenue",
            "不超过3亿元=money:300000000 亿元 Cny Under Investment",
            "5亿元=money:500000000 亿元 Cny Under Investment",
            "约10亿元=money:1000000000 亿元 Cny Approx Other",
            "20亿元=money:2000000000 亿元 Cny Exact Other",
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
        money_over_before_scale_and_colloquial,
        "累计销售收入500多亿元，纳税20多亿元，项目投资50个亿元，每年70亿的销售额",
        [
            "500多亿元=money:50000000000 亿元 Cny Over Revenue",
            "20多亿元=money:2000000000 亿元 Cny Over Tax",
            "50个亿元=money:5000000000 亿元 Cny Exact Investment",
            "70亿=money:7000000000 亿 Cny Exact Revenue",
        ]
    );
}
