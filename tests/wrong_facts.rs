//! Issue 13, "abstain rather than invent": forms the library used to read
//! as a wrong fact now give the right one or none. Every sentence here is
//! written for these tests.

use zhfacts::{Extractor, Fact, FactData, parse_number};

use crate::util::{check_invariants, dates};

/// What `show` makes of each fact of `input` it shows, in order (the
/// invariants of every fact checked first).
fn shown(input: &str, show: impl Fn(&Fact) -> Option<String>) -> Vec<String> {
    let facts = Extractor::new().extract_str(input);
    check_invariants(input, &facts);
    facts.iter().filter_map(show).collect()
}

/// `text=value` for every money fact of `input`.
fn money(input: &str) -> Vec<String> {
    shown(input, |f| match &f.data {
        FactData::Money(m) => Some(format!("{}={}", f.text, m.value.normalize())),
        _ => None,
    })
}

const NONE: [&str; 0] = [];

#[test]
fn past_n_years_is_no_fact() {
    // 过去N年 has no SPEC reading, and readers split on it.
    assert_eq!(
        dates("过去五年，全区累计引进项目120个。", "2023-06-01"),
        NONE
    );
    assert_eq!(dates("过去3年里园区产值翻了一番。", "2023-06-01"), NONE);
    // 近N年 keeps SPEC's reading.
    assert_eq!(
        dates("近三年，全区累计引进项目120个。", "2023-06-01"),
        ["近三年=2021-01-01..2023-06-01"]
    );
}

#[test]
fn front_and_back_half_years_are_the_halves() {
    assert_eq!(
        dates("2023年前半年全县签约项目16个。", "2024-01-10"),
        ["2023年前半年=2023-01-01..2023-06-30"]
    );
    assert_eq!(
        dates("园区计划今年后半年完成主体工程。", "2022-05-01"),
        ["今年后半年=2022-07-01..2022-12-31"]
    );
}

#[test]
fn numeric_dates_keep_one_separator() {
    // 2016.05-20 is no day of 2016.05-2019.12, which is the months from
    // May 2016 to December 2019.
    assert_eq!(
        dates("合同期为2016.05-2019.12，共三年。", "2023-06-01"),
        ["2016.05-2019.12=2016-05-01..2019-12-31"]
    );
    assert_eq!(dates("编号2016.05-2019.123作废。", "2023-06-01"), NONE);
    assert_eq!(dates("区间2019.12-2016.05有误。", "2023-06-01"), NONE);
    assert_eq!(
        dates("公告于2021.09.21发布。", "2023-06-01"),
        ["2021.09.21=2021-09-21..2021-09-21"]
    );
}

#[test]
fn n_days_ago_is_not_lately() {
    assert_eq!(dates("三日前，园区又签约项目5个。", "2023-06-01"), NONE);
    assert_eq!(
        dates("日前，园区又签约项目5个。", "2023-06-01"),
        ["日前=2023-05-22..2023-06-01"]
    );
}

#[test]
fn a_day_in_hao_alone_needs_words_that_make_it_a_day() {
    assert_eq!(dates("该企业已入驻12号厂房。", "2023-06-01"), NONE);
    assert_eq!(dates("双方于12号完成签约。", "2023-06-20"), NONE);
    assert_eq!(
        dates("项目将于25号开工。", "2023-06-20"),
        ["25号=2023-06-25..2023-06-25"]
    );
    assert_eq!(
        dates("展会安排在9月3号、5号两天。", "2023-06-20"),
        [
            "9月3号=2023-09-03..2023-09-03",
            "5号=2023-09-05..2023-09-05"
        ]
    );
}

#[test]
fn a_date_up_to_now_runs_to_the_reference_date() {
    assert_eq!(
        dates("2015年起至今，累计投资80亿元。", "2023-06-01"),
        ["2015年起至今=2015-01-01..2023-06-01"]
    );
    assert_eq!(
        dates("去年到现在，新增企业300家。", "2023-06-01"),
        ["去年到现在=2022-01-01..2023-06-01"]
    );
    // 至今年8月: 至 and 今年8月.
    assert_eq!(
        dates("工期从去年9月至今年8月。", "2023-06-01"),
        ["去年9月至今年8月=2022-09-01..2023-08-31"]
    );
}

