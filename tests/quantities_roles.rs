//! Issue 14: roles and directions from the vocabulary of 统计公报,
//! 政府工作报告 and financial news, through the whole pipeline.

use zhfacts::{AreaRole, Direction, Extractor, FactData, MoneyRole};

fn money_roles(input: &str) -> Vec<(String, MoneyRole)> {
    Extractor::new()
        .extract_str(input)
        .into_iter()
        .filter_map(|f| match f.data {
            FactData::Money(m) => Some((f.text, m.role)),
            _ => None,
        })
        .collect()
}

fn area_roles(input: &str) -> Vec<(String, AreaRole)> {
    Extractor::new()
        .extract_str(input)
        .into_iter()
        .filter_map(|f| match f.data {
            FactData::Area(a) => Some((f.text, a.role)),
            _ => None,
        })
        .collect()
}

fn directions(input: &str) -> Vec<(String, String, Option<Direction>)> {
    Extractor::new()
        .extract_str(input)
        .into_iter()
        .filter_map(|f| match f.data {
            FactData::Percent(p) => Some((f.text, p.value.to_string(), p.direction)),
            _ => None,
        })
        .collect()
}

fn pairs<T: Clone>(v: &[(&str, T)]) -> Vec<(String, T)> {
    v.iter().map(|(t, r)| (t.to_string(), r.clone())).collect()
}

#[test]
fn money_roles_of_public_finance_credit_and_tax() {
    use MoneyRole::*;
    assert_eq!(
        money_roles(
            "全县完成一般公共预算收入18.6亿元，其中税收收入12.3亿元，地方财政收入增长较快。"
        ),
        pairs(&[("18.6亿元", Revenue), ("12.3亿元", Tax)])
    );
    // Taxes and fees collected are tax; revenue that is not tax is not.
    assert_eq!(
        money_roles("全区累计组织各项税费收入42.6亿元，其中非税收入3.1亿元。"),
        pairs(&[("42.6亿元", Tax), ("3.1亿元", Revenue)])
    );
    assert_eq!(
        money_roles("年末金融机构各项存款余额520亿元，贷款余额410亿元，发行专项债15亿元。"),
        pairs(&[
            ("520亿元", Other),
            ("410亿元", Financing),
            ("15亿元", Financing)
        ])
    );
    assert_eq!(
        money_roles("企业上缴增值税2.1亿元，工程造价3.5亿元，省里拨款8000万元用于建设。"),
        pairs(&[
            ("2.1亿元", Tax),
            ("3.5亿元", Investment),
            ("8000万元", Investment)
        ])
    );
    assert_eq!(
        money_roles("公司去年实现营业总收入96亿元，募集资金20亿元。"),
        pairs(&[("96亿元", Revenue), ("20亿元", Financing)])
    );
    // The money noun after 的 decides a role the words before leave open.
    assert_eq!(
        money_roles(
            "公司上月完成4.2亿元的定增募资，还将申请不超过6亿元的银行贷款，另有3000万元的税款。"
        ),
        pairs(&[
            ("4.2亿元", Financing),
            ("不超过6亿元", Financing),
            ("3000万元", Tax)
        ])
    );
}

