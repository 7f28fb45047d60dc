//! Date classes of the trust and generalize issues: day ranges, 前N个月,
//! comparison bases, abstentions, dates outside years 1–9999, 明年中旬,
//! 截至X, spaced forms, year ranges, older plans and days that point ahead.
//! Every sentence here is written for these tests.

use crate::util::dates;

const NONE: [&str; 0] = [];

#[test]
fn day_ranges_take_year_and_month_of_their_first_end() {
    let r = "2023-05-20";
    assert_eq!(
        dates("博览会于9月3日至7日在会展中心举办。", r),
        ["9月3日至7日=2023-09-03..2023-09-07"]
    );
    assert_eq!(
        dates("园区于2016年4月18日至4月25日开展集中走访。", r),
        ["2016年4月18日至4月25日=2016-04-18..2016-04-25"]
    );
    assert_eq!(
        dates("活动从三月五日到九日进行。", r),
        ["三月五日到九日=2023-03-05..2023-03-09"]
    );
    assert_eq!(
        dates("11日至13日，考察团走访企业8家。", r),
        ["11日至13日=2023-05-11..2023-05-13"]
    );
    // Two days of different months stay one range.
    assert_eq!(
        dates("展期为6月29日-7月2日。", r),
        ["6月29日-7月2日=2023-06-29..2023-07-02"]
    );
}

#[test]
fn ranges_of_years_and_of_months_across_years_are_one_period() {
    let r = "2023-05-20";
    assert_eq!(
        dates("从二〇一五年至二〇一九年，累计投资8亿元。", r),
        ["二〇一五年至二〇一九年=2015-01-01..2019-12-31"]
    );
    assert_eq!(
        dates("园区于2019年十月至2020年三月完成改造。", r),
        ["2019年十月至2020年三月=2019-10-01..2020-03-31"]
    );
    assert_eq!(
        dates("去年10月到今年2月，签约项目8个。", r),
        ["去年10月到今年2月=2022-10-01..2023-02-28"]
    );
    // A two-digit year with its month opens a day range as a full one
    // does (see `two_digit_years_are_read_where_plain`).
    assert_eq!(
        dates("会期从16年三月八日到十二日。", r),
        ["16年三月八日到十二日=2016-03-08..2016-03-12"]
    );
    // The second end of a range whose first gives no fact gives none.
    assert_eq!(
        dates("会期从98年三月八日到十二日。", r),
        Vec::<String>::new()
    );
}

#[test]
fn a_year_with_a_finer_part_the_library_does_not_read_gives_no_date() {
    let r = "2023-05-20";
    for s in [
        "项目将在2024年的第二个月动工。",
        "去年的前15天，出口增长3%。",
        "今年第二十个星期召开会议。",
    ] {
        assert_eq!(dates(s, r), Vec::<String>::new(), "{s}");
    }
    // 第一批 is no part of the year.
    assert_eq!(
        dates("今年第一批项目12个。", r),
        ["今年=2023-01-01..2023-12-31"]
    );
}

/// Two-digit years with a part of the year after them, or a leading zero,
/// in the century that is plain (20yy up to five years after R's; 19yy in
/// Chinese digits only); counts of years and Arabic 19yy (a Republic of
/// China year in a Taiwanese text) give none.
#[test]
fn two_digit_years_are_read_where_plain() {
    let r = "2023-05-20";
    assert_eq!(
        dates("08年第二季度，产值下降。", r),
        ["08年第二季度=2008-04-01..2008-06-30"]
    );
    assert_eq!(
        dates("项目于19年底开工，22年6月投产。", r),
        [
            "19年底=2019-10-01..2019-12-31",
            "22年6月=2022-06-01..2022-06-30"
        ]
    );
    assert_eq!(
        dates("九七年一季度，出口增长3%。", r),
        ["九七年一季度=1997-01-01..1997-03-31"]
    );
    for s in [
        "企业经营24年，年产值5亿元。",
        "三四年来，签约项目12个。",
        "98年第二季度，产值下降。",
    ] {
        assert_eq!(dates(s, r), Vec::<String>::new(), "{s}");
    }
    // After 民国 the two digits are a year of the Republic (N + 1911).
    assert_eq!(
        dates("民国98年4月，公司成立。", r),
        ["民国98年4月=2009-04-01..2009-04-30"]
    );
}

/// 下N个月: the next N whole months, at the start of the words or after a
/// link; 剩下, 留下 … end a word, and 比 compares. 下N年 is no date (like
/// 下一年, often the years after a year told before).
#[test]
fn the_next_months() {
    let r = "2023-05-20";
    assert_eq!(
        dates("下三个月，计划签约项目8个。", r),
        ["下三个月=2023-06-01..2023-08-31"]
    );
    assert_eq!(
        dates("在下两个月内完成投资5亿元。", r),
        ["下两个月=2023-06-01..2023-07-31"]
    );
    assert_eq!(
        dates("全年只剩下两个月，任务仍重。", r),
        ["全年=2023-01-01..2023-12-31"]
    );
    for s in [
        "项目留下两个月的调试期。",
        "比下两个月的计划多2亿元。",
        "项目下两年完成扩建。",
    ] {
        assert_eq!(dates(s, r), NONE, "{s}");
    }
}