#[test]
fn between_two_dates_is_one_period() {
    assert_eq!(
        dates("2019年与2021年之间，全市新增企业300家。", "2023-06-01"),
        ["2019年与2021年之间=2019-01-01..2021-12-31"]
    );
    assert_eq!(
        dates("五月和八月之间完成设备安装。", "2023-01-10"),
        ["五月和八月之间=2023-05-01..2023-08-31"]
    );
    // Without 之间 two dates stay two facts.
    assert_eq!(
        dates("2019年和2021年分别签约项目5个、8个。", "2023-06-01"),
        [
            "2019年=2019-01-01..2019-12-31",
            "2021年=2021-01-01..2021-12-31"
        ]
    );
}

#[test]
fn the_start_or_end_of_a_quarter_is_a_ten_day_period() {
    // 三季度末 reads as 9月末, 二季度初 as 4月初 (SPEC's 7月底, 4月初).
    assert_eq!(
        dates("去年三季度末，贷款余额达到。", "2023-06-01"),
        ["去年三季度末=2022-09-21..2022-09-30"]
    );
    assert_eq!(
        dates("二季度初，项目进场施工。", "2023-06-01"),
        ["二季度初=2023-04-01..2023-04-10"]
    );
    // A quarter's 底 is no reading; 1季度中国 is the quarter.
    assert_eq!(dates("一季度底，工程过半。", "2023-06-01"), NONE);
    assert_eq!(
        dates("1季度中国出口增长。", "2023-06-01"),
        ["1季度=2023-01-01..2023-03-31"]
    );
}

#[test]
fn a_start_or_end_that_opens_a_word_is_no_part_of_the_date() {
    let r = "2023-06-01";
    assert_eq!(
        dates("园区今年初步建成标准厂房。", r),
        ["今年=2023-01-01..2023-12-31"]
    );
    assert_eq!(
        dates("该项目5月初见成效。", r),
        ["5月=2023-05-01..2023-05-31"]
    );
    assert_eq!(
        dates("二季度初步核算数据显示增长。", r),
        ["二季度=2023-04-01..2023-06-30"]
    );
    // 年初 then a word that 初 does not open (设立) stays 年初.
    assert_eq!(
        dates("园区今年初设立产业基金。", r),
        ["今年初=2023-01-01..2023-03-31"]
    );
    // A real start or end stays one.
    assert_eq!(
        dates("今年初，园区开工项目8个。", r),
        ["今年初=2023-01-01..2023-03-31"]
    );
}

#[test]
fn a_year_word_whose_characters_belong_to_other_words_is_no_date() {
    let r = "2023-06-01";
    // 年 closing the word before (近年, 每年, 三年): 年中 is no date.
    assert_eq!(dates("近年中央财政加大了投入。", r), NONE);
    assert_eq!(dates("每年中小企业新增上千家。", r), NONE);
    assert_eq!(dates("今后三年中将新建厂房。", r), NONE);
    assert_eq!(dates("每年底召开总结会。", r), NONE);
    // 上 closing the word before (线上年货), 全 after 安.
    assert_eq!(dates("网上年货节成交额创新高。", r), NONE);
    assert_eq!(dates("晚上年轻人逛夜市。", r), NONE);
    assert_eq!(
        dates("电网上年货物运输投资增长。", r),
        ["上年=2022-01-01..2022-12-31"]
    );
    assert_eq!(
        dates("宝马上年销量回升。", r),
        ["上年=2022-01-01..2022-12-31"]
    );
    assert_eq!(dates("企业安全年检全部通过。", r), NONE);
    // 年 opening the word after (年轻, 年纪, 年龄).
    assert_eq!(dates("如今年轻人返乡创业。", r), NONE);
    assert_eq!(dates("上年纪的村民领到补贴。", r), NONE);
    assert_eq!(dates("服务覆盖全年龄段人群。", r), NONE);
    // A word that ends before 年: 年底 stays a date.
    assert_eq!(
        dates("临近年底，确保完成年底目标，最晚年底投产。", r),
        [
            "年底=2023-10-01..2023-12-31",
            "年底=2023-10-01..2023-12-31",
            "年底=2023-10-01..2023-12-31"
        ]
    );
    // The year words themselves stay dates.
    assert_eq!(
        dates("营收比上年增长一成，到年底完成投资。", r),
        ["上年=2022-01-01..2022-12-31", "年底=2023-10-01..2023-12-31"]
    );
}

