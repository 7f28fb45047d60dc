//! Hostile inputs, each a regression test: they must not panic, must keep
//! exact spans, and (see `benches/extract.rs`, group `hostile`) take linear
//! time. Crash inputs found by the fuzzer (`fuzz/`) are replayed here too.

use zhfacts::{Document, ErrorKind, Extractor, FactData};

use crate::util::{check_invariants, extract};

const MB: usize = 1 << 20;

#[test]
fn a_megabyte_of_digits() {
    let input = "7".repeat(MB);
    assert!(extract(&input).is_empty());
    let input = format!("总投资{}亿元", "9".repeat(MB));
    assert!(extract(&input).is_empty(), "too big for a Decimal: no fact");
}

#[test]
fn a_megabyte_of_yi() {
    let input = "亿".repeat(MB / 3);
    assert!(extract(&input).is_empty());
    let input = format!("1{}元", "亿".repeat(MB / 3));
    assert!(extract(&input).is_empty());
}

#[test]
fn forty_digit_numbers_and_stacked_scales() {
    let n40 = "1234567890".repeat(4);
    for input in [
        format!("投资{n40}元"),
        format!("{n40}个项目"),
        format!("{n40}%"),
        "万万万亿亿元".to_string(),
    ] {
        let facts = extract(&input);
        check_invariants(&input, &facts);
        assert!(
            facts
                .iter()
                .all(|f| !matches!(&f.data, FactData::Money(m) if m.value.is_zero()))
        );
    }
    // 万万万亿亿 = 10^28 still fits a Decimal; one more 亿 does not.
    let facts = extract("共1万万万亿亿元");
    assert_eq!(facts.len(), 1);
    assert!(extract("共1万万万亿亿亿元").is_empty());
}

#[test]
fn a_long_sentence_without_breaks() {
    // Every context look is bounded: this stays linear.
    let input = "签约项目1个总投资2亿元2022年".repeat(20_000);
    let facts = extract(&input);
    check_invariants(&input, &facts);
    assert!(facts.len() >= 60_000);
}

#[test]
fn markup_that_never_closes() {
    for input in [
        "<p><div><span><b>".repeat(10_000) + "总投资12亿元",
        "<!--".repeat(10_000) + "总投资12亿元",
        "<script>".repeat(10_000) + "总投资12亿元",
        "<a href=\"".repeat(10_000) + "总投资12亿元",
        "&#".repeat(10_000) + "总投资12亿元",
    ] {
        check_invariants(&input, &extract(&input));
    }
    // An unclosed tag is text, so the fact after it is still found.
    let input = "<p 总投资12亿元";
    assert_eq!(extract(input).len(), 1);
}

#[test]
fn front_matter_that_never_closes() {
    let input = format!(
        "---\ntitle: 标题\ndate: 2022-06-15\n{}",
        "正文共签约项目3个。\n".repeat(1000)
    );
    let doc = Document::parse(&input);
    assert_eq!(doc.title(), None, "not a front matter");
    let facts = Extractor::new().extract(&doc);
    check_invariants(&input, &facts);
    assert_eq!(
        facts
            .iter()
            .filter(|f| f.kind() == zhfacts::Kind::Count)
            .count(),
        1000
    );
}

#[test]
fn whitespace_nul_bom_and_crlf() {
    assert!(extract(&" \n\t\r\n\u{3000}".repeat(10_000)).is_empty());
    assert!(extract(&"\0".repeat(10_000)).is_empty());
    let input = "\u{feff}---\r\ntitle: 标题\r\ndate: 2022-06-15\r\n---\r\n<p>总投资12亿元\0，签约项目3个。</p>\r\n";
    let doc = Document::parse(input);
    assert_eq!(doc.title(), Some("标题"));
    assert_eq!(doc.published().unwrap().to_string(), "2022-06-15");
    let facts = Extractor::new().extract(&doc);
    check_invariants(input, &facts);
    assert_eq!(
        facts
            .iter()
            .filter(|f| f.text == "12亿元" || f.text == "3个")
            .count(),
        2
    );
}

#[test]
fn mixed_encodings_are_invalid_utf8_at_the_boundary() {
    // UTF-8 text, then the same words in GBK.
    let mut bytes = "总投资".as_bytes().to_vec();
    bytes.extend_from_slice(&[0xd7, 0xdc, 0xcd, 0xb6, 0xd7, 0xca]);
    let err = Document::from_bytes(&bytes).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 9 });
    // Latin-1 bytes.
    assert!(Document::from_bytes(b"caf\xe9 12%").is_err());
    // A truncated multi-byte character at the end.
    let err = Document::from_bytes(&"亿元".as_bytes()[..5]).unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 3 });
}

/// Fuzzer find: a long investor run before a trade word that mixes ASCII
/// with Chinese (德国林德霍夫@集团…) was cut at a byte, not a character.
#[test]
fn mixed_width_investor_before_a_project() {
    for input in [
        "十倍大牛股德国林德霍夫@集团投资2亿欧元建设高端轴承生产基地项目。",
        "ab德国林德霍夫a集团拟投资5亿元建设新材料产业基地项目。",
        "x1德国林德霍夫电子投资3亿元在本市建设智能终端生产基地项目。",
    ] {
        let facts = extract(input);
        check_invariants(input, &facts);
    }
}

/// The library's `regex` has the features Cargo.toml names (no Unicode
/// general categories such as `\p{So}`); the test build unifies more in
/// through dev-dependencies, so a pattern needing them compiles here and
/// panics in a user's build. No source file may use one.
#[test]
fn no_pattern_needs_a_regex_feature_the_library_lacks() {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(!files.is_empty());
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            assert!(
                !code.contains(r"\p{") && !code.contains(r"\P{"),
                "{}:{}: a Unicode class the library's regex lacks",
                f.display(),
                n + 1
            );
        }
    }
}
