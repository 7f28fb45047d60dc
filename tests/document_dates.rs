//! Issue 14, "Reference date from more page shapes": the publication date
//! from a dated headline, labelled dates anywhere in the page head, and no
//! date facts from navigation, `<meta>` attributes or link lists.

use zhfacts::{Document, DropReason, Extractor, FactData};

fn published(input: &str) -> Option<String> {
    Document::parse(input).published().map(|p| p.to_string())
}

/// The resolved range of the fact `text` (a relative date).
fn resolved(input: &str, text: &str) -> Option<String> {
    Extractor::new()
        .extract_str(input)
        .iter()
        .find(|f| f.text == text)
        .and_then(|f| match &f.data {
            FactData::Date(d) => d.from.map(|a| a.to_string()),
            _ => None,
        })
}

#[test]
fn a_dated_headline_gives_the_reference_date() {
    let input = "# 财经早报 2023-11-6\n\n去年全市新引进项目12个。";
    assert_eq!(published(input).as_deref(), Some("2023-11-06"));
    assert_eq!(Document::parse(input).title(), Some("财经早报 2023-11-6"));
    assert_eq!(resolved(input, "去年").as_deref(), Some("2022-01-01"));

    let input = "某县经济运行简报2023年11月6日\n\n去年全市新引进项目12个。";
    assert_eq!(published(input).as_deref(), Some("2023-11-06"));
}

#[test]
fn a_heading_that_repeats_the_front_matter_title_with_a_date_dates_the_page() {
    // Front matter with a title and no date; the heading says the title
    // again with the page's date, before or after it.
    let input = "---\ntitle: 开发区招商简报\nauthor: 招商局\n---\n# 开发区招商简报 2024-05-09\n\n去年全区新引进项目12个。";
    assert_eq!(published(input).as_deref(), Some("2024-05-09"));
    assert_eq!(resolved(input, "去年").as_deref(), Some("2023-01-01"));
    let doc = Document::parse(input);
    assert_eq!(doc.title(), Some("开发区招商简报"));
    assert!(
        doc.dropped().any(|d| d.reason == DropReason::RepeatedTitle),
        "the dated heading is the title again"
    );
    let input = "---\ntitle: 开发区招商简报\n---\n# （2024年5月9日）开发区招商简报\n去年全区新引进项目12个。";
    assert_eq!(published(input).as_deref(), Some("2024-05-09"));
    // A heading that goes on after the date is story: its date is a fact,
    // not the page's.
    let input = "---\ntitle: 开发区招商简报\n---\n# 开发区招商简报 2024年5月9日签约项目8个\n去年全区新引进项目12个。";
    assert_eq!(published(input), None);
}

#[test]
fn a_byline_with_the_publishers_name_dates_the_page() {
    // A publisher's name (an office, a paper, an account) before or after
    // the date, on the line under the headline or above it.
    let input =
        "【园区招商】2024年第3期\n某某高新区管委会招商局  2024年4月3日\n去年全区新引进项目12个。";
    assert_eq!(published(input).as_deref(), Some("2024-04-03"));
    assert_eq!(resolved(input, "去年").as_deref(), Some("2023-01-01"));
    assert_eq!(
        Document::parse(input).title(),
        Some("【园区招商】2024年第3期")
    );

    let input = "2024年4月3日 星期三 某某日報\n本澳首季投資額按年升8%\n去年全年簽約項目12個。";
    assert_eq!(published(input).as_deref(), Some("2024-04-03"));
    assert_eq!(
        Document::parse(input).title(),
        Some("本澳首季投資額按年升8%")
    );

    let input = "转自“某某观察”公众号 2024-04-03 21:15\n返乡创业的故事\n去年全村新办企业12家。";
    assert_eq!(published(input).as_deref(), Some("2024-04-03T21:15:00"));
    assert_eq!(Document::parse(input).title(), Some("返乡创业的故事"));

    // Story words around a date are no byline: the headline keeps its date
    // fact and the page stays undated.
    let input =
        "某县重大项目集中开工\n全县项目建设推进会 2024年4月3日召开\n去年全县新引进项目12个。";
    assert_eq!(published(input), None);
}

