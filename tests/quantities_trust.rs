//! Issue 13, "Wrong facts that look right": quantities that must not be
//! read as something they are not, through the whole pipeline.

use zhfacts::{Currency, Extractor};

/// Each quantity fact of `input` as `text kind field=value …`, from its
/// JSON form (so a test reads what a user reads).
fn shown(ex: Extractor, input: &str) -> Vec<String> {
    ex.extract_str(input)
        .into_iter()
        .filter_map(|f| {
            let v = serde_json::to_value(&f).ok()?;
            let kind = v["kind"].as_str()?.to_string();
            let keys: &[&str] = match kind.as_str() {
                "money" => &["value", "upper", "currency", "qualifier", "role"],
                "count" => &["value", "upper", "classifier", "noun", "qualifier"],
                "area" => &["value", "unit", "qualifier", "role"],
                "percent" => &["value", "upper", "qualifier", "direction"],
                _ => return None,
            };
            let mut out = format!("{} {kind}", f.text);
            for k in keys {
                match &v[*k] {
                    serde_json::Value::Null => {}
                    serde_json::Value::String(s) => out += &format!(" {k}={s}"),
                    x => out += &format!(" {k}={x}"),
                }
            }
            Some(out)
        })
        .collect()
}

/// Asserts that `input` gives each of `want` (in any order, others allowed).
fn has(input: &str, want: &[&str]) {
    has_with(Extractor::new(), input, want);
}

fn has_with(ex: Extractor, input: &str, want: &[&str]) {
    let got = shown(ex, input);
    for w in want {
        assert!(
            got.iter().any(|g| g == w),
            "{input}\nwant {w}\ngot  {got:#?}"
        );
    }
}

/// Asserts that no fact of `input` has a text containing `part` with `field`.
fn lacks(input: &str, text: &str, field: &str) {
    let got = shown(Extractor::new(), input);
    assert!(
        !got.iter()
            .any(|g| g.starts_with(&format!("{text} ")) && g.contains(field)),
        "{input}\nno {text} with {field}\ngot {got:#?}"
    );
}

#[test]
fn a_qualifier_character_inside_a_word_is_no_qualifier() {
    for verb in [
        "签约", "履约", "合约", "预约", "制约", "节约", "违约", "解约",
    ] {
        let input = format!("园区本月{verb}5个项目，涉及资金3亿元。");
        lacks(&input, "5个", "approx");
        lacks(&input, "约5个", "count");
    }
    for word in ["附近", "最近", "邻近", "靠近"] {
        let input = format!("{word}3家企业增资1.2亿元。");
        lacks(&input, "3家", "approx");
        lacks(&input, "近3家", "count");
    }
    lacks("赶超3家龙头企业。", "超3家", "count");
    // The words that are qualifiers still are.
    has(
        "全年完成投资接近500亿元，将近20个项目投产，约10家企业入驻，签约额超8亿元。",
        &[
            "接近500亿元 money value=50000000000 currency=CNY qualifier=approx role=investment",
            "将近20个 count value=20 classifier=个 noun=项目 qualifier=approx",
            "约10家 count value=10 classifier=家 noun=企业 qualifier=approx",
        ],
    );
    has(
        "拟融资不超60亿元。",
        &["不超60亿元 money value=6000000000 currency=CNY qualifier=under role=financing"],
    );
}

#[test]
fn duo_and_yu_that_start_a_word_qualify_nothing_before_them() {
    lacks("总投资1亿元多家企业参与建设。", "1亿元多", "money");
    has(
        "总投资1亿元多家企业参与建设。",
        &["1亿元 money value=100000000 currency=CNY qualifier=exact role=investment"],
    );
    lacks("项目资金500万元余下部分由企业自筹。", "500万元余", "money");
}

#[test]
fn regional_dollars_are_named_and_read_from_the_document() {
    has(
        "該公司募資新台幣12億元，另向銀行借款HK$3億元，並投資澳門元5000萬元。",
        &[
            "12億元 money value=1200000000 currency=TWD qualifier=exact role=financing",
            "5000萬元 money value=50000000 currency=MOP qualifier=exact role=investment",
        ],
    );
    // A page from Taiwan: an ROC-calendar date; plain 元 is TWD.
    has(
        "發布日期：112-05-18\n本公司今年第一季營業收入達35.2億元，較去年同期成長8%。",
        &["35.2億元 money value=3520000000 currency=TWD qualifier=exact role=revenue"],
    );
    // Hong Kong: 港府 and 立法會 in traditional script; 人民幣 stays CNY.
    has(
        "港府向立法會申請撥款80億元興建新醫院，另有內地企業投資20億元人民幣。",
        &[
            "80億元 money value=8000000000 currency=HKD qualifier=exact role=investment",
            "20億元人民幣 money value=2000000000 currency=CNY qualifier=exact role=investment",
        ],
    );
    // Macau: 澳門特區 and 澳門 in the text.
    has(
        "澳門特區政府今年投資3億元改善澳門交通，另發放補貼人民幣1億元。",
        &[
            "3億元 money value=300000000 currency=MOP qualifier=exact role=investment",
            "1億元 money value=100000000 currency=CNY qualifier=exact role=subsidy",
        ],
    );
    // A mainland article that mentions 港元 once keeps plain 元 as CNY.
    has(
        "该公司在香港上市募资20亿港元，今年营业收入达35亿元。",
        &["35亿元 money value=3500000000 currency=CNY qualifier=exact role=revenue"],
    );
    // 民国 in a simplified mainland text says nothing about the currency.
    has(
        "这座民国时期的老厂房改造投资1.5亿元。",
        &["1.5亿元 money value=150000000 currency=CNY qualifier=exact role=investment"],
    );
}

