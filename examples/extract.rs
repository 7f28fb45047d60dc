//! Extracts facts from files and prints them as JSON lines, JSON or a table.
//!
//! ```text
//! cargo run --release --example extract -- [--format jsonl|json|table] [--ref-date YYYY-MM-DD] [--stats] FILE… (- for stdin)
//! ```
//!
//! Bad input (a missing file, a directory, invalid UTF-8) gets a one-line
//! error on stderr; the other files are still processed and the exit code is 2.

use std::io::{self, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use serde::Serialize;
use zhfacts::{Document, Extractor, Fact, FactData, Published};

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Jsonl,
    Json,
    Table,
}

#[derive(Serialize)]
struct Output<'a> {
    source: &'a str,
    title: Option<&'a str>,
    published: Option<Published>,
    reference_date: Option<chrono::NaiveDate>,
    facts: Vec<Fact>,
}

struct Args {
    format: Format,
    extractor: Extractor,
    stats: bool,
    threads: usize,
    files: Vec<String>,
}

fn usage() -> &'static str {
    "usage: extract [--format jsonl|json|table] [--ref-date YYYY-MM-DD] [--stats] [--threads N] FILE... (- for stdin)"
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        format: Format::Jsonl,
        extractor: Extractor::new(),
        stats: false,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or(format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--format" => {
                args.format = match value("--format")?.as_str() {
                    "jsonl" => Format::Jsonl,
                    "json" => Format::Json,
                    "table" => Format::Table,
                    other => {
                        return Err(format!(
                            "unknown format {other:?}: expected jsonl, json or table"
                        ));
                    }
                }
            }
            "--ref-date" => {
                let v = value("--ref-date")?;
                args.extractor = args
                    .extractor
                    .reference_date_str(&v)
                    .map_err(|e| e.to_string())?;
            }
            "--stats" => args.stats = true,
            "--threads" => {
                let v = value("--threads")?;
                args.threads = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("invalid --threads {v:?}"))?;
            }
            "-h" | "--help" => return Err(usage().to_string()),
            f if f.starts_with("--") => return Err(format!("unknown option {f}\n{}", usage())),
            _ => args.files.push(a),
        }
    }
    if args.files.is_empty() {
        return Err(usage().to_string());
    }
    Ok(args)
}

/// Reads one input: a file path or `-` for stdin.
fn read(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("{path}: {e}"))?;
        return Ok(buf);
    }
    let meta = std::fs::metadata(path).map_err(|e| format!("{path}: {e}"))?;
    if meta.is_dir() {
        return Err(format!("{path}: is a directory"));
    }
    std::fs::read(path).map_err(|e| format!("{path}: {e}"))
}

/// What one file gave: bytes read and facts found, or a one-line error.
type Processed = Result<(usize, usize), String>;

/// A file processed on a worker thread, with its output.
type Buffered = (Processed, Vec<u8>);

/// Processes one file, writing its output to `w`. JSON lines are streamed
/// fact by fact, so a huge document never holds all its facts at once.
fn process<W: Write>(path: &str, args: &Args, w: &mut W) -> Processed {
    let bytes = read(path)?;
    let doc = Document::from_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?;
    let io_err = |e: io::Error| format!("{path}: {e}");
    let json_err = |e: serde_json::Error| format!("{path}: {e}");
    let reference_date = args.extractor.reference_for(&doc);
    let mut n = 0;
    match args.format {
        Format::Jsonl => {
            let head = Output {
                source: path,
                title: doc.title(),
                published: doc.published(),
                reference_date,
                facts: Vec::new(),
            };
            let head = serde_json::to_string(&head).map_err(json_err)?;
            // `…,"facts":[]}` → stream the facts into the array.
            let open = head
                .strip_suffix("[]}")
                .ok_or_else(|| format!("{path}: unexpected JSON shape"))?;
            w.write_all(open.as_bytes()).map_err(io_err)?;
            w.write_all(b"[").map_err(io_err)?;
            let mut failed: Option<String> = None;
            args.extractor.extract_each(&doc, |f| {
                if failed.is_some() {
                    return;
                }
                let sep: &[u8] = if n == 0 { b"" } else { b"," };
                let r = w
                    .write_all(sep)
                    .map_err(io_err)
                    .and_then(|_| serde_json::to_writer(&mut *w, &f).map_err(json_err));
                if let Err(e) = r {
                    failed = Some(e);
                }
                n += 1;
            });
            if let Some(e) = failed {
                return Err(e);
            }
            w.write_all(b"]}\n").map_err(io_err)?;
        }
        Format::Json | Format::Table => {
            let facts = args.extractor.extract(&doc);
            n = facts.len();
            let out = Output {
                source: path,
                title: doc.title(),
                published: doc.published(),
                reference_date,
                facts,
            };
            if args.format == Format::Json {
                serde_json::to_writer_pretty(&mut *w, &out).map_err(json_err)?;
                w.write_all(b"\n").map_err(io_err)?;
            } else {
                w.write_all(table(&out).as_bytes()).map_err(io_err)?;
            }
        }
    }
    Ok((bytes.len(), n))
}

