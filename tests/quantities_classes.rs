//! Issues 13 and 14: classes of quantities read wrong or not at all
//! (thresholds that class counted things, 元角分, ranges, head nouns,
//! numerals inside names, enterprises of every kind, money in plain
//! speech), through the whole pipeline.

use zhfacts::Extractor;

/// Each quantity fact of `input` as `text kind field=value …`, from its
/// JSON form (so a test reads what a user reads).
fn shown(input: &str) -> Vec<String> {
    render(input, true, |kind| match kind {
        "money" => Some(&["value", "upper", "unit", "qualifier"]),
        "count" => Some(&["value", "upper", "classifier", "noun", "qualifier"]),
        "area" => Some(&["value", "unit", "qualifier"]),
        "percent" => Some(&["value", "upper", "qualifier"]),
        _ => None,
    })
}

/// Each money fact of `input` as `text value currency unit`.
fn money_of(input: &str) -> Vec<String> {
    render(input, false, |kind| {
        (kind == "money").then_some(&["value", "currency", "unit"][..])
    })
}

/// The facts of `input` whose kind `keys` gives fields for: the text, then
/// (`named`: the kind and) each field of the JSON form that is not null,
/// as `field=value` when `named`, else the value alone.
fn render(
    input: &str,
    named: bool,
    keys: fn(&str) -> Option<&'static [&'static str]>,
) -> Vec<String> {
    Extractor::new()
        .extract_str(input)
        .into_iter()
        .filter_map(|f| {
            let v = serde_json::to_value(&f).ok()?;
            let kind = v["kind"].as_str()?.to_string();
            let mut out = f.text.clone();
            if named {
                out += &format!(" {kind}");
            }
            for k in keys(&kind)? {
                let value = match &v[*k] {
                    serde_json::Value::Null => continue,
                    serde_json::Value::String(s) => s.clone(),
                    x => x.to_string(),
                };
                out += &if named {
                    format!(" {k}={value}")
                } else {
                    format!(" {value}")
                };
            }
            Some(out)
        })
        .collect()
}

/// Asserts that `input` gives each of `want` (others allowed).
fn has(input: &str, want: &[&str]) {
    let got = shown(input);
    for w in want {
        assert!(
            got.iter().any(|g| g == w),
            "{input}\nwant {w}\ngot  {got:#?}"
        );
    }
}

/// Asserts that no fact of `input` starts with `prefix` (`10个亿元以上 money`).
fn lacks(input: &str, prefix: &str) {
    let got = shown(input);
    assert!(
        !got.iter().any(|g| g.starts_with(prefix)),
        "{input}\nno {prefix}\ngot {got:#?}"
    );
}

#[test]
fn a_threshold_after_a_count_classes_the_things_counted() {
    for (input, count) in [
        ("全年计划实施10个亿元以上项目。", "10个"),
        ("今年新开工5个亿元及以上的重大项目。", "5个"),
        ("全区共引进8个千万元以上产业项目。", "8个"),
        ("新签约12个亿元以上的工业项目。", "12个"),
    ] {
        let got = shown(input);
        assert!(
            got.iter()
                .any(|g| g.starts_with(&format!("{count} count "))),
            "{input}: {got:?}"
        );
        lacks(input, &format!("{count}亿元"));
        lacks(input, &format!("{count}千万元"));
    }
    // The threshold alone is one of its scale, over: the projects'
    // investment (as 10亿元以上项目 is).
    has(
        "全年计划实施10个亿元以上项目。",
        &[
            "10个 count value=10 classifier=个 noun=项目 qualifier=exact",
            "亿元以上 money value=100000000 unit=亿元 qualifier=over",
        ],
    );
    has(
        "全区共引进8个千万元以上产业项目，新开工超亿元项目6个。",
        &[
            "千万元以上 money value=10000000 unit=万元 qualifier=over",
            "超亿元 money value=100000000 unit=亿元 qualifier=over",
        ],
    );
    // A scale alone that bounds nothing is no amount.
    lacks("项目投资亿元，上亿元资金到位。", "亿元 money");
    lacks("项目投资亿元，上亿元资金到位。", "上亿元 money");
    // Money, not counts: no counted noun after the threshold.
    has(
        "该项目投资50个亿元，建成后产值可观。",
        &["50个亿元 money value=5000000000 unit=亿元 qualifier=exact"],
    );
    has(
        "项目总投资10个亿元以上，年内开工。",
        &["10个亿元以上 money value=1000000000 unit=亿元 qualifier=over"],
    );
}

