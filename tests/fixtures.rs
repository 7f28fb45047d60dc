//! Snapshot tests over the fixture articles, one `.snap` per fixture, plus
//! the span invariant on every fact of every fixture.

use serde::Serialize;
use zhfacts::{Document, Extractor, Fact, FactData, Section};

use crate::util::{check_invariants, fixtures};

/// A compact, reviewable line per fact.
fn line(f: &Fact, facts: &[Fact]) -> String {
    let attrs = match &f.data {
        FactData::Money(m) => format!(
            "{}{} {:?} {} {:?} {:?} subject={}",
            m.value,
            m.upper.map(|u| format!("..{u}")).unwrap_or_default(),
            m.currency,
            m.unit,
            m.qualifier,
            m.role,
            m.subject.as_deref().unwrap_or("-")
        ),
        FactData::Count(c) => format!(
            "{}{} {} noun={} {:?}",
            c.value,
            c.upper.map(|u| format!("..{u}")).unwrap_or_default(),
            c.classifier,
            c.noun.as_deref().unwrap_or("-"),
            c.qualifier
        ),
        FactData::Area(a) => format!(
            "{}{} m2 amount={} {} {:?} {:?}",
            a.value,
            a.upper.map(|u| format!("..{u}")).unwrap_or_default(),
            a.amount,
            a.unit,
            a.qualifier,
            a.role
        ),
        FactData::Percent(p) => format!(
            "{} {:?} {:?} {:?} subject={} of={}",
            p.value,
            p.unit,
            p.direction,
            p.qualifier,
            p.subject.as_deref().unwrap_or("-"),
            p.of.map_or("-", |i| facts[i].text.as_str())
        ),
        FactData::Date(d) => match (d.from, d.to) {
            (Some(a), Some(b)) => format!(
                "{a}..{b} {:?}{}",
                d.granularity,
                if d.relative { " relative" } else { "" }
            ),
            _ => format!("unresolved {:?}", d.granularity),
        },
        FactData::Event(e) => {
            let linked: Vec<&str> = e.facts.iter().map(|&i| facts[i].text.as_str()).collect();
            format!(
                "{:?} trigger={} date={} facts={:?}",
                e.event_type, e.trigger, facts[e.date].text, linked
            )
        }
        FactData::Project(p) => {
            let linked: Vec<&str> = p.facts.iter().map(|&i| facts[i].text.as_str()).collect();
            format!(
                "{:?} enterprise={} investment={} date={} facts={:?}",
                p.stage,
                p.enterprise.as_deref().unwrap_or("-"),
                p.investment.map_or("-", |i| facts[i].text.as_str()),
                p.date.map_or("-", |i| facts[i].text.as_str()),
                linked
            )
        }
        _ => String::new(),
    };
    let text: String = f
        .text
        .chars()
        .take(40)
        .collect::<String>()
        .replace('\n', "⏎");
    let section = match f.section {
        Section::Body => "",
        Section::Title => " [title]",
        Section::Summary => " [summary]",
    };
    format!("{}{} {} «{}» {}", f.id, section, f.kind(), text, attrs)
}

#[derive(Serialize)]
struct Snapshot {
    title: Option<String>,
    published: Option<String>,
    reference_date: Option<String>,
    facts: Vec<String>,
}

#[test]
fn fixture_snapshots() {
    let ex = Extractor::new();
    insta::glob!("fixtures/*.txt", |path| {
        let input = std::fs::read_to_string(path).unwrap();
        let doc = Document::parse(&input);
        let facts = ex.extract(&doc);
        let snap = Snapshot {
            title: doc.title().map(str::to_string),
            published: doc.published().map(|p| p.to_string()),
            reference_date: ex.reference_for(&doc).map(|d| d.to_string()),
            facts: facts.iter().map(|f| line(f, &facts)).collect(),
        };
        insta::assert_yaml_snapshot!(snap);
    });
}

#[test]
fn every_span_of_every_fixture_is_exact() {
    for (name, input) in fixtures() {
        let facts = Extractor::new().extract(&Document::parse(&input));
        assert!(!facts.is_empty(), "{name} has facts");
        check_invariants(&input, &facts);
    }
}

#[test]
fn fixtures_round_trip_through_json() {
    for (name, input) in fixtures() {
        let facts = Extractor::new().extract(&Document::parse(&input));
        let json = serde_json::to_string(&facts).unwrap();
        let back: Vec<Fact> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, facts, "{name}");
    }
}
