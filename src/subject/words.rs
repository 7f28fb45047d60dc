//! The word lists of subjects: what ends a subject (change verbs,
//! adverbs, units), what starts one (verbs and function words before it),
//! and the longer words a leading word can be part of.

use std::sync::LazyLock;

use crate::scan::Lexicon;

/// Words dropped from the end of a subject, tried again until none is left
/// (预计可达 → 预计 → nothing). Longest first within a shared ending.
#[rustfmt::skip]
pub(super) const TRAILING: &[&str] = &[
    "同比增长", "同比下降", "同比增加", "同比减少", "同比", "环比", "增长了", "增长", "增加了",
    "增加", "下降了", "下降", "减少了", "减少", "提高到", "提高了", "提高", "提升", "降低了",
    "降低", "上升了", "上升", "回落", "下滑", "收窄", "扩大", "上涨", "下跌", "涨", "跌",
    "达到了", "达到", "可达", "将达", "已达", "达", "约为", "约合", "约", "为", "是",
    "预计", "可实现", "实现", "已", "将", "可", "共计", "总计", "合计", "累计", "共",
    "分别", "各占", "仅占", "占", "一度", "均", "仅为", "仅", "只有", "稳定在", "保持在",
    "设定为", "提高至", "在", "了", "的", "报", "高出", "高于", "低于", "超过", "超",
    "突破", "接近", "逾", "近", "每平方米", "每亩", "每年", "年均", "平均", "大幅", "持续",
    "还", "也", "再", "就", "每股", "（含税）", "(含税)", "低了", "高了", "低", "高",
    "下调", "上调", "预期", "按年", "平均增长", "年均增长", "收涨", "收跌", "走高", "走低",
    "攀升", "回升", "缩减", "维持在", "维持", "还有", "共有",
    // Ahead of or behind a schedule (超时序进度5.1个百分点).
    "超时序进度", "超序时进度", "快于", "慢于", "落后",
    // Markets: net flows, the session and the sector as a whole (北向资金全天
    // 净买入, 板块整体上涨, 最终收涨).
    "净买入", "净卖出", "净流入", "净流出", "全天", "盘中", "尾盘", "早盘", "午后", "整体", "最终",
    "最后", "增幅为", "增长至", "增至", "降至", "升至", "翻倍至", "至少翻倍至",
    "至", "恢复至", "恢复到", "下降到", "增长到", "到", "同期的", "同期", "今年", "去年",
    "上年", "当年", "当月", "当季", "同月", "保持了", "保持", "实际", "实质", "名义", "按季", "按月", "递增", "递减", "负", "完成了", "完成",
    "人民币", "新台币", "台币", "港币", "港元", "美元", "欧元", "日元", "澳门币",
    "报收于", "报收", "收报", "收于", "年增", "年减", "月增", "月减", "减至", "则",
    "今日", "昨日", "今天", "昨天", "提升至", "提升到", "仍", "仍然", "依然",
    // Targets and limits: 失业率控制在, 建筑密度≥, 容积率≤.
    "控制", "≥", "≤", "＞", "＜", "不低于", "不高于", "不超过",
    // A negation left of a bound cut apart (发行价格不低于…的80%).
    "不",
    // Financial news: 股价飙升, 出口额按年升, 利润下挫, (HK) 录得.
    "飙升", "下挫", "锐减", "骤降", "暴跌", "暴涨", "大涨", "大跌", "激增", "猛增", "贬值",
    "升值", "录得", "升", "溢价", "折价",
    // A period between the subject and its verb (地区生产总值预计全年达到):
    // when, not what.
    "全年", "上半年", "下半年", "年内", "一季度", "二季度", "三季度", "四季度", "前三季度",
    // A target's verbs and a conversion (总产值力争达到, 外资折合人民币).
    "力争", "确保", "争取", "折合", "有望",
    // Forecasts, estimates, cuts and bounds (通胀率预测为, 开支削减, 出口值介于,
    // 出口有机会突破, 授信最高可达).
    "预测为", "预测", "估计为", "估计", "削减", "再减", "介于", "有机会", "合共", "最高", "最低", "最多",
    "最少", "最",
    // Hedges and adverbs of manner or order before the number (总投资差不多,
    // 收入首次突破, 增速已经到了): how, not what.
    "差不多", "大概", "大约", "约莫", "几乎", "将近", "首次", "首度", "再次", "一举", "已经",
    // How a change is measured (同口径增长, 按可比价格计算增长): a comparison.
    "同口径", "按同口径", "按可比价格计算", "按可比价计算", "可比价",
    "按不变价格计算", "按不变价计算", "按现价计算", "扣除价格因素", "剔除价格因素",
    // Spoken money (装修花了三五百万, 小项目也要五百万, 后来又投了个七八千万):
    // the verb of paying, the measure word 个 and the adverbs before them.
    "花费", "花", "需要", "要", "投", "砸", "掏", "个", "又", "后来",
];