#[test]
fn jiao_fen_and_mao_after_a_whole_yuan() {
    has(
        "居民人均日缴费2元5角，每度电补贴3分，收费标准为每吨12元零5分。",
        &[
            "2元5角 money value=2.5 unit=元 qualifier=exact",
            "12元零5分 money value=12.05 unit=元 qualifier=exact",
        ],
    );
    has(
        "菜价从每斤3块2毛涨到4块5毛5分，鸡蛋8块钱一斤。",
        &[
            "3块2毛 money value=3.2 unit=块 qualifier=exact",
            "4块5毛5分 money value=4.55 unit=块 qualifier=exact",
        ],
    );
    // 块 without 毛/分 is no money here; 元 followed by 分钟 takes no 分.
    lacks("平整土地5块，停车5元5分钟。", "5块 money");
    has(
        "停车5元5分钟。",
        &["5元 money value=5 unit=元 qualifier=exact"],
    );
}

#[test]
fn spoken_kuai_is_money_with_qian_a_price_per_item_or_a_verb_of_paying() {
    has(
        "打车花了我二十块，鸡蛋8块钱一斤，门票15块一张，青菜卖三块五一斤。",
        &[
            "二十块 money value=20 unit=块 qualifier=exact",
            "8块钱 money value=8 unit=块 qualifier=exact",
            "15块 money value=15 unit=块 qualifier=exact",
            "三块五 money value=3.5 unit=块 qualifier=exact",
        ],
    );
    // Pieces and plots stay counts: no 钱, no price per item, no verb of
    // paying right before.
    lacks("蛋糕他买了三块，村里流转土地4块。", "三块 money");
    lacks("蛋糕他买了三块，村里流转土地4块。", "4块 money");
}

#[test]
fn a_currency_sign_before_the_numeral_makes_it_money() {
    has(
        "起拍价¥300，成交价￥1,200万元，门票NT$500，年费HK$2万，合同额US$3.5亿。",
        &[
            "¥300 money value=300 unit=¥ qualifier=exact",
            "￥1,200万元 money value=12000000 unit=万元 qualifier=exact",
            "NT$500 money value=500 unit=NT$ qualifier=exact",
            "HK$2万 money value=20000 unit=HK$万 qualifier=exact",
            "US$3.5亿 money value=350000000 unit=US$亿 qualifier=exact",
        ],
    );
    // A bare $ may be any dollar; a letter glued after is a code.
    lacks("售价$20。", "$20 money");
    lacks("售价$20。", "20 money");
    lacks("型号¥300A已停产。", "¥300 money");
    lacks("型号¥300A已停产。", "300 money");
}

#[test]
fn spaces_around_a_qualifier_before_a_scale() {
    has(
        "带动就业二十 多 万人，投资三 余 亿元。",
        &["三 余 亿元 money value=300000000 unit=亿元 qualifier=over"],
    );
}

#[test]
fn a_range_shares_the_scale_only_with_a_low_end_that_has_none() {
    has(
        "计划总投资30至50亿元，引导资金3000万至2亿元，补助8000到2万元。",
        &[
            "30至50亿元 money value=3000000000 upper=5000000000 unit=亿元 qualifier=range",
            "3000万至2亿元 money value=30000000 upper=200000000 unit=亿元 qualifier=range",
            "8000到2万元 money value=8000 upper=20000 unit=万元 qualifier=range",
        ],
    );
    has(
        "占地面积3万至5万平方米，增长3-5个百分点。",
        &["3万至5万平方米 area value=30000 unit=平方米 qualifier=range"],
    );
}

