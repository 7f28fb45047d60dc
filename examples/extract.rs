//! Extracts facts from files (or standard input) and prints them as JSON
//! lines, JSON, CSV or a table.
//!
//! ```text
//! cargo run --release --example extract -- [OPTIONS] [FILE...]   (--help for the options)
//! ```
//!
//! Bad input (a missing file, a directory, bytes that are not in the given
//! encoding) gets a one-line error on stderr; the other files are still
//! processed and the exit code is 2.

use std::io::{self, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use serde::Serialize;
use zhfacts::{
    Currency, Document, Encoding, Extractor, Fact, FactData, NaiveDate, ProjectRecord, Published,
};

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Jsonl,
    Json,
    Table,
    Csv,
    Projects,
}

#[derive(Serialize)]
struct Output<'a> {
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding: Option<&'static str>,
    title: Option<&'a str>,
    published: Option<Published>,
    reference_date: Option<NaiveDate>,
    facts: Vec<Fact>,
}

struct Args {
    format: Format,
    bom: bool,
    encoding: Option<Encoding>,
    extractor: Extractor,
    stats: bool,
    threads: usize,
    files: Vec<String>,
}

const HELP: &str = "\
usage: extract [OPTIONS] [FILE...]

Extracts facts (money, counts, areas, percentages, dates, events) from Chinese
economic prose. Reads each FILE (`-` is standard input), or standard input
when no FILE is given and it is not a terminal.

options:
  --format FORMAT      jsonl (default: one JSON line per document), json,
                       table (for a person), csv (one row per fact, a header),
                       projects (CSV, one row per named project: name,
                       enterprise, investment, area, stage, date)
  --bom                with --format csv or projects: start with a UTF-8 BOM
                       (for Excel)
  --encoding NAME      input encoding: utf-8 (default), gbk, gb18030, big5,
                       utf-16le, utf-16be; spans then index the UTF-8 text
  --ref-date DATE      resolve relative dates against DATE (YYYY-MM-DD)
                       instead of each document's publication date
  --currency CODE      currency of a plain 元 (ISO 4217, default CNY)
  --threads N          worker threads (default: all cores)
  --stats              bytes, documents, facts and MB/s on stderr
  -h, --help           print this help and exit
";

/// What the command line asks for: a run, or the help.
enum Parsed {
    Run(Args),
    Help,
}

fn parse_args() -> Result<Parsed, String> {
    let mut args = Args {
        format: Format::Jsonl,
        bom: false,
        encoding: None,
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
                .ok_or(format!("{name} needs a value (see --help)"))
        };
        match flag.as_str() {
            "--format" => {
                args.format = match value("--format")?.as_str() {
                    "jsonl" => Format::Jsonl,
                    "json" => Format::Json,
                    "table" => Format::Table,
                    "csv" => Format::Csv,
                    "projects" => Format::Projects,
                    other => {
                        return Err(format!(
                            "unknown format {other:?}: expected jsonl, json, table, csv or projects"
                        ));
                    }
                }
            }
            "--bom" => args.bom = true,
            "--encoding" => {
                let v = value("--encoding")?;
                args.encoding = Some(v.parse().map_err(|e: zhfacts::Error| e.to_string())?);
            }
            "--ref-date" => {
                let v = value("--ref-date")?;
                args.extractor = args
                    .extractor
                    .reference_date_str(&v)
                    .map_err(|e| e.to_string())?;
            }
            "--currency" => {
                let v = value("--currency")?;
                args.extractor = args.extractor.default_currency(currency(&v)?);
            }
            "--stats" => args.stats = true,
            "--threads" => {
                let v = value("--threads")?;
                args.threads = v
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("invalid --threads {v:?}: expected a number ≥ 1"))?;
            }
            "-h" | "--help" => return Ok(Parsed::Help),
            f if f.starts_with('-') && f != "-" => {
                return Err(format!("unknown option {f} (see --help)"));
            }
            _ => args.files.push(a),
        }
    }
    if args.bom && !matches!(args.format, Format::Csv | Format::Projects) {
        return Err("--bom applies to --format csv and projects only".to_string());
    }
    if args.files.is_empty() {
        if io::stdin().is_terminal() {
            return Err("no input: give FILEs or pipe text to standard input (see --help)".into());
        }
        args.files.push("-".to_string());
    }
    Ok(Parsed::Run(args))
}

