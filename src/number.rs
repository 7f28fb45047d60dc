//! Numerals → `Decimal`: Arabic (half- and full-width), Chinese, financial
//! forms and mixed forms such as `1.5万` or `2亿5千万`.
//!
//! The regex in [`TOKEN`] only *locates* a numeral; [`parse_number`] converts
//! it with checked arithmetic, so an overflow is `None`, never a panic.

use rust_decimal::Decimal;

/// Characters that can start or continue a numeral (without the decimal
/// point and separators). Shared by every pattern that embeds a number.
pub(crate) const NUM_CHARS: &str =
    "0-9０-９〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億壹贰貳叁參肆伍陆陸柒捌玖";

/// Digits only (no scale characters), for the part after a decimal point.
const DIGIT_CHARS: &str = "0-9０-９〇零一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖";

/// The numeral regex fragment: a run of numeral characters, with decimal
/// points (`.` `．` `点`) only between digits and `,` only before three digits.
///
/// Matches `49.72亿`, `61,771`, `三点五亿`, `１２．５`; in `共,12` it finds only `12`.
pub(crate) fn token_pattern() -> String {
    format!("[{NUM_CHARS}](?:[{NUM_CHARS}]|[.．点點][{DIGIT_CHARS}]|,[0-9]{{3}})*")
}

