//! The words around a date expression that change what it is: a lunar
//! calendar, an era or a two-digit year the pattern does not read (then the
//! expression gives no fact rather than a wrong one), a day range whose
//! second end inherits the first's year and month, a comparison base
//! (去年同期) that is the sentence's period one year back, and a day that
//! points ahead (下周一(28日)).

use chrono::{Datelike, NaiveDate};

use crate::fact::{DateFact, Granularity};
use crate::scan::is_han;

use super::resolve::{month_end, small_number, tail_interval, ymd};

/// Chinese numerals a day can be written with (八月十五, 正月初八, 五月廿二).
fn is_day_numeral(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || crate::scan::one_of!("一二三四五六七八九十廿卅", c)
}

/// Characters after a number that make it a quantity or a phase, not a day
/// (3月16个项目, 去年5月一期建成).
fn is_unit(c: char) -> bool {
    crate::scan::one_of!(
        "个家项亿万千百元%％.．平亩座批户名人次条所栋套台吨倍期轮届标",
        c
    )
}

/// Whether the expression `t` at `[start, end)` of `s` is only part of a
/// date the library does not read, so that it must give no fact:
/// - lunar dates: 农历/阴历 around it, 正月/腊月/冬月, 大年初一, 三月初一;
/// - a year the pattern did not take (康熙三年五月, 15年3月2日,
///   三六七年一月一日): a month or day right after 年;
/// - a day without 日 (八月十五, 10月22): a month followed by a number that
///   counts nothing;
/// - a week of the month (2月份第二周, 十月的第一个星期一);
/// - the second of a vague pair (三四月份, 十一二月, 一二季度).
pub(super) fn abstains(s: &str, start: usize, end: usize, t: &str) -> bool {
    let before = s[..start].trim_end();
    let after = &s[end..];
    let prev = before.chars().next_back();
    if ["农历", "阴历", "旧历", "闰"]
        .iter()
        .any(|w| before.ends_with(w))
        || ["农历", "阴历", "腊月", "正月", "冬月", "大年", "闰"]
            .iter()
            .any(|w| after.trim_start().starts_with(w))
    {
        return true;
    }
    if t.starts_with('月') && prev.is_some_and(|p| crate::scan::one_of!("正腊冬闰", p)) {
        return true;
    }
    if t.starts_with("年初") && prev == Some('大') {
        return true;
    }
    // A month or day right after a 年 the pattern did not take as a year.
    let yearless = crate::scan::short_find(t, "年").is_none()
        && !t.starts_with(['截', '近', '过', '目', '日']);
    if yearless && prev == Some('年') {
        return true;
    }
    // 开业头三个月, 上市头两个月: the first months of something; 头N个月
    // is the year's only where its words start (头四个月，全区…).
    if t.starts_with('头') && prev.is_some_and(is_han) {
        return true;
    }
    // 此前三个月, 之前两个月: a span before something, not 前N个月.
    if t.starts_with('前')
        && prev.is_some_and(|p| crate::scan::one_of!("此之提事目以日天周月年", p))
    {
        return true;
    }
    // 合同签订之日起30日内, 15日以内: a span of days, no day.
    if t.ends_with('日')
        && !t.contains(['月', '年'])
        && (["内", "以内", "之内"].iter().any(|w| after.starts_with(w)) || before.ends_with('起'))
    {
        return true;
    }
    // 下个月20号, 本月20日, 11/3号: a day of a month the pattern did not read.
    if t.ends_with(['日', '号'])
        && !t.contains(['月', '年'])
        && prev.is_some_and(|p| matches!(p, '月' | '/' | '-' | '.'))
    {
        return true;
    }
    // 三四月份, 十一二月, 一二季度: a vague pair of months or quarters
    // ("March or April"); the second alone is no reading of it.
    if t.starts_with(|c: char| crate::scan::one_of!("一二三四五六七八九十", c))
        && prev.is_some_and(|p| crate::scan::one_of!("〇零一二两三四五六七八九十", p))
    {
        return true;
    }
    // 次年年末, 翌年年初, 同年年底: a year the pattern did not read.
    if t.starts_with('年') && prev.is_some_and(|p| crate::scan::one_of!("年次翌同该", p)) {
        return true;
    }
    // 马上年底了: 马上 is "soon", not 上年; 宝马上年 (a brand's last year)
    // and the like keep it.
    if t.starts_with('上') && before.ends_with('马') {
        let name = before[..before.len() - '马'.len_utf8()].chars().next_back();
        if !name.is_some_and(|c| crate::scan::one_of!("宝斑骏黑赛野千铁悍", c)) {
            return true;
        }
    }
    if year_in_a_word(t, prev, after) {
        return true;
    }
    if finer_part_follows(t, after) || unread_neighbour(before, after, t) {
        return true;
    }
    // 一季度底: no reading of a quarter's 底 (its 初 and 末 are read; an
    // 初 or 末 left after a quarter opens a word, 一季度初步核算).
    if (t.ends_with("季度") || t.ends_with('季')) && after.starts_with('底') {
        return true;
    }
    // 近三月, 过去三月, 2021年后三月: N months, not the month N.
    if crate::scan::short_find(t, "月").is_some() && t.starts_with(|c: char| is_day_numeral(c)) {
        let back = before.ends_with('近') || before.ends_with("过去");
        let last_of_year = before
            .strip_suffix(['后', '後'])
            .is_some_and(|b| b.ends_with('年'));
        if back || last_of_year {
            return true;
        }
    }
    // 三月初一: 初 then a day.
    if t.ends_with('初') && after.starts_with(is_day_numeral) {
        return true;
    }
    if t.ends_with('月') || t.ends_with("月份") {
        let rest = after.trim_start_matches(is_day_numeral);
        let number = rest.len() < after.len();
        // 10月一般公共预算收入, 3月一直: one Chinese digit that opens a word
        // is no day (八月十五, 10月22 are).
        let word = after
            .chars()
            .next()
            .is_some_and(|c| !c.is_ascii_digit() && !('０'..='９').contains(&c))
            && after.len() - rest.len() == '一'.len_utf8()
            && rest.starts_with(|c: char| is_han(c) && !"日号號".contains(c));
        if number && !word && !rest.starts_with(is_unit) {
            return true;
        }
        let week = after.trim_start_matches('的');
        if week.starts_with('第') || week.starts_with("最后") {
            return true;
        }
        // 4月前4天, 5月的后两周: a part of the month the pattern does not read.
        if counted_days_follow(week) {
            return true;
        }
    }
    false
}

