//! What a project is tied to in its sentence: its stretch, its facts, its
//! investment and its date.

use super::clauses::{clause_ceil, clause_floor};
use super::stage::PLAN_WORDS;
use crate::fact::{FactData, MoneyRole, Qualifier};
use crate::subject::Placed;

/// For each name, the stretch its stage and date are read from: from the
/// start of the clause of the first name of its list to the end of the
/// clause of the last (names joined by 、, 和, 及 or 等 with no comma between).
pub(super) fn groups(s: &str, names: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = vec![(0, 0); names.len()];
    let mut k = 0;
    while k < names.len() {
        let mut last = k;
        while last + 1 < names.len()
            && !s[names[last].1..names[last + 1].0].contains(['，', ',', '；', '。', '：'])
        {
            last += 1;
        }
        let lo = if k == 0 { 0 } else { names[k - 1].1 };
        let hi = names.get(last + 1).map_or(s.len(), |n| n.0);
        for g in out.iter_mut().take(last + 1).skip(k) {
            *g = (lo, hi);
        }
        k = last + 1;
    }
    out
}

/// The ids of the quantity facts about the project at `name`, which owns
/// the stretch `lo..hi` of the sentence between its neighbours.
pub(super) fn facts_about(
    s: &str,
    facts: &[Placed],
    name: (usize, usize),
    lo: usize,
    hi: usize,
    last: bool,
) -> Vec<usize> {
    let mut out = Vec::new();
    for f in facts {
        if is_date(f) || f.start < lo || f.end > hi || is_project_count(f) {
            continue;
        }
        let before_name = f.end <= name.0;
        // Between this project and the next, an amount followed by 的
        // belongs to the next name (…项目、投资20亿元的B项目).
        if !before_name && !last && s[f.end..hi].contains('的') {
            continue;
        }
        // An amount before a list of members (投入13亿元，建设了六大基地，
        // 包括…X基地) is the whole's, not a member's.
        if before_name && s[f.end..name.0].contains("包括") {
            continue;
        }
        // Before the first name of a list, only amounts of its own clause.
        if before_name && lo == 0 && s[f.end..name.0].contains(['。', '；']) {
            continue;
        }
        out.push(f.id);
    }
    out
}

/// Its investment: an investment amount about the project at `start..end`,
/// or the cost of building it (耗资, 造价, 概算总额), with no count of
/// projects between them (…一期已竣工投产，在建项目7个，…总投资约20亿元
/// is the total of the projects counted). An amount saved (节省投资约1亿元)
/// is none, nor one a later clause gives another phase (一期项目…，二期总投资).
pub(super) fn investment_of(
    s: &str,
    facts: &[Placed],
    about: &[usize],
    start: usize,
    end: usize,
) -> Option<usize> {
    facts
        .iter()
        .filter(|f| about.contains(&f.id))
        .filter(|f| match &f.data {
            FactData::Money(m) if m.role == MoneyRole::Investment => !is_saving(s, f.start),
            FactData::Money(m) if m.role == MoneyRole::Other => is_cost(s, f.start),
            _ => false,
        })
        .find(|f| {
            let (a, b) = if f.end <= start {
                (f.end, start)
            } else {
                (end, f.start)
            };
            // A threshold of the projects counted after a named one (X等58个
            //投资1000万美元以上项目) holds for each of them, X too.
            let threshold = matches!(&f.data, FactData::Money(m) if m.qualifier == Qualifier::Over)
                && f.start >= end
                && s[end..].starts_with('等')
                && is_threshold_of_kind(s, end, f);
            (threshold
                || !facts
                    .iter()
                    .any(|c| is_project_count(c) && c.start >= a && c.end <= b))
                && (f.start < end || !other_phase(&s[start..end], &s[end..f.start]))
        })
        .map(|f| f.id)
}

/// Whether amount `f`, after a list of names ending at `end`, qualifies the
/// kind of project counted (X等58个投资1000万美元以上新设外资项目): in the
/// names' clause, with the project word after it in that clause. A total
/// in a clause of its own (X等12个项目，总投资超过100亿元) is not.
fn is_threshold_of_kind(s: &str, end: usize, f: &Placed) -> bool {
    clause_ceil(s, end) >= f.start && s[f.end..clause_ceil(s, f.end)].contains("项目")
}

/// Words of the cost of building a project, right before its amount.
const COSTS: &[&str] = &[
    "耗资",
    "总造价",
    "造价",
    "概算总额",
    "总概算",
    "概算",
    "投资估算",
    "预算",
];

/// Words that make an amount of investment one saved or cut.
const SAVINGS: &[&str] = &["节省", "节约", "减少", "降低", "压缩"];

/// The text of the clause before byte `i`, without a leading 约/达/为.
fn lead(s: &str, i: usize) -> &str {
    s[clause_floor(s, i)..i].trim_end_matches(['约', '达', '为', '近', '超', '共'])
}

pub(super) fn is_cost(s: &str, i: usize) -> bool {
    let lead = lead(s, i);
    COSTS.iter().any(|w| lead.ends_with(w))
}

pub(super) fn is_saving(s: &str, i: usize) -> bool {
    let lead = lead(s, i);
    SAVINGS.iter().any(|w| lead.contains(w))
}

/// Whether the text between a name and a later amount names a phase the
/// name is not (一期项目…，此次二期总投资达3.3亿美元).
pub(super) fn other_phase(name: &str, between: &str) -> bool {
    ["一期", "二期", "三期", "四期"]
        .iter()
        .any(|p| between.contains(p) && !name.contains(p))
}

pub(super) fn is_project_count(f: &Placed) -> bool {
    match &f.data {
        FactData::Count(c) => c
            .noun
            .as_deref()
            .is_some_and(|n| n.contains("项目") || n.contains("企业")),
        _ => false,
    }
}

/// The date fact tied to the project: the last one before its name in its
/// stretch, else the first after it.
pub(super) fn date_of(
    s: &str,
    facts: &[Placed],
    start: usize,
    end: usize,
    lo: usize,
    hi: usize,
) -> Option<usize> {
    // A plan's period (“十三五”规划, “十五”计划) is the plan's, not the
    // project's date.
    let dates = || {
        facts.iter().filter(|f| {
            is_date(f)
                && f.start >= lo
                && f.end <= hi
                && !PLAN_WORDS.iter().any(|w| s[f.start..f.end].ends_with(w))
        })
    };
    dates()
        .rfind(|f| f.end <= start)
        .or_else(|| dates().find(|f| f.start >= end))
        .map(|f| f.id)
}

pub(super) fn is_date(f: &Placed) -> bool {
    matches!(f.data, FactData::Date(_))
}