/// The value of one digit character, half-width, full-width or Chinese.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    Some(match c {
        '0'..='9' => c as u32 - '0' as u32,
        '０'..='９' => c as u32 - '０' as u32,
        '〇' | '零' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Whether `c` is a numeral character (digits of both widths, Chinese
/// digits and scales).
pub(crate) fn is_numeral_char(c: char) -> bool {
    digit_value(c).is_some()
        || matches!(
            c,
            '十' | '拾' | '百' | '佰' | '千' | '仟' | '万' | '萬' | '亿' | '億'
        )
}

/// Whether `c` is an Arabic digit, half- or full-width.
pub(crate) fn is_arabic(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Parses a numeral into an exact decimal.
///
/// Accepts Arabic digits (half- and full-width, with `.`/`．` and `,`
/// thousands separators), Chinese numerals (〇零一二两三…九, 十百千, financial
/// 壹贰叁…拾佰仟, 点 as decimal point), the scales 万 (10⁴), 亿 (10⁸) and 万亿
/// (10¹²), and mixtures (`1.5万`, `3千万`, `2亿5千万`). Returns `None` for
/// anything else, and for values that do not fit a `Decimal`.
///
/// ```
/// use zhfacts::parse_number;
/// use rust_decimal::Decimal;
/// assert_eq!(parse_number("2亿5千万"), Some(Decimal::from(250_000_000)));
/// assert_eq!(parse_number("三点五").map(|d| d.to_string()), Some("3.5".into()));
/// assert_eq!(parse_number("9".repeat(40).as_str()), None); // too big: no value
/// ```
pub fn parse_number(s: &str) -> Option<Decimal> {
    let s = s.trim();
    let mut big = Decimal::ZERO; // 亿 and above
    let mut mid = Decimal::ZERO; // 万 level
    let mut small = Decimal::ZERO; // below 万
    let mut pending: Option<Decimal> = None;
    let mut frac: Option<Decimal> = None; // place value of the next fraction digit
    let mut last_unit: u64 = 0;
    let mut run = 0usize; // digits in the current run
    let mut cn_run = true; // current run is Chinese digits only
    let mut run_after_unit = false;
    let mut saw_value = false;
    let ten = Decimal::TEN;
    for c in s.chars() {
        if let Some(d) = digit_value(c) {
            saw_value = true;
            let d = Decimal::from(d);
            if run == 0 {
                cn_run = true;
                run_after_unit = last_unit != 0 && pending.is_none() && !matches!(c, '零' | '〇');
            }
            if is_arabic(c) {
                cn_run = false;
            }
            run += 1;
            pending = Some(match (frac, pending) {
                (Some(place), Some(p)) => {
                    frac = Some(place / ten);
                    p.checked_add(d.checked_mul(place)?)?
                }
                (Some(_), None) => return None,
                (None, p) => p.unwrap_or_default().checked_mul(ten)?.checked_add(d)?,
            });
            continue;
        }
        let unit: u64 = match c {
            '.' | '．' | '点' | '點' => {
                if frac.is_some() || (pending.is_none() && last_unit == 0) {
                    return None;
                }
                // 两千三点一 = 2300.1: the abbreviated digit takes its unit
                // before the fraction starts.
                if run == 1 && cn_run && run_after_unit && last_unit >= 100 {
                    pending = Some(
                        pending
                            .unwrap_or_default()
                            .checked_mul(Decimal::from(last_unit / 10))?,
                    );
                }
                // 十点二 = 10.2: a fraction right after a unit word.
                pending = Some(pending.unwrap_or_default());
                run = 0;
                frac = Some(Decimal::new(1, 1));
                continue;
            }
            ',' => continue,
            '十' | '拾' => 10,
            '百' | '佰' => 100,
            '千' | '仟' => 1000,
            '万' | '萬' => 10_000,
            '亿' | '億' => 100_000_000,
            _ => return None,
        };
        // Was the run just before this unit one Chinese digit right after
        // a unit (百二 in 百二万)?
        let abbreviated = cn_run && run_after_unit && frac.is_none();
        let run_len_before_unit = run;
        frac = None;
        run = 0;
        let u = Decimal::from(unit);
        match unit {
            10 | 100 | 1000 => {
                saw_value = true;
                let mut n = pending.take().unwrap_or(Decimal::ONE);
                // 一万零十二: after 零, 十 means one ten.
                if unit == 10 && n.is_zero() {
                    n = Decimal::ONE;
                }
                small = small.checked_add(n.checked_mul(u)?)?;
            }
            10_000 => {
                // 百二万 = 120万: an abbreviated digit before a higher unit.
                if run_len_before_unit == 1 && abbreviated && last_unit >= 100 {
                    pending = match pending {
                        Some(p) => Some(p.checked_mul(Decimal::from(last_unit / 10))?),
                        None => None,
                    };
                }
                let mut n = mid
                    .checked_add(small)?
                    .checked_add(pending.take().unwrap_or_default())?;
                if n.is_zero() {
                    n = Decimal::ONE;
                }
                mid = n.checked_mul(u)?;
                small = Decimal::ZERO;
            }
            _ => {
                let mut n = big
                    .checked_add(mid)?
                    .checked_add(small)?
                    .checked_add(pending.take().unwrap_or_default())?;
                if n.is_zero() {
                    n = Decimal::ONE;
                }
                big = n.checked_mul(u)?;
                mid = Decimal::ZERO;
                small = Decimal::ZERO;
            }
        }
        last_unit = unit;
    }
    if !saw_value || frac.is_some_and(|_| run == 0) {
        return None;
    }
    let mut tail = pending.unwrap_or_default();
    // 一万五 = 15000, 三千五 = 3500: one Chinese digit right after a unit of
    // 百 or more stands for the next lower unit.
    if run == 1 && cn_run && run_after_unit && last_unit >= 100 && frac.is_none() {
        tail = tail.checked_mul(Decimal::from(last_unit / 10))?;
    }
    let total = big
        .checked_add(mid)?
        .checked_add(small)?
        .checked_add(tail)?;
    Some(total.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> String {
        match parse_number(s) {
            Some(d) => d.to_string(),
            None => "None".to_string(),
        }
    }

    #[test]
    fn numbers() {
        let cases: &[(&str, &str)] = &[
            ("0", "0"),
            ("16", "16"),
            ("49.72", "49.72"),
            ("10.17", "10.17"),
            ("100.00", "100"),
            ("61,771", "61771"),
            ("1,234,567.5", "1234567.5"),
            ("１２．５", "12.5"),
            ("２０２２", "2022"),
            ("1.5万", "15000"),
            ("5.98万", "59800"),
            ("3千万", "30000000"),
            ("2亿5千万", "250000000"),
            ("1.2万亿", "1200000000000"),
            ("49.72亿", "4972000000"),
            ("750万", "7500000"),
            ("千亿", "100000000000"),
            ("百万", "1000000"),
            ("十二", "12"),
            ("十", "10"),
            ("二十", "20"),
            ("二十五", "25"),
            ("一百零八", "108"),
            ("一千零五", "1005"),
            ("一千零五十", "1050"),
            ("两万五千", "25000"),
            ("两万五", "25000"),
            ("百二万", "1200000"),
            ("百二萬", "1200000"),
            ("一万五", "15000"),
            ("三千五", "3500"),
            ("一百五", "150"),
            ("三点五亿", "350000000"),
            ("三点一四", "3.14"),
            ("八十四", "84"),
            ("二〇二二", "2022"),
            ("一九九八", "1998"),
            ("壹佰贰拾叁", "123"),
            ("伍仟万", "50000000"),
            ("叁拾", "30"),
            ("两", "2"),
            ("兩萬", "20000"),
            ("十二億", "1200000000"),
            ("九百九十九万九千九百九十九", "9999999"),
            ("一亿零五百万", "105000000"),
            ("五十万亿", "50000000000000"),
            ("零点五", "0.5"),
            ("一點一", "1.1"),
            ("十点二三三", "10.233"),
            ("两千点零", "2000"),
            ("两千三点一", "2300.1"),
            ("一百二十点五", "120.5"),
            ("一万零十二", "10012"),
            ("一千零十二", "1012"),
            ("万", "None"),
            ("亿", "None"),
            ("点五", "None"),
            ("1..2", "None"),
            ("abc", "None"),
            ("", "None"),
        ];
        for (input, want) in cases {
            assert_eq!(p(input), *want, "parse_number({input:?})");
        }
    }

    #[test]
    fn overflow_is_none_not_panic() {
        assert_eq!(p(&"9".repeat(40)), "None");
        assert_eq!(p("9999999999999999999999亿亿亿"), "None");
        assert_eq!(p(&"亿".repeat(50)), "None");
        assert_eq!(p("万万万亿亿"), "None");
        assert_eq!(
            p(&format!("0.{}", "1".repeat(60))),
            p(&format!("0.{}", "1".repeat(60)))
        );
    }

    #[test]
    fn token_pattern_compiles_and_finds() {
        let re = regex::Regex::new(&token_pattern()).unwrap();
        let found: Vec<&str> = re
            .find_iter("共签约项目16个，总投资49.72亿元，三点五亿，共,12和61,771")
            .map(|m| m.as_str())
            .collect();
        assert_eq!(found, ["16", "49.72亿", "三点五亿", "12", "61,771"]);
    }
}
