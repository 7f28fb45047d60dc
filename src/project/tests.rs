//! Unit tests of project names, stages and enterprises.
use super::enterprise::enterprise;
use super::links::{is_cost, is_saving, other_phase};
use super::*;
use crate::fact::Stage;

fn names_of(s: &str) -> Vec<&str> {
    names(s, &[]).into_iter().map(|(a, b)| &s[a..b]).collect()
}

#[test]
fn names_stop_at_de_and_verbs() {
    assert_eq!(
        names_of(
            "拟新上投资33.6亿元的NMP项目、投资20亿元的二氧化碳高效利用升级项目等10个重点产业项目"
        ),
        ["NMP项目", "二氧化碳高效利用升级项目"]
    );
    assert_eq!(names_of("共签约重点项目16个"), Vec::<&str>::new());
    assert_eq!(names_of("该项目总投资5亿元"), Vec::<&str>::new());
}

#[test]
fn stages_are_the_latest_reached() {
    assert_eq!(stage("项目已建成投产"), Some(Stage::InProduction));
    assert_eq!(stage("项目预计今年年底竣工"), Some(Stage::Planned));
    assert_eq!(stage("项目去年签约，今年开工"), Some(Stage::Started));
    assert_eq!(stage("项目情况良好"), None);
}

#[test]
fn a_batch_or_a_state_in_a_programme_is_no_name() {
    for s in [
        "首批资助项目总投资约32亿元",
        "本次募投项目计划总投资5.6亿元",
        "全市进度滞后项目已于6月全部复工",
        "第二批获批项目共获资助1.2亿元",
    ] {
        assert_eq!(names_of(s), Vec::<&str>::new(), "{s}");
    }
    // A name of its own before them stays one.
    assert_eq!(
        names_of("首批资助的滨江细胞治疗产业化项目总投资约9亿元"),
        ["滨江细胞治疗产业化项目"]
    );
}

#[test]
fn papers_completed_before_the_works_are_no_works() {
    assert_eq!(
        stage("改扩建工程已完成施工招标，计划12月中旬动工"),
        Some(Stage::Planned)
    );
    assert_eq!(stage("物流园项目已完成立项审批和环评"), None);
    // Works completed still are.
    assert_eq!(stage("项目已完成主体施工"), Some(Stage::UnderConstruction));
}

#[test]
fn works_in_service_are_in_production() {
    // A road open to traffic, water works running, a hall taken into use.
    assert_eq!(stage("沿江快速路去年底建成通车"), Some(Stage::InProduction));
    assert_eq!(
        stage("污水处理厂扩建工程已于9月20日通水运行"),
        Some(Stage::InProduction)
    );
    assert_eq!(
        stage("市民服务中心上月正式交付使用"),
        Some(Stage::InProduction)
    );
    assert_eq!(stage("轨道交通3号线预计明年开通"), Some(Stage::Planned));
    assert_eq!(stage("物流园项目昨日破土动工"), Some(Stage::Started));
}

#[test]
fn counts_works_and_kinds_are_not_names() {
    assert_eq!(
        names_of("全市拥有东区、西区等六大物流基地，年吞吐量稳定"),
        Vec::<&str>::new()
    );
    assert_eq!(names_of("新建一间厂区并投产"), Vec::<&str>::new());
    assert_eq!(names_of("工人们正在抓紧安装消防工程"), Vec::<&str>::new());
    assert_eq!(
        names_of("引进了一批旗舰型、科技型大项目"),
        Vec::<&str>::new()
    );
    assert_eq!(names_of("今年签约新能源项目5个"), Vec::<&str>::new());
    assert_eq!(names_of("投资完成率前五名项目如下"), Vec::<&str>::new());
    // A sector before a facility names one.
    assert_eq!(names_of("大数据产业园项目主体完工"), ["大数据产业园项目"]);
}

