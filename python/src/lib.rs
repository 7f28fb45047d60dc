//! Python bindings of zhfacts (PyO3, abi3). The Python package `zhfacts`
//! wraps this module: it turns the JSON of `extract_json` into dicts with
//! `decimal.Decimal` and `datetime.date` values, and the struct array of
//! `extract_arrow` into a `pyarrow.Table`.
//!
//! Every call into the library runs under `catch_unwind`: a panic (a bug)
//! becomes a `ValueError` naming the document, never a `PanicException`.

mod columns;
mod ser;

use std::borrow::Cow;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use serde_json::json;
use zhfacts::{Currency, Document, Encoding, ErrorKind, Extractor, Fact, ProjectRecord};

use crate::columns::Columns;

/// One input text as Python gave it.
enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

impl Input {
    /// A `str` or `bytes`; anything else is a `TypeError` naming `what`.
    fn from_py(v: &Bound<'_, PyAny>, what: &str) -> PyResult<Input> {
        if let Ok(s) = v.downcast::<PyString>() {
            return Ok(Input::Text(s.to_cow()?.into_owned()));
        }
        if let Ok(b) = v.downcast::<PyBytes>() {
            return Ok(Input::Bytes(b.as_bytes().to_vec()));
        }
        let kind = v.get_type().name()?;
        let hint = if v.is_none() {
            " (a missing text? pass \"\" for an empty document)"
        } else {
            ""
        };
        Err(PyTypeError::new_err(format!(
            "{what} is {kind}: expected str or bytes{hint}"
        )))
    }

    /// The UTF-8 text: bytes decoded from `encoding` (strict UTF-8 when none).
    fn text(&self, encoding: Option<Encoding>) -> Result<Cow<'_, str>, String> {
        match self {
            Input::Text(s) => Ok(Cow::Borrowed(s)),
            Input::Bytes(b) => encoding
                .unwrap_or(Encoding::Utf8)
                .decode(b)
                .map_err(|e| message(&e)),
        }
    }
}

/// The library's message, with the Python spelling of the encoding hint.
fn message(e: &zhfacts::Error) -> String {
    match e.kind() {
        ErrorKind::NotUtf8 {
            offset,
            likely: Some(enc),
        } => format!(
            "input is not valid UTF-8 at byte offset {offset}; it looks like {enc} (pass encoding=\"{enc}\")"
        ),
        _ => e.to_string(),
    }
}

/// Runs `f`, turning a panic into an error message.
fn guarded<T>(f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|p| {
        let what = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(format!(
            "internal error in zhfacts (please report it): {what}"
        ))
    })
}

/// The facts of one text with their character spans.
fn facts_of(ex: &Extractor, input: &str) -> (Vec<Fact>, Vec<(usize, usize)>) {
    let facts = ex.extract(&Document::parse(input));
    let chars = char_spans(input, &facts);
    (facts, chars)
}

/// Byte → character offsets of every fact's span, in one walk over `input`.
fn char_spans(input: &str, facts: &[Fact]) -> Vec<(usize, usize)> {
    let mut bytes: Vec<usize> = facts
        .iter()
        .flat_map(|f| [f.span.start, f.span.end])
        .collect();
    bytes.sort_unstable();
    bytes.dedup();
    let mut chars = Vec::with_capacity(bytes.len());
    let (mut at, mut count) = (0usize, 0usize);
    for &b in &bytes {
        count += input.get(at..b).map_or(0, |s| s.chars().count());
        at = b;
        chars.push(count);
    }
    let char_at = |b: usize| bytes.binary_search(&b).map_or(0, |i| chars[i]);
    facts
        .iter()
        .map(|f| (char_at(f.span.start), char_at(f.span.end)))
        .collect()
}

/// The project table of one text as JSON: a list of `ProjectRecord`s.
fn projects_json(ex: &Extractor, input: &str) -> Result<String, String> {
    let facts = ex.extract(&Document::parse(input));
    serde_json::to_string(&ProjectRecord::from_facts(&facts)).map_err(|e| e.to_string())
}

/// One document as JSON: title, published, reference_date and facts, each
/// fact with a `char_span` beside its byte `span`.
fn document_json(ex: &Extractor, input: &str) -> Result<String, String> {
    let doc = Document::parse(input);
    let facts = ex.extract(&doc);
    let chars = char_spans(input, &facts);
    let head = json!({
        "title": doc.title(),
        "published": doc.published().map(|p| p.to_string()),
        "reference_date": ex.reference_for(&doc).map(|d| d.to_string()),
    })
    .to_string();
    // `{…}` → `{…,"facts":[{…,"char_span":[a,b]},…]}`
    let mut out = String::with_capacity(head.len() + facts.len() * 200);
    out.push_str(&head[..head.len() - 1]);
    out.push_str(",\"facts\":[");
    for (i, (f, (a, b))) in facts.iter().zip(chars).enumerate() {
        if i > 0 {
            out.push(',');
        }
        let fact = serde_json::to_string(f).map_err(|e| e.to_string())?;
        out.push_str(&fact[..fact.len() - 1]);
        out.push_str(&format!(",\"char_span\":[{a},{b}]}}"));
    }
    out.push_str("]}");
    Ok(out)
}

