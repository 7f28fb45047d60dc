//! Shared helpers: fixture loading and the invariants every output must keep.

use chrono::NaiveDate;
use std::path::{Path, PathBuf};

use zhfacts::{Document, Extractor, Fact, FactData, Kind};

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}

/// Every fixture article: (file name, text).
pub fn fixtures() -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = std::fs::read_dir(fixtures_dir())
        .expect("tests/fixtures")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("fixture is UTF-8"))
        })
        .collect();
    v.sort();
    assert!(v.len() >= 8, "expected at least 8 fixtures");
    v
}

/// Asserts the guarantees of the crate on one extraction:
/// spans index the input and equal `text`; ids are dense and in order;
/// dates have `from <= to`; events point at a date and at quantities.
pub fn check_invariants(input: &str, facts: &[Fact]) {
    for (i, f) in facts.iter().enumerate() {
        assert_eq!(f.id, i, "ids are dense");
        assert!(
            input.is_char_boundary(f.span.start) && input.is_char_boundary(f.span.end),
            "span on char boundaries: {f:?}"
        );
        assert!(f.span.start < f.span.end, "span not empty: {f:?}");
        assert_eq!(&input[f.span], f.text, "input[span] == text");
        match &f.data {
            FactData::Date(d) => {
                if let (Some(a), Some(b)) = (d.from, d.to) {
                    assert!(a <= b, "from <= to: {f:?}");
                } else {
                    assert!(d.relative, "a date without interval is relative: {f:?}");
                }
            }
            FactData::Event(e) => {
                let date = facts.get(e.date).expect("event date id in range");
                assert_eq!(date.kind(), Kind::Date, "event date is a date: {f:?}");
                for &k in &e.facts {
                    let q = facts.get(k).expect("event fact id in range");
                    assert!(
                        matches!(
                            q.kind(),
                            Kind::Money | Kind::Count | Kind::Area | Kind::Percent
                        ),
                        "event links quantities only: {f:?}"
                    );
                }
            }
            FactData::Project(p) => {
                for &k in &p.facts {
                    let q = facts.get(k).expect("project fact id in range");
                    assert!(
                        matches!(
                            q.kind(),
                            Kind::Money | Kind::Count | Kind::Area | Kind::Percent
                        ),
                        "projects link quantities only: {f:?}"
                    );
                    // Of its sentence; a project named on a heading line
                    // takes them from its description, which follows it.
                    assert!(
                        q.sentence == f.sentence || (q.sentence > f.sentence && k < f.id),
                        "a project's facts are of its sentence or its description"
                    );
                }
                if let Some(k) = p.investment {
                    assert_eq!(facts[k].kind(), Kind::Money, "investment is money: {f:?}");
                    assert!(p.facts.contains(&k), "the investment is one of its facts");
                }
                if let Some(k) = p.date {
                    assert_eq!(facts[k].kind(), Kind::Date, "project date is a date: {f:?}");
                }
            }
            FactData::Percent(p) => {
                if let Some(k) = p.of {
                    let q = facts.get(k).expect("percent of id in range");
                    assert!(matches!(q.kind(), Kind::Money | Kind::Count), "of: {f:?}");
                    assert!(k < f.id, "a percent is the change of an earlier fact");
                }
            }
            FactData::Count(c) => assert!(c.value.fract().is_zero(), "counts are integers: {f:?}"),
            _ => {}
        }
    }
    // Quantities and dates are in document order (events and projects
    // follow the facts of their sentence).
    let starts: Vec<usize> = facts
        .iter()
        .filter(|f| !matches!(f.kind(), Kind::Event | Kind::Project))
        .map(|f| f.span.start)
        .collect();
    assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "facts in document order"
    );
}

pub fn extract(input: &str) -> Vec<Fact> {
    Extractor::new().extract(&Document::parse(input))
}

/// `text=from..to` for every date fact of `input` read at `reference`.
pub fn dates(input: &str, reference: &str) -> Vec<String> {
    let r = NaiveDate::parse_from_str(reference, "%Y-%m-%d").ok();
    let facts = Extractor::new()
        .reference_date(r)
        .extract(&Document::parse(input));
    check_invariants(input, &facts);
    facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Date(d) => Some(format!(
                "{}={}..{}",
                f.text,
                d.from.map(|x| x.to_string()).unwrap_or_default(),
                d.to.map(|x| x.to_string()).unwrap_or_default()
            )),
            _ => None,
        })
        .collect()
}
