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

/// A bare digit after a scale of 百 or more takes the next lower
/// scale, in Arabic and Chinese digits (issue 13).
#[test]
fn bare_trailing_digit_takes_the_next_lower_scale() {
    for (input, want) in [
        ("1亿2", "120000000"),
        ("一亿二", "120000000"),
        ("3千5", "3500"),
        ("2万5", "25000"),
        ("２万５", "25000"),
        ("1百5", "150"),
        ("1亿二", "120000000"),
        ("1百2万", "1200000"),
        ("千二亿", "120000000000"),
        ("1亿2千万", "120000000"),
        ("1亿2千", "100002000"),
        ("3千零5", "3005"),
        ("3千05", "3005"),
        ("2万15", "20015"),
        ("1十5", "15"),
        ("2千3.1", "None"),
    ] {
        assert_eq!(p(input), want, "parse_number({input:?})");
    }
}

/// A written zero before a scale is zero, not an implicit one.
#[test]
fn a_digit_after_a_higher_scale_is_not_abbreviated() {
    assert_eq!(p("5亿1万4千6百"), "500014600");
    assert_eq!(p("5億1萬4千6百"), "500014600");
    assert_eq!(p("3亿2万"), "300020000");
    assert_eq!(p("百二万"), "1200000");
}

#[test]
fn a_zero_before_a_scale_is_zero() {
    for (input, want) in [
        ("零亿", "0"),
        ("０亿", "0"),
        ("〇.〇亿", "0"),
        ("零万", "0"),
        ("0亿", "0"),
        ("零点五亿", "50000000"),
        ("一亿零万", "100000000"),
        ("千亿", "100000000000"),
        ("万亿", "None"),
    ] {
        assert_eq!(p(input), want, "parse_number({input:?})");
    }
}

/// `,` and `，` separate thousands: after an Arabic digit, before
/// exactly three Arabic digits, in the integer part.
#[test]
fn thousands_separators() {
    for (input, want) in [
        ("１,２００万", "12000000"),
        ("82，225.00", "82225"),
        ("1，234，567", "1234567"),
        ("１，２３４", "1234"),
        ("1,2345", "None"),
        ("1,23", "None"),
        ("1.5,000", "None"),
        ("三，225", "None"),
        (",123", "None"),
    ] {
        assert_eq!(p(input), want, "parse_number({input:?})");
    }
}

/// Spaces may stand before a scale word only.
#[test]
fn spaces_before_scales() {
    for (input, want) in [
        ("1000 万", "10000000"),
        ("1000\u{3000}万", "10000000"),
        ("二十 億", "2000000000"),
        ("12.5 亿", "1250000000"),
        (" 12 ", "12"),
        ("20 25", "None"),
        ("十 余 万", "None"),
        ("1 .5", "None"),
        ("三 四", "None"),
        ("二〇 二二", "None"),
    ] {
        assert_eq!(p(input), want, "parse_number({input:?})");
    }
}

