//! What the reader leaves out (`Document::dropped`) and the section of each
//! sentence (`Sentence::section`, `Document::section_of`).

use zhfacts::{Document, DropReason, Extractor, Section};

fn dropped(input: &str) -> Vec<(&str, DropReason)> {
    Document::parse(input)
        .dropped()
        .map(|d| (&input[d.span.start..d.span.end], d.reason))
        .collect()
}

fn sections(input: &str) -> Vec<(String, Section)> {
    Document::parse(input)
        .sentences()
        .map(|s| (s.text.to_string(), s.section))
        .collect()
}

#[test]
fn every_dropped_line_has_its_span_and_reason() {
    let input = "---\ntitle: 某区招商引资再创佳绩\n---\n\
        去年新引进项目12个。（责任编辑：王五）\n\
        广告加载中…\n\
        来源：某日报 2023年3月15日\n\
        第08版:要闻\n\
        Copyright © 2003-2023 某某网 京ICP备12345678号\n\
        返回首页\n";
    assert_eq!(
        dropped(input),
        [
            (
                "---\ntitle: 某区招商引资再创佳绩\n---\n",
                DropReason::FrontMatter
            ),
            ("（责任编辑：王五）", DropReason::Byline),
            ("广告加载中…", DropReason::Advert),
            ("来源：某日报 2023年3月15日", DropReason::Byline),
            ("第08版:要闻", DropReason::PageHeader),
            (
                "Copyright © 2003-2023 某某网 京ICP备12345678号",
                DropReason::Copyright
            ),
            ("返回首页", DropReason::Navigation),
        ]
    );
}

#[test]
fn navigation_and_timestamp_in_html_map_to_original_bytes() {
    let input = "<div>首页 | 新闻 | 2023-01-05 专题</div>\
        <h1>某区招商引资再创佳绩</h1>\
        <p>发布时间：<b>2023-03-15</b> 09:30</p>\
        <p>去年新引进项目12个。</p>";
    let doc = Document::parse(input);
    assert_eq!(doc.published().unwrap().to_string(), "2023-03-15T09:30:00");
    let got: Vec<(&str, DropReason)> = doc
        .dropped()
        .map(|d| (&input[d.span.start..d.span.end], d.reason))
        .collect();
    assert_eq!(
        got,
        [
            ("首页 | 新闻 | 2023-01-05 专题", DropReason::Navigation),
            ("发布时间：<b>2023-03-15</b> 09:30", DropReason::Timestamp),
        ]
    );
    // The navigation's date is not a fact.
    let facts = Extractor::new().extract(&doc);
    assert!(facts.iter().all(|f| !f.text.contains("2023")), "{facts:?}");
}

#[test]
fn related_links_are_one_block() {
    let input = "某区招商引资再创佳绩\n\n去年新引进项目12个。\n\n\
        【相关阅读】\n\
        某县一季度签约项目28个\n\
        - 某市开发区引进企业15家 2023-02-01\n\n\
        全年计划新开工项目40个。\n";
    assert_eq!(
        dropped(input),
        [
            ("【相关阅读】", DropReason::RelatedLinks),
            ("某县一季度签约项目28个", DropReason::RelatedLinks),
            (
                "- 某市开发区引进企业15家 2023-02-01",
                DropReason::RelatedLinks
            ),
        ]
    );
    let facts = Extractor::new().extract_str(input);
    let texts: Vec<&str> = facts.iter().map(|f| f.text.as_str()).collect();
    assert!(
        texts.contains(&"12个") && texts.contains(&"40个"),
        "{texts:?}"
    );
    assert!(
        !texts.contains(&"28个") && !texts.contains(&"15家"),
        "{texts:?}"
    );
}

#[test]
fn a_sentence_that_opens_with_a_date_is_not_dropped() {
    let input = "2023年3月15日，某县举行开工仪式，共开工项目32个。";
    assert_eq!(dropped(input), []);
    let input = "2023年3月15日 星期三 来源：某县融媒体\n共开工项目32个。";
    assert_eq!(
        dropped(input),
        [(
            "2023年3月15日 星期三 来源：某县融媒体",
            DropReason::Timestamp
        )]
    );
}

#[test]
fn sections_title_summary_body() {
    let input = "某县重大项目集中开工\n\n核心提示：共开工项目32个，总投资215亿元。\n\n\
        3月15日，某县共开工项目32个，总投资215亿元。";
    assert_eq!(
        sections(input),
        [
            ("某县重大项目集中开工".to_string(), Section::Title),
            (
                "核心提示：共开工项目32个，总投资215亿元。".to_string(),
                Section::Summary
            ),
            (
                "3月15日，某县共开工项目32个，总投资215亿元。".to_string(),
                Section::Body
            ),
        ]
    );
    let doc = Document::parse(input);
    assert_eq!(doc.section_of(1), Section::Summary);
    assert_eq!(doc.section_of(99), Section::Body);
}

#[test]
fn a_label_alone_opens_the_lead_on_the_next_line() {
    let input =
        "# 某县重大项目集中开工\n\n【导读】\n\n共开工项目32个。\n\n3月15日，共开工项目32个。";
    let got: Vec<Section> = sections(input).into_iter().map(|s| s.1).collect();
    assert_eq!(
        got,
        [
            Section::Title,
            Section::Summary,
            Section::Summary,
            Section::Body
        ]
    );
}

