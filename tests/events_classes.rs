//! Event classes of the trust, generalize and records issues: dates after
//! the verb, day ranges, ceremonies, the production verbs of SPEC, one
//! event per ceremony, spans that never cut a number, and the facts of an
//! event. Every sentence here is written for these tests.

use chrono::NaiveDate;
use zhfacts::{Document, EventType, Extractor, Fact, FactData};

/// The guarantees these tests rely on: spans hold their text, an event's
/// date is a date and its facts are quantities.
fn check(input: &str, facts: &[Fact]) {
    for f in facts {
        assert_eq!(&input[f.span.range()], f.text);
        if let FactData::Event(e) = &f.data {
            assert!(matches!(facts[e.date].data, FactData::Date(_)));
            for &k in &e.facts {
                assert!(matches!(
                    facts[k].data,
                    FactData::Money(_)
                        | FactData::Count(_)
                        | FactData::Area(_)
                        | FactData::Percent(_)
                ));
            }
        }
    }
}

/// `Type trigger date-from [fact texts] «span»` for every event of `input`.
fn events(input: &str) -> Vec<String> {
    let r = NaiveDate::from_ymd_opt(2024, 3, 20);
    let facts = Extractor::new()
        .reference_date(r)
        .extract(&Document::parse(input));
    check(input, &facts);
    let text = |f: &Fact| f.text.clone();
    facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Event(e) => {
                let from = match &facts[e.date].data {
                    FactData::Date(d) => d.from.map(|x| x.to_string()).unwrap_or_default(),
                    _ => String::new(),
                };
                let linked: Vec<String> = e.facts.iter().map(|&k| text(&facts[k])).collect();
                Some(format!(
                    "{:?} {} {from} {linked:?} «{}»",
                    e.event_type, e.trigger, f.text
                ))
            }
            _ => None,
        })
        .collect()
}

fn types(input: &str) -> Vec<EventType> {
    let facts = Extractor::new()
        .reference_date(NaiveDate::from_ymd_opt(2024, 3, 20))
        .extract(&Document::parse(input));
    facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Event(e) => Some(e.event_type),
            _ => None,
        })
        .collect()
}

#[test]
fn a_date_between_the_ceremony_and_its_verb() {
    assert_eq!(
        events("据悉，重点项目集中开工仪式2月26日上午在经开区举行，开工项目12个。"),
        [
            "Groundbreaking 开工 2024-02-26 [\"12个\"] «重点项目集中开工仪式2月26日上午在经开区举行，开工项目12个»"
        ]
    );
    // A date after a verb with no ceremony verb after it is not the verb's.
    assert!(events("据悉，县里启动资产整合】3月1日晚间，公司发布公告。").is_empty());
}

#[test]
fn a_day_range_dates_its_event() {
    assert_eq!(
        events("据悉，11日至13日，招商推介会在市会展中心举办，签约项目9个。"),
        ["Signing 签约 2024-03-11 [\"9个\"] «11日至13日，招商推介会在市会展中心举办，签约项目9个»"]
    );
}

#[test]
fn the_production_verbs_of_spec() {
    for (s, want) in [
        ("据悉，城际铁路今年6月开通。", EventType::Production),
        ("据悉，跨江大桥去年12月通车。", EventType::Production),
        ("据悉，储能电站1月投运。", EventType::Production),
        ("据悉，新航站楼2月启用。", EventType::Production),
        ("据悉，安置房去年底交付使用。", EventType::Production),
        ("据悉，引水工程9月20日通水运行。", EventType::Production),
        ("据悉，二期工程3月启动建设。", EventType::Groundbreaking),
        ("据悉，全市3月召开项目建设动员大会。", EventType::Other),
        // 完成投资 reports money spent, not finished works.
        ("据悉，1—2月全县完成投资12亿元。", EventType::Other),
        (
            "据悉，去年，老城区改造工程全面完成。",
            EventType::Completion,
        ),
    ] {
        assert_eq!(types(s), [want], "{s}");
    }
    // 建成区 is the built-up area; 启动仪式 the ceremony's name (举行 is its verb).
    assert_eq!(
        types("据悉，上半年，园区完成投资3亿元，建成区面积达到5平方公里。"),
        [EventType::Other]
    );
    assert_eq!(
        events("据悉，5月9日，园区举行数字经济启动仪式。"),
        ["Other 举行 2024-05-09 [] «5月9日，园区举行数字经济启动仪式»"]
    );
    // 建成通车后: a condition, no event.
    assert!(types("据悉，项目预计明年建成，建成通车后车程缩短一半。").len() == 1);
}

