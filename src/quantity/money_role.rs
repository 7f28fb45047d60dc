//! Roles of money: the cue words before an amount (投资, 到位资金, 产值 …),
//! the noun an amount describes (70亿的销售额), and the role its subject
//! gives when the cues left it `other` (refined once the subjects are read).

use std::sync::LazyLock;

use crate::fact::{FactData, MoneyRole};
use crate::subject::Placed;

use super::{Cues, FoundQuantity, cue_window, is_list_gap};

pub(super) static MONEY: LazyLock<Cues<MoneyRole>> = LazyLock::new(|| Cues::new(MONEY_CUES));
pub(super) static MONEY_OTHER: LazyLock<Cues<MoneyRole>> = LazyLock::new(|| Cues::new(MONEY_WORDS));

const MONEY_CUES: &[(&str, MoneyRole)] = &[
    ("总投资", MoneyRole::Investment),
    ("计划投资", MoneyRole::Investment),
    ("拟投资", MoneyRole::Investment),
    ("投资额", MoneyRole::Investment),
    ("投资", MoneyRole::Investment),
    ("签约额", MoneyRole::Investment),
    // Investment attracted (协议引资, 招商引资).
    ("引资", MoneyRole::Investment),
    // Plain speech (又投了八千万, 再投个七八千万, 砸下10个亿, 银行贷了3000万).
    ("投了", MoneyRole::Investment),
    ("投个", MoneyRole::Investment),
    ("投下", MoneyRole::Investment),
    // 再投五六个亿, 又投八千万, 追投2亿元 (投 alone is also 投票, 投诉).
    ("再投", MoneyRole::Investment),
    ("又投", MoneyRole::Investment),
    ("追投", MoneyRole::Investment),
    ("共投", MoneyRole::Investment),
    ("拟投", MoneyRole::Investment),
    ("砸下", MoneyRole::Investment),
    ("砸了", MoneyRole::Investment),
    ("砸进", MoneyRole::Investment),
    ("斥资", MoneyRole::Investment),
    ("贷了", MoneyRole::Financing),
    // Borrowing in plain speech (跟亲戚借了一百来万, 又借了两千万).
    ("借了", MoneyRole::Financing),
    ("签约金额", MoneyRole::Investment),
    ("签约总金额", MoneyRole::Investment),
    ("签约总额", MoneyRole::Investment),
    ("外资", MoneyRole::Investment),
    // A kind of firm (外商投资企业进出口, 外资企业出口): what it trades, not
    // an investment.
    ("投资企业", MoneyRole::Other),
    ("外资企业", MoneyRole::Other),
    ("投入", MoneyRole::Investment),
    // Construction cost and money granted to build.
    ("造价", MoneyRole::Investment),
    ("工程造价", MoneyRole::Investment),
    ("拨款", MoneyRole::Investment),
    ("投资规模", MoneyRole::Investment),
    ("到位资金", MoneyRole::FundsInPlace),
    // Foreign capital actually used is capital in place (合同外资 is not).
    ("实际利用外资", MoneyRole::FundsInPlace),
    ("实际使用外资", MoneyRole::FundsInPlace),
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
    ("财政收入", MoneyRole::Revenue),
    ("一般公共预算收入", MoneyRole::Revenue),
    ("地方财政收入", MoneyRole::Revenue),
    ("营业总收入", MoneyRole::Revenue),
    // Non-tax revenue of a budget is fiscal revenue: its 税收 is no tax.
    ("非税收入", MoneyRole::Revenue),
    ("融资", MoneyRole::Financing),
    ("贷款", MoneyRole::Financing),
    ("授信", MoneyRole::Financing),
    ("放款", MoneyRole::Financing),
    ("信贷", MoneyRole::Financing),
    ("借款", MoneyRole::Financing),
    ("募资", MoneyRole::Financing),
    ("募集资金", MoneyRole::Financing),
    ("发债", MoneyRole::Financing),
    ("债券", MoneyRole::Financing),
    ("专项债", MoneyRole::Financing),
    ("贷款余额", MoneyRole::Financing),
    // Deposits are no financing.
    ("存款", MoneyRole::Other),
    ("存款余额", MoneyRole::Other),
    ("税收", MoneyRole::Tax),
    ("税费", MoneyRole::Tax),
    ("纳税", MoneyRole::Tax),
    ("减免", MoneyRole::Tax),
    ("减税", MoneyRole::Tax),
    ("降费", MoneyRole::Tax),
    ("退税", MoneyRole::Tax),
    ("税金", MoneyRole::Tax),
    ("税收收入", MoneyRole::Tax),
    ("税费收入", MoneyRole::Tax),
    ("税额", MoneyRole::Tax),
    ("税款", MoneyRole::Tax),
    ("缴税", MoneyRole::Tax),
    ("利税", MoneyRole::Tax),
    ("增值税", MoneyRole::Tax),
    ("所得税", MoneyRole::Tax),
    ("个税", MoneyRole::Tax),
    ("关税", MoneyRole::Tax),
    ("契税", MoneyRole::Tax),
    ("印花税", MoneyRole::Tax),
    ("总资产", MoneyRole::Assets),
    // Cash held (货币资金余额为9.86亿元).
    ("货币资金", MoneyRole::Assets),
    ("所有者权益", MoneyRole::Assets),
    ("股东权益", MoneyRole::Assets),
    ("资产", MoneyRole::Assets),
    ("补贴", MoneyRole::Subsidy),
    ("奖励", MoneyRole::Subsidy),
    ("专项资金", MoneyRole::Subsidy),
    ("资金支持", MoneyRole::Subsidy),
    ("扶持资金", MoneyRole::Subsidy),
    ("奖补", MoneyRole::Subsidy),
    ("补助", MoneyRole::Subsidy),
    // Vouchers a government hands out (发放文旅消费券1500万元), grants
    // (资助, 港府資助), and funds that support a place (衔接资金, 帮扶资金).
    ("消费券", MoneyRole::Subsidy),
    ("资助", MoneyRole::Subsidy),
    ("衔接资金", MoneyRole::Subsidy),
    ("帮扶资金", MoneyRole::Subsidy),
    // Interest paid for a borrower (贴息, 贴息支持): a subsidy.
    ("贴息", MoneyRole::Subsidy),
];