#[test]
fn names_followed_by_titles_services_or_offices_are_not_projects() {
    assert_eq!(names_of("省智能装备创新中心主任王明说"), Vec::<&str>::new());
    assert_eq!(names_of("通过全过程工程咨询节约投资"), Vec::<&str>::new());
    assert_eq!(names_of("深化工程建设项目审批制度改革"), Vec::<&str>::new());
    assert_eq!(
        names_of("成功申报2023年省级绿色制造示范项目"),
        Vec::<&str>::new()
    );
    assert_eq!(
        names_of("开工仪式在临江经济开发区东方工业园举行"),
        Vec::<&str>::new()
    );
    assert_eq!(
        names_of("重卡用于滨河工业园及周边短途运输"),
        Vec::<&str>::new()
    );
    assert_eq!(names_of("加快建设区域中心城市"), Vec::<&str>::new());
}

#[test]
fn company_words_and_double_dashes_do_not_cut_names() {
    assert_eq!(
        names_of("未开工的有安徽恒远新材料有限公司年产5万吨薄膜项目"),
        ["安徽恒远新材料有限公司年产5万吨薄膜项目"]
    );
    assert_eq!(names_of("全省最大的广场——滨湖广场开工建设"), ["滨湖广场"]);
    // A phase is not read again as a project word (一标段 holds 段).
    assert_eq!(
        names_of("滨江路改造工程一标段已完工"),
        ["滨江路改造工程一标段"]
    );
}

#[test]
fn enterprises_from_full_names_filings_and_investors() {
    let s = "恒通电子（无锡）有限公司主营传感器，公司投资2亿元建设二期工厂";
    let at = s.find("二期工厂").unwrap();
    assert_eq!(
        enterprise(s, at, s.len(), NONE).as_deref(),
        Some("恒通电子（无锡）有限公司")
    );
    let s = "举办跨国公司投资恳谈会，推进可乐灌装项目";
    let at = s.find("可乐灌装项目").unwrap();
    assert_eq!(enterprise(s, at, s.len(), NONE), None);
    let s = "滨湖物流园是省重点项目，由安徽远航集团投资建设";
    let end = s.find("是").unwrap();
    assert_eq!(enterprise(s, 0, end, NONE).as_deref(), Some("安徽远航集团"));
    let s = "星辰微公告，公司拟投资建设芯片封测基地项目";
    let at = s.find("芯片").unwrap();
    assert_eq!(enterprise(s, at, s.len(), NONE).as_deref(), Some("星辰微"));
    // A stock code names a listed company; the time words after it are
    // not in its name.
    let s = "星辰微（688001）周三晚间公告，公司拟投资建设芯片封测基地项目";
    let at = s.find("芯片").unwrap();
    assert_eq!(enterprise(s, at, s.len(), NONE).as_deref(), Some("星辰微"));
    let s = "远航股份(600123.SH)昨日公告，拟投资建设智能仓储基地项目";
    let at = s.find("智能").unwrap();
    assert_eq!(
        enterprise(s, at, s.len(), NONE).as_deref(),
        Some("远航股份")
    );
    // A bracket that is no stock code makes no company (高新区（2019）).
    let s = "高新区（2019）年度报告，拟投资建设智能仓储基地项目";
    let at = s.find("智能").unwrap();
    assert_eq!(enterprise(s, at, s.len(), NONE), None);
    let s = "和顺集团总经理表示，二厂已投产";
    let at = s.find("二厂").unwrap();
    assert_eq!(enterprise(s, at, at + 6, NONE).as_deref(), Some("和顺集团"));
}

#[test]
fn modals_negations_and_builders_leave_stages_unreached() {
    assert_eq!(stage("截至6月底未开工项目3个"), Some(Stage::Planned));
    assert_eq!(
        stage("公司拟联合竞买地块并投资建设研发基地"),
        Some(Stage::Planned)
    );
    assert_eq!(stage("工厂预计10月底投产"), Some(Stage::Planned));
    assert_eq!(stage("明年中旬动工"), Some(Stage::Planned));
    assert_eq!(stage("计划总投资5亿元，目前已竣工"), Some(Stage::Completed));
    assert_eq!(
        stage("由远航集团投资建设的物流园项目开工"),
        Some(Stage::Started)
    );
    assert_eq!(stage("项目拟于年底签约，目前已开工"), Some(Stage::Started));
}