/// An ISO 4217 code the library knows (any case).
fn currency(code: &str) -> Result<Currency, String> {
    let c = code.trim().to_ascii_uppercase();
    serde_json::from_value(serde_json::Value::String(c)).map_err(|_| {
        format!("unknown currency {code:?}: expected CNY, USD, EUR, HKD, TWD, MOP, JPY or GBP")
    })
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

/// Processes one file, writing its output to `w`. JSON lines and CSV rows
/// are streamed fact by fact, so a huge document never holds all its facts.
fn process<W: Write + ?Sized>(path: &str, args: &Args, w: &mut W) -> Processed {
    let bytes = read(path)?;
    let text = args
        .encoding
        .unwrap_or(Encoding::Utf8)
        .decode(&bytes)
        .map_err(|e| format!("{path}: {e}"))?;
    let doc = Document::parse(&text);
    let io_err = |e: io::Error| format!("{path}: {e}");
    let json_err = |e: serde_json::Error| format!("{path}: {e}");
    let mut out = Output {
        source: path,
        encoding: args.encoding.map(Encoding::name),
        title: doc.title(),
        published: doc.published(),
        reference_date: args.extractor.reference_for(&doc),
        facts: Vec::new(),
    };
    let n = match args.format {
        Format::Jsonl => jsonl(&out, &doc, args, w)?,
        Format::Csv => {
            let mut csv = csv_writer(&mut *w);
            let mut n = 0;
            let mut failed = None;
            args.extractor.extract_each(&doc, |f| {
                n += 1;
                if failed.is_none() {
                    failed = csv.write_record(csv_row(path, &f)).err();
                }
            });
            if let Some(e) = failed {
                return Err(format!("{path}: {e}"));
            }
            csv.flush().map_err(io_err)?;
            n
        }
        Format::Projects => {
            let facts = args.extractor.extract(&doc);
            let mut csv = csv_writer(&mut *w);
            for row in ProjectRecord::from_facts(&facts) {
                csv.write_record(project_row(path, &row))
                    .map_err(|e| format!("{path}: {e}"))?;
            }
            csv.flush().map_err(io_err)?;
            facts.len()
        }
        Format::Json | Format::Table => {
            out.facts = args.extractor.extract(&doc);
            if args.format == Format::Json {
                serde_json::to_writer_pretty(&mut *w, &out).map_err(json_err)?;
                w.write_all(b"\n").map_err(io_err)?;
            } else {
                w.write_all(table(&out).as_bytes()).map_err(io_err)?;
            }
            out.facts.len()
        }
    };
    Ok((bytes.len(), n))
}

/// One JSON line: the document's head, then its facts streamed into the
/// `facts` array. Returns the number of facts.
fn jsonl<W: Write + ?Sized>(
    head: &Output<'_>,
    doc: &Document<'_>,
    args: &Args,
    w: &mut W,
) -> Result<usize, String> {
    let path = head.source;
    let io_err = |e: io::Error| format!("{path}: {e}");
    let json_err = |e: serde_json::Error| format!("{path}: {e}");
    let head = serde_json::to_string(head).map_err(json_err)?;
    // `…,"facts":[]}` → stream the facts into the array.
    let open = head
        .strip_suffix("[]}")
        .ok_or_else(|| format!("{path}: unexpected JSON shape"))?;
    w.write_all(open.as_bytes()).map_err(io_err)?;
    w.write_all(b"[").map_err(io_err)?;
    let mut failed: Option<String> = None;
    let mut n = 0;
    args.extractor.extract_each(doc, |f| {
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
    Ok(n)
}

/// The CSV columns: the JSON fields of every kind, flattened (`span` as
/// `span_start`, `span_end`; `doc` is the source). A field a fact lacks is
/// an empty cell.
const COLUMNS: [&str; 31] = [
    "doc",
    "id",
    "kind",
    "text",
    "span_start",
    "span_end",
    "sentence",
    "section",
    "value",
    "amount",
    "currency",
    "unit",
    "classifier",
    "noun",
    "qualifier",
    "upper",
    "role",
    "direction",
    "subject",
    "of",
    "from",
    "to",
    "granularity",
    "relative",
    "trigger",
    "type",
    "date",
    "facts",
    "enterprise",
    "investment",
    "stage",
];

/// The columns of `--format projects`: one row per project.
const PROJECT_COLUMNS: &[&str] = &[
    "doc",
    "id",
    "name",
    "enterprise",
    "investment",
    "currency",
    "investment_text",
    "area_m2",
    "stage",
    "from",
    "to",
    "date_text",
    "sentence",
    "span_start",
    "span_end",
];

/// One row of `--format projects`, in the order of [`PROJECT_COLUMNS`].
fn project_row(source: &str, r: &ProjectRecord) -> Vec<String> {
    let opt = |v: Option<String>| v.unwrap_or_default();
    vec![
        source.to_string(),
        r.id.to_string(),
        r.name.clone(),
        opt(r.enterprise.clone()),
        opt(r.investment.map(|d| d.to_string())),
        opt(r.currency.map(|c| label(&c))),
        opt(r.investment_text.clone()),
        opt(r.area_m2.map(|d| d.to_string())),
        opt(r.stage.map(|s| label(&s))),
        opt(r.from.map(|d| d.to_string())),
        opt(r.to.map(|d| d.to_string())),
        opt(r.date_text.clone()),
        r.sentence.to_string(),
        r.span.start.to_string(),
        r.span.end.to_string(),
    ]
}

/// A CSV writer as RFC 4180 has it: CRLF line ends, fields quoted when
/// they hold a comma, a quote or a line break.
fn csv_writer<W: Write>(w: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::CRLF)
        .from_writer(w)
}

/// One CSV row of `fact`, built from its JSON form so that every field
/// (those added later too) lands in its column.
fn csv_row(source: &str, fact: &Fact) -> Vec<String> {
    let json = serde_json::to_value(fact).unwrap_or_default();
    let span = |i: usize| json["span"][i].to_string();
    COLUMNS
        .iter()
        .map(|&c| match c {
            "doc" => source.to_string(),
            "span_start" => span(0),
            "span_end" => span(1),
            _ => cell(json.get(c)),
        })
        .collect()
}

/// A JSON value as a CSV cell: strings as they are, numbers and booleans
/// in JSON, arrays (fact ids) joined by `;`, null and missing empty.
fn cell(v: Option<&serde_json::Value>) -> String {
    use serde_json::Value;
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|x| cell(Some(x)))
            .collect::<Vec<_>>()
            .join(";"),
        Some(other) => other.to_string(),
    }
}