fn table(out: &Output<'_>) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(s, "== {}", out.source);
    if let Some(t) = out.title {
        let _ = writeln!(s, "   title:     {t}");
    }
    if let Some(p) = out.published {
        let _ = writeln!(s, "   published: {p}");
    }
    match out.reference_date {
        Some(r) => {
            let _ = writeln!(s, "   reference: {r}");
        }
        None => {
            let _ = writeln!(s, "   reference: none");
        }
    }
    let _ = writeln!(s, "   {:>3}  {:<7}  {:<24}  value", "id", "kind", "text");
    for f in &out.facts {
        let value = match &f.data {
            FactData::Money(m) => format!(
                "{} {:?}{} {} {}",
                m.value,
                m.currency,
                m.upper.map(|u| format!("–{u}")).unwrap_or_default(),
                label(&m.qualifier),
                label(&m.role)
            ),
            FactData::Count(c) => format!(
                "{}{} {} noun={} {}",
                c.value,
                c.upper.map(|u| format!("–{u}")).unwrap_or_default(),
                c.classifier,
                c.noun.as_deref().unwrap_or("-"),
                label(&c.qualifier)
            ),
            FactData::Area(a) => format!(
                "{} m² ({} {}) {} {}",
                a.value,
                a.amount,
                a.unit,
                label(&a.qualifier),
                label(&a.role)
            ),
            FactData::Percent(p) => format!(
                "{} {} {} {}",
                p.value,
                label(&p.unit),
                p.direction.as_ref().map_or("-".to_string(), label),
                label(&p.qualifier)
            ),
            FactData::Date(d) => match (d.from, d.to) {
                (Some(a), Some(b)) => format!(
                    "{a} – {b} {}{}",
                    label(&d.granularity),
                    if d.relative { " (relative)" } else { "" }
                ),
                _ => format!("? {} (relative, no reference date)", label(&d.granularity)),
            },
            FactData::Event(e) => {
                let date = out.facts.get(e.date).map_or("?", |d| d.text.as_str());
                let linked: Vec<&str> = e
                    .facts
                    .iter()
                    .filter_map(|&i| out.facts.get(i))
                    .map(|f| f.text.as_str())
                    .collect();
                format!(
                    "{} [{}] on {} (#{}) facts: {}",
                    label(&e.event_type),
                    e.trigger,
                    date,
                    e.date,
                    if linked.is_empty() {
                        "-".to_string()
                    } else {
                        linked.join(", ")
                    }
                )
            }
            FactData::Project(p) => format!(
                "{} enterprise={} investment={} facts={:?}",
                p.stage.as_ref().map_or("-".to_string(), label),
                p.enterprise.as_deref().unwrap_or("-"),
                p.investment
                    .and_then(|i| out.facts.get(i))
                    .map_or("-", |f| f.text.as_str()),
                p.facts
            ),
            _ => String::new(),
        };
        let text: String = f.text.replace(['\n', '\r'], " ");
        let short: String = text.chars().take(22).collect();
        let short = if short.len() < text.len() {
            format!("{short}…")
        } else {
            short
        };
        let pad = 24usize.saturating_sub(
            short
                .chars()
                .map(|c| if c.is_ascii() { 1 } else { 2 })
                .sum(),
        );
        let _ = writeln!(
            s,
            "   {:>3}  {:<7}  {short}{}  {value}",
            f.id,
            f.kind().to_string(),
            " ".repeat(pad)
        );
    }
    s
}

/// The serde name of an enum value (`investment`, `over` …).
fn label<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let n = args.files.len();
    let threads = args.threads.min(n).max(1);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let (mut bytes, mut docs, mut facts) = (0usize, 0usize, 0usize);
    let json_array = args.format == Format::Json && n > 1;
    if json_array {
        let _ = writeln!(out, "[");
    }
    // Counts one result, or reports its error; true when it succeeded.
    let mut tally = |r: Processed, out: &mut dyn Write| -> bool {
        match r {
            Ok((b, f)) => {
                bytes += b;
                docs += 1;
                facts += f;
                true
            }
            Err(e) => {
                let _ = out.flush();
                failed = true;
                eprintln!("extract: {e}");
                false
            }
        }
    };
    let mut written = 0usize;
    if threads == 1 {
        // One thread: stream each file straight to stdout, in order.
        for f in &args.files {
            let mut buf: Vec<u8> = Vec::new();
            let r = if json_array {
                process(f, &args, &mut buf)
            } else {
                process(f, &args, &mut out)
            };
            if tally(r, &mut out) {
                if json_array {
                    if written > 0 {
                        let _ = writeln!(out, ",");
                    }
                    let _ = out.write_all(buf.trim_ascii_end());
                }
                written += 1;
            }
        }
    } else {
        // Several threads: each file into its own buffer, printed in order.
        let next = std::sync::atomic::AtomicUsize::new(0);
        let slots: Vec<std::sync::Mutex<Option<Buffered>>> =
            (0..n).map(|_| std::sync::Mutex::new(None)).collect();
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if i >= n {
                            break;
                        }
                        let mut buf = Vec::new();
                        let r = process(&args.files[i], &args, &mut buf);
                        if let Ok(mut slot) = slots[i].lock() {
                            *slot = Some((r, buf));
                        }
                    }
                });
            }
        });
        for slot in slots {
            let Some((r, buf)) = slot.into_inner().ok().flatten() else {
                continue;
            };
            if tally(r, &mut out) {
                if json_array {
                    if written > 0 {
                        let _ = writeln!(out, ",");
                    }
                    let _ = out.write_all(buf.trim_ascii_end());
                } else {
                    let _ = out.write_all(&buf);
                }
                written += 1;
            }
        }
    }
    if json_array {
        let _ = writeln!(out, "\n]");
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    if args.stats {
        let secs = started.elapsed().as_secs_f64();
        let mbs = if secs > 0.0 {
            bytes as f64 / 1e6 / secs
        } else {
            0.0
        };
        eprintln!(
            "extract: {bytes} bytes, {docs} documents, {facts} facts in {secs:.3} s ({mbs:.1} MB/s, {threads} threads)"
        );
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