#[test]
fn a_date_line_with_a_weekday() {
    let input = "某县重大项目集中开工\n2023年11月6日 星期一\n去年全市新引进项目12个。";
    assert_eq!(published(input).as_deref(), Some("2023-11-06"));
    assert_eq!(resolved(input, "去年").as_deref(), Some("2022-01-01"));
    let facts = Extractor::new().extract_str(input);
    assert!(facts.iter().all(|f| f.text != "2023年11月6日"), "{facts:?}");
}

#[test]
fn front_matter_without_date_but_a_dated_title() {
    let input = "---\ntitle: \"财经早报 2023-11-6\"\nlayout: post\n---\n去年全市新引进项目12个。";
    assert_eq!(published(input).as_deref(), Some("2023-11-06"));
    assert_eq!(resolved(input, "去年").as_deref(), Some("2022-01-01"));
    // A `date:` wins over the title.
    let input = "---\ntitle: \"财经早报 2023-11-6\"\ndate: 2023-11-07\n---\n正文。";
    assert_eq!(published(input).as_deref(), Some("2023-11-07"));
}

#[test]
fn labelled_dates_anywhere_in_the_page_head() {
    for (line, want) in [
        ("发布日期：2023-04-12 09:15", "2023-04-12T09:15:00"),
        ("时间：2019/10/8 16:02:45", "2019-10-08T16:02:45"),
        ("发稿时间：2020/3/27", "2020-03-27"),
        ("作者：张三 | 发稿时间：2020/3/27", "2020-03-27"),
        (
            "来源：某日报    发布时间：2014 / 08 / 15 浏览次数：88",
            "2014-08-15",
        ),
    ] {
        for input in [
            format!("某县重大项目集中开工\n{line}\n去年全市新引进项目12个。"),
            format!("某县重大项目集中开工\n作者：李四\n\n{line}\n\n去年全市新引进项目12个。"),
            format!(
                "<h1>某县重大项目集中开工</h1><div class=\"info\"><span>{line}</span></div><p>去年全市新引进项目12个。</p>"
            ),
        ] {
            let doc = Document::parse(&input);
            assert_eq!(
                doc.published().map(|p| p.to_string()).as_deref(),
                Some(want),
                "{input}"
            );
            assert_eq!(doc.title(), Some("某县重大项目集中开工"), "{input}");
            let facts = Extractor::new().extract(&doc);
            assert_eq!(facts.len(), 3, "{input}: {facts:?}");
        }
    }
}

#[test]
fn a_labelled_date_after_the_story_starts_is_not_the_timestamp() {
    let input =
        "某县重大项目集中开工\n\n去年全市新引进项目12个，总投资215亿元。\n\n发布时间：2020-03-27\n";
    assert_eq!(published(input), None);
}

#[test]
fn dates_in_navigation_meta_and_link_lists_are_not_facts() {
    let input = "<html><head><meta name=\"pubdate\" content=\"2023-04-12\">\
        <meta property=\"article:published_time\" content=\"2023年4月12日\"></head><body>\
        <div>首页 &gt; 要闻 &gt; 2023年4月 专题</div>\
        <h1>某县重大项目集中开工</h1>\
        <p>发布日期：2023-04-12 09:15</p>\
        <p>去年全市新引进项目12个。</p>\
        <ul><li><a href=\"/a.html\">某县签约项目28个 2023-02-01</a></li></ul>\
        <p>- [某市引进企业15家 2023-01-05](https://example.com/b)</p>\
        </body></html>";
    let doc = Document::parse(input);
    assert_eq!(doc.published().unwrap().to_string(), "2023-04-12T09:15:00");
    let facts = Extractor::new().extract(&doc);
    let texts: Vec<&str> = facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(texts.contains(&"12个"), "{texts:?}");
    let reasons: Vec<DropReason> = doc.dropped().map(|d| d.reason).collect();
    assert!(reasons.contains(&DropReason::Navigation), "{reasons:?}");
    assert!(reasons.contains(&DropReason::Timestamp), "{reasons:?}");
}

