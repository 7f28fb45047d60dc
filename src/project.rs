//! Named projects: a name ending in a project word (项目, 基地, 产业园, 工程
//! …), the company behind it, its investment, the facts about it, its stage
//! and its date, read from one sentence.
//!
//! A name runs back from its project word over the characters a name holds
//! and stops at punctuation, at 的 (投资33.6亿元的NMP项目 → NMP项目) and at
//! the verbs and function words that come before a name (签约, 建设, 在, 与
//! …). A name is generic, and no project, when nothing specific is left
//! once its generic words are taken away (重点项目, 10个重点产业项目,
//! 该项目), when a count stands right before it, or when a campaign word
//! follows it (项目建设年). A project is reported only where its sentence
//! says something about it: an amount, an area, a stage verb or a date.

use crate::fact::{Project, Stage};

use crate::subject::Placed;

mod clauses;
mod enterprise;
mod heading;
mod links;
mod names;
mod stage;
mod stops;
mod words;

pub(crate) use heading::{Heading, heading_name};
pub(crate) use stage::{GRID_KINDS, Listed};

use clauses::{clause_floor, continued_ceil};
use enterprise::{NameReading, enterprise_of, read_name};
use links::{date_of, facts_about, groups, investment_of};
use names::{SUFFIX_WORDS, names};
#[cfg(test)]
use stage::stage;
use stage::stage_after;

/// How many project names of one sentence are read.
const MAX_NAMES: usize = 24;

/// A project found in a sentence, at its byte range in the sentence.
#[derive(Debug)]
pub(crate) struct FoundProject {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) project: Project,
}

/// Finds the projects of sentence `s`, whose facts are `facts` and whose
/// project names are `names` (see [`project_names`]), knowing the brands
/// ([`brand_of`]) of the companies the document has named before (what
/// [`companies_named`] returned for its earlier sentences): a name headed
/// by one's brand is that company's project.
///
/// `listed` is what the list the sentence is part of gives its names
/// ([`Listed`]: opened by it, or by a sentence before that ran on with ；).
pub(crate) fn find_projects_knowing<K: AsRef<str>>(
    s: &str,
    facts: &[Placed],
    names: &SentenceNames<'_>,
    known: &[K],
    listed: Listed,
) -> Vec<FoundProject> {
    // A sentence naming more projects than this is a list or a run-on
    // text: the first ones are read, which keeps the work per sentence
    // bounded (every name looks at its neighbours' stretches).
    let readings = &names.readings[..names.readings.len().min(MAX_NAMES)];
    let names: Vec<(usize, usize)> = readings.iter().map(|r| (r.start, r.end)).collect();
    let names = &names[..];
    let groups = groups(s, names);
    let mut out: Vec<FoundProject> = Vec::with_capacity(names.len());
    let mut stages = Stages::default();
    for (k, &(start, end)) in names.iter().enumerate() {
        let lo = if k == 0 { 0 } else { names[k - 1].1 };
        let hi = names.get(k + 1).map_or(s.len(), |n| n.0);
        let about = facts_about(s, facts, (start, end), lo, hi, k + 1 == names.len());
        // A list of names (A、B等) shares the verbs and the date of its clause.
        let (glo, ghi) = groups[k];
        // The name's own clause first, then its list's stretch.
        let (clo, chi) = (
            clause_floor(s, start).max(glo),
            continued_ceil(s, end).min(ghi),
        );
        let stage = match stages.of(s, clo, chi) {
            None => stages.of(s, glo, ghi),
            // 计划投资8亿元，目前已完成厂房基础施工, 3月签约，6月开工: a stage
            // reached in the clauses after the name's own, up to the next
            // name, may be later than the one in it.
            // X项目由Y投资建设，…，计划2027年底建成: the builder named, the
            // works planned.
            Some(own) => {
                let later = stages.of(s, clo, ghi);
                let builder = own == Stage::UnderConstruction
                    && crate::scan::short_find(&s[clo..chi], "投资建设").is_some()
                    && crate::scan::short_find(&s[clo..chi], "由").is_some();
                match later {
                    Some(Stage::Planned) if builder => Some(Stage::Planned),
                    later => later
                        .filter(|st| *st != Stage::Planned)
                        .map_or(own, |st| st.max(own))
                        .into(),
                }
            }
        };
        // 在签约项目中，A项目…: the list's stage and date where the name's
        // own are none.
        let stage = stage.or(listed.stage);
        let date = date_of(s, facts, start, end, glo, ghi).or(listed.date);
        if about.is_empty() && stage.is_none() && date.is_none() {
            continue;
        }
        let investment = investment_of(s, facts, &about, start, end);
        // A name said twice in a sentence (对A、B等给予保障，其中A计划…完工)
        // is one project: the second mention adds to the first.
        if let Some(first) = out.iter_mut().find(|p| s[p.start..p.end] == s[start..end]) {
            merge(&mut first.project, about, investment, stage, date);
            continue;
        }
        out.push(FoundProject {
            start,
            end,
            project: Project {
                enterprise: enterprise_of(s, &readings[k], known),
                investment,
                facts: about,
                stage,
                date,
            },
        });
    }
    out
}