#[test]
fn holidays_seasons_and_unread_years_give_no_date() {
    let r = "2023-05-20";
    for s in [
        "去年国庆期间，接待游客3万人次。",
        "2021年冬季，新增企业5家。",
        "明年寒假开放。",
        "2020年伊始，项目复工。",
        "次年年底竣工。",
        "工程于3/8号开工。",
    ] {
        assert_eq!(dates(s, r), Vec::<String>::new(), "{s}");
    }
}

#[test]
fn a_listed_day_takes_the_month_of_the_day_before() {
    assert_eq!(
        dates("园区于2月27日、28日分别签约项目3个。", "2023-05-20"),
        [
            "2月27日=2023-02-27..2023-02-27",
            "28日=2023-02-28..2023-02-28"
        ]
    );
}

#[test]
fn first_n_months_run_from_january() {
    let r = "2023-08-10";
    assert_eq!(
        dates("今年前7个月，全县完成投资20亿元。", r),
        ["今年前7个月=2023-01-01..2023-07-31"]
    );
    assert_eq!(
        dates("前六个月，出口额增长4%。", r),
        ["前六个月=2023-01-01..2023-06-30"]
    );
    assert_eq!(
        dates("2021年前10个月新增企业30家。", r),
        ["2021年前10个月=2021-01-01..2021-10-31"]
    );
    // 此前三个月 is no period of the year.
    assert_eq!(dates("此前三个月内完成整改。", r), Vec::<String>::new());
    // 头N个月 is 前N个月 where its words start, or after a year.
    assert_eq!(
        dates("头四个月，全区完成固定资产投资112亿元。", r),
        ["头四个月=2023-01-01..2023-04-30"]
    );
    assert_eq!(
        dates("今年头两个月，新增企业12家。", r),
        ["今年头两个月=2023-01-01..2023-02-28"]
    );
    // 开业头三个月: the first months of something else, no date.
    assert_eq!(
        dates("商场开业头三个月营业收入1.2亿元。", r),
        Vec::<String>::new()
    );
}

#[test]
fn since_a_month_quarter_or_plan_runs_to_the_reference() {
    let r = "2025-06-18";
    assert_eq!(
        dates("3月以来，全县签约项目15个。", r),
        ["3月以来=2025-03-01..2025-06-18"]
    );
    assert_eq!(
        dates("去年四季度以来，全市新开工项目48个。", r),
        ["去年四季度以来=2024-10-01..2025-06-18"]
    );
    assert_eq!(
        dates("年初以来，累计引进企业36家。", r),
        ["年初以来=2025-01-01..2025-06-18"]
    );
    assert_eq!(
        dates("自2024年5月中旬以来，新增项目9个。", r),
        ["2024年5月中旬以来=2024-05-11..2025-06-18"]
    );
    assert_eq!(
        dates("“十四五”以来，全县累计签约项目156个。", r),
        ["“十四五”以来=2021-01-01..2025-06-18"]
    );
    assert_eq!(
        dates("十四五\"以来，全县累计签约项目156个。", r),
        ["十四五\"以来=2021-01-01..2025-06-18"]
    );
    // A period that starts after R, then 以来, names no period.
    assert_eq!(
        dates("下半年以来，全县签约项目15个。", r),
        Vec::<String>::new()
    );
    assert_eq!(
        dates("“十五五”以来，全县签约项目15个。", r),
        Vec::<String>::new()
    );
}

#[test]
fn soon_is_not_last_year() {
    // 马上年底了: 马上 is "soon"; the sentence's 全年 stays R's year.
    assert_eq!(
        dates("马上年底了，全年签约项目有望突破100个。", "2025-06-18"),
        ["全年=2025-01-01..2025-12-31"]
    );
}

#[test]
fn a_year_end_that_opens_the_sentence_in_spring_is_last_years() {
    // In March a figure of 年末 is of the year before, with or without the
    // comma after it; in December it is this year's.
    for s in ["年末全市存款余额2860亿元。", "年末，全市存款余额2860亿元。"] {
        assert_eq!(
            dates(s, "2025-03-20"),
            ["年末=2024-10-01..2024-12-31"],
            "{s}"
        );
        assert_eq!(
            dates(s, "2025-12-20"),
            ["年末=2025-10-01..2025-12-31"],
            "{s}"
        );
    }
}