#[test]
fn a_number_of_months_or_days_is_not_a_month() {
    assert_eq!(dates("近四月，全区工业产值稳步回升。", "2023-06-01"), NONE);
    assert_eq!(dates("2022年后三月，订单明显增加。", "2023-06-01"), NONE);
    assert_eq!(dates("5月前10天，完成签约项目3个。", "2023-06-01"), NONE);
    assert_eq!(dates("6月的后两周，设备陆续进场。", "2023-06-01"), NONE);
}

#[test]
fn a_season_or_unread_month_after_a_year_is_no_fact() {
    assert_eq!(dates("2022年秋，项目建成。", "2023-06-01"), NONE);
    assert_eq!(dates("前年本月二十日，双方签约。", "2023-06-01"), NONE);
    // A word that only starts with a season keeps the year.
    assert_eq!(
        dates("2022年冬奥会期间，场馆全部投用。", "2023-06-01"),
        ["2022年=2022-01-01..2022-12-31"]
    );
}

#[test]
fn a_weekday_glosses_its_day() {
    // 2023-03-06 was a Monday.
    assert_eq!(
        dates("2023年3月6日（星期一）举行签约仪式。", "2023-06-01"),
        ["2023年3月6日（星期一）=2023-03-06..2023-03-06"]
    );
    assert_eq!(
        dates("2023年3月6日，周一，举行签约仪式。", "2023-06-01"),
        ["2023年3月6日，周一=2023-03-06..2023-03-06"]
    );
    // A weekday that contradicts the day: the day is not what it seems.
    assert_eq!(
        dates("2023年3月7日，星期一，举行签约仪式。", "2023-06-01"),
        NONE
    );
}

#[test]
fn liang_is_no_digit_of_a_digit_run() {
    assert_eq!(parse_number("两两"), None);
    assert_eq!(parse_number("三两"), None);
    assert_eq!(parse_number("两万"), Some(20_000.into()));
    assert_eq!(parse_number("两千两百"), Some(2_200.into()));
    assert_eq!(parse_number("二〇二二"), Some(2_022.into()));
}

#[test]
fn vague_amounts_and_compounds_in_zhao_are_no_money() {
    assert_eq!(money("项目拟投资数十亿元建设新厂。"), NONE);
    assert_eq!(money("每年节约成本几百万元。"), NONE);
    assert_eq!(money("该国债务达到三兆五千亿元。"), NONE);
    assert_eq!(money("兩岸貿易額1兆2000億元。"), NONE);
    // 兆 right before a currency is 10¹² (Taiwan usage, as 万亿); 兆瓦 is a
    // unit of power.
    assert_eq!(
        money("營收達新台幣2.16兆元，日本GDP約550兆日圓。"),
        ["2.16兆元=2160000000000", "約550兆日圓=550000000000000"]
    );
    assert_eq!(money("總裝機容量達1.2兆瓦，投資額2兆。"), NONE);
    // 总数 before a number is no vague amount.
    assert_eq!(money("资金总数10亿元。"), ["10亿元=1000000000"]);
    // 上 before a scale is as vague as 数 and 几: 上亿元 is no 1亿元.
    assert_eq!(money("带动社会投资上百亿元，年产值可达上亿元。"), NONE);
    // 以上 before a scale is no 上 of vagueness.
    assert_eq!(money("5000万元以上百强企业贡献税收8亿元。").len(), 2);
}

#[test]
fn vague_counts_are_no_count() {
    let facts = |s: &str| {
        shown(s, |f| {
            matches!(f.data, FactData::Count(_)).then(|| f.text.clone())
        })
    };
    assert_eq!(facts("园区新签约项目数十个，带动上下游企业上百家。"), NONE);
    assert_eq!(facts("新增就业数千人，吸引几十家企业入驻。"), NONE);
    // A count in figures after 上 is read (上半年 is a date, 3个 a count).
    assert_eq!(facts("上半年新开工项目3个。"), ["3个"]);
}

/// `text=value` for every percent fact of `input`.
fn percents(input: &str) -> Vec<String> {
    shown(input, |f| match &f.data {
        FactData::Percent(p) => Some(format!("{}={}", f.text, p.value.normalize())),
        _ => None,
    })
}