#[test]
fn one_ceremony_is_one_event_and_different_verbs_are_two() {
    assert_eq!(
        types("据悉，3月8日，全区举行集中签约仪式，现场签订项目合同15个，总投资80亿元。"),
        [EventType::Signing]
    );
    assert_eq!(
        types("据悉，去年，园区新落地项目40个，引进研发机构6个。"),
        [EventType::Settlement, EventType::Settlement]
    );
}

#[test]
fn an_event_span_never_cuts_a_number() {
    let s = "据悉，3月5日，新区集中开工项目21个，总投资61,771万元。";
    let got = events(s);
    assert_eq!(
        got,
        [
            "Groundbreaking 开工 2024-03-05 [\"21个\", \"61,771万元\"] «3月5日，新区集中开工项目21个，总投资61,771万元»"
        ]
    );
}

#[test]
fn the_facts_of_an_event() {
    // A clause that starts a statement of its own is not the event's.
    assert_eq!(
        events("据悉，去年全县开工项目45个，总投资90亿元，新增规上企业12家，总数达到300家。"),
        [
            "Groundbreaking 开工 2023-01-01 [\"45个\", \"90亿元\"] «去年全县开工项目45个，总投资90亿元»"
        ]
    );
    // An event whose clauses hold no facts takes those before its verb.
    assert_eq!(
        events("据悉，二期项目总投资18亿元，占地320亩，预计2025年6月竣工。"),
        [
            "Completion 竣工 2025-06-01 [\"18亿元\", \"320亩\"] «二期项目总投资18亿元，占地320亩，预计2025年6月竣工»"
        ]
    );
    // Counts and percents before it describe something else.
    assert_eq!(
        events("据悉，沿线8座车站正在施工，全线预计2025年底开通。"),
        ["Production 开通 2025-10-01 [] «全线预计2025年底开通»"]
    );
    // …nor when its clause names a subject of its own.
    assert_eq!(
        events("据悉，公司投资5000万元扩建车间，项目预计今年底竣工。"),
        ["Completion 竣工 2024-10-01 [] «项目预计今年底竣工»"]
    );
}

#[test]
fn a_date_in_the_ceremony_name_gives_way_to_the_day_it_was_held() {
    // The quarter names the ceremony; the ceremony was held on Mar 12.
    assert_eq!(
        events(
            "高新区2024年第一季度重大项目集中签约仪式3月12日下午在会展中心举行，签约项目9个，签约总金额86亿元。"
        ),
        [
            "Signing 签约 2024-03-12 [\"9个\", \"86亿元\"] «高新区2024年第一季度重大项目集中签约仪式3月12日下午在会展中心举行，签约项目9个，签约总金额86亿元»"
        ]
    );
    // With no day after it, the named period is the only date there is.
    assert_eq!(
        events("2024年第一季度重大项目集中开工仪式在经开区举行。"),
        ["Groundbreaking 开工 2024-01-01 [] «2024年第一季度重大项目集中开工仪式在经开区举行»"]
    );
}

#[test]
fn that_day_after_a_named_day_dates_the_event() {
    // 当天 opening a clause is the day named last, in an earlier sentence…
    assert_eq!(
        events("3月8日，全县重大项目推进会召开。当天下午，集中开工仪式在园区举行，开工项目15个。"),
        [
            "Other 召开 2024-03-08 [] «3月8日，全县重大项目推进会召开»",
            "Groundbreaking 开工 2024-03-08 [\"15个\"] «当天下午，集中开工仪式在园区举行，开工项目15个»"
        ]
    );
    // …or in the same one.
    assert_eq!(
        events("2月26日上午召开招商大会，当日共签约项目6个。"),
        ["Signing 签约 2024-02-26 [\"6个\"] «2月26日上午召开招商大会，当日共签约项目6个»"]
    );
    // With no day named before it, 当天 names none.
    assert!(events("当天下午，集中开工仪式在园区举行，开工项目15个。").is_empty());
    // Used for speed (same-day service), it names no day.
    let r = NaiveDate::from_ymd_opt(2024, 3, 20);
    let facts = Extractor::new().reference_date(r).extract(&Document::parse(
        "3月8日起，企业开办实现当日申报当日办结，当天办结率达到98%。",
    ));
    let dates: Vec<&str> = facts
        .iter()
        .filter(|f| matches!(f.data, FactData::Date(_)))
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(dates, ["3月8日"]);
}