#[test]
fn area_roles_of_real_estate_and_farm_land() {
    use AreaRole::*;
    assert_eq!(
        area_roles(
            "全市商品房销售面积356.8万平方米，房屋施工面积2100万平方米，住宅竣工面积120万平方米。"
        ),
        pairs(&[
            ("356.8万平方米", Floor),
            ("2100万平方米", Floor),
            ("120万平方米", Floor),
        ])
    );
    assert_eq!(
        area_roles("新建高标准农田5.2万亩，林地面积300公顷，城区面积扩大到45平方千米。"),
        pairs(&[("5.2万亩", Land), ("300公顷", Land), ("45平方千米", Land)])
    );
    // A clause naming only the area measures what the clause before names.
    assert_eq!(
        area_roles("上月新建商品住宅成交3120套，成交面积33.6万平方米。"),
        pairs(&[("33.6万平方米", Floor)])
    );
    // …also across growth rates and a ；(the sentence before hands it on).
    assert_eq!(
        area_roles(
            "全市新建商品房共成交7210套，同比增长6.1%，环比增长12%；成交面积80.4万平方米，同比增长3%。"
        ),
        pairs(&[("80.4万平方米", Floor)])
    );
    // A bare area after a sentence ending in 。 takes nothing.
    assert_eq!(
        area_roles("全市新建商品房共成交7210套。成交面积80.4万平方米。"),
        pairs(&[("80.4万平方米", Other)])
    );
    // …and takes nothing from it when it has a cue of its own.
    assert_eq!(
        area_roles("全年商品住宅成交5000套，配套绿化面积2.1万平方米。"),
        pairs(&[("2.1万平方米", Green)])
    );
    // Land taken for renewal, and the houses taken on it.
    assert_eq!(
        area_roles("累计完成征收面积8.2万平方米，征收房屋面积3.1万平方米。"),
        pairs(&[("8.2万平方米", Land), ("3.1万平方米", Floor)])
    );
    // Farm buildings and stores are floor space.
    assert_eq!(
        area_roles("新建标准化猪舍2.4万平方米、冷库6000平方米。"),
        pairs(&[("2.4万平方米", Floor), ("6000平方米", Floor)])
    );
    // Floor space named by its use.
    assert_eq!(
        area_roles("物流园仓储面积6.4万平方米，新增商业面积1.8万平方米，展览面积2万平方米。"),
        pairs(&[
            ("6.4万平方米", Floor),
            ("1.8万平方米", Floor),
            ("2万平方米", Floor),
        ])
    );
}

#[test]
fn directions_from_the_family_of_change_words() {
    use Direction::*;
    assert_eq!(
        directions("沪指收涨1.2%，深成指收跌0.8%，创业板指走高2.1%，恒指走低0.5%。"),
        vec![
            ("1.2%".into(), "1.2".into(), Some(Up)),
            ("0.8%".into(), "0.8".into(), Some(Down)),
            ("2.1%".into(), "2.1".into(), Some(Up)),
            ("0.5%".into(), "0.5".into(), Some(Down)),
        ]
    );
    assert_eq!(
        directions("出口额回升3.4%，进口额缩减2.2%，股价大涨9.9%，油价跌5%，利润攀升18%。"),
        vec![
            ("3.4%".into(), "3.4".into(), Some(Up)),
            ("2.2%".into(), "2.2".into(), Some(Down)),
            ("9.9%".into(), "9.9".into(), Some(Up)),
            ("5%".into(), "5".into(), Some(Down)),
            ("18%".into(), "18".into(), Some(Up)),
        ]
    );
    // After an area or money fact, the change word still counts.
    assert_eq!(
        directions("商品房销售面积356.8万平方米，同比增长12.4%；销售额280亿元，下滑6.1%。"),
        vec![
            ("12.4%".into(), "12.4".into(), Some(Up)),
            ("6.1%".into(), "6.1".into(), Some(Down)),
        ]
    );
    // A negative percentage keeps its sign and falls; a level reached has no direction.
    assert_eq!(
        directions("工业投资增速为负3.9%，失业率降至4.8%，增值税税率为13%。"),
        vec![
            ("负3.9%".into(), "-3.9".into(), Some(Down)),
            ("4.8%".into(), "4.8".into(), None),
            ("13%".into(), "13".into(), None),
        ]
    );
}

#[test]
fn money_role_from_subject_output_and_tax() {
    use MoneyRole::*;
    // The cue is out of the amount's window; the subject still names it.
    assert_eq!(
        money_roles("全市经济总量由2015年的800亿元增长到去年的1350亿元。"),
        pairs(&[("800亿元", Output), ("1350亿元", Output)])
    );
    assert_eq!(
        money_roles("该县国税收入由上年的3.2亿元增长到今年的4.1亿元。"),
        pairs(&[("3.2亿元", Tax), ("4.1亿元", Tax)])
    );
}

