//! The event verbs of a sentence: the words (签约, 开工, 投产 …) and their
//! types, compounds merged (建成投产), and the matches that are no deed —
//! wishes (推动…早日投产), slogans in quotes, nouns (完成度, 投产后), verbs
//! listed before a noun (签约、开工、投产动态).

use std::sync::LazyLock;

use crate::clause::{clause_end, clause_start, in_short_quote};
use crate::fact::EventType;
use crate::scan::{Lexicon, short_find};

/// Event verbs. Matches `签约`, `建成`, `投入使用`; compounds such as
/// `建成投产` are two adjacent matches, merged by [`triggers`].
const VERBS: &[&str] = &[
    "签约",
    "签署",
    "签订",
    "开工",
    "动工",
    "动土",
    "破土",
    "奠基",
    "投入使用",
    "投入运营",
    // Hong Kong, Macau and Taiwan write 營運 (投入營運 reads 投入营运).
    "投入营运",
    "投入运作",
    "投入运行",
    "投入服务",
    "交付使用",
    "投产",
    "投运",
    "并网",
    "启用",
    "开通",
    "通车",
    // Water works running (通水运行).
    "通水",
    // Milestones of building works: a bridge closed (主桥合龙), a tunnel or
    // a line joined through (隧道贯通).
    "合龙",
    "贯通",
    // A river dammed and a reservoir filled (大江截流, 下闸蓄水); a rule that
    // takes effect (自2026年1月1日起施行).
    "截流",
    "蓄水",
    "施行",
    "启动建设",
    "启动",
    "达产",
    "投用",
    // Opening a shop, a park or a museum to the public: in use.
    "开业",
    "开园",
    "开馆",
    "试生产",
    // Mass production begun (117年上半年量產); not 量产化, 量产线.
    "量产",
    "竣工",
    // Finished and inaugurated (微電子中心已於10月初全面落成).
    "落成",
    "建成",
    "完工",
    "封顶",
    "完成",
    "落户",
    "落地",
    "引进",
    "入驻",
    "到位",
    "开展",
    "举行",
    "召开",
    "举办",
];

pub(crate) static TRIGGER: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(VERBS.iter().copied()));

fn event_type(verb: &str) -> EventType {
    match verb {
        "签约" | "签署" | "签订" => EventType::Signing,
        "开工" | "动工" | "动土" | "破土" | "奠基" => EventType::Groundbreaking,
        "投入使用" | "投入运营" | "投入营运" | "投入运作" | "投入运行" | "投入服务"
        | "交付使用" | "投产" | "投运" | "并网" | "启用" | "开通" | "通车" | "通水" | "达产"
        | "投用" | "试生产" | "开业" | "开园" | "开馆" | "量产" => {
            EventType::Production
        }
        "启动建设" => EventType::Groundbreaking,
        "竣工" | "建成" | "完工" | "封顶" | "完成" | "落成" => EventType::Completion,
        "落户" | "落地" | "引进" | "入驻" => EventType::Settlement,
        _ => EventType::Other,
    }
}

/// Words before a verb in its clause that make it no event: a wish
/// (推动项目早日投产) or a time after the sentence's date (6个月后竣工).
static NOT_NOW: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new([
        "早日",
        "尽早",
        "尽快",
        "推动",
        "促进",
        "助推",
        "个月后",
        "招引",
        "吸引",
        "引导",
        "鼓励",
        "年后",
        "天后",
        "日后",
    ])
});

/// What 完成 must complete to be an event: works or investment.
static COMPLETED: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new([
        "投资", "项目", "工程", "建设", "建", "主体", "施工", "改造", "安装", "签约",
    ])
});

/// What 开展/举行 must hold to be an event: a ceremony or a campaign.
pub(super) static CEREMONY: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(["仪式", "活动", "会", "行动", "典礼"]));

#[derive(Clone, Copy, Debug)]
pub(super) struct Trigger {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) ty: EventType,
    /// 完成, 开展 …: used only when no more specific verb is in the clause.
    pub(super) weak: bool,
}

