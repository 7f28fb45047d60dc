//! The subject of a money fact: the words before it, the noun a granting
//! verb or 的 puts after it, or the subject of the money it continues (a
//! list, a restatement, a change in amount, a cap on what is granted).

use super::*;

/// The subject of money fact `i` of sentence `s`, the subjects of the
/// facts before it being `subjects`.
pub(super) fn money_subject(
    s: &str,
    facts: &[Placed],
    subjects: &[Option<Range>],
    i: usize,
) -> Option<Range> {
    let (from, w) = window(s, facts, i);
    // 1620万美元（约合1.09亿元人民币）: a restatement measures what the
    // amount it restates does.
    if let Some(j) = i.checked_sub(1).filter(|&j| {
        matches!(facts[j].data, FactData::Money(_))
            && s.get(facts[j].end..facts[i].start)
                .is_some_and(crate::clause::is_restatement)
    }) {
        return subjects[j];
    }
    // 给予每亩50元的种粮奖励: what the amount is per is read past.
    let w = w
        .rfind('每')
        .filter(|&k| k > 0 && is_per_unit(&w[k..]))
        .map_or(w, |k| &w[..k]);
    let end = facts[i].end;
    // 敏芯股份拟1.77亿元: an actor and a modal, no words for the amount.
    if w.ends_with('拟') {
        return None;
    }
    // 新落地亿元以上产业项目185个: a threshold that classes projects bounds
    // them; the words before it name no amount unless they end in an
    // investment word (投资10亿元以上项目: 投资).
    let bounds = matches!(&facts[i].data, FactData::Money(m)
        if matches!(m.qualifier, Qualifier::Over | Qualifier::Range));
    if crate::quantity::classes_projects(&s[end..], bounds)
        && !["投资", "总投资", "投资额", "投资总额"]
            .iter()
            .any(|v| words_of(w).unwrap_or(w.trim_end()).ends_with(v))
    {
        return None;
    }
    // 签下64.5亿元算力大单, 筹集了两千多万元启动和周转资金.
    let done = w
        .strip_suffix('了')
        .filter(|v| v.chars().count() >= 2 && trailing_word(v).is_none());
    // 分别给予50万元、100万元奖励: the noun after a list of amounts is each one's.
    let list_end = list_last(s, facts, i);
    if OBJECT_VERBS.iter().any(|v| w.ends_with(v)) || done.is_some() {
        // 全年收入争取25亿元: with no noun after it, the words before stand.
        if let Some(r) = object_after(s, list_end).and_then(|o| range_of(s, o)) {
            return Some(r);
        }
        if words_of(w).is_none_or(|x| OBJECT_VERBS.iter().any(|v| x.ends_with(v))) {
            return None;
        }
    }
    // 给予一次性补助，最高不超过300万元: a cap alone names what the clause
    // before it grants.
    let capped = ["最多", "最高", "不超过", "不高于"]
        .iter()
        .any(|c| s[facts[i].start..].starts_with(c));
    if CAPS.contains(&w.trim()) || (w.trim().is_empty() && capped) {
        return granted_before(s, from).and_then(|o| range_of(s, o));
    }
    // 单次规模上限从20亿美元至少翻倍至40亿美元: the words before 从.
    if let Some(head) = w.strip_suffix('从') {
        return words_of(head).and_then(|o| range_of(s, o));
    }
    // 每亩还有3万元的奖励: what there is is the noun after the amount.
    let having = w.ends_with('有') && s[list_end..].starts_with('的');
    if let Some(noun) = object_after(s, list_end).filter(|_| having) {
        return range_of(s, noun);
    }
    if let Some(words) = words_of(w) {
        return range_of(s, words);
    }
    // 预算金额：553.10万元: a label right before the amount names it;
    // 发放“科创贷”46.3亿元: so does a product's name in quotes.
    if let Some(label) = label_before(s, facts[i].start).or_else(|| quoted_before(s, from)) {
        return range_of(s, label);
    }
    // 每年70亿的销售额, 以每亩45万元的价格: the noun the amount describes;
    // 按每人1500元给予一次性扩岗补助: the noun granted.
    let granted = GRANTS_AFTER
        .iter()
        .find(|v| s[list_end..].starts_with(*v))
        .map(|v| list_end + v.len());
    if let Some(at) = granted {
        if let Some(noun) = object_after(s, at) {
            return range_of(s, noun);
        }
    }
    let end = list_end;
    if s[end..].starts_with('的') {
        // 5-8亿元的项目3个: a thing counted, not what the amount measures.
        let thing = |n: &str| {
            ["项目", "企业", "公司", "工程", "基地"]
                .iter()
                .any(|e| n.ends_with(e))
        };
        if let Some(noun) = object_after(s, end).filter(|n| !thing(n)) {
            return range_of(s, noun);
        }
    }
    // An item of a list (投资33.6亿元的A项目、投资20亿元的B项目) has its own
    // words; one right after another amount (、20亿元) shares its subject.
    let prev = list_previous(s, facts, i)
        .or_else(|| copula_previous(s, facts, i, w))
        .or_else(|| change_previous(facts, i, from, w))
        .or_else(|| growth_previous(s, facts, i, w))?;
    match facts[prev].data {
        FactData::Money(_) => subjects[prev],
        _ => None,
    }
}