/// What is left of a window that names no quantity (其中40亿元, 剩余10亿元,
/// 去年同期为…).
pub(super) const NOT_SUBJECTS: &[&str] = &[
    "其中",
    "剩余",
    "同期",
    "其余",
    "另外",
    "此外",
    "合计",
    "共计",
    // Verbs alone: a conversion, a close, a grant (折合302.7亿美元, 报收于18.62元).
    "折合",
    "约合",
    "报收于",
    "报收",
    "收报",
    "将有",
    "批出",
    "拨出",
];

/// Verbs whose object follows the amount (签下64.5亿元算力大单): the noun
/// after the amount is its subject.
#[rustfmt::skip]
pub(super) const OBJECT_VERBS: &[&str] = &[
    "签下", "签订", "签署", "斩获", "获得", "拿下", "发行", "中标", "赔出去", "赔了", "收获",
    "使用", "筹集", "发放", "募集", "提供", "编列",
    // Verbs of granting (安排500万元的专项资金, 最多可以给三五百万的贴息支持).
    "安排", "给予", "给", "拨付", "下达", "争取", "兑现", "投放",
];

/// [`TRAILING`], the words of a speed of growth (加快了, 放缓:
/// [`crate::quantity::SPEED_CHANGES`]) and the ISO codes of currencies
/// (RMB, USD: [`crate::quantity::CODE_CURRENCIES`]), longest first, so
/// 平均增长 goes before 均.
pub(super) static TRAILING_LONGEST_FIRST: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v = TRAILING.to_vec();
    v.extend(crate::quantity::SPEED_CHANGES.iter().map(|(w, _)| *w));
    v.extend(crate::quantity::CODE_CURRENCIES.iter().map(|(w, _)| *w));
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
});

/// [`TRAILING_LONGEST_FIRST`] grouped by last character, in that order.
pub(super) static TRAILING_BY_LAST: LazyLock<std::collections::HashMap<char, Vec<&'static str>>> =
    LazyLock::new(|| {
        let mut m: std::collections::HashMap<char, Vec<&'static str>> = Default::default();
        for w in TRAILING_LONGEST_FIRST.iter() {
            if let Some(c) = w.chars().next_back() {
                m.entry(c).or_default().push(w);
            }
        }
        m
    });

/// The longest of [`TRAILING`] that ends `w` (looked up by its last
/// character, not by trying every word).
pub(super) fn trailing_word(w: &str) -> Option<&'static str> {
    let last = w.chars().next_back()?;
    TRAILING_BY_LAST
        .get(&last)?
        .iter()
        .copied()
        .find(|t| w.ends_with(t))
}

/// Words after which a subject starts: verbs and function words that end
/// what comes before the subject (完成投资 → 投资).
#[rustfmt::skip]
pub(super) const LEADING: &[&str] = &[
    "实现", "完成", "新增", "累计", "共", "合计", "创建", "宣布", "贡献", "新上", "拟",
    "就", "由", "从", "向", "把", "将", "已", "并", "其中", "贡献了", "达成", "签下",
    "披露", "签订", "签约", "占", "披露了", "录得", "获得", "带动", "拉动", "推动", "全年",
    "今年", "去年", "上半年", "预计", "计划完成", "新开工", "开工", "新落地", "落地", "引进",
    "当年", "当月", "当季", "针对", "使用", "动用", "运用", "拟以", "将以", "拟用", "下达", "拨付", "安排",
    "筹措", "已有",
    // Getting and granting funds, a conversion, a copula: what is got,
    // granted or converted is measured (争取到中央预算内资金, 发放创业担保贷款,
    // 为预算的). 争取到 before 争取: the longer word where both match.
    "争取到", "争取", "发放", "兑现", "折合", "为", "给予", "投放", "提供",
    // A conjunction opening the clause (而全球市场规模, 从而, 进而).
    "而",
    // Pushing works forward (加快推进总投资85亿元的…工程, 加快建设总投资…的):
    // what is pushed.
    "加快推进", "加快建设", "推进", "加快",
    // A target, an estimate or a scope before what is measured (力争工业技改
    // 投资, 估计每年减少政府收入, 涉及政府收入): the verb and what is before it
    // are not the subject.
    "力争", "确保", "涉及", "减少", "削减",
    // Causing and saving (导致额外费用, 令延期完工费用, 节约燃油费用): what is
    // caused or saved is measured.
    "导致", "令", "节约",
    // A pronoun of the speaker (我们社消零增速) and verbs of bringing about
    // (撬动社会资本, 梳理企业融资需求, 促成银行贷款, 落实减免税费, 带来税收):
    // what is brought about is measured.
    "我们", "咱们", "他们", "撬动", "梳理", "促成", "落实", "带来",
    // A word for what was named before (该项目总投资): which, not what.
    "该项目", "该工程", "该公司", "该企业", "该集团",
    // A near day (市政府昨日安排资金) and approving (批准拨款, 获批专项债券):
    // when, and the act of granting, not what is granted.
    "今天", "今日", "昨天", "昨日", "前天", "明天", "明日", "批准", "获批",
    // Paying a tax or a fee (缴纳契税): what is paid is measured.
    "缴纳", "上缴", "缴交",
    // Handling and coordinating (办理减税降费, 协调银行授信), and 即 (that is).
    "办理", "协调", "即",
    // A condition of time (达产后年产值, 建成后年销售收入): when, not what.
    "达产后", "达效后", "建成后", "投产后", "满产后",
    // A point of the period a balance is read at (年末各项存款余额): when,
    // not what.
    "年末", "年底", "年初", "期末", "月末", "季末",
    // A distributing adverb (分别奖励): how the amounts are shared out, not
    // what they are.
    "分别",
];