#[test]
fn the_end_of_a_year_reported_early_in_the_next_is_the_year_before() {
    // Results of the year's end are published in its first months.
    assert_eq!(
        dates("四季度全县外贸进出口128亿元，同比增长4.1%。", "2025-01-15"),
        ["四季度=2024-10-01..2024-12-31"]
    );
    assert_eq!(
        dates("12月份，全市发电量同比增长3.5%。", "2025-02-10"),
        ["12月份=2024-12-01..2024-12-31"]
    );
    assert_eq!(
        dates("截至年末，全区市场主体8.6万户。", "2025-04-02"),
        ["截至年末=2024-10-01..2024-12-31"]
    );
    // Pointing ahead, it is this year's.
    assert_eq!(
        dates("预计年底全区市场主体达到9万户。", "2025-04-02"),
        ["年底=2025-10-01..2025-12-31"]
    );
    // A target in a work report published in February is no result of
    // last year, nor plainly this year's figure: no date.
    for s in [
        "到年底，全市5G基站总数达到1.2万个。",
        "全年地区生产总值增长5%左右。",
        "全年新开工亿元以上项目100个。",
        "年底全区市场主体达到8.6万户。",
    ] {
        assert_eq!(dates(s, "2025-02-20"), NONE, "{s}");
    }
    // Later in the year, or a period that is not the year's end, a stated
    // figure may be a forecast: no date rather than a guess.
    assert_eq!(dates("四季度全县外贸进出口128亿元。", "2025-09-15"), NONE);
    assert_eq!(dates("下半年地区生产总值增长5%。", "2025-03-15"), NONE);
}

#[test]
fn a_comparison_base_is_the_same_period_one_year_back() {
    let r = "2023-11-03";
    assert_eq!(
        dates("1—8月，社会消费品零售总额比上年同期增长6.1%。", r),
        [
            "1—8月=2023-01-01..2023-08-31",
            "上年同期=2022-01-01..2022-08-31"
        ]
    );
    assert_eq!(
        dates("上半年营业收入较2021年同期下降2%。", r),
        [
            "上半年=2023-01-01..2023-06-30",
            "2021年同期=2021-01-01..2021-06-30"
        ]
    );
    // No period named: no date, never the whole of last year.
    assert_eq!(
        dates("利润总额比去年同期增长12%。", r),
        Vec::<String>::new()
    );
}

#[test]
fn calendars_the_library_does_not_read_give_no_date() {
    let r = "2022-06-15";
    for s in [
        "正月十六，村里举行开工仪式。",
        "大年初三，项目工地复工。",
        "农历七月初七，签约项目3个。",
        "乾隆五年三月，此地设县。",
        "民国二十年八月，铁路通车。",
        "09年5月6日，公司成立。",
        "1796年3月4日，此桥建成。",
        "二零一八年九月初九，举行庆典。",
        "三月廿一，项目复工。",
        "5月第三周，开展集中走访。",
        "十一月的第一个星期一召开会议。",
    ] {
        let got = dates(s, r);
        assert!(
            got.iter().all(|d| !d.contains("2022-")),
            "{s}: no date in the reference year, got {got:?}"
        );
    }
    assert_eq!(dates("二〇一八年十月十五，", r), Vec::<String>::new());
    // A number after the month that counts something is no day.
    assert_eq!(
        dates("5月15个项目集中开工。", r),
        ["5月=2022-05-01..2022-05-31"]
    );
}

#[test]
fn dates_outside_years_1_to_9999_are_no_facts() {
    for (s, r) in [
        ("明年将新开工项目5个。", "9999-12-31"),
        ("明年3月投产。", "9999-06-01"),
        ("去年新增企业3家。", "0001-01-01"),
        ("日前，项目签约。", "0001-01-03"),
        ("近五年累计投资3亿元。", "0002-01-01"),
        ("18日，项目开工。", "0001-01-05"),
    ] {
        let got = dates(s, r);
        assert!(
            got.iter()
                .all(|d| !d.contains("10000-") && !d.contains("0000-")),
            "{s} @ {r}: {got:?}"
        );
        assert!(
            got.iter().all(|d| !d.ends_with("=..")),
            "{s} @ {r}: {got:?}"
        );
    }
}

#[test]
fn mid_next_year_without_a_month_is_mid_year() {
    assert_eq!(
        dates("项目预计明年中旬建成投产。", "2022-10-01"),
        ["明年中旬=2023-06-01..2023-08-31"]
    );
}

#[test]
fn up_to_x_is_x_itself() {
    let r = "2024-09-12";
    assert_eq!(
        dates("截至8月底，累计签约项目25个。", r),
        ["截至8月底=2024-08-21..2024-08-31"]
    );
    assert_eq!(
        dates("截止到5月，到位资金12亿元。", r),
        ["截止到5月=2024-05-01..2024-05-31"]
    );
    assert_eq!(
        dates("截至2023年底，入驻企业120家。", r),
        ["截至2023年底=2023-10-01..2023-12-31"]
    );
    assert_eq!(
        dates("截至目前，开工项目9个。", r),
        ["截至目前=2024-09-12..2024-09-12"]
    );
}