#[test]
fn an_upper_end_not_above_the_low_end_is_no_range() {
    // 50至30亿元: 50亿 to 30亿 is no range; the low end alone has no unit.
    for input in ["拟投资50至30亿元。", "每户补助3至2.5万元。"] {
        let got = shown(input);
        assert!(
            got.iter().all(|g| !g.contains("qualifier=range")),
            "{input}: {got:?}"
        );
        lacks(input, "50 ");
        lacks(input, "3 ");
    }
    has(
        "拟投资50至30亿元。",
        &["30亿元 money value=3000000000 unit=亿元 qualifier=exact"],
    );
    // Each end with its own unit: two facts.
    has(
        "投资5亿元至3亿元不等。",
        &[
            "5亿元 money value=500000000 unit=亿元 qualifier=exact",
            "3亿元 money value=300000000 unit=亿元 qualifier=exact",
        ],
    );
}

#[test]
fn an_elided_head_takes_the_noun_of_the_count_it_continues() {
    has(
        "全市248个重点项目开工231个，开工率93%。",
        &["231个 count value=231 classifier=个 noun=项目 qualifier=exact"],
    );
    has(
        "今年新增规上企业26家，总数达到412家。",
        &["412家 count value=412 classifier=家 noun=企业 qualifier=exact"],
    );
    has(
        "签约项目18个，其中12个已开工。",
        &["12个 count value=12 classifier=个 noun=项目 qualifier=exact"],
    );
    // A noun of its own, or another classifier: nothing inherited.
    lacks(
        "新增企业38家，5家银行参与。",
        "5家 count value=5 classifier=家 noun=企业",
    );
    lacks(
        "签约项目18个，带动就业500人。",
        "500人 count value=500 classifier=人 noun=项目",
    );
    // Across a ；, from the sentence just before; not from one further back.
    has(
        "新签约文旅项目31个，其中亿元以上项目12个；截至8月底，已开工19个。",
        &["19个 count value=19 classifier=个 noun=项目 qualifier=exact"],
    );
    lacks(
        "新签约项目31个。全年开工19个。",
        "19个 count value=19 classifier=个 noun=项目",
    );
}

#[test]
fn traditional_heads_and_classifiers_read_in_simplified_form() {
    has(
        "共有5間公司獲邀投標，新建三個廠，推動12個項目落地。",
        &[
            "5間 count value=5 classifier=间 noun=公司 qualifier=exact",
            "三個 count value=3 classifier=个 noun=厂 qualifier=exact",
            "12個 count value=12 classifier=个 noun=项目 qualifier=exact",
        ],
    );
    has(
        "修建道路4條，引進企業20家。",
        &["20家 count value=20 classifier=家 noun=企业 qualifier=exact"],
    );
    lacks("工期3個月。", "3個 count");
}

#[test]
fn a_count_after_a_noun_of_its_own_inherits_nothing() {
    lacks(
        "建成数据中心1个，征集典型案例10余个。",
        "10余个 count value=10 classifier=个 noun=中心",
    );
}

#[test]
fn a_count_in_a_list_takes_no_noun_from_the_next_item() {
    // The noun after 、 is the next item's, not this count's.
    lacks(
        "全县新增家庭农场156家、农民专业合作社42家。",
        "156家 count value=156 classifier=家 noun=合作社",
    );
    has(
        "全县新增家庭农场156家、农民专业合作社42家。",
        &["42家 count value=42 classifier=家 noun=合作社 qualifier=exact"],
    );
    // Modifiers joined by 、 still lead to the noun they describe.
    has(
        "重点服务156个制造业、服务业龙头企业。",
        &["156个 count value=156 classifier=个 noun=企业 qualifier=exact"],
    );
    // 净增 continues the count before it.
    has(
        "全市共有规模以上工业企业312家，比上年末净增27家。",
        &["27家 count value=27 classifier=家 noun=企业 qualifier=exact"],
    );
}

#[test]
fn numerals_inside_place_names_are_no_counts() {
    for input in [
        "伍家岗区新签约项目12个。",
        "三家村片区改造启动。",
        "项目位于五家渠市，毗邻八家湾。",
        "八一路沿线新开商铺，四川九江两地企业参加五一广场推介会。",
    ] {
        let got = shown(input);
        assert!(
            got.iter()
                .all(|g| !g.contains(" count ") || g.starts_with("12个")),
            "{input}: {got:?}"
        );
    }
    // 家 with a noun after it is a count: 三家企业, 5家村镇银行.
    has(
        "三家企业和5家村镇银行入驻。",
        &["三家 count value=3 classifier=家 noun=企业 qualifier=exact"],
    );
    let got = shown("三家企业和5家村镇银行入驻。");
    assert!(got.iter().any(|g| g.starts_with("5家 count")), "{got:?}");
}

