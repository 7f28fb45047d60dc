//! `Extractor`: the pipeline from a `Document` to its facts.

use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::clause::CLAUSE_BREAKS;
use crate::date::{
    ANCHORS, DateCache, FoundDate, find_dates, find_near_days, find_roc, find_that_day,
    find_weekdays, single_day,
};
use crate::document::{Document, Section, Sentence};
use crate::error::{Error, ErrorKind};
use crate::event::{FoundEvent, Item, TRIGGER, find_events};
use crate::fact::{AreaRole, Currency, Event, Fact, FactData};
use crate::number::NUMERAL_STARTS;
use crate::project::{
    FoundProject, Listed, SentenceNames, brand_of, companies_named, find_projects_knowing,
    may_hold_project, may_hold_project_at, project_word_starts,
};
use crate::quantity::{
    CountHead, FoundQuantity, apply_currency, document_currency, find_quantities, inherit_carried,
};
use crate::scan::{Classes, short_find};
use crate::subject::{self, Placed};

mod headings;
mod table;

use headings::Headings;
use table::Table;

/// The characters the finders of a sentence start from: numerals, date
/// anchors, clause breaks and the first characters of event verbs.
static CLASSES: LazyLock<Classes> = LazyLock::new(|| {
    // Numerals: only where a run starts (a numeral never ends inside a run
    // of numeral characters, so the others are never looked at).
    Classes::new(
        &[
            &NUMERAL_STARTS,
            &ANCHORS,
            &CLAUSE_BREAKS,
            TRIGGER.first_chars(),
            project_word_starts(),
        ],
        0b0001,
    )
});

/// Extracts facts from documents.
///
/// Patterns are compiled once per process (module statics), so an
/// `Extractor` is free to create, `Copy`, `Send + Sync`, and can sit in a
/// `static`. Reuse one for many documents.
///
/// ```
/// use zhfacts::{Document, Extractor, FactData, MoneyRole};
/// let doc = Document::parse("4月初，共签约项目16个，总投资49.72亿元。");
/// let facts = Extractor::new().extract(&doc);
/// let money = facts.iter().find_map(|f| match &f.data {
///     FactData::Money(m) => Some(m),
///     _ => None,
/// }).unwrap();
/// assert_eq!(money.value.to_string(), "4972000000");
/// assert_eq!(money.role, MoneyRole::Investment);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Extractor {
    reference_date: Option<NaiveDate>,
    currency: Option<Currency>,
}

impl Extractor {
    /// An extractor that resolves relative dates against each document's
    /// publication date.
    pub const fn new() -> Extractor {
        Extractor {
            reference_date: None,
            currency: None,
        }
    }

    /// Resolves relative dates against `date` instead of the publication date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use zhfacts::{Document, Extractor, FactData};
    /// let ex = Extractor::new().reference_date(NaiveDate::from_ymd_opt(2023, 1, 5));
    /// let facts = ex.extract(&Document::parse("去年新引进项目12个。"));
    /// let FactData::Date(d) = &facts[0].data else { panic!() };
    /// assert_eq!(d.from, NaiveDate::from_ymd_opt(2022, 1, 1));
    /// ```
    pub const fn reference_date(self, date: Option<NaiveDate>) -> Extractor {
        Extractor {
            reference_date: date,
            currency: self.currency,
        }
    }

    /// Reads a plain 元 (and a bare 亿/万 after a money word) as `currency`
    /// in every document, instead of working it out from the document
    /// (renminbi, unless the document is plainly from Taiwan, Hong Kong or
    /// Macau). A currency named in the text (美元, 人民币 …) is kept.
    ///
    /// ```
    /// use zhfacts::{Currency, Extractor, FactData};
    /// let ex = Extractor::new().default_currency(Currency::Hkd);
    /// let facts = ex.extract_str("公司去年收入12亿元，另有3000万元人民币存款。");
    /// let currencies: Vec<Currency> = facts.iter().filter_map(|f| match &f.data {
    ///     FactData::Money(m) => Some(m.currency),
    ///     _ => None,
    /// }).collect();
    /// assert_eq!(currencies, [Currency::Hkd, Currency::Cny]);
    /// ```
    pub const fn default_currency(self, currency: Currency) -> Extractor {
        Extractor {
            reference_date: self.reference_date,
            currency: Some(currency),
        }
    }

