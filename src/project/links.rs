//! What a project is tied to in its sentence: its stretch, its facts, its
//! investment and its date.

use crate::fact::{FactData, MoneyRole};
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
        // Before the first name of a list, only amounts of its own clause.
        if before_name && lo == 0 && s[f.end..name.0].contains(['。', '；']) {
            continue;
        }
        out.push(f.id);
    }
    out
}

/// Its investment: an investment amount about the project at `start..end`,
/// with no count of projects between them (…一期已竣工投产，在建项目7个，…
/// 总投资约20亿元 is the total of the projects counted).
pub(super) fn investment_of(
    facts: &[Placed],
    about: &[usize],
    start: usize,
    end: usize,
) -> Option<usize> {
    facts
        .iter()
        .filter(|f| about.contains(&f.id))
        .filter(|f| matches!(&f.data, FactData::Money(m) if m.role == MoneyRole::Investment))
        .find(|f| {
            let (a, b) = if f.end <= start {
                (f.end, start)
            } else {
                (end, f.start)
            };
            !facts
                .iter()
                .any(|c| is_project_count(c) && c.start >= a && c.end <= b)
        })
        .map(|f| f.id)
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
    facts: &[Placed],
    start: usize,
    end: usize,
    lo: usize,
    hi: usize,
) -> Option<usize> {
    let dates = || {
        facts
            .iter()
            .filter(|f| is_date(f) && f.start >= lo && f.end <= hi)
    };
    dates()
        .rfind(|f| f.end <= start)
        .or_else(|| dates().find(|f| f.start >= end))
        .map(|f| f.id)
}

pub(super) fn is_date(f: &Placed) -> bool {
    matches!(f.data, FactData::Date(_))
}
