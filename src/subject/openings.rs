//! What opens a subject's window and names nothing: a preposition (对,
//! 按, 主要是), a project named again with 该, and the unit a rate is per
//! (每人, 每亩).

use crate::scan::short_find;

/// Prepositions that open a window before what is measured (对固定资产投资
/// 超过20亿元的, 按其设备投资额的10%, 主要是土地出让收入): the words after them are
/// the subject. Only at the start: 香港对内地出口 keeps its 对.
const OPENINGS: &[&str] = &[
    "对其",
    "对于",
    "对",
    "按其",
    "按照",
    "按",
    "依据",
    "根据",
    "主要是",
    "主要为",
    "同期",
];

/// Words an opening [`OPENINGS`] character begins (对外贸易, 对比, 按揭贷款).
const OPENING_WORDS: &[&str] = &[
    "对外", "对公", "对私", "对冲", "对赌", "对比", "对象", "对接", "对口", "对应", "对标", "对华",
    "按揭", "按时", "按期",
];

/// Trade words that 对 belongs to (对欧盟进出口, 对德国出口: trade with a
/// partner, the customs' own term).
const TRADE_WITH: &[&str] = &["出口", "进口", "贸易"];

/// `w` past the [`OPENINGS`] at its start, when two characters follow.
pub(super) fn after_opening(w: &str) -> &str {
    if OPENING_WORDS.iter().any(|o| w.starts_with(o))
        || (w.starts_with('对') && TRADE_WITH.iter().any(|t| short_find(w, t).is_some()))
    {
        return w;
    }
    OPENINGS
        .iter()
        .find_map(|o| w.strip_prefix(o))
        .filter(|rest| rest.chars().nth(1).is_some())
        .map_or(w, |rest| after_opening(rest))
}

/// Units a rate is per (每人, 每亩, 每平方米).
const PER_UNITS: &[&str] = &[
    "人次",
    "平方米",
    "人",
    "户",
    "亩",
    "月",
    "年",
    "家",
    "个",
    "台",
    "次",
    "吨",
    "天",
    "项",
    "套",
    "名",
    "位",
];

/// Whether `w` only says what an amount is per (每人, 每人每月): how it is
/// counted out, not what it is.
pub(super) fn is_per_unit(w: &str) -> bool {
    w.starts_with('每') && w.split('每').skip(1).all(|u| PER_UNITS.contains(&u))
}

/// `w` past a project named again with 该 (该智算项目总投资 → 总投资): which
/// project, not what is measured, like 该项目 in the leading words.
pub(super) fn skip_anaphoric_name(w: &str) -> &str {
    let Some(rest) = w.strip_prefix('该') else {
        return w;
    };
    // 该市重大项目: a place named again, whose works are still measured.
    if rest.starts_with(['市', '县', '区', '省', '镇', '乡', '村']) {
        return w;
    }
    ["项目", "工程", "基地"]
        .iter()
        .filter_map(|e| short_find(rest, e).map(|k| k + e.len()))
        .filter(|&k| rest[..k].chars().count() <= 12 && rest[k..].chars().nth(1).is_some())
        .max()
        .map_or(w, |k| &rest[k..])
}
