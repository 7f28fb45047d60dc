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

/// `(name, stage, enterprise)` for every project of `input`.
fn records(input: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let facts: Vec<Fact> = Extractor::new().extract_str(input);
    check_invariants(input, &facts);
    facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Project(p) => Some((
                f.text.clone(),
                p.stage.map(|s| format!("{s:?}")),
                p.enterprise.clone(),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn project_names_in_traditional_characters_are_read() {
    // 園, 連, 機 are read as 园, 连, 机: the project words match, and the
    // name is reported as written.
    assert_eq!(
        records("台中精密機械產業園區去年動工，總投資約新臺幣120億元。"),
        [(
            "台中精密機械產業園區".to_string(),
            Some("Started".to_string()),
            None
        )]
    );
    assert_eq!(
        investments("政府表示，北區跨灣連接路預算超過80億，預計後年通車。"),
        [("北區跨灣連接路".to_string(), Some("超過80億".to_string()))]
    );
}

#[test]
fn a_budget_in_a_bare_scale_is_the_works_investment() {
    assert_eq!(
        investments("东区污水处理厂扩建工程预算超过12亿，将于明年完工。"),
        [(
            "东区污水处理厂扩建工程".to_string(),
            Some("超过12亿".to_string())
        )]
    );
}

#[test]
fn a_headline_brand_is_the_company_its_lead_names() {
    let doc = "# 鸿远冷链物流中心开工\n\n日前，由安徽鸿远控股集团投资建设的鸿远冷链物流中心项目在开发区开工，总投资18亿元。\n";
    let got = records(doc);
    assert_eq!(got.len(), 2, "{got:?}");
    // The headline's project takes the brand of the lead's company.
    assert_eq!(got[0].0, "鸿远冷链物流中心");
    assert!(
        got[0].2.as_deref().is_some_and(|e| e.contains("鸿远")),
        "{got:?}"
    );
    assert_eq!(got[1].2.as_deref(), Some("安徽鸿远控股集团"));
    // Without a lead naming it, the headline's project has no enterprise.
    let alone = records("# 鸿远冷链物流中心开工\n\n日前，开发区一批项目集中开工。\n");
    assert_eq!(alone[0].2, None, "{alone:?}");
}

/// `(name, stage)` for every project of `input`.
fn stages(input: &str) -> Vec<(String, Option<zhfacts::Stage>)> {
    let facts: Vec<Fact> = Extractor::new().extract_str(input);
    check_invariants(input, &facts);
    facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Project(p) => Some((f.text.clone(), p.stage)),
            _ => None,
        })
        .collect()
}

fn names(input: &str) -> Vec<String> {
    stages(input).into_iter().map(|(n, _)| n).collect()
}

#[test]
fn a_one_character_stop_inside_a_word_does_not_cut_a_name() {
    for (s, want) in [
        ("将军路改造工程总投资1.6亿元。", "将军路改造工程"),
        (
            "上海临港智能装备基地项目总投资40亿元。",
            "上海临港智能装备基地项目",
        ),
        ("和平路提升改造工程总投资9000万元。", "和平路提升改造工程"),
        ("共享单车停放基地项目总投资2亿元。", "共享单车停放基地项目"),
        ("在线教育产业园项目总投资8亿元。", "在线教育产业园项目"),
        (
            "华为（苏州）研发中心项目总投资30亿元。",
            "华为（苏州）研发中心项目",
        ),
        ("紧固件产业园项目总投资12亿元。", "紧固件产业园项目"),
        // A verb that says what a facility does is in its name.
        ("市民服务中心建设项目总投资3亿元。", "市民服务中心建设项目"),
    ] {
        assert_eq!(names(s), [want.to_string()], "{s}");
    }
    // 将 of 将军 is no modal: the works under way are reached.
    assert_eq!(
        stages("将军路改造工程总投资1.6亿元，目前正在加紧施工。")[0].1,
        Some(zhfacts::Stage::UnderConstruction)
    );
}

#[test]
fn a_stage_reached_after_a_planned_amount_is_the_stage() {
    use zhfacts::Stage::*;
    for (s, want) in [
        (
            "年产8万吨新材料项目计划投资10亿元，目前已完成厂房主体建设。",
            UnderConstruction,
        ),
        (
            "汽车零部件产业园项目计划投资8亿元，目前已完成土地平整和基础施工。",
            UnderConstruction,
        ),
        (
            "城南智慧物流园项目计划总投资12亿元，上半年完成投资3.5亿元。",
            UnderConstruction,
        ),
        ("滨江文化中心项目计划投资6亿元，去年已完成建设。", Completed),
    ] {
        assert_eq!(stages(s)[0].1, Some(want), "{s}");
    }
    // A plan with nothing reached stays planned.
    assert_eq!(
        stages("年产8万吨新材料项目计划投资10亿元，预计明年投产。")[0].1,
        Some(Planned)
    );
}

#[test]
fn an_institution_centre_is_no_project_unless_it_is_built() {
    assert!(names("市投资促进中心今年以来签约项目15个，总投资80亿元。").is_empty());
    assert!(names("区政务服务中心全年为企业减免费用300万元。").is_empty());
    for s in [
        "新建的滨湖科创服务中心已于去年建成。",
        "滨湖科创服务中心总投资1.2亿元。",
    ] {
        assert_eq!(names(s), ["滨湖科创服务中心".to_string()], "{s}");
    }
}

#[test]
fn a_later_stage_in_the_clauses_after_the_name_is_its_stage() {
    use zhfacts::Stage::*;
    assert_eq!(
        stages("长城汽车重庆工厂二期扩建项目于今年3月签约，6月开工，目前已完成投资12亿元。")[0].1,
        Some(UnderConstruction)
    );
    // 建成区 is the built-up area, no stage.
    assert_eq!(
        stages("上半年，滨江工业园完成基础设施投资2.3亿元，园区建成区面积达到5.2平方公里。")[0].1,
        Some(UnderConstruction)
    );
}

#[test]
fn projects_named_only_by_what_is_done_with_them_are_no_projects() {
    for s in [
        "今年以来，我县新招引项目情况如下：",
        "上半年引进项目完成投资12亿元。",
        "全区拟建项目总投资80亿元，计划3月开工。",
        "跟踪洽谈项目总投资150亿元。",
    ] {
        assert!(names(s).is_empty(), "{s}: {:?}", names(s));
    }
    // A name with words of its own stays a project.
    assert_eq!(
        names("总投资6.2亿元的生物可降解材料项目已于3月开工建设。"),
        ["生物可降解材料项目"]
    );
}

#[test]
fn a_clause_of_cause_or_being_before_a_project_word_is_no_name() {
    for s in [
        "公司提示，存在因政策调整导致项目不能如期投产的风险。",
        "由于资金未能及时到位造成项目停工，总投资3亿元。",
        "受原材料涨价影响，面临项目延期开工的压力。",
    ] {
        assert!(names(s).is_empty(), "{s}: {:?}", names(s));
    }
    // 因 inside a word (基因, 原因) cuts nothing, and a name after a clause
    // of cause is still read.
    assert_eq!(
        names("因工期紧张，东湖隧道工程总投资45亿元，已于5月开工。"),
        ["东湖隧道工程"]
    );
}

#[test]
fn works_of_a_budget_a_fund_or_a_trade_are_no_project() {
    for s in [
        "市政府今年基本工程开支约300亿元，另有50亿元拨入基本工程储备基金。",
        "當局表示，未來五年基本工程開支平均每年約900億元。",
        "该公司拖欠工程款2000万元，工程费用超支15%。",
        "今年工程机械出口额达到120亿元。",
    ] {
        assert!(names(s).is_empty(), "{s}: {:?}", names(s));
    }
}

#[test]
fn a_name_runs_on_over_a_decimal_point_to_the_brand_heading_it() {
    let got = records("总投资80亿元的明昊光电第6.5代柔性显示面板项目今年3月开工。");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "明昊光电第6.5代柔性显示面板项目");
    assert_eq!(got[0].2.as_deref(), Some("明昊光电"));
    assert_eq!(
        names("河湾物流园2.5期扩建工程已于上月竣工。"),
        ["河湾物流园2.5期扩建工程"]
    );
}