    /// Like [`Extractor::reference_date`], from a `YYYY-MM-DD` string.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidReferenceDate`] when `s` is not a valid date.
    ///
    /// ```
    /// use zhfacts::Extractor;
    /// assert!(Extractor::new().reference_date_str("2022-06-15").is_ok());
    /// assert!(Extractor::new().reference_date_str("2022-02-30").is_err());
    /// ```
    pub fn reference_date_str(self, s: &str) -> Result<Extractor, Error> {
        match NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
            Ok(d) => Ok(self.reference_date(Some(d))),
            Err(_) => Err(Error::new(ErrorKind::InvalidReferenceDate {
                input: s.to_string(),
            })),
        }
    }

    /// The reference date used for `doc`: the configured one, else the
    /// document's publication date, else none.
    pub fn reference_for(&self, doc: &Document<'_>) -> Option<NaiveDate> {
        self.reference_date
            .or_else(|| doc.published().map(|p| p.date()))
    }

    /// All facts of `doc`, in document order; `id` is the index.
    pub fn extract(&self, doc: &Document<'_>) -> Vec<Fact> {
        let mut out = Vec::new();
        self.extract_into(doc, &mut out);
        out
    }

    /// Parses `input` as a [`Document`] and extracts its facts.
    pub fn extract_str(&self, input: &str) -> Vec<Fact> {
        self.extract(&Document::parse(input))
    }

    /// Like [`Extractor::extract`], appending to `out` (cleared first) to
    /// reuse its allocation across documents.
    pub fn extract_into(&self, doc: &Document<'_>, out: &mut Vec<Fact>) {
        out.clear();
        self.extract_each(doc, |f| out.push(f));
    }

    /// Calls `sink` with each fact of `doc`, in order, without holding them
    /// all: memory stays that of one sentence's facts, whatever the size of
    /// the document. Events only refer to facts of their own sentence, which
    /// have been passed to `sink` before them.
    ///
    /// ```
    /// use zhfacts::{Document, Extractor};
    /// let mut n = 0;
    /// Extractor::new().extract_each(&Document::parse("共签约项目16个，总投资49.72亿元。"), |f| {
    ///     assert_eq!(f.id, n);
    ///     n += 1;
    /// });
    /// assert_eq!(n, 2);
    /// ```
    pub fn extract_each(&self, doc: &Document<'_>, mut sink: impl FnMut(Fact)) {
        let reference = self.reference_for(doc);
        // 民國113年, and in a document plainly from Taiwan a bare 113年.
        let region = document_currency(doc);
        let taiwan = region == Some(Currency::Twd);
        let currency = self.currency.or(region).filter(|c| *c != Currency::Cny);
        let mut st = State::default();
        let mut next_id = 0;
        let mut hint = 0;
        // The companies the document has named so far (its brands).
        let mut known = Known::default();
        // Those its lead names, for its headline (read when it has one).
        let mut lead: Option<Known> = None;
        // The last single day the document has named (for 当天, 当日).
        let mut last_day = None;
        // What a sentence ending in ；hands to the next.
        let mut carry = Carry::default();
        // The day 今天 names: R, until the story glosses it (今日(23日)).
        let mut today = reference;
        // A project named on a heading line, while its description is read.
        let mut heads = Headings::default();
        // A table of projects written as rows of cells (A | B | C).
        let mut table = Table::default();
        for sentence in doc.sentences() {
            let s = sentence.text;
            st.clear();
            let edges = doc.line_edges(&sentence);
            let paragraph = doc.opens_paragraph(&sentence);
            sink_all(
                heads.at_line((edges.0, paragraph), s, &mut next_id),
                &mut sink,
            );
            // One pass lists what the finders start from.
            CLASSES.scan(s, &mut st.marks);
            let [numerals, anchors, breaks, verbs, project_words] = &st.marks;
            let hold = may_hold_project_at(s, project_words);
            let headline = hold && sentence.section == Section::Title;
            if headline && lead.is_none() {
                lead = Some(lead_companies(doc));
            }
            let company = mentions_company(s, hold);
            let days = (&mut today, &mut last_day);
            sentence_dates(
                s,
                anchors,
                (reference, taiwan),
                days,
                &mut st.date_cache,
                &mut st.dates,
            );
            st.taken.extend(st.dates.iter().map(|d| (d.start, d.end)));
            find_quantities(s, numerals, &st.taken, &mut st.quantities);
            if let Some(c) = currency {
                apply_currency(s, c, &mut st.quantities);
            }
            carry.counts(s, &mut st.quantities);
            if st.dates.is_empty() && st.quantities.is_empty() && !hold {
                if company {
                    let none = SentenceNames::read(s, &[], false);
                    remember(&mut known, companies_named(s, &none));
                }
                heads.describe(doc, &sentence, &[], &mut hint);
                sink_all(heads.flush(&mut next_id), &mut sink);
                table.line(s, edges.0);
                carry.date = None;
                carry.listed = None;
                continue;
            }
            place(
                &mut st.dates,
                &mut st.quantities,
                &mut st.placed,
                &mut next_id,
            );
            // The project names, read once for the companies and the projects.
            let names = SentenceNames::read(s, &st.placed, hold);
            if company {
                remember(&mut known, companies_named(s, &names));
            }
            // Subjects as written (總投資, not the cleaned 总投资).
            let mut at = hint;
            subject::attach_with(s, &mut st.placed, |a, b| {
                doc.input()[doc.span_near(&sentence, a, b, &mut at).range()].to_string()
            });
            crate::quantity::refine_roles(s, &mut st.placed);
            st.items.extend(st.placed.iter().map(|p| Item {
                start: p.start,
                end: p.end,
                id: p.id,
                is_date: matches!(p.data, FactData::Date(_)),
            }));
            let events = find_events(s, &st.items, verbs, breaks, carry.for_events());
            carry.events(s, &st.items);
            let brands = match &lead {
                Some(lead) if headline => &lead.brands,
                _ => &known.brands,
            };
            let listed = carry.list(s, &st.placed, !names.is_empty());
            let row = table.line(s, edges.0);
            let mut projects = find_projects_knowing(s, &st.placed, &names, brands, listed);
            if let Some(cells) = row {
                table.fill((s, &cells), &mut st.placed, &mut projects);
            }
            let h = (&sentence, &st.placed[..], &names);
            heads.read(doc, h, &mut projects, edges, brands, &mut hint);
            let later = as_written(doc, &sentence, events, projects, &mut hint);
            emit_sentence(
                doc,
                &sentence,
                &mut st.placed,
                later,
                (&mut next_id, &mut hint),
                &mut sink,
            );
            sink_all(heads.flush(&mut next_id), &mut sink);
        }
        sink_all(heads.flush(&mut next_id), &mut sink);
        sink_all(heads.finish(&mut next_id), &mut sink);
    }
}