#[test]
fn enterprises_of_every_kind_counted_with_hu_and_jia() {
    has(
        "全县新增规上企业32户，外资企业15家，专精特新企业8家，个体工商户1200户，市场主体达到3.2万户。",
        &[
            "32户 count value=32 classifier=户 noun=企业 qualifier=exact",
            "15家 count value=15 classifier=家 noun=企业 qualifier=exact",
            "8家 count value=8 classifier=家 noun=企业 qualifier=exact",
            "1200户 count value=1200 classifier=户 noun=个体工商户 qualifier=exact",
        ],
    );
}

#[test]
fn hu_counts_households_unless_a_firm_is_named_next_to_it() {
    lacks(
        "预计兴建四十二户住宅提供公司员工居住。",
        "四十二户 count value=42 classifier=户 noun=公司",
    );
}

#[test]
fn a_bare_scale_after_a_money_word_is_money() {
    has(
        "全年收入8亿，支出近30亿，公司欠了3个多亿，去年亏损20多个亿，总投资30个亿。",
        &[
            "8亿 money value=800000000 unit=亿 qualifier=exact",
            "近30亿 money value=3000000000 unit=亿 qualifier=approx",
            "3个多亿 money value=300000000 unit=亿 qualifier=over",
            "20多个亿 money value=2000000000 unit=亿 qualifier=over",
            "30个亿 money value=3000000000 unit=亿 qualifier=exact",
        ],
    );
    // 投了 and 贷了 of plain speech are money verbs (roles: quantities_roles).
    has(
        "今年又投了八千万上新线，银行贷了3000万。",
        &[
            "八千万 money value=80000000 unit=万 qualifier=exact",
            "3000万 money value=30000000 unit=万 qualifier=exact",
        ],
    );
    // After a verb of paying, earning or losing, or before a money noun.
    has(
        "厂里去年卖了一个多亿，赚了两千万，前年亏了八百万，还拿到一百来万的技改补贴。",
        &[
            "一个多亿 money value=100000000 unit=亿 qualifier=over",
            "两千万 money value=20000000 unit=万 qualifier=exact",
            "八百万 money value=8000000 unit=万 qualifier=exact",
            "一百来万 money value=1000000 unit=万 qualifier=approx",
        ],
    );
    // A digit after the scale is the next place down: 2亿4 is 2.4亿.
    has(
        "新车间前后花了2亿4，设备又投了两亿四，总投资3万5的小项目也上了。",
        &[
            "2亿4 money value=240000000 unit=亿 qualifier=exact",
            "两亿四 money value=240000000 unit=亿 qualifier=exact",
            "3万5 money value=35000 unit=万 qualifier=exact",
        ],
    );
    lacks("全国人口14亿1，城镇化率66%。", "14亿1 money");
    // A scaled or ranged amount in 块 is money with 钱 after it or a money
    // word before it; 块 of things stays a count.
    has(
        "户均一年多收入三四万块钱，老李家存了3万块钱，每户收入两三千块。",
        &[
            "三四万块钱 money value=30000 upper=40000 unit=万块 qualifier=range",
            "3万块钱 money value=30000 unit=万块 qualifier=exact",
            "两三千块 money value=2000 upper=3000 unit=块 qualifier=range",
        ],
    );
    lacks("工地上铺设3万块地砖。", "3万块 money");
    lacks("地里挖出两三千块石头。", "两三千块 money");
    // Selling in 万 may be things sold; a population is no money.
    lacks("网店上个月卖了3万，全县人口120万的样子。", "3万 money");
    lacks("网店上个月卖了3万，全县人口120万的样子。", "120万 money");
    // No counts from the 个 of a colloquial amount.
    lacks("公司欠了3个多亿。", "3个 count");
    lacks("去年亏损20多个亿。", "20多个 count");
    // 三五 is three to five.
    has(
        "每户投资三五百万元。",
        &["三五百万元 money value=3000000 upper=5000000 unit=万元 qualifier=range"],
    );
    // A bare scale with no money word is no money; a threshold still counts.
    lacks("全市人口120万。", "120万 money");
    lacks("引进10多个亿元以上项目。", "10多个亿元 money");
}