#[test]
fn a_brand_opening_with_a_generic_character_heads_the_name() {
    // 中, 新, 大 open brands (中科, 新奥, 大族) as well as generic words (中小,
    // 新型, 大型); a trade that also names a sector (新能源, 光电) ends a brand
    // when a capacity or an ordinal follows it.
    for (s, want) in [
        (
            "中瀚新能源年产15GWh动力电池项目于6月开工。",
            Some("中瀚新能源"),
        ),
        (
            "新朗化工高性能树脂生产基地项目于6月开工。",
            Some("新朗化工"),
        ),
        (
            "大恒科技智能传感器研发中心项目于6月开工。",
            Some("大恒科技"),
        ),
        ("新型材料科技产业园项目于6月开工。", None),
        ("中小企业科技孵化园项目于6月开工。", None),
        ("大型化工新材料基地项目于6月开工。", None),
        ("柔性光电显示模组项目于6月开工。", None),
        ("精密机械第三代产品基地项目于6月开工。", None),
        ("生物医药产业园项目于6月开工。", None),
    ] {
        let got = records(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].2.as_deref(), want, "{s}: {got:?}");
    }
}

#[test]
fn a_kind_counted_after_its_name_is_no_project() {
    // 38座, 12所: how many of a kind, not one named project.
    assert!(names("全省已投运新型储能电站38座。").is_empty());
    assert!(names("新建标准化寄宿制学校12所。").is_empty());
    assert_eq!(
        names("城西储能电站总投资6亿元，已并网投运。"),
        ["城西储能电站"]
    );
}

fn enterprises(input: &str) -> Vec<(String, Option<String>)> {
    Extractor::new()
        .extract_str(input)
        .into_iter()
        .filter_map(|f| match f.data {
            FactData::Project(p) => Some((f.text, p.enterprise)),
            _ => None,
        })
        .collect()
}