/// Words that only cap an amount, standing alone before it in a clause
/// (最高不超过300万元, 单个项目最高500万元 is not one: it names its items).
const CAPS: &[&str] = &[
    "最高",
    "最多",
    "最高可",
    "最高可达",
    "最高达",
    "最多可",
    "最多可达",
    "最高给予",
    "累计最高",
    "单笔最高",
    "每家最高",
    "每户最高",
    "每人最高",
];

/// What the clause ending before `from` grants, when it ends with a
/// granting verb and its object (给予一次性补助 → 一次性补助; 予以奖励).
fn granted_before(s: &str, from: usize) -> Option<&str> {
    let start = previous_clause_start(s, from);
    let clause = s[start..from].trim_end_matches(is_window_break);
    let verbs = ["给予", "予以", "发放", "安排"];
    let (at, v) = verbs
        .iter()
        .filter_map(|v| Some((clause.rfind(v)?, v)))
        .max()?;
    let noun = &clause[at + v.len()..];
    let n = noun.chars().count();
    ((2..=8).contains(&n) && noun.chars().all(is_han)).then_some(noun)
}

/// Verbs of granting right after an amount (1500元给予一次性扩岗补助): the
/// noun after them is what the amount is.
const GRANTS_AFTER: &[&str] = &["给予", "发放"];

/// The end of the last money fact of the list that fact `i` opens (3000元、
/// 2000元的生活补贴: 2000元), or of `i` itself.
fn list_last(s: &str, facts: &[Placed], i: usize) -> usize {
    let mut j = i;
    while let Some(next) = facts.get(j + 1) {
        let gap = s.get(facts[j].end..next.start).unwrap_or("").trim();
        if !matches!(next.data, FactData::Money(_)) || !matches!(gap, "、" | "和" | "或") {
            break;
        }
        j += 1;
    }
    facts[j].end
}

/// The money fact of the clause before `i` when `i`'s own window is only a
/// copula (突破120万亿元，达到1210207亿元: the same quantity, restated).
fn copula_previous(s: &str, facts: &[Placed], i: usize, w: &str) -> Option<usize> {
    if !matches!(
        w.trim(),
        "达到" | "达" | "为" | "达到了" | "约为" | "合计" | "共计"
    ) {
        return None;
    }
    let j = i.checked_sub(1)?;
    let gap = s.get(facts[j].end..facts[i].start)?;
    (matches!(facts[j].data, FactData::Money(_)) && gap.starts_with(['，', ','])).then_some(j)
}

/// Words of a change in amount, alone before an amount with their base
/// (比年初增加417.6亿元, 较上年减少3亿元).
const GROWTHS: &[&str] = &[
    "增加", "减少", "增长", "下降", "多", "少", "新增", "净增", "增收", "减收",
];

/// The money fact a change in amount is of: `i`'s window is only a base and
/// a change word (比年初增加), and the money before it in the sentence is
/// separated from it by percentages and dates alone (各项贷款余额4930亿元，同比
/// 增长9.2%，比年初增加386亿元: the balance).
fn growth_previous(s: &str, facts: &[Placed], i: usize, w: &str) -> Option<usize> {
    let w = w.trim();
    let core = cut_comparison(w);
    // The words before the comparison (a prefix of `w`; a base read past
    // would be a part after it); or a change word alone (收入14.26亿元，增长
    // 5.2%，增收7050万元).
    let alone = GROWTHS.contains(&w.trim_end_matches('了'));
    if !alone && (!std::ptr::eq(core.as_ptr(), w.as_ptr()) || core.len() == w.len()) {
        return None;
    }
    let rest = if alone { w } else { w.get(core.len()..)? };
    // 比上年分别增加14亿元和6亿元: each of a list before, not the last one.
    if !GROWTHS.iter().any(|g| rest.ends_with(g)) || short_find(w, "分别").is_some() {
        return None;
    }
    let j = facts[..i]
        .iter()
        .rposition(|f| !matches!(f.data, FactData::Percent(_) | FactData::Date(_)))?;
    let gap = s.get(facts[j].end..facts[i].start)?;
    (matches!(facts[j].data, FactData::Money(_)) && !gap.contains(['。', '；', ';'])).then_some(j)
}