#[test]
fn a_share_of_another_whole_is_no_percentage() {
    // 五百分之 and 两百分之 are not 百分之: no percent rather than a wrong one.
    assert_eq!(
        percents("不良率控制在五百分之三以内。"),
        Vec::<String>::new()
    );
    assert_eq!(percents("误差不超过两百分之一。"), Vec::<String>::new());
    // 百分之 on its own, and after a range word, is still read.
    assert_eq!(percents("覆盖率达到百分之八十四。"), ["百分之八十四=84"]);
    assert_eq!(
        percents("增幅在百分之十至百分之二十之间。"),
        ["百分之十至百分之二十=10"]
    );
}

#[test]
fn a_number_spaced_apart_gives_no_piece_of_it() {
    // 四点 五 and 百分之五 十: the piece after or before the gap alone is
    // wrong; the whole number is read across the gap (a scale word or 点
    // next to it), never a piece.
    assert_eq!(
        percents("利率下调了四点 五个百分点。"),
        ["四点 五个百分点=4.5"]
    );
    assert_eq!(percents("占比约为百分之五 十。"), ["约为百分之五 十=50"]);
    assert_eq!(percents("增速为百分之一 点五。"), ["百分之一 点五=1.5"]);
    // Two digits with no scale or point at the gap: no number, no piece.
    assert_eq!(percents("占比约为百分之五 六。"), Vec::<String>::new());
    // A scale written apart is read with its number, Arabic digits after a
    // space are a number of their own.
    assert_eq!(money("完成投资1000 万元。"), ["1000 万元=10000000"]);
    assert_eq!(money("总投资二十 億元。"), ["二十 億元=2000000000"]);
    // Arabic digits take a scale written apart, 十/百/千 too.
    assert_eq!(money("总投资5 千万元。"), ["5 千万元=50000000"]);
    assert_eq!(percents("2023 年增长 5 %。"), ["5 %=5"]);
}

#[test]
fn ling_before_liang_is_a_gap_in_the_places() {
    // 两两 is no number, but 一万零两百 is 10200.
    assert_eq!(
        parse_number("一万零两百"),
        rust_decimal::Decimal::from_str_exact("10200").ok()
    );
    assert_eq!(money("奖励一万零两百元。"), ["一万零两百元=10200"]);
}

#[test]
fn a_full_width_comma_before_three_digits_leaves_the_number_unread() {
    // ， may be a thousands separator here: neither piece is the number.
    assert_eq!(percents("该项指标较基期上涨了百分之３，４５６。"), NONE);
    // Groups before a percent unit are one number, as before a money word.
    assert_eq!(
        percents("该差值为 ５６７，８９０个百分点。"),
        ["５６７，８９０个百分点=567890"]
    );
    assert_eq!(percents("该比值达到1，250%。"), ["1，250%=1250"]);
    assert_eq!(money("账面资金合计12,500，300,000元。"), NONE);
    // A comma after a unit or a word is a clause break as before, and so
    // is one after a number that a word reads.
    assert_eq!(percents("增幅为5%，120家企业参与调查。"), ["5%=5"]);
    assert_eq!(percents("产值同比增长12%，123家企业实现盈利。"), ["12%=12"]);
    assert_eq!(
        money("全年完成投资5亿元，120个项目开工。"),
        ["5亿元=500000000"]
    );
}

#[test]
fn a_letter_after_a_written_out_percentage_is_no_percentage() {
    assert_eq!(percents("该指数较上月上涨百分之15K。"), NONE);
    assert_eq!(percents("访问量增长了百分之2.4ｋ。"), NONE);
    assert_eq!(percents("覆盖率提高到百分之95。"), ["百分之95=95"]);
}

#[test]
fn tenths_take_a_half_or_a_digit_after_cheng() {
    assert_eq!(percents("产能利用率恢复到七成半。"), ["七成半=75"]);
    assert_eq!(percents("本地配套率达到三成五。"), ["三成五=35"]);
    // A digit after a space may be the rest of the number.
    assert_eq!(percents("本地配套率达到三成 五。"), NONE);
    // A digit that starts a count is no part of the tenths.
    assert_eq!(percents("约两成三个行业出现下滑。"), ["约两成=20"]);
    assert_eq!(percents("出口占比近8成。"), ["近8成=80"]);
}

#[test]
fn a_full_width_minus_is_the_sign_of_a_percentage() {
    assert_eq!(percents("一季度利润增速为－3.5％。"), ["－3.5％=-3.5"]);
    // After a numeral it is a range dash.
    assert_eq!(percents("预计增长5－8%。"), ["5－8%=5"]);
}