#[test]
fn meijin_is_the_us_dollar_before_or_after_the_number() {
    // In a page from Taiwan, 美金 before the number is no plain 元.
    has(
        "發布日期：112-05-18\n本季核准僑外投資金額計美金12.5億元，另有陸資投資新臺幣3億元。",
        &[
            "12.5億元 money value=1250000000 currency=USD qualifier=exact role=investment",
            "3億元 money value=300000000 currency=TWD qualifier=exact role=investment",
        ],
    );
    has(
        "该企业获得风险投资5000万美金。",
        &["5000万美金 money value=50000000 currency=USD qualifier=exact role=investment"],
    );
}

#[test]
fn the_caller_can_set_the_currency_of_a_plain_yuan() {
    let ex = Extractor::new().default_currency(Currency::Twd);
    has_with(
        ex,
        "公司全年营收120亿元，另有美元贷款2亿美元。",
        &[
            "120亿元 money value=12000000000 currency=TWD qualifier=exact role=revenue",
            "2亿美元 money value=200000000 currency=USD qualifier=exact role=financing",
        ],
    );
}

#[test]
fn thresholds_that_class_projects_are_one_role() {
    has(
        "全市投资超10亿元的项目3个，10亿元以上项目5个，5000万元及以上的产业项目42个。",
        &[
            "超10亿元 money value=1000000000 currency=CNY qualifier=over role=investment",
            "10亿元以上 money value=1000000000 currency=CNY qualifier=over role=investment",
            "5000万元及以上 money value=50000000 currency=CNY qualifier=over role=investment",
        ],
    );
    // A band of amounts that classes projects is their investment too.
    has(
        "其中3亿元至5亿元项目6个，1-3亿元的项目9个。",
        &[
            "3亿元至5亿元 money value=300000000 upper=500000000 currency=CNY qualifier=range role=investment",
            "1-3亿元 money value=100000000 upper=300000000 currency=CNY qualifier=range role=investment",
        ],
    );
    // A scale alone as the bound (亿元以上, 超亿元) is one of that scale.
    has(
        "全年新开工亿元以上项目86个，引进超亿元项目12个。",
        &[
            "亿元以上 money value=100000000 currency=CNY qualifier=over role=investment",
            "超亿元 money value=100000000 currency=CNY qualifier=over role=investment",
        ],
    );
    // 逾 and 超过 bound it as 超 does; 不超过 is the bound from above.
    has(
        "引进逾亿元项目9个，投资超过亿元的项目4个，单体投资不超过亿元。",
        &[
            "逾亿元 money value=100000000 currency=CNY qualifier=over role=investment",
            "超过亿元 money value=100000000 currency=CNY qualifier=over role=investment",
            "不超过亿元 money value=100000000 currency=CNY qualifier=under role=investment",
        ],
    );
    // An amount above a bound that classes no project keeps its own role.
    has(
        "全年实现税收10亿元以上，居民存款1万元以上的家庭占六成。",
        &["10亿元以上 money value=1000000000 currency=CNY qualifier=over role=tax"],
    );
}

#[test]
fn a_minus_sign_before_an_amount_keeps_its_sign() {
    // After a verb of being or a colon, any form of the minus sign.
    has(
        "公司归属于股东的净利润为-2.45亿元，经营现金流净额为－1,800万元，期末余额：−300万元。",
        &[
            "-2.45亿元 money value=-245000000 currency=CNY qualifier=exact role=other",
            "－1,800万元 money value=-18000000 currency=CNY qualifier=exact role=other",
            "−300万元 money value=-3000000 currency=CNY qualifier=exact role=other",
        ],
    );
    // A dash between numbers is a range, and a code before it no sign.
    has(
        "项目计划投资6-9亿元。",
        &[
            "6-9亿元 money value=600000000 upper=900000000 currency=CNY qualifier=range role=investment",
        ],
    );
    lacks("设备型号B-2亿元档位。", "-2亿元", "money");
}

#[test]
fn a_capacity_per_month_or_day_is_no_count_and_yinei_bounds_from_above() {
    for input in [
        "项目建成后可形成月产3万片的生产能力。",
        "新建生产线日产面板1200片，日处理垃圾800车。",
    ] {
        let got = shown(Extractor::new(), input);
        assert!(
            got.iter().all(|g| !g.contains(" count ")),
            "{input}: {got:?}"
        );
    }
    has(
        "城镇调查失业率控制在5.5%以内。",
        &["5.5%以内 percent value=5.5 qualifier=under"],
    );
}
