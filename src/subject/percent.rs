//! The subject of a percentage: the share it is (占…的84%), the noun after
//! it, or the subject of the quantity it follows, and the money or count
//! fact a change (增长, 下降 …) is of. Split from the parent module, whose
//! helpers (the window before a number, its subject words) it uses.

use super::*;

/// The share a percentage is (占出让总价款的84%): its subject is the part,
/// the words before 占, or the subject of the quantity before it when 占
/// opens the clause. `None` when the window holds no 占.
fn share_of(
    s: &str,
    facts: &[Placed],
    subjects: &[Option<Range>],
    i: usize,
    w: &str,
) -> Option<Option<Range>> {
    let k = w.rfind('占')?;
    if w[k + '占'.len_utf8()..].starts_with(['地', '用', '有', '据', '领', '比']) {
        return None;
    }
    if let Some(part) = words_of(&w[..k]) {
        return Some(range_of(s, part));
    }
    let j = facts[..i].iter().enumerate().rev().find_map(|(j, f)| {
        (matches!(f.data, FactData::Money(_) | FactData::Percent(_)) && subjects[j].is_some())
            .then_some(j)
    });
    Some(j.and_then(|j| subjects[j]))
}

/// Change nouns: 增幅近25％ right after an amount is the change of it.
const CHANGE_NOUNS: &[&str] = &["增幅", "增速", "降幅", "涨幅", "跌幅"];

/// The subject of percentage `i` and the id of the fact it is the change
/// of: the noun after it, the share it is, the words of its window, or
/// (with none) what the quantity before it measures ([`of_previous`]).
pub(super) fn percent_subject(
    s: &str,
    facts: &[Placed],
    subjects: &[Option<Range>],
    ofs: &[Option<usize>],
    i: usize,
) -> (Option<Range>, Option<usize>) {
    let (start, end) = (facts[i].start, facts[i].end);
    let (from, w) = window(s, facts, i);
    // 54%股份, and 实现60％的乡镇通油路: the noun after the percentage, when
    // the words before it are not its subject.
    if let Some(noun) = noun_after(s, end, false) {
        let raw = w.trim().trim_end_matches('了');
        let object = NOUN_VERBS.iter().any(|v| raw.ends_with(v)) || w.contains('占');
        if s[end..].starts_with("股份") || object || words_of(w).is_none() {
            return (range_of(s, noun), None);
        }
    }
    if let Some(share) = share_of(s, facts, subjects, i, w) {
        return (share, None);
    }
    let heading = heading_subject(s, start);
    if let Some(words) = words_of(w) {
        let change = CHANGES.iter().any(|c| short_find(w, c).is_some());
        // 宁东下降25.3% in a list under a heading that names a measure
        // (投资增速前二名：): where, not what. Under a label (A股：沪指收涨)
        // the item names its own.
        let measured = heading.is_some_and(|h| {
            h.contains('率') || CHANGES.iter().any(|c| short_find(h, c).is_some())
        });
        if measured && change && words.chars().count() <= 3 {
            return (heading.and_then(|h| range_of(s, h)), None);
        }
        if CHANGE_NOUNS.contains(&words) {
            if let Some(j) = change_previous(facts, i, from, "增长") {
                if matches!(facts[j].data, FactData::Money(_)) && subjects[j].is_some() {
                    return (subjects[j], Some(facts[j].id));
                }
            }
        }
        return (range_of(s, words), None);
    }
    // 阳山县70%以上是山区.
    if let Some(noun) = noun_after(s, end, true) {
        return (range_of(s, noun), None);
    }
    if let Some(j) = respective(s, facts, i) {
        return match facts[j].data {
            FactData::Count(_) => (
                count_words(s, &facts[j]).and_then(|w| range_of(s, w)),
                Some(facts[j].id),
            ),
            _ => (subjects[j], Some(facts[j].id)),
        };
    }
    let same = list_previous(s, facts, i).or_else(|| change_previous(facts, i, from, w));
    if let Some(j) = same {
        if matches!(facts[j].data, FactData::Percent(_)) {
            return (subjects[j], None);
        }
    }
    of_previous(s, facts, subjects, ofs, i, from, heading)
}

