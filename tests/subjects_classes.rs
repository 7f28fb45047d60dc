//! Subjects, roles and the fact a change is of, read from whole sentences
//! in the wording of 统计公报 and 政府工作报告 (every sentence written for
//! these tests).

use zhfacts::{Extractor, FactData, MoneyRole};

/// `(text, subject, of as the text of that fact)` of every money and
/// percent fact of `input`.
fn subjects(input: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let facts = Extractor::new().extract_str(input);
    facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Money(m) => Some((f.text.clone(), m.subject.clone(), None)),
            FactData::Percent(p) => Some((
                f.text.clone(),
                p.subject.clone(),
                p.of.map(|k| facts[k].text.clone()),
            )),
            _ => None,
        })
        .collect()
}

/// The subject of the fact written `text` in `input`.
fn subject_of(input: &str, text: &str) -> Option<String> {
    subjects(input)
        .into_iter()
        .find(|(t, _, _)| t == text)
        .unwrap_or_else(|| panic!("no fact {text} in {input}"))
        .1
}

fn role_of(input: &str, text: &str) -> MoneyRole {
    Extractor::new()
        .extract_str(input)
        .into_iter()
        .find_map(|f| match f.data {
            FactData::Money(m) if f.text == text => Some(m.role),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no money {text} in {input}"))
}

#[test]
fn non_tax_revenue_is_fiscal_revenue() {
    let s = "全年一般公共预算收入完成21.7亿元，其中税收收入15.2亿元，非税收入6.5亿元。";
    assert_eq!(role_of(s, "21.7亿元"), MoneyRole::Revenue);
    assert_eq!(role_of(s, "15.2亿元"), MoneyRole::Tax);
    assert_eq!(role_of(s, "6.5亿元"), MoneyRole::Revenue);
    assert_eq!(
        role_of("全县非税收入完成3.8亿元，下降4.2%。", "3.8亿元"),
        MoneyRole::Revenue
    );
}

#[test]
fn a_period_between_subject_and_verb_is_dropped() {
    for (s, text, want) in [
        (
            "全县地区生产总值预计全年达到186.4亿元。",
            "186.4亿元",
            "地区生产总值",
        ),
        (
            "全区一般公共预算收入预计全年完成12.6亿元。",
            "12.6亿元",
            "一般公共预算收入",
        ),
        (
            "规上工业总产值预期上半年突破90亿元。",
            "突破90亿元",
            "规上工业总产值",
        ),
    ] {
        assert_eq!(subject_of(s, text).as_deref(), Some(want), "{s}");
    }
}

#[test]
fn verbs_of_getting_granting_and_targets_are_no_subject() {
    for (s, text, want) in [
        (
            "全年争取到中央预算内资金4.1亿元。",
            "4.1亿元",
            "中央预算内资金",
        ),
        ("共争取上级各类补助资金9亿元。", "9亿元", "上级各类补助资金"),
        ("累计发放创业担保贷款2.3亿元。", "2.3亿元", "创业担保贷款"),
        ("兑现各类惠企资金3.6亿元。", "3.6亿元", "各类惠企资金"),
        ("实际利用外资折合人民币7.9亿元。", "7.9亿元", "实际利用外资"),
        (
            "明年地区生产总值力争达到260亿元。",
            "260亿元",
            "地区生产总值",
        ),
        ("全年固定资产投资确保完成80亿元。", "80亿元", "固定资产投资"),
    ] {
        assert_eq!(subject_of(s, text).as_deref(), Some(want), "{s}");
    }
    // 为 inside a word (作为, 为期) leads nothing.
    assert_eq!(
        subject_of("作为龙头的企业营业收入达15亿元。", "15亿元").as_deref(),
        Some("作为龙头的企业营业收入")
    );
}

#[test]
fn a_relative_clause_before_the_measured_noun_is_dropped() {
    assert_eq!(
        subject_of("今年重点推进的总投资达320亿元。", "320亿元").as_deref(),
        Some("总投资")
    );
    assert_eq!(
        subject_of("一季度新签约的项目总投资56亿元。", "56亿元").as_deref(),
        Some("项目总投资")
    );
    // 的 after a noun is no relative clause.
    assert_eq!(
        subject_of("第三产业的增加值为88亿元。", "88亿元").as_deref(),
        Some("第三产业的增加值")
    );
}

#[test]
fn the_letters_of_a_code_are_no_subject() {
    let got = subjects("全市PM2.5平均浓度为31微克/立方米，同比下降6.1%。");
    let rate = got.iter().find(|(t, _, _)| t == "6.1%").expect("6.1%");
    assert_ne!(rate.1.as_deref(), Some("PM"));
}

#[test]
fn a_share_of_the_plan_stands_aside_from_the_change() {
    let got = subjects("全年一般公共预算收入46.2亿元，为预算的101.3%，增长8.2%。");
    assert_eq!(got[1].0, "101.3%");
    assert_eq!(got[1].1.as_deref(), Some("预算"));
    assert_eq!(got[1].2, None);
    assert_eq!(
        got[2],
        (
            "8.2%".to_string(),
            Some("一般公共预算收入".to_string()),
            Some("46.2亿元".to_string())
        )
    );
    let got = subjects("规模以上工业增加值完成63亿元，完成年度计划的102%，增长7.4%。");
    assert_eq!(got[2].1.as_deref(), Some("规模以上工业增加值"));
    assert_eq!(got[2].2.as_deref(), Some("63亿元"));
    let got = subjects("税收收入30.5亿元，占一般公共预算收入的72.4%，增长5.6%。");
    assert_eq!(got[1].1.as_deref(), Some("税收收入"));
    assert_eq!(got[2].2.as_deref(), Some("30.5亿元"));
}

#[test]
fn a_parcel_in_registry_words_is_land() {
    let facts = Extractor::new().extract_str("该宗地面积2.1万平方米，净地出让。");
    let role = facts.iter().find_map(|f| match &f.data {
        FactData::Area(a) => Some(a.role),
        _ => None,
    });
    assert_eq!(role, Some(zhfacts::AreaRole::Land));
}

#[test]
fn a_rank_of_government_and_a_measuring_basis_are_no_place_or_subject() {
    // 省级 is a rank, not the place 省 before the subject.
    assert_eq!(
        subject_of("全年争取中央和省级各类资金28.6亿元。", "28.6亿元").as_deref(),
        Some("中央和省级各类资金")
    );
    // 同口径增长: how the change is measured; the change is of the amount.
    let got = subjects("一般公共预算收入完成23.6亿元，同口径增长7.8%。");
    assert_eq!(got[1].1.as_deref(), Some("一般公共预算收入"));
    assert_eq!(got[1].2.as_deref(), Some("23.6亿元"));
    // A conjunction opening the clause and a target's 有望 are no part of
    // the subject (全省 is its scope, as ever).
    assert_eq!(
        subject_of("而全省电子信息产业规模有望达到900亿元。", "900亿元").as_deref(),
        Some("电子信息产业规模")
    );
}

/// `(text, of as the text of that fact)` of every percent fact of `input`.
fn percent_of(input: &str) -> Vec<(String, Option<String>)> {
    subjects(input)
        .into_iter()
        .filter(|(t, _, _)| t.ends_with('%') || t.ends_with("百分点"))
        .map(|(t, _, of)| (t, of))
        .collect()
}

#[test]
fn respective_changes_pair_in_order_with_the_amounts_before_them() {
    let pair = |a: &str, b: &str| (a.to_string(), Some(b.to_string()));
    assert_eq!(
        percent_of("全年接待游客860万人次，实现旅游收入72.4亿元，分别增长15.1%和19.6%。"),
        vec![pair("15.1%", "860万人次"), pair("19.6%", "72.4亿元")]
    );
    assert_eq!(
        percent_of(
            "其中第一产业增加值31.2亿元、第二产业增加值120.5亿元、第三产业增加值200.8亿元，分别比上年增长3.1%、6.4%、5.2%。"
        ),
        vec![
            pair("3.1%", "31.2亿元"),
            pair("6.4%", "120.5亿元"),
            pair("5.2%", "200.8亿元")
        ]
    );
    // The subject is the paired amount's.
    let s = "进口额18.3亿元，出口额25.6亿元，分别下降4.2%和增长7.7%。";
    assert_eq!(subject_of(s, "4.2%").as_deref(), Some("进口额"));
    assert_eq!(subject_of(s, "7.7%").as_deref(), Some("出口额"));
    // No amounts before the list: the changes share the subject before it.
    let s = "城乡居民人均可支配收入分别增长4.8%和6.5%。";
    assert_eq!(
        subject_of(s, "6.5%").as_deref(),
        Some("城乡居民人均可支配收入")
    );
}

#[test]
fn a_second_comparison_is_of_the_same_amount() {
    let pair = |a: &str, b: Option<&str>| (a.to_string(), b.map(str::to_string));
    assert_eq!(
        percent_of("5月当月，全市进出口312.5亿元，同比增长4.6%，环比增长9.1%。"),
        vec![
            pair("4.6%", Some("312.5亿元")),
            pair("9.1%", Some("312.5亿元"))
        ]
    );
    assert_eq!(
        percent_of("全市新建商品住宅成交3120套，比上月下降12.4%，比去年同月下降8.3%。"),
        vec![pair("12.4%", Some("3120套")), pair("8.3%", Some("3120套"))]
    );
    // Hong Kong and Macau say 按年 and 按月 for 同比 and 环比.
    assert_eq!(
        percent_of("四月份零售業總銷貨價值為305.2億元，按年下跌3.1%，按月上升6.4%。"),
        vec![
            pair("3.1%", Some("305.2億元")),
            pair("6.4%", Some("305.2億元"))
        ]
    );
    // A contribution after a change is no second comparison of it.
    assert_eq!(
        percent_of("工业增加值860亿元，增长6.2%，拉动经济增长2.1个百分点。")[1],
        pair("2.1个百分点", None)
    );
}

#[test]
fn a_target_or_limit_word_ends_no_subject() {
    let s = "全年城镇登记失业率控制在3.5%以内，建筑密度≥30%，绿地率不低于35%。";
    assert_eq!(subject_of(s, "3.5%以内").as_deref(), Some("城镇登记失业率"));
    assert_eq!(subject_of(s, "30%").as_deref(), Some("建筑密度"));
    assert_eq!(subject_of(s, "不低于35%").as_deref(), Some("绿地率"));
}

#[test]
fn forecasts_cuts_bounds_and_scopes_are_no_subject() {
    let s = |input: &str, text: &str| subject_of(input, text);
    // A forecast, a cut, a bound or a chance after the subject is dropped.
    assert_eq!(
        s("核心通胀率预测为2.1%。", "2.1%").as_deref(),
        Some("核心通胀率")
    );
    assert_eq!(
        s("行政开支合共削减约5%。", "约5%").as_deref(),
        Some("行政开支")
    );
    assert_eq!(
        s("进口值将介于300亿至320亿美元。", "300亿至320亿美元").as_deref(),
        Some("进口值")
    );
    assert_eq!(
        s("单笔贷款最高可达500万元。", "500万元").as_deref(),
        Some("单笔贷款")
    );
    // A target, a scope, an estimate or a cause before the measured noun.
    assert_eq!(
        s("力争农产品加工产值增长12%。", "12%").as_deref(),
        Some("农产品加工产值")
    );
    assert_eq!(
        s("此举涉及财政资金约8亿元。", "约8亿元").as_deref(),
        Some("财政资金")
    );
    assert_eq!(
        s("估计每年减少税费收入约3亿元。", "约3亿元").as_deref(),
        Some("税费收入")
    );
    assert_eq!(
        s("停工导致额外费用合共1200万元。", "1200万元").as_deref(),
        Some("额外费用")
    );
    // 减少额 is a noun: kept.
    assert_eq!(
        s("全年税收减少额达2亿元。", "2亿元").as_deref(),
        Some("税收减少额")
    );
}

#[test]
fn zhanbi_is_part_of_the_subject() {
    // 占比 (share) is a noun: the subject keeps it; 占 before a whole opens a
    // share whose subject is the part.
    assert_eq!(
        subject_of("中长期贷款占比超过55%。", "超过55%").as_deref(),
        Some("中长期贷款占比")
    );
    assert_eq!(
        subject_of("线上销售占比达到38.5%。", "38.5%").as_deref(),
        Some("线上销售占比")
    );
    assert_eq!(
        subject_of("民间投资占全部投资的52%。", "52%").as_deref(),
        Some("民间投资")
    );
}

#[test]
fn hedges_and_adverbs_before_the_number_are_no_subject() {
    let s = "总投资差不多五个亿，技改投入大概三千万元，出口额首次突破20亿元。";
    assert_eq!(subject_of(s, "差不多五个亿").as_deref(), Some("总投资"));
    assert_eq!(subject_of(s, "大概三千万元").as_deref(), Some("技改投入"));
    assert_eq!(subject_of(s, "突破20亿元").as_deref(), Some("出口额"));
    // An adverb alone names nothing.
    assert_eq!(subject_of("今年已经到了6.5%。", "6.5%"), None);
}

#[test]
fn the_speaker_and_verbs_of_bringing_about_open_no_subject() {
    let s = "我们技改投资增长12%，撬动社会资本30亿元，促成银行贷款8亿元，落实减税降费2.1亿元。";
    assert_eq!(subject_of(s, "12%").as_deref(), Some("技改投资"));
    assert_eq!(subject_of(s, "30亿元").as_deref(), Some("社会资本"));
    assert_eq!(subject_of(s, "8亿元").as_deref(), Some("银行贷款"));
    assert_eq!(subject_of(s, "2.1亿元").as_deref(), Some("减税降费"));
}

#[test]
fn a_note_of_scope_in_brackets_is_no_part_of_the_subject() {
    assert_eq!(
        subject_of("全年民间投资（不含农户）比上年增长3.1%。", "3.1%").as_deref(),
        Some("民间投资")
    );
    assert_eq!(
        subject_of("景区门票收入（不包括演艺）为2.6亿元。", "2.6亿元").as_deref(),
        Some("景区门票收入")
    );
    // An abbreviation in brackets is kept whole, its bracket closed.
    assert_eq!(
        subject_of("五年期贷款市场报价利率（LPR）为3.95%。", "3.95%").as_deref(),
        Some("五年期贷款市场报价利率（LPR）")
    );
    // Brackets that open the window hold the subject.
    assert_eq!(
        subject_of("成交价1250万元（溢价率约12.5%）。", "约12.5%").as_deref(),
        Some("溢价率")
    );
}

#[test]
fn a_label_before_a_colon_names_the_amount_after_it() {
    let s = "项目名称：城区道路改造工程\n预算金额：860.5万元\n最高限价：¥850万元";
    assert_eq!(subject_of(s, "860.5万元").as_deref(), Some("预算金额"));
    assert_eq!(subject_of(s, "¥850万元").as_deref(), Some("最高限价"));
}

#[test]
fn a_word_ending_in_a_place_character_that_is_no_place_is_kept() {
    // 上市, 超市: not a city before the subject.
    assert_eq!(
        subject_of("归属于上市公司股东的净利润3.2亿元。", "3.2亿元").as_deref(),
        Some("归属于上市公司股东的净利润")
    );
    assert_eq!(
        subject_of("全县超市销售额增长4.4%。", "4.4%").as_deref(),
        Some("超市销售额")
    );
}

#[test]
fn a_product_in_quotes_before_the_amount_is_its_subject() {
    let s = "全年累计发放“科技贷”18.6亿元。";
    assert_eq!(subject_of(s, "18.6亿元").as_deref(), Some("科技贷"));
    // A loan product is financing.
    assert_eq!(role_of(s, "18.6亿元"), MoneyRole::Financing);
}

#[test]
fn interest_paid_for_a_borrower_is_a_subsidy() {
    assert_eq!(
        role_of("区财政安排贴息资金800万元。", "800万元"),
        MoneyRole::Subsidy
    );
}

#[test]
fn a_growth_rate_that_speeds_up_or_slows_down_has_a_direction() {
    use zhfacts::Direction;
    let directions: Vec<(String, Option<Direction>, Option<String>)> = Extractor::new()
        .extract_str(
            "工业增速比上月快了0.8个百分点，投资增速放缓1.1个百分点，消费增速加快0.6个百分点。",
        )
        .into_iter()
        .filter_map(|f| match f.data {
            FactData::Percent(p) => Some((f.text, p.direction, p.subject)),
            _ => None,
        })
        .collect();
    assert_eq!(
        directions,
        [
            (
                "0.8个百分点".into(),
                Some(Direction::Up),
                Some("工业增速".into())
            ),
            (
                "1.1个百分点".into(),
                Some(Direction::Down),
                Some("投资增速".into())
            ),
            (
                "0.6个百分点".into(),
                Some(Direction::Up),
                Some("消费增速".into())
            ),
        ]
    );
}

#[test]
fn a_word_for_what_was_named_before_opens_no_subject() {
    assert_eq!(
        subject_of("该项目总投资18亿元。", "18亿元").as_deref(),
        Some("总投资")
    );
}

#[test]
fn a_city_whose_name_ends_in_a_market_character_is_still_a_place() {
    // 厦门市, 江门市: 门 before 市 opens no word 门市 here.
    assert_eq!(
        subject_of("厦门市固定资产投资增长5.2%。", "5.2%").as_deref(),
        Some("固定资产投资")
    );
    assert_eq!(
        subject_of("江门市地区生产总值4000亿元。", "4000亿元").as_deref(),
        Some("地区生产总值")
    );
}

#[test]
fn the_source_of_a_figure_is_no_label() {
    assert_eq!(
        subject_of("据统计：5.2亿元用于基础设施建设。", "5.2亿元"),
        None
    );
    assert_eq!(
        subject_of("经测算：项目年产值30亿元。", "30亿元").as_deref(),
        Some("项目年产值")
    );
    // A unit in brackets after the label is no part of it.
    assert_eq!(
        subject_of("控制价（万元）：412.6万元", "412.6万元").as_deref(),
        Some("控制价")
    );
}

#[test]
fn a_speed_of_growth_with_le_keeps_its_direction_and_leaves_the_subject() {
    use zhfacts::Direction;
    let got: Vec<(Option<Direction>, Option<String>)> = Extractor::new()
        .extract_str(
            "出口增速加快了2.1个百分点，进口增速放缓了0.4个百分点，消费增速放慢0.2个百分点。",
        )
        .into_iter()
        .filter_map(|f| match f.data {
            FactData::Percent(p) => Some((p.direction, p.subject)),
            _ => None,
        })
        .collect();
    assert_eq!(
        got,
        [
            (Some(Direction::Up), Some("出口增速".into())),
            (Some(Direction::Down), Some("进口增速".into())),
            (Some(Direction::Down), Some("消费增速".into())),
        ]
    );
}

#[test]
fn an_iso_code_before_the_amount_is_no_part_of_the_subject() {
    assert_eq!(
        subject_of("本次募集资金总额RMB 5亿元。", "5亿元").as_deref(),
        Some("本次募集资金总额")
    );
}

#[test]
fn market_words_of_flow_session_and_sector_leave_the_subject() {
    let s = "北向资金全天净买入86.2亿元，南向资金净卖出12亿元。";
    assert_eq!(subject_of(s, "86.2亿元").as_deref(), Some("北向资金"));
    assert_eq!(subject_of(s, "12亿元").as_deref(), Some("南向资金"));
    assert_eq!(
        subject_of("白酒板块整体上涨3.1%。", "3.1%").as_deref(),
        Some("白酒板块")
    );
}

#[test]
fn a_ratio_is_no_comparison_and_a_quoted_term_stays_in_its_subject() {
    assert_eq!(
        subject_of("社会物流总费用与GDP比率降至14.1%。", "14.1%").as_deref(),
        Some("社会物流总费用与GDP比率")
    );
    assert_eq!(
        subject_of("政务服务“一网通办”率达到97.2%。", "97.2%").as_deref(),
        Some("政务服务“一网通办”率")
    );
    assert_eq!(
        subject_of("全力加快建设总投资12亿元的城北水厂。", "12亿元").as_deref(),
        Some("总投资")
    );
}

#[test]
fn what_is_granted_is_the_subject_not_the_verb_granting_it() {
    for (s, text, want) in [
        // The verb right before the amount: the noun after it.
        (
            "区财政每年安排300万元的产业引导资金。",
            "300万元",
            Some("产业引导资金"),
        ),
        (
            "对新认定的企业给予80万元的一次性奖励。",
            "80万元",
            Some("一次性奖励"),
        ),
        (
            "符合条件的最多可以给两三百万的贴息支持。",
            "两三百万",
            Some("贴息支持"),
        ),
        // The verb before the noun: the noun.
        (
            "对首次升规企业给予一次性奖励20万元。",
            "20万元",
            Some("一次性奖励"),
        ),
        ("合作银行投放信用贷款6.5亿元。", "6.5亿元", Some("信用贷款")),
        // A grant whose words name nothing: no subject, not the verb.
        ("县里先行安排150万元，用于厂房改造。", "150万元", None),
    ] {
        assert_eq!(subject_of(s, text).as_deref(), want, "{s}");
    }
}

#[test]
fn a_project_named_again_with_gai_is_no_part_of_the_subject() {
    for (s, text, want) in [
        ("该储能电站项目总投资7.8亿元。", "7.8亿元", "总投资"),
        ("该产业基地计划投资15亿元。", "15亿元", "计划投资"),
        ("该工程概算投资2.6亿元。", "2.6亿元", "概算投资"),
        // Without 该 the words are kept: 一期项目 tells one amount from another.
        ("一期项目总投资45亿元。", "45亿元", "一期项目总投资"),
    ] {
        assert_eq!(subject_of(s, text).as_deref(), Some(want), "{s}");
    }
}

#[test]
fn names_listed_with_dunhao_before_the_words_are_part_of_the_subject() {
    for (s, text, want) in [
        (
            "全区纺织、建材、食品三大行业产值增长7.1%。",
            "7.1%",
            "纺织、建材、食品三大行业产值",
        ),
        (
            "其中，房产税、契税收入23.6亿元。",
            "23.6亿元",
            "房产税、契税收入",
        ),
        ("农业、渔业产值同比增长4.4%。", "4.4%", "农业、渔业产值"),
    ] {
        assert_eq!(subject_of(s, text).as_deref(), Some(want), "{s}");
    }
    // An amount before the 、 ends the list: each item has its own words.
    assert_eq!(
        subject_of("完成营业收入58亿元、利税6.2亿元。", "6.2亿元").as_deref(),
        Some("利税")
    );
}

#[test]
fn a_preposition_opening_the_window_is_no_part_of_the_subject() {
    for (s, text, want) in [
        (
            "对固定资产投资超过5亿元的新建项目，给予用地保障。",
            "超过5亿元",
            "固定资产投资",
        ),
        (
            "对主营业务收入首次突破2亿元的企业给予奖励。",
            "突破2亿元",
            "主营业务收入",
        ),
        ("按其研发投入的15%给予补助。", "15%", "研发投入"),
        ("其中主要是契税收入12.3亿元。", "12.3亿元", "契税收入"),
        ("同期全县出口交货值46.2亿元。", "46.2亿元", "出口交货值"),
        // A verb or preposition between the words and the amount.
        (
            "对研发投入在500万元以上的企业给予奖励。",
            "500万元以上",
            "研发投入",
        ),
        (
            "国有资本经营预算收入按增长2%安排。",
            "2%",
            "国有资本经营预算收入",
        ),
        // 对 and 按 opening a word of their own are kept.
        ("对外贸易进出口总额增长4.1%。", "4.1%", "对外贸易进出口总额"),
        ("按揭贷款余额86亿元。", "86亿元", "按揭贷款余额"),
        // 对 inside the words is kept: 出口 to where.
        ("全省对东盟出口额增长9.3%。", "9.3%", "对东盟出口额"),
    ] {
        assert_eq!(subject_of(s, text).as_deref(), Some(want), "{s}");
    }
}

#[test]
fn the_noun_granted_after_an_amount_per_head_is_its_subject_and_role() {
    for (s, text, want) in [
        (
            "按每户2000元给予一次性安置补助。",
            "2000元",
            "一次性安置补助",
        ),
        ("每人每月发放800元生活补贴。", "800元", "生活补贴"),
        // A list of amounts shares the noun after its last one.
        ("分别给予20万元、50万元奖励。", "20万元", "奖励"),
        (
            "分别给予每人每月1500元、1000元的租房补贴。",
            "1500元",
            "租房补贴",
        ),
    ] {
        assert_eq!(subject_of(s, text).as_deref(), Some(want), "{s}");
        assert_eq!(role_of(s, text), MoneyRole::Subsidy, "{s}");
    }
    // A per-share figure names its own measure.
    assert_eq!(
        subject_of("每股收益0.62元。", "0.62元").as_deref(),
        Some("每股收益")
    );
}

#[test]
fn trade_with_a_partner_keeps_its_dui() {
    assert_eq!(
        subject_of("对东盟进出口215.6亿元，增长12.1%。", "215.6亿元").as_deref(),
        Some("对东盟进出口")
    );
    assert_eq!(
        subject_of("对日本出口约3.2亿美元。", "约3.2亿美元").as_deref(),
        Some("对日本出口")
    );
}

#[test]
fn a_condition_of_time_before_the_words_is_no_part_of_the_subject() {
    assert_eq!(
        subject_of("项目达产后年产值约45亿元。", "约45亿元").as_deref(),
        Some("年产值")
    );
    assert_eq!(
        subject_of("建成后年销售收入可达12亿元。", "12亿元").as_deref(),
        Some("年销售收入")
    );
}

#[test]
fn review_cases_of_stop_28_keep_their_subjects() {
    // A granting verb with no noun after it leaves the words before it.
    assert_eq!(
        subject_of("全年一般公共预算收入争取25亿元，增长6%。", "25亿元").as_deref(),
        Some("一般公共预算收入")
    );
    // 按 inside the window is how it is measured, not a subject's opening.
    assert_eq!(
        subject_of("各项贷款余额按可比口径同比增长9.1%。", "9.1%").as_deref(),
        Some("各项贷款余额")
    );
    // 对公 is a word of banking; 该市 a place named again.
    assert_eq!(
        subject_of("对公贷款余额1.2万亿元。", "1.2万亿元").as_deref(),
        Some("对公贷款余额")
    );
    assert_eq!(
        subject_of("该市重大项目总投资200亿元。", "200亿元").as_deref(),
        Some("该市重大项目总投资")
    );
}

#[test]
fn a_cap_alone_takes_what_the_clause_before_grants() {
    let s = "对首次认定的高新技术企业给予一次性奖励，最高不超过50万元。";
    assert_eq!(subject_of(s, "不超过50万元").as_deref(), Some("一次性奖励"));
    assert_eq!(role_of(s, "不超过50万元"), MoneyRole::Subsidy);
    let s = "按设备投资额的8%予以补助，最多200万元。";
    assert_eq!(subject_of(s, "最多200万元").as_deref(), Some("补助"));
    // A clause that grants nothing lends no words to a cap.
    let s = "全年销售增长明显，最高达5亿元。";
    assert_eq!(subject_of(s, "5亿元"), None);
    assert_eq!(role_of(s, "5亿元"), MoneyRole::Other);
}

#[test]
fn a_near_day_and_an_approval_are_no_part_of_the_subject() {
    assert_eq!(
        subject_of("市财政局昨日批准拨款2.6亿元。", "2.6亿元").as_deref(),
        Some("拨款")
    );
    assert_eq!(
        subject_of("全县获批专项债券资金8亿元。", "8亿元").as_deref(),
        Some("专项债券资金")
    );
}

#[test]
fn a_rate_set_for_each_unit_is_no_subject() {
    assert_eq!(subject_of("按每亩120元的标准发放到户。", "120元"), None);
    // A price is what the amount is.
    assert_eq!(
        subject_of("以每亩38万元的价格挂牌出让。", "38万元").as_deref(),
        Some("价格")
    );
}

#[test]
fn a_change_in_amount_is_of_the_money_before_it() {
    let s = "季末，各项贷款余额2160亿元，同比增长7.4%，比年初增加96亿元；住户存款余额1350亿元，较年初增加71亿元。";
    assert_eq!(subject_of(s, "96亿元").as_deref(), Some("各项贷款余额"));
    assert_eq!(role_of(s, "96亿元"), MoneyRole::Financing);
    assert_eq!(subject_of(s, "71亿元").as_deref(), Some("住户存款余额"));
    assert_eq!(role_of(s, "71亿元"), MoneyRole::Other);
    let s = "全年实现营收8.6亿元，比上年增加1.1亿元。";
    assert_eq!(role_of(s, "1.1亿元"), MoneyRole::Revenue);
    // Not across a sentence's parts.
    let s = "营收8.6亿元；利润比上年增加1.1亿元。";
    assert_ne!(subject_of(s, "1.1亿元").as_deref(), Some("营收"));
}

#[test]
fn a_firm_of_foreign_investment_trades_no_investment() {
    let s = "外商投资企业进出口52.3亿元，增长6%。";
    assert_eq!(role_of(s, "52.3亿元"), MoneyRole::Other);
    assert_eq!(
        role_of("全市发放文旅消费券800万元。", "800万元"),
        MoneyRole::Subsidy
    );
    assert_eq!(
        role_of("公司所有者权益12.4亿元。", "12.4亿元"),
        MoneyRole::Assets
    );
}

#[test]
fn what_an_amount_is_per_and_a_verb_of_having_are_read_past() {
    let s = "对种粮大户给予每亩60元的种粮奖励。";
    assert_eq!(subject_of(s, "60元").as_deref(), Some("种粮奖励"));
    assert_eq!(role_of(s, "60元"), MoneyRole::Subsidy);
    let s = "新落户企业每亩还有2万元的奖励。";
    assert_eq!(subject_of(s, "2万元").as_deref(), Some("奖励"));
    assert_eq!(
        subject_of("全年收入有18亿元。", "18亿元").as_deref(),
        Some("收入")
    );
}

#[test]
fn a_plain_verb_after_an_adverb_or_a_time_names_no_quantity() {
    for (s, text) in [
        ("厂子一年做了一个多亿。", "一个多亿"),
        ("去年还亏了七八十万。", "七八十万"),
        ("前前后后花了3个亿。", "3个亿"),
    ] {
        assert_eq!(subject_of(s, text), None, "{s}");
    }
    // A word of its own stays.
    assert_eq!(
        subject_of("当年倒亏近600万元。", "近600万元").as_deref(),
        Some("倒亏")
    );
}

#[test]
fn the_verbs_of_paying_in_plain_speech_are_no_part_of_a_subject() {
    let s = "装修花了三五百万，后来又投了个七八千万，一个小项目也要三五百万元。";
    assert_eq!(subject_of(s, "三五百万").as_deref(), Some("装修"));
    assert_eq!(subject_of(s, "七八千万"), None);
    assert_eq!(subject_of(s, "三五百万元").as_deref(), Some("一个小项目"));
    // A modal before a rate (增速要高出…) is none of the subject either.
    assert_eq!(
        subject_of("工业的增速要高出2到3个百分点。", "2到3个百分点").as_deref(),
        Some("工业的增速")
    );
}

#[test]
fn a_clause_that_only_restates_reads_its_subject_from_the_one_before() {
    let s = "集装箱吞吐量首次突破500万标准箱，达到512.6万标准箱，增长8.3%。";
    assert_eq!(subject_of(s, "8.3%").as_deref(), Some("集装箱吞吐量"));
}

#[test]
fn words_holding_an_amount_or_ending_in_a_plain_deed_are_no_subject() {
    assert_eq!(subject_of("企业从三五百万干到两个多亿。", "两个多亿"), None);
    assert_eq!(subject_of("厂子一年做到两个多亿。", "两个多亿"), None);
}

#[test]
fn a_label_over_items_that_name_their_own_measure_is_no_subject() {
    // Under a market label, each index names what rose.
    let s = "A股：昨日，沪指收涨0.27%，深证成指跌0.35%。";
    assert_eq!(subject_of(s, "0.27%").as_deref(), Some("沪指"));
    assert_eq!(subject_of(s, "0.35%").as_deref(), Some("深证成指"));
    // Under a heading that names a measure, a place in its list is where.
    let s = "各县区投资增速前三名：临川增长36.4%，东乡增长21.2%。";
    assert_eq!(subject_of(s, "36.4%").as_deref(), Some("各县区投资增速"));
}

#[test]
fn the_month_itself_is_no_subject() {
    assert_eq!(subject_of("其中，8月当月增长8.4%。", "8.4%"), None);
    assert_eq!(
        subject_of("当月工业增加值增长6%。", "6%").as_deref(),
        Some("工业增加值")
    );
}

#[test]
fn a_change_in_points_is_of_no_amount() {
    let got = subjects("实际使用外资6.9亿美元，同比增长12.6%，占全省比重提高4.2个百分点。");
    let of = |t: &str| got.iter().find(|g| g.0 == t).unwrap().2.clone();
    assert_eq!(of("12.6%").as_deref(), Some("6.9亿美元"));
    assert_eq!(of("4.2个百分点"), None);
}

#[test]
fn a_share_paid_measures_the_sum_after_it() {
    assert_eq!(
        subject_of(
            "竞得人须在合同签订之日起30日内缴纳不低于50%的土地出让价款。",
            "不低于50%"
        )
        .as_deref(),
        Some("土地出让价款")
    );
    // A negation cut from its bound ends no subject.
    assert_eq!(
        subject_of(
            "发行价格不低于定价基准日前二十个交易日公司股票交易均价的80%。",
            "80%"
        )
        .as_deref(),
        Some("发行价格")
    );
}

#[test]
fn a_premium_over_a_base_is_a_rise_of_the_price_before_it() {
    for (s, want) in [
        ("较起始价溢价约6.3%。", Some(zhfacts::Direction::Up)),
        ("较评估价折价12%。", Some(zhfacts::Direction::Down)),
    ] {
        let facts = Extractor::new().extract_str(s);
        let FactData::Percent(p) = &facts[0].data else {
            panic!("{facts:?}")
        };
        assert_eq!(p.direction, want, "{s}");
    }
    let got = subjects("成交总价款18827.8万元，较起始价溢价约6.3%。");
    assert_eq!(
        got[1],
        (
            "约6.3%".to_string(),
            Some("成交总价款".to_string()),
            Some("18827.8万元".to_string())
        )
    );
}

#[test]
fn full_width_digits_read_as_ascii_ones_for_subjects() {
    let s = "上半年全县生猪出栏２６．８万头，同比增长３．２％；牛出栏１．２４万头，增长６．８％。";
    assert_eq!(subject_of(s, "３．２％").as_deref(), Some("生猪出栏"));
    assert_eq!(subject_of(s, "６．８％").as_deref(), Some("牛出栏"));
    let ascii = "上半年全县生猪出栏26.8万头，同比增长3.2%；牛出栏1.24万头，增长6.8%。";
    assert_eq!(subject_of(ascii, "3.2%").as_deref(), Some("生猪出栏"));
    // A year in full-width digits is still a date before the subject.
    let s = "全县２０２４年规模以上工业增加值增长７．５％。";
    assert_eq!(
        subject_of(s, "７．５％").as_deref(),
        Some("规模以上工业增加值")
    );
}