/// Whether the 年 (or the 上/全) of a year word belongs to the words
/// around it, so that it names no year:
/// - 近年中央, 每年底, 这些年中小企业, 三年中: a bare 年初/年中/年底/年末
///   after a word that ends in 年 (每年, 这些年, 周年, 三年 …; 近年 and 多年
///   only before 年中: 临近年底 is 年底);
/// - 线上年货节, 网上年货: 上年 after 线/网 before 年货 (not 上年货物; and
///   not elsewhere: 电网上年投资, 宝马上年销量 are last year's);
/// - 安全年检: 全年 after 安/完/健;
/// - 如今年轻人, 上年纪, 全年龄段, 下一年级: a year word before 轻, 纪, 龄
///   or 级;
/// - 加上一年, 拿下年度大奖: 上一年/下年 after a word, not a link.
fn year_in_a_word(t: &str, prev: Option<char>, after: &str) -> bool {
    if t.ends_with('年') && after.starts_with(['轻', '纪', '龄', '级']) {
        return true;
    }
    // 上一年, 下年: a year only at the start or after a link (比上一年, 在
    // 下年); after another word 上/下 ends it (加上一年, 拿下年度大奖).
    // 剩下两个月, 留下两个月: 下N个月 likewise.
    let next_n = t
        .strip_prefix('下')
        .is_some_and(|n| n.starts_with(crate::number::is_numeral_char));
    if t.starts_with("上一年") || t.starts_with("下年") || next_n {
        let linked =
            prev.is_none_or(|p| !is_han(p) || "比较于与和同在从自至到或及为是占".contains(p));
        if !linked {
            return true;
        }
    }
    let Some(p) = prev else {
        return false;
    };
    // Not 接近年底, 完成年底, 最晚年底, 至少年底: there the word ends before 年.
    (t.starts_with('年')
        && crate::scan::one_of!("每往些周青老童历逐连半〇零一二两三四五六七八九十百千万", p))
        || (t.starts_with("年中") && crate::scan::one_of!("近多", p))
        || (t == "上年" && matches!(p, '线' | '网') && new_year_goods(after))
        || (t.starts_with("全年") && crate::scan::one_of!("安完健", p))
}

/// Whether `after` starts with 货 of 年货 (New Year goods: 线上年货节), not
/// a word of goods (上年货物进出口, 上年货运量 are last year's).
fn new_year_goods(after: &str) -> bool {
    after
        .strip_prefix('货')
        .is_some_and(|rest| !rest.starts_with(|c: char| crate::scan::one_of!("物运币款车源值", c)))
}