/// The subject and `of` of percentage `i` (its window starting at `from`,
/// `heading` the subject of the heading over it) from
/// the quantity of the clause before it: a change (增长8.2%) is of the
/// money or count before it; a percentage after another one shares its
/// subject; else the heading's or the clause's words.
fn of_previous(
    s: &str,
    facts: &[Placed],
    subjects: &[Option<Range>],
    ofs: &[Option<usize>],
    i: usize,
    from: usize,
    heading: Option<&str>,
) -> (Option<Range>, Option<usize>) {
    let start = facts[i].start;
    // The window, as [`window`] gives it with `from`.
    let w = &s[from.min(start)..start];
    // 年增33.9% (Taiwan: year on year) opens its window; inside a window
    // 年增 may be two words (上年增收).
    let change = CHANGES
        .iter()
        .any(|c| short_find(&s[from..start], c).is_some())
        || ["年增", "年减"]
            .iter()
            .any(|w| s[from..start].trim_start().starts_with(w));
    // The last quantity of the clause before this one; a clause that only
    // says how the change is measured (，按不变价格计算，) is passed over.
    let mut clause_from = previous_clause_start(s, from);
    let between = s[clause_from..from].trim_end_matches(crate::clause::is_clause_break);
    if PRICE_BASES.contains(&between.trim()) {
        clause_from = previous_clause_start(s, clause_from);
    }
    let prev = facts[..i].iter().enumerate().rev().find(|(_, f)| {
        f.start >= clause_from
            && f.end <= from
            && matches!(
                f.data,
                FactData::Money(_) | FactData::Percent(_) | FactData::Count(_)
            )
    });
    // 收入50亿元，为预算的101.3%，增长8.2%: the share of a plan stands
    // aside; the change is of the amount before it.
    let prev = match prev {
        Some((j, _)) if change && is_share(s, facts, j) => amount_before(s, facts, j).or(prev),
        _ => prev,
    };
    let heading = heading.and_then(|h| range_of(s, h));
    // 收入600.3亿元，比上年增收90亿元，增长17.6％: the amount before is the
    // increase itself; the percentage is the change of the total before it.
    let prev = match prev {
        Some((j, f))
            if change && matches!(f.data, FactData::Money(_)) && is_increment(s, facts, j) =>
        {
            total_before(s, facts, j).or(prev)
        }
        _ => prev,
    };
    match prev {
        Some((j, f)) if change && matches!(f.data, FactData::Money(_)) => (subjects[j], Some(f.id)),
        Some((_, f)) if change && matches!(f.data, FactData::Count(_)) => {
            (count_words(s, f).and_then(|w| range_of(s, w)), Some(f.id))
        }
        // 同比增长3.2%，环比增长8.7%: a second comparison of the quantity
        // the change before it is of.
        Some((j, f))
            if matches!(f.data, FactData::Percent(_))
                && ofs[j].is_some()
                && change
                && compares(w) =>
        {
            (subjects[j], ofs[j])
        }
        Some((j, f)) if matches!(f.data, FactData::Percent(_)) && subjects[j].is_some() => {
            (subjects[j], None)
        }
        Some(_) => (heading, None),
        None => (
            heading.or_else(|| clause_words(s, from).and_then(|w| range_of(s, w))),
            None,
        ),
    }
}

/// 接待游客1256万人次，实现旅游收入98.5亿元，分别增长18.2%和21.3%: a
/// list of percentages (each may have its own change word: 分别下降4.2%和
/// 增长7.7%) after 分别 pairs, in order, with as many money or
/// count facts right before it (dates passed over). `None` when the list
/// has one item, no 分别 opens it, or it cannot be paired (fewer amounts,
/// or an area or a percentage among them: 占58.4%，利税占67.5%，分别提高8和
/// 15.4个百分点 are changes of shares): the other rules decide.
fn respective(s: &str, facts: &[Placed], i: usize) -> Option<usize> {
    // 18.2%和21.3%, 下降4.2%和增长7.7%: list items, each with its change word.
    let listed = |k: usize| {
        matches!(facts[k].data, FactData::Percent(_))
            && matches!(facts[k + 1].data, FactData::Percent(_))
            && s.get(facts[k].end..facts[k + 1].start).is_some_and(|gap| {
                let gap = gap
                    .trim()
                    .trim_start_matches(['、', '和', '及', '与', '，', ',']);
                gap.is_empty() || CHANGES.contains(&gap)
            })
    };
    let mut first = i;
    while first > 0 && listed(first - 1) {
        first -= 1;
    }
    let mut last = i;
    while last + 1 < facts.len() && listed(last) {
        last += 1;
    }
    let n = last - first + 1;
    let (_, w) = window(s, facts, first);
    if n < 2 || short_find(w, "分别").is_none() {
        return None;
    }
    let mut amounts = Vec::with_capacity(n);
    for (k, f) in facts[..first].iter().enumerate().rev() {
        match f.data {
            FactData::Date(_) => continue,
            FactData::Money(_) | FactData::Count(_) => amounts.push(k),
            _ => return None,
        }
        if amounts.len() == n {
            break;
        }
    }
    (amounts.len() == n).then(|| amounts[n - 1 - (i - first)])
}