#[test]
fn a_bare_scale_before_a_range_dash_is_not_the_whole_amount() {
    lacks("报账金额在1 万(含)-5 万元之间。", "1 万 money");
}

#[test]
fn lai_after_a_round_numeral_is_about() {
    has(
        "技改补贴拿到了两百来万，全县新增企业十来家，引进项目20来个。",
        &[
            "两百来万 money value=2000000 unit=万 qualifier=approx",
            "十来家 count value=10 classifier=家 noun=企业 qualifier=approx",
            "20来个 count value=20 classifier=个 noun=项目 qualifier=approx",
        ],
    );
    // 来 of 以来 and of 年来 is no qualifier.
    lacks("近3年来，全县签约项目5个。", "近3年来 count");
    lacks("3来个项目。", "3来个");
}

#[test]
fn per_mille_and_per_ten_thousand_are_percentages() {
    // 千分之三 is 0.3%, 万分之五 0.05%: the share moved to per cent.
    has(
        "契约税率下调至千分之三，交易手续费为万分之五。",
        &[
            "千分之三 percent value=0.3 qualifier=exact",
            "万分之五 percent value=0.05 qualifier=exact",
        ],
    );
    has(
        "银行不良贷款率控制在千分之一点五以内。",
        &["千分之一点五以内 percent value=0.15 qualifier=under"],
    );
    has(
        "新规将佣金费率定在千分之二至千分之四。",
        &["千分之二至千分之四 percent value=0.2 upper=0.4 qualifier=range"],
    );
    // A numeral before the word makes it a share of another whole.
    lacks("抽检不合格率约为三千分之一。", "三千分之一");
    lacks("杂质占比约为五百万分之三。", "百万分之三");
}

#[test]
fn parts_per_hundred_thousand_million_and_more_are_percentages() {
    // 百万分之五 is 0.0005%: the share of a larger whole, moved to per cent.
    has(
        "水中杂质含量低于百万分之五，误差在十万分之二以内。",
        &[
            "百万分之五 percent value=0.0005 qualifier=exact",
            "十万分之二以内 percent value=0.002 qualifier=under",
        ],
    );
    has(
        "芯片缺陷率降至千万分之三，精度达亿分之一。",
        &[
            "千万分之三 percent value=0.00003 qualifier=exact",
            "亿分之一 percent value=0.000001 qualifier=exact",
        ],
    );
    has(
        "误差仅为萬萬分之四。",
        &["萬萬分之四 percent value=0.000004 qualifier=exact"],
    );
}

#[test]
fn a_count_noun_stands_before_any_qualifier_word() {
    has(
        "预计开工项目不少于20个，入驻企业突破三百家。",
        &[
            "不少于20个 count value=20 classifier=个 noun=项目 qualifier=over",
            "突破三百家 count value=300 classifier=家 noun=企业 qualifier=over",
        ],
    );
    has(
        "签约项目至少12个。",
        &["至少12个 count value=12 classifier=个 noun=项目 qualifier=over"],
    );
}

#[test]
fn square_feet_acres_and_taiwans_square_metre_are_areas() {
    // 平方公尺 is Taiwan's m²; square feet and acres are converted exactly
    // (0.09290304 m², 4046.8564224 m²) and rounded to two places. 英亩
    // holds 亩 but is no 亩.
    has(
        "廠區樓地板面積3.5萬平方公尺，總樓面面積約120萬平方呎。",
        &[
            "3.5萬平方公尺 area value=35000 unit=平方公尺 qualifier=exact",
            "約120萬平方呎 area value=111483.65 unit=平方呎 qualifier=approx",
        ],
    );
    has(
        "公司在海外购入农地5000英亩，新建厂房30万平方英尺。",
        &[
            "5000英亩 area value=20234282.11 unit=英亩 qualifier=exact",
            "30万平方英尺 area value=27870.91 unit=平方英尺 qualifier=exact",
        ],
    );
}

