//! Runs the peers' public test suites (Recognizers-Text, JioNLP, Duckling)
//! through our public API and prints pass rates (README: "Conformance with
//! the peers' test suites"). What is run and how it is judged is data next
//! to this file (`suites.txt`, `scope.txt`, `labels.txt`); each file is run
//! in three modes: (a) SPEC's scope, (b) with the same-subject classes, (c)
//! with every exclusion lifted, to count wrong facts. This file runs and
//! reports; `conformance/common.rs` holds the case shape and the checks,
//! `dates.rs` and `quantities.rs` the suites, `scope.rs` the data files.
//!
//! Usage: [`USAGE`]. The [`FLAGS`] list the failing (a) and (b) cases, the skipped ones
//! and the (c) cases with a wrong fact; `--file` keeps the files whose name holds NAME;
//! the [`LIMITS`] set (a), (b) pass-rate floors and (c) ceilings per group
//! (`--min "RT NumberModel=0.97,…"`). Exit code: [`main`].

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, Mutex, OnceLock};
use std::{borrow::Borrow, collections::BTreeMap, fmt::Write as _, fs, io::Write as _};
use std::{ops::Range, path::Path, process::ExitCode};

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use rust_decimal::Decimal;
use serde_json::Value;
use zhfacts::{Area, Currency, DateFact, Document, Extractor, Fact, FactData, Granularity, Money};
use zhfacts::{PercentUnit, parse_number, resolve_date};

#[path = "conformance/common.rs"]
mod common;
#[path = "conformance/dates.rs"]
mod dates;
#[path = "conformance/quantities.rs"]
mod quantities;
#[path = "conformance/scope.rs"]
mod scope;

use {common::*, dates::*, quantities::*, scope::*};

/// Appends one line to the report, which `run` writes to stdout once at
/// the end (so `| head` ends the output quietly instead of panicking).
macro_rules! outln {
    ($($arg:tt)*) => {{
        let _ = writeln!($($arg)*);
    }};
}

/// The suites `suites.txt` names: how one case is compared. The peer
/// before the first `-` says how the file's cases are read ([`read_cases`]).
const SUITES: &[(&str, Check)] = &[
    ("rt-number", rt_number),
    ("rt-percent", rt_percent),
    ("rt-currency", rt_currency),
    ("rt-dimension", rt_dimension),
    ("rt-date", rt_date),
    ("rt-date-spans", date_spans),
    ("jio-money-parser", jio_money_parser),
    ("jio-money-spans", jio_money_spans),
    ("jio-time-parser", jio_time_parser),
    ("jio-date-spans", date_spans),
    ("duckling-numeral", duckling_numeral),
    ("duckling-money", duckling_money),
    ("duckling-time", duckling_time),
];

/// The outcomes of one file's cases in each mode ((a), (b), (c); [`MODE`]).
#[derive(Debug)]
struct FileReport {
    path: &'static str,
    group: &'static str,
    modes: [Vec<Checks>; 3],
}

/// Counts of a set of outcomes: cases, compared (in scope), passed, passed
/// under a DIFFERENCE, with a wrong fact, with a partial reading only.
#[derive(Clone, Copy, Debug, Default)]
struct Tally {
    cases: usize,
    ins: usize,
    pass: usize,
    conv: usize,
    wrong: usize,
    partial: usize,
}

impl Tally {
    /// The counts of `cases`.
    fn of<'a>(cases: impl IntoIterator<Item = &'a Checks>) -> Tally {
        let mut t = Tally::default();
        for c in cases {
            let pass = c.compared > 0 && c.failures.is_empty();
            t.cases += 1;
            t.ins += usize::from(c.compared > 0);
            t.pass += usize::from(pass);
            t.conv += usize::from(pass && !c.diffs.is_empty());
            t.wrong += usize::from(c.is_wrong());
            t.partial += usize::from(c.is_partial());
        }
        t
    }

    /// The pass rate, or "n/a".
    fn rate(&self) -> String {
        match self.ins {
            0 => "n/a".into(),
            ins => format!("{:.1}%", 100.0 * self.pass as f64 / ins as f64),
        }
    }

    /// Passed/compared and the rate, aligned for the report.
    fn ratio(&self) -> String {
        format!("{:>4}/{:<4} {:>6}", self.pass, self.ins, self.rate())
    }
}