#[test]
fn money_role_from_subject_financing_in_both_scripts() {
    use MoneyRole::*;
    assert_eq!(
        money_roles("財政部將在香港發行國債30億元人民幣。"),
        pairs(&[("30億元人民幣", Financing)])
    );
    // A price of an issue is a price, not financing.
    assert_eq!(
        money_roles("本次股票发行价为每股12.5元。"),
        pairs(&[("12.5元", Other)])
    );
}

#[test]
fn money_role_from_subject_investment_assets_and_subsidy() {
    use MoneyRole::*;
    assert_eq!(
        money_roles("公司拟以自有资金合计出资2.6亿元取得某科技公司51%股权。"),
        pairs(&[("2.6亿元", Investment)])
    );
    assert_eq!(
        money_roles("新大桥工程耗资8000多万元，去年建成。"),
        pairs(&[("8000多万元", Investment)])
    );
    assert_eq!(
        money_roles("本次注入的资产规模约1200亿元。"),
        pairs(&[("约1200亿元", Assets)])
    );
    assert_eq!(
        money_roles("政府將向科技園注資約30億港元。"),
        pairs(&[("約30億港元", Investment)])
    );
}

#[test]
fn money_personal_income_and_savings_are_other() {
    use MoneyRole::*;
    assert_eq!(
        money_roles("全年城镇居民人均可支配收入超过4万元，农民人均收入6200元。"),
        pairs(&[("超过4万元", Other), ("6200元", Other)])
    );
    assert_eq!(
        money_roles("采用新工艺后，节省投资约2000万元。"),
        pairs(&[("约2000万元", Other)])
    );
    // Business revenue keeps its role.
    assert_eq!(
        money_roles("公司实现营业收入12亿元。"),
        pairs(&[("12亿元", Revenue)])
    );
}

#[test]
fn money_part_of_an_amount_takes_its_role() {
    use MoneyRole::*;
    assert_eq!(
        money_roles("公司拟募资不超过20亿元，其中15亿元用于新工厂建设，剩余5亿元补充流动资金。"),
        pairs(&[
            ("不超过20亿元", Financing),
            ("15亿元", Financing),
            ("5亿元", Financing)
        ])
    );
    // Without a part word the next amount keeps no borrowed role.
    assert_eq!(
        money_roles("公司拟募资不超过20亿元，另将5亿元存入银行。"),
        pairs(&[("不超过20亿元", Financing), ("5亿元", Other)])
    );
}

#[test]
fn money_foreign_capital_actually_used_is_in_place() {
    use MoneyRole::*;
    assert_eq!(
        money_roles("全年合同外资12亿美元，实际利用外资8.5亿美元。"),
        pairs(&[("12亿美元", Investment), ("8.5亿美元", FundsInPlace)])
    );
}

#[test]
fn area_roles_of_desert_control_forest_and_housing() {
    use AreaRole::*;
    assert_eq!(
        area_roles("五年来全省完成防沙治沙任务120万公顷，沙化土地面积减少30万公顷、20万公顷。"),
        pairs(&[
            ("120万公顷", Other),
            ("30万公顷", Other),
            ("20万公顷", Other)
        ])
    );
    assert_eq!(
        area_roles("累计治理石漠化土地8万公顷。"),
        pairs(&[("8万公顷", Other)])
    );
    assert_eq!(
        area_roles("全省人工林保存面积达1.2亿亩。"),
        pairs(&[("1.2亿亩", Green)])
    );
    assert_eq!(
        area_roles("今年全市住房计划竣工150万平方米。"),
        pairs(&[("150万平方米", Floor)])
    );
    // A list of land areas keeps the role of its first item.
    assert_eq!(
        area_roles("项目用地300亩、200亩。"),
        pairs(&[("300亩", Land), ("200亩", Land)])
    );
}