#[test]
fn spaced_forms_year_ranges_and_older_plans() {
    let r = "2024-10-26";
    assert_eq!(
        dates("工程于3月 18日动工。", r),
        ["3月 18日=2024-03-18..2024-03-18"]
    );
    assert_eq!(
        dates("2023 年 7 月，项目投产。", r),
        ["2023 年 7 月=2023-07-01..2023-07-31"]
    );
    assert_eq!(
        dates("2016年到2020年，年均增长8%。", r),
        ["2016年到2020年=2016-01-01..2020-12-31"]
    );
    assert_eq!(
        dates("２００１年至２００５年，累计投资3亿元。", r),
        ["２００１年至２００５年=2001-01-01..2005-12-31"]
    );
    assert_eq!(
        dates("“七五”期间，全省新建工厂40家。", r),
        ["“七五”期间=1986-01-01..1990-12-31"]
    );
    assert_eq!(
        dates("八五计划时期投资增长迅速。", r),
        ["八五计划时期=1991-01-01..1995-12-31"]
    );
    // A bare 六五 is a number (六五折), not a plan.
    assert_eq!(dates("商品六五折出售。", r), Vec::<String>::new());
    // A month after a bracketed year is in that year.
    assert_eq!(
        dates("直至明年（2025年）3月 9日。", r),
        [
            "明年=2025-01-01..2025-12-31",
            "2025年=2025-01-01..2025-12-31",
            "3月 9日=2025-03-09..2025-03-09"
        ]
    );
}

#[test]
fn a_day_that_points_ahead_is_on_or_after_the_reference() {
    let r = "2024-10-24";
    // The weekday that the day glosses joins its fact.
    assert_eq!(
        dates("园区下周二(29日)举行签约仪式。", r),
        ["下周二(29日)=2024-10-29..2024-10-29"]
    );
    assert_eq!(
        dates("项目将于26日开工。", r),
        ["26日=2024-10-26..2024-10-26"]
    );
    assert_eq!(
        dates("项目将于3日开工。", r),
        ["3日=2024-11-03..2024-11-03"]
    );
    // Without such words a later day is in the month before.
    assert_eq!(
        dates("26日，项目开工。", r),
        ["26日=2024-09-26..2024-09-26"]
    );
}

#[test]
fn last_this_and_next_quarter_or_month_are_read_from_the_reference() {
    assert_eq!(
        dates("上季度全区新签约项目12个。", "2023-05-10"),
        ["上季度=2023-01-01..2023-03-31"]
    );
    assert_eq!(
        dates("公司本季度营收有望回升。", "2023-05-10"),
        ["本季度=2023-04-01..2023-06-30"]
    );
    // Across the turn of a year.
    assert_eq!(
        dates("企业在上一个季度完成技改投资。", "2024-02-01"),
        ["上一个季度=2023-10-01..2023-12-31"]
    );
    assert_eq!(
        dates("园区下个季度将再开工3个项目。", "2023-11-20"),
        ["下个季度=2024-01-01..2024-03-31"]
    );
    // Two quarters and two months away, across the turn of a year.
    assert_eq!(
        dates("上上个季度的订单已交付。", "2023-05-10"),
        ["上上个季度=2022-10-01..2022-12-31"]
    );
    assert_eq!(
        dates("下下季度投产。", "2023-08-10"),
        ["下下季度=2024-01-01..2024-03-31"]
    );
    assert_eq!(
        dates("上上个月8号签约的项目已开工。", "2024-02-01"),
        ["上上个月8号=2023-12-08..2023-12-08"]
    );
    assert_eq!(
        dates("下下个月全面投产。", "2023-11-20"),
        ["下下个月=2024-01-01..2024-01-31"]
    );
    // The base of a comparison and 季度 as
    // "quarterly" after 线上/线下 are no fact.
    assert_eq!(dates("营收环比上季度增长8%。", "2023-05-10"), NONE);
    assert_eq!(dates("营收比上上个月增长8%。", "2023-05-10"), NONE);
    assert_eq!(
        dates("上季度末贷款余额为20亿元。", "2023-05-10"),
        ["上季度末=2023-03-21..2023-03-31"]
    );
    assert_eq!(dates("平台线上季度销售额突破5亿元。", "2023-05-10"), NONE);
}

#[test]
fn a_part_of_a_year_after_another_year_named_in_the_sentence_gives_no_date() {
    let r = "2025-02-14";
    // The quarter, half or year end of the year just named is not R's: a
    // later part of that year is read in it, an earlier one not at all.
    assert_eq!(
        dates("该厂2022年5月产量创新高，第三季产量再增一成。", r),
        [
            "2022年5月=2022-05-01..2022-05-31",
            "第三季=2022-07-01..2022-09-30"
        ]
    );
    assert_eq!(
        dates("该厂2022年5月产量创新高，第一季产量增长一成。", r),
        ["2022年5月=2022-05-01..2022-05-31"]
    );
    assert_eq!(
        dates("截至2023年9月30日，集团净资产较年初增长8%。", r),
        ["截至2023年9月30日=2023-09-30..2023-09-30"]
    );
    // A year named whole holds all its quarters and halves.
    assert_eq!(
        dates("去年全行利润增长6%，下半年增速放缓。", r),
        [
            "去年=2024-01-01..2024-12-31",
            "下半年=2024-07-01..2024-12-31"
        ]
    );
    // 今年, a comparison base (比上年) and an open period (以来) leave R's year.
    assert_eq!(
        dates("今年2月营收增长5%，3月继续回升。", r),
        [
            "今年2月=2025-02-01..2025-02-28",
            "3月=2025-03-01..2025-03-31"
        ]
    );
    assert_eq!(
        dates("营收比上年增长9%，其中1月增长12%。", r),
        ["上年=2024-01-01..2024-12-31", "1月=2025-01-01..2025-01-31"]
    );
    assert_eq!(
        dates("2023年以来累计签约12个项目，2月签约3个。", r),
        [
            "2023年以来=2023-01-01..2025-02-14",
            "2月=2025-02-01..2025-02-28"
        ]
    );
    // A day ranged or listed with a dated day keeps that day's month.
    assert_eq!(
        dates("展会于2022年6月8日至10日举办。", r),
        ["2022年6月8日至10日=2022-06-08..2022-06-10"]
    );
    assert_eq!(
        dates("结算期为2021年3月1日—3月31日。", r),
        ["2021年3月1日—3月31日=2021-03-01..2021-03-31"]
    );
}