/// Runs every file of `suites.txt` in the three modes.
fn run_all(root: &Path) -> Result<Vec<FileReport>, String> {
    let mut reports = Vec::new();
    for (group, (no, path, suite)) in data().files() {
        let p = root.join(path);
        let text = fs::read_to_string(&p).map_err(|e| format!("cannot read {}: {e}", p.display()));
        let v: Result<Value, _> = serde_json::from_str(&text?);
        let v = &v.map_err(|e| format!("cannot parse {}: {e}", p.display()))?;
        let unreadable = |e| format!("cannot read the cases of {}: {e}", p.display());
        let found = SUITES.iter().find(|s| s.0 == suite);
        let cases: Box<dyn Fn() -> Vec<Checks>> = match (found, suite.strip_prefix("out ")) {
            (Some(&(name, check)), _) => {
                let peer = name.split('-').next().unwrap_or_default();
                let cases = read_cases(peer, v).map_err(unreadable)?;
                Box::new(move || cases.iter().map(check).collect())
            }
            (None, Some(key)) if keyed_rule(key).is_some() => {
                let inputs = out_inputs(v).map_err(unreadable)?;
                let out = move |i: &&str| Checks::of(i, |_| Err(reason(key)));
                Box::new(move || inputs.iter().map(out).collect())
            }
            _ => return Err(format!("suites.txt line {no}: unknown suite `{suite}`")),
        };
        let modes = [0, 1, 2].map(|m| {
            MODE.store(m, Ordering::Relaxed);
            cases()
        });
        reports.push(FileReport { path, group, modes });
    }
    MODE.store(0, Ordering::Relaxed);
    Ok(reports)
}

/// Prints one file's counts in the three modes, its (a) cases out of scope
/// by class, and the DIFFERENCE classes applied.
fn print_file(o: &mut String, r: &FileReport) {
    let [a, b, w] = [0, 1, 2].map(|i| Tally::of(&r.modes[i]));
    outln!(o, "== {}  [{}]", r.path, r.group);
    let (cases, ins, pass, failed, rate) = (a.cases, a.ins, a.pass, a.ins - a.pass, a.rate());
    let counts = format!("cases {cases:>4} | in scope {ins:>4} | passed {pass:>4}");
    outln!(o, "   {counts} | failed {failed:>4} | pass rate {rate}");
    for (name, t) in [("(a) SPEC scope  ", a), ("(b) same subject", b)] {
        let (plain, conv) = (t.pass - t.conv, t.conv);
        let conv = format!("plain passes {plain:>4} | passes under our convention {conv:>4}");
        outln!(o, "   {name} {} | {conv}", t.ratio());
    }
    let (all, wrong, partial, ins) = (w.wrong + w.partial, w.wrong, w.partial, w.ins);
    let parts = format!("{wrong} reading the whole span + {partial} reading a part of it");
    let of = format!("(of {ins} cases compared, in scope or not)");
    outln!(o, "   (c) wrong facts  {all:>4} = {parts} {of}");
    let out = r.modes[0].iter().filter_map(Checks::why_out);
    let (out, out_of) = (count(out.map(|class| (class, false))), a.cases - a.ins);
    let title = format!("out of scope ({out_of}; [b] = same subject, scored in (b))");
    print_counts(o, &title, out, |class, _| match same_subject(class) {
        true => format!("  {class}  [b]"),
        false => format!("  {class}"),
    });
    let diffs = count_diffs(r.modes[0].iter().filter(|c| c.why_out().is_none()));
    let mut beyond = count_diffs(&r.modes[2]);
    // Conventions met only outside SPEC's scope, in the (c) mode.
    beyond.retain(|class, _| !diffs.contains_key(class));
    let passed = |class: &str, passed| format!(" {passed:>4}  {class}");
    let title = "DIFFERENCE (compared under our convention; cases, of which passed)";
    print_counts(o, title, diffs, passed);
    let title = "DIFFERENCE outside SPEC scope ((c); cases, of which passed)";
    print_counts(o, title, beyond, passed);
    outln!(o);
}

/// Counts per class: (cases, of which passed).
type Counts<'a> = BTreeMap<&'a str, (usize, usize)>;