/// The event verbs of a sentence, compounds merged, wishes (推动…早日投产)
/// and quoted slogans (“签约是铜，落地是银”) dropped.
///
/// `verbs` lists the byte offsets of the characters that start a verb (from
/// the extractor's shared pass); matches do not overlap, left to right.
pub(super) fn triggers(s: &str, verbs: &[usize]) -> Vec<Trigger> {
    let mut out: Vec<Trigger> = Vec::new();
    let mut from = 0;
    for &m_start in verbs {
        if m_start < from {
            continue;
        }
        let Some((m_end, k)) = TRIGGER.match_at(s, m_start) else {
            continue;
        };
        from = m_end;
        let verb = VERBS[k];
        let mut ty = event_type(verb);
        if let Some(last) = out.last_mut() {
            if last.end == m_start {
                // 建成通车后: a condition, like 投产后.
                if ["后", "前"].iter().any(|w| s[m_end..].starts_with(w)) {
                    out.pop();
                    continue;
                }
                // 建成投产 is one production event; 举行奠基 is 奠基; 竣工试生产
                // stays a completion (a trial run is no stage of its own), and
                // 签约启动 a signing.
                if last.weak || last.ty == EventType::Other {
                    last.start = m_start;
                }
                last.end = m_end;
                let keeps = verb == "试生产" || ty == EventType::Other;
                if !keeps || last.weak {
                    last.ty = ty;
                }
                last.weak = false;
                continue;
            }
        }
        if in_short_quote(s, m_start, m_end) || !is_word(s, m_start, m_end, verb) {
            continue;
        }
        let cs = clause_start(s, m_start);
        if no_deed(s, (m_start, m_end), verb, cs) {
            continue;
        }
        let weak = matches!(verb, "完成" | "开展" | "举行" | "召开" | "举办");
        // 完成 is an event when it completes works or investment, not a target
        // or a document (编制完成…规划).
        if verb == "完成"
            && ["编制", "起草", "制定", "修订", "编写"]
                .iter()
                .any(|w| s[..m_start].ends_with(w))
        {
            continue;
        }
        let rest = &s[m_end..clause_end(s, m_end)];
        if verb == "完成" && !COMPLETED.is_match(rest) && !works_before(&s[cs..m_start]) {
            continue;
        }
        // 已完成工程量的72%, 完成年度计划的85%: progress, not completion.
        if verb == "完成" && (rest.starts_with("工程量") || rest.contains(['%', '％'])) {
            continue;
        }
        // 完成投资85亿元 reports money spent, not finished works (完成…项目598个
        // stays a completion).
        if verb == "完成"
            && crate::scan::short_find(rest, "投资").is_some()
            && crate::scan::short_find(rest, "项目").is_none()
        {
            ty = EventType::Other;
        }
        // 开展/举行 …仪式/活动: only ceremonies and campaigns are events.
        if matches!(verb, "开展" | "举行" | "召开" | "举办")
            && !CEREMONY.is_match(&s[cs..clause_end(s, m_end)])
        {
            continue;
        }
        out.push(Trigger {
            start: m_start,
            end: m_end,
            ty,
            weak,
        });
    }
    out
}

/// Whether the verb at `[m_start, m_end)` of `s` (its clause starting at
/// `cs`) tells no deed: firms counted by their opening or tenants by their
/// moving in, a deed told against its plan, a wish or a target's verb
/// without a date, what an event before means (标志着…).
fn no_deed(s: &str, (m_start, m_end): (usize, usize), verb: &str, cs: usize) -> bool {
    // 新开业企业1200家: firms counted by their opening, no works opened.
    let opened_firms = || {
        s[..m_start].ends_with('新')
            || ["企业", "商户", "市场主体", "门店", "个体"]
                .iter()
                .any(|w| s[m_end..].starts_with(w))
    };
    if matches!(verb, "开业" | "开园" | "开馆") && opened_firms() {
        return true;
    }
    // 入驻商户230余家: the tenants of a place, counted; 已入驻企业63家
    // tells of their moving in.
    let tenants = || {
        !["已", "新", "累计", "陆续", "先后", "共"]
            .iter()
            .any(|w| s[..m_start].ends_with(w))
            && ["商户", "商家", "企业", "品牌", "机构", "单位"]
                .iter()
                .any(|w| s[m_end..].starts_with(w))
    };
    if verb == "入驻" && tenants() {
        return true;
    }
    // 并网发电，较计划提前10天投产: when it happened against the plan,
    // the deed told before.
    let lead = &s[cs..m_start];
    if short_find(lead, "计划").is_some()
        && ["较计划", "比计划", "较原计划", "比原计划"]
            .iter()
            .any(|w| short_find(lead, w).is_some())
    {
        return true;
    }
    // A target (力争全年新签约项目30个, 确保10月底前完工) is a planned
    // event, as 预计 and 计划 are; a wish with no date of its own
    // (推动项目早日投产) is none.
    if NOT_NOW.is_match(&s[cs..m_start]) {
        return true;
    }
    // …开园仪式举行，标志着…正式投入运营: what the event before means, no
    // deed of its own.
    short_find(&s[cs..m_start], "标志着").is_some()
}