/// `f(i)` for every `i < n` on `threads` threads, in order.
fn par_map<T: Send>(n: usize, threads: usize, f: impl Fn(usize) -> T + Sync) -> Vec<T> {
    if threads <= 1 || n <= 1 {
        return (0..n).map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let out: Vec<Mutex<Option<T>>> = (0..n).map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads.min(n) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        break;
                    }
                    let v = f(i);
                    if let Ok(mut slot) = out[i].lock() {
                        *slot = Some(v);
                    }
                }
            });
        }
    });
    out.into_iter()
        .filter_map(|m| m.into_inner().ok().flatten())
        .collect()
}

/// The options every call takes.
struct Options {
    extractor: Extractor,
    encoding: Option<Encoding>,
    threads: usize,
}

fn options(
    base: &Extractor,
    reference_date: Option<&str>,
    encoding: Option<&str>,
    threads: Option<i64>,
) -> PyResult<Options> {
    options_with(base, reference_date, None, encoding, threads)
}

/// A currency code (`"HKD"`, any case) as the library's [`Currency`].
fn currency_of(code: &str) -> PyResult<Currency> {
    let c = code.trim().to_ascii_uppercase();
    serde_json::from_value(serde_json::Value::String(c)).map_err(|_| {
        PyValueError::new_err(format!(
            "unknown currency {code:?}: expected CNY, USD, EUR, HKD, TWD, MOP, JPY or GBP"
        ))
    })
}

fn options_with(
    base: &Extractor,
    reference_date: Option<&str>,
    currency: Option<&str>,
    encoding: Option<&str>,
    threads: Option<i64>,
) -> PyResult<Options> {
    let mut extractor = match reference_date {
        None => *base,
        Some(d) => base
            .reference_date_str(d)
            .map_err(|e| PyValueError::new_err(e.to_string()))?,
    };
    if let Some(c) = currency {
        extractor = extractor.default_currency(currency_of(c)?);
    }
    let encoding = encoding
        .map(|e| e.parse::<Encoding>())
        .transpose()
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    let threads = match threads {
        None => std::thread::available_parallelism().map_or(1, |t| t.get()),
        Some(t) if t >= 1 => usize::try_from(t).unwrap_or(1),
        Some(t) => {
            return Err(PyValueError::new_err(format!(
                "threads must be at least 1, not {t}"
            )));
        }
    };
    Ok(Options {
        extractor,
        encoding,
        threads,
    })
}

/// The texts of a batch; a `str` or `bytes` in place of the list is a
/// `TypeError` (it would otherwise be read as a list of characters).
fn inputs(texts: &Bound<'_, PyAny>) -> PyResult<Vec<Input>> {
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "texts must be a list of str or bytes, not a single str or bytes (use extract() for one text)",
        ));
    }
    let mut out = Vec::new();
    for (i, t) in texts.try_iter()?.enumerate() {
        out.push(Input::from_py(&t?, &format!("texts[{i}]"))?);
    }
    Ok(out)
}

/// `json` of every text of a batch, in order, on the options' threads with
/// the GIL released.
fn many_json(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    o: &Options,
    json: fn(&Extractor, &str) -> Result<String, String>,
) -> PyResult<Vec<String>> {
    let inputs = inputs(texts)?;
    batch(py.allow_threads(|| {
        par_map(inputs.len(), o.threads, |i| {
            guarded(|| json(&o.extractor, &inputs[i].text(o.encoding)?))
        })
    }))
}

/// The first failed document of a batch as one `ValueError`.
fn batch<T>(results: Vec<Result<T, String>>) -> PyResult<Vec<T>> {
    results
        .into_iter()
        .enumerate()
        .map(|(i, r)| r.map_err(|e| PyValueError::new_err(format!("texts[{i}]: {e}"))))
        .collect()
}

/// The compiled extractor. Use the `zhfacts.Extractor` wrapper instead.
#[pyclass(module = "zhfacts._zhfacts", frozen)]
struct RawExtractor {
    inner: Extractor,
}

#[pymethods]
impl RawExtractor {
    #[new]
    #[pyo3(signature = (reference_date=None))]
    fn new(reference_date: Option<&str>) -> PyResult<Self> {
        let o = options(&Extractor::new(), reference_date, None, Some(1))?;
        Ok(RawExtractor { inner: o.extractor })
    }

