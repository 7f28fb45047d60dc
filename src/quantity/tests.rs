//! Tests of the tables and rules the kinds of quantity share.

use super::testing::q;
use super::*;

no_fact!(
    not_codes,
    "PM_2.5浓度，327路公交，电话0311-86681234，见a/2023/101.jpg"
);

facts!(
    money_qualifiers,
    "约20亿元，6亿元左右，超过200亿元，50亿元以上，不足3亿元，近5000万元",
    [
        "约20亿元=money:2000000000 亿元 Cny Approx Other",
        "6亿元左右=money:600000000 亿元 Cny Approx Other",
        "超过200亿元=money:20000000000 亿元 Cny Over Other",
        "50亿元以上=money:5000000000 亿元 Cny Over Other",
        "不足3亿元=money:300000000 亿元 Cny Under Other",
        "近5000万元=money:50000000 万元 Cny Approx Other",
    ]
);

facts!(
    ranges_after_the_unit,
    "区间6%-6.5%，投资200亿-250亿元，每个批次不超过650亩，6%及以上",
    [
        "6%-6.5%=percent:6/6.5 Percent Range None",
        "200亿-250亿元=money:20000000000/25000000000 亿元 Cny Range Investment",
        "不超过650亩=area:433333.33 650 亩 Under Land",
        "6%及以上=percent:6 Percent Over None",
    ]
);

facts!(
    every_prefix_qualifier,
    "至少3个项目，不少于20家企业，最多5亿元，大约30亩，突破10%",
    [
        "至少3个=count:3 个 Over 项目",
        "不少于20家=count:20 家 Over 企业",
        "最多5亿元=money:500000000 亿元 Cny Under Other",
        "大约30亩=area:20000 30 亩 Approx Land",
        "突破10%=percent:10 Percent Over None",
    ]
);

facts!(
    lists_share_unit_direction_and_role,
    "分别高出2.6个、2.5个百分点，分别同比增长56.23%、335.42%，投资分别为3亿元、5亿元",
    [
        "2.6个=percent:2.6 Point Exact Some(Up)",
        "2.5个百分点=percent:2.5 Point Exact Some(Up)",
        "56.23%=percent:56.23 Percent Exact Some(Up)",
        "335.42%=percent:335.42 Percent Exact Some(Up)",
        "3亿元=money:300000000 亿元 Cny Exact Investment",
        "5亿元=money:500000000 亿元 Cny Exact Investment",
    ]
);

facts!(
    tenths_neighbours_and_ping,
    "近8成，六成有余，五六个项目，两三万元资金，三萬七千多坪土地",
    [
        "近8成=percent:80 Percent Approx None",
        "六成有余=percent:60 Percent Over None",
        "五六个=count:5/6 个 Range 项目",
        "两三万元=money:20000/30000 万元 Cny Range Other",
        "三萬七千多坪=area:122314.05 37000 坪 Over Land",
    ]
);

facts!(
    conformance_regressions,
    "肆佰叁拾萬圆，300美圆，港币两千九百六十元，从8500到3万港元，百分之七十百分位，百分之一百二十点五",
    [
        "肆佰叁拾萬圆=money:4300000 萬圆 Cny Exact Other",
        "300美圆=money:300 美圆 Usd Exact Other",
        "两千九百六十元=money:2960 元 Hkd Exact Other",
        "8500到3万港元=money:8500/30000 万港元 Hkd Range Other",
        "百分之七十=percent:70 Percent Exact None",
        "百分之一百二十点五=percent:120.5 Percent Exact None",
    ]
);

facts!(
    range_connectors,
    "1万元--5万元，1万(含)-5万元",
    [
        "1万元--5万元=money:10000/50000 万元 Cny Range Other",
        "1万(含)-5万元=money:10000/50000 万元 Cny Range Other",
    ]
);

facts!(
    quoted_amount_is_a_fact,
    "“5.5%左右”的目标",
    ["5.5%左右=percent:5.5 Percent Approx None"]
);

#[test]
fn unit_starts_cover_the_tables() {
    for (w, _) in CURRENCIES {
        assert!(UNIT_STARTS.contains(w.chars().next().unwrap()), "{w}");
    }
    for (w, _, _) in super::area_units() {
        assert!(UNIT_STARTS.contains(w.chars().next().unwrap()), "{w}");
    }
}

#[test]
fn prefilters_cover_their_words() {
    let last = |w: &str| w.chars().next_back().unwrap();
    let first = |w: &str| w.chars().next().unwrap();
    for (w, _) in PREFIX_QUALIFIERS {
        assert!(PREFIX_QUALIFIER_ENDS.contains(last(w)), "{w}");
    }
    for w in ["约", "近", "超过", "超", "逾", "不足", "不到"] {
        assert!(PREFIX_QUALIFIER_ENDS.contains(last(w)), "{w}");
    }
    for (w, _) in SUFFIX_QUALIFIERS {
        assert!(SUFFIX_QUALIFIER_STARTS.contains(first(w)), "{w}");
    }
    for w in [
        "(含)",
        "（含）",
        "——",
        "--",
        "—",
        "－",
        "–",
        "~",
        "～",
        "至",
        "到",
        "-",
    ] {
        assert!(DASH_STARTS.contains(first(w)), "{w}");
    }
}

#[test]
fn huge_numbers_are_skipped() {
    let s = format!("总投资{}亿元，共{}个项目", "9".repeat(40), "9".repeat(30));
    assert_eq!(q(&s), Vec::<String>::new());
    force();
}