/// A decimal with thousands separators: `4972000000` → `4,972,000,000`.
fn grouped(d: &zhfacts::Decimal) -> String {
    let s = d.normalize().to_string();
    let (sign, s) = s.strip_prefix('-').map_or(("", s.as_str()), |r| ("-", r));
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// `–upper` of a range, grouped, or nothing.
fn upper(u: &Option<zhfacts::Decimal>) -> String {
    u.as_ref()
        .map(|u| format!("–{}", grouped(u)))
        .unwrap_or_default()
}

/// The value column of the table for one fact.
fn table_value(f: &Fact, facts: &[Fact]) -> String {
    match &f.data {
        FactData::Money(m) => format!(
            "{} → {}{} {} {} {}",
            f.text,
            grouped(&m.value),
            upper(&m.upper),
            label(&m.currency),
            label(&m.qualifier),
            label(&m.role)
        ),
        FactData::Count(c) => format!(
            "{}{} {} noun={} {}",
            grouped(&c.value),
            upper(&c.upper),
            c.classifier,
            c.noun.as_deref().unwrap_or("-"),
            label(&c.qualifier)
        ),
        FactData::Area(a) => format!(
            "{}{} m² ({} {}) {} {}",
            grouped(&a.value),
            upper(&a.upper),
            grouped(&a.amount),
            a.unit,
            label(&a.qualifier),
            label(&a.role)
        ),
        FactData::Percent(p) => format!(
            "{}{} {} {} {}",
            p.value.normalize(),
            p.upper
                .map(|u| format!("–{}", u.normalize()))
                .unwrap_or_default(),
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
            let date = facts.get(e.date).map_or("?", |d| d.text.as_str());
            let linked: Vec<&str> = e
                .facts
                .iter()
                .filter_map(|&i| facts.get(i))
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
            "{} enterprise={} investment={} facts: {}",
            p.stage.as_ref().map_or("-".to_string(), label),
            p.enterprise.as_deref().unwrap_or("-"),
            p.investment
                .and_then(|i| facts.get(i))
                .map_or("-", |f| f.text.as_str()),
            p.facts
                .iter()
                .filter_map(|&i| facts.get(i))
                .map(|f| f.text.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => label(&f.kind()),
    }
}

fn table(out: &Output<'_>) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(s, "== {}", out.source);
    if let Some(e) = out.encoding {
        let _ = writeln!(s, "   encoding:  {e}");
    }
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
        let value = table_value(f, &out.facts);
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

/// The serde name of an enum value (`investment`, `over`, `CNY` …).
fn label<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// `n word` or `n words`.
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Totals over the files, and whether any failed.
#[derive(Default)]
struct Tally {
    bytes: usize,
    docs: usize,
    facts: usize,
    written: usize,
    failed: bool,
}

impl Tally {
    /// Counts one file's result and writes its output (`buf`, when it was
    /// buffered), or reports its error on stderr.
    fn add(&mut self, r: Processed, buf: Option<&[u8]>, json_array: bool, out: &mut dyn Write) {
        match r {
            Ok((b, f)) => {
                self.bytes += b;
                self.docs += 1;
                self.facts += f;
                if let Some(buf) = buf {
                    if json_array {
                        if self.written > 0 {
                            let _ = writeln!(out, ",");
                        }
                        let _ = out.write_all(buf.trim_ascii_end());
                    } else {
                        let _ = out.write_all(buf);
                    }
                }
                self.written += 1;
            }
            Err(e) => {
                let _ = out.flush();
                self.failed = true;
                eprintln!("extract: {e}");
            }
        }
    }
}

/// Processes the files on `threads` threads; outputs are written in order.
fn run(args: &Args, threads: usize, out: &mut dyn Write) -> Tally {
    let mut tally = Tally::default();
    let json_array = args.format == Format::Json && args.files.len() > 1;
    if threads == 1 {
        // One thread: stream each file straight to stdout, in order.
        for f in &args.files {
            if json_array {
                let mut buf: Vec<u8> = Vec::new();
                let r = process(f, args, &mut buf);
                tally.add(r, Some(&buf), json_array, out);
            } else {
                let r = process(f, args, &mut *out);
                tally.add(r, None, json_array, out);
            }
        }
        return tally;
    }
    // Several threads: each file into its own buffer, printed in order.
    let n = args.files.len();
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
                    let r = process(&args.files[i], args, &mut buf);
                    if let Ok(mut slot) = slots[i].lock() {
                        *slot = Some((r, buf));
                    }
                }
            });
        }
    });
    for slot in slots {
        if let Some((r, buf)) = slot.into_inner().ok().flatten() {
            tally.add(r, Some(&buf), json_array, out);
        }
    }
    tally
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Parsed::Run(a)) => a,
        Ok(Parsed::Help) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let threads = args.threads.min(args.files.len()).max(1);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let json_array = args.format == Format::Json && args.files.len() > 1;
    if matches!(args.format, Format::Csv | Format::Projects) {
        if args.bom {
            let _ = out.write_all("\u{feff}".as_bytes());
        }
        let mut header = csv_writer(&mut out);
        let columns: &[&str] = if args.format == Format::Csv {
            &COLUMNS
        } else {
            PROJECT_COLUMNS
        };
        let _ = header.write_record(columns);
        let _ = header.flush();
    }
    if json_array {
        let _ = writeln!(out, "[");
    }
    let tally = run(&args, threads, &mut out);
    if json_array {
        let _ = writeln!(out, "\n]");
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    if args.stats {
        let secs = started.elapsed().as_secs_f64();
        let mbs = if secs > 0.0 {
            tally.bytes as f64 / 1e6 / secs
        } else {
            0.0
        };
        eprintln!(
            "extract: {} bytes, {}, {} in {secs:.3} s ({mbs:.1} MB/s, {})",
            tally.bytes,
            plural(tally.docs, "document"),
            plural(tally.facts, "fact"),
            plural(threads, "thread"),
        );
    }
    if tally.failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
