//! Facts → Arrow arrays, one row per fact.
//!
//! Each fact is serialised (serde) straight into typed column builders: a
//! field lands in the column of its JSON name, so the fields the library
//! adds later (`section`, `subject`, `of`, the `project` fields) fill their
//! columns with no change here, and no JSON text or `serde_json::Value` is
//! built on the way. A column a fact lacks is null in its row.

use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Decimal128Builder, Int32Builder, Int64Builder, ListBuilder,
    StringBuilder, StringDictionaryBuilder,
};
use arrow_array::types::Int32Type;
use arrow_array::{Array, ArrayRef, StructArray};
use arrow_schema::{ArrowError, Field, Fields};
use serde::Serialize;
use zhfacts::Fact;

use crate::ser::{Cell, RowSink, Value};

/// The scale of the `value`, `upper` and `amount` columns:
/// `decimal128(38, 6)` holds up to 32 integer digits and 6 decimals.
pub const SCALE: u32 = 6;

/// How a column is typed.
#[derive(Clone, Copy)]
enum Type {
    I32,
    I64,
    Str,
    Dict,
    Dec,
    Date,
    Bool,
    List,
}

/// The columns, in order, with their types. `doc`, `char_start` and
/// `char_end` are filled here; `span` fills `span_start`/`span_end`.
const COLUMNS: [(&str, Type); 34] = [
    ("doc", Type::I32),
    ("id", Type::I32),
    ("kind", Type::Dict),
    ("text", Type::Str),
    ("span_start", Type::I64),
    ("span_end", Type::I64),
    ("char_start", Type::I64),
    ("char_end", Type::I64),
    ("sentence", Type::I32),
    ("section", Type::Dict),
    ("value", Type::Dec),
    ("upper", Type::Dec),
    ("amount", Type::Dec),
    ("currency", Type::Dict),
    ("unit", Type::Dict),
    ("classifier", Type::Dict),
    ("noun", Type::Dict),
    ("qualifier", Type::Dict),
    ("role", Type::Dict),
    ("direction", Type::Dict),
    ("subject", Type::Str),
    ("of", Type::I32),
    ("from", Type::Date),
    ("to", Type::Date),
    ("granularity", Type::Dict),
    ("relative", Type::Bool),
    ("trigger", Type::Str),
    ("type", Type::Dict),
    ("date", Type::I32),
    ("facts", Type::List),
    ("enterprise", Type::Str),
    ("investment", Type::I32),
    ("stage", Type::Dict),
    ("unknown_fields", Type::Str),
];

/// One column being built.
enum Col {
    I32(Int32Builder),
    I64(Int64Builder),
    Str(StringBuilder),
    Dict(StringDictionaryBuilder<Int32Type>),
    Dec(Decimal128Builder),
    Date(Date32Builder),
    Bool(BooleanBuilder),
    List(ListBuilder<Int32Builder>),
}

impl Col {
    fn new(t: Type) -> Result<Col, ArrowError> {
        Ok(match t {
            Type::I32 => Col::I32(Int32Builder::new()),
            Type::I64 => Col::I64(Int64Builder::new()),
            Type::Str => Col::Str(StringBuilder::new()),
            Type::Dict => Col::Dict(StringDictionaryBuilder::new()),
            Type::Dec => {
                Col::Dec(Decimal128Builder::new().with_precision_and_scale(38, SCALE as i8)?)
            }
            Type::Date => Col::Date(Date32Builder::new()),
            Type::Bool => Col::Bool(BooleanBuilder::new()),
            Type::List => Col::List(ListBuilder::new(Int32Builder::new())),
        })
    }

    fn null(&mut self) {
        match self {
            Col::I32(b) => b.append_null(),
            Col::I64(b) => b.append_null(),
            Col::Str(b) => b.append_null(),
            Col::Dict(b) => b.append_null(),
            Col::Dec(b) => b.append_null(),
            Col::Date(b) => b.append_null(),
            Col::Bool(b) => b.append_null(),
            Col::List(b) => b.append_null(),
        }
    }

    /// Appends one cell, converted to the column's type.
    fn put(&mut self, cell: &Cell<'_>, ints: &[i64]) -> Result<(), String> {
        match (self, cell) {
            (c, Cell::Null) => c.null(),
            (Col::I32(b), Cell::Int(v)) => {
                b.append_value(i32::try_from(*v).map_err(|e| e.to_string())?)
            }
            (Col::I64(b), Cell::Int(v)) => b.append_value(*v),
            (Col::Str(b), Cell::Str(s)) => b.append_value(s),
            (Col::Dict(b), Cell::Str(s)) => {
                b.append(s).map_err(|e| e.to_string())?;
            }
            (Col::Dec(b), Cell::Str(s)) => b.append_value(decimal(s)?),
            (Col::Date(b), Cell::Str(s)) => b.append_value(date32(s)?),
            (Col::Bool(b), Cell::Bool(v)) => b.append_value(*v),
            (Col::List(b), Cell::Ints) => {
                for &i in ints {
                    b.values()
                        .append_value(i32::try_from(i).map_err(|e| e.to_string())?);
                }
                b.append(true);
            }
            (_, other) => return Err(format!("unexpected value {other:?}")),
        }
        Ok(())
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Col::I32(b) => Arc::new(b.finish()),
            Col::I64(b) => Arc::new(b.finish()),
            Col::Str(b) => Arc::new(b.finish()),
            Col::Dict(b) => Arc::new(b.finish()),
            Col::Dec(b) => Arc::new(b.finish()),
            Col::Date(b) => Arc::new(b.finish()),
            Col::Bool(b) => Arc::new(b.finish()),
            Col::List(b) => Arc::new(b.finish()),
        }
    }
}