#[test]
fn put_into_operation_in_either_script_is_production() {
    assert_eq!(
        events("跨海大桥项目已于2024年11月28日全面投入运作。"),
        ["Production 投入运作 2024-11-28 [] «跨海大桥项目已于2024年11月28日全面投入运作»"]
    );
    assert_eq!(
        events("新航站楼已於2024年9月1日正式投入運行。"),
        ["Production 投入運行 2024-09-01 [] «新航站楼已於2024年9月1日正式投入運行»"]
    );
}

#[test]
fn grid_connection_is_a_production_event() {
    assert_eq!(
        types("10月12日，北坡风电项目并网发电。"),
        [EventType::Production]
    );
    assert!(types("10月12日，园区新建并网光伏电站3座。").is_empty());
}

#[test]
fn a_news_dateline_before_the_date_leaves_the_event() {
    for s in [
        "本报讯（记者 李明 通讯员 张华）3月12日，城东污水处理厂扩建工程正式开工。",
        "本报讯 3月12日，城东污水处理厂扩建工程正式开工。",
        "（记者 李明）3月12日，城东污水处理厂扩建工程正式开工。",
    ] {
        assert_eq!(types(s), [EventType::Groundbreaking], "{s}");
    }
}

#[test]
fn the_day_a_reporter_learned_the_news_dates_no_event() {
    assert_eq!(
        events("记者昨天从市发改委获悉，全市签约项目16个。"),
        Vec::<String>::new()
    );
    assert_eq!(
        events("3月18日，记者从市统计局了解到，一季度新开工项目32个。"),
        ["Groundbreaking 开工 2024-01-01 [\"32个\"] «一季度新开工项目32个»"]
    );
    // An event on the day: its date stands.
    assert_eq!(
        events("昨日上午，滨江光伏项目开工。"),
        ["Groundbreaking 开工 2024-03-19 [] «昨日上午，滨江光伏项目开工»"]
    );
}

#[test]
fn a_time_the_clause_names_unread_keeps_it_from_the_date_before() {
    // 一季度 after a month of last year is not read (R is in March): the
    // 投产 clause is no event of 去年11月.
    assert_eq!(
        events("滨江光伏项目去年11月签约，一季度投产。"),
        ["Signing 签约 2023-11-01 [] «滨江光伏项目去年11月签约»"]
    );
    assert_eq!(
        events("3月1日签约，3个月后投产。"),
        ["Signing 签约 2024-03-01 [] «3月1日签约»"]
    );
    // A later part of the year named after a month is read in its year.
    assert_eq!(
        events("项目计划明年3月开工，年底投产。"),
        [
            "Groundbreaking 开工 2025-03-01 [] «项目计划明年3月开工»",
            "Production 投产 2025-10-01 [] «年底投产»"
        ]
    );
}

#[test]
fn a_target_with_a_date_is_a_planned_event() {
    assert_eq!(
        events("滨江大厦力争8月底前完成主体结构封顶。"),
        ["Completion 封顶 2024-08-21 [] «滨江大厦力争8月底前完成主体结构封顶»"]
    );
    assert_eq!(
        events("力争全年新签约亿元以上项目60个以上。"),
        [
            "Signing 签约 2024-01-01 [\"亿元以上\", \"60个以上\"] «力争全年新签约亿元以上项目60个以上»"
        ]
    );
    // A wish with no date of its own is none.
    assert_eq!(events("推动滨江项目早日投产。"), Vec::<String>::new());
}