/// The counts of (class, passed) pairs.
fn count<'a>(classes: impl Iterator<Item = (&'a str, bool)>) -> Counts<'a> {
    let mut m = Counts::new();
    for (class, passed) in classes {
        let e = m.entry(class).or_default();
        *e = (e.0 + 1, e.1 + usize::from(passed));
    }
    m
}

/// The DIFFERENCE classes of `cases`.
fn count_diffs<'a>(cases: impl IntoIterator<Item = &'a Checks>) -> Counts<'a> {
    let diffs = |c: &'a Checks| c.diffs.iter().map(|d| (d.as_str(), c.failures.is_empty()));
    count(cases.into_iter().flat_map(diffs))
}

/// Prints `title` and a line per counted class, most frequent first: the
/// count, then `tail` of the class and how many passed.
fn print_counts(o: &mut String, title: &str, m: Counts, tail: impl Fn(&str, usize) -> String) {
    if !m.is_empty() {
        outln!(o, "   {title}:");
    }
    for (class, (k, passed)) in by_count(m, |d| d.0) {
        outln!(o, "     {k:>4}{}", tail(class, passed));
    }
}

/// Counted classes, most frequent (by `count`) first.
fn by_count<T>(m: BTreeMap<&str, T>, count: fn(&T) -> usize) -> Vec<(&str, T)> {
    let mut v: Vec<_> = m.into_iter().collect();
    v.sort_by(|a, b| count(&b.1).cmp(&count(&a.1)).then(a.0.cmp(b.0)));
    v
}

/// Prints one case's failures that pass `test`, `pad` before each line.
fn print_checks(o: &mut String, c: &Checks, pad: &str, test: fn(&Failure) -> bool) {
    for (e, g, _) in c.failures.iter().filter(|f| test(f)) {
        outln!(o, "{pad}expected: {e}");
        outln!(o, "{pad}got:      {g}");
    }
}

/// Prints the cases the flags ask for: (a) out of scope, failing in (a) or
/// (b), and with a wrong fact or a partial reading in (c).
fn print_cases(o: &mut String, shown: &[&FileReport], args: &Args) {
    if args.has("--out-of-scope") {
        for r in shown {
            for (c, reason) in r.modes[0].iter().filter_map(|c| Some((c, c.why_out()?))) {
                outln!(o, "OUT {}  {}  [{reason}]", r.path, c.input);
            }
        }
        outln!(o);
    }
    for (flag, mode) in [("--failures", 0), ("--subject-failures", 1)] {
        if !args.has(flag) {
            continue;
        }
        for r in shown {
            let failing = r.modes[mode].iter().enumerate();
            for (i, c) in failing.filter(|(_, c)| c.compared > 0 && !c.failures.is_empty()) {
                // In (b), the out-of-scope class that brought it in.
                let class = r.modes[0].get(i).and_then(Checks::why_out);
                let class = class.map(|k| format!("  [{k}]")).unwrap_or_default();
                outln!(o, "FAIL {} #{i}{class}", r.path);
                outln!(o, "  input:    {}", c.input);
                print_checks(o, c, "  ", |_| true);
            }
        }
        outln!(o);
    }
    if args.has("--wrong") {
        print_wrong(o, shown, "WRONG", Checks::is_wrong, |f| f.2);
        print_wrong(o, shown, "PARTIAL", Checks::is_partial, is_partial);
        outln!(o);
    }
}

/// Prints the (c) cases that `case_test` picks under `title`, with their
/// failures that `fail_test` picks, grouped by their class in (a).
fn print_wrong(
    o: &mut String,
    reports: &[&FileReport],
    title: &str,
    case_test: fn(&Checks) -> bool,
    fail_test: fn(&Failure) -> bool,
) {
    let mut groups: BTreeMap<&str, Vec<(&FileReport, usize)>> = BTreeMap::new();
    for r in reports {
        for (i, _) in r.modes[2].iter().enumerate().filter(|(_, c)| case_test(c)) {
            let class = r.modes[0][i].why_out().unwrap_or("in scope");
            groups.entry(class).or_default().push((r, i));
        }
    }
    for (class, cases) in by_count(groups, Vec::len) {
        outln!(o, "{title} [{class}] ({} cases)", cases.len());
        for (r, i) in cases {
            outln!(o, "  {} #{i}: {}", r.path, r.modes[2][i].input);
            print_checks(o, &r.modes[2][i], "    ", fail_test);
        }
    }
}