/// A decimal string (`"-12.5"`) as an `i128` at [`SCALE`]; more decimals
/// than the scale, or more than 38 digits, are an error, never rounded.
pub fn decimal(s: &str) -> Result<i128, String> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let frac = frac.trim_end_matches('0');
    if frac.len() > SCALE as usize {
        return Err(format!(
            "{s} has more than {SCALE} decimal places: decimal128(38, {SCALE}) cannot hold it exactly"
        ));
    }
    let mut v: i128 = 0;
    let all = int
        .bytes()
        .chain(frac.bytes())
        .chain(std::iter::repeat_n(b'0', SCALE as usize - frac.len()));
    for c in all {
        if !c.is_ascii_digit() {
            return Err(format!("{s:?} is not a decimal"));
        }
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(i128::from(c - b'0')))
            .filter(|v| *v < 10i128.pow(38))
            .ok_or_else(|| format!("{s} does not fit decimal128(38, {SCALE})"))?;
    }
    Ok(if neg { -v } else { v })
}

/// `YYYY-MM-DD` (the year possibly signed or longer) as days since
/// 1970-01-01.
fn date32(s: &str) -> Result<i32, String> {
    use chrono::Datelike;
    let mut parts = s.rsplitn(3, '-');
    let (d, m, y) = (parts.next(), parts.next(), parts.next());
    let num = |p: Option<&str>| p.and_then(|p| p.parse::<i64>().ok());
    let date = match (num(y), num(m), num(d)) {
        (Some(y), Some(m), Some(d)) => i32::try_from(y)
            .ok()
            .zip(u32::try_from(m).ok().zip(u32::try_from(d).ok()))
            .and_then(|(y, (m, d))| chrono::NaiveDate::from_ymd_opt(y, m, d)),
        _ => None,
    };
    let date = date.ok_or_else(|| format!("{s:?} is not a YYYY-MM-DD date"))?;
    Ok(date.num_days_from_ce() - 719_163)
}

/// The builders of one table of facts.
pub struct Columns {
    cols: Vec<Col>,
    set: Vec<bool>,
    unknown: String,
    rows: usize,
}

impl Columns {
    /// Empty columns.
    pub fn new() -> Result<Columns, String> {
        let cols = COLUMNS
            .iter()
            .map(|&(_, t)| Col::new(t))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.to_string())?;
        Ok(Columns {
            set: vec![false; cols.len()],
            cols,
            unknown: String::new(),
            rows: 0,
        })
    }

    fn index(name: &str) -> Option<usize> {
        COLUMNS.iter().position(|&(n, _)| n == name)
    }

    /// Sets the cell of the current row in column `name`. A field without
    /// a column is listed in the row's `unknown_fields`, never dropped
    /// silently.
    pub fn put(&mut self, name: &str, cell: &Cell<'_>, ints: &[i64]) -> Result<(), String> {
        if let ("span", Cell::Ints, [a, b]) = (name, cell, ints) {
            self.put("span_start", &Cell::Int(*a), &[])?;
            return self.put("span_end", &Cell::Int(*b), &[]);
        }
        let Some(i) = Columns::index(name).filter(|&i| !self.set[i]) else {
            if !self.unknown.is_empty() {
                self.unknown.push(',');
            }
            self.unknown.push_str(name);
            return Ok(());
        };
        self.set[i] = true;
        self.cols[i]
            .put(cell, ints)
            .map_err(|e| format!("field {name}: {e}"))
    }

    /// Appends one fact of document `doc` with its character offsets.
    pub fn push(&mut self, doc: usize, fact: &Fact, chars: (usize, usize)) -> Result<(), String> {
        let doc = i64::try_from(doc).map_err(|e| e.to_string())?;
        self.put("doc", &Cell::Int(doc), &[])?;
        self.put("char_start", &Cell::Int(chars.0 as i64), &[])?;
        self.put("char_end", &Cell::Int(chars.1 as i64), &[])?;
        let mut sink = RowSink::new(self);
        fact.serialize(Value(&mut sink))
            .map_err(|e| e.to_string())?;
        let unknown = std::mem::take(&mut self.unknown);
        if !unknown.is_empty() {
            self.put("unknown_fields", &Cell::Str(&unknown), &[])?;
        }
        for (col, set) in self.cols.iter_mut().zip(self.set.iter_mut()) {
            if !*set {
                col.null();
            }
            *set = false;
        }
        self.rows += 1;
        Ok(())
    }

    /// The finished table as one struct array (a record batch's layout).
    pub fn finish(mut self) -> Result<StructArray, String> {
        let arrays: Vec<ArrayRef> = self.cols.iter_mut().map(Col::finish).collect();
        let fields: Fields = COLUMNS
            .iter()
            .zip(&arrays)
            .map(|(&(name, _), a)| Field::new(name, a.data_type().clone(), true))
            .collect();
        debug_assert!(arrays.iter().all(|a| a.len() == self.rows));
        StructArray::try_new(fields, arrays, None).map_err(|e| e.to_string())
    }
}
