//! Issue 13, "Text that is lost": sentences that open with a date, words of
//! page furniture inside a paragraph, and headings of `#` marks only.

use zhfacts::{Document, Extractor, Fact, FactData, Kind};

use crate::util::check_invariants;

fn facts(input: &str) -> Vec<Fact> {
    let facts = Extractor::new().extract_str(input);
    check_invariants(input, &facts);
    facts
}

fn kinds(facts: &[Fact]) -> Vec<Kind> {
    facts.iter().map(|f| f.kind()).collect()
}

const OPENING: &str =
    "2023年3月15日，某县举行重大项目集中开工仪式，共开工项目32个，总投资215亿元。";

#[test]
fn a_first_line_that_opens_with_a_date_is_body_text() {
    for input in [
        OPENING.to_string(),
        format!("某县重大项目集中开工\n\n{OPENING}"),
        OPENING.replacen("日，", "日上午，", 1),
    ] {
        let f = facts(&input);
        assert_eq!(
            kinds(&f),
            [Kind::Date, Kind::Count, Kind::Money, Kind::Event],
            "{input}: {f:?}"
        );
        assert_eq!(f[0].text, "2023年3月15日");
        let FactData::Money(m) = &f[2].data else {
            panic!()
        };
        assert_eq!(m.value.to_string(), "21500000000");
        // Only a timestamp line gives the reference date.
        assert_eq!(Document::parse(&input).published(), None, "{input}");
    }
}

#[test]
fn a_timestamp_line_with_furniture_is_still_a_timestamp() {
    for line in [
        "2023-03-15 09:30 星期三 来源：某县融媒体中心 浏览次数：1024",
        "2023年3月15日 星期三",
        "2023-03-15 10:02:11 2158",
        "发布时间：2023-03-15 作者：张三",
    ] {
        let input = format!("某县重大项目集中开工\n{line}\n共开工项目32个。");
        let doc = Document::parse(&input);
        assert_eq!(
            doc.published().map(|p| p.date().to_string()).as_deref(),
            Some("2023-03-15"),
            "{line}"
        );
        let f = facts(&input);
        assert_eq!(kinds(&f), [Kind::Count], "{line}: {f:?}");
    }
}

#[test]
fn words_of_furniture_inside_a_paragraph_keep_it() {
    for (input, want) in [
        (
            "今年以来，全市广告业营业收入增长8.2%，达到35.6亿元。",
            vec![Kind::Date, Kind::Percent, Kind::Money],
        ),
        ("广告牌拆除后，腾出用地30亩。", vec![Kind::Area]),
        (
            "会上，责任编辑制度改革方案获通过，涉及报刊12家。",
            vec![Kind::Count],
        ),
        (
            "平台上线相关推荐功能后，日均访问量增长15%。",
            vec![Kind::Percent],
        ),
        (
            "该区设立友情链接展示专区，入驻企业26家。",
            vec![Kind::Count],
        ),
    ] {
        let f = facts(input);
        assert_eq!(kinds(&f), want, "{input}: {f:?}");
    }
}

#[test]
fn furniture_lines_are_still_dropped() {
    let input = "某区招商引资再创佳绩\n\n\
        去年新引进项目12个。（责任编辑：王五）\n\
        广告加载中…\n\
        广告位：招商热线 400-800-1234\n\
        责任编辑：李四 2023-03-15\n\
        来源：某日报 2023年3月15日\n\
        Copyright © 2003-2023 某某网 版权所有 京ICP备12345678号\n";
    let f = facts(input);
    assert_eq!(kinds(&f), [Kind::Date, Kind::Count, Kind::Event], "{f:?}");
    assert_eq!(f[1].text, "12个");
    let story_end = input.find("（责任编辑").unwrap();
    assert!(f.iter().all(|f| f.span.end <= story_end), "{f:?}");
}