    /// One text (str, or bytes in `encoding`, UTF-8 by default) → its
    /// document JSON.
    #[pyo3(signature = (text, reference_date=None, encoding=None, currency=None))]
    fn extract_json(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        reference_date: Option<&str>,
        encoding: Option<&str>,
        currency: Option<&str>,
    ) -> PyResult<String> {
        let o = options_with(&self.inner, reference_date, currency, encoding, Some(1))?;
        let input = Input::from_py(text, "text")?;
        py.allow_threads(|| guarded(|| document_json(&o.extractor, &input.text(o.encoding)?)))
            .map_err(PyValueError::new_err)
    }

    /// Many texts → their document JSON, in order, on `threads` threads
    /// (default: all cores), with the GIL released.
    #[pyo3(signature = (texts, threads=None, reference_date=None, encoding=None, currency=None))]
    fn extract_many_json(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<i64>,
        reference_date: Option<&str>,
        encoding: Option<&str>,
        currency: Option<&str>,
    ) -> PyResult<Vec<String>> {
        let o = options_with(&self.inner, reference_date, currency, encoding, threads)?;
        many_json(py, texts, &o, document_json)
    }

    /// Many texts → the JSON of each one's project table, in order.
    #[pyo3(signature = (texts, threads=None, reference_date=None, encoding=None, currency=None))]
    fn projects_many_json(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<i64>,
        reference_date: Option<&str>,
        encoding: Option<&str>,
        currency: Option<&str>,
    ) -> PyResult<Vec<String>> {
        let o = options_with(&self.inner, reference_date, currency, encoding, threads)?;
        many_json(py, texts, &o, projects_json)
    }

    /// Many texts → one `pyarrow.RecordBatch`, one row per fact, built in
    /// Rust and handed over through the Arrow C Data Interface.
    #[pyo3(signature = (texts, threads=None, reference_date=None, encoding=None, currency=None))]
    fn extract_arrow(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<i64>,
        reference_date: Option<&str>,
        encoding: Option<&str>,
        currency: Option<&str>,
    ) -> PyResult<PyObject> {
        let o = options_with(&self.inner, reference_date, currency, encoding, threads)?;
        let inputs = inputs(texts)?;
        let pyarrow = py.import("pyarrow")?;
        let table = py.allow_threads(|| -> PyResult<_> {
            let docs = batch(par_map(inputs.len(), o.threads, |i| {
                guarded(|| Ok(facts_of(&o.extractor, &inputs[i].text(o.encoding)?)))
            }))?;
            // Guarded too: a builder past its limits (over 2 GiB of text in
            // one column) panics in arrow-rs.
            guarded(|| {
                let mut cols = Columns::new()?;
                for (i, (facts, chars)) in docs.iter().enumerate() {
                    for (f, &c) in facts.iter().zip(chars) {
                        cols.push(i, f, c).map_err(|e| format!("texts[{i}]: {e}"))?;
                    }
                }
                cols.finish()
            })
            .map_err(PyValueError::new_err)
        })?;
        let (array, schema) = arrow_array::ffi::to_ffi(&arrow_array::Array::to_data(&table))
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        // pyarrow moves the array out of the structs (their release
        // callbacks become null), so dropping them here frees nothing twice.
        let batch = pyarrow.getattr("RecordBatch")?.call_method1(
            "_import_from_c",
            (&array as *const _ as usize, &schema as *const _ as usize),
        )?;
        Ok(batch.unbind())
    }
}

/// `parse_number(text)`: a numeral as a decimal string, or None.
#[pyfunction]
fn parse_number(text: &str) -> PyResult<Option<String>> {
    guarded(|| Ok(zhfacts::parse_number(text).map(|d| d.normalize().to_string())))
        .map_err(PyValueError::new_err)
}

/// `resolve_date(text, reference_date)`: a date expression as the JSON of
/// a date fact (from, to, granularity, relative), or None.
#[pyfunction]
#[pyo3(signature = (text, reference_date=None))]
fn resolve_date(text: &str, reference_date: Option<&str>) -> PyResult<Option<String>> {
    let o = options(&Extractor::new(), reference_date, None, Some(1))?;
    let reference = o.extractor.reference_for(&Document::parse(""));
    guarded(|| {
        zhfacts::resolve_date(text, reference)
            .map(|d| serde_json::to_string(&d).map_err(|e| e.to_string()))
            .transpose()
    })
    .map_err(PyValueError::new_err)
}

/// The scale of the decimal columns of `extract_arrow`.
#[pyfunction]
fn decimal_scale() -> u32 {
    columns::SCALE
}

/// The native module.
#[pymodule]
fn _zhfacts(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<RawExtractor>()?;
    m.add_function(wrap_pyfunction!(parse_number, m)?)?;
    m.add_function(wrap_pyfunction!(resolve_date, m)?)?;
    m.add_function(wrap_pyfunction!(decimal_scale, m)?)?;
    Ok(())
}