/// Finds the dates of sentence `s` (its date anchors `anchors`) against
/// `reference` (`taiwan`: bare ROC years count), with the story's today and
/// the last single day named (`days`), which it moves on.
fn sentence_dates(
    s: &str,
    anchors: &[usize],
    (reference, taiwan): (Option<NaiveDate>, bool),
    (today, last_day): (&mut Option<NaiveDate>, &mut Option<NaiveDate>),
    cache: &mut DateCache,
    dates: &mut Vec<FoundDate>,
) {
    find_dates(s, anchors, reference, cache, dates);
    find_roc(s, taiwan, reference, dates);
    // 昨日，…; 今天上午…: a day counted from R.
    find_near_days(s, today, dates);
    // 本周一，…; 下周三（26日）: a day of the story's week.
    find_weekdays(s, *today, dates);
    // 当天上午…: the day named last.
    find_that_day(s, *last_day, dates);
    if let Some(d) = dates.iter().rev().find_map(|d| single_day(&d.fact)) {
        *last_day = Some(d);
    }
}

/// Gives `sink` the facts of `sentence`: its dates and quantities
/// (`placed`, numbered), then its events and projects (`later`, numbered
/// from `next_id` on), with spans into the input found from `hint`.
fn emit_sentence(
    doc: &Document<'_>,
    sentence: &Sentence<'_>,
    placed: &mut Vec<Placed>,
    later: Vec<(usize, usize, FactData)>,
    (next_id, hint): (&mut usize, &mut usize),
    sink: &mut impl FnMut(Fact),
) {
    let mut emit = |id: usize, start: usize, end: usize, data: FactData| {
        let span = doc.span_near(sentence, start, end, hint);
        sink(Fact {
            id,
            text: doc.input()[span.range()].to_string(),
            span,
            sentence: sentence.index,
            section: sentence.section,
            data,
        });
    };
    for p in placed.drain(..) {
        emit(p.id, p.start, p.end, p.data);
    }
    for (start, end, data) in later {
        emit(*next_id, start, end, data);
        *next_id += 1;
    }
}

