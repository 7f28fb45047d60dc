//! Python bindings of zhfacts (PyO3, abi3). The Python package `zhfacts`
//! wraps this module and turns its JSON into dicts with `decimal.Decimal`
//! and `datetime.date` values.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use serde_json::json;
use zhfacts::{Document, Extractor};

/// One document as JSON: title, published, reference_date and facts, each
/// fact with a `char_span` beside its byte `span`.
fn document_json(ex: &Extractor, input: &str) -> String {
    let doc = Document::parse(input);
    let facts = ex.extract(&doc);
    // Byte → character offsets in one walk over the input.
    let mut bytes: Vec<usize> = facts
        .iter()
        .flat_map(|f| [f.span.start, f.span.end])
        .collect();
    bytes.sort_unstable();
    bytes.dedup();
    let mut chars = Vec::with_capacity(bytes.len());
    let (mut at, mut count) = (0usize, 0usize);
    for &b in &bytes {
        count += input[at..b].chars().count();
        at = b;
        chars.push(count);
    }
    let char_at = |b: usize| bytes.binary_search(&b).map_or(0, |i| chars[i]);
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
    for (i, f) in facts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let fact = serde_json::to_string(f).unwrap_or_else(|_| "{}".into());
        out.push_str(&fact[..fact.len() - 1]);
        out.push_str(&format!(
            ",\"char_span\":[{},{}]}}",
            char_at(f.span.start),
            char_at(f.span.end)
        ));
    }
    out.push_str("]}");
    out
}

fn extractor(base: &Extractor, reference_date: Option<&str>) -> PyResult<Extractor> {
    match reference_date {
        None => Ok(*base),
        Some(d) => base
            .reference_date_str(d)
            .map_err(|e| PyValueError::new_err(e.to_string())),
    }
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
        Ok(RawExtractor {
            inner: extractor(&Extractor::new(), reference_date)?,
        })
    }

    /// One text (str, or UTF-8 bytes) → its document JSON.
    #[pyo3(signature = (text, reference_date=None))]
    fn extract_json(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        reference_date: Option<&str>,
    ) -> PyResult<String> {
        let ex = extractor(&self.inner, reference_date)?;
        if let Ok(b) = text.downcast::<PyBytes>() {
            let bytes = b.as_bytes().to_vec();
            return py
                .allow_threads(|| match Document::from_bytes(&bytes) {
                    Ok(doc) => Ok(document_json(&ex, doc.input())),
                    Err(e) => Err(e.to_string()),
                })
                .map_err(PyValueError::new_err);
        }
        let s: String = text.extract()?;
        Ok(py.allow_threads(|| document_json(&ex, &s)))
    }

    /// Many texts → their document JSON, in order, on `threads` threads
    /// (default: all cores), with the GIL released.
    #[pyo3(signature = (texts, threads=None, reference_date=None))]
    fn extract_many_json(
        &self,
        py: Python<'_>,
        texts: Vec<String>,
        threads: Option<usize>,
        reference_date: Option<&str>,
    ) -> PyResult<Vec<String>> {
        let ex = extractor(&self.inner, reference_date)?;
        let n = texts.len();
        let threads = threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |t| t.get()))
            .clamp(1, n.max(1));
        Ok(py.allow_threads(|| {
            let next = AtomicUsize::new(0);
            let out: Vec<Mutex<String>> = (0..n).map(|_| Mutex::new(String::new())).collect();
            std::thread::scope(|scope| {
                for _ in 0..threads {
                    scope.spawn(|| {
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            if i >= n {
                                break;
                            }
                            let json = document_json(&ex, &texts[i]);
                            if let Ok(mut slot) = out[i].lock() {
                                *slot = json;
                            }
                        }
                    });
                }
            });
            out.into_iter()
                .map(|m| m.into_inner().unwrap_or_default())
                .collect()
        }))
    }
}

/// `parse_number(text)`: a numeral as a decimal string, or None.
#[pyfunction]
fn parse_number(text: &str) -> Option<String> {
    zhfacts::parse_number(text).map(|d| d.normalize().to_string())
}

/// The native module.
#[pymodule]
fn _zhfacts(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<RawExtractor>()?;
    m.add_function(wrap_pyfunction!(parse_number, m)?)?;
    Ok(())
}
