//! Fuzz `Document` + `Extractor`: no panic, every span exact and on char
//! boundaries, dates with `from <= to`, event, project and percent ids
//! pointing at the right kinds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use zhfacts::{Document, Extractor, FactData, Kind};

fuzz_target!(|data: &[u8]| {
    // Invalid UTF-8 must be an error, never a panic.
    let Ok(doc) = Document::from_bytes(data) else {
        return;
    };
    let input = doc.input();
    let facts = Extractor::new().extract(&doc);
    for (i, f) in facts.iter().enumerate() {
        assert_eq!(f.id, i);
        assert!(input.is_char_boundary(f.span.start) && input.is_char_boundary(f.span.end));
        assert!(f.span.start < f.span.end);
        assert_eq!(&input[f.span], f.text);
        match &f.data {
            FactData::Date(d) => {
                if let (Some(a), Some(b)) = (d.from, d.to) {
                    assert!(a <= b);
                }
            }
            FactData::Event(e) => {
                assert_eq!(facts[e.date].kind(), Kind::Date);
                for &k in &e.facts {
                    assert!(matches!(
                        facts[k].kind(),
                        Kind::Money | Kind::Count | Kind::Area | Kind::Percent
                    ));
                }
            }
            FactData::Project(p) => {
                for &k in &p.facts {
                    assert!(matches!(
                        facts[k].kind(),
                        Kind::Money | Kind::Count | Kind::Area | Kind::Percent
                    ));
                }
                if let Some(k) = p.investment {
                    assert_eq!(facts[k].kind(), Kind::Money);
                }
                if let Some(k) = p.date {
                    assert_eq!(facts[k].kind(), Kind::Date);
                }
            }
            FactData::Percent(p) => {
                if let Some(k) = p.of {
                    assert!(k < i && matches!(facts[k].kind(), Kind::Money | Kind::Count));
                }
            }
            _ => {}
        }
    }
    // A leap-day reference date exercises the resolver on every date.
    if let Ok(ex) = Extractor::new().reference_date_str("2024-02-29") {
        for f in ex.extract(&doc) {
            if let FactData::Date(d) = &f.data {
                if let (Some(a), Some(b)) = (d.from, d.to) {
                    assert!(a <= b);
                }
            }
        }
    }
});