/// Passes `fact`, if any, to `sink`.
fn sink_all(fact: Option<Fact>, sink: &mut impl FnMut(Fact)) {
    if let Some(f) = fact {
        sink(f);
    }
}

/// The events and projects of `sentence` as facts to emit after its
/// others, with their words as the input writes them: the verb (動工, not
/// the cleaned 动工) and the enterprise (和大集團) where the sentence names
/// it.
fn as_written(
    doc: &Document<'_>,
    sentence: &Sentence<'_>,
    events: Vec<FoundEvent>,
    projects: Vec<FoundProject>,
    hint: &mut usize,
) -> Vec<(usize, usize, FactData)> {
    let s = sentence.text;
    let mut later = Vec::with_capacity(events.len() + projects.len());
    for e in events {
        let t = doc.span_near(sentence, e.trigger.0, e.trigger.1, hint);
        let data = FactData::Event(Event {
            trigger: doc.input()[t.range()].to_string(),
            event_type: e.event_type,
            date: e.date,
            facts: e.facts,
        });
        later.push((e.start, e.end, data));
    }
    for mut p in projects {
        if let Some(e) = p.project.enterprise.as_mut() {
            let at = s[..p.start]
                .rfind(e.as_str())
                .or_else(|| s.find(e.as_str()));
            if let Some(a) = at {
                let w = doc.span_near(sentence, a, a + e.len(), hint);
                *e = doc.input()[w.range()].to_string();
            }
        }
        later.push((p.start, p.end, FactData::Project(p.project)));
    }
    later
}

/// Whether sentence `s` may name a company for the document's memory:
/// it may hold a project's name (`hold`, [`may_hold_project`]) or says
/// 公司 or 集团.
fn mentions_company(s: &str, hold: bool) -> bool {
    hold || short_find(s, "公司").is_some() || short_find(s, "集团").is_some()
}

/// How many sentences of a document's body are its lead, for the headline.
const LEAD_SENTENCES: usize = 3;

/// The companies the first sentences of `doc`'s body name. A headline
/// shortens them to their brands (雨润农产品全球采购中心开建, over a lead
/// 由江苏雨润集团投资建设的…): its projects are matched against these, as a
/// body sentence's are against the companies named before it.
fn lead_companies(doc: &Document<'_>) -> Known {
    let mut lead = Known::default();
    for sentence in doc
        .sentences()
        .filter(|x| x.section == Section::Body)
        .take(LEAD_SENTENCES)
    {
        let s = sentence.text;
        let hold = may_hold_project(s);
        if mentions_company(s, hold) {
            remember(
                &mut lead,
                companies_named(s, &SentenceNames::read(s, &[], hold)),
            );
        }
    }
    lead
}

/// How many companies a document's memory holds (the most recent ones):
/// bounded, so a long document stays linear.
const KNOWN_COMPANIES: usize = 32;

/// The companies a document has named so far, with their brands (what
/// project names are matched against), the most recent last.
#[derive(Default)]
struct Known {
    names: Vec<String>,
    brands: Vec<String>,
}

/// Adds `named` to the memory `known`, once each, dropping the oldest.
fn remember(known: &mut Known, named: Vec<String>) {
    for c in named {
        if let Some(i) = known.names.iter().position(|k| *k == c) {
            known.names.remove(i);
            known.brands.remove(i);
        } else if known.names.len() == KNOWN_COMPANIES {
            known.names.remove(0);
            known.brands.remove(0);
        }
        known.brands.push(brand_of(&c).to_string());
        known.names.push(c);
    }
}

/// The buffers of one sentence, reused across sentences.
#[derive(Default)]
struct State {
    dates: Vec<FoundDate>,
    quantities: Vec<FoundQuantity>,
    taken: Vec<(usize, usize)>,
    items: Vec<Item>,
    placed: Vec<Placed>,
    date_cache: DateCache,
    marks: [Vec<usize>; 5],
}

impl State {
    fn clear(&mut self) {
        self.dates.clear();
        self.quantities.clear();
        self.taken.clear();
        self.items.clear();
        self.placed.clear();
    }
}