#[test]
fn a_lead_under_the_headline_does_not_end_the_page_head() {
    for lead in [
        "> 新区前三季度签约项目41个，协议投资386亿元。",
        "【摘要】新区前三季度签约项目41个，协议投资386亿元。",
    ] {
        let input = format!(
            "# 白沙湾财经早报\n\n{lead}\n\n作者：陈默 | 发稿时间：2023/11/6 07:30\n\n前三季度，新区签约项目41个，协议投资386亿元。"
        );
        assert_eq!(
            published(&input).as_deref(),
            Some("2023-11-06T07:30:00"),
            "{lead}"
        );
    }
}

#[test]
fn the_headline_sits_above_a_lead_and_a_byline() {
    let input = "# 白沙湾财经早报\n\n> 新区签约项目41个。\n\n作者：陈默 | 发稿时间：2023/11/6 07:30\n\n新区签约项目41个，协议投资386亿元。";
    let doc = Document::parse(input);
    assert_eq!(doc.title(), Some("白沙湾财经早报"));
    let sections: Vec<zhfacts::Section> = doc.sentences().map(|s| s.section).collect();
    assert_eq!(
        sections,
        [
            zhfacts::Section::Title,
            zhfacts::Section::Summary,
            zhfacts::Section::Body
        ]
    );
}

#[test]
fn reference_dates_from_feeds_meta_and_dated_headlines() {
    let published = |input: &str| {
        zhfacts::Document::parse(input)
            .published()
            .map(|p| p.date().to_string())
    };
    // An RSS item: the date element comes after the story.
    let rss = "<item><title>某区重点项目集中开工</title><description><![CDATA[<p>今年8月，共开工项目12个。</p>]]></description>\n<pubDate>Tue, 03 Sep 2024 10:00:00 +0800</pubDate></item>";
    assert_eq!(published(rss).as_deref(), Some("2024-09-03"));
    // An Atom entry: <published>, never the crawl time in <updated>.
    let atom = "<entry><updated>2024-10-26T09:52:29Z</updated><published>2024-10-23T09:35:00+08:00</published><content>本月签约项目5个。</content></entry>";
    assert_eq!(published(atom).as_deref(), Some("2024-10-23"));
    // A page whose headline carries its date in brackets, below navigation.
    let page = "<div>首页</div><div>新闻中心</div><h1><span>某市4月新房成交量回升</span><span>[2016-05-03]</span></h1><p>4月份，全市新建商品住宅成交1.2万套。</p>";
    assert_eq!(published(page).as_deref(), Some("2016-05-03"));
    // A question as the headline, then the labelled date with spaced slashes.
    let letter = "<h2>怎样查询项目进度？</h2>\n<p>来源：某某网&nbsp;&nbsp;发布时间：2015 / 06 / 18</p>\n<p>6月12日，产业园奠基仪式举行。</p>";
    assert_eq!(published(letter).as_deref(), Some("2015-06-18"));
    // The story's relative dates resolve against them.
    let facts = zhfacts::Extractor::new().extract_str(page);
    let FactData::Date(d) = &facts.iter().find(|f| f.text == "4月份").unwrap().data else {
        panic!()
    };
    assert_eq!(d.from.map(|d| d.to_string()).as_deref(), Some("2016-04-01"));
}

