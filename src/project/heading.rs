//! A project named on a heading of its own and described below it: a
//! numbered line that holds nothing but the name (`01 X项目`, `（二）X项目`,
//! `3.X项目。`), whose facts, company, stage and date are in the rest of
//! its line or, when the name ends the line, in the next line:
//!
//! ```text
//! 02 高纯石英砂提纯项目
//! 总投资6亿元，投资方为上海晶砂材料有限公司。
//! ```
//!
//! The description is about the heading's project: the names it holds
//! (生产线, 研发中心 it builds) are parts of it and give no project of
//! their own. The project is one fact, emitted when its description ends,
//! with the heading's span.

use std::sync::LazyLock;

use regex::Regex;

use super::enterprise::{companies_in, enterprise_of};
use super::links::{date_of, facts_about, investment_of};
use super::stage::stage_after;
use super::{FoundProject, SentenceNames};
use crate::fact::{Project, Stage};
use crate::subject::Placed;

/// What may come before a heading's name: marks and emoji (📍, ■), then an
/// enumerator (01, 3., （二）, 一、, 项目一：) or an opening bracket (【…】),
/// with spaces.
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\s　]*(?:(?:[0-9０-９]{1,3}[\s　]*[.．、，,:：)）]?|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]|项目[一二三四五六七八九十0-9]{1,3}[：:])[\s　]*)?[【\[]?[\s　]*$",
    )
    .expect("heading lead pattern")
});

/// What may come after a heading's name: a closing bracket, a full stop or
/// a colon, with spaces.
fn is_tail(t: &str) -> bool {
    t.chars()
        .all(|c| c.is_whitespace() || "】]。：:".contains(c))
}

/// The name of a heading sentence `s` (its byte range), when `s` opens a
/// line (`opens_line`), names one project and nothing else but an
/// enumerator and punctuation, and says nothing about it (`found` is empty:
/// no amount, stage or date of its own).
pub(crate) fn heading_name(
    s: &str,
    names: &SentenceNames<'_>,
    found: &[FoundProject],
    opens_line: bool,
) -> Option<(usize, usize)> {
    if !opens_line || !found.is_empty() || names.readings.len() != 1 {
        return None;
    }
    let r = &names.readings[0];
    // 📍项目一：, ■ 01: marks and emoji before the enumerator are no words.
    let lead =
        s[..r.start].trim_start_matches(|c: char| !c.is_alphanumeric() && !"（(【[".contains(c));
    (LEAD.is_match(lead) && is_tail(&s[r.end..])).then_some((r.start, r.end))
}

/// A heading's project while its description is read.
#[derive(Debug)]
pub(crate) struct Heading<T> {
    /// Where the heading is (the caller's: its span and sentence).
    pub(crate) at: T,
    /// The heading's name ends its line: the next line is its description.
    pub(crate) awaiting_line: bool,
    /// That line is a field of a block (`项目单位：…`): the fields after it
    /// are the description too.
    pub(crate) in_fields: bool,
    /// The company the name's brand or the document names (a known brand
    /// heading the name), read from the heading.
    brand: Option<String>,
    enterprise: Option<String>,
    investment: Option<usize>,
    facts: Vec<usize>,
    /// The latest stage reached, with the date of its sentence.
    reached: Option<(Stage, Option<usize>)>,
    /// Whether a sentence plans it, with that sentence's date.
    planned: Option<Option<usize>>,
    /// The first date of the description.
    date: Option<usize>,
}

impl<T> Heading<T> {
    /// The project headed by the name at `name` of sentence `s` (whose
    /// project names are `names`, read knowing the brands `known`).
    pub(crate) fn new<K: AsRef<str>>(
        at: T,
        s: &str,
        names: &SentenceNames<'_>,
        known: &[K],
        awaiting_line: bool,
    ) -> Heading<T> {
        Heading {
            at,
            awaiting_line,
            in_fields: false,
            brand: enterprise_of(s, &names.readings[0], known),
            enterprise: None,
            investment: None,
            facts: Vec::new(),
            reached: None,
            planned: None,
            date: None,
        }
    }

    /// Reads sentence `s` of the description, whose facts are `facts`; the
    /// company it names first is taken as written by `written` (from its
    /// byte range in `s`).
    pub(crate) fn absorb(
        &mut self,
        s: &str,
        facts: &[Placed],
        written: impl FnOnce(usize, usize) -> String,
    ) {
        let about = facts_about(s, facts, (0, 0), 0, s.len(), true);
        if self.investment.is_none() {
            self.investment = investment_of(s, facts, &about, 0, 0);
        }
        self.facts.extend(about);
        let date = date_of(s, facts, 0, 0, 0, s.len());
        self.date = self.date.or(date);
        match stage_after("", s) {
            Some(Stage::Planned) => self.planned = self.planned.or(Some(date)),
            Some(st) if self.reached.is_none_or(|(r, _)| st > r) => {
                self.reached = Some((st, date));
            }
            _ => {}
        }
        if self.enterprise.is_none() && self.brand.is_none() {
            let first = companies_in(s, &[]).into_iter().next();
            if let Some(a) = first.and_then(|c| s.find(c.as_str()).map(|a| (a, a + c.len()))) {
                self.enterprise = Some(written(a.0, a.1));
            }
        }
    }

    /// The project, when its description said anything about it.
    pub(crate) fn finish(self) -> Option<(T, Project)> {
        let (stage, date) = match (self.reached, self.planned) {
            (Some((st, d)), _) => (Some(st), d.or(self.date)),
            (None, Some(d)) => (Some(Stage::Planned), d.or(self.date)),
            (None, None) => (None, self.date),
        };
        if self.facts.is_empty() && stage.is_none() && date.is_none() {
            return None;
        }
        let project = Project {
            enterprise: self.brand.or(self.enterprise),
            investment: self.investment,
            facts: self.facts,
            stage,
            date,
        };
        Some((self.at, project))
    }
}