#[test]
fn subunits_after_yuan_or_dollars_belong_to_the_amount() {
    assert_eq!(money("早餐一份售价五元三毛。"), ["五元三毛=5.3"]);
    assert_eq!(money("每件售价两美元又五美分。"), ["两美元又五美分=2.05"]);
    assert_eq!(money("每件售价3美元25美分。"), ["3美元25美分=3.25"]);
    assert_eq!(
        money("菜价为三元六角-四元二角五分不等。"),
        ["三元六角-四元二角五分=3.6"]
    );
    // 块 keeps 毛 only: 一块五角星 is a star.
    assert_eq!(money("墙上挂着一块五角星牌匾。"), NONE);
}

#[test]
fn an_amount_in_two_currencies_is_no_money() {
    assert_eq!(money("该笔贷款为五万元欧元。"), NONE);
    assert_eq!(money("旅客携带3000元日币入境。"), NONE);
    // 元人民币 is one unit.
    assert_eq!(money("捐款3000元人民币。"), ["3000元人民币=3000"]);
}

#[test]
fn times_of_day_inside_a_day_range_keep_it_one_range() {
    assert_eq!(
        dates(
            "展会于2023年5月18日9:00至2023年5月21日17:00举行。",
            "2023-04-01"
        ),
        ["2023年5月18日9:00至2023年5月21日17:00=2023-05-18..2023-05-21"]
    );
    assert_eq!(
        dates("管制时间为6月3日零时至6月5日24时。", "2023-04-01"),
        ["6月3日零时至6月5日24时=2023-06-03..2023-06-05"]
    );
    assert_eq!(
        dates("活动从7月1号上午9点~7月2号下午5点进行。", "2023-04-01"),
        ["7月1号上午9点~7月2号下午5点=2023-07-01..2023-07-02"]
    );
    // A time of day alone after a day is no part of the date.
    assert_eq!(
        dates("签约仪式于6月3日10:00举行。", "2023-04-01"),
        ["6月3日=2023-06-03..2023-06-03"]
    );
}

#[test]
fn a_date_that_is_one_piece_of_an_unread_form_is_no_fact() {
    // 上3月 is the month before, not March.
    assert_eq!(dates("上3月，全区新签约项目12个。", "2023-06-01"), NONE);
    // 线上 is a word: 线上3月 is March.
    assert_eq!(
        dates("线上3月销售额增长两成。", "2023-06-01"),
        ["3月=2023-03-01..2023-03-31"]
    );
    // A range to a relative word: the first end alone is no reading of it.
    assert_eq!(
        dates("工程自2022年9月到下个月15号分段施工。", "2023-06-01"),
        NONE
    );
    // X之后Y之前: neither end is the period.
    assert_eq!(
        dates("统计2015年之后2019年之前投产的项目。", "2023-06-01"),
        NONE
    );
    // Each alone keeps its anchor.
    assert_eq!(
        dates("项目将于2024年之前建成。", "2023-06-01"),
        ["2024年=2024-01-01..2024-12-31"]
    );
}

#[test]
fn more_forms_of_percentages_and_amounts_are_read() {
    // A minus sign that starts its words signs a percentage.
    assert_eq!(percents("当月出口增速为-4.6%。"), ["-4.6%=-4.6"]);
    // After letters or digits it is a code or a range.
    assert_eq!(percents("型号A-20%的产品。"), NONE);
    // Tenths with a decimal, up to ten tenths.
    assert_eq!(percents("入住率达到8.5成。"), ["8.5成=85"]);
    assert_eq!(percents("成功率约为九点五成。"), ["约为九点五成=95"]);
    // 成本 and 成交 are words, not tenths.
    assert_eq!(percents("每吨降低3成本约百元。"), NONE);
    // 圆 is 元, and 整 closes an amount.
    assert_eq!(money("合计人民币叁仟伍佰圆整。"), ["叁仟伍佰圆整=3500"]);
    assert_eq!(money("会场摆放了两圆桌。"), NONE);
}