#[test]
fn plain_speech_money_verbs_give_their_roles() {
    assert_eq!(
        money_roles("今年又投了八千万上新线，银行贷了3000万。"),
        pairs(&[
            ("八千万", MoneyRole::Investment),
            ("3000万", MoneyRole::Financing)
        ])
    );
}

/// The money facts of `input` with their subjects.
fn money_subjects(input: &str) -> Vec<(String, Option<String>)> {
    Extractor::new()
        .extract_str(input)
        .into_iter()
        .filter_map(|f| match f.data {
            FactData::Money(m) => Some((f.text, m.subject)),
            _ => None,
        })
        .collect()
}

#[test]
fn money_role_from_the_investing_verb_after_the_amount() {
    use MoneyRole::*;
    // Filings: the means, the amount, then 投资 as a verb.
    assert_eq!(
        money_roles("公司拟以自筹资金4亿元投资建设锂电池隔膜生产线。"),
        pairs(&[("4亿元", Investment)])
    );
    assert_eq!(
        money_roles("集团计划出让2000万元用于投资新材料产业园。"),
        pairs(&[("2000万元", Investment)])
    );
    assert_eq!(
        money_roles("企业以8000万元投建冷链仓储中心。"),
        pairs(&[("8000万元", Investment)])
    );
    // The nouns 投资 makes are no verb: the amount keeps its own role.
    assert_eq!(
        money_roles("本期亏损3亿元投资者需警惕。"),
        pairs(&[("3亿元", Other)])
    );
}

#[test]
fn money_subject_drops_the_verbs_of_using_funds() {
    let subject = |s: &str| money_subjects(s).into_iter().next().and_then(|(_, x)| x);
    assert_eq!(
        subject("公司拟以自筹资金4亿元投资建设锂电池隔膜生产线。").as_deref(),
        Some("自筹资金")
    );
    assert_eq!(
        subject("公司使用超募资金1.5亿元永久补充流动资金。").as_deref(),
        Some("超募资金")
    );
    // 使用权 and 使用费 are nouns: the subject keeps them.
    assert_eq!(
        subject("宗地土地使用权出让金1.2亿元已缴清。").as_deref(),
        Some("宗地土地使用权出让金")
    );
}

#[test]
fn traditional_subjects_give_roles_and_lose_their_adverbs() {
    use MoneyRole::*;
    // The subject is as written; its class word is read simplified.
    assert_eq!(
        money_roles("全區地區生產總值由2020年的120億元增加到2025年的168億元。"),
        pairs(&[("120億元", Output), ("168億元", Output)])
    );
    let percents: Vec<(String, Option<String>)> = Extractor::new()
        .extract_str("城鄉居民人均可支配收入分別增長4.8%和6.5%，商品房銷售額持續下滑。")
        .into_iter()
        .filter_map(|f| match f.data {
            FactData::Percent(p) => Some((f.text, p.subject)),
            _ => None,
        })
        .collect();
    let subject = Some("城鄉居民人均可支配收入".to_string());
    assert_eq!(
        percents,
        vec![
            ("4.8%".to_string(), subject.clone()),
            ("6.5%".to_string(), subject)
        ]
    );
    // 合併 is one word: its 並/并 is no conjunction that starts a subject.
    assert_eq!(
        money_subjects("第三季合併營收52.3億元，創同期新高。"),
        vec![("52.3億元".to_string(), Some("合併營收".to_string()))]
    );
}

/// The percent facts of `input` with their subjects.
fn percent_subjects(input: &str) -> Vec<(String, Option<String>)> {
    Extractor::new()
        .extract_str(input)
        .into_iter()
        .filter_map(|f| match f.data {
            FactData::Percent(p) => Some((f.text, p.subject)),
            _ => None,
        })
        .collect()
}