#[test]
fn a_currency_name_before_an_amount_without_a_unit_names_its_currency() {
    assert_eq!(
        money_of("发行价格为每股人民币3.14，合同金额港幣3.2万，引进外资美元5000万。"),
        [
            "人民币3.14 3.14 CNY 人民币",
            "港幣3.2万 32000 HKD 港币万",
            "美元5000万 50000000 USD 美元万",
        ]
    );
    // Units are in simplified characters, as for 億元. Before, 美元5000万
    // after a money word was renminbi: a wrong currency.
    assert_eq!(
        money_of("融资欧元3亿左右。"),
        ["欧元3亿左右 300000000 EUR 欧元亿"]
    );
    // The second currency of an exchange rate, a month after the name, a
    // unit after the number: not this rule.
    assert!(money_of("美元兑人民币7.1，日元3月贬值。").is_empty());
    assert_eq!(
        money_of("总投资人民币3亿元。"),
        ["3亿元 300000000 CNY 亿元"]
    );
}

#[test]
fn spoken_cents_after_the_tenths_or_after_ling() {
    assert_eq!(
        money_of("青菜三块一毛四一斤，公交票价一块零五，找回五元三角二。"),
        [
            "三块一毛四 3.14 CNY 块",
            "一块零五 1.05 CNY 块",
            "五元三角二 5.32 CNY 元",
        ]
    );
    // A digit that starts a count or a length is no hundredths.
    assert_eq!(
        money_of("每人补贴三块五毛，发放5元2角3个。"),
        ["三块五毛 3.5 CNY 块", "5元2角 5.2 CNY 元"]
    );
}

#[test]
fn kuai_after_a_price_noun_is_money() {
    assert_eq!(
        money_of("早餐售价三块五，门票价格为二十块。"),
        ["三块五 3.5 CNY 块", "二十块 20 CNY 块"]
    );
    // A noun after 块 keeps it a count of pieces.
    assert!(money_of("售价三块地皮。").is_empty());
}

#[test]
fn cantonese_dollars_after_a_currency_name() {
    assert_eq!(
        money_of("車費港幣三個一毫四，飲品港币五个半。"),
        [
            "港幣三個一毫四 3.14 HKD 港币个",
            "港币五个半 5.5 HKD 港币个"
        ]
    );
    assert!(money_of("港币三个一毫米，港元5个项目。").is_empty());
}

#[test]
fn numbers_and_percent_words_spaced_out_by_a_layout() {
    // Text from a layout that spaces characters out: the numeral goes on
    // across gaps where a scale word or 点 stands next to each one, and the
    // words 百分之, 个百分点 and 成 are read with their gaps.
    has(
        "出口增长百分之五 十，利润率提高四点 五个百分点，占 比 百 分 之 一 百二 十点 五。",
        &[
            "百分之五 十 percent value=50 qualifier=exact",
            "四点 五个百分点 percent value=4.5 qualifier=exact",
            "百 分 之 一 百二 十点 五 percent value=120.5 qualifier=exact",
        ],
    );
    has(
        "投资一 百 五 十 万元，同比增长 六   个 百 分点，完成全年任务的 六 点 五 成。",
        &[
            "一 百 五 十 万元 money value=1500000 unit=万元 qualifier=exact",
            "六   个 百 分点 percent value=6 qualifier=exact",
            "六 点 五 成 percent value=65 qualifier=exact",
        ],
    );
    // Two digits with a gap and no scale between are two numbers (一 二);
    // Arabic digits never go on across a gap; a lone letter after a gap is
    // a suffix SPEC does not read.
    lacks("第一 二 三名各奖励，编号2023 5个。", "一 二");
    lacks("编号2023 5个。", "2023 5");
    for input in ["占比百 分 之 52.5 k。", "全面完成 三 成为 目标。"] {
        let got = shown(input);
        assert!(
            !got.iter().any(|g| g.contains(" percent ")),
            "{input}: {got:?}"
        );
    }
}