#[test]
fn a_sentence_after_a_semicolon_takes_the_date_and_facts_before_it() {
    assert_eq!(
        events("今年1-2月，全区签约项目23个；新开工项目11个。"),
        [
            "Signing 签约 2024-01-01 [\"23个\"] «今年1-2月，全区签约项目23个»",
            "Groundbreaking 开工 2024-01-01 [\"23个\", \"11个\"] «新开工项目11个»"
        ]
    );
}

#[test]
fn opening_to_the_public_is_production() {
    assert_eq!(
        types("9月28日，东湖文旅小镇一期正式开业。"),
        [EventType::Production]
    );
    assert_eq!(
        types("10月1日，城市博物馆新馆开馆。"),
        [EventType::Production]
    );
}

#[test]
fn what_the_works_add_belongs_to_their_event_and_new_firms_do_not() {
    assert_eq!(
        events("3月8日，东湖物流园二期建成投用，新增仓储面积2.6万平方米。"),
        [
            "Production 建成投用 2024-03-08 [\"2.6万平方米\"] «3月8日，东湖物流园二期建成投用，新增仓储面积2.6万平方米»"
        ]
    );
    assert_eq!(
        events("3月8日，东湖物流园二期建成投用，新增规上企业12家。"),
        ["Production 建成投用 2024-03-08 [] «3月8日，东湖物流园二期建成投用»"]
    );
}

#[test]
fn a_years_plan_before_a_noun_does_not_date_the_event() {
    assert_eq!(
        events("截至3月中旬，全县2024年度农田建设任务已全部开工。"),
        ["Groundbreaking 开工 2024-03-11 [] «截至3月中旬，全县2024年度农田建设任务已全部开工»"]
    );
}

#[test]
fn completing_a_share_of_the_works_is_progress_not_completion() {
    assert_eq!(
        events("2023年3月开工的滨江大桥，目前已完成工程量的68%。"),
        ["Groundbreaking 开工 2023-03-01 [] «2023年3月开工的滨江大桥»"]
    );
}

#[test]
fn an_inauguration_is_a_completion() {
    assert_eq!(
        types("位於將軍澳的創新中心已於10月初全面落成。"),
        [EventType::Completion]
    );
}

#[test]
fn a_day_glossing_the_time_words_that_open_a_clause_heads_it() {
    assert_eq!(
        events("假期首日（10月1日），老城区的滨河商业街区正式开业，总建筑面积8.6万平方米。"),
        [
            "Production 开业 2024-10-01 [\"8.6万平方米\"] «假期首日（10月1日），老城区的滨河商业街区正式开业，总建筑面积8.6万平方米»"
        ]
    );
}

#[test]
fn the_time_of_an_event_and_its_tenants_start_no_event_of_their_own() {
    // 开业当天 and 入驻商户 continue the opening; 通车里程 is a length.
    assert_eq!(
        types("3月1日，滨河商业街区正式开业，入驻商户230余家，开业当天客流超过5万人次。"),
        [EventType::Production]
    );
    assert_eq!(types("截至去年底，全县高速公路通车里程达到143公里。"), []);
    // Moving in, told as such, is one.
    assert_eq!(
        types("今年以来，园区已入驻科技型企业63家。"),
        [EventType::Settlement]
    );
}

#[test]
fn milestones_of_building_works_are_events() {
    assert_eq!(
        types("11月5日上午，清水河特大桥主桥顺利合龙。"),
        [EventType::Other]
    );
    assert_eq!(types("今年6月，凤岭隧道全线贯通。"), [EventType::Other]);
    assert_eq!(types("2022年11月15日实现大江截流。"), [EventType::Other]);
    assert_eq!(
        types("3月8日，白石河水库正式下闸蓄水。"),
        [EventType::Other]
    );
    // A rule taking effect on a day.
    assert_eq!(types("本措施自2026年1月1日起施行。"), [EventType::Other]);
}

#[test]
fn a_deed_told_against_its_plan_and_a_meeting_about_it_are_no_second_event() {
    assert_eq!(
        types("11月19日，光伏电站已实现全容量并网发电，较计划提前10天投产。"),
        [EventType::Production]
    );
    // The meeting is held (召开, other); 开工 in its name starts nothing.
    assert_eq!(
        types("高新区将于3月26日召开项目集中开工推进会。"),
        [EventType::Other]
    );
}