#[test]
fn a_part_of_a_republic_of_china_year_gives_no_date() {
    let r = "2025-02-14";
    // A bare three-digit year outside a page plainly from Taiwan is no
    // year of ours, nor is what depends on it.
    assert_eq!(dates("統計顯示，112年上半年出口減少15%。", r), NONE);
    assert_eq!(dates("該局指出，113年度第四季訂單年增4%。", r), NONE);
    // With 民國 it is year N + 1911; the 全年 after it stays no date.
    assert_eq!(
        dates("民國111年全年營收創新高。", r),
        ["民國111年=2022-01-01..2022-12-31"]
    );
    // A duration before 年 is no year: the month stays R's.
    assert_eq!(
        dates("這家有40年歷史的工廠，3月營收下滑。", r),
        ["3月=2025-03-01..2025-03-31"]
    );
}

#[test]
fn that_year_without_a_year_in_its_sentence_gives_no_date() {
    let r = "2025-02-14";
    assert_eq!(dates("分红金额占当年净利润的35%。", r), NONE);
    assert_eq!(
        dates("工厂2019年动工，当年即完成主体结构。", r),
        [
            "2019年=2019-01-01..2019-12-31",
            "当年=2019-01-01..2019-12-31"
        ]
    );
}

#[test]
fn a_named_day_then_qian_is_not_lately() {
    let r = "2025-02-14";
    assert_eq!(
        dates("转股价不低于募集说明书公告日前二十个交易日均价。", r),
        NONE
    );
    assert_eq!(dates("投资者须在股权登记日前完成买入。", r), NONE);
    assert_eq!(dates("合同约定交货日前5天付清尾款。", r), NONE);
    // 日前 after a subject is still "lately".
    assert_eq!(
        dates("市统计局日前发布数据。", r),
        ["日前=2025-02-04..2025-02-14"]
    );
}

#[test]
fn a_figure_for_a_period_r_has_not_reached_is_not_r_s_year() {
    // A review of last year published in January: its quarters, months
    // and 全年 are not R's year's. The end of the year (its last quarter,
    // months and 全年) is read in the year before when the sentence states
    // a result (实现, 同比 …); other parts give no date.
    let r = "2025-01-16";
    assert_eq!(dates("分季度看，三季度全市出口412亿元。", r), NONE);
    assert_eq!(dates("11月份新增贷款86亿元，创年内新高。", r), NONE);
    assert_eq!(
        dates("11月份新增贷款86亿元，同比多增12亿元。", r),
        ["11月份=2024-11-01..2024-11-30"]
    );
    assert_eq!(
        dates("全年实现地区生产总值5120亿元。", r),
        ["全年=2024-01-01..2024-12-31"]
    );
    // A plan, a forecast or a deadline is R's year's.
    assert_eq!(
        dates("三季度预计完成投资30亿元。", r),
        ["三季度=2025-07-01..2025-09-30"]
    );
    assert_eq!(
        dates("项目计划10月投产，年产值8亿元。", r),
        ["10月=2025-10-01..2025-10-31"]
    );
    // With no figure stated, or once R has reached it, it stays R's.
    assert_eq!(
        dates("四季度是全年工作的关键期。", r),
        [
            "四季度=2025-10-01..2025-12-31",
            "全年=2025-01-01..2025-12-31"
        ]
    );
    assert_eq!(
        dates("全年实现地区生产总值5120亿元。", "2025-12-28"),
        ["全年=2025-01-01..2025-12-31"]
    );
}

#[test]
fn a_whole_year_stated_after_its_first_quarter_is_r_s_year() {
    assert_eq!(
        dates("全年整理出让工业用地860亩。", "2025-06-15"),
        ["全年=2025-01-01..2025-12-31"]
    );
}

#[test]
fn the_start_or_end_of_a_quarter_is_its_first_or_last_ten_days() {
    let r = "2024-08-20";
    assert_eq!(
        dates("截至今年二季度末，存款余额达到。", r),
        ["截至今年二季度末=2024-06-21..2024-06-30"]
    );
    assert_eq!(
        dates("2022年第四季度初，厂房封顶。", r),
        ["2022年第四季度初=2022-10-01..2022-10-10"]
    );
    assert_eq!(
        dates("前三季度末，在建项目45个。", r),
        ["前三季度末=2024-09-21..2024-09-30"]
    );
    assert_eq!(
        dates("本季度初，新签约项目落地。", r),
        ["本季度初=2024-07-01..2024-07-10"]
    );
    assert_eq!(
        dates("下季度末全面投产。", r),
        ["下季度末=2024-12-21..2024-12-31"]
    );
}

