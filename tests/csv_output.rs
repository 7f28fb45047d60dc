//! `extract --format csv`: one row per fact, parsed back and compared with
//! the JSON facts of every fixture.

use serde_json::Value;

use crate::cli::{fixture_paths, run};

/// The JSON value of a fact field as the CSV writes it.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(cell).collect::<Vec<_>>().join(";"),
        other => other.to_string(),
    }
}

#[test]
fn csv_rows_are_the_json_facts_flattened() {
    let files = fixture_paths();
    let args: Vec<&str> = files.iter().map(String::as_str).collect();
    let jsonl = run(
        &[&["--format", "jsonl", "--threads", "1"], &args[..]].concat(),
        None,
    );
    let csv = run(&[&["--format", "csv"], &args[..]].concat(), None);
    assert!(jsonl.status.success() && csv.status.success());
    assert!(
        csv.stdout.windows(2).any(|w| w == b"\r\n"),
        "RFC 4180 line ends"
    );

    let mut reader = csv::Reader::from_reader(&csv.stdout[..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        &header[..6],
        ["doc", "id", "kind", "text", "span_start", "span_end"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();

    let mut n = 0;
    for line in String::from_utf8(jsonl.stdout).unwrap().lines() {
        let doc: Value = serde_json::from_str(line).unwrap();
        for fact in doc["facts"].as_array().unwrap() {
            let row = &rows[n];
            n += 1;
            let get = |c: &str| &row[header.iter().position(|h| h == c).unwrap()];
            assert_eq!(get("doc"), doc["source"].as_str().unwrap());
            assert_eq!(get("span_start"), fact["span"][0].to_string());
            assert_eq!(get("span_end"), fact["span"][1].to_string());
            let map = fact.as_object().unwrap();
            for (key, v) in map.iter().filter(|(k, _)| *k != "span") {
                assert!(header.contains(key), "no CSV column for the field {key}");
                assert_eq!(get(key), cell(v), "{key} of {fact}");
            }
            for c in &header {
                let derived = ["doc", "span_start", "span_end"].contains(&c.as_str());
                if !derived && !map.contains_key(c) {
                    assert_eq!(get(c), "", "{c} of {fact} should be empty");
                }
            }
        }
    }
    assert!(n > 100, "{n} facts");
    assert_eq!(rows.len(), n, "one row per fact");
}

#[test]
fn csv_bom_and_quoting() {
    let out = run(
        &["--format", "csv", "--bom", "-"],
        Some("总投资1,200万元，\"签约\"项目3个。".as_bytes()),
    );
    assert!(out.status.success());
    assert!(out.stdout.starts_with("\u{feff}doc,id,kind".as_bytes()));
    let body = &out.stdout[3..];
    let mut reader = csv::Reader::from_reader(body);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][3], "1,200万元", "a comma in a field is quoted");
    assert_eq!(&rows[0][8], "12000000");
    assert!(String::from_utf8_lossy(body).contains("\"1,200万元\""));
}
