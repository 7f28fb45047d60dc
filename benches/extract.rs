#![allow(missing_docs)] // criterion_group! generates undocumented items

//! Throughput of the hot path, in bytes per second (criterion prints MiB/s).
//!
//! Groups: `number` (numeral parsing alone), `document` (reading alone),
//! `kinds` (each fact kind alone, via the public API on sentences that hold
//! only that kind), `extract` (the whole pipeline on the fixtures
//! concatenated to ≥ 1 MB), `floor` (one `find_iter` for any digit or
//! Chinese numeral character: the least work any extractor must do; and,
//! for reference, the same scan with every run parsed and owned as a fact
//! by no rule at all) and `hostile` (1 MB of each hostile input class,
//! parsed and extracted).

use std::borrow::Cow;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use zhfacts::{
    Currency, Document, Extractor, Fact, FactData, Money, MoneyRole, Qualifier, Span, parse_number,
};

fn fixtures() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v.iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// The fixtures' bodies repeated to at least 1 MB, as one plain-text corpus.
fn corpus() -> String {
    let docs = fixtures();
    let mut s = String::new();
    while s.len() < 1_000_000 {
        for d in &docs {
            s.push_str(d);
            s.push_str("\n\n");
        }
    }
    s
}

fn benches(c: &mut Criterion) {
    let corpus = corpus();
    let bytes = corpus.len() as u64;

    // (a) numbers alone
    let numerals: Vec<&str> = vec![
        "49.72亿",
        "1000",
        "三点五亿",
        "一千零五万",
        "2亿5千万",
        "61,771",
        "１２．５",
        "两万五千",
        "1.2万亿",
        "十二",
        "二〇二二",
        "百分之八十四",
    ];
    let nbytes: usize = numerals.iter().map(|s| s.len()).sum();
    let mut g = c.benchmark_group("number");
    g.throughput(Throughput::Bytes(nbytes as u64));
    g.bench_function("parse_number", |b| {
        b.iter(|| {
            for n in &numerals {
                black_box(parse_number(black_box(n)));
            }
        })
    });
    g.finish();

    // (d) document reading alone
    let mut g = c.benchmark_group("document");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(20);
    g.bench_function("parse", |b| {
        b.iter(|| black_box(Document::parse(black_box(&corpus)).sentences().len()))
    });
    g.finish();

    // (b) each kind alone: a corpus of sentences holding only that kind
    let ex = Extractor::new();
    let kinds: &[(&str, &str)] = &[
        (
            "money",
            "项目总投资49.72亿元，实际到位资金3.8亿元，年产值约20亿元。",
        ),
        (
            "count",
            "共签约项目16个，新增高新技术企业38家，储备在谈项目200余个。",
        ),
        (
            "area",
            "整理出让标准地1000余亩，建筑面积5.98万平方米，规划面积3.27平方公里。",
        ),
        (
            "percent",
            "同比增长10.17%，下降3.2%，提高1.5个百分点，覆盖率达84%。",
        ),
        (
            "date",
            "今年以来，4月初，上半年，“十三五”期间，2022年3月14日，截至4月28日。",
        ),
    ];
    let mut g = c.benchmark_group("kinds");
    for (name, sentence) in kinds {
        let text = sentence.repeat(1_000_000 / sentence.len() + 1);
        let doc = Document::parse(&text);
        assert!(!ex.extract(&doc).is_empty());
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(10);
        g.bench_function(*name, |b| {
            b.iter(|| black_box(ex.extract(black_box(&doc)).len()))
        });
    }
    g.finish();

    // (c) the whole extractor on the corpus, document already parsed and not
    let doc = Document::parse(&corpus);
    let n = ex.extract(&doc).len();
    assert!(n > 1000, "the corpus has facts: {n}");
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(20);
    g.bench_function("extract_parsed", |b| {
        b.iter(|| black_box(ex.extract(black_box(&doc)).len()))
    });
    let mut out = Vec::new();
    g.bench_function("parse_and_extract", |b| {
        b.iter(|| {
            ex.extract_into(&Document::parse(black_box(&corpus)), &mut out);
            black_box(out.len())
        })
    });
    g.finish();

    // Hostile input classes, 1 MB each: time must stay linear (compare with
    // `extract` per byte; the 1/10/100 MB table is in the README).
    let hostile: Vec<(&str, String)> = vec![
        ("digits", "7".repeat(1 << 20)),
        ("yi", "亿".repeat((1 << 20) / 3)),
        ("unclosed_tags", "<p><div><b>".repeat((1 << 20) / 11)),
        (
            "no_breaks",
            "签约项目1个总投资2亿元2022年".repeat((1 << 20) / 40),
        ),
        ("whitespace_nul", " \n\0\t".repeat((1 << 20) / 4)),
    ];
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    for (name, text) in &hostile {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| {
            b.iter(|| black_box(ex.extract(&Document::parse(black_box(text))).len()))
        });
    }
    g.finish();

    // (e) the floor: one pass finding every digit or numeral character
    let floor = Regex::new("[0-9０-９〇零一二两三四五六七八九十百千万亿]+").unwrap();
    let mut g = c.benchmark_group("floor");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(20);
    g.bench_function("find_iter_numerals", |b| {
        b.iter(|| black_box(floor.find_iter(black_box(&corpus)).count()))
    });
    // A reference point, not an extractor: the same find_iter, every run
    // parsed (`parse_number`) and owned as a fact, with no rule at all (no
    // context, no dates, no events). Any extractor of this contract parses
    // its numerals and owns its facts; this shows what that costs alone.
    let mut facts: Vec<Fact> = Vec::new();
    g.bench_function("record_every_numeral", |b| {
        b.iter(|| {
            facts.clear();
            for m in floor.find_iter(black_box(&corpus)) {
                let Some(value) = parse_number(m.as_str()) else {
                    continue;
                };
                facts.push(Fact {
                    id: facts.len(),
                    text: m.as_str().to_string(),
                    span: Span {
                        start: m.start(),
                        end: m.end(),
                    },
                    sentence: 0,
                    section: zhfacts::Section::Body,
                    data: FactData::Money(Money {
                        value: value.normalize(),
                        currency: Currency::Cny,
                        unit: Cow::Borrowed("元"),
                        qualifier: Qualifier::Exact,
                        upper: None,
                        role: MoneyRole::Other,
                        subject: None,
                    }),
                });
            }
            black_box(facts.len())
        })
    });
    g.finish();
}

criterion_group! {
    name = group;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(group);