#[test]
fn a_month_named_from_the_reference_month_is_read() {
    let r = "2023-06-15";
    assert_eq!(
        dates("上个月全区新开工项目8个。", r),
        ["上个月=2023-05-01..2023-05-31"]
    );
    assert_eq!(
        dates("项目须于本月底前完成验收。", r),
        ["本月底=2023-06-21..2023-06-30"]
    );
    assert_eq!(
        dates("二期工程下月5日开工。", r),
        ["下月5日=2023-07-05..2023-07-05"]
    );
    assert_eq!(
        dates("一月份签约的项目上一个月全部落地。", "2024-01-20"),
        [
            "一月份=2024-01-01..2024-01-31",
            "上一个月=2023-12-01..2023-12-31"
        ]
    );
    // As the base of a comparison it is the month before the one reported.
    assert_eq!(
        dates("4月销量环比上月增长12%。", r),
        ["4月=2023-04-01..2023-04-30"]
    );
    assert_eq!(dates("成交量较上个月回落。", r), NONE);
    // 上上个月 is two months back, not 上个月.
    assert_eq!(
        dates("上上个月五号开工。", r),
        ["上上个月五号=2023-04-05..2023-04-05"]
    );
}

#[test]
fn a_standalone_number_keeps_its_sign() {
    let n = |s: &str| parse_number(s).map(|d| d.to_string());
    assert_eq!(n("负三十五"), Some("-35".into()));
    assert_eq!(n("負四十億"), Some("-4000000000".into()));
    assert_eq!(n("-1,250"), Some("-1250".into()));
    assert_eq!(n("负 0.75"), Some("-0.75".into()));
    assert_eq!(n("负负5"), None);
    assert_eq!(n("负"), None);
    // In prose the sign is read with the percentage, as before.
    assert_eq!(percents("增速为负3.9%。"), ["负3.9%=-3.9"]);
}

#[test]
fn tenths_before_spaces_and_punctuation_do_not_panic() {
    for s in [
        "三成 ，",
        "三成　半",
        "七成  。",
        "两成\u{3000}五",
        "八成 半数",
    ] {
        let _ = percents(s);
    }
    assert_eq!(percents("占比三成 ，同比持平。"), ["三成=30"]);
}