#[test]
fn subjects_leave_out_the_period_the_currency_and_the_change_words() {
    let first = |v: Vec<(String, Option<String>)>| v.into_iter().next().and_then(|(_, s)| s);
    // A period is when, not what, is measured.
    assert_eq!(
        first(percent_subjects("2024年前三季度全县地区生产总值增长5.2%。")).as_deref(),
        Some("地区生产总值")
    );
    assert_eq!(
        first(percent_subjects(
            "本年度首三季本地生產總值按年實質增長2.7%。"
        ))
        .as_deref(),
        Some("本地生產總值")
    );
    // A point of the period a balance is read at.
    assert_eq!(
        first(money_subjects("年末金融机构各项存款余额612.4亿元。")).as_deref(),
        Some("金融机构各项存款余额")
    );
    // What is left after the period may be only a verb: no subject.
    assert_eq!(first(money_subjects("一季度完成8.6亿元。")), None);
    // A currency written before the number is its unit.
    assert_eq!(
        first(money_subjects("该公司资本额为新台币5.2亿元。")).as_deref(),
        Some("资本额")
    );
    assert_eq!(
        first(percent_subjects("全市财政收入年均递增8.5%。")).as_deref(),
        Some("财政收入")
    );
    assert_eq!(
        first(percent_subjects("一季度出口负增长3.1%。")).as_deref(),
        Some("出口")
    );
}

#[test]
fn subjects_leave_out_the_change_verbs_of_financial_news() {
    let subjects: Vec<Option<String>> =
        percent_subjects("出口额按年升4.2%，股价飙升15%，利润下挫8%，收入锐减30%，资产贬值2%。")
            .into_iter()
            .map(|(_, s)| s)
            .collect();
    let want = ["出口额", "股价", "利润", "收入", "资产"];
    assert_eq!(subjects, want.map(|w| Some(w.to_string())).to_vec());
}

#[test]
fn plain_speech_investing_verbs_give_investment_and_no_subject() {
    use MoneyRole::*;
    assert_eq!(
        money_roles("厂里打算再投个五六千万，明年又砸下两个亿。"),
        pairs(&[("五六千万", Investment), ("两个亿", Investment)])
    );
    assert_eq!(
        money_subjects("厂里打算再投个五六千万。"),
        vec![("五六千万".to_string(), None)]
    );
    assert_eq!(
        money_roles("集团斥资4.5亿元收购港口资产。"),
        pairs(&[("4.5亿元", Investment)])
    );
    // 再投 without 个, and 个来亿 (about): bare scales after an investing verb.
    assert_eq!(
        money_roles("明年上二期，再投五六个亿，前后投了三个来亿。"),
        pairs(&[("五六个亿", Investment), ("三个来亿", Investment)])
    );
    assert_eq!(
        money_subjects("明年再投5个亿。"),
        vec![("5个亿".to_string(), None)]
    );
    // 做了 is turnover only in 亿: 做了3万 may be things made.
    assert_eq!(
        money_roles("去年做了九个多亿，今年做了3万件。"),
        pairs(&[("九个多亿", Other)])
    );
}

#[test]
fn a_trailing_wancheng_goes_unless_it_is_all_there_is() {
    let first = |v: Vec<(String, Option<String>)>| v.into_iter().next().and_then(|(_, s)| s);
    assert_eq!(
        first(percent_subjects("目前大桥主体工程已完成75%。")).as_deref(),
        Some("大桥主体工程")
    );
    assert_eq!(
        first(money_subjects("前三季度规上工业总产值完成86.2亿元。")).as_deref(),
        Some("规上工业总产值")
    );
    // 完成 alone is the completion rate it measures.
    assert_eq!(
        first(percent_subjects("某市计划投资40亿元，完成62.5%。")).as_deref(),
        Some("完成")
    );
}

#[test]
fn a_signed_total_is_investment_and_its_own_subject() {
    use MoneyRole::*;
    let input = "现场签约项目12个，签约总金额98.5亿元。";
    assert_eq!(money_roles(input), pairs(&[("98.5亿元", Investment)]));
    assert_eq!(
        money_subjects(input),
        vec![("98.5亿元".to_string(), Some("签约总金额".to_string()))]
    );
}

