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

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
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
    assert!(err.contains("1 documents") && err.contains("MB/s"), "{err}");
}