#[test]
fn brands_of_farms_mills_and_utilities_head_their_projects() {
    assert_eq!(
        enterprises("青禾农业年产8000吨净菜加工项目签约落户。"),
        [(
            "青禾农业年产8000吨净菜加工项目".to_string(),
            Some("青禾农业".to_string())
        )]
    );
    assert_eq!(
        enterprises("东岭电力南山20万千瓦光伏项目开工。"),
        [(
            "东岭电力南山20万千瓦光伏项目".to_string(),
            Some("东岭电力".to_string())
        )]
    );
    // A sector in full is no brand.
    assert_eq!(
        enterprises("现代农业年产5万吨饲料项目开工。"),
        [("现代农业年产5万吨饲料项目".to_string(), None)]
    );
}

#[test]
fn an_enumerator_is_no_part_of_the_enterprise() {
    assert_eq!(
        enterprises("（三）安徽禾丰机械有限公司投资的智能农机装备项目，总投资6亿元。"),
        [(
            "智能农机装备项目".to_string(),
            Some("安徽禾丰机械有限公司".to_string())
        )]
    );
}

#[test]
fn a_plant_connected_to_the_grid_is_in_production() {
    use zhfacts::Stage;
    assert_eq!(
        stages("9月20日，河口100万千瓦光伏发电项目实现全容量并网。"),
        [(
            "河口100万千瓦光伏发电项目".to_string(),
            Some(Stage::InProduction)
        )]
    );
    // 并网光伏: a kind of plant, not its connection; 并网 stays in the name.
    assert_eq!(
        stages("建设30兆瓦并网光伏电站项目，总投资1.2亿元。"),
        [("30兆瓦并网光伏电站项目".to_string(), None)]
    );
}

#[test]
fn a_word_for_the_company_or_a_purchase_opens_no_name() {
    assert_eq!(
        names("公司越南海防轮胎工厂项目一期已于6月建成投产。"),
        ["越南海防轮胎工厂项目一期"]
    );
    // Without the word what is left names no project: it stays.
    assert_eq!(names("集团总部项目开工。"), ["集团总部项目"]);
    assert_eq!(
        names("集团并购江南化工项目，总投资5亿元。"),
        ["江南化工项目"]
    );
}

#[test]
fn where_a_project_is_opens_no_brand() {
    assert_eq!(
        enterprises("城镇燃气管道更新改造项目开工。"),
        [("城镇燃气管道更新改造项目".to_string(), None)]
    );
    assert_eq!(
        enterprises("农村电力设施升级改造项目开工。"),
        [("农村电力设施升级改造项目".to_string(), None)]
    );
}

#[test]
fn paperwork_for_a_grid_connection_is_no_production() {
    assert!(
        stages("山南光伏电站项目正在办理并网手续。")
            .iter()
            .all(|(_, s)| s.is_none())
    );
    // 并 as "and" before 入驻 stays a stop.
    assert_eq!(
        names("企业完成签约并入驻智能装备产业园项目。"),
        ["智能装备产业园项目"]
    );
}

#[test]
fn a_group_company_heading_a_name_is_the_enterprise_in_full() {
    let r = records("淮海重工集团公司智能焊接装备扩能项目今年5月开工建设。");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "淮海重工集团公司智能焊接装备扩能项目");
    assert_eq!(r[0].2.as_deref(), Some("淮海重工集团公司"));
    // 集团 then a name of its own: the group is the company.
    let r = records("淮海重工集团总部项目今年5月开工建设。");
    assert_eq!(r[0].2.as_deref(), Some("淮海重工集团"), "{r:?}");
}

#[test]
fn shang_opening_a_name_is_part_of_it_and_after_a_noun_places_it() {
    let r = records("上岭湾文旅综合体项目总投资18亿元，今年3月开工。");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "上岭湾文旅综合体项目");
    // A postposition after the place it names: the name starts after it.
    let r = records("推介会上，滨江储能电池项目签约。");
    assert_eq!(r[0].0, "滨江储能电池项目", "{r:?}");
    // The verb 上 before generic words (上大项目) names no project.
    assert!(records("全县坚持上大项目、上好项目。").is_empty());
}

#[test]
fn who_invests_and_builds_is_no_stage_over_the_one_said() {
    let stage = |s: &str| records(s).first().and_then(|r| r.1.clone());
    assert_eq!(
        stage(
            "6月18日，总投资30亿元的瑞丰新材料产业基地项目签约落户，由瑞丰化工有限公司投资建设。"
        )
        .as_deref(),
        Some("Signed")
    );
    assert_eq!(
        stage(
            "6月18日，总投资30亿元的瑞丰新材料产业基地项目正式动工，由瑞丰化工有限公司投资建设。"
        )
        .as_deref(),
        Some("Started")
    );
    // With no other stage word, 由…投资建设 says it is being built.
    assert_eq!(
        stage("瑞丰新材料产业基地项目由瑞丰化工有限公司投资建设，总投资30亿元。").as_deref(),
        Some("UnderConstruction")
    );
}

#[test]
fn kinds_of_project_by_industry_funding_or_policy_are_no_projects() {
    for s in [
        "今年新引进投资3亿元以上的先进制造业项目。",
        "全区服务业项目加快建设。",
        "外资项目加速落地高新区。",
        "单个项目最高奖励300万元。",
        "下一步将全面推行工业项目“标准地”出让。",
        "集成电路产业项目签约。",
    ] {
        assert!(records(s).is_empty(), "{s}: {:?}", records(s));
    }
    // A firm's trade (纸业, 实业) heads a project of its own.
    assert_eq!(records("晨鸣纸业项目今年3月开工。").len(), 1);
}