#[test]
fn an_item_of_a_news_flash_opens_after_its_mark() {
    let input = "快讯\n\n1.【江苏】昨日，盐城经开区与华明光电签约显示模组项目，总投资18亿元。\n\
                 4.【广东】3月18日，粤新汽车在肇庆签约汽车零部件项目，总投资12亿元。";
    assert_eq!(
        events(input),
        [
            "Signing 签约 2024-03-19 [\"18亿元\"] «昨日，盐城经开区与华明光电签约显示模组项目，总投资18亿元»",
            "Signing 签约 2024-03-18 [\"12亿元\"] «3月18日，粤新汽车在肇庆签约汽车零部件项目，总投资12亿元»",
        ]
    );
}

#[test]
fn a_later_event_of_a_sentence_does_not_borrow_the_facts_of_an_earlier_one() {
    assert_eq!(
        events("水厂扩建工程总投资3.2亿元，计划于2024年5月开工，2025年9月底前完工。"),
        [
            "Groundbreaking 开工 2024-05-01 [\"3.2亿元\"] «水厂扩建工程总投资3.2亿元，计划于2024年5月开工»",
            "Completion 完工 2025-09-21 [] «2025年9月底前完工»",
        ]
    );
    // …unless its clause goes on with the same works (并, 随后).
    assert_eq!(
        events("产业园项目总投资5亿元，2024年3月开工，并于当年底封顶。"),
        [
            "Groundbreaking 开工 2024-03-01 [\"5亿元\"] «产业园项目总投资5亿元，2024年3月开工»",
            "Completion 封顶 2024-10-01 [\"5亿元\"] «产业园项目总投资5亿元，2024年3月开工，并于当年底封顶»",
        ]
    );
}

#[test]
fn a_markdown_bullet_with_a_bold_tag_opens_a_dated_item() {
    let input = "## 一、签约\n\n- **【嘉禾】** 3月3日，嘉禾经开区签约智能装备项目，总投资45亿元。\n* 3月4日，吴江高新区集中签约项目16个。\n";
    assert_eq!(
        events(input),
        [
            "Signing 签约 2024-03-03 [\"45亿元\"] «3月3日，嘉禾经开区签约智能装备项目，总投资45亿元»",
            "Signing 签约 2024-03-04 [\"16个\"] «3月4日，吴江高新区集中签约项目16个»",
        ]
    );
}

#[test]
fn two_dated_deeds_joined_by_a_list_mark_are_two_events() {
    assert_eq!(
        events("新厂预计2025年四季度完工、2026年上半年量产。"),
        [
            "Completion 完工 2025-10-01 [] «新厂预计2025年四季度完工»",
            "Production 量产 2026-01-01 [] «2026年上半年量产»",
        ]
    );
    // Verbs listed before a noun are no deeds; two verbs of one deed are one.
    assert!(events("3月以来，重大项目签约、开工、投产动态密集。").is_empty());
    assert_eq!(
        events("项目于2023年底建成、投产。"),
        ["Production 投产 2023-10-01 [] «项目于2023年底建成、投产»"]
    );
    // 量产化 names a kind of equipment.
    assert!(
        events("3月5日，公司签下量产化设备订单。")
            .iter()
            .all(|e| e.starts_with("Signing"))
    );
}

#[test]
fn a_date_in_the_name_of_a_ceremony_held_later_in_the_clause_gives_way() {
    assert_eq!(
        events("3月18日下午，某市2024年第一季度招商引资项目“云签约”活动在市民之家举行。"),
        [
            "Other 举行 2024-03-18 [] «3月18日下午，某市2024年第一季度招商引资项目“云签约”活动在市民之家举行»"
        ]
    );
}

#[test]
fn what_an_event_means_is_no_deed_of_its_own() {
    assert_eq!(
        events("3月15日上午，某物流园开园仪式在园区广场举行，标志着全市首个物流枢纽正式投入运营。"),
        ["Production 开园 2024-03-15 [] «3月15日上午，某物流园开园仪式在园区广场举行»"]
    );
}
