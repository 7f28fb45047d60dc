//! Word-pasted HTML: digits and units in separate tags make one fact whose
//! span covers the original bytes, tags and all.

use zhfacts::{Extractor, FactData, Kind};

use crate::util::check_invariants;

#[test]
fn digits_and_units_in_separate_tags_make_one_fact() {
    let input = "<p class=MsoNormal><span lang=\"EN-US\">2011</span>年<span lang=\"EN-US\">4</span>月，\
        园区规划面积<span lang=\"EN-US\">36</span>平方公里，总投资<b>1</b>亿元，\
        新增企业<span style=\"font-family:宋体\">12</span>家。</p>";
    let facts = Extractor::new().extract_str(input);
    check_invariants(input, &facts);
    let got: Vec<(Kind, &str)> = facts
        .iter()
        .filter(|f| f.kind() != Kind::Event)
        .map(|f| (f.kind(), &input[f.span.start..f.span.end]))
        .collect();
    assert_eq!(
        got,
        [
            (Kind::Date, "2011</span>年<span lang=\"EN-US\">4</span>月"),
            (Kind::Area, "36</span>平方公里"),
            (Kind::Money, "1</b>亿元"),
            (Kind::Count, "12</span>家"),
        ]
    );
    let money = facts.iter().find_map(|f| match &f.data {
        FactData::Money(m) => Some(m.value.to_string()),
        _ => None,
    });
    assert_eq!(money.as_deref(), Some("100000000"));
    let area = facts.iter().find_map(|f| match &f.data {
        FactData::Area(a) => Some(a.value.to_string()),
        _ => None,
    });
    assert_eq!(area.as_deref(), Some("36000000"));
}

#[test]
fn entities_for_digits_map_back_as_a_whole() {
    let input = "<p>总投资&#49;&#50;&#20159;元，签约项目&#x31;&#x36;个。</p>";
    let facts = Extractor::new().extract_str(input);
    check_invariants(input, &facts);
    let spans: Vec<&str> = facts
        .iter()
        .filter(|f| f.kind() != Kind::Event)
        .map(|f| &input[f.span.start..f.span.end])
        .collect();
    assert_eq!(spans, ["&#49;&#50;&#20159;元", "&#x31;&#x36;个"]);
}

#[test]
fn markdown_emphasis_is_markup() {
    let input = "---\ntitle: 早报\ndate: 2025-09-19\n---\n**港股**：恒生指数收跌1.35%，成交额**1862亿港元**。\n";
    let facts = zhfacts::Extractor::new().extract_str(input);
    let texts: Vec<&str> = facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["1.35%", "1862亿港元"]);
    for f in &facts {
        assert_eq!(&input[f.span.range()], f.text);
    }
    let zhfacts::FactData::Percent(p) = &facts[0].data else {
        panic!("{facts:?}")
    };
    assert_eq!(p.subject.as_deref(), Some("恒生指数"));
    // A lone star (a footnote mark) is text.
    let doc = zhfacts::Document::parse("注*：以上数据为初步统计。");
    assert_eq!(
        doc.sentences().next().unwrap().text,
        "注*：以上数据为初步统计。"
    );
}