/// Money words without a role, which still make a bare 亿/万 money.
const MONEY_WORDS: &[(&str, MoneyRole)] = &[
    ("资金", MoneyRole::Other),
    ("金额", MoneyRole::Other),
    ("交易额", MoneyRole::Other),
    ("成交额", MoneyRole::Other),
    ("总额", MoneyRole::Other),
    ("补偿", MoneyRole::Other),
    // Budgets and costs (工程预算超过40亿, 运维费用约3000万).
    ("预算", MoneyRole::Other),
    ("费用", MoneyRole::Other),
    ("经费", MoneyRole::Other),
    ("开支", MoneyRole::Other),
    // Spending, debts and losses in plain speech (支出近30亿, 欠了3个多亿).
    ("支出", MoneyRole::Other),
    ("花了", MoneyRole::Other),
    ("花费", MoneyRole::Other),
    ("欠了", MoneyRole::Other),
    ("欠款", MoneyRole::Other),
    ("负债", MoneyRole::Other),
    ("债务", MoneyRole::Other),
    ("亏损", MoneyRole::Other),
    ("亏了", MoneyRole::Other),
    ("赚了", MoneyRole::Other),
    // Savings in plain speech (攒了三五百万, 存了五十万).
    ("攒了", MoneyRole::Other),
    ("攒下", MoneyRole::Other),
    ("存了", MoneyRole::Other),
    // Pay and rent (工钱就有三五百万, 租金一年两百来万).
    ("工资", MoneyRole::Other),
    ("工钱", MoneyRole::Other),
    ("薪酬", MoneyRole::Other),
    ("报酬", MoneyRole::Other),
    ("奖金", MoneyRole::Other),
    ("租金", MoneyRole::Other),
    ("分红", MoneyRole::Other),
];

/// 70亿的销售额, 一百来万的技改补贴: the role of the money noun that the
/// amount before `after` describes (the noun after 的, up to six
/// characters, within its clause).
pub(super) fn money_noun_after(after: &str) -> Option<MoneyRole> {
    let rest = after.strip_prefix('的')?;
    let noun: String = rest
        .chars()
        .take_while(|c| !crate::clause::is_clause_break(*c) && *c != '、')
        .take(6)
        .collect();
    let (role, gap) = MONEY.last(&noun).or_else(|| MONEY_OTHER.last(&noun))?;
    // The cue ends the noun or stands at its start (的销售额, 的技改补贴).
    (gap == 0
        || MONEY_CUES
            .iter()
            .chain(MONEY_WORDS)
            .any(|(w, _)| noun.starts_with(w)))
    .then_some(role)
}