/// Moves the `dates` and `quantities` found into `placed`, in sentence
/// order, numbered from `next_id` on (fields of [`State`], passed apart as
/// its `marks` stay borrowed).
fn place(
    dates: &mut Vec<FoundDate>,
    quantities: &mut Vec<FoundQuantity>,
    placed: &mut Vec<Placed>,
    next_id: &mut usize,
) {
    placed.extend(dates.drain(..).map(|d| Placed {
        start: d.start,
        end: d.end,
        id: 0,
        data: FactData::Date(d.fact),
    }));
    placed.extend(quantities.drain(..).map(|q| Placed {
        start: q.start,
        end: q.end,
        id: 0,
        data: q.data,
    }));
    placed.sort_by_key(|x| x.start);
    for p in placed.iter_mut() {
        p.id = *next_id;
        *next_id += 1;
    }
}

/// How far into a sentence (bytes: four CJK characters, as 截至, 今年 or
/// 据悉， before it) a date may start and still head the sentence.
const HEAD_REACH: usize = 12;

/// What a sentence that ends in ；hands to the next one: its counts' heads
/// (…项目9个；截至9月底，已开工15个), the date heading it or the one it took
/// (今年1-2月，…签约项目23个；新开工项目11个: the events after it are of it
/// too), and its quantities, for the first event of that date.
#[derive(Default)]
struct Carry {
    heads: Vec<CountHead>,
    date: Option<usize>,
    facts: Vec<usize>,
    /// The list of projects the sentence opened or continued
    /// (在签约项目中，A…；B…).
    listed: Option<Listed>,
    /// What its areas measure (新建商品房共成交9862套；成交面积103.6万平方米).
    area_topic: Option<AreaRole>,
}

impl Carry {
    /// The list sentence `s` (its facts `facts`) is part of, kept for the
    /// next when `s` ends in ；.
    fn list(&mut self, s: &str, facts: &[Placed], named: bool) -> Listed {
        let runs_on = s.trim_end().ends_with(['；', ';']);
        // Only a sentence with names, or one that hands the list on, reads it.
        let opened = (named || runs_on)
            .then(|| Listed::opened(s, facts))
            .flatten();
        let listed = opened.or(self.listed);
        self.listed = listed.filter(|_| runs_on);
        listed.unwrap_or_default()
    }

    /// Gives the elided heads of sentence `s`'s counts and the topic of its
    /// first area, then keeps its own.
    fn counts(&mut self, s: &str, quantities: &mut [FoundQuantity]) {
        inherit_carried(s, quantities, &self.heads);
        carry_heads(s, quantities, &mut self.heads);
        if let Some(topic) = self.area_topic {
            crate::quantity::inherit_topic(s, topic, quantities);
        }
        self.area_topic = s
            .trim_end()
            .ends_with(['；', ';'])
            .then(|| crate::quantity::topic_of(s))
            .flatten();
    }

    /// The date and facts the events of this sentence take, if any.
    fn for_events(&self) -> Option<(usize, &[usize])> {
        self.date.map(|d| (d, &self.facts[..]))
    }

    /// Keeps the date and quantities of sentence `s` (its `items`) for the
    /// next, when `s` ends in ；.
    fn events(&mut self, s: &str, items: &[Item]) {
        self.facts.clear();
        if !s.trim_end().ends_with(['；', ';']) {
            self.date = None;
            return;
        }
        let head = items
            .iter()
            .find(|i| i.is_date && i.start <= HEAD_REACH)
            .map(|i| i.id);
        self.date = head.or(self.date);
        if self.date.is_some() {
            self.facts
                .extend(items.iter().filter(|i| !i.is_date).map(|i| i.id));
        }
    }
}

/// The classifiers and nouns of the counts of sentence `s` for the next
/// sentence to take elided heads from, when `s` ends in ；(else none).
fn carry_heads(s: &str, quantities: &[FoundQuantity], carried: &mut Vec<CountHead>) {
    carried.clear();
    if !s.trim_end().ends_with(['；', ';']) {
        return;
    }
    carried.extend(quantities.iter().filter_map(|q| match &q.data {
        FactData::Count(c) => Some((c.classifier.clone(), c.noun.clone()?)),
        _ => None,
    }));
}