/// Whether the words before 完成 name works that it completes: 项目完成,
/// 整治全面完成, 改造工程顺利完成.
fn works_before(before: &str) -> bool {
    let b = before
        .trim_end_matches(|c: char| crate::scan::one_of!("全面顺利基本已经均都全部提前如期", c));
    [
        "项目", "項目", "工程", "建设", "整治", "改造", "施工", "安装", "治理",
    ]
    .iter()
    .any(|w| b.ends_with(w))
}

/// Whether the verb at `[a, b)` is a word of its own, not the tail or head of
/// another: 推动工业 has no 动工, 公开工作 no 开工; 签约及在谈项目 is a status,
/// and 到位 is an event only for funds (实际到位, 到位资金).
fn is_word(s: &str, a: usize, b: usize, verb: &str) -> bool {
    let prev = s[..a].chars().next_back();
    let next = s[b..].chars().next();
    let after = &s[b..];
    // 未开工, 尚未投产: negated. 完成度, GDP完成情况, 通车里程: nouns. 投产后:
    // a condition. 开业当天, 投产首日: a time of the event told before.
    if prev.is_some_and(|p| matches!(p, '未' | '不' | '没' | '无'))
        || [
            "度",
            "率",
            "情况",
            "值",
            "后",
            "前",
            "费用",
            "費用",
            "时间",
            "時間",
            "日期",
            "期限",
            "小康",
            "里程",
            "當天",
            "当天",
            "当日",
            "當日",
            "首日",
            "之日",
            // 开工推进会, 签约调度会: a meeting about the deed.
            "推进会",
            "调度会",
            "协调会",
            "座谈会",
            "部署会",
            "培训会",
            "分析会",
            "例会",
        ]
        .iter()
        .any(|w| after.starts_with(w))
    {
        return false;
    }
    let glued = match verb {
        "动工" => prev.is_some_and(|p| "推带劳启发调联驱拉主互流变运活移行撼".contains(p)),
        "开工" => prev.is_some_and(|p| "公展召离放打".contains(p)),
        // 落地见效: results of what landed before, not a settlement (落地生根
        // still is one).
        "落地" => s[b..].starts_with("见效") || s[b..].starts_with("見效"),
        // 启动仪式: the name of the ceremony, whose verb is 举行.
        "启动" => ["仪式", "会", "大会"].iter().any(|w| s[b..].starts_with(w)),
        // 建成区: the built-up area, a noun.
        "建成" => prev.is_some_and(|p| "构组创".contains(p)) || next == Some('区'),
        // 并网光伏电站: a kind of plant.
        "并网" => crate::project::GRID_KINDS
            .iter()
            .any(|w| after.starts_with(w)),
        "量产" => ["化", "线", "能力", "型", "车", "版", "产品", "规模"]
            .iter()
            .any(|w| after.starts_with(w)),
        "到位" => {
            !(s[..a].ends_with("实际") || s[b..].starts_with("资金") || s[..a].ends_with("资金"))
        }
        _ => false,
    };
    // 签约、开工、投产: verbs listed, no deed; 2027年底完工、2028年投产: a
    // deed, and another date after it.
    let listed = next.is_some_and(|n| matches!(n, '及' | '和' | '与' | '、' | '或'))
        && !(next == Some('、') && dated_after(&after['、'.len_utf8().min(after.len())..]));
    // …签约、开工、投产动态: the last verb of such a list too, when a noun
    // follows the list (建成、投产。 is a deed).
    let last_listed = next.is_some_and(|n| crate::scan::is_han(n) && n != '了')
        && s[..a]
            .strip_suffix(['、', '和', '及', '与'])
            .is_some_and(|b| VERBS.iter().any(|v| b.ends_with(v)));
    !glued && !listed && !last_listed
}

/// Whether `s` opens with a date (a year or a month in digits, 明年, 年底 …).
fn dated_after(s: &str) -> bool {
    s.starts_with(crate::number::is_arabic)
        || [
            "明年",
            "今年",
            "后年",
            "次年",
            "年底",
            "年内",
            "上半年",
            "下半年",
        ]
        .iter()
        .any(|w| s.starts_with(w))
}