#[test]
fn a_timestamp_line_in_markdown_emphasis() {
    for line in [
        "**发布时间：2024-05-06 08:30**　来源：市政府办",
        "**发布时间：2024-05-06 08:30**",
        "__2024-05-06 08:30__",
        "*来源：县融媒体中心 发布日期：2024-05-06*",
    ] {
        let input = format!(
            "---\ntitle: \"某区召开经济运行分析会\"\n---\n\n{line}\n\n去年全区新引进项目12个。\n"
        );
        let date = published(&input).map(|p| p[..10].to_string());
        assert_eq!(date.as_deref(), Some("2024-05-06"), "{line}");
        assert_eq!(
            resolved(&input, "去年").as_deref(),
            Some("2023-01-01"),
            "{line}"
        );
    }
    // Emphasis does not make a sentence a timestamp.
    let input = "某区召开分析会\n\n**2024年5月6日，某区举行重大项目集中开工仪式。**\n";
    assert_eq!(published(input), None);
}

#[test]
fn a_timestamp_in_brackets_beside_widgets_and_an_roc_date_line() {
    // A bracketed label line with a font-size widget is furniture.
    let input =
        "县招商局工作动态\n【发布时间：2025-03-12】【字体：大 中 小】\n今年以来签约项目5个。";
    assert_eq!(published(input).as_deref(), Some("2025-03-12"));
    assert_eq!(resolved(input, "今年以来").as_deref(), Some("2025-01-01"));
    let facts = Extractor::new().extract_str(input);
    assert!(facts.iter().all(|f| f.text != "2025-03-12"), "{facts:?}");
    // A date line in the Republic of China calendar, with the era named.
    let input = "某市科技園區擴建\n中華民國114年3月5日 來源：某新聞網\n去年園區營收成長12%。";
    assert_eq!(published(input).as_deref(), Some("2025-03-05"));
    assert_eq!(resolved(input, "去年").as_deref(), Some("2024-01-01"));
    let input = "民国99年10月8日\n去年園區營收成長12%。";
    assert_eq!(published(input).as_deref(), Some("2010-10-08"));
}

#[test]
fn an_account_name_between_headline_and_timestamp() {
    // An exclamation in the headline is no story sentence, and the
    // account's name on a line of its own is no headline.
    for (headline, title) in [
        (
            "签约总额96亿元！我市二季度招商引资再传捷报",
            "签约总额96亿元！我市二季度招商引资再传捷报",
        ),
        (
            "签约总额96亿元 我市二季度招商引资再传捷报",
            "签约总额96亿元 我市二季度招商引资再传捷报",
        ),
        (
            "我市二季度招商引资再传捷报！",
            "我市二季度招商引资再传捷报！",
        ),
    ] {
        let input = format!(
            "{headline}\n江城融媒\n2024-06-20 18:30\n\n昨天下午，全市集中签约项目21个，总投资96亿元。"
        );
        assert_eq!(
            published(&input).as_deref(),
            Some("2024-06-20T18:30:00"),
            "{headline}"
        );
        assert_eq!(Document::parse(&input).title(), Some(title));
    }
    // A story line that exclaims after a comma is still the story: its
    // date stays a fact of the body.
    let input = "全市招商引资再传捷报\n\n2024年6月20日，全市集中签约项目21个，总投资96亿元！";
    assert_eq!(published(input), None);
}

#[test]
fn a_bulletins_office_line_dates_it_and_its_issue_number_is_no_title() {
    let input = "城南街道工作简报\n（2024年第7期）\n城南街道党政办公室编　　　　2024年4月12日\n今年以来，街道新签约项目3个，预计5月开工。\n";
    assert_eq!(published(input).as_deref(), Some("2024-04-12"));
    assert_eq!(Document::parse(input).title(), Some("城南街道工作简报"));
    assert_eq!(resolved(input, "5月").as_deref(), Some("2024-05-01"));
}