/// Adds a second mention's facts, investment, stage and date to the
/// project `p` of its first: the later stage reached wins, a plan only
/// where none is reached.
fn merge(
    p: &mut Project,
    facts: Vec<usize>,
    investment: Option<usize>,
    stage: Option<Stage>,
    date: Option<usize>,
) {
    for f in facts {
        if !p.facts.contains(&f) {
            p.facts.push(f);
        }
    }
    p.facts.sort_unstable();
    p.investment = p.investment.or(investment);
    p.stage = match (p.stage, stage) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    p.date = p.date.or(date);
}

/// The stages of the stretches of one sentence read so far: names of one
/// list share their stretch, and most share their clause.
#[derive(Default)]
struct Stages(Vec<((usize, usize), Option<Stage>)>);

impl Stages {
    /// [`stage`] of `s[lo..hi]`, read once.
    fn of(&mut self, s: &str, lo: usize, hi: usize) -> Option<Stage> {
        if let Some(&(_, st)) = self.0.iter().find(|(at, _)| *at == (lo, hi)) {
            return st;
        }
        let st = stage_after(&s[..lo], &s[lo..hi]);
        self.0.push(((lo, hi), st));
        st
    }
}

/// The project names of one sentence, each read once for the company
/// memory ([`companies_named`]) and the projects ([`find_projects_knowing`]).
pub(crate) struct SentenceNames<'s> {
    readings: Vec<NameReading<'s>>,
    /// Whether the sentence may name a company ([`enterprise::may_name_company`]),
    /// read only when it has names: without them, its companies are its
    /// full names, which a sentence without a company sign has none of.
    may_name: bool,
}

impl<'s> SentenceNames<'s> {
    /// Whether the sentence names no project.
    pub(crate) fn is_empty(&self) -> bool {
        self.readings.is_empty()
    }

    /// The project names of sentence `s`, whose facts are `facts`, when
    /// `hold` ([`may_hold_project`] of `s`), else none.
    pub(crate) fn read(s: &'s str, facts: &[Placed], hold: bool) -> SentenceNames<'s> {
        let spans = if hold { names(s, facts) } else { Vec::new() };
        let may_name = !spans.is_empty() && enterprise::may_name_company(s);
        SentenceNames {
            readings: spans
                .into_iter()
                .map(|(a, b)| read_name(s, a, b, may_name))
                .collect(),
            may_name,
        }
    }
}

/// The companies sentence `s` names (full names, brands heading its
/// project `names`, brands that open it and invest), for the memory of its
/// document: call it on every sentence, also those with no fact, and pass
/// what the earlier sentences gave to [`find_projects_knowing`].
pub(crate) fn companies_named(s: &str, names: &SentenceNames<'_>) -> Vec<String> {
    if names.readings.is_empty() {
        return enterprise::companies_in(s, &[]);
    }
    if !names.may_name {
        return Vec::new();
    }
    enterprise::companies_in(s, &names.readings)
}

/// The brand of a company named in full, as [`find_projects_knowing`]
/// matches it against project names (蔓莎（苏州）科技集团有限公司 → 蔓莎).
pub(crate) fn brand_of(company: &str) -> &str {
    enterprise::stem(company)
}

/// Whether sentence `s` may hold a project's name (a cheap test before the
/// sentences that have no date or quantity are read for projects).
pub(crate) fn may_hold_project(s: &str) -> bool {
    SUFFIX_WORDS.is_match(s)
}

/// Like [`may_hold_project`], from the offsets `starts` of the characters
/// of `s` that may start a project word ([`project_word_starts`]), listed
/// by the sentence's one pass.
pub(crate) fn may_hold_project_at(s: &str, starts: &[usize]) -> bool {
    starts
        .iter()
        .any(|&i| SUFFIX_WORDS.match_at(s, i).is_some())
}

/// The characters a project word starts with.
pub(crate) fn project_word_starts() -> &'static crate::scan::CharSet {
    SUFFIX_WORDS.first_chars()
}

#[cfg(test)]
mod tests;