#[test]
fn a_short_quoted_term_glued_to_the_name_is_part_of_it() {
    let r = records("8月6日，城东乡“农光互补”分布式光伏电站项目并网发电，总投资1.6亿元。");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "城东乡“农光互补”分布式光伏电站项目");
    // A programme's name in quotes before its head alone is no project name.
    assert!(records("全县深入实施“强县富民”工程。").is_empty());
}

#[test]
fn a_partys_role_before_the_company_is_no_part_of_it() {
    let r = records("竞得人某某精工有限公司拟投资6亿元建设精密轴承生产基地项目。");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("某某精工有限公司"));
}

#[test]
fn a_firm_named_for_its_trade_is_no_industry_and_you_yu_names_no_builder() {
    assert_eq!(records("新希望农业项目总投资10亿元，今年开工。").len(), 1);
    let r = records("由于订单增加，瑞丰化工新厂房项目于5月开工建设。");
    assert_eq!(
        r.first().and_then(|x| x.1.as_deref()),
        Some("Started"),
        "{r:?}"
    );
}

#[test]
fn the_investor_named_after_a_known_brand_is_the_enterprise_in_full() {
    let input = "去年，华岭科技股份有限公司在本市设立子公司。\
        3月18日，总投资40亿元的华岭半导体材料基地项目开工，项目由华岭科技股份有限公司投资建设。";
    assert_eq!(
        enterprises(input),
        [(
            "华岭半导体材料基地项目".to_string(),
            Some("华岭科技股份有限公司".to_string())
        )]
    );
}

#[test]
fn opening_or_a_trial_run_is_in_production_over_the_builder() {
    assert_eq!(
        stages("9月28日，总投资8亿元的东湖文旅小镇项目一期正式开业，项目由某文旅集团投资建设。"),
        [(
            "东湖文旅小镇项目一期".to_string(),
            Some(zhfacts::Stage::InProduction)
        )]
    );
}

#[test]
fn a_park_named_for_its_place_and_trade_is_no_brand_and_a_province_opens_a_company() {
    assert_eq!(
        enterprises("总投资45亿元的临江化工产业园高端新材料项目一期建成投产。"),
        [("临江化工产业园高端新材料项目一期".to_string(), None)]
    );
    assert_eq!(
        enterprises("由浙江同泰智能科技有限公司投资的年产50万台电机项目竣工投产。"),
        [(
            "年产50万台电机项目".to_string(),
            Some("浙江同泰智能科技有限公司".to_string())
        )]
    );
}

#[test]
fn an_intent_stated_before_the_names_clause_holds_over_it() {
    assert_eq!(
        stages("公司拟使用不超过2亿元自有资金，在越南北宁工业园投资建设海外电机工厂。"),
        [("海外电机工厂".to_string(), Some(zhfacts::Stage::Planned))]
    );
    // A word of fact closes it.
    assert_eq!(
        stages("公司拟在此布局，目前已在园区开工建设滨江电机工厂。"),
        [("滨江电机工厂".to_string(), Some(zhfacts::Stage::Started))]
    );
}

#[test]
fn the_first_of_joint_investors_is_the_enterprise() {
    assert_eq!(
        enterprises("东岸老工业区城市更新项目由某城投集团与中建八局联合投资建设，总投资约40亿元。"),
        [(
            "东岸老工业区城市更新项目".to_string(),
            Some("某城投集团".to_string())
        )]
    );
}

/// `(name, investment, facts, stage, date, enterprise)` texts for every
/// project of `input`.
type Row = (
    String,
    Option<String>,
    Vec<String>,
    Option<zhfacts::Stage>,
    Option<String>,
    Option<String>,
);