#[test]
fn clauses_without_a_subject_continue_the_name_s_clause() {
    let s = "总投资5亿元的滨湖产业园项目开工，并于当年底封顶，带动就业";
    let e = s.find("项目").unwrap() + "项目".len();
    assert_eq!(
        stage(&s[clause_floor(s, e)..continued_ceil(s, e)]),
        Some(Stage::Completed)
    );
}

/// No known companies.
const NONE: &[&str] = &[];

fn enterprise_knowing(s: &str, known: &[&str]) -> Option<String> {
    let (a, b) = names(s, &[])[0];
    let stems: Vec<&str> = known.iter().map(|k| super::enterprise::stem(k)).collect();
    enterprise(s, a, b, &stems)
}

#[test]
fn brands_known_from_the_document_head_names() {
    // The whole brand of a company named before, without its trade word.
    assert_eq!(
        enterprise_knowing("盼盼生产基地项目从签约到动工仅用了38天", &["盼盼食品"]).as_deref(),
        Some("盼盼")
    );
    // Without its place in brackets and its company words.
    assert_eq!(
        enterprise_knowing(
            "蔓莎全国总部及产业化基地项目主体已封顶",
            &["蔓莎（苏州）科技集团有限公司"]
        )
        .as_deref(),
        Some("蔓莎")
    );
    // After a short place (江苏); never a common word (数据) after a long head.
    assert_eq!(
        enterprise_knowing("雨润农产品全球采购中心项目开工建设", &["江苏雨润集团"]).as_deref(),
        Some("雨润")
    );
    assert_eq!(
        enterprise_knowing("数据中心改造项目开工建设", &["河北亿广云数据有限公司"]),
        None
    );
    // Nothing known, nothing found.
    assert_eq!(enterprise_knowing("盼盼生产基地项目开工", NONE), None);
}

#[test]
fn companies_named_are_remembered() {
    let s = "盼盼食品全系列产品精深加工生产基地项目签约，江苏雨润集团出席";
    let named = companies_named(s, &SentenceNames::read(s, &[], true));
    assert!(named.iter().any(|c| c == "盼盼食品"), "{named:?}");
    assert!(named.iter().any(|c| c == "江苏雨润集团"), "{named:?}");
}

#[test]
fn company_names_stop_at_an_earlier_company_and_at_winning() {
    let s = "上海某某科技有限公司以邀请招标方式中标河北亿广云数据有限公司的数据中心改造项目，中标价格5059.92万元";
    let (a, b) = names(s, &[])[0];
    assert_eq!(
        enterprise(s, a, b, NONE).as_deref(),
        Some("河北亿广云数据有限公司")
    );
}

#[test]
fn capacities_and_youji_stay_in_names() {
    assert_eq!(
        names_of("氢易能源年产2000吨有机氢载体工厂预计7月底投产"),
        ["氢易能源年产2000吨有机氢载体工厂"]
    );
}

#[test]
fn openers_that_build_are_enterprises() {
    let s = "格力电器此次开建的西南产业基地占地面积约1000亩";
    let (a, b) = names(s, &[])[0];
    assert_eq!(enterprise(s, a, b, NONE).as_deref(), Some("格力电器"));
}

#[test]
fn stages_after_a_past_time_are_reached() {
    // 开工后 after a time gone by: it started.
    assert_eq!(
        stage("郑济高铁(新乡段)于近日全线开工后，预计4年后将全线贯通"),
        Some(Stage::Started)
    );
    // 投产后 with no such time is a condition.
    assert_eq!(stage("二期项目投产后将形成新增产能"), Some(Stage::Planned));
}

#[test]
fn savings_and_costs_of_investment() {
    assert!(is_saving(
        "项目采用装配式建筑，节省投资约",
        "项目采用装配式建筑，节省投资约".len()
    ));
    assert!(!is_saving("项目总投资约", "项目总投资约".len()));
    assert!(is_cost("广场的建设，耗资", "广场的建设，耗资".len()));
    assert!(is_cost("项目概算总额", "项目概算总额".len()));
    assert!(!is_cost("项目年产值", "项目年产值".len()));
    assert!(other_phase(
        "一期项目",
        "600MW于2010年达产，此次二期总投资达"
    ));
    assert!(!other_phase("二期600MW项目", "，此次二期总投资达"));
}

