//! `extract --encoding`: GBK, Big5 and UTF-16 give the facts of the same
//! text in UTF-8; without the flag the error names the likely encoding.

use serde_json::Value;

use crate::cli::run;

const SIMPLIFIED: &str =
    "据介绍，2022年3月10日，全市共签约项目16个，总投资49.72亿元，同比增长10.5%。";
const TRADITIONAL: &str =
    "據介紹，2022年3月10日，全市共簽約項目16個，總投資49.72億元，同比增長10.5%。";

fn facts(args: &[&str], input: &[u8]) -> Value {
    let out = run(args, Some(input));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn encode(text: &str, enc: &'static encoding_rs::Encoding) -> Vec<u8> {
    let (bytes, _, unmappable) = enc.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

fn utf16(text: &str, bom: bool, le: bool) -> Vec<u8> {
    let units = bom.then_some(0xfeff).into_iter().chain(text.encode_utf16());
    units
        .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
        .collect()
}

#[test]
fn legacy_encodings_round_trip() {
    let cases: [(&str, &str, Vec<u8>); 5] = [
        ("gbk", SIMPLIFIED, encode(SIMPLIFIED, encoding_rs::GBK)),
        (
            "gb18030",
            SIMPLIFIED,
            encode(SIMPLIFIED, encoding_rs::GB18030),
        ),
        ("big5", TRADITIONAL, encode(TRADITIONAL, encoding_rs::BIG5)),
        ("utf-16le", SIMPLIFIED, utf16(SIMPLIFIED, true, true)),
        ("utf-16be", SIMPLIFIED, utf16(SIMPLIFIED, false, false)),
    ];
    for (name, text, bytes) in cases {
        let want = facts(&[], text.as_bytes());
        let got = facts(&["--encoding", name], &bytes);
        assert_eq!(got["encoding"], name);
        assert_eq!(got["facts"], want["facts"], "{name}");
        assert!(want["facts"].as_array().unwrap().len() >= 4, "{want}");
        // Spans index the decoded UTF-8 text.
        for f in got["facts"].as_array().unwrap() {
            let (a, b) = (
                f["span"][0].as_u64().unwrap(),
                f["span"][1].as_u64().unwrap(),
            );
            assert_eq!(&text[a as usize..b as usize], f["text"].as_str().unwrap());
        }
    }
}

#[test]
fn not_utf8_names_the_likely_encoding() {
    let cases = [
        (encode(SIMPLIFIED, encoding_rs::GBK), "gbk"),
        (encode(TRADITIONAL, encoding_rs::BIG5), "big5"),
        (utf16(SIMPLIFIED, true, true), "utf-16le"),
        (utf16(SIMPLIFIED, true, false), "utf-16be"),
    ];
    for (bytes, name) in cases {
        let out = run(&[], Some(&bytes));
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("not valid UTF-8 at byte offset"), "{err}");
        assert!(
            err.contains(&format!("looks like {name} (use --encoding {name})")),
            "{err}"
        );
    }
}

#[test]
fn malformed_bytes_in_the_given_encoding_are_an_error() {
    let mut bytes = encode(SIMPLIFIED, encoding_rs::GBK);
    bytes.extend_from_slice(b"\x81\x20");
    let offset = bytes.len() - 2;
    let out = run(&["--encoding", "gbk"], Some(&bytes));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(&format!("not valid gbk at byte offset {offset}")),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "no output from replaced characters");
}