#[test]
fn an_iso_code_before_the_amount_names_its_currency() {
    // Was renminbi: a wrong currency.
    assert_eq!(
        money_of("承建方计划投资约MOP 96亿元，另募集HKD 3亿元。"),
        [
            "约MOP 96亿元 9600000000 MOP 亿元",
            "3亿元 300000000 HKD 亿元"
        ]
    );
    // The end of a longer Latin word is no code.
    assert_eq!(money_of("SHOP 5元。"), ["5元 5 CNY 元"]);
}

#[test]
fn a_qualifier_is_read_through_a_currency_sign_or_code() {
    has(
        "海外订单约HK$ 12亿，首次突破US$5亿，预算不超过NT$800万。",
        &[
            "约HK$ 12亿 money value=1200000000 unit=HK$亿 qualifier=approx",
            "突破US$5亿 money value=500000000 unit=US$亿 qualifier=over",
            "不超过NT$800万 money value=8000000 unit=NT$万 qualifier=under",
        ],
    );
}

#[test]
fn a_written_out_percentage_or_tenths_take_the_qualifier_after_them() {
    has(
        "全年增长百分之六左右，覆盖率达百分之九十以上，满意度八成左右，出口占比三成多。",
        &[
            "百分之六左右 percent value=6 qualifier=approx",
            "百分之九十以上 percent value=90 qualifier=over",
            "八成左右 percent value=80 qualifier=approx",
            "三成多 percent value=30 qualifier=over",
        ],
    );
}

#[test]
fn a_bare_scale_before_a_measure_of_things_is_no_money() {
    // 吨, 千瓦, 方 …: the output of a plant, not an investment.
    for s in [
        "该企业投资的年产5万吨饲料项目已投产。",
        "投资建设20万千瓦风电场。",
        "投资新建储气能力3亿方的气库。",
    ] {
        assert!(money_of(s).is_empty(), "{s}: {:?}", money_of(s));
    }
    assert_eq!(money_of("再投资8亿建设二期。"), ["8亿 800000000 CNY 亿"]);
}

#[test]
fn firms_of_a_trade_and_the_words_for_how_many_give_the_head_noun() {
    has(
        "共有9家供应商参与竞标，区内经营主体总量突破12万户，高新技术企业总数达到318家。",
        &[
            "9家 count value=9 classifier=家 noun=供应商 qualifier=exact",
            "突破12万户 count value=120000 classifier=户 noun=经营主体 qualifier=over",
            "318家 count value=318 classifier=家 noun=企业 qualifier=exact",
        ],
    );
}

#[test]
fn the_number_of_digits_of_a_rate_is_no_count() {
    lacks("工业投资保持两位数增长。", "两位");
    lacks("订单量实现三位数的增幅。", "三位");
    has(
        "两位专家到场。",
        &["两位 count value=2 classifier=位 qualifier=exact"],
    );
}

#[test]
fn a_measure_character_that_starts_a_word_leaves_the_money() {
    // 升级, 度假, 方便: words, not litres, degrees or cubic metres.
    assert_eq!(
        money_of("公司计划投资5亿升级生产线。"),
        ["5亿 500000000 CNY 亿"]
    );
    assert_eq!(
        money_of("再投资10亿度假区配套。"),
        ["10亿 1000000000 CNY 亿"]
    );
    assert_eq!(money_of("投资2亿方便群众出行。"), ["2亿 200000000 CNY 亿"]);
    // Electricity in 度 and gas in 方 stay measures.
    assert!(money_of("投资建成年发电20亿度的电站。").is_empty());
}

#[test]
fn digits_of_a_field_after_wei_still_count_people() {
    has(
        "论坛邀请30位数字经济领域专家。",
        &["30位 count value=30 classifier=位 qualifier=exact"],
    );
}

#[test]
fn the_base_of_a_rate_is_no_count() {
    lacks("全市每千人口拥有执业医师3.4人。", "千人");
    lacks("每万人口高价值发明专利拥有量达到12件。", "万人");
}