#[test]
fn a_year_before_1900_is_read_only_with_its_month() {
    let r = "2024-08-20";
    assert_eq!(
        dates("该商号创办于1872年4月18日。", r),
        ["1872年4月18日=1872-04-18..1872-04-18"]
    );
    assert_eq!(
        dates("老码头1865年9月建成。", r),
        ["1865年9月=1865-09-01..1865-09-30"]
    );
    // Alone it is as often an age as a year: no fact, and never R's year.
    assert_eq!(dates("古镇拥有1300年历史。", r), NONE);
    assert_eq!(dates("工坊始于1750年。", r), NONE);
}

#[test]
fn this_and_next_year_together_are_one_period() {
    let r = "2024-08-20";
    assert_eq!(
        dates("今明两年全省将新开工重大项目80个。", r),
        ["今明两年=2024-01-01..2025-12-31"]
    );
    assert_eq!(
        dates("新产线明后两年陆续投产。", r),
        ["明后两年=2025-01-01..2026-12-31"]
    );
}

#[test]
fn the_same_month_last_year_is_the_sentences_month_one_year_back() {
    let r = "2024-08-20";
    assert_eq!(
        dates("7月份，全市用电量比上年同月增长6.1%。", r),
        [
            "7月份=2024-07-01..2024-07-31",
            "上年同月=2023-07-01..2023-07-31"
        ]
    );
    // Without a month before it, or after a longer period: no fact.
    assert_eq!(dates("用电量比去年同月增长。", r), NONE);
    assert_eq!(
        dates("二季度用电量比去年同月增长。", r),
        ["二季度=2024-04-01..2024-06-30"]
    );
}

#[test]
fn this_month_in_cantonese_is_this_month() {
    assert_eq!(
        dates("新店今个月18号开业。", "2024-08-20"),
        ["今个月18号=2024-08-18..2024-08-18"]
    );
}

#[test]
fn the_year_before_or_after_is_next_to_the_year_named() {
    let r = "2024-08-20";
    assert_eq!(
        dates("园区税收比上一年增长一成。", r),
        ["上一年=2023-01-01..2023-12-31"]
    );
    // After a year the sentence named: next to that year.
    assert_eq!(
        dates("2021年产值比上一年翻番。", r),
        [
            "2021年=2021-01-01..2021-12-31",
            "上一年=2020-01-01..2020-12-31"
        ]
    );
    assert_eq!(
        dates("新厂于下年5月投产，下年度预算已获批。", r),
        [
            "下年5月=2025-05-01..2025-05-31",
            "下年度=2025-01-01..2025-12-31"
        ]
    );
    // 上/下 closing another word: 加上, 拿下; 下一年 (often "the year
    // after" a year told before) and 下一年级 are no date.
    assert_eq!(dates("再加上一年的试运行。", r), NONE);
    assert_eq!(dates("公司拿下年度大奖。", r), NONE);
    assert_eq!(dates("项目在下一年完成。", r), NONE);
}

#[test]
fn a_range_of_numeric_year_months_is_its_months() {
    let r = "2024-08-20";
    assert_eq!(
        dates("项目建设期为2021.03—2023.10。", r),
        ["2021.03—2023.10=2021-03-01..2023-10-31"]
    );
    assert_eq!(
        dates("服务期 2022/07 - 2024/06 。", r),
        ["2022/07 - 2024/06=2022-07-01..2024-06-30"]
    );
}

#[test]
fn a_white_circle_inside_a_chinese_numeral_is_zero() {
    let r = "2025-06-18";
    assert_eq!(
        dates("二○二五年首季，本地生产总值增长3.1%。", r),
        ["二○二五年首季=2025-01-01..2025-03-31"]
    );
    assert_eq!(
        dates("一九九○年，全县工业产值仅2亿元。", r),
        ["一九九○年=1990-01-01..1990-12-31"]
    );
    assert_eq!(
        dates("二○○五年出口增长5%。", r),
        ["二○○五年=2005-01-01..2005-12-31"]
    );
    // ○ as a mark is no zero: no date, no number.
    assert_eq!(dates("○ 重点项目3个。某○○年度计划。", r), NONE);
}

#[test]
fn a_later_month_goes_on_in_the_year_the_sentence_named() {
    let r = "2025-02-10";
    // The narration goes forward in the year named before: that year.
    assert_eq!(
        dates("该项目去年5月开工建设，主体结构已于11月底封顶。", r),
        [
            "去年5月=2024-05-01..2024-05-31",
            "11月底=2024-11-21..2024-11-30"
        ]
    );
    assert_eq!(
        dates("2023年3月签约，10月投产，12月18日通过验收。", r),
        [
            "2023年3月=2023-03-01..2023-03-31",
            "10月=2023-10-01..2023-10-31",
            "12月18日=2023-12-18..2023-12-18"
        ]
    );
    // An earlier month may be the next year, and a whole year named gives
    // no month to compare with: no date rather than a guess.
    assert_eq!(
        dates("2023年12月签约，3月开工。", r),
        ["2023年12月=2023-12-01..2023-12-31"]
    );
    assert_eq!(
        dates("2023年，全市签约项目30个，6月集中开工。", r),
        ["2023年=2023-01-01..2023-12-31"]
    );
}