#[test]
fn a_publishers_line_with_widgets_or_a_wechat_head_dates_the_page() {
    for (input, want) in [
        // A publisher's name, the labelled date and bracketed widgets.
        (
            "1—9月全县工业用电量增长6.1%\n某县发展和改革局　　时间：2024/10/21　　【大 中 小】【打印】\n\n1—9月，全县工业用电量增长6.1%。",
            "2024-10-21",
        ),
        // A WeChat head: account names, the day and time, the poster's province.
        (
            "我县出台促消费十条措施\n原创　某县融媒　某县发布　2024年04月08日 19:05　江西\n\n近日，我县出台促消费措施。",
            "2024-04-08T19:05:00",
        ),
    ] {
        assert_eq!(published(input).as_deref(), Some(want), "{input}");
        let d = Document::parse(input);
        assert!(
            d.dropped().any(|x| x.reason == DropReason::Timestamp),
            "{input}"
        );
    }
    // A date and time inside a sentence is no stamp.
    let input = "我县举行项目集中开工活动\n\n2024年04月08日 09:30，我县举行项目集中开工活动。";
    assert_eq!(published(input), None);
    // The labelled time of a meeting or a tender is a fact of the notice,
    // not the page's stamp.
    for line in ["会议时间 2024年5月9日 14:30", "开标时间：2024-05-09 09:30"] {
        let input = format!("关于召开招商推介会的通知\n{line}\n会议地点：市民中心三楼");
        assert_eq!(published(&input), None, "{line}");
        let days: Vec<String> = Extractor::new()
            .extract_str(&input)
            .iter()
            .filter_map(|f| match &f.data {
                FactData::Date(d) => d.from.map(|a| a.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(days, ["2024-05-09"], "{line}");
    }
}

#[test]
fn of_several_labelled_dates_the_published_one_dates_the_page() {
    let input = "某区关于支持楼宇经济发展的若干措施\n\
        发文字号：某政办〔2024〕7号　　成文日期：2024年03月11日　　发布日期：2024年03月18日\n\n\
        第一条　对新引进的总部企业给予奖励。";
    assert_eq!(published(input).as_deref(), Some("2024-03-18"));
}

#[test]
fn a_speech_subtitle_and_a_signature_date_the_page() {
    let input = "政府工作报告\n——2025年1月8日在某市第九届人民代表大会第四次会议上\n某市市长　张三\n\n\
        过去一年，全市地区生产总值增长5.6%。今年要抓好重大项目建设。";
    assert_eq!(published(input).as_deref(), Some("2025-01-08"));
    assert_eq!(resolved(input, "今年").as_deref(), Some("2025-01-01"));

    // A listed company's announcement: codes above, the date under the
    // board's signature at the end.
    let input = "证券代码：300999　　证券简称：某某股份　　公告编号：2024-031\n\n\
        某某股份有限公司关于投资建设新生产基地的公告\n\n\
        公司拟投资5.2亿元建设新生产基地，项目预计明年开工。\n\n\
        特此公告。\n\n某某股份有限公司董事会\n2024年6月28日\n";
    assert_eq!(published(input).as_deref(), Some("2024-06-28"));
    let d = Document::parse(input);
    assert_eq!(
        d.title(),
        Some("某某股份有限公司关于投资建设新生产基地的公告")
    );
    assert_eq!(resolved(input, "明年").as_deref(), Some("2025-01-01"));
    assert!(
        !Extractor::new()
            .extract_str(input)
            .iter()
            .any(|f| f.text == "2024年6月28日"),
        "the signature's date is the page's, no fact"
    );
    // Under a line that signs nothing, the last line's date is no page's.
    let long = "这是正文的一句话，讲项目建设。".repeat(3);
    let input = format!(
        "某县召开项目推进会\n\n{}\n\n{}\n\n会议要求全县各部门狠抓落实\n2024年6月28日\n",
        long.repeat(12),
        long.repeat(12)
    );
    assert_eq!(published(&input), None);
}

#[test]
fn an_earlier_month_after_one_of_last_year_is_this_years_when_past() {
    let input = "发布时间：2025-08-12\n去年10月签约的某某精密部件项目已于5月底建成投产。";
    assert_eq!(resolved(input, "去年10月").as_deref(), Some("2024-10-01"));
    assert_eq!(resolved(input, "5月底").as_deref(), Some("2025-05-21"));
    // Not yet reached in R's year, or after a year further back: no date.
    let input = "发布时间：2025-03-12\n去年10月签约的某某精密部件项目将于5月底建成投产。";
    assert_eq!(resolved(input, "5月底"), None);
    let input = "发布时间：2025-08-12\n2022年10月签约的某某精密部件项目已于5月底建成投产。";
    assert_eq!(resolved(input, "5月底"), None);
}

#[test]
fn a_date_in_brackets_before_the_source_dates_the_page() {
    for (head, want) in [
        ("[2024-09-12] 来源：某某日报　作者：王某", "2024-09-12"),
        ("【2024-09-12 08:15】 来源：某某网", "2024-09-12T08:15:00"),
    ] {
        let input =
            format!("{head}\n\n前8个月全市外贸进出口增长5%\n\n今年1-8月，全市外贸进出口856亿元。");
        assert_eq!(published(&input).as_deref(), Some(want), "{head}");
        assert_eq!(
            resolved(&input, "今年1-8月").as_deref(),
            Some("2024-01-01"),
            "{head}"
        );
    }
}

#[test]
fn a_wechat_head_with_the_account_line_apart_dates_the_page() {
    for input in [
        "重磅！总投资超60亿元，某区8个项目集中签约\n\n原创　某区发布　某区发布\n2025年03月12日 19:20　江苏\n\n3月11日下午，某区一季度重大项目集中签约活动举行。",
        "某区8个项目集中签约\n原创　某区发布　某区发布\n2025年03月12日 19:20　江苏\n\n3月11日下午，某区一季度重大项目集中签约活动举行。",
    ] {
        assert_eq!(
            published(input).as_deref(),
            Some("2025-03-12T19:20:00"),
            "{input}"
        );
        let doc = Document::parse(input);
        let title = doc.title().unwrap_or_default();
        assert!(title.ends_with("8个项目集中签约"), "{title}");
    }
}

#[test]
fn a_stamp_in_full_width_digits_and_a_newspaper_page_line_date_the_page() {
    // Full-width digits in the stamp, with a font-size widget after it.
    let input = "发布日期：２０２４年０３月０８日　来源：某县农业农村局　　【大　中　小】\n\n某县一季度生猪出栏增长\n\n上半年全县生猪出栏１２万头。";
    assert_eq!(published(input).as_deref(), Some("2024-03-08"));
    assert_eq!(resolved(input, "上半年").as_deref(), Some("2024-01-01"));
    assert_eq!(
        Document::parse(input).title(),
        Some("某县一季度生猪出栏增长")
    );
    // A newspaper's byline: source, date and time, then the page it is on.
    let input = "来源：某某商报　　2024年10月9日 07:30　　第A05版：要闻\n\n某地茶博会开幕\n\n去年成交额增长12%。";
    assert_eq!(published(input).as_deref(), Some("2024-10-09T07:30:00"));
    let input = "某某日报 2024年10月9日 第3版\n\n某地茶博会开幕\n\n去年成交额增长12%。";
    assert_eq!(published(input).as_deref(), Some("2024-10-09"));
    // A sentence after the date is still a sentence, not a page.
    let input = "某地茶博会开幕\n\n2024年10月9日，第3版块展区开放，成交额增长12%。";
    assert_eq!(published(input), None);
}

#[test]
fn a_view_count_with_a_thousands_comma_is_furniture_of_the_stamp() {
    let input = "某行普惠贷款余额突破300亿元\n\n发布日期：2024年9月15日　信息来源：某行办公室　阅读量：2,048\n\n今年以来，该行贷款余额增长19%。";
    assert_eq!(published(input).as_deref(), Some("2024-09-15"));
    let input = "首页　时政　经济\n\n某市重大项目集中开工\n\n2024-10-12 08:30:16　来源：某某日报　浏览：3,276\n\n10月11日上午，全市集中开工项目48个。";
    assert_eq!(published(input).as_deref(), Some("2024-10-12T08:30:16"));
    // A comma of a sentence still makes the line a sentence.
    let input = "某市重大项目集中开工\n\n2024年10月11日,全市集中开工项目48个。";
    assert_eq!(published(input), None);
}