fn rows(input: &str) -> Vec<Row> {
    let facts: Vec<Fact> = Extractor::new().extract_str(input);
    check_invariants(input, &facts);
    let text = |k: usize| facts[k].text.clone();
    facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Project(p) => Some((
                f.text.clone(),
                p.investment.map(text),
                p.facts.iter().map(|&k| text(k)).collect(),
                p.stage,
                p.date.map(text),
                p.enterprise.clone(),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn a_project_named_on_its_own_heading_line_is_described_by_the_next_line() {
    use zhfacts::Stage;
    let input = "发布时间：2025-05-10 09:00\n\n【项目速览】\n\n\
                 01 云岭精密轴承生产基地项目\n\n\
                 由江苏云岭轴承股份有限公司投资建设，总投资约15亿元，用地120亩，预计2026年底建成投产。\n\n\
                 02 高纯石英砂提纯项目\n\n\
                 总投资6亿元。投资方为上海砂源材料有限公司。\n\n\
                 全区今年累计签约项目23个，总投资86亿元。";
    assert_eq!(
        rows(input),
        [
            (
                "云岭精密轴承生产基地项目".to_string(),
                Some("约15亿元".to_string()),
                vec!["约15亿元".to_string(), "120亩".to_string()],
                Some(Stage::Planned),
                Some("2026年底".to_string()),
                Some("江苏云岭轴承股份有限公司".to_string())
            ),
            // The description ends with its line: the district's total
            // after it is not the project's.
            (
                "高纯石英砂提纯项目".to_string(),
                Some("6亿元".to_string()),
                vec!["6亿元".to_string()],
                None,
                None,
                Some("上海砂源材料有限公司".to_string())
            ),
        ]
    );
}

#[test]
fn a_numbered_name_that_opens_its_line_is_described_by_the_rest_of_it() {
    use zhfacts::Stage;
    // The names in the description (the lines it builds) are its parts.
    let input = "3.锂电隔膜涂覆项目。由宁波隔膜科技有限公司投资，总投资8亿元，主要建设涂覆生产线及配套研发中心。\
                 项目于5月8日签约，计划7月开工。\n（四）智能温控阀门项目：总投资3亿元，已于4月开工建设。";
    assert_eq!(
        rows(input),
        [
            (
                "锂电隔膜涂覆项目".to_string(),
                Some("8亿元".to_string()),
                vec!["8亿元".to_string()],
                Some(Stage::Signed),
                Some("5月8日".to_string()),
                Some("宁波隔膜科技有限公司".to_string())
            ),
            (
                "智能温控阀门项目".to_string(),
                Some("3亿元".to_string()),
                vec!["3亿元".to_string()],
                Some(Stage::Started),
                Some("4月".to_string()),
                None
            ),
        ]
    );
}

#[test]
fn a_heading_without_a_description_and_a_name_in_running_text_are_no_headings() {
    // Two headings in a row: the first says nothing, and the second's
    // description is its own.
    let input = "某区重点项目进展\n01 滨江数据中心项目\n02 临港冷链物流园项目\n总投资12亿元，计划年内开工。";
    let names: Vec<String> = rows(input).into_iter().map(|r| r.0).collect();
    assert_eq!(names, ["临港冷链物流园项目"]);
    // A name inside a sentence is read as before: the next line is not about it.
    let input = "某区重点项目进展\n会上介绍了滨江数据中心项目。\n总投资12亿元的临港冷链物流园项目计划年内开工。";
    let names: Vec<String> = rows(input).into_iter().map(|r| r.0).collect();
    assert_eq!(names, ["临港冷链物流园项目"]);
}

#[test]
fn a_plant_set_up_and_a_centre_inaugurated_are_projects() {
    assert_eq!(
        enterprises(
            "由本地医药公司瑞康生物制药有限公司在工业邨设立的疫苗生产设施，总投资约6亿港元。"
        ),
        [(
            "疫苗生产设施".to_string(),
            Some("瑞康生物制药有限公司".to_string())
        )]
    );
    assert_eq!(
        stages("位于创新园的微电子中心已于10月初全面落成，耗资约23亿港元。"),
        [("微电子中心".to_string(), Some(zhfacts::Stage::Completed))]
    );
    // An institution's centre that builds nothing is none.
    assert_eq!(stages("市投资促进中心今年已促成签约项目12个。"), []);
}

#[test]
fn an_expressway_is_a_project_and_a_county_s_expressways_are_none() {
    assert_eq!(
        investments("临川至凤溪高速公路全长86.4公里，概算总投资142.6亿元。"),
        [(
            "临川至凤溪高速公路".to_string(),
            Some("142.6亿元".to_string())
        )]
    );
    assert_eq!(investments("全县高速公路去年完成投资12亿元。"), []);
}

#[test]
fn a_list_mark_is_no_part_of_a_listed_company_s_name() {
    let input = "公司动态\n\n- 东岳储能（301288）公告，拟投资约35亿元在宜宾建设年产20GWh储能电池项目。\n\
                 * 华森药业（002907）公告，拟投资8亿元建设原料药生产基地项目。";
    assert_eq!(
        enterprises(input),
        [
            (
                "年产20GWh储能电池项目".to_string(),
                Some("东岳储能".to_string())
            ),
            (
                "原料药生产基地项目".to_string(),
                Some("华森药业".to_string())
            ),
        ]
    );
}

#[test]
fn the_projects_listed_among_those_signed_are_signed() {
    use zhfacts::Stage;
    let input = "在签约项目中，浙江恒远新能源科技有限公司投资建设的年产8GWh光伏组件项目总投资32亿元；\
                 苏州澄明智能装备有限公司投资的数控机床生产基地项目总投资12.6亿元。\
                 此外，冷链物流园项目总投资3亿元。";
    assert_eq!(
        stages(input),
        [
            ("年产8GWh光伏组件项目".to_string(), Some(Stage::Signed)),
            ("数控机床生产基地项目".to_string(), Some(Stage::Signed)),
            // The list ended with its sentence.
            ("冷链物流园项目".to_string(), None),
        ]
    );
    // A project's own stage stands.
    assert_eq!(
        stages("本次集中开工的项目中，滨江智能制造产业园项目已于去年签约。"),
        [("滨江智能制造产业园项目".to_string(), Some(Stage::Signed))]
    );
}

#[test]
fn a_list_under_a_heading_runs_on_over_its_semicolons() {
    use zhfacts::Stage;
    let input = "截至9月底未开工项目共3个，分别是：东区2个，东区智慧停车场项目和东区冷链物流园项目；\
                 西区1个，西区热电联产项目。南区新开工项目5个。";
    let got: Vec<(String, Option<Stage>, Option<String>)> =
        rows(input).into_iter().map(|r| (r.0, r.3, r.4)).collect();
    let planned = |n: &str| {
        (
            n.to_string(),
            Some(Stage::Planned),
            Some("截至9月底".to_string()),
        )
    };
    assert_eq!(
        got,
        [
            planned("东区智慧停车场项目"),
            planned("东区冷链物流园项目"),
            planned("西区热电联产项目"),
        ]
    );
}

#[test]
fn the_party_that_carries_a_project_out_is_its_enterprise() {
    assert_eq!(
        enterprises(
            "投资1.5亿元的环城西路片区老旧小区改造提升工程由宿城城投建设集团有限公司实施。"
        ),
        [(
            "环城西路片区老旧小区改造提升工程".to_string(),
            Some("宿城城投建设集团有限公司".to_string())
        )]
    );
    assert_eq!(
        enterprises(
            "1.年产10GWh钠离子电池正极材料项目，实施主体为全资子公司恒远新材料（盐城）有限公司，项目总投资98,560.00万元。"
        ),
        [(
            "年产10GWh钠离子电池正极材料项目".to_string(),
            Some("恒远新材料（盐城）有限公司".to_string())
        )]
    );
    // A town of science heads no brand.
    assert_eq!(
        enterprises("新田科技城第一期土地平整工程已于去年12月动工。"),
        [("新田科技城第一期土地平整工程".to_string(), None)]
    );
}

#[test]
fn sums_kinds_of_renewal_and_land_for_building_name_no_project() {
    for s in [
        "以上合计项目总投资159,800.00万元。",
        "古城片区棚户区改造项目是今年全区体量最大的棚改项目，总投资21.3亿元。",
        "明年想再投个一千来万，把冷库和直播基地建起来。",
        "县自然资源局于10月15日在县公共资源交易中心以挂牌方式出让国有建设用地使用权。",
    ] {
        let names: Vec<String> = investments(s).into_iter().map(|r| r.0).collect();
        assert!(
            names.iter().all(|n| n == "古城片区棚户区改造项目"),
            "{s}: {names:?}"
        );
    }
}

#[test]
fn a_name_said_twice_in_a_sentence_is_one_project() {
    use zhfacts::Stage;
    let input = "年内统筹安排1.2亿元，对长江岸线生态修复工程、望江经开区标准化厂房四期项目等给予资金保障，\
                 其中长江岸线生态修复工程计划于12月上旬完工。";
    let got: Vec<(String, Option<Stage>, Option<String>)> =
        rows(input).into_iter().map(|r| (r.0, r.3, r.4)).collect();
    assert_eq!(
        got.iter().filter(|r| r.0 == "长江岸线生态修复工程").count(),
        1,
        "{got:?}"
    );
    assert!(got.contains(&(
        "长江岸线生态修复工程".to_string(),
        Some(Stage::Planned),
        Some("12月上旬".to_string())
    )));
}

#[test]
fn the_company_a_host_signs_with_is_the_enterprise() {
    assert_eq!(
        enterprises("1.【江苏】昨日，盐城经开区与华明光电签约显示模组项目，总投资18亿元。"),
        [("显示模组项目".to_string(), Some("华明光电".to_string()))]
    );
    // Two companies signing: no side is a host, and which one invests is
    // not said.
    assert_eq!(
        enterprises("华明光电与粤新汽车签约车载显示项目，总投资8亿元。"),
        [("车载显示项目".to_string(), None)]
    );
}

#[test]
fn a_kind_of_school_or_of_water_works_named_after_a_copula_is_none() {
    let names = |s: &str| -> Vec<String> { investments(s).into_iter().map(|r| r.0).collect() };
    assert_eq!(
        names("云溪实验学校是一所九年一贯制公办学校，总投资3亿元。"),
        ["云溪实验学校"]
    );
    assert_eq!(
        names("白石河水库工程是全市投资规模最大的水源工程，总投资38.6亿元。"),
        ["白石河水库工程"]
    );
}

#[test]
fn projects_named_by_a_visit_a_period_or_a_way_of_funding_are_no_names() {
    for s in [
        "某县2024年第二季度重点项目观摩活动举行。",
        "观摩项目总投资86.5亿元。",
        "年度重点项目完成投资42亿元。",
        "公司可转债募投项目总投资9亿元。",
        "公司新建项目总投资3亿元。",
    ] {
        assert_eq!(names(s), Vec::<String>::new(), "{s}");
    }
    // A name in quotes after them is the project.
    assert_eq!(
        names("公司定增募投项目“年产5万吨电解液项目”于2024年6月建成投产。"),
        ["年产5万吨电解液项目".to_string()]
    );
}

#[test]
fn a_numbered_heading_over_a_block_of_fields_is_one_project() {
    let input = "关于第二批新能源项目备案结果的公示\n\n一、某市东山80兆瓦风电项目\n项目单位：某市东山新能源有限公司\n建设地点：东山镇\n总投资：4.8亿元\n计划工期：项目计划于2025年3月开工\n\n二、某市50兆瓦/100兆瓦时独立储能电站项目\n项目单位：某市华储科技有限公司\n总投资：2.1亿元\n";
    assert_eq!(
        records(input),
        [
            (
                "某市东山80兆瓦风电项目".to_string(),
                Some("Planned".to_string()),
                Some("某市东山新能源有限公司".to_string())
            ),
            (
                "某市50兆瓦/100兆瓦时独立储能电站项目".to_string(),
                None,
                Some("某市华储科技有限公司".to_string())
            ),
        ]
    );
    // The title's kinds of plant are no project.
    assert!(names("2025年风电、光伏发电项目核准结果公示").is_empty());
    assert!(names("分布式光伏项目总投资2亿元。").is_empty());
}

#[test]
fn a_sports_park_put_into_operation_in_hong_kong_wording_is_a_project_in_production() {
    let input = "2025年9月1日\n\n總投資約120億元的東涌體育園自今年3月開幕並投入營運以來，已舉辦活動逾百場。";
    assert_eq!(
        records(input),
        [(
            "東涌體育園".to_string(),
            Some("InProduction".to_string()),
            None
        )]
    );
    let events: Vec<String> = Extractor::new()
        .extract_str(input)
        .into_iter()
        .filter_map(|f| match f.data {
            FactData::Event(e) => Some(format!("{:?}", e.event_type)),
            _ => None,
        })
        .collect();
    assert_eq!(events, ["Production"]);
}

#[test]
fn a_lot_tendered_for_works_is_the_works_and_no_stage() {
    let input = "某县公共资源交易中心\n\n二、项目名称：某县城区污水管网改造工程（一期）施工及设备采购项目\n某县城区污水管网改造工程（一期）由某县水务投资有限公司负责建设，总投资1.6亿元，计划于2025年10月开工。";
    assert_eq!(
        records(input),
        [(
            "某县城区污水管网改造工程（一期）".to_string(),
            Some("Planned".to_string()),
            Some("某县水务投资有限公司".to_string())
        )]
    );
}

#[test]
fn the_firm_a_label_names_after_the_project_is_its_enterprise() {
    let input = "本次签约项目主要包括：\n\n1．年产2万吨电解液项目：签约企业为深圳市某某新材料有限公司，计划总投资8亿元。\n\n2．冷链物流园项目：总投资3亿元，投资方为湖北某某供应链管理有限公司。";
    assert_eq!(
        records(input),
        [
            (
                "年产2万吨电解液项目".to_string(),
                Some("Signed".to_string()),
                Some("深圳市某某新材料有限公司".to_string())
            ),
            (
                "冷链物流园项目".to_string(),
                None,
                Some("湖北某某供应链管理有限公司".to_string())
            ),
        ]
    );
}

#[test]
fn a_place_the_project_stands_in_and_facilities_of_a_larger_works_are_no_projects() {
    let input = "某科技股份有限公司位于高新园区路竹基地的先进封装新厂已于6月2日举行动土典礼，总投资约120亿元。";
    let got = names(input);
    assert_eq!(got, ["先进封装新厂".to_string()]);
    assert!(
        names("酒店建设客房260间及温泉汤池、会议中心、康养中心等配套设施，总投资3亿元。")
            .is_empty()
    );
    assert!(names("专项债券资金9.8亿元，其中用作项目资本金1.6亿元。").is_empty());
}

#[test]
fn works_ahead_of_the_story_or_only_planned_after_their_builder_are_planned() {
    use zhfacts::Stage::*;
    assert_eq!(
        stages("总投资3.8亿元的半山温泉度假酒店项目下月开工。"),
        [("半山温泉度假酒店项目".to_string(), Some(Planned))]
    );
    assert_eq!(
        stages(
            "半山温泉度假酒店项目由某文旅投资开发有限公司投资建设，总投资3.8亿元，计划2027年底建成投用。"
        ),
        [("半山温泉度假酒店项目".to_string(), Some(Planned))]
    );
    // Built by a company and already under way: under construction.
    assert_eq!(
        stages("半山温泉度假酒店项目由某文旅投资开发有限公司投资建设，总投资3.8亿元。"),
        [("半山温泉度假酒店项目".to_string(), Some(UnderConstruction))]
    );
}

/// A project as (name, enterprise, investment's text, stage).
type TableRow = (String, Option<String>, Option<String>, Option<String>);

#[test]
fn a_table_of_projects_in_text_rows_gives_each_its_company_investment_and_stage() {
    let input = "某园区重点项目集中签约\n\n8月19日下午，某园区第三批重点项目集中签约仪式举行。\n\n签约项目一览表如下：\n\n序号 | 项目名称 | 投资主体 | 总投资 | 用地\n1 | 年产5GWh储能电池项目 | 某某储能科技有限公司 | 22亿元 | 200亩\n2 | 高端铜箔生产基地 | 某某电子材料有限公司 | 8.5亿元 | 86亩\n合计 | 2个 | — | 30.5亿元 | —\n\n据介绍，项目将于年内开工。";
    let facts = Extractor::new().extract_str(input);
    check_invariants(input, &facts);
    let rows: Vec<TableRow> = facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Project(p) => Some((
                f.text.clone(),
                p.enterprise.clone(),
                p.investment.map(|k| facts[k].text.clone()),
                p.stage.map(|s| format!("{s:?}")),
            )),
            _ => None,
        })
        .collect();
    let row = |n: &str, e: &str, m: &str| {
        (
            n.to_string(),
            Some(e.to_string()),
            Some(m.to_string()),
            Some("Signed".to_string()),
        )
    };
    assert_eq!(
        rows,
        [
            row("年产5GWh储能电池项目", "某某储能科技有限公司", "22亿元"),
            row("高端铜箔生产基地", "某某电子材料有限公司", "8.5亿元"),
        ]
    );
    // The money of the investment column is investment, the total's too.
    let total_money = facts
        .iter()
        .find(|f| f.text == "30.5亿元")
        .expect("the sum");
    assert!(
        matches!(&total_money.data, FactData::Money(m) if m.role == zhfacts::MoneyRole::Investment)
    );
    // The total row's count is of projects.
    let total = facts.iter().find(|f| f.text == "2个").expect("the total");
    assert!(matches!(&total.data, FactData::Count(c) if c.noun.as_deref() == Some("项目")));
    // Rows without a header naming the columns are read as any line.
    let plain = "某园区\n\n年产5GWh储能电池项目 | 某某储能科技有限公司 | 22亿元\n";
    assert!(
        Extractor::new()
            .extract_str(plain)
            .iter()
            .all(|f| match &f.data {
                FactData::Project(p) => p.enterprise.is_none() && p.stage.is_none(),
                _ => true,
            })
    );
}

#[test]
fn a_heading_over_a_block_of_short_lines_is_described_by_the_block_up_to_a_blank_line() {
    let input = "某镇发布\n\n🏆本季“擂主”：\n年产8000吨食品级瓶片项目\n由湖南某某新材料有限公司投资\n总投资4.8亿元\n占地126亩\n\n🥈“优胜奖”：\n某镇稻虾共作产业园区\n总投资1.2亿元\n";
    let facts = Extractor::new().extract_str(input);
    check_invariants(input, &facts);
    let first = facts
        .iter()
        .find(|f| f.text == "年产8000吨食品级瓶片项目")
        .expect("the heading's project");
    let FactData::Project(p) = &first.data else {
        panic!("not a project")
    };
    assert_eq!(p.enterprise.as_deref(), Some("湖南某某新材料有限公司"));
    let linked: Vec<&str> = p.facts.iter().map(|&k| facts[k].text.as_str()).collect();
    assert_eq!(linked, ["4.8亿元", "126亩"]);
}

#[test]
fn a_subsidiary_spoken_of_is_no_enterprise_and_a_preposition_opens_no_name() {
    let got = records("关于对外投资设立全资子公司暨投资建设年产5万台减速器项目的公告");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].2, None);
    assert!(names("投资资金将根据项目建设进度分期投入，按照项目要求拨付。").is_empty());
}