/// Whether a money word stands right before the amount starting at
/// `start` (within four characters, in its clause).
pub(super) fn after_money_word(s: &str, start: usize, prev_end: usize) -> bool {
    let window = cue_window(s, start, prev_end);
    MONEY
        .last(window)
        .or_else(|| MONEY_OTHER.last(window))
        .is_some_and(|(_, gap)| window[window.len() - gap..].chars().count() <= 4)
}

/// The role of the money starting at `start`: the last cue before it in the
/// clause, or that of the previous item of a list.
pub(super) fn money_role(s: &str, start: usize, prev: Option<&FoundQuantity>) -> MoneyRole {
    let prev_end = prev.map_or(0, |p| p.end);
    let mut window = cue_window(s, start, prev_end);
    // 实际到位市外资金: 外资 in funds from outside a place (市外, 省外 …) is
    // no foreign capital; the cue before it decides.
    while let Some((r, gap)) = MONEY.last(window) {
        let at = window.len() - gap;
        let inside = window[..at].ends_with("外资")
            && window[..at - "外资".len()].ends_with(['市', '省', '区', '县', '境']);
        if !inside {
            return r;
        }
        window = &window[..at - "外资".len()];
    }
    match prev.map(|p| &p.data) {
        Some(FactData::Money(m)) if is_list_gap(window) => m.role,
        _ => MoneyRole::Other,
    }
}

/// The words of a money's subject, by the role they give: the subject
/// names the quantity, so its last class word decides a role the cues
/// around the number left `other`. Both scripts; prices, profits and the
/// like are `other` so that a class word before them does not count.
const SUBJECT_CLASSES: &[(&str, MoneyRole)] = &[
    ("GDP", MoneyRole::Output),
    ("生产总值", MoneyRole::Output),
    ("經濟總量", MoneyRole::Output),
    ("经济总量", MoneyRole::Output),
    ("增加值", MoneyRole::Output),
    ("产值", MoneyRole::Output),
    ("產值", MoneyRole::Output),
    ("非税", MoneyRole::Revenue),
    ("非稅", MoneyRole::Revenue),
    ("税收", MoneyRole::Tax),
    ("稅收", MoneyRole::Tax),
    ("国税", MoneyRole::Tax),
    ("國稅", MoneyRole::Tax),
    ("地税", MoneyRole::Tax),
    ("地稅", MoneyRole::Tax),
    ("税费", MoneyRole::Tax),
    ("税款", MoneyRole::Tax),
    ("纳税", MoneyRole::Tax),
    ("含税", MoneyRole::Other),
    ("含稅", MoneyRole::Other),
    ("募资", MoneyRole::Financing),
    ("募資", MoneyRole::Financing),
    ("募集", MoneyRole::Financing),
    ("融资", MoneyRole::Financing),
    ("融資", MoneyRole::Financing),
    ("国债", MoneyRole::Financing),
    ("國債", MoneyRole::Financing),
    ("债券", MoneyRole::Financing),
    ("債券", MoneyRole::Financing),
    ("发债", MoneyRole::Financing),
    ("發債", MoneyRole::Financing),
    ("发行", MoneyRole::Financing),
    ("發行", MoneyRole::Financing),
    ("贷款", MoneyRole::Financing),
    ("貸款", MoneyRole::Financing),
    ("回购", MoneyRole::Other),
    ("回購", MoneyRole::Other),
    ("资产", MoneyRole::Assets),
    ("資產", MoneyRole::Assets),
    ("出资", MoneyRole::Investment),
    ("出資", MoneyRole::Investment),
    ("增资", MoneyRole::Investment),
    ("增資", MoneyRole::Investment),
    ("注资", MoneyRole::Investment),
    ("注資", MoneyRole::Investment),
    ("收购", MoneyRole::Investment),
    ("收購", MoneyRole::Investment),
    ("投资", MoneyRole::Investment),
    ("投資", MoneyRole::Investment),
    // A kind of firm (外商投资企业进出口): what it trades is no investment.
    ("投资企业", MoneyRole::Other),
    ("投資企業", MoneyRole::Other),
    ("造价", MoneyRole::Investment),
    ("造價", MoneyRole::Investment),
    ("耗资", MoneyRole::Investment),
    ("耗資", MoneyRole::Investment),
    ("概算", MoneyRole::Investment),
    ("补贴", MoneyRole::Subsidy),
    ("補貼", MoneyRole::Subsidy),
    ("奖励", MoneyRole::Subsidy),
    ("獎勵", MoneyRole::Subsidy),
    ("补助", MoneyRole::Subsidy),
    ("補助", MoneyRole::Subsidy),
    // Vouchers a government hands out (发放文旅消费券1500万元).
    ("消费券", MoneyRole::Subsidy),
    ("消費券", MoneyRole::Subsidy),
    ("贴息", MoneyRole::Subsidy),
    ("貼息", MoneyRole::Subsidy),
    ("资金支持", MoneyRole::Subsidy),
    ("價", MoneyRole::Other),
    ("价", MoneyRole::Other),
    ("市值", MoneyRole::Other),
    ("利润", MoneyRole::Other),
    ("利潤", MoneyRole::Other),
    ("亏损", MoneyRole::Other),
    ("虧損", MoneyRole::Other),
    ("节省", MoneyRole::Other),
    ("節省", MoneyRole::Other),
    ("节约", MoneyRole::Other),
    ("節約", MoneyRole::Other),
];