#[test]
fn republic_of_china_years_in_a_page_from_taiwan() {
    // A page plainly from Taiwan (an ROC numeric date, 新臺幣): a bare
    // three-digit year with its month, day or quarter is year N + 1911.
    let page = "發布日期：114-03-10\n\n經濟部表示，民國112年外銷訂單達新臺幣1,200億元，\
        自109年6月推動以來，截至113年12月31日，累計核准投資案210件，\
        預計116年第二季完工。他在這行做了120年？不，是12年。";
    let got = dates(page, "2025-03-10");
    assert_eq!(
        got,
        [
            "民國112年=2023-01-01..2023-12-31",
            "109年6月=2020-06-01..2020-06-30",
            "113年12月31日=2024-12-31..2024-12-31",
            "116年第二季=2027-04-01..2027-06-30",
        ]
    );
}

#[test]
fn an_roc_day_in_figures_and_a_bare_year_opening_a_clause_in_a_page_from_taiwan() {
    let page = "發布日期：114-03-10\n\n投資方面，113年園區廠商新增投資額約新臺幣2,450億元。\
        新廠已於114-03-26舉行動土典禮，並於114/4/8試產。\
        該公司成立至今已有110年。編號113-1-25的文件另案處理。";
    assert_eq!(
        dates(page, "2025-03-10"),
        [
            "113年=2024-01-01..2024-12-31",
            "114-03-26=2025-03-26..2025-03-26",
            "114/4/8=2025-04-08..2025-04-08",
        ]
    );
    // Such a date is itself a sign of a page from Taiwan.
    assert_eq!(
        dates("新廠已於114-03-26舉行動土典禮。", "2025-03-10"),
        ["114-03-26=2025-03-26..2025-03-26"]
    );
}

#[test]
fn a_month_before_a_word_that_opens_with_one_is_read() {
    let r = "2025-11-18";
    assert_eq!(
        dates("1—10月一般公共预算收入完成14.26亿元。", r),
        ["1—10月=2025-01-01..2025-10-31"]
    );
    assert_eq!(dates("3月一直在推进。", r), ["3月=2025-03-01..2025-03-31"]);
    // A day without 日 is still no reading of it.
    assert_eq!(dates("八月十五召开会议。", r), NONE);
    // 前三季 without 度 (Hong Kong, Macau): the first three quarters.
    assert_eq!(
        dates("前三季累計入境旅客逾2,930萬人次。", r),
        ["前三季=2025-01-01..2025-09-30"]
    );
}

#[test]
fn a_quarter_or_a_half_after_a_year_named_whole_is_of_that_year() {
    let r = "2025-12-04";
    assert_eq!(
        dates(
            "2026年将盘活存量土地3000亩，上半年完成二期封顶，力争三季度交付使用。",
            r
        ),
        [
            "2026年=2026-01-01..2026-12-31",
            "上半年=2026-01-01..2026-06-30",
            "三季度=2026-07-01..2026-09-30",
        ]
    );
    assert_eq!(
        dates("2023年全市GDP增长5%，上半年增长4.8%。", r),
        [
            "2023年=2023-01-01..2023-12-31",
            "上半年=2023-01-01..2023-06-30"
        ]
    );
}

#[test]
fn a_day_of_this_week_the_last_or_the_next_is_read() {
    // R is a Friday; weeks start on Monday.
    let r = "2025-12-05";
    assert_eq!(
        dates("本周一，高新区引进显示模组项目。", r),
        ["本周一=2025-12-01..2025-12-01"]
    );
    assert_eq!(
        dates(
            "计划下周一（8日）启动设备安装，上周三（11月26日）已签约。",
            r
        ),
        [
            "下周一（8日）=2025-12-08..2025-12-08",
            "上周三（11月26日）=2025-11-26..2025-11-26"
        ]
    );
    // Not used for a day, or a week it does not read: none.
    assert_eq!(dates("他说这周一很忙。", r), NONE);
    assert_eq!(dates("马拉松在下下周日举行。", r), NONE);
}

#[test]
fn a_list_number_before_an_annual_word_is_no_year() {
    let r = "2025-12-04";
    assert_eq!(dates("01 年产3万吨复合材料项目", r), NONE);
    assert_eq!(dates("02 年均增长8%以上", r), NONE);
    // A two-digit year glued to its month stays one.
    assert_eq!(
        dates("07年3月，项目开工。", r),
        ["07年3月=2007-03-01..2007-03-31"]
    );
}