/// Whether the 初 that ends the date `t` opens a word of the text `after`
/// it instead (今年初步实现, 3月初见成效, 二季度初具规模): the date then ends
/// before it (今年, 3月). Only words that a date's 初 followed by another
/// word rarely spell: 初中 (年初中央), 初设 (年初设立), 初创 (年初创下) and
/// their like are left as they were, and so are 底 and 末 (年底部分,
/// 月底线上, 年末位居).
pub(super) fn part_opens_word(t: &str, after: &str) -> bool {
    t.ends_with('初')
        && after
            .chars()
            .next()
            .is_some_and(|c| crate::scan::one_of!("步见具次始心级衷露筛", c))
}

/// Whether a date is one piece of a longer form the pattern does not read,
/// which it alone would misread: a month after 上/下 that starts its words
/// (上1月: the month before, not January), a range whose second end is a
/// relative word (2014年11月到下个月9号), one end of X之后Y之前 (is X in it?).
fn unread_neighbour(before: &str, after: &str, t: &str) -> bool {
    let month = t.starts_with(is_day_numeral) && t.contains('月') && !t.contains('年');
    if let Some(head) = before.strip_suffix(['上', '下']).filter(|_| month) {
        let p = head.trim_end().chars().next_back();
        if p.is_none_or(|c| !is_han(c) || "在于从自至到比与和及".contains(c)) {
            return true;
        }
    }
    // 线上季度销售额, 线下季度活动: 季度 is "quarterly" after a word ending in
    // 上/下; 上季度 is last quarter only where no such word can end, after a
    // link (在上季度, 与上季度) or a subject (公司上季度, 全市上季度).
    if t.starts_with(['上', '下']) && t.contains("季度") {
        let p = before.chars().next_back();
        if p.is_some_and(|c| is_han(c) && !"在于从自至到和与及同较司业市省区县镇".contains(c))
        {
            return true;
        }
    }
    let link = ["至", "到", "—", "-", "－", "–", "~", "～"]
        .iter()
        .find_map(|l| after.trim_start().strip_prefix(l));
    let relative = [
        "下个月",
        "上个月",
        "这个月",
        "本月",
        "下月",
        "上月",
        "次月",
        "下周",
        "上周",
        "本周",
        "下星期",
        "明天",
        "今天",
        "后天",
        "昨天",
        "前天",
    ];
    if link.is_some_and(|r| relative.iter().any(|w| r.trim_start().starts_with(w))) {
        return true;
    }
    // 上个月, 本月, 上季度 … (R's month or quarter and its neighbours): no
    // fact as the base of a comparison (环比上月: the month before the one
    // reported, not R's), after another 上/下 (上上上个月) or as the end of a
    // range (X到下个月9号).
    if t.starts_with(['上', '下', '本', '这']) && t.contains(['月', '季']) && !t.contains('年')
    {
        let p = before.chars().next_back();
        if p.is_some_and(|p| "比较上下".contains(p)) || ends_with_range_link(before) {
            return true;
        }
    }
    let dated = |b: &str| b.ends_with(['年', '月', '日', '号']);
    // X之后Y之前: the first end, then the second.
    let rest = ["之后", "以后"].iter().find_map(|w| after.strip_prefix(w));
    if let Some(rest) = rest {
        let head: String = rest
            .chars()
            .take_while(|c| is_day_numeral(*c) || "年月日号〇零两".contains(*c))
            .collect();
        let tail = &rest[head.len()..];
        if dated(&head) && (tail.starts_with("之前") || tail.starts_with("以前")) {
            return true;
        }
    }
    (after.starts_with("之前") || after.starts_with("以前"))
        && ["之后", "以后"]
            .iter()
            .any(|w| before.strip_suffix(w).is_some_and(dated))
}

/// Whether the words before a day alone point ahead: 下周一(28日),
/// 本周六（26日）, 将于28日, 定于15日, 下次的15号.
pub(super) fn points_ahead(before: &str) -> bool {
    let b = before.trim_end().trim_end_matches(['(', '（']).trim_end();
    let weekday = |w: &str| {
        let Some(rest) = b.strip_suffix(|c: char| "一二三四五六日天".contains(c)) else {
            return false;
        };
        rest.ends_with(w)
    };
    ["下周", "本周", "下星期", "本星期", "下週", "本週"]
        .iter()
        .any(|w| weekday(w))
        || [
            "将于",
            "将在",
            "定于",
            "拟于",
            "计划于",
            "预计于",
            "将",
            "下次的",
            "下次",
        ]
        .iter()
        .any(|w| b.ends_with(w))
}

/// Whether the words before a day alone are a weekday of this week
/// (本周三（5日）): the day is then in R's week, which may be behind R.
pub(super) fn this_week_before(before: &str) -> bool {
    let b = before.trim_end().trim_end_matches(['(', '（']).trim_end();
    b.strip_suffix(|c: char| "一二三四五六日天".contains(c))
        .is_some_and(|rest| ["本周", "本星期", "本週"].iter().any(|w| rest.ends_with(w)))
}

