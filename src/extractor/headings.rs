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

/// The heading whose description is being read, if any, and one whose
/// block ran up to the next heading, to give back after that sentence.
#[derive(Debug, Default)]
pub(super) struct Headings(Option<Heading<At>>, Option<Heading<At>>);

impl Headings {
    /// At sentence `s`, when it opens a line (`opens`; a paragraph:
    /// `paragraph`): the open heading's description ends there, unless it is
    /// the line its name waits for or a line of the description's block
    /// (`总投资：9.6亿元` under `项目单位：…`), which a paragraph ends.
    /// Gives the heading's project, to emit before the sentence's facts.
    pub(super) fn at_line(
        &mut self,
        (opens, paragraph): (bool, bool),
        s: &str,
        next_id: &mut usize,
    ) -> Option<Fact> {
        let h = self.0.as_mut()?;
        if !opens {
            return None;
        }
        if paragraph {
            h.in_fields = false;
        }
        if h.awaiting_line {
            h.awaiting_line = false;
            h.in_fields = is_block_line(s);
            return None;
        }
        if h.in_fields && is_block_line(s) {
            return None;
        }
        self.finish(next_id)
    }

    /// The open heading's project as the fact numbered `next_id`, if its
    /// description said anything about it.
    pub(super) fn finish(&mut self, next_id: &mut usize) -> Option<Fact> {
        let (at, project) = self.0.take()?.finish()?;
        Some(numbered(at, project, next_id))
    }

    /// The project of the heading whose block ran up to the heading just
    /// read, as the fact numbered `next_id` (after that sentence's facts).
    pub(super) fn flush(&mut self, next_id: &mut usize) -> Option<Fact> {
        let (at, project) = self.1.take()?.finish()?;
        Some(numbered(at, project, next_id))
    }

    /// Reads `sentence` (its facts `placed`, its project names `names` and
    /// the projects found there): a sentence of an open heading's
    /// description goes to the heading, whose parts its `projects` are; a
    /// heading sentence opens a heading (`edges`: whether it opens and ends
    /// its line).
    /// A heading still open when the next opens (the block of the one before
    /// ran up to it) waits for [`Headings::flush`].
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
                self.1 = self.0.take();
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

/// Whether `s` is a line of a block under a heading: a field
/// ([`is_field_line`]) or a short line with no mark that ends a sentence
/// (a WeChat post's `总投资4.8亿元` / `占地126亩` / `预计10月底投产`).
fn is_block_line(s: &str) -> bool {
    let t = s.trim();
    is_field_line(t)
        || (t.chars().count() <= 30 && !t.ends_with(['。', '！', '？', '；', '!', '?', ';']))
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

/// The fact of a heading's project, numbered `next_id` (then moved on).
fn numbered(at: At, project: Project, next_id: &mut usize) -> Fact {
    let id = *next_id;
    *next_id += 1;
    fact(id, at, project)
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