/// Command-line options: the peers folder, the [`FLAGS`] given,
/// `--file`, and per option of [`LIMITS`] the (key, limit) pairs.
#[derive(Debug, Default)]
struct Args {
    peers: String,
    flags: Vec<String>,
    file: Option<String>,
    limits: [Vec<(String, f64)>; 3],
}

/// The limit options, in mode order: (a) and (b) pass-rate floors (0..=1;
/// a value above 1 is a percentage), (c) a ceiling on the wrong-fact count.
const LIMITS: [&str; 3] = ["--min", "--min-subject", "--max-wrong"];

/// The flags that list cases.
const FLAGS: &str = "--failures --subject-failures --out-of-scope --wrong";

/// The usage line.
const USAGE: &str = "usage: conformance PEERS_DIR [--failures] [--subject-failures] [--out-of-scope] [--wrong] [--file NAME] \
[--min \"GROUP=RATE,…\"] [--min-subject \"GROUP=RATE,…\"] [--max-wrong \"GROUP=N,…\"]";

impl Args {
    /// Parses the command line.
    fn parse() -> Result<Args, String> {
        let mut a = Args::default();
        let mut it = std::env::args().skip(1);
        while let Some(arg) = it.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ => (arg.clone(), None),
            };
            let needs = format!("{flag} needs a value");
            let value = || inline.clone().or_else(|| it.next()).ok_or(needs);
            if let Some(i) = LIMITS.iter().position(|l| *l == flag) {
                for part in value()?.split(',').filter(|p| !p.trim().is_empty()) {
                    let bad_entry = || format!("bad limit entry `{part}`");
                    let (key, v) = part.rsplit_once('=').ok_or_else(bad_entry)?;
                    let v: Result<f64, _> = v.trim().trim_end_matches('%').parse();
                    let v = v.map_err(|_| format!("bad value in `{part}`"))?;
                    let v = if i < 2 && v > 1.0 { v / 100.0 } else { v };
                    a.limits[i].push((key.trim().to_string(), v));
                }
                continue;
            }
            match flag.as_str() {
                f if FLAGS.split(' ').any(|x| x == f) => a.flags.push(flag),
                "--file" => a.file = Some(value()?),
                "-h" | "--help" => return Err(USAGE.into()),
                f if f.starts_with('-') => return Err(format!("unknown option {f}\n{USAGE}")),
                _ if a.peers.is_empty() => a.peers = arg,
                _ => return Err(format!("unexpected argument {arg}\n{USAGE}")),
            }
        }
        if a.peers.is_empty() {
            return Err(USAGE.into());
        }
        Ok(a)
    }

    /// Whether `flag` was given.
    fn has(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }

    /// The limit option `i` sets for group `g`: the strictest that applies.
    fn limit(&self, i: usize, g: &str) -> Option<f64> {
        let limits = self.limits[i].iter().filter(|l| group_for(&l.0) == Some(g));
        let strictest = if i < 2 { f64::max } else { f64::min };
        limits.map(|l| l.1).reduce(strictest)
    }
}

/// The group a `--min` key names: the one of that name, else the first
/// whose name contains it (compared in lower case, without spaces,
/// `recognizers-text` as `rt`).
fn group_for(key: &str) -> Option<&'static str> {
    let lower = |k: &str| k.to_lowercase().replace(char::is_whitespace, "");
    let norm = |k: &str| lower(k).replace("recognizers-text", "rt");
    let (k, groups) = (norm(key), data().groups());
    let exact = groups.clone().find(|g| norm(g) == k);
    exact.or_else(|| groups.clone().find(|g| norm(g).contains(&k)))
}

