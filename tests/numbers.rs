//! Issue 13, "Numbers": numerals through the whole pipeline.

use zhfacts::{Extractor, FactData};

/// The facts of `input` as `(text, kind, value)`.
fn facts(input: &str) -> Vec<(String, &'static str, String)> {
    Extractor::new()
        .extract_str(input)
        .into_iter()
        .filter_map(|f| {
            let (kind, value) = match &f.data {
                FactData::Money(m) => ("money", m.value),
                FactData::Count(c) => ("count", c.value),
                FactData::Area(a) => ("area", a.value),
                FactData::Percent(p) => ("percent", p.value),
                _ => return None,
            };
            Some((f.text.clone(), kind, value.normalize().to_string()))
        })
        .collect()
}

fn one(input: &str, text: &str, kind: &str, value: &str) {
    let got = facts(input);
    assert!(
        got.iter()
            .any(|(t, k, v)| t == text && *k == kind && v == value),
        "{input}: want {text} {kind} {value}, got {got:?}"
    );
}

#[test]
fn a_bare_digit_after_a_scale_takes_the_next_lower_scale() {
    one("公司投资1亿2元。", "1亿2元", "money", "120000000");
    one("公司投资3千5元。", "3千5元", "money", "3500");
    one("公司投资2万5元。", "2万5元", "money", "25000");
    one("公司投资一亿二元。", "一亿二元", "money", "120000000");
    one("公司投资1亿2千万元。", "1亿2千万元", "money", "120000000");
    one("公司投资3千零5元。", "3千零5元", "money", "3005");
}

#[test]
fn a_zero_before_a_scale_is_zero() {
    for input in ["投资零亿元。", "投资０亿元。", "投资〇.〇亿元。"] {
        let got = facts(input);
        assert!(
            got.iter().all(|(_, _, v)| v == "0"),
            "{input}: no 1亿 from a zero, got {got:?}"
        );
    }
}

#[test]
fn thousands_separators() {
    one(
        "公司获得１,２００万美元融资。",
        "１,２００万美元",
        "money",
        "12000000",
    );
    one("公司营收82，225.00元。", "82，225.00元", "money", "82225");
    one("项目总投资3，500万元。", "3，500万元", "money", "35000000");
    one(
        "全市共有1，234，567人。",
        "1，234，567人",
        "count",
        "1234567",
    );
    // A clause comma before a count stays a clause comma.
    one("考试平均得分85，120人参加。", "120人", "count", "120");
}

#[test]
fn spaces_before_a_scale() {
    one("公司投资1000 万元。", "1000 万元", "money", "10000000");
    one("公司投资二十 億元。", "二十 億元", "money", "2000000000");
}

#[test]
fn spaces_around_a_qualifier_before_a_scale() {
    one("公司投资十 余 万元。", "十 余 万元", "money", "100000");
}

#[test]
fn yuan_jiao_fen() {
    one("售价123元1角1分。", "123元1角1分", "money", "123.11");
    one("售价5块5毛。", "5块5毛", "money", "5.5");
}

#[test]
fn too_big_is_no_number_and_fast() {
    let n40 = "1234567890".repeat(4);
    let t = std::time::Instant::now();
    for input in [
        format!("投资{n40}亿元"),
        format!("投资{n40}.5万元"),
        format!("投资1{}元", "，999".repeat(20_000)),
        format!("投资{}亿元", "九".repeat(40)),
    ] {
        let got = facts(&input);
        assert!(got.is_empty(), "{got:?}");
    }
    assert!(t.elapsed() < std::time::Duration::from_secs(5));
}

#[test]
fn exact_fractions_are_numbers_and_inexact_ones_none() {
    use zhfacts::parse_number;
    let n = |s: &str| parse_number(s).map(|d| d.normalize().to_string());
    assert_eq!(n("四分之一"), Some("0.25".into()));
    assert_eq!(n("一百分之三十七点五"), Some("0.375".into()));
    assert_eq!(n("壹仟分之伍"), Some("0.005".into()));
    assert_eq!(n("十二又二分之一"), Some("12.5".into()));
    assert_eq!(n("负二又五分之二"), Some("-2.4".into()));
    assert_eq!(n("３／４"), Some("0.75".into()));
    assert_eq!(n("5 3/8"), Some("5.375".into()));
    assert_eq!(n("九分之二"), None);
    assert_eq!(n("7/3"), None);
    assert_eq!(n("十分之"), None);
    // In prose a fraction gives no fact (SPEC: optional).
    assert!(facts("约四分之一的企业实现盈利。").is_empty());
}