#[test]
fn gong_inside_a_word_is_no_total() {
    let first = |v: Vec<(String, Option<String>)>| v.into_iter().next().and_then(|(_, s)| s);
    assert_eq!(
        first(money_subjects("全年一般公共预算收入完成52.6亿元。")).as_deref(),
        Some("一般公共预算收入")
    );
    // 共 as "in total" still leads: the subject follows it.
    assert_eq!(
        first(money_subjects("三个园区共完成工业投资18亿元。")).as_deref(),
        Some("工业投资")
    );
}

#[test]
fn one_character_leading_words_inside_longer_words_lead_nothing() {
    let first = |v: Vec<(String, Option<String>)>| v.into_iter().next().and_then(|(_, s)| s);
    for (input, want) in [
        ("全年下达就业补助资金2.1亿元。", "就业补助资金"),
        ("从业人员工资总额达到41亿元。", "从业人员工资总额"),
        ("双向投资额突破60亿美元。", "双向投资额"),
        ("已有资产规模达到12亿元。", "资产规模"),
    ] {
        assert_eq!(
            first(money_subjects(input)).as_deref(),
            Some(want),
            "{input}"
        );
    }
    assert_eq!(
        first(percent_subjects("自由贸易试验区进出口额增长9%。")).as_deref(),
        Some("自由贸易试验区进出口额")
    );
    // The same characters lead as words of their own.
    assert_eq!(
        first(money_subjects("企业将投资7亿元扩产。")).as_deref(),
        Some("投资")
    );
}

/// `text=subject` for every money and percent fact of `input`.
fn subjects(input: &str) -> Vec<String> {
    Extractor::new()
        .extract_str(input)
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Money(m) => Some(format!("{}={:?}", f.text, m.subject)),
            FactData::Percent(p) => Some(format!("{}={:?}", f.text, p.subject)),
            _ => None,
        })
        .collect()
}

#[test]
fn verbs_alone_units_and_open_brackets_are_no_subjects() {
    // A conversion or a closing price has no subject words of its own.
    assert_eq!(
        subjects("利用外资1380亿元，折合194亿美元。"),
        ["1380亿元=Some(\"利用外资\")", "194亿美元=None"]
    );
    assert_eq!(
        subjects("公司股价今日报收于12.35元。"),
        ["12.35元=Some(\"股价\")"]
    );
    // 年增/年减 (Taiwan's year-on-year) and 则 end no subject; the change
    // after the amount is of it and takes its subject.
    assert_eq!(
        subjects("出口訂單金額為88億美元，年增6.1%；進口則減至70億美元。"),
        [
            "88億美元=Some(\"出口訂單金額\")",
            "6.1%=Some(\"出口訂單金額\")",
            "70億美元=Some(\"進口\")"
        ]
    );
    // The rest of a price per unit (元/吨) is no subject.
    assert_eq!(
        subjects("回购价格区间为15.2元/股至18.6元/股。"),
        [
            "15.2元=Some(\"回购价格区间\")",
            "18.6元=Some(\"回购价格区间\")"
        ]
    );
    // A bracket opened and not closed ends the subject.
    assert_eq!(
        subjects("中期借贷便利（MLF）利率为2.3%，常备借贷便利（SLF利率为3.1%。"),
        [
            "2.3%=Some(\"中期借贷便利（MLF）利率\")",
            "3.1%=Some(\"常备借贷便利\")"
        ]
    );
    // 提供 and 编列 take the noun after the amount, as 发放 does.
    assert_eq!(
        subjects("银行为园区提供800亿元授信额度。"),
        ["800亿元=Some(\"授信额度\")"]
    );
}

