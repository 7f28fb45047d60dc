//! The `extract` example as a user runs it (cargo test builds examples).

use std::path::PathBuf;
use std::process::{Command, Output};

fn example() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    // target/<profile>/deps/integration-… → target/<profile>/examples/extract
    let dir = exe.parent().and_then(|d| d.parent()).unwrap();
    let p = dir
        .join("examples")
        .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
    if !p.exists() {
        // `cargo test` builds examples; `cargo test --test integration` does not.
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.args(["build", "--example", "extract"]);
        if dir.file_name().is_some_and(|n| n == "release") {
            cmd.arg("--release");
        }
        assert!(cmd.status().unwrap().success(), "building the example");
    }
    assert!(p.exists(), "example binary not built at {}", p.display());
    p
}

pub(crate) fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(example());
    cmd.args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

/// Every fixture article, as paths.
pub(crate) fn fixture_paths() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(crate::util::fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn fixture(name: &str) -> String {
    crate::util::fixtures_dir()
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn jsonl_one_line_per_document() {
    let a = fixture("01_front_matter_html.txt");
    let b = fixture("02_plain_with_ads.txt");
    let out = run(&["--format", "jsonl", &a, &b], None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["source"], a.as_str());
    assert_eq!(lines[0]["published"], "2023-05-18T08:12:40+08:00");
    assert_eq!(lines[0]["reference_date"], "2023-05-18");
    assert_eq!(lines[1]["source"], b.as_str());
    assert!(lines[1]["facts"].as_array().unwrap().len() > 5);
}

#[test]
fn bad_inputs_are_one_line_errors_and_others_still_run() {
    let dir = std::env::temp_dir().join(format!("zhfacts-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"\xe6\x80\xbb\xff").unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let good = fixture("03_newspaper_page.txt");
    let out = run(
        &[
            bad.to_str().unwrap(),
            "/no/such/file.txt",
            dir.to_str().unwrap(),
            empty.to_str().unwrap(),
            &good,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(
        lines[0].contains("not valid UTF-8 at byte offset 3"),
        "{err}"
    );
    assert!(lines[1].contains("/no/such/file.txt"), "{err}");
    assert!(lines[2].contains("is a directory"), "{err}");
    let text = String::from_utf8(out.stdout).unwrap();
    let docs: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 2, "the empty file and the good one");
    assert_eq!(docs[0]["facts"], serde_json::json!([]));
    assert!(!docs[1]["facts"].as_array().unwrap().is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn ref_date_and_stdin_and_bad_ref_date() {
    let out = run(
        &["--ref-date", "2023-01-05", "-"],
        Some("去年签约项目12个。".as_bytes()),
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["source"], "-");
    assert_eq!(v["reference_date"], "2023-01-05");
    assert_eq!(v["facts"][0]["from"], "2022-01-01");

    let out = run(&["--ref-date", "2023-02-30", "-"], Some(b""));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1);
    assert!(err.contains("invalid reference date"), "{err}");
}

#[test]
fn table_shows_events_readably() {
    let out = run(&["--format", "table", &fixture("10_events.txt")], None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("signing [签约] on 3月10日"), "{text}");
    assert!(text.contains("facts: 17个, 72.4亿元"), "{text}");
}

#[test]
fn stats_on_stderr() {
    let out = run(&["--stats", &fixture("09_dates_relative.txt")], None);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(" 1 document, ") && err.contains("1 thread)") && err.contains("MB/s"),
        "{err}"
    );
    let two = [fixture("09_dates_relative.txt"), fixture("10_events.txt")];
    let out = run(&["--stats", "--threads", "2", &two[0], &two[1]], None);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(" 2 documents, ") && err.contains("2 threads)"),
        "{err}"
    );
}

#[test]
fn help_is_on_stdout_and_exits_zero() {
    for flag in ["--help", "-h"] {
        let out = run(&[flag], None);
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.starts_with("usage: extract"), "{text}");
        for option in ["--format", "--encoding", "--bom", "--ref-date", "--threads"] {
            assert!(text.contains(option), "{option} missing from the help");
        }
        assert!(out.stderr.is_empty());
    }
}

#[test]
fn stdin_is_read_without_a_file_argument() {
    let out = run(&[], Some("共签约项目16个，总投资49.72亿元。".as_bytes()));
    assert!(out.status.success(), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["source"], "-");
    assert_eq!(v["facts"][1]["value"], "4972000000");
    assert!(
        v.get("encoding").is_none(),
        "no encoding given, none printed"
    );
}

#[test]
fn usage_errors_are_one_line_and_exit_two() {
    for args in [
        &["--frobnicate"][..],
        &["--format", "xml", "-"],
        &["--threads", "0", "-"],
        &["--encoding", "latin1", "-"],
        &["--bom", "-"],
        &["--format"],
    ] {
        let out = run(args, Some(b""));
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("extract: "), "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn table_spells_currencies_and_groups_digits() {
    let out = run(
        &["--format", "table", "-"],
        Some("总投资49.72亿元。".as_bytes()),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("49.72亿元 → 4,972,000,000 CNY exact investment"),
        "{text}"
    );
    assert!(!text.contains("Cny"), "{text}");
}

#[test]
fn currency_overrides_a_plain_yuan() {
    let out = run(
        &["--currency", "hkd", "-"],
        Some("总投资3亿元，其中人民币1亿元。".as_bytes()),
    );
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    let currencies: Vec<&str> = v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "money")
        .map(|f| f["currency"].as_str().unwrap())
        .collect();
    // A plain 元 takes the caller's currency; 人民币 stays CNY.
    assert_eq!(currencies, ["HKD", "CNY"]);
    let bad = run(&["--currency", "XYZ", "-"], None);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8(bad.stderr)
            .unwrap()
            .contains("unknown currency")
    );
}

#[test]
fn projects_format_is_one_csv_row_per_project() {
    let path = fixture("20_projects_subjects.txt");
    let out = run(&["--format", "projects", &path], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut rdr = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&header[..4], ["doc", "id", "name", "enterprise"]);
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    // The same rows as the library's ProjectRecord view of the JSON facts.
    let input = std::fs::read_to_string(&path).unwrap();
    let facts = zhfacts::Extractor::new().extract_str(&input);
    let want = zhfacts::ProjectRecord::from_facts(&facts);
    assert!(!want.is_empty());
    assert_eq!(rows.len(), want.len());
    for (row, w) in rows.iter().zip(&want) {
        assert_eq!(&row[2], w.name);
        assert_eq!(
            &row[4],
            w.investment.map(|d| d.to_string()).unwrap_or_default()
        );
        assert_eq!(&row[13], w.span.start.to_string());
    }
}
