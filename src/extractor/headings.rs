//! The sentence loop's side of projects named on a heading of their own
//! ([`crate::project::Heading`]): which heading is open, when its
//! description ends, and its fact.

use crate::document::{Document, Section, Sentence};
use crate::fact::{Fact, FactData, Project, Span};
use crate::project::{FoundProject, Heading, SentenceNames, heading_name};
use crate::subject::Placed;

/// Where a heading's name is: its span, text, sentence and section.
#[derive(Debug)]
pub(super) struct At {
    span: Span,
    text: String,
    sentence: usize,
    section: Section,
}

/// The heading whose description is being read, if any.
#[derive(Debug, Default)]
pub(super) struct Headings(Option<Heading<At>>);

impl Headings {
    /// At sentence `s`, when it opens a line (`opens`): the open heading's
    /// description ends there, unless it is the line its name waits for or
    /// a field of the description's block (`总投资：9.6亿元` under `项目单位：…`).
    /// Gives the heading's project, to emit before the sentence's facts.
    pub(super) fn at_line(&mut self, opens: bool, s: &str, next_id: &mut usize) -> Option<Fact> {
        let h = self.0.as_mut()?;
        if !opens {
            return None;
        }
        if h.awaiting_line {
            h.awaiting_line = false;
            h.in_fields = is_field_line(s);
            return None;
        }
        if h.in_fields && is_field_line(s) {
            return None;
        }
        self.finish(next_id)
    }

    /// The open heading's project as the fact numbered `next_id`, if its
    /// description said anything about it.
    pub(super) fn finish(&mut self, next_id: &mut usize) -> Option<Fact> {
        let (at, project) = self.0.take()?.finish()?;
        let id = *next_id;
        *next_id += 1;
        Some(fact(id, at, project))
    }

    /// Reads `sentence` (its facts `placed`, its project names `names` and
    /// the projects found there): a sentence of an open heading's
    /// description goes to the heading, whose parts its `projects` are; a
    /// heading sentence opens a heading (`edges`: whether it opens and ends
    /// its line).
    pub(super) fn read<K: AsRef<str>>(
        &mut self,
        doc: &Document<'_>,
        (sentence, placed, names): (&Sentence<'_>, &[Placed], &SentenceNames<'_>),
        projects: &mut Vec<FoundProject>,
        edges: (bool, bool),
        known: &[K],
        hint: &mut usize,
    ) {
        let s = sentence.text;
        if sentence.section != Section::Title {
            if let Some((a, b)) = heading_name(s, names, projects, edges.0) {
                let span = doc.span_near(sentence, a, b, hint);
                let at = At {
                    text: doc.input()[span.range()].to_string(),
                    span,
                    sentence: sentence.index,
                    section: sentence.section,
                };
                // An open heading here has had no line of description.
                self.0 = Some(Heading::new(at, s, names, known, edges.1));
                return;
            }
        }
        self.describe(doc, sentence, placed, hint);
        if self.0.is_some() {
            projects.clear();
        }
    }

    /// Reads `sentence`, whose facts are `placed`, into the open heading's
    /// description, if one is open.
    pub(super) fn describe(
        &mut self,
        doc: &Document<'_>,
        sentence: &Sentence<'_>,
        placed: &[Placed],
        hint: &mut usize,
    ) {
        if let Some(h) = self.0.as_mut() {
            h.absorb(sentence.text, placed, |a, b| {
                doc.input()[doc.span_near(sentence, a, b, hint).range()].to_string()
            });
        }
    }
}

/// Whether `s` is a field of a block (`项目单位：某某有限公司`, `总投资：9.6亿元`,
/// `计划工期：…`): a label of two to eight ideographs, then a colon.
fn is_field_line(s: &str) -> bool {
    let t = s.trim_start();
    let Some(k) = t.find(['：', ':']) else {
        return false;
    };
    let label = &t[..k];
    (2..=8).contains(&label.chars().count()) && label.chars().all(crate::scan::is_han)
}

fn fact(id: usize, at: At, project: Project) -> Fact {
    Fact {
        id,
        text: at.text,
        span: at.span,
        sentence: at.sentence,
        section: at.section,
        data: FactData::Project(project),
    }
}