#[test]
fn a_bound_or_a_share_of_the_base_has_no_direction() {
    assert_eq!(
        directions("配股价格不低于前一日收盘价的70%，不良率不高于2%，售价低于成本价的60%。"),
        [
            ("70%".to_string(), "70".to_string(), None),
            ("不高于2%".to_string(), "2".to_string(), None),
            ("60%".to_string(), "60".to_string(), None),
        ]
    );
    // A gap above a level keeps its direction.
    assert_eq!(
        directions("增速高于全省1.2个百分点。"),
        [(
            "1.2个百分点".to_string(),
            "1.2".to_string(),
            Some(Direction::Up)
        )]
    );
}

#[test]
fn a_threshold_that_classes_projects_has_no_subject_but_its_investment_word() {
    assert_eq!(
        money_subjects("今年全区新落地亿元以上产业项目42个，其中先后引进10亿元及以上项目6个。"),
        [
            ("亿元以上".to_string(), None),
            ("10亿元及以上".to_string(), None)
        ]
    );
    assert_eq!(
        money_subjects("全年新签约投资10亿元以上项目8个。"),
        [("10亿元以上".to_string(), Some("投资".to_string()))]
    );
}

#[test]
fn a_subject_starts_after_the_company_or_place_before_the_measure() {
    let subject = |s: &str| money_subjects(s).into_iter().next().and_then(|(_, x)| x);
    assert_eq!(
        subject("江苏某智能装备有限公司投资12亿元建设新厂区。").as_deref(),
        Some("投资")
    );
    assert_eq!(
        subject("某某控股集团拟在市高新技术开发区投资8亿元。").as_deref(),
        Some("投资")
    );
    assert_eq!(
        subject("全县将加快推进总投资60亿元的环湖公路工程。").as_deref(),
        Some("总投资")
    );
    // The kind of investment stays: works and project groups are no owners;
    // the park spoken of goes, as 全市 does.
    assert_eq!(
        subject("园区前期配套工程投资近3000万元。").as_deref(),
        Some("前期配套工程投资")
    );
    // A percent's subject keeps its measure whole (提升至 is one verb).
    let facts = Extractor::new().extract_str("全行资本充足率提升至13.9%。");
    let got: Vec<Option<String>> = facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Percent(p) => Some(p.subject.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(got, [Some("全行资本充足率".to_string())]);
}

#[test]
fn a_change_after_a_price_basis_clause_is_of_the_amount_before_it() {
    // `subject of→text` of each percent of `input`.
    let links = |input: &str| -> Vec<String> {
        let facts = Extractor::new().extract_str(input);
        facts
            .iter()
            .filter_map(|f| match &f.data {
                FactData::Percent(p) => Some(format!(
                    "{} {}→{}",
                    f.text,
                    p.subject.clone().unwrap_or_default(),
                    p.of.map(|k| facts[k].text.clone()).unwrap_or_default()
                )),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        links("全年实现工业增加值218.6亿元，按可比价格计算，比上年增长6.4%。"),
        ["6.4% 工业增加值→218.6亿元"]
    );
    assert_eq!(
        links("社会消费品零售总额95.2亿元，扣除价格因素实际增长3.8%。"),
        ["3.8% 社会消费品零售总额→95.2亿元"]
    );
    // Taiwan: 年增 is the change on a year before.
    assert_eq!(
        links("該晶圓廠營收為新臺幣7,596億元，年增36.5%。"),
        ["36.5% 該晶圓廠營收→7,596億元"]
    );
}

#[test]
fn funds_from_outside_a_place_in_place_are_no_foreign_capital() {
    assert_eq!(
        money_roles("全年实际到位市外资金860亿元，实际到位省外资金420亿元，利用外资3亿美元。"),
        pairs(&[
            ("860亿元", MoneyRole::FundsInPlace),
            ("420亿元", MoneyRole::FundsInPlace),
            ("3亿美元", MoneyRole::Investment),
        ])
    );
    assert_eq!(
        money_subjects("全年实际到位市外资金860亿元。"),
        [("860亿元".to_string(), Some("实际到位市外资金".to_string()))]
    );
}

#[test]
fn grants_transfer_funds_deed_tax_and_floor_area_in_both_scripts() {
    assert_eq!(
        money_roles("政府資助約3.2億港元，财政衔接资金620万元，缴纳契税1800万元。"),
        pairs(&[
            ("約3.2億港元", MoneyRole::Subsidy),
            ("620万元", MoneyRole::Subsidy),
            ("1800万元", MoneyRole::Tax),
        ])
    );
    assert_eq!(
        area_roles("中心總樓面面積約26000平方米。"),
        pairs(&[("約26000平方米", AreaRole::Floor)])
    );
}

#[test]
fn a_bare_scale_after_pay_or_as_the_difference_of_a_money_is_money() {
    use MoneyRole::*;
    // The difference takes the role of the money it is compared with.
    assert_eq!(
        money_roles("去年营收3个多亿，比前年多了五千多万。"),
        pairs(&[("3个多亿", Revenue), ("五千多万", Revenue)])
    );
    assert_eq!(
        money_roles("每年发给茶农的工钱就有三五百万。"),
        pairs(&[("三五百万", Other)])
    );
    assert_eq!(
        money_subjects("每年发给茶农的工钱就有三五百万。"),
        vec![(
            "三五百万".to_string(),
            Some("每年发给茶农的工钱".to_string())
        )]
    );
    // People compared are no money.
    assert_eq!(money_roles("全县人口120万，比上年多了3万。"), []);
}

#[test]
fn revenue_gained_and_a_change_alone_take_the_role_of_the_money_before() {
    use MoneyRole::*;
    assert_eq!(
        money_roles("全县一般公共预算收入完成14.26亿元，同比增长5.2%，增收7050万元。"),
        pairs(&[("14.26亿元", Revenue), ("7050万元", Revenue)])
    );
    assert_eq!(
        money_roles("全年共组织地税收入600.3亿元，比上年增收90亿元。"),
        pairs(&[("600.3亿元", Tax), ("90亿元", Tax)])
    );
    assert_eq!(
        money_subjects("全市各项贷款余额4930亿元，同比增长9.2%，增加386亿元。"),
        vec![
            ("4930亿元".to_string(), Some("各项贷款余额".to_string())),
            ("386亿元".to_string(), Some("各项贷款余额".to_string()))
        ]
    );
}

#[test]
fn ahead_of_or_behind_a_schedule_is_a_direction() {
    use Direction::*;
    assert_eq!(
        directions(
            "累计完成投资87.6亿元，超时序进度5.1个百分点；增速快于全省1.2个百分点，慢于全国0.3个百分点。"
        ),
        [
            ("5.1个百分点".to_string(), "5.1".to_string(), Some(Up)),
            ("1.2个百分点".to_string(), "1.2".to_string(), Some(Up)),
            ("0.3个百分点".to_string(), "0.3".to_string(), Some(Down)),
        ]
    );
}

#[test]
fn a_premium_rate_is_a_level_and_cash_held_is_assets() {
    use Direction::*;
    assert_eq!(
        directions("地块溢价率38.6%，较起始价溢价约6.3%。"),
        [
            ("38.6%".to_string(), "38.6".to_string(), None),
            ("约6.3%".to_string(), "6.3".to_string(), Some(Up)),
        ]
    );
    assert_eq!(
        money_roles("截至6月末，公司货币资金余额为9.86亿元。"),
        pairs(&[("9.86亿元", MoneyRole::Assets)])
    );
}

#[test]
fn an_area_in_a_table_cell_takes_the_use_in_the_cell_after_it() {
    use AreaRole::*;
    assert_eq!(
        area_roles("LQ2025-31 | 城南新区光明路以东 | 35216.8平方米 | 城镇住宅用地 | 15890万元"),
        pairs(&[("35216.8平方米", Land)])
    );
}
