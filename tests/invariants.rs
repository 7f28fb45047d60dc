//! No panic and exact spans on prefixes of every fixture and on hostile
//! inputs: a cheap stand-in for a fuzzer.

use zhfacts::{Document, Error, ErrorKind, Extractor};

use crate::util::{check_invariants, extract, fixtures};

#[test]
fn every_prefix_of_every_fixture() {
    for (_, input) in fixtures() {
        let bounds: Vec<usize> = input.char_indices().map(|(i, _)| i).collect();
        for &b in bounds.iter().step_by(13) {
            let prefix = &input[..b];
            check_invariants(prefix, &extract(prefix));
        }
    }
}

#[test]
fn hostile_inputs() {
    let huge = "9".repeat(40);
    let cases: Vec<String> = vec![
        String::new(),
        " \n\t\r\n ".into(),
        "<".into(),
        "&#".into(),
        "&#x110000;".into(),
        "&#99999999999;".into(),
        "<p".into(),
        "<<<<>>>>".into(),
        "---\n".into(),
        "---\ntitle: x\ndate: 2022-13-45\n".into(),
        "\u{feff}2022年3月14日签约".into(),
        "\0\0\0总投资\x005亿元\0".into(),
        "总投资\r\n49.72亿元\r\n".into(),
        format!("总投资{huge}亿元，{huge}个项目，{huge}%，{huge}亩"),
        format!("{}亿元", "亿".repeat(100)),
        "万万万亿亿元，亿亿亿亿亿亿个".into(),
        "十十十十十个，点点点，..．．亿元".into(),
        "<p><b><i>未闭合的标签 12亿元".into(),
        "“1+1”“".into(),
        "20至亿元，至30亿元，-5亿元，5-亿元".into(),
        "9999年99月99日，0月0日，2月30日，13月".into(),
        "近0年，近100年来，“十”期间".into(),
        "截至，截至目前截至".into(),
        "é́́ 12亿元 👍🏽 ５０％ \u{202e}三千万元".into(),
    ];
    for c in &cases {
        check_invariants(c, &extract(c));
    }
}

#[test]
fn invalid_utf8_is_an_error_with_offset() {
    let mut bytes = "总投资12亿元".as_bytes().to_vec();
    bytes.insert(6, 0xff);
    let err: Error = Document::from_bytes(&bytes).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 6 });
    // A GBK-encoded text is not UTF-8 either.
    let gbk: &[u8] = &[0xd7, 0xdc, 0xcd, 0xb6, 0xd7, 0xca];
    assert!(Document::from_bytes(gbk).is_err());
}

#[test]
fn reference_date_overrides_publication_date() {
    let input = "---\ndate: 2022-06-15\n---\n去年签约项目12个。";
    let doc = Document::parse(input);
    let own = Extractor::new().extract(&doc);
    let given = Extractor::new()
        .reference_date_str("2030-01-01")
        .unwrap()
        .extract(&doc);
    let year = |f: &zhfacts::Fact| match &f.data {
        zhfacts::FactData::Date(d) => d.from.map(|d| d.to_string()),
        _ => None,
    };
    assert_eq!(year(&own[0]).as_deref(), Some("2021-01-01"));
    assert_eq!(year(&given[0]).as_deref(), Some("2029-01-01"));
    assert!(Extractor::new().reference_date_str("2030-13-01").is_err());
}