/// Whether the window `w` before a change opens with a comparison (环比,
/// 比上月, 较去年; in Hong Kong and Macau 按年, 按月, 按季): the change is
/// measured against another base.
fn compares(w: &str) -> bool {
    let w = w.trim_start();
    [
        "同比", "环比", "比", "较", "相比", "与", "按年", "按月", "按季",
    ]
    .iter()
    .any(|c| w.starts_with(c))
}

/// Phrases that say on what price basis a change is measured: a clause of
/// its own between an amount and its change.
const PRICE_BASES: &[&str] = &[
    "按不变价格计算",
    "按不变价计算",
    "按可比价格计算",
    "按可比价计算",
    "按现价计算",
    "扣除价格因素",
    "扣除价格因素后",
    "剔除价格因素",
];

/// Whether money fact `j` is an increase or a decrease of what came before
/// (比上年增收90亿元, 同比减少3亿元): a change word in the window before it,
/// and no words naming a quantity of its own (工业增加值1200亿元 and
/// 技术改造投资增加20亿元 are amounts of their own).
fn is_increment(s: &str, facts: &[Placed], j: usize) -> bool {
    let (_, w) = window(s, facts, j);
    CHANGES
        .iter()
        .chain(CHANGE_AMOUNTS)
        .any(|c| short_find(w, c).is_some())
        && words_of(w).is_none_or(|own| CHANGE_AMOUNTS.contains(&own) || CHANGES.contains(&own))
}

/// Words of a change in an amount, which name no quantity of their own.
const CHANGE_AMOUNTS: &[&str] = &["增收", "减收", "多收", "少收", "增加额", "减少额"];

/// The money fact of the clause before fact `j`'s, not itself an increase:
/// the total an increase and its rate are of.
fn total_before<'f>(s: &str, facts: &'f [Placed], j: usize) -> Option<(usize, &'f Placed)> {
    let (own, _) = window(s, facts, j);
    let from = previous_clause_start(s, own);
    facts[..j].iter().enumerate().rev().find(|&(k, f)| {
        f.start >= from && matches!(f.data, FactData::Money(_)) && !is_increment(s, facts, k)
    })
}

/// The words naming what a count counts: the words before it in its clause
/// (纯商品住宅成交4258套), else its noun (223个投资计划).
fn count_words<'s>(s: &'s str, f: &Placed) -> Option<&'s str> {
    let from = previous_clause_start(s, f.start);
    let floor = floor_of(s, f.start);
    let from = s[floor..f.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_window_break(c))
        .map_or(from.max(floor), |(j, c)| floor + j + c.len_utf8());
    words_of(&s[from.min(f.start)..f.start]).or_else(|| object_after(s, f.end))
}

/// Verbs that open a share of a whole or of a plan (为预算的101.3%,
/// 完成年度计划的102%, 占全市的35%, 是计划的104%).
const SHARE_VERBS: &[&str] = &["为", "是", "占", "完成", "达到", "达", "相当于", "实现"];

/// Whether percent fact `j` is a share (its window a share verb, some words
/// and 的): no change, and nothing a later change is of.
fn is_share(s: &str, facts: &[Placed], j: usize) -> bool {
    let (_, w) = window(s, facts, j);
    let w = w.trim();
    matches!(facts[j].data, FactData::Percent(_))
        && w.ends_with('的')
        && SHARE_VERBS.iter().any(|v| w.starts_with(v))
}

/// The money or count fact of the clause before fact `j`'s.
fn amount_before<'f>(s: &str, facts: &'f [Placed], j: usize) -> Option<(usize, &'f Placed)> {
    let (own, _) = window(s, facts, j);
    let from = previous_clause_start(s, own);
    facts[..j]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, f)| f.start >= from && matches!(f.data, FactData::Money(_) | FactData::Count(_)))
}