#[test]
fn qualifiers_of_plain_speech_and_headlines() {
    has(
        "纳税差不多1500万，利润大概3.2亿元。",
        &[
            "差不多1500万 money value=15000000 unit=万 qualifier=approx",
            "大概3.2亿元 money value=320000000 unit=亿元 qualifier=approx",
        ],
    );
    has(
        "连地带设备花了3个亿出头。",
        &["3个亿出头 money value=300000000 unit=亿 qualifier=over"],
    );
    has(
        "企业年销售额过亿元，园区产值破百亿元。",
        &[
            "过亿元 money value=100000000 unit=亿元 qualifier=over",
            "破百亿元 money value=10000000000 unit=亿元 qualifier=over",
        ],
    );
    // 过 after a verb is its aspect, not "over".
    has(
        "工地发生过两宗事故，经过3家企业评审。",
        &[
            "两宗 count value=2 classifier=宗 qualifier=exact",
            "3家 count value=3 classifier=家 noun=企业 qualifier=exact",
        ],
    );
}

#[test]
fn yi_written_apart_after_ge_is_money_in_speech() {
    has(
        "企业规模从几十万做到两个多亿。",
        &["两个多亿 money value=200000000 unit=亿 qualifier=over"],
    );
    // A thing counted after it, or people before it: no money.
    lacks("年销量两个多亿件。", "两个多亿 money");
    lacks("全国人口十四个亿。", "十四个亿 money");
}

#[test]
fn a_cap_and_a_bound_before_what_the_amount_is_per() {
    has(
        "每个项目资助最高3亿港元，投资强度不低于每亩280万元。",
        &[
            "最高3亿港元 money value=300000000 unit=亿港元 qualifier=under",
            "不低于每亩280万元 money value=2800000 unit=万元 qualifier=over",
        ],
    );
    // 提高 ends in 高 and bounds nothing.
    has(
        "占比提高5个百分点。",
        &["5个百分点 percent value=5 qualifier=exact"],
    );
}

#[test]
fn two_in_speech_before_a_scale_is_a_numeral() {
    has(
        "今年到10月底已经卖了俩亿多。",
        &["俩亿多 money value=200000000 unit=亿 qualifier=over"],
    );
    // Before anything else 俩 is no numeral.
    let got = shown("他们俩商量了俩月，俩人都同意。");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_currency_named_after_a_plain_number_or_coded_before_a_scaled_one() {
    has(
        "留宿旅客人均消費為1,736澳門元，另有團費2,500新台幣。",
        &[
            "1,736澳門元 money value=1736 unit=澳门元 qualifier=exact",
            "2,500新台幣 money value=2500 unit=新台币 qualifier=exact",
        ],
    );
    has(
        "MOP 1.2億的社區綜合服務中心已於9月中旬啟用。",
        &["MOP 1.2億 money value=120000000 unit=MOP亿 qualifier=exact"],
    );
    // A code before a plain number is a model or a code, no amount.
    lacks("選用型號USD 5的設備。", "USD");
}

#[test]
fn a_label_in_quotes_is_the_noun_counted_and_no_project() {
    let s = "讲评会评选出“红旗项目”3个、“进步项目”4个。";
    has(
        s,
        &[
            "3个 count value=3 classifier=个 noun=项目 qualifier=exact",
            "4个 count value=4 classifier=个 noun=项目 qualifier=exact",
        ],
    );
    let names: Vec<String> = Extractor::new()
        .extract_str(s)
        .into_iter()
        .filter(|f| matches!(f.data, zhfacts::FactData::Project(_)))
        .map(|f| f.text)
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn projects_counted_by_the_stage_they_reached() {
    has(
        "截至4月底，一季度签约项目已开工23个，重点项目竣工8个。",
        &[
            "23个 count value=23 classifier=个 noun=项目 qualifier=exact",
            "8个 count value=8 classifier=个 noun=项目 qualifier=exact",
        ],
    );
}

#[test]
fn a_place_before_the_number_is_where_and_the_noun_after_it_is_counted() {
    has(
        "临江化工园区21个安全技改项目加速推进。",
        &["21个 count value=21 classifier=个 noun=项目 qualifier=exact"],
    );
    // Not after a noun that is itself counted (审批事项24项下放至园区).
    has(
        "开发区还将审批事项24项下放至园区服务中心。",
        &["24项 count value=24 classifier=项 noun=事项 qualifier=exact"],
    );
}