#[test]
fn a_span_of_days_from_a_deed_is_no_day() {
    let r = "2025-11-14";
    assert_eq!(dates("并在合同签订之日起30日内缴纳出让价款。", r), NONE);
    assert_eq!(dates("须在15日以内完成整改。", r), NONE);
    assert_eq!(
        dates("项目将于20日开工。", r),
        ["20日=2025-11-20..2025-11-20"]
    );
}

#[test]
fn words_for_near_days_are_days_counted_from_the_reference() {
    let r = "2023-05-20";
    assert_eq!(
        dates("昨日，全市集中签约项目12个。", r),
        ["昨日=2023-05-19..2023-05-19"]
    );
    assert_eq!(
        dates("记者今天从市统计局获悉，一季度工业增长6%。", r),
        [
            "今天=2023-05-20..2023-05-20",
            "一季度=2023-01-01..2023-03-31"
        ]
    );
    assert_eq!(
        dates("市政府前天召开常务会议。", r),
        ["前天=2023-05-18..2023-05-18"]
    );
    // A bracketed day is part of the word's fact, and tells which day the
    // story's today is when the page was dated later.
    assert_eq!(
        dates(
            "今日（16日）上午，推介会举行。\n\n今日，首批资金已拨付。",
            r
        ),
        [
            "今日（16日）=2023-05-16..2023-05-16",
            "今日=2023-05-16..2023-05-16"
        ]
    );
    // Used otherwise the words name no day.
    for s in [
        "今天的成绩来之不易。",
        "企业告别昨天的粗放经营。",
        "今日头条发布报告。",
    ] {
        assert_eq!(dates(s, r), NONE, "{s}");
    }
}

#[test]
fn a_phase_after_a_month_leaves_the_month() {
    let r = "2024-12-20";
    assert_eq!(
        dates("去年5月一期建成投产，今年3月二期开工。", r),
        [
            "去年5月=2023-05-01..2023-05-31",
            "今年3月=2024-03-01..2024-03-31"
        ]
    );
    // A day without 日 stays no fact.
    assert_eq!(dates("八月十五，全县举行签约活动。", r), NONE);
}

#[test]
fn a_year_and_its_whole_year_are_one_fact() {
    let r = "2025-02-10";
    assert_eq!(
        dates("去年全年，全市完成进出口总值860亿元。", r),
        ["去年全年=2024-01-01..2024-12-31"]
    );
    assert_eq!(
        dates("2023年全年新增企业1200家。", r),
        ["2023年全年=2023-01-01..2023-12-31"]
    );
}

#[test]
fn the_year_a_filing_is_of_does_not_move_the_days_after_it() {
    let r = "2026-03-27";
    assert_eq!(
        dates("公司2025年年度股东大会定于4月17日召开。", r),
        [
            "2025年=2025-01-01..2025-12-31",
            "4月17日=2026-04-17..2026-04-17"
        ]
    );
    assert_eq!(
        dates("2025年度报告于4月28日披露。", r),
        [
            "2025年度=2025-01-01..2025-12-31",
            "4月28日=2026-04-28..2026-04-28"
        ]
    );
    // A year the sentence narrates still leaves a later day unread.
    assert_eq!(
        dates("2025年营收增长12%，4月17日发布。", r),
        ["2025年=2025-01-01..2025-12-31"]
    );
    assert_eq!(
        dates("2025年度全市营收增长，12月增长6%。", r),
        ["2025年度=2025-01-01..2025-12-31"]
    );
}

#[test]
fn a_near_day_with_the_day_set_in_its_middle() {
    let r = "2024-06-03";
    assert_eq!(
        dates("管理局今（3）日表示，市府昨(2)日宣布新措施。", r),
        [
            "今（3）日=2024-06-03..2024-06-03",
            "昨(2)日=2024-06-02..2024-06-02"
        ]
    );
    // A day not within a week of the one the word names gives no fact.
    assert_eq!(dates("管理局今（25）日表示。", r), NONE);
}

#[test]
fn how_often_is_no_date() {
    let r = "2024-06-01";
    assert_eq!(dates("实行“一月一调度、一季一观摩”。", r), NONE);
    assert_eq!(
        dates("一月份出口增长。", r),
        ["一月份=2024-01-01..2024-01-31"]
    );
}

#[test]
fn a_bare_roc_year_before_the_figures_of_that_year_in_a_page_from_taiwan() {
    let page = "發布日期：115-06-03\n\n南科113年營業額達新臺幣1,248億元，年增8.3%。\
        該公司成立113年營業額不詳。";
    assert_eq!(dates(page, "2026-06-03"), ["113年=2024-01-01..2024-12-31"]);
}

#[test]
fn a_weekday_of_this_week_glossed_with_its_day_may_be_behind_r() {
    // R is a Friday: this Wednesday was two days ago, this Saturday is ahead.
    let r = "2025-11-07";
    assert_eq!(
        dates("本周三（5日）上午，签约活动举行。本周六（8日）将开工。", r),
        [
            "本周三（5日）=2025-11-05..2025-11-05",
            "本周六（8日）=2025-11-08..2025-11-08"
        ]
    );
    // A gloss that is no day of R's week gives no fact.
    assert_eq!(dates("本周三（25日）上午，签约活动举行。", r), NONE);
}