/// The date whose day of the month is `d` nearest `around`, at most
/// `reach` days from it either side, if any.
pub(super) fn day_of_month_near(d: u32, around: NaiveDate, reach: i64) -> Option<NaiveDate> {
    (-reach..=reach)
        .filter_map(|k| around.checked_add_signed(chrono::Duration::days(k)))
        .filter(|x| x.day() == d)
        .min_by_key(|x| (*x - around).num_days().abs())
}

/// A day alone (`5日`) glossing a weekday of this week: the day of that
/// number nearest `r` within six days either side, or none.
pub(super) fn day_this_week(t: &str, r: NaiveDate) -> Option<DateFact> {
    let d = small_number(t.strip_suffix(['日', '号'])?)?;
    let day = day_of_month_near(d, r, 6)?;
    Some(DateFact {
        from: Some(day),
        to: Some(day),
        granularity: Granularity::Day,
        relative: true,
    })
}

/// A day alone (`28日`) that points ahead: the next such day on or after
/// `r` (this month, else the next).
pub(super) fn day_ahead(t: &str, r: NaiveDate) -> Option<DateFact> {
    let d = small_number(t.strip_suffix(['日', '号'])?)?;
    let (mut y, mut m) = (r.year(), r.month());
    if d < r.day() {
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    let day = ymd(y, m, d)?;
    Some(DateFact {
        from: Some(day),
        to: Some(day),
        granularity: Granularity::Day,
        relative: true,
    })
}

/// Whether a year expression is a comparison base: 去年同期, 上年同期,
/// 2019年同期, 上年同月 (the text right after it). Returns the word (同期, or 同月: the same month) when it follows.
pub(super) fn same_period_word(t: &str, after: &str) -> Option<&'static str> {
    if !(t.ends_with('年') || t.ends_with("年度")) {
        return None;
    }
    ["同期", "同月"].into_iter().find(|w| after.starts_with(w))
}

/// The same period one year back (or in `year`): the last within-year
/// period named earlier in the sentence (`prior`), moved to the base's
/// year. `None` when the sentence names no such period, or (`month`:
/// 去年同月) when that period is not one month.
pub(super) fn same_period(prior: &[DateFact], base: &DateFact, month: bool) -> Option<DateFact> {
    let p = prior.iter().rev().find(|d| {
        !matches!(d.granularity, Granularity::Year | Granularity::Years)
            && match (d.from, d.to) {
                (Some(a), Some(b)) => a.year() == b.year(),
                _ => true,
            }
    })?;
    let one_month = match (p.from, p.to) {
        (Some(a), Some(b)) => p.granularity == Granularity::Month && a.month() == b.month(),
        _ => p.granularity == Granularity::Month,
    };
    if month && !one_month {
        return None;
    }
    let relative = p.relative || base.relative;
    let (Some(from), Some(to), Some(year)) = (p.from, p.to, base.from.map(|b| b.year())) else {
        return Some(DateFact {
            from: None,
            to: None,
            granularity: p.granularity,
            relative: true,
        });
    };
    let shift = |d: NaiveDate, last: bool| {
        ymd(year, d.month(), d.day()).or_else(|| {
            if last {
                month_end(year, d.month())
            } else {
                None
            }
        })
    };
    Some(DateFact {
        from: Some(shift(from, false)?),
        to: Some(shift(to, true)?),
        granularity: p.granularity,
        relative,
    })
}

/// Whether `before` ends with a range link (8月11日至 …).
pub(super) fn ends_with_range_link(before: &str) -> bool {
    let b = before.trim_end();
    ["至", "到", "—", "-", "－", "–", "~", "～"]
        .iter()
        .any(|l| b.ends_with(l))
}

/// Holidays, solar terms, seasons and other parts of a year the library
/// does not read.
const HOLIDAYS: &[&str] = &[
    "春节",
    "元旦",
    "元宵",
    "中秋",
    "国庆",
    "端午",
    "清明",
    "七夕",
    "重阳",
    "除夕",
    "母亲节",
    "父亲节",
    "感恩节",
    "圣诞",
    "劳动节",
    "儿童节",
    "情人节",
    "妇女节",
    "春季",
    "夏季",
    "秋季",
    "冬季",
    "春天",
    "夏天",
    "秋天",
    "冬天",
    "暑假",
    "寒假",
    "暑期",
    "伊始",
    "首月",
    "冬至",
    "夏至",
    "立春",
    "立秋",
    "大寒",
    "小寒",
    "春分",
    "秋分",
];