/// `text=value..upper` for every money, count and percent fact of `input`
/// (`..upper` only for ranges).
fn amounts(input: &str) -> Vec<String> {
    let facts = Extractor::new().extract_str(input);
    check_invariants(input, &facts);
    let show = |f: &zhfacts::Fact, v: &zhfacts::Decimal, u: Option<&zhfacts::Decimal>| match u {
        Some(u) => format!("{}={}..{}", f.text, v.normalize(), u.normalize()),
        None => format!("{}={}", f.text, v.normalize()),
    };
    facts
        .iter()
        .filter_map(|f| match &f.data {
            FactData::Money(m) => Some(show(f, &m.value, m.upper.as_ref())),
            FactData::Count(c) => Some(show(f, &c.value, c.upper.as_ref())),
            FactData::Percent(p) => Some(show(f, &p.value, p.upper.as_ref())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_vague_pair_after_a_scale_is_a_range() {
    // 十二三 is "twelve or thirteen", not 10 + 23.
    assert_eq!(
        amounts("今年以来园区新增十二三家规上企业。"),
        ["十二三家=12..13"]
    );
    assert_eq!(
        amounts("新区与老区的产值增速相差十五六个百分点。"),
        ["十五六个百分点=15..16"]
    );
    assert_eq!(
        amounts("预计一期工程需投入二十五六亿元。"),
        ["二十五六亿元=2500000000..2600000000"]
    );
    assert_eq!(
        amounts("部分企业原材料成本上涨了百分之一百二三十。"),
        ["百分之一百二三十=120..130"]
    );
    assert_eq!(
        amounts("当地每年发放贴息资金三万五六千元。"),
        ["三万五六千元=35000..36000"]
    );
    assert_eq!(
        amounts("该镇去年吸引社会投资一亿二三千万元。"),
        ["一亿二三千万元=120000000..130000000"]
    );
    // A pair before the scale keeps its reading.
    assert_eq!(
        amounts("物流成本下降了二三十个百分点。"),
        ["二三十个百分点=20..30"]
    );
    // 十二三十 is no numeral: no fact rather than a guess.
    assert_eq!(amounts("园区今年投资十二三十亿元。"), NONE);
}

#[test]
fn a_vague_pair_is_no_single_number() {
    assert_eq!(parse_number("十二三"), None);
    assert_eq!(parse_number("二三十"), None);
    assert_eq!(parse_number("一百二三十"), None);
    assert_eq!(parse_number("三五百万"), None);
    assert_eq!(parse_number("一二"), Some(12.into()));
    assert_eq!(parse_number("二十三"), Some(23.into()));
    assert_eq!(parse_number("一千零二十"), Some(1_020.into()));
    assert_eq!(parse_number("十点二三"), Some("10.23".parse().unwrap()));
}

#[test]
fn a_vague_pair_of_months_or_quarters_is_no_fact() {
    // 十一二月 is November or December, not February.
    assert_eq!(dates("新厂房预计十一二月份投产。", "2023-06-01"), NONE);
    assert_eq!(dates("三四月份园区新签约项目9个。", "2023-06-01"), NONE);
    assert_eq!(dates("一二季度全县工业投资增速放缓。", "2023-08-01"), NONE);
    // A year before the pair keeps its reading.
    assert_eq!(
        dates("今年三四月份订单回升。", "2023-06-01"),
        ["今年=2023-01-01..2023-12-31"]
    );
    // Months and quarters in a list, and 十一月/十二月, are read.
    assert_eq!(
        dates("一季度、二季度分别签约3个和5个项目。", "2023-08-01"),
        [
            "一季度=2023-01-01..2023-03-31",
            "二季度=2023-04-01..2023-06-30"
        ]
    );
    assert_eq!(
        dates("二期工程十二月份完工。", "2023-06-01"),
        ["十二月份=2023-12-01..2023-12-31"]
    );
}

#[test]
fn a_day_listed_after_a_day_range_is_in_its_month() {
    // 15日 after 9月10日至12日 is in September, not in R's month.
    assert_eq!(
        dates("展会于9月10日至12日、15日分两段举办。", "2023-06-20"),
        [
            "9月10日至12日=2023-09-10..2023-09-12",
            "15日=2023-09-15..2023-09-15"
        ]
    );
    // A listed day before the one it follows is no reading of the list.
    assert_eq!(
        dates("两批项目于9月20日、5日集中签约。", "2023-06-20"),
        ["9月20日=2023-09-20..2023-09-20"]
    );
}

/// `text=qualifier currency` for every money fact of `input`.
fn money_qualifiers(input: &str) -> Vec<String> {
    shown(input, |f| match &f.data {
        FactData::Money(m) => Some(format!("{}={:?} {:?}", f.text, m.qualifier, m.currency)),
        _ => None,
    })
}

#[test]
fn a_qualifier_before_a_currency_name_or_a_link_word_is_read() {
    assert_eq!(
        money_qualifiers("项目合同额约为人民币12.4亿元。"),
        ["约为人民币12.4亿元=Approx Cny"]
    );
    assert_eq!(
        money_qualifiers("本次认购金额不超过人民币8亿元。"),
        ["不超过人民币8亿元=Under Cny"]
    );
    assert_eq!(
        money_qualifiers("债券规模约合美元3亿元。"),
        ["约合美元3亿元=Approx Usd"]
    );
    assert_eq!(
        money_qualifiers("該集團去年收益逾港幣50億元。"),
        ["逾港幣50億元=Over Hkd"]
    );
    assert_eq!(
        money_qualifiers("中标价约为860万元。"),
        ["约为860万元=Approx Cny"]
    );
    // 约 inside a word (签约) is no qualifier.
    assert_eq!(
        money_qualifiers("双方签约为期三年，金额3000万元。"),
        ["3000万元=Exact Cny"]
    );
}

/// `text=value classifier` for every count fact of `input`.
fn counts(input: &str) -> Vec<String> {
    shown(input, |f| match &f.data {
        FactData::Count(c) => Some(format!("{}={} {}", f.text, c.value, c.classifier)),
        _ => None,
    })
}

#[test]
fn trading_days_and_basis_points_are_no_counts() {
    assert_eq!(
        counts("发行价不低于定价基准日前20个交易日公司股票均价的80%。"),
        NONE
    );
    assert_eq!(counts("一年期利率较上月下调15个基点。"), NONE);
    assert_eq!(counts("资金须在5个营业日内到账。"), NONE);
}

#[test]
fn visits_and_trips_are_counted_in_ren_ci() {
    assert_eq!(
        counts("春节期间景区接待游客45万人次，机场保障航班860架次。"),
        ["45万人次=450000 人次", "860架次=860 架次"]
    );
}

#[test]
fn a_capacity_word_bounds_only_the_numbers_of_its_own_list() {
    let counts = |s: &str| {
        shown(s, |f| {
            matches!(f.data, FactData::Count(_)).then(|| f.text.clone())
        })
    };
    // The projects exist: 年产 is the capacity of the feed plant.
    assert_eq!(
        counts("观摩团走访了年产30万吨饲料加工项目、新能源产业园项目等9个项目。"),
        ["9个"]
    );
    // A list of capacities stays capacities.
    assert_eq!(counts("建成后年产电机12000台、水泵3000台。"), NONE);
}

#[test]
fn session_numbers_and_titles_give_no_count() {
    // The number of a session after its 届 is no count of meetings.
    assert_eq!(counts("县十七届人大五次会议于1月8日开幕。"), NONE);
    assert_eq!(counts("市委十二届四次全会强调抓项目促投资。"), NONE);
    // Meetings held are counted.
    assert_eq!(
        counts("全年召开项目调度会议六次。"),
        ["六次=6 次".to_string()]
    );
    // A numeral inside a title in book-title marks is part of its name.
    assert_eq!(
        counts("市里出台《促进民营经济高质量发展二十条措施》。"),
        NONE
    );
    assert_eq!(
        counts("印发《关于推进48个重点项目建设的通知》，新增企业60家。"),
        ["60家=60 家".to_string()]
    );
}

#[test]
fn ge_lai_yi_is_about_that_many_yi_not_a_count() {
    // 三个来亿: about 300 million, was a count 三个 with no noun.
    assert_eq!(counts("我们前后投了三个来亿。"), NONE);
    assert_eq!(
        money_qualifiers("我们前后投了三个来亿。"),
        ["三个来亿=Approx Cny"]
    );
}

#[test]
fn now_and_lately_inside_a_word_are_no_dates() {
    // 项目前期 is a project's early stage, 接近日均 near the daily mean.
    assert_eq!(
        dates("项目前期工作已完成，完成投资2000万元。", "2025-06-18"),
        NONE
    );
    assert_eq!(
        dates("成交额接近日均水平，达到15亿元。", "2025-06-18"),
        NONE
    );
    // 项目目前 and 企业目前 keep 目前.
    assert_eq!(
        dates("项目目前已完成投资2000万元。", "2025-06-18"),
        ["目前=2025-06-18..2025-06-18"]
    );
}

/// `kind text` of every fact of `input` of the kinds named.
fn kinds(input: &str, wanted: &[&str]) -> Vec<String> {
    shown(input, |f| {
        let v = serde_json::to_value(f).ok()?;
        let kind = v["kind"].as_str()?.to_string();
        wanted
            .contains(&kind.as_str())
            .then(|| format!("{kind} {}", f.text))
    })
}

#[test]
fn near_day_words_in_figures_of_speech_name_no_day() {
    for s in [
        "幸福的明天从这里开始，滨江新城项目总投资50亿元。",
        "立足于今天，着眼于明天。",
        "昨天、今天和明天，全市共举办活动12场。",
    ] {
        assert!(!kinds(s, &["date"]).iter().any(|d| d.contains('天')), "{s}");
    }
}

#[test]
fn spoken_yi_after_counts_of_people_or_views_and_guo_as_aspect_are_no_money_or_bound() {
    assert_eq!(money("话题阅读量突破2个亿。"), NONE);
    assert_eq!(money("该视频播放量超过3个多亿。"), NONE);
    let q = |s: &str| {
        shown(s, |f| match &f.data {
            FactData::Money(m) => Some(format!("{} {:?}", f.text, m.qualifier)),
            _ => None,
        })
    };
    assert_eq!(q("公司曾投资过3亿元。"), ["3亿元 Exact"]);
    assert_eq!(money("首次打破亿元大关。"), NONE);
}

#[test]
fn a_time_with_a_colon_inside_a_date_range_is_read_without_panic() {
    let got = kinds(
        "报名时间：2024年4月20日9:00至4月25日17:00，项目签约仪式同期举行。",
        &["date"],
    );
    assert_eq!(got, ["date 2024年4月20日9:00至4月25日17:00"]);
}

#[test]
fn new_openings_of_firms_are_counts_not_events() {
    assert_eq!(
        kinds("1-5月，全市新开业企业1200家。", &["event", "count"]),
        ["count 1200家"]
    );
}