#[test]
fn a_maker_named_by_what_it_makes_after_a_connective_is_the_investor() {
    let got = records("比如，宏达电机投资35亿元的驱动电机项目一期已于8月下旬建成投产。");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].2.as_deref(), Some("宏达电机"));
    let got = records("卓越汽配投资12亿元的铝合金部件项目开工。");
    assert_eq!(got[0].2.as_deref(), Some("卓越汽配"));
}

#[test]
fn an_html_table_of_projects_is_read_row_by_row() {
    let input = "<html><body><p>全区重点项目进展情况如下：</p>\
        <table><tr><th>序号</th><th>项目名称</th><th>建设单位</th><th>总投资</th><th>建设内容</th></tr>\
        <tr><td>1</td><td>年产5GWh储能电池项目</td><td>某某新能源科技有限公司</td><td>32亿元</td><td>建设中试车间及检测中心</td></tr>\
        <tr><td>2</td><td>城南大道北侧</td><td>某某城投有限公司</td><td>1801万元</td><td>道路</td></tr>\
        </table></body></html>";
    let facts = Extractor::new().extract_str(input);
    check_invariants(input, &facts);
    let got: Vec<(String, Option<String>, Option<String>)> = facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Project(p) => Some((
                f.text.clone(),
                p.enterprise.clone(),
                p.investment.map(|k| facts[k].text.clone()),
            )),
            _ => None,
        })
        .collect();
    assert_eq!(
        got,
        [(
            "年产5GWh储能电池项目".to_string(),
            Some("某某新能源科技有限公司".to_string()),
            Some("32亿元".to_string())
        )]
    );
}

#[test]
fn targets_housing_kinds_and_funds_granted_name_no_project() {
    for s in [
        "力争全年重点项目完成投资135亿元以上。",
        "全县保障性安居工程完成投资7.2亿元。",
        "下达乡村振兴补助资金项目资金8472万元。",
        "基金将投资科技初创企业及研发项目，规模50亿元。",
    ] {
        assert!(names(s).is_empty(), "{s}");
    }
}

#[test]
fn a_heading_after_an_emoji_over_short_lines_is_one_project() {
    let input = "某经开区发布\n\n📍项目一：某某半导体封测基地项目\n✅ 主体结构已于本月12日全面封顶\n🏗️ 项目总投资35亿元\n\n📍项目二：某某物流园\n🔥 11月上旬正式开工\n💰 总投资22亿元\n";
    let got = records(input);
    let names: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(names, ["某某半导体封测基地项目", "某某物流园"]);
}