/// Whether the words after a year name a finer part of it the library does
/// not read (2021年的第三个月, 今年第三十七个星期, 去年的前10天, 今年的最后
/// 3周): then the year alone would be a wrong fact.
pub(super) fn finer_part_follows(t: &str, after: &str) -> bool {
    if !(t.ends_with('年') || t.ends_with("年度")) {
        return false;
    }
    let a = after.trim_start().trim_start_matches('的').trim_start();
    // 去年春节, 2019年感恩节, 明年暑假, 2022年伊始: a day or a season.
    if HOLIDAYS.iter().any(|w| a.starts_with(w)) {
        return true;
    }
    // 2021年春, 今年秋。: a season alone (not 冬奥会, 春耕: words of their
    // own that keep the year).
    let mut season = a.chars();
    if season.next().is_some_and(|c| "春夏秋冬".contains(c))
        && season
            .next()
            .is_none_or(|c| !is_han(c) || "初末季天".contains(c))
    {
        return true;
    }
    // 去年本月十日, 明年下个月: a month the pattern does not read.
    if [
        "本月",
        "上月",
        "下月",
        "上个月",
        "下个月",
        "这个月",
        "本季度",
        "上季度",
        "下季度",
    ]
    .iter()
    .any(|w| a.starts_with(w))
    {
        return true;
    }
    let Some(rest) = ["第", "前", "最后", "最後", "后", "後"]
        .iter()
        .find_map(|w| a.strip_prefix(w))
    else {
        return false;
    };
    let rest = rest.trim_start();
    let num = rest.trim_start_matches(|c: char| is_day_numeral(c) || c == '两' || c == '兩');
    if num.len() == rest.len() {
        return false;
    }
    let unit = num.trim_start().trim_start_matches(['个', '個']);
    ["月", "周", "週", "星期", "天", "日"]
        .iter()
        .any(|u| unit.starts_with(u))
}

/// Whether `a` (the text after a month) starts with 前, 后 or 头 and a
/// number of days or weeks (前4天, 后两周, 头十日).
fn counted_days_follow(a: &str) -> bool {
    let Some(rest) = ["前", "后", "後", "头", "頭"]
        .iter()
        .find_map(|w| a.strip_prefix(w))
    else {
        return false;
    };
    let num = rest.trim_start_matches(|c: char| is_day_numeral(c) || c == '两' || c == '兩');
    if num.len() == rest.len() {
        return false;
    }
    let unit = num.trim_start_matches(['个', '個']);
    ["周", "週", "星期", "天", "日"]
        .iter()
        .any(|u| unit.starts_with(u))
}

/// Whether `s[from..to]` holds a year the date pattern does not read: one
/// of the Republic of China (民国112年, 113年度, 113年第一季) or of two digits
/// (15年3月): two or three digits before 年 and a part of the year after
/// it, or 民国. Durations (30年来, 20年的) are no such year.
pub(super) fn unread_year(s: &str, from: usize, to: usize) -> bool {
    let seg = &s[from..to];
    if crate::scan::short_find(seg, "民国").is_some() {
        return true;
    }
    seg.match_indices('年').any(|(i, _)| {
        let i = from + i;
        let head = &s[from..i];
        let digits = head
            .chars()
            .rev()
            .take_while(|&c| crate::number::is_arabic(c))
            .count();
        let lead = head.chars().rev().nth(digits);
        let part = s[i + '年'.len_utf8()..].chars().next().is_some_and(|c| {
            is_day_numeral(c) || crate::scan::one_of!("度第上下前首全底初末中", c)
        });
        (2..=3).contains(&digits) && lead.is_none_or(|c| !matches!(c, '.' | '．')) && part
    })
}

/// Words that point ahead (a plan, a forecast, a deadline): a period after
/// R with them is R's year's.
const AHEAD: &[&str] = &[
    "将", "预计", "计划", "拟", "力争", "争取", "有望", "预期", "目标", "确保", "预测", "届时",
    "可望", "规划", "安排", "准备", "打算", "要", "望", "期待", "预", "待", "起", "开始", "前",
    "以后", "之后", "后", "到期", "截止",
];

/// Whether the date `fact`, a part of a year without its own (四季度, 12月,
/// 下半年, 全年), ending at `end` of `s`, is given R's year where R has not
/// reached it, yet its clause states a figure (a digit or %) and the
/// sentence has no word that points ahead (将, 预计, 计划 …): the figure is
/// of a year before, as in a review of last year published in January
/// (四季度2828亿元, 全年实现净利润3651亿元). 全年 counts as not reached
/// in its first quarter, when last year's results are published.
pub(super) fn figure_not_yet_reached(
    s: &str,
    end: usize,
    fact: &DateFact,
    r: Option<NaiveDate>,
) -> bool {
    let (Some(r), Some(from)) = (r, fact.from) else {
        return false;
    };
    let ahead = if fact.granularity == Granularity::Year {
        r.month() <= 3
    } else {
        from > r
    };
    if !ahead {
        return false;
    }
    // 年末，全市…: a date that opens the sentence governs the clause after
    // its comma.
    let after = &s[end..];
    let after = after.strip_prefix(['，', ',']).unwrap_or(after);
    let clause = &after[..after
        .find(crate::clause::is_clause_break)
        .unwrap_or(after.len())];
    let figure = clause
        .chars()
        .any(|c| crate::number::is_arabic(c) || c == '%');
    figure && !short_find_any(s, AHEAD)
}