/// [`LEADING`], every occurrence of which [`cut_leading`] looks at.
pub(super) static LEADING_WORDS: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(LEADING.iter().copied()));

/// Leading words that are part of a longer word when one of these
/// characters stands before or after them: `(word, before, after)`.
/// 占地面积, 使用权, 一般公共预算收入, 共享, 签约总金额, 合并营收, 就业补助,
/// 从业人员, 自由贸易, 双向投资, 将军路, 模拟.
pub(super) const WORDS_HOLDING_LEADS: &[(&str, &str, &str)] = &[
    ("占", "", "地比用"),
    ("使用", "", "权费率年面"),
    ("共", "公中", "享建同赢识治商性"),
    ("签约", "", "总金额"),
    ("并", "合兼吞归", ""),
    ("就", "", "业"),
    ("从", "", "业事"),
    ("由", "自理缘来经", ""),
    // 北向资金, 南向资金: the direction of a flow, part of the name.
    ("向", "双方导外走定意单纵横转趋倾取动北南东西", ""),
    ("将", "", "军领士"),
    ("拟", "模虚", ""),
    ("把", "", "关握"),
    // 作为, 成为, 认为, 行为, 较为; 为期, 为主, 为止: 为 inside a word.
    ("为", "作成认因行人更较最尤极称视列评转分改变广", "期主止"),
    // 发放额, 发放量: what is granted, counted.
    ("发放", "", "额量"),
    // 减少额, 减少量: how much less, the measured thing.
    ("减少", "", "额量"),
    // 即使, 即将, 即时, 随即, 立即: 即 inside a word.
    ("即", "随立当", "使便将时刻期"),
    // 今日头条, a company.
    ("今日", "", "头"),
];

/// Whether the leading word `lead`, between `before` and `after`, is part
/// of a longer word ([`WORDS_HOLDING_LEADS`]) and so leads nothing.
pub(super) fn in_a_word(lead: &str, before: &str, after: &str) -> bool {
    WORDS_HOLDING_LEADS.iter().any(|&(w, pre, post)| {
        w == lead
            && (before.chars().next_back().is_some_and(|c| pre.contains(c))
                || after.chars().next().is_some_and(|c| post.contains(c)))
    })
}

/// Verbs that end a relative clause before the measured noun (重点推进的总投资,
/// 今年新签约的项目总投资): the clause says which, the noun after 的 what.
#[rustfmt::skip]
const RELATIVE_VERBS: &[&str] = &[
    "推进", "实施", "建设", "签约", "签订", "签署", "开工", "引进", "落地", "落户", "谋划",
    "储备", "在建", "续建", "新建", "开展", "安排", "列入", "纳入", "确定", "竣工", "投产",
    "完成", "实现", "争取", "申报", "招引", "促成", "入库", "下达", "到位", "发放", "拨付",
    "批复", "审批", "备案", "核准",
];

/// `w` after a relative clause that ends in one of [`RELATIVE_VERBS`] and
/// 的, when at least two characters follow; else `w`.
pub(super) fn after_relative(w: &str) -> &str {
    let Some(k) = w.rfind('的') else {
        return w;
    };
    let rest = &w[k + '的'.len_utf8()..];
    let clause = &w[..k];
    if rest.chars().nth(1).is_some() && RELATIVE_VERBS.iter().any(|v| clause.ends_with(v)) {
        rest
    } else {
        w
    }
}