/// Long inputs take linear time and give no value when too big.
#[test]
fn long_inputs_are_linear_and_none() {
    let n40 = "1234567890".repeat(4);
    for s in [
        n40.clone(),
        format!("{n40}亿"),
        format!("一{}", "二".repeat(40)),
        format!("{}万", "九".repeat(40)),
        "1,000".repeat(10),
    ] {
        assert_eq!(p(&s), "None", "{s}");
    }
    let big = "1".repeat(200_000);
    let t = std::time::Instant::now();
    assert_eq!(p(&big), "None");
    assert_eq!(p(&format!("{big}.5万")), "None");
    assert!(t.elapsed() < std::time::Duration::from_secs(2));
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
fn scanner_finds_numerals() {
    let s = "共签约项目16个，总投资49.72亿元，三点五亿，共,12和61,771，1,23，5.";
    let mut found = Vec::new();
    let mut i = 0;
    while let Some((a, b)) = next_numeral(s, i) {
        found.push(&s[a..b]);
        i = b;
    }
    assert_eq!(
        found,
        ["16", "49.72亿", "三点五亿", "12", "61,771", "1", "23", "5"]
    );
    assert_eq!(
        numeral_at(s, s.find("49").unwrap()),
        Some(s.find("元").unwrap())
    );
    assert_eq!(numeral_at(s, 0), None);
    assert_eq!(numeral_at(s, s.len()), None);
    assert_eq!(numeral_at(s, 1), None, "not a char boundary");
}

/// The plain fast path and the general parser agree.
#[test]
fn plain_path_agrees_with_the_general_parser() {
    let general = |s: &str| {
        // The general parser alone: a Chinese prefix keeps the fast path out.
        parse_number(&format!("零{s}"))
    };
    for s in [
        "0",
        "7",
        "007",
        "1000",
        "49.72",
        "49.72亿",
        "0.50",
        "3.8亿",
        "120万",
        "1.25万",
        "999999999999999999",
        "12345678901234567.8亿",
        "5.",
        ".5",
        "1.2.3",
        "1,000",
        "",
    ] {
        // Forms the fast path leaves to the general parser.
        if matches!(s, "5." | ".5" | "1.2.3" | "1,000" | "") {
            assert_eq!(parse_plain(s), None, "{s}");
        }
        if let Some(v) = parse_plain(s) {
            assert_eq!(Some(v), general(s), "{s}");
            assert_eq!(v.to_string(), general(s).unwrap().to_string(), "{s}");
        }
    }
}

#[test]
fn numeral_set_is_digits_and_scales() {
    for u in 0..0x10000u32 {
        let Some(c) = char::from_u32(u) else { continue };
        // 俩 has a value but starts a numeral only before a scale.
        let want = (digit_value(c).is_some() && c != '俩')
            || matches!(
                c,
                '十' | '拾' | '百' | '佰' | '千' | '仟' | '万' | '萬' | '亿' | '億'
            );
        assert_eq!(is_numeral_char(c), want, "{c}");
        assert_eq!(NUMERAL_STARTS.contains(c), want || c == '俩', "{c}");
    }
}

/// `，` joins digit groups only in the thousands form; as a clause
/// comma it ends the numeral (issue 13).
#[test]
fn wide_comma_joins_thousands_only() {
    let tok = |s: &str| {
        let (a, b) = next_numeral(s, 0).unwrap();
        s[a..b].to_string()
    };
    for (s, want) in [
        ("营收82，225.00元", "82，225.00"),
        ("营收82，225．5元", "82，225．5"),
        ("投资3，500万元", "3，500万"),
        ("投资1，200元", "1，200"),
        ("投资1，200美元", "1，200"),
        ("共1，234，567人", "1，234，567"),
        ("共1，234，567，890", "1，234，567，890"),
        ("１,２００万美元", "１,２００万"),
        ("１，２００万美元", "１，２００万"),
        // Clause commas.
        ("得分85，120人参加", "85"),
        ("共3，225家", "3"),
        ("达1234，567元", "1234"),
        ("三，225元", "三"),
        ("1.5，225元", "1.5"),
        ("1，2345元", "1"),
        ("1，23元", "1"),
        ("1，234，5678元", "1"),
        ("1,234，567元", "1,234"),
        ("12，", "12"),
    ] {
        assert_eq!(tok(s), want, "{s}");
    }
    // One pass: a long chain of groups is linear.
    let long = format!("1{}元", "，000".repeat(100_000));
    let t = std::time::Instant::now();
    assert_eq!(tok(&long).len(), long.len() - "元".len());
    assert!(t.elapsed() < std::time::Duration::from_secs(2));
}

/// 元…角…分 and 块…毛…分 (issue 13).
#[test]
fn yuan_fractions() {
    let f = |whole: i64, rest: &str, colloquial: bool| {
        yuan_fraction(Decimal::from(whole), rest, colloquial)
            .map(|(v, n)| (v.to_string(), rest[..n].to_string()))
    };
    assert_eq!(
        f(123, "1角1分", false),
        Some(("123.11".into(), "1角1分".into()))
    );
    assert_eq!(f(123, "1角", false), Some(("123.1".into(), "1角".into())));
    assert_eq!(
        f(3, "零5分钱", false),
        Some(("3.05".into(), "零5分".into()))
    );
    assert_eq!(f(3, "2分", false), Some(("3.02".into(), "2分".into())));
    assert_eq!(f(5, "五毛。", true), Some(("5.5".into(), "五毛".into())));
    assert_eq!(f(5, "5毛2分", true), Some(("5.52".into(), "5毛2分".into())));
    assert_eq!(f(5, "5角", true), None, "块 takes 毛");
    assert_eq!(f(5, "3毛", false), Some(("5.3".into(), "3毛".into())));
    assert_eq!(f(5, "5分钟后", false), None);
    assert_eq!(f(5, "1角色", false), None);
    assert_eq!(f(5, "5毛利", true), None);
    assert_eq!(f(5, "0角", false), None);
    assert_eq!(f(5, "12角", false), None);
    assert_eq!(f(5, "零", false), None);
    assert_eq!(f(5, "，", false), None);
    assert_eq!(f(5, "", false), None);
    // Spoken hundredths: a digit after the tenths or after 零 that ends
    // the amount (一毛四, 三块零四), not one that starts a count.
    assert_eq!(f(3, "1毛4", true), Some(("3.14".into(), "1毛4".into())));
    assert_eq!(f(3, "零4。", true), Some(("3.04".into(), "零4".into())));
    assert_eq!(
        f(3, "一毛四一斤", true),
        Some(("3.14".into(), "一毛四".into()))
    );
    assert_eq!(f(3, "1毛4个", true), Some(("3.1".into(), "1毛".into())));
    assert_eq!(f(3, "零4个", true), None);
    let half = Decimal::new(15, 1);
    assert_eq!(yuan_fraction(half, "2角", false), None, "1.5元2角");
}

/// The scanner and the grammar's regex agree, match for match.
#[test]
fn scanner_agrees_with_the_grammar() {
    let re = regex::Regex::new(&token_pattern()).unwrap();
    // Every string of up to 4 characters over the alphabet.
    let strings = crate::scan::every_string("1２.．点點,万亿十零两a，元", 4);
    for t in &strings {
        let want: Vec<(usize, usize)> = re.find_iter(t).map(|m| (m.start(), m.end())).collect();
        let mut got = Vec::new();
        let mut i = 0;
        while let Some((a, b)) = next_numeral(t, i) {
            got.push((a, b));
            i = b;
        }
        assert_eq!(got, want, "{t}");
    }
    assert!(strings.len() > 40_000);
}