/// The date `fact` at `start` of `s` (a part of a year not yet reached at
/// `r`, see [`figure_not_yet_reached`]) one year back, where that reading
/// is plain: the fact is the end of a year (年末, 年底, 四季度, 12月, 全年:
/// it starts in October or later, or is the whole year), `r` falls in the
/// first four months, when last year's results are reported, and the
/// sentence reports a result: 年末 (the statistics' word for a balance:
/// 年末全市存款余额6235亿元 in March 2025 is the end of 2024), or a word of
/// a result reached (实现, 完成, 累计, 同比, 比上年 …). A target is no
/// result: 到年底 …, …增长5%左右, 全年新开工项目100个: `None`, no fact;
/// so is 下半年 in May or 四季度 in September.
pub(super) fn closed_year_end(
    s: &str,
    start: usize,
    fact: &DateFact,
    r: Option<NaiveDate>,
) -> Option<DateFact> {
    let (r, from, to) = (r?, fact.from?, fact.to?);
    let year_end = from.month() >= 10 || fact.granularity == Granularity::Year;
    if !year_end || r.month() > 4 || from.year() != r.year() || to.year() != r.year() {
        return None;
    }
    let before = s[..start].trim_end();
    let towards = before.ends_with(['到', '至']) && !before.ends_with("截至");
    let balance = s[start..].trim_start_matches("截至").starts_with("年末");
    let reached = short_find_any(s, RESULT_WORDS);
    if towards || short_find_any(s, &["左右", "力争", "目标"]) || !(balance || reached) {
        return None;
    }
    Some(DateFact {
        from: from.with_year(r.year() - 1),
        to: to.with_year(r.year() - 1),
        ..fact.clone()
    })
}

/// Words of a result reached, not a target (实现地区生产总值, 累计完成,
/// 同比增长, 比上年增长).
const RESULT_WORDS: &[&str] = &[
    "实现",
    "完成",
    "累计",
    "同比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "增长了",
    "下降了",
    "余额",
];

/// Whether any of `words` occurs in `s`.
fn short_find_any(s: &str, words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| crate::scan::short_find(s, w).is_some())
}

/// Whether `a` (the text after 日前) starts with a number of days, weeks,
/// months or years (日前20个交易日, 日前三个工作日, 日前5天): the 日前 then
/// ends a named day ("before day X"), not the word for "lately".
pub(super) fn counted_days_after(a: &str) -> bool {
    let num = a.trim_start_matches(|c: char| is_day_numeral(c) || c == '两' || c == '兩');
    if num.len() == a.len() {
        return false;
    }
    let unit = num.trim_start_matches(['个', '個']);
    ["交易日", "工作日", "天", "日", "周", "週", "月", "年"]
        .iter()
        .any(|u| unit.starts_with(u))
}

/// 2001年起至今, 去年到现在, 3月以来, “十四五”以来: the date `fact`
/// followed by `after` that brings it to now is the period from its first
/// day to `r` (granularity `day`, as 今年以来), or, without `r`, relative
/// without an interval. Returns the fact and the bytes of `after` it
/// takes; `None` when `after` does not start so (至今年8月 is 至 今年8月)
/// or, for 至今 and its kin, the date starts after `r`. A date after `r`
/// followed by 以来 (下半年以来 in June) names no period: `Some((None, n))`.
pub(super) fn to_now(
    fact: &DateFact,
    after: &str,
    r: Option<NaiveDate>,
) -> Option<(Option<DateFact>, usize)> {
    // 十四五"以来: the closing quote of a plan name goes with it.
    let quote = after
        .chars()
        .next()
        .filter(|c| matches!(c, '”' | '’' | '」' | '"'))
        .filter(|c| after[c.len_utf8()..].starts_with("以来"))
        .map_or(0, char::len_utf8);
    let w = ["起至今", "起到现在", "至今", "到现在", "至现在", "以来"]
        .iter()
        .find(|w| after[quote..].starts_with(**w))?;
    if w.ends_with("至今") && after[w.len()..].starts_with('年') {
        return None;
    }
    let n = quote + w.len();
    let to_now = match (fact.from, r) {
        (Some(from), Some(r)) if from <= r => DateFact {
            from: Some(from),
            to: Some(r),
            granularity: Granularity::Day,
            relative: true,
        },
        (Some(_), Some(_)) if *w == "以来" => return Some((None, n)),
        (Some(_), Some(_)) => return None,
        _ => DateFact {
            from: None,
            to: None,
            granularity: Granularity::Day,
            relative: true,
        },
    };
    Some((Some(to_now), n))
}