#[test]
fn headings_of_marks_only_never_panic() {
    for input in [
        "####\u{3000}\n签约项目16个。",
        "2022-06-15\n####",
        "####",
        "#\u{a0}\n签约项目16个。",
        "##\u{2028}签约项目16个。",
        "#\u{85}\n\n签约项目16个。",
        "# \u{3000}\n\n签约项目16个。",
        "####\u{3000}####\n签约项目16个。",
    ] {
        let doc = Document::parse(input);
        assert!(
            doc.title()
                .is_none_or(|t| !t.trim_matches('#').trim().is_empty())
        );
        let f = facts(input);
        assert!(f.len() <= 1, "{input:?}: {f:?}");
    }
    // A front matter title is taken as written, marks and all.
    let input = "---\ntitle: \"####\u{3000}\"\n---\n签约项目16个。";
    assert_eq!(Document::parse(input).title(), Some("####"));
    assert_eq!(kinds(&facts(input)), [Kind::Count]);
}

#[test]
fn pieces_around_multibyte_spaces_never_panic() {
    const PIECES: &[&str] = &[
        "#",
        "\u{3000}",
        "\u{a0}",
        "\u{2028}",
        "\u{85}",
        "\n",
        "2023-03-15",
        "广告",
        "【摘要】",
        "> ",
        "---\n",
        "<a href=x>",
        "签约项目16个。",
        "来源：",
    ];
    let n = PIECES.len();
    for code in 0..n.pow(4) {
        let mut input = String::new();
        let mut c = code;
        for _ in 0..4 {
            input.push_str(PIECES[c % n]);
            c /= n;
        }
        let doc = Document::parse(&input);
        for d in doc.dropped() {
            assert!(input.get(d.span.start..d.span.end).is_some(), "{input:?}");
        }
        check_invariants(&input, &Extractor::new().extract(&doc));
    }
}

#[test]
fn a_date_alone_is_a_fact_not_a_timestamp() {
    for input in ["2010-01-29", "2010年1月29日\n", "  2020/1/2  "] {
        let facts = zhfacts::Extractor::new().extract_str(input);
        assert_eq!(facts.len(), 1, "{input:?}: {facts:?}");
        assert_eq!(facts[0].kind(), zhfacts::Kind::Date);
    }
    // With a story after it, the line is the page's timestamp.
    let doc = zhfacts::Document::parse("2010-01-29\n今年签约项目16个。");
    assert_eq!(
        doc.published().map(|p| p.date().to_string()).as_deref(),
        Some("2010-01-29")
    );
}

#[test]
fn a_title_never_holds_raw_markup_or_a_site_menu() {
    // Tags inside the headline are left out, entities read, words kept as
    // written (traditional ones too).
    let page = "<html><body>\n<h1>東灣區<b>重大項目</b>集中動工 &amp; 簽約</h1>\n\
        <p>發布時間：2024-11-05</p>\n<p>11月5日，東灣區8個重大項目集中動工，總投資36億元。</p>\n</body></html>\n";
    let doc = Document::parse(page);
    assert_eq!(doc.title(), Some("東灣區重大項目集中動工 & 簽約"));
    // A menu of links above the story, with no headline, is no title.
    let menu = "<html><body>\n<div><a href=\"/\">首页</a> | <a href=\"/a\">要闻</a> | \
        <a href=\"/b\">园区动态</a> | <a href=\"/c\">联系我们</a></div>\n\
        <p>5月9日，南港园区新签约项目6个，总投资21亿元。</p>\n</body></html>\n";
    assert_eq!(Document::parse(menu).title(), None);
    // Nor are breadcrumbs, in plain text too.
    let crumbs = "首页 > 新闻中心 > 园区动态\n5月9日，南港园区新签约项目6个，总投资21亿元。\n";
    assert_eq!(Document::parse(crumbs).title(), None);
}

#[test]
fn a_first_line_that_is_only_a_labelled_date_is_no_headline() {
    let story = "西岭镇光伏电站项目并网发电\n9月2日，总投资4.5亿元的西岭镇光伏电站项目并网发电。\n";
    for label in [
        "公告日期：2024-09-02",
        "【成文日期】2024年9月2日",
        "发布时间：2024-09-02 16:40",
        "报告日期：2024-09-02",
    ] {
        let input = format!("{label}\n{story}");
        let doc = Document::parse(&input);
        assert_eq!(doc.title(), Some("西岭镇光伏电站项目并网发电"), "{input}");
    }
    // A timestamp's label gives the reference date; 报告日期 is no such label.
    let input = format!("公告日期：2024-09-02\n{story}");
    assert_eq!(
        Document::parse(&input).published().map(|p| p.to_string()),
        Some("2024-09-02".to_string())
    );
}