/// Subject words of a person's income or of a saving: the money is no
/// revenue or investment of a business or government (人均可支配收入,
/// 农民人均收入, 节省投资).
const NOT_REVENUE_OR_INVESTMENT: &[&str] = &[
    "人均",
    "可支配收入",
    "居民收入",
    "农民收入",
    "工资",
    "工資",
    "节省",
    "節省",
    "节约",
    "節約",
];

/// [`NOT_REVENUE_OR_INVESTMENT`], found in one pass.
static NOT_REVENUE_OR_INVESTMENT_WORDS: LazyLock<crate::scan::Lexicon> =
    LazyLock::new(|| crate::scan::Lexicon::new(NOT_REVENUE_OR_INVESTMENT.iter().copied()));

/// Words that open a part of an amount named just before (总额50亿元，其中
/// 40亿元…，剩余10亿元): the part has the role of the whole.
const PART_WORDS: &[&str] = &["其中", "剩余", "剩下", "其余", "余下"];

pub(super) static SUBJECT: LazyLock<Cues<MoneyRole>> = LazyLock::new(|| Cues::new(SUBJECT_CLASSES));

/// Refines the roles of the money of sentence `s` once subjects are
/// attached: a role the cues left `other` comes from the subject's words
/// (经济总量 → output, 國債 → financing) or, for an amount with no subject
/// opened by 其中 or 剩余, from the money it is part of; a person's income
/// or a saving is `other`, whatever 收入 or 投资 says.
pub(crate) fn refine_roles(s: &str, facts: &mut [Placed]) {
    let mut last: Option<(usize, MoneyRole)> = None;
    // The money before (营收12亿元，比上年增加2亿元: the change has the
    // subject of the amount, and so its role), by index.
    let mut last_money: Option<usize> = None;
    for k in 0..facts.len() {
        let (before, rest) = facts.split_at_mut(k);
        let p = &mut rest[0];
        let FactData::Money(m) = &mut p.data else {
            continue;
        };
        // The subject is as written: its class words are read simplified
        // (地區生產總值 as 地区生产总值).
        let subject = crate::markup::simplify_str(m.subject.as_deref().unwrap_or(""));
        let subject: &str = &subject;
        if matches!(m.role, MoneyRole::Revenue | MoneyRole::Investment)
            && NOT_REVENUE_OR_INVESTMENT_WORDS.is_match(subject)
        {
            m.role = MoneyRole::Other;
        } else if m.role == MoneyRole::Other && !subject.is_empty() {
            let same = last_money.and_then(|j| match &before[j].data {
                FactData::Money(pm) if pm.subject.is_some() && pm.subject == m.subject => {
                    Some(pm.role)
                }
                _ => None,
            });
            // 收入14.26亿元，…增收7050万元: revenue gained is of the money
            // before it, and has its role.
            let gained = matches!(subject, "增收" | "减收")
                .then(|| last.map(|l| l.1))
                .flatten();
            if let Some(r) = same.or(gained) {
                m.role = r;
            } else if let Some((r, _)) = SUBJECT.last(subject) {
                m.role = r;
            } else if subject.ends_with('贷') {
                // 科创贷, 惠企贷, 信贷: a loan product.
                m.role = MoneyRole::Financing;
            }
        } else if m.role == MoneyRole::Other
            && let Some((end, r)) = last
            && let Some(gap) = s.get(end..p.start)
            && let Some(clause) = gap.rsplit(crate::clause::is_clause_break).next()
            && PART_WORDS.iter().any(|w| clause.starts_with(w))
        {
            m.role = r;
        }
        last = Some((p.end, m.role));
        last_money = Some(k);
    }
}