/// 2007年与2009年之间: when `first` and `second`, of the same granularity
/// (years, months or days), are joined by 与/和/及 (`between`) and `after`
/// (the text after the second) starts with 之间 or 间, the bytes of that
/// word: the two make one period.
pub(super) fn between_end(
    first: &DateFact,
    between: &str,
    second: &DateFact,
    after: &str,
) -> Option<usize> {
    if !matches!(between.trim(), "与" | "和" | "及" | "同") {
        return None;
    }
    let n = ["之间", "间"]
        .iter()
        .find(|w| after.starts_with(**w))?
        .len();
    let same = first.granularity == second.granularity
        && matches!(
            first.granularity,
            Granularity::Year | Granularity::Month | Granularity::Day
        );
    match (first.to, second.from) {
        (Some(a), Some(b)) if same && a < b => Some(n),
        _ => None,
    }
}

/// A weekday right after a single day (`，星期一`, `（周五）`, ` 礼拜天`):
/// its byte length and whether it agrees with the day (true when the day
/// has no interval to check).
pub(super) fn weekday_gloss(day: &DateFact, after: &str) -> Option<(usize, bool)> {
    if day.granularity != Granularity::Day || day.from != day.to {
        return None;
    }
    let open = ["，", ",", "（", "(", " ", "\u{3000}"]
        .iter()
        .find(|w| after.starts_with(**w))
        .map_or(0, |w| w.len());
    let rest = &after[open..];
    let word = ["星期", "礼拜", "禮拜", "周", "週"]
        .iter()
        .find(|w| rest.starts_with(**w))?;
    let d = rest[word.len()..].chars().next()?;
    let weekday = "一二三四五六".find(d).map(|i| i / '一'.len_utf8());
    let index = match (weekday, d) {
        (Some(i), _) => i as u32,
        (None, '日' | '天') => 6,
        _ => return None,
    };
    let mut n = open + word.len() + d.len_utf8();
    // In brackets, the weekday is all the gloss holds: （周一） not （周一上午）.
    let closing = matches!(&after[..open], "（" | "(");
    if closing {
        let close = ["）", ")"].iter().find(|w| after[n..].starts_with(**w))?;
        n += close.len();
    }
    let agrees = day
        .from
        .is_none_or(|f| f.weekday().num_days_from_monday() == index);
    Some((n, agrees))
}

/// Whether the text between two dates makes them a range (至, 到, —, -, ~).
pub(super) fn is_range_link(between: &str) -> bool {
    matches!(
        between.trim(),
        "至" | "到" | "—" | "——" | "-" | "－" | "–" | "~" | "～" | "起至" | "起到"
    )
}

/// The byte length of a time of day at the start of `s` (after spaces):
/// `11:00时`, `15:20`, `零时`, `下午5点`, `24时`. Times of day are no dates,
/// but one may stand between a day and the range link of a day range
/// (4月20日11:00时至4月25日17:00时). `None` when there is none.
pub(super) fn time_of_day_len(s: &str) -> Option<usize> {
    let t = s.trim_start_matches([' ', '\u{3000}']);
    let mut i = s.len() - t.len();
    for p in [
        "上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "夜间",
    ] {
        if s[i..].starts_with(p) {
            i += p.len();
            break;
        }
    }
    let digits = |s: &str| {
        s.chars()
            .take_while(|c| c.is_ascii_digit() || "〇零一二两三四五六七八九十".contains(*c))
            .take(3)
            .map(char::len_utf8)
            .sum::<usize>()
    };
    let n = digits(&s[i..]);
    if n == 0 {
        return None;
    }
    i += n;
    let mut marked = false;
    for _ in 0..2 {
        let rest = &s[i..];
        let Some(c) = rest.chars().next().filter(|c| matches!(c, ':' | '：')) else {
            break;
        };
        let mm = &rest[c.len_utf8()..];
        if mm.len() < 2 || !mm.as_bytes()[..2].iter().all(u8::is_ascii_digit) {
            return None;
        }
        i += c.len_utf8() + 2;
        marked = true;
    }
    for w in ["点钟", "时", "時", "点", "點"] {
        if s[i..].starts_with(w) {
            i += w.len();
            marked = true;
            break;
        }
    }
    marked.then_some(i)
}

