//! Numerals as a layout writes them: spaced out (`一百 五 十 二`) or
//! without the zero before a decimal point (`.5`).

use super::parse_number;

fn p(s: &str) -> String {
    match parse_number(s) {
        Some(d) => d.to_string(),
        None => "None".to_string(),
    }
}

/// Numerals spaced out by a layout: a space next to a scale word or 点
/// is no break in the number.
#[test]
fn spaces_next_to_scales_and_points() {
    for (input, want) in [
        ("一百 五 十 二", "152"),
        ("两千 四 百 五", "2450"),
        ("7万 5千 4百", "75400"),
        ("三千 八百 九十六 万 四千 九百 六十五", "38964965"),
        ("八千 三百 八十五 萬 二千 三百 二十六 點三三", "83852326.33"),
        ("四百 点 五", "400.5"),
        ("一百二十六 点 三三", "126.33"),
        ("十 二", "12"),
        ("点 五", "None"),
        ("3 点", "None"),
    ] {
        assert_eq!(p(input), want, "parse_number({input:?})");
    }
}

/// A decimal without its leading zero.
#[test]
fn leading_decimal_point() {
    for (input, want) in [
        (".5", "0.5"),
        (".23456000", "0.23456"),
        ("-.5", "-0.5"),
        ("．７７", "0.77"),
        (".", "None"),
        ("..5", "None"),
        (".五", "None"),
        (".5万", "5000"),
    ] {
        assert_eq!(p(input), want, "parse_number({input:?})");
    }
}