#[test]
fn kinds_of_produce_roads_tourism_and_short_forms_are_no_names() {
    assert_eq!(names_of("包括年产13.5亿公斤的蔬菜基地"), Vec::<&str>::new());
    assert_eq!(names_of("开工建设20个乡镇的油路项目"), Vec::<&str>::new());
    assert_eq!(names_of("将支持山地旅游项目的建设"), Vec::<&str>::new());
    assert_eq!(names_of("集企业总部、科创基地于一体"), Vec::<&str>::new());
    // A place before the kind still names one.
    assert_eq!(names_of("寿光蔬菜基地开工建设"), ["寿光蔬菜基地"]);
    // A category's statistic is no project.
    assert_eq!(
        names_of("地级市及宁东重大项目投资完成率后二名"),
        Vec::<&str>::new()
    );
}

#[test]
fn a_known_brand_that_opens_a_clause_and_acts_is_the_enterprise() {
    let known = &["蓝海科技集团有限公司"];
    let s = "该负责人介绍，蓝海在滨江园区投资建设的智能装备产业园项目明年投产";
    assert_eq!(enterprise_knowing(s, known).as_deref(), Some("蓝海"));
    // Not opening a clause (从蓝海了解到), or not acting: no enterprise.
    let s = "记者从蓝海了解到，智能装备产业园项目明年投产";
    assert_eq!(enterprise_knowing(s, known), None);
    let s = "该负责人介绍，蓝海方面表示，智能装备产业园项目明年投产";
    assert_eq!(enterprise_knowing(s, known), None);
    // A brand that opens a clause without acting on a project (也参加) is not
    // the enterprise of a project named after it.
    let s = "蓝海也参加了本次展会，同期智能装备产业园项目正式开工";
    assert_eq!(enterprise_knowing(s, known), None);
    // Unknown brands are not guessed.
    let s = "该负责人介绍，蓝海在滨江园区投资建设的智能装备产业园项目明年投产";
    assert_eq!(enterprise_knowing(s, NONE), None);
}

#[test]
fn a_plan_s_name_makes_nothing_planned() {
    // “十三五”规划 and 十四五规划 are documents; 规划建设 is a plan to build.
    assert_eq!(stage("滨江快速路是全市“十三五”规划中的重要通道"), None);
    assert_eq!(stage("该线路列入十四五规划的重点工程"), None);
    assert_eq!(stage("滨江快速路规划建设双向六车道"), Some(Stage::Planned));
}

#[test]
fn stage_words_inside_nouns_or_put_off_are_no_stage() {
    // A stage word that names a date, a cost or a rate.
    assert_eq!(stage("因进度滞后，延期完工费用达到3亿元"), None);
    assert_eq!(stage("竣工日期推迟到明年六月"), None);
    assert_eq!(stage("园区企业开工率达到九成"), None);
    // A stage put off is not reached.
    assert_eq!(stage("受雨季影响，大桥推迟开工"), None);
    // The stage words themselves still count.
    assert_eq!(stage("大桥上月完工，费用达到3亿元"), Some(Stage::Completed));
    assert_eq!(stage("项目去年开工，今年建成"), Some(Stage::Completed));
}

#[test]
fn a_budget_is_a_cost() {
    assert!(is_cost(
        "东区污水处理厂扩建工程预算超过12亿",
        "东区污水处理厂扩建工程预算".len()
    ));
    assert!(!is_cost("工程进度超过六成", "工程进度".len()));
}

#[test]
fn treatment_plants_keep_their_words() {
    assert_eq!(
        names_of("东区污水处理厂扩建工程开工"),
        ["东区污水处理厂扩建工程"]
    );
    assert_eq!(
        names_of("城南垃圾处理中心项目投产"),
        ["城南垃圾处理中心项目"]
    );
    // 处理 as a verb still ends what comes before it.
    assert_eq!(names_of("妥善处理滨江花园项目遗留问题"), ["滨江花园项目"]);
}

#[test]
fn a_five_year_plan_named_with_jihua_plans_nothing() {
    // “十五”计划 names a document, like “十三五”规划.
    assert_eq!(
        stage("“十五”计划中的滨江大桥工程已经建成"),
        Some(Stage::Completed)
    );
    assert_eq!(stage("列入“十五”计划的滨江大桥工程"), None);
    // 计划 as a verb still plans.
    assert_eq!(stage("滨江大桥工程计划明年开工"), Some(Stage::Planned));
}