/// The second end of a day range (`22日`, `8月22日` after `8月11日至`),
/// with the year and month of the first end `first` where it names none.
/// `has_year` tells whether `t` names its own year; `own` is what `t`
/// resolved to alone. `None` when it is not a day or ends before `first`.
pub(super) fn range_end(
    t: &str,
    has_year: bool,
    own: &DateFact,
    first: NaiveDate,
) -> Option<NaiveDate> {
    if own.granularity != Granularity::Day || own.from != own.to {
        return None;
    }
    let end = if has_year || t.contains(['-', '/', '.']) {
        own.to?
    } else if t.contains('月') {
        let t = t.trim_start_matches(['截', '至', '止', '到']);
        tail_interval(t, first.year(), None)?.0
    } else {
        let d = small_number(t.trim().strip_suffix(['日', '号'])?)?;
        ymd(first.year(), first.month(), d)?
    };
    (end > first).then_some(end)
}

/// A bare day in Chinese numerals that closes a day range after `end`
/// (三月五日到九日: `到九日`), which the pattern alone does not take (九日
/// alone may be a duration): the end of the range and its day.
pub(super) fn bare_range_day(s: &str, end: usize) -> Option<(usize, u32)> {
    let after = &s[end..];
    let link = ["至", "到", "—", "-", "－", "~", "～"]
        .iter()
        .find(|l| after.starts_with(*l))?;
    let rest = &after[link.len()..];
    let digits: String = rest
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .collect();
    let unit = rest[digits.len()..].chars().next()?;
    if digits.is_empty() || digits.chars().count() > 3 || !matches!(unit, '日' | '号') {
        return None;
    }
    let d = small_number(&digits)?;
    Some((end + link.len() + digits.len() + unit.len_utf8(), d))
}

/// Whether `between` (trimmed) is one mark that lists dates (、 ， 和 及 与).
pub(super) fn is_list_mark(between: &str) -> bool {
    matches!(between.trim(), "、" | "，" | "," | "和" | "及" | "与")
}

/// A day alone listed after a dated day or day range (9月10日、11日和12日,
/// 9月10日至12日、15日): the day in the month of the last day before it
/// (`Some(Some(day))`), or no reading when it is not later (`Some(None)`).
/// `None` when it is not listed after a day. `last` is the date before,
/// `between` the text between.
pub(super) fn listed_day(t: &str, last: &DateFact, between: &str) -> Option<Option<DateFact>> {
    if !is_list_mark(between) {
        return None;
    }
    if last.granularity != Granularity::Day {
        return None;
    }
    let first = last.to?;
    let d = small_number(t.trim().strip_suffix(['日', '号'])?)?;
    let day = ymd(first.year(), first.month(), d).filter(|day| *day > first);
    Some(day.map(|day| DateFact {
        from: Some(day),
        to: Some(day),
        granularity: Granularity::Day,
        relative: last.relative,
    }))
}

/// The year of a bracketed year right before a month (明年（2025年）2月2日,
/// 明年 (2025年) 1月 6日): `last` is the date found before the month,
/// `between` the text between them.
pub(super) fn bracketed_year(last: &DateFact, between: &str) -> Option<i32> {
    let closing = between.trim().trim_end_matches([')', '）']);
    if !closing.is_empty() || between.trim().is_empty() || last.granularity != Granularity::Year {
        return None;
    }
    let (from, to) = (last.from?, last.to?);
    (from.year() == to.year()).then_some(from.year())
}

/// A month expression `t` (no year of its own) read in year `y`.
pub(super) fn in_year(t: &str, y: i32) -> Option<DateFact> {
    let (from, to, granularity) = tail_interval(t, y, None)?;
    Some(DateFact {
        from: Some(from),
        to: Some(to),
        granularity,
        relative: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn ahead() {
        assert!(points_ahead("下周一("));
        assert!(points_ahead("本周六（"));
        assert!(points_ahead("将于"));
        assert!(!points_ahead("上周一("));
        let f = day_ahead("28日", d("2024-10-26")).unwrap();
        assert_eq!(f.from, Some(d("2024-10-28")));
        let f = day_ahead("3日", d("2024-12-26")).unwrap();
        assert_eq!(f.from, Some(d("2025-01-03")));
    }

    #[test]
    fn abstentions() {
        let cases = [
            ("康熙三年五月", "五月", true),
            ("15年3月2日", "3月2日", true),
            ("农历十月", "十月", true),
            ("八月十五", "八月", true),
            ("2月份第二周", "2月份", true),
            ("3月16个项目开工", "3月", false),
            ("3月，项目开工", "3月", false),
        ];
        for (s, t, want) in cases {
            let a = s.find(t).unwrap();
            assert_eq!(abstains(s, a, a + t.len(), t), want, "{s}");
        }
    }
}