#[test]
fn a_blockquote_under_the_title_is_a_summary_only_when_the_body_repeats_it() {
    let repeated = "---\ntitle: 某县重大项目集中开工\n---\n\
        > 共开工项目32个，总投资215亿元。\n\n\
        3月15日，某县共开工项目32个，总投资215亿元。";
    let got: Vec<Section> = sections(repeated).into_iter().map(|s| s.1).collect();
    assert_eq!(got, [Section::Title, Section::Summary, Section::Body]);
    // The body does not repeat 215: the quote is story.
    let new = "---\ntitle: 某县重大项目集中开工\n---\n\
        > 共开工项目32个，总投资215亿元。\n\n\
        3月15日，某县共开工项目32个。";
    let got: Vec<Section> = sections(new).into_iter().map(|s| s.1).collect();
    assert_eq!(got, [Section::Title, Section::Body, Section::Body]);
    // A quote further down is story.
    let later = "某县重大项目集中开工\n\n3月15日，某县共开工项目32个。\n\n> 共开工项目32个。";
    let got: Vec<Section> = sections(later).into_iter().map(|s| s.1).collect();
    assert_eq!(got, [Section::Title, Section::Body, Section::Body]);
}

#[test]
fn words_of_the_labels_inside_prose_are_body() {
    let input = "某县重大项目集中开工\n\n专家导读会上，共开工项目32个。";
    let got: Vec<Section> = sections(input).into_iter().map(|s| s.1).collect();
    assert_eq!(got, [Section::Title, Section::Body]);
}

#[test]
fn a_date_footer_after_the_story_drops_nothing_above_it() {
    // A press release ending in its date and time: the story above the
    // date line is kept, and the time below it is no headline.
    let input = "政府公布投资数字\n总投资50亿元，增长3%。\n另预留资金8亿元。\n完\n2024年5月3日（星期五）\n香港时间16时30分\n";
    let doc = Document::parse(input);
    assert_eq!(
        doc.published().map(|p| p.to_string()).as_deref(),
        Some("2024-05-03")
    );
    assert_eq!(doc.title(), Some("政府公布投资数字"));
    let facts = Extractor::new().extract(&doc);
    let texts: Vec<&str> = facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["50亿元", "3%", "8亿元"]);
    // Without a headline: the first sentence stays story.
    let input = "总投资50亿元，签约项目5个。\n2024年5月3日\n下午3时\n";
    let facts = Extractor::new().extract_str(input);
    let texts: Vec<&str> = facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["50亿元", "5个"]);
    assert!(Document::parse(input).title().is_none());
}

#[test]
fn a_headline_said_again_under_it_is_dropped_once() {
    // A Markdown H1 under a front matter title with the same words.
    let input = "---\ntitle: \"某县投资20亿元建设智能制造产业园\"\ndate: 2025-04-22\n---\n\
        # 某县投资20亿元建设智能制造产业园\n\n项目总投资20亿元，占地300亩。\n";
    assert_eq!(
        dropped(input)[1],
        (
            "# 某县投资20亿元建设智能制造产业园",
            DropReason::RepeatedTitle
        )
    );
    let money: Vec<(String, Section)> = Extractor::new()
        .extract(&Document::parse(input))
        .into_iter()
        .filter(|f| f.text == "20亿元")
        .map(|f| (f.text, f.section))
        .collect();
    assert_eq!(
        money,
        [
            ("20亿元".to_string(), Section::Title),
            ("20亿元".to_string(), Section::Body)
        ]
    );
    // A scraped page: the headline, then the same words as a heading.
    let input = "某区一季度签约项目31个\n发布时间：2025-04-22 09:15\n**某区一季度签约项目31个**\n一季度，全区新签约项目31个。\n";
    // Its emphasis marks are markup, as tags around a line are.
    assert!(dropped(input).contains(&("某区一季度签约项目31个", DropReason::RepeatedTitle)));
    // A body line that only starts like the headline stays.
    let input = "---\ntitle: 某区签约项目31个\n---\n某区签约项目31个，总投资165亿元。\n";
    assert!(
        dropped(input)
            .iter()
            .all(|d| d.1 != DropReason::RepeatedTitle)
    );
}

#[test]
fn an_element_marked_as_an_advert_is_dropped_and_listed() {
    let input = "<html><body><h1>开发区一季度签约项目9个</h1>\
        <p>一季度，开发区签约项目9个，总投资56亿元。</p>\
        <div class=\"side-ad\"><div><p>家装套餐每平方米仅需699元</p></div>\
        <p>首付3万元起</p></div>\
        <p>其中，先进制造业项目6个。</p></body></html>";
    let texts: Vec<String> = Extractor::new()
        .extract_str(input)
        .into_iter()
        .map(|f| f.text)
        .collect();
    assert!(texts.contains(&"56亿元".to_string()), "{texts:?}");
    assert!(texts.contains(&"6个".to_string()), "{texts:?}");
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("699") || t.contains("3万元")),
        "{texts:?}"
    );
    let adverts: Vec<&str> = dropped(input)
        .into_iter()
        .filter(|d| d.1 == DropReason::Advert)
        .map(|d| d.0)
        .collect();
    assert_eq!(adverts, ["家装套餐每平方米仅需699元", "首付3万元起"]);
}

#[test]
fn a_class_that_only_contains_ad_and_an_unclosed_advert_drop_nothing() {
    for input in [
        "<div class=\"header\"><p>今年新签约项目12个，总投资80亿元。</p></div>",
        "<div class=\"ad\"><p>今年新签约项目12个，总投资80亿元。</p>",
    ] {
        let texts: Vec<String> = Extractor::new()
            .extract_str(input)
            .into_iter()
            .map(|f| f.text)
            .collect();
        assert!(texts.contains(&"12个".to_string()), "{input}: {texts:?}");
        assert!(texts.contains(&"80亿元".to_string()), "{input}: {texts:?}");
    }
}
