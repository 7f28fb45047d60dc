//! Projects read from whole sentences through the public API: what each
//! named project is tied to. Every sentence here is written for these tests.

use zhfacts::{Extractor, Fact, FactData};

use crate::util::check_invariants;

/// `(name, investment text)` for every project of `input`.
fn investments(input: &str) -> Vec<(String, Option<String>)> {
    let facts: Vec<Fact> = Extractor::new().extract_str(input);
    check_invariants(input, &facts);
    facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Project(p) => {
                Some((f.text.clone(), p.investment.map(|k| facts[k].text.clone())))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_threshold_of_the_projects_counted_holds_for_the_one_named() {
    // X等N个投资Y以上项目: each of them, X too, is over Y.
    assert_eq!(
        investments("今年签约滨海智能装备产业园等12个投资总额5000万元以上产业项目。"),
        [(
            "滨海智能装备产业园".to_string(),
            Some("5000万元以上".to_string())
        )]
    );
    // A total of the projects counted is not the named one's investment,
    // also when it is an amount over (超过) in a clause of its own.
    assert_eq!(
        investments("今年签约滨海智能装备产业园等12个产业项目，总投资56亿元。"),
        [("滨海智能装备产业园".to_string(), None)]
    );
    assert_eq!(
        investments("今年签约滨海智能装备产业园等12个产业项目，总投资超过100亿元。"),
        [("滨海智能装备产业园".to_string(), None)]
    );
}