/// Lists the files that are not run: known observation files and any
/// unrecognised `.json` of the folders run.
fn print_not_run(o: &mut String, root: &Path) -> Result<(), String> {
    outln!(o, "Not run (no expectations):");
    for (_, path, why) in section(&data().suites, "not run") {
        let absent = (!root.join(path).exists()).then_some(" (absent)");
        outln!(o, "   {path}{}: {why}", absent.unwrap_or_default());
    }
    let mut folders: Vec<&str> = Vec::new();
    for (_, (_, path, _)) in data().files() {
        let folder = path.split('/').next().unwrap_or("");
        if !folders.contains(&folder) {
            folders.push(folder);
        }
    }
    let known = |p: &str| data().suites.iter().flat_map(|s| &s.1).any(|e| e.1 == p);
    for folder in folders {
        let dir = root.join(folder);
        let entries = fs::read_dir(&dir).map_err(|_| format!("cannot read {}", dir.display()))?;
        let names =
            entries.filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().into_owned()));
        let mut paths: Vec<String> = names.map(|n| format!("{folder}/{n}")).collect();
        paths.sort();
        for path in paths.iter().filter(|p| p.ends_with(".json") && !known(p)) {
            outln!(o, "   {path}: unrecognised file, not run");
        }
    }
    outln!(o);
    Ok(())
}

/// Prints the summary table, a row per group with the limits set for it;
/// `false` when a limit is missed.
fn print_summary(o: &mut String, reports: &[FileReport], args: &Args) -> bool {
    let legend = "passed/in scope, rate, plain passes + passes under our convention;";
    outln!(o, "SUMMARY  (a) SPEC scope: {legend}");
    let legend = "passed/compared, rate;  (c) cases with a wrong fact (whole span + part of it)";
    outln!(o, "         (b) same subject matter: {legend}");
    let mut ok = true;
    for g in data().groups() {
        let rs: Vec<&FileReport> = reports.iter().filter(|r| r.group == g).collect();
        let t = [0, 1, 2].map(|i| Tally::of(rs.iter().flat_map(|r| &r.modes[i])));
        let mut verdict = String::new();
        for (i, name) in ["(a)", "(b)", "(c)"].into_iter().enumerate() {
            let Some(f) = args.limit(i, g) else { continue };
            let (pass, ins, wrong) = (t[i].pass as f64, t[i].ins as f64, t[i].wrong + t[i].partial);
            let missed = if i < 2 {
                ins == 0.0 || pass < f * ins
            } else {
                wrong as f64 > f
            };
            ok &= !missed;
            let (word, limit) = match i < 2 {
                true => (["floor", "BELOW FLOOR"], format!("{:.1}%", 100.0 * f)),
                false => (["ceiling", "ABOVE CEILING"], f.to_string()),
            };
            verdict += &format!("  {name} {} {limit}", word[usize::from(missed)]);
        }
        let [a, b, c] = t;
        let a = format!("{} ({:>3}+{:<3})", a.ratio(), a.pass - a.conv, a.conv);
        let (wrong, partial, cases) = (c.wrong, c.partial, t[0].cases);
        let c = format!("{:>3} ({wrong:>2}+{partial:<3})", wrong + partial);
        let b = b.ratio();
        outln!(o, "  {g:<34} {a} | {b} | {c}  ({cases} cases){verdict}");
    }
    ok
}

/// Runs and prints everything; `Ok(false)` when a limit is missed.
fn run() -> Result<bool, String> {
    let _ = DATA.set(Data::load()?);
    let args = Args::parse()?;
    let mut keys = args.limits.iter().flatten().map(|l| &l.0);
    if let Some(key) = keys.find(|k| group_for(k).is_none()) {
        return Err(format!("a limit names no group: `{key}`"));
    }
    let (root, mut o) = (Path::new(&args.peers), String::new());
    let reports = run_all(root)?;
    let shown = |r: &&FileReport| args.file.as_deref().is_none_or(|n| r.path.contains(n));
    let shown: Vec<&FileReport> = reports.iter().filter(shown).collect();
    shown.iter().for_each(|r| print_file(&mut o, r));
    print_not_run(&mut o, root)?;
    print_cases(&mut o, &shown, &args);
    let ok = print_summary(&mut o, &reports, &args);
    if let Some(missing) = MISSING.lock().ok().and_then(|m| m.first().cloned()) {
        return Err(missing);
    }
    // A closed pipe (`| head`) is not an error worth reporting.
    let _ = std::io::stdout().write_all(o.as_bytes());
    Ok(ok)
}

/// Exit code 0; 1 when a limit is missed; 2 on an error (one line on stderr).
fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("conformance: {e}");
            ExitCode::from(2)
        }
    }
}
