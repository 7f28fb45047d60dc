//! Money: amounts with a currency word (49.72亿元, 5000万美元) or a bare
//! scale after a money word (投资120亿), and their role (investment,
//! revenue, tax …) from the cue words before them.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::fact::{Currency, FactData, Money, MoneyRole};

use super::{
    Candidate, Cues, FoundQuantity, Unit, cue_window, is_list_gap, scale_suffix, trim_spaces_end,
};

/// Forces the module's patterns (tests call this so a bad pattern fails early).
#[cfg(test)]
pub(super) fn force() {
    LazyLock::force(&MONEY);
    LazyLock::force(&MONEY_OTHER);
}

pub(super) const CURRENCIES: &[(&str, Currency)] = &[
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

static MONEY: LazyLock<Cues<MoneyRole>> = LazyLock::new(|| Cues::new(MONEY_CUES));
static MONEY_OTHER: LazyLock<Cues<MoneyRole>> = LazyLock::new(|| Cues::new(MONEY_WORDS));

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
    // 一元化, 千亿元级: not amounts.
    if after.starts_with(['化', '素', '件', '器', '级', '年', '旦', '宵']) {
        return None;
    }
    let unit = money_unit(scale_suffix(scale_tok), scale_words, &s[i..end]);
    // 港币两千九百六十元: a currency named before the number.
    let mut currency = currency;
    if currency == Currency::Cny && matches!(&s[i..end], "元" | "圆") {
        let b = trim_spaces_end(&s[..c.start]);
        if let Some((_, cur)) = CURRENCIES
            .iter()
            .find(|(w, c)| *c != Currency::Cny && b.ends_with(w))
        {
            currency = *cur;
        }
    }
    let same = |u| matches!(u, Unit::Money(c, _) if c == currency);
    let end = c.widen_to_range(end, same);
    let role = money_role(s, c.start, c.prev);
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

/// 投资120亿, 总投资达6000万, 70亿的销售额: a numeral ending in 万/亿
/// with no unit is money right after (or before) a money word.
pub(super) fn bare_scale(c: &Candidate<'_, '_>) -> Option<(usize, FactData)> {
    let (s, b) = (c.s, c.b);
    let suffix = scale_suffix(c.tok);
    if suffix.is_empty() || !matches!(suffix.chars().next_back(), Some('万' | '亿' | '萬' | '億'))
    {
        return None;
    }
    let window = cue_window(s, c.start, c.prev_end);
    let role = MONEY
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
        })?;
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