#[test]
fn settling_verbs_end_what_comes_before_a_name() {
    assert_eq!(
        names_of("今年新落地滨海智能装备产业园"),
        ["滨海智能装备产业园"]
    );
    assert_eq!(names_of("新落户滨海智能装备产业园"), ["滨海智能装备产业园"]);
}

#[test]
fn the_named_investor_outranks_a_brand_read_off_the_name() {
    assert_eq!(
        enterprise_knowing(
            "投资15亿元的锦川新能源电池材料项目由浙江锦川新材料有限公司投资建设",
            NONE
        )
        .as_deref(),
        Some("浙江锦川新材料有限公司")
    );
    // A builder is not the owner: the brand stays.
    assert_eq!(
        enterprise_knowing("宏远新能源电池项目由中建八局有限公司承建", NONE).as_deref(),
        Some("宏远新能源")
    );
}

#[test]
fn wishes_sites_frames_and_works_papers() {
    // 早日/尽快 + a stage word: hoped for, not reached.
    assert_eq!(
        stage("协调解决困难，推动项目早日投产"),
        Some(Stage::Planned)
    );
    assert_eq!(stage("确保项目尽快建成"), Some(Stage::Planned));
    // A construction site: the works are under way.
    assert_eq!(
        stage("书记来到滨江产业园项目建设现场，了解施工进展"),
        Some(Stage::UnderConstruction)
    );
    // ... but a meeting held there says nothing.
    assert_eq!(stage("每月召开一次项目建设现场会"), None);
    // The building's frame done: still being built.
    assert_eq!(
        stage("园区的主体已经全部完工"),
        Some(Stage::UnderConstruction)
    );
    // 封顶 is completed (SPEC), with or without 主体.
    assert_eq!(stage("一期主体结构封顶"), Some(Stage::Completed));
    assert_eq!(stage("一期工程已经全部完工"), Some(Stage::Completed));
    // 施工 qualifying the works' papers and parties.
    assert_eq!(
        stage("中标价格5000万元，其中施工工程中标价格3000万元"),
        None
    );
    assert_eq!(stage("施工单位和施工图已经确定"), None);
    assert_eq!(stage("工人们正在施工"), Some(Stage::UnderConstruction));
}

/// `may_hold_company_word` looks for 公司 and 集团 only: every company
/// word holds one.
#[test]
fn every_company_word_holds_gongsi_or_jituan() {
    for w in super::words::COMPANY_ENDS {
        assert!(w.contains("公司") || w.contains("集团"), "{w}");
    }
}

#[test]
fn a_conjunction_between_parts_of_one_name_stays_in_it() {
    assert_eq!(
        names_of("推进城区雨水管网与污水提升泵站工程建设"),
        ["城区雨水管网与污水提升泵站工程"]
    );
    assert_eq!(
        names_of("东湖灌区节水配套和渠系改造工程完工"),
        ["东湖灌区节水配套和渠系改造工程"]
    );
    // A party before the conjunction: a preposition, not a part (光伏
    // alone is a kind of plant: the name needs words of its own).
    assert_eq!(
        names_of("华能集团与园区合作渔光互补光伏项目开工"),
        ["园区合作渔光互补光伏项目"]
    );
    assert!(names_of("华能集团与园区合作光伏项目开工").is_empty());
    // A whole name before it: two names.
    assert_eq!(
        names_of("滨江光伏项目与北岸储能项目同日开工"),
        ["滨江光伏项目", "北岸储能项目"]
    );
}

#[test]
fn a_place_that_is_built_is_the_works_not_where_they_are() {
    assert_eq!(
        names_of("东湖文旅小镇项目一期开业"),
        ["东湖文旅小镇项目一期"]
    );
    assert_eq!(names_of("伊河度假区项目开工"), ["伊河度假区项目"]);
    // A place named only as where works are stays generic.
    assert_eq!(names_of("高新区项目开工"), Vec::<&str>::new());
    assert_eq!(names_of("滨江新区项目开工"), Vec::<&str>::new());
}
